import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, ['a', 'b', 'c']), reduce(lambda a, b: a + [b], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(7, mod=10), partial(power, 2)(10), partial(partial(power, 3), 2)())
p = partial(int, base=2)
print(p('1011'), p.func is int, p.args, p.keywords)
basetwo = partial(int, '101')
print(basetwo(base=2), basetwo())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib(500) % 1000000007)

@lru_cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__)

@lru_cache(maxsize=2)
def ident(x):
    print('computing', x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2); ident(1)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info(), ident.cache_parameters())

@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info().currsize)

@lru_cache(maxsize=None)
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=5), kw.cache_info().misses)

class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x
    def __hash__(self):
        return self.k
    def __eq__(self, o):
        return self.k == o.k
c = Calc(3)
print(c.times(4), c.times(4), Calc.times.cache_info().hits)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k) * 2
    return inner
@deco
def double_me(x):
    "Doc of double_me."
    return x + 1
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f'V{self.major}.{self.minor}'
a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a, Version(0, 9)]), max(a, b))

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(2) <= Rev(2))

def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(a, b)
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'banana'], key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), min([5, 3, 8], key=cmp_to_key(cmp)))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
ci = Circle(2)
print(ci.area, ci.area)

@functools.singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int'
@describe.register(list)
def _(x):
    return 'list'
print(describe(1), describe([1]), describe('s'), describe(True))
