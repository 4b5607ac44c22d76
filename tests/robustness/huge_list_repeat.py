try:
    x = [0] * 10**10
except MemoryError as e:
    print('MemoryError', repr(str(e)))
print('alive', len([0] * 10))
