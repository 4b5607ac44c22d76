# inspect.getclosurevars: where the names a function uses resolve.
import inspect
import math

G = 10


def outer():
    k = 5

    def inner(x):
        y = math.sqrt(x) + G + k + len([1]) + undefined_thing
        return x.real, y, print, None
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
print(cv.globals['G'], cv.builtins['len'] is len, cv[0] == cv.nonlocals, len(cv))


class K:
    def method(self):
        return G + abs(-1)


print(inspect.getclosurevars(K().method))
print(inspect.getclosurevars(lambda: 0))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print(type(e).__name__, e)
