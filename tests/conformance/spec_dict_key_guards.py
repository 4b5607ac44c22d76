# Dict subscript/contains/store sites (BINARY_SUBSCR_DICT, CONTAINS_OP_DICT,
# STORE_SUBSCR_DICT) fed keys whose __hash__/__eq__ are user code: equal
# keys of different types (1, 1.0, True, Decimal-like classes), hash
# collisions, __eq__ that changes behaviour after the site warmed, and
# keys that raise from __hash__ or __eq__.


def get(d, k):
    return d[k]


def has(d, k):
    return k in d


def put(d, k, v):
    d[k] = v


d = {i: i * i for i in range(50)}
for i in range(300):
    get(d, i % 50)
    has(d, i)
    put(d, i % 50, i)
print("warm", get(d, 7), has(d, 49), has(d, 50), len(d))

mixed = {1: "int one", "1": "str one", (1,): "tuple", None: "none", 2.5: "float"}
for rnd in range(2):
    print(rnd, [get(mixed, k) for k in (1, 1.0, True, "1", (1,), None, 2.5)], has(mixed, 2), has(mixed, 1.0))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v or other == self.v

    def __repr__(self):
        return "Key(%r)" % (self.v,)


class Collide:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        Collide.calls += 1
        return isinstance(other, Collide) and self.v == other.v

    def __repr__(self):
        return "Collide(%r)" % (self.v,)


kd = {Key(1): "K1", "x": "plain x", 5: "five"}
print("Key lookups", get(kd, Key(1)), get(kd, 1), has(kd, Key("x")), get(kd, Key(5)))
cd = {}
for i in range(30):
    put(cd, Collide(i), i)
Collide.calls = 0
print("collisions", get(cd, Collide(29)), has(cd, Collide(30)), len(cd), Collide.calls > 0)

# __eq__ replaced after the sites warmed up: lookups through the same key
for i in range(200):
    has(kd, Key(1))
Key.__eq__ = lambda self, other: False
print("eq always False", has(kd, Key(1)), has(kd, 5), [k for k in kd if k == k])
Key.__eq__ = lambda self, other: True
print("eq always True", has(kd, Key(1)), has(kd, Key(True)), has(kd, Key(2)))
del Key.__eq__
print("eq deleted: identity only", has(kd, Key(1)), has(kd, list(kd)[0]))


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")


class BadEq:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("eq exploded")


for k in [BadHash(), [1], {}, {1}]:
    for f in (get, has):
        try:
            f(d, k)
        except (RuntimeError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
bd = {7: "seven"}
try:
    get(bd, BadEq())
except ValueError as e:
    print("ValueError", e)
bd2 = {BadEq(): 1}
try:
    put(bd2, BadEq(), 2)
except ValueError as e:
    print("ValueError on store", e, len(bd2))
print("int 7 vs BadEq key: hash equal, eq raises?")
try:
    print(has(bd2, 7))
except ValueError as e:
    print("ValueError", e)

# missing keys after the site warmed up; dict subclass with __missing__
for k in ("nope", 10**30, -1, 0.5):
    try:
        get(d, k)
    except KeyError as e:
        print("KeyError", repr(e))


class Counter(dict):
    def __missing__(self, k):
        return 0


c = Counter(a=3)
print("missing", get(c, "a"), get(c, "b"), has(c, "b"), dict(c))

# keys deleted and re-inserted (dict keys layout changes) at a hot site
ks = {}
order = []
for i in range(200):
    k = "k%d" % (i % 7)
    if has(ks, k) and i % 3 == 0:
        del ks[k]
    else:
        put(ks, k, get(ks, k) + 1 if has(ks, k) else 1)
    if i % 40 == 39:
        order.append(list(ks))
print("layouts", order)
print("final", ks)
