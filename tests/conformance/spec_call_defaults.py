# Call sites to functions with defaults (CALL_PY_WITH_DEFAULTS territory)
# while the defaults change: __defaults__ and __kwdefaults__ replaced,
# cleared and extended; mutable default objects shared across calls; the
# same site called with and without the optional arguments.


def f(a, b=10, c=20):
    return a + b + c


def kw(a, *, sep="-", end="."):
    return sep.join(str(i) for i in range(a)) + end


def mutable(x, acc=[]):
    acc.append(x)
    return len(acc)


def site1(x):
    return f(x)


def site2(x):
    return f(x, 1)


def site3(x):
    return kw(x)


t = 0
for i in range(300):
    t += site1(i) + site2(i)
    site3(3)
print("warm", t, site1(0), site2(0), site3(3))

f.__defaults__ = (100, 200)
print("new defaults", site1(0), site2(0), f.__defaults__)
f.__defaults__ = (5,)
print("only c has a default", site2(0))
try:
    site1(0)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
try:
    site2(0)
except TypeError as e:
    print("TypeError", e)
print("defaults None", f.__defaults__)
f.__defaults__ = (1, 2)
print("restored", site1(0), site2(0))
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print("TypeError", e)
print("unchanged", f.__defaults__)

print("kwdefaults", kw.__kwdefaults__)
kw.__kwdefaults__ = {"sep": "+", "end": "!"}
print("replaced kwdefaults", site3(4))
kw.__kwdefaults__["sep"] = "*"
print("mutated kwdefaults dict", site3(4))
kw.__kwdefaults__ = {"end": "?"}
try:
    site3(3)
except TypeError as e:
    print("TypeError", e)
kw.__kwdefaults__ = None
try:
    site3(3)
except TypeError as e:
    print("TypeError", e)
print("explicit keywords still work", kw(3, sep="/", end=";"))
kw.__kwdefaults__ = {"sep": ",", "end": ""}
print("back", site3(5))

# a shared mutable default grows across calls at a hot site
for i in range(150):
    n = mutable(i)
print("shared list", n, mutable.__defaults__[0][:5])
mutable.__defaults__ = ([],)
print("fresh default", mutable(1), mutable(2))
print("explicit list", mutable(1, []), mutable(2, [0, 0]))

# defaults evaluated once, at definition time
counter = [0]


def stamp():
    counter[0] += 1
    return counter[0]


def g(x=stamp(), y=stamp()):
    return (x, y)


for i in range(100):
    g()
print("definition-time defaults", g(), g(0), counter)

# the same site with positional/keyword mixes
def h(a, b=2, *args, c=3, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


calls = [((1,), {}), ((1, 5), {}), ((1, 5, 6, 7), {}), ((1,), {"c": 9}), ((1,), {"d": 8, "z": 0}),
         ((), {"a": 0}), ((), {"a": 0, "b": 1}), ((1, 2, 3), {"c": 0, "d": 0, "e": 0})]
for rnd in range(2):
    for args, kws in calls:
        for _ in range(30):
            r = h(*args, **kws)
        print(rnd, r)
h.__defaults__ = (99,)
h.__kwdefaults__ = {"c": -3, "d": -4}
print("h changed", h(1), h(1, c=0))

# lambdas and nested functions whose defaults capture loop values
fs = [lambda i=i: i * i for i in range(5)]
for _ in range(50):
    vals = [fn() for fn in fs]
print("lambda defaults", vals, fs[2](10))
fs[2].__defaults__ = (7,)
print("lambda defaults changed", [fn() for fn in fs])
