# *args, **kwargs, keyword-only, positional-only
def f(*args, **kwargs):
    return args, kwargs


print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))


def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s


print("total", total(1, 2, 3), total(1, 2, start=100), total())


def kwonly(a, *, b, c=3):
    return a + b + c


print("kwonly", kwonly(1, b=2), kwonly(1, c=10, b=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)


def posonly(a, b, /, c, *, d):
    return (a, b, c, d)


print("posonly", posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError posonly as kw", type(e).__name__)


def posonly_kw(x, /, **kw):
    return x, kw


print("posonly name reuse", posonly_kw(1, x=2))


def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())


print("describe", describe(name="Ann", age=30, city="Oslo"))


def wrapper(*args, **kwargs):
    return inner(*args, **kwargs)


def inner(a, b=0, *, c=0):
    return a * 100 + b * 10 + c


print("forward", wrapper(1), wrapper(1, 2), wrapper(1, 2, c=3), wrapper(a=5, c=1))

try:
    inner(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError duplicate kw")

args = (1, 2)
kwargs = {"c": 9}
print("unpack call", inner(*args, **kwargs))


def count_args(*a, **k):
    return len(a), len(k)


print("counts", count_args(*range(5), **dict.fromkeys("xyz", 0)))


def default_kw_order(a, b=1, *rest, key=None, **opts):
    return [a, b, rest, key, opts]


print(default_kw_order(0))
print(default_kw_order(0, 9, 8, 7, key="k", z=1))
print("name", default_kw_order.__name__)
