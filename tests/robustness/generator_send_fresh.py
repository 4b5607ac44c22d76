def g():
    v = yield 1
x = g()
try:
    x.send(5)
except TypeError as e:
    print(e)
