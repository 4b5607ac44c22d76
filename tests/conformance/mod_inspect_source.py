import inspect
import functools


def plain(a, b=1):
    """Adds."""
    total = a + b
    # a comment inside

    return total


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
@functools.lru_cache(maxsize=None)
def decorated(n):
    return n * 2


def one_liner(x): return x + 1


square = lambda v: v * v


def with_text():
    text = """
not indented
    still the string
"""
    return text
# a trailing comment at column 0


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        return 0

    class Inner:
        def deep(self, values=(1,
                               2)):
            return [v
                    for v in values]

    @property
    def name(self):
        return type(self).__name__


def outer():
    def nested(q):
        return q
    return nested


for obj in [plain, decorated, one_liner, square, with_text, Shape, Shape.area, Shape.Inner,
            Shape.Inner.deep, outer, outer(), Shape().area, plain.__code__]:
    print('----', getattr(obj, '__name__', type(obj).__name__))
    print(inspect.getsource(obj), end='')
lines, start = inspect.getsourcelines(plain)
print(start, len(lines), lines[0], end='')
lines, start = inspect.getsourcelines(Shape.Inner.deep)
print(start, len(lines))
lines, start = inspect.findsource(Shape.area)
print(start, lines[start], end='')
mod_lines, zero = inspect.getsourcelines(inspect.getmodule(plain))
print(zero, mod_lines[0], end='')
print(inspect.getsource(inspect.getmodule(plain)).count('\n') == len(mod_lines))
try:
    inspect.getsource(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.getsource(int)
except TypeError as e:
    print(type(e).__name__, e)
ns = {}
exec('def from_exec(x):\n    return x\n', ns)
try:
    inspect.getsource(ns['from_exec'])
except OSError as e:
    print(type(e).__name__, e)
