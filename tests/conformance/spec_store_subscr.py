# `a[i] = v` and `del a[i]` sites warmed on list/int and dict, then fed
# negative/out-of-range indexes, other containers, user __setitem__ and
# subclasses of list and dict that override it.


def put(a, i, v):
    a[i] = v


def drop(a, i):
    del a[i]


lst = [0] * 50
for i in range(500):
    put(lst, i % 50, i)
print("warm list", sum(lst), lst[:5], lst[-3:])
d = {}
for i in range(500):
    put(d, i % 37, i)
print("warm dict", len(d), sum(d.values()), list(d.items())[:3])


class Log(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("logged", v))


class Lower(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.lower(), v)

    def __delitem__(self, k):
        dict.__delitem__(self, k.lower())


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, v):
        r, c = key
        self.cells[r * 100 + c] = v

    def __delitem__(self, key):
        r, c = key
        del self.cells[r * 100 + c]


for rnd in range(2):
    a = [1, 2, 3, 4, 5]
    put(a, -1, "last")
    put(a, -5, "first")
    put(a, True, "one")
    put(a, slice(2, 3), ["x", "y", "z"])
    print(rnd, "list", a)
    lg = Log([0, 0, 0])
    put(lg, 1, "v")
    put(lg, -1, "w")
    print(rnd, "Log", lg)
    lo = Lower()
    put(lo, "KEY", 1)
    put(lo, "Key", 2)
    put(lo, "other", 3)
    drop(lo, "OTHER")
    print(rnd, "Lower", lo)
    g = Grid()
    for r in range(3):
        for c in range(3):
            put(g, (r, c), r * c)
    drop(g, (1, 1))
    print(rnd, "Grid", sorted(g.cells.items()))
    dd = {}
    put(dd, 1, "int")
    put(dd, 1.0, "float-same-key")
    put(dd, True, "bool-same-key")
    put(dd, "1", "str")
    put(dd, (1,), "tuple")
    print(rnd, "dict keys", dd)

errs = [([1, 2], 2, "x"), ([1, 2], -3, "x"), ([], 0, 1), ([1], "0", 1), ([1], 1.0, 1), ((1, 2), 0, 1),
        ("ab", 0, "c"), ({}, [1], 1), ({}, {}, 1), (None, 0, 1), (Log([1]), 5, 1), (range(3), 0, 1),
        ([1], 2**64, 0)]
for a, i, v in errs:
    try:
        put(a, i, v)
        print("stored?", a)
    except (IndexError, TypeError) as e:
        print("put", type(e).__name__, e)
for a, i in [([1, 2], 5), ({}, "k"), ((1,), 0), (Lower(), "Q"), ([1, 2, 3], -4)]:
    try:
        drop(a, i)
    except (IndexError, KeyError, TypeError) as e:
        print("del", type(e).__name__, repr(e))

# a dict site whose keys are replaced, deleted and re-added while hot
cache = {}
for i in range(300):
    k = i % 10
    if k in cache and i % 7 == 0:
        drop(cache, k)
    else:
        put(cache, k, cache.get(k, 0) + i)
print("churn", sorted(cache.items()))
print("order", list(cache))

# list shrinking under a hot store site
xs = list(range(20))
log = []
for i in range(40):
    try:
        put(xs, i, -i)
    except IndexError as e:
        log.append((i, str(e)))
    if i % 2 == 0 and xs:
        xs.pop()
print("shrunk", xs, log[:3], len(log))
