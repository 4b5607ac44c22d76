try:
    raise MemoryError('manual')
except MemoryError as e:
    print(e)
