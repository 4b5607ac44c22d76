try:
    eval('[' * 100000 + ']' * 100000)
except (SyntaxError, RecursionError, MemoryError):
    print('rejected')
