def g():
    try:
        yield 1
    finally:
        return 5
x = g()
next(x)
try:
    x.throw(ValueError)
except StopIteration as e:
    print(e.value)
