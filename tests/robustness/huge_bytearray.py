try:
    x = bytearray(10**11)
except MemoryError:
    print('MemoryError')
print(len(bytearray(10)))
