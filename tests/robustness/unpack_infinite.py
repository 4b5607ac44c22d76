import itertools
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)
