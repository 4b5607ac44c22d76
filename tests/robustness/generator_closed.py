def g():
    yield 1
x = g()
x.close()
print(list(x))
try:
    next(x)
except StopIteration:
    print('StopIteration')
