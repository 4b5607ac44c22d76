def g():
    raise StopIteration
    yield
try:
    list(g())
except RuntimeError as e:
    print(e)
