# One `x in c` site (and `not in`) warmed on a set, then a dict, list,
# tuple, str, range, dict views, user __contains__/__iter__/__getitem__
# classes, subclasses overriding __contains__, and unhashable probes.


def has(x, c):
    return x in c


def lacks(x, c):
    return x not in c


s = set(range(0, 200, 3))
c = 0
for i in range(400):
    if has(i, s):
        c += 1
print("warm set", c)
dd = {i: i for i in range(0, 200, 5)}
c = 0
for i in range(400):
    if lacks(i, dd):
        c += 1
print("warm dict not-in", c)


class OnlyContains:
    def __contains__(self, x):
        return x == "magic"


class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])


class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i


class TruthyContains:
    def __contains__(self, x):
        return x  # non-bool result is converted with bool()


class EvenSet(set):
    def __contains__(self, x):
        return x % 2 == 0


class CaseDict(dict):
    def __contains__(self, k):
        return dict.__contains__(self, k.lower())


class NoList(list):
    def __contains__(self, x):
        return False


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v

    def __hash__(self):
        return hash(self.v)


containers = [
    ("set", {1, 2, "a"}), ("frozenset", frozenset([1, 2.0])), ("dict", {1: 0, "a": 0}), ("list", [1, [2], "a"]),
    ("tuple", (1, 2, None)), ("str", "abc"), ("range", range(0, 10, 2)), ("keys", {1: 2}.keys()),
    ("values", {1: 2}.values()), ("items", {1: 2}.items()), ("OnlyContains", OnlyContains()),
    ("OnlyIter", OnlyIter()), ("OnlyGetitem", OnlyGetitem()), ("Truthy", TruthyContains()),
    ("EvenSet", EvenSet([1, 3])), ("CaseDict", CaseDict(a=1)), ("NoList", NoList([1, 2])),
]
probes = [1, 2, 2.0, True, "a", "A", "ab", "magic", (1, 2), 16, 0, None, Eq(1), Eq("a")]
for rnd in range(2):
    for name, cont in containers:
        row = []
        for p in probes:
            try:
                row.append("T" if has(p, cont) else "f")
            except TypeError as e:
                row.append("E")
            except AttributeError:
                row.append("A")
        print(rnd, name, "".join(row), lacks(2, cont) if name not in ("CaseDict", "str") else "-")

for x, cont in [([1], {1}), ({}, {}), (1, "abc"), (1, 5), ("a", None), ([1], frozenset())]:
    try:
        has(x, cont)
    except TypeError as e:
        print("TypeError", e)

# set and dict mutated between hot lookups
pool = set()
hits = []
for i in range(300):
    if has(i % 17, pool):
        pool.discard(i % 17)
        hits.append(i)
    else:
        pool.add(i % 17)
print("pool", sorted(pool), len(hits), hits[:8])
# a list with NaN: identity comes before equality (the same object only:
# Brisk's floats are values, see docs/ARCHITECTURE.md)
nan = float("nan")
box = [nan, 1]
print("nan", has(nan, box), has(nan, {nan}), has(nan, (nan,)), has(nan, [1.0, 2.0]))
