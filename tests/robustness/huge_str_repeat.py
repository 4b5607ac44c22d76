try:
    x = 'x' * 10**12
except MemoryError:
    print('MemoryError')
print('alive')
