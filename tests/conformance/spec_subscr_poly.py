# One `a[i]` site warmed on list[int], then fed tuples, strings, dicts,
# ranges, negative and out-of-range indexes, bools, big ints, slices, user
# __getitem__ classes and subclasses of list/dict/tuple/str overriding it.


def get(a, i):
    return a[i]


lst = list(range(100))
acc = 0
for i in range(400):
    acc += get(lst, i % 100)
print("warm list", acc)


class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= 5:
            raise IndexError("Seq index out of range")
        return i * 11


class Twice(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


class Defaulting(dict):
    def __missing__(self, key):
        return ("missing", key)


class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())


class TupleRev(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, -1 - i)


class Chars(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


t = (10, 20, 30)
s = "héllo"
d = {"a": 1, 2: "two", (1, 2): "tuple", 2.5: "float", True: "true-or-1"}
r = range(5, 50, 5)
cases = [
    (lst, 0), (lst, 99), (lst, -1), (lst, -100), (lst, True), (lst, False), (lst, Index(7)),
    (t, 1), (t, -3), (s, 1), (s, -1), (s, 4), (d, "a"), (d, 2), (d, (1, 2)), (d, 2.5), (d, 1), (d, 1.0),
    (r, 3), (r, -1), (Seq(), 3), (Seq(), slice(1, None, 2)), (Twice([1, 2, 3]), 2), (Twice([1, 2, 3]), -3),
    (Defaulting(x=1), "x"), (Defaulting(x=1), "y"), (Upper(K=5), "k"), (TupleRev((1, 2, 3)), 0),
    (Chars("abc"), 1), (lst, slice(95, None)), (t, slice(None, None, -1)), (s, slice(1, 3)),
    ([[1, 2], [3, 4]], 1), (b"bytes", 1), (lst, 50),
]
for rnd in range(3):
    print(rnd, [get(a, i) for a, i in cases])

errs = [
    (lst, 100), (lst, -101), (t, 3), (t, -4), (s, 5), (s, -6), (r, 9), ("", 0), ([], 0), ((), -1),
    (lst, 2**63), (lst, -(2**70)), (d, "zz"), (d, 3), (lst, "0"), (lst, 1.0), (t, None), (s, 1.5),
    (Seq(), 5), (5, 0), (None, 1), (Upper(K=5), "q"), (d, [1]), (Twice([1]), 4),
]
for _ in range(2):
    for a, i in errs:
        try:
            print("no error?", get(a, i))
        except (IndexError, KeyError, TypeError) as e:
            print(type(e).__name__, repr(e))
print("site still fine", get(lst, 42), get(t, 0), get(s, 0), get(d, "a"))

# list mutated between uses of the hot site
grow = [0]
out = []
for i in range(200):
    grow.append(i)
    if i % 3 == 0:
        grow.pop(0)
    out.append(get(grow, -1) - get(grow, 0))
print("mutated list", out[:10], out[-5:], len(grow))
shrink = list(range(50))
seen = []
i = 0
while True:
    try:
        seen.append(get(shrink, i))
    except IndexError as e:
        print("stopped at", i, len(shrink), e)
        break
    del shrink[0]
    i += 1
print("seen", seen)

# nested subscription sites
grid = [[r * 10 + c for c in range(10)] for r in range(10)]
diag = 0
for k in range(300):
    diag += grid[k % 10][(k * 3) % 10]
print("grid", diag)
grid[3] = "abcdefghij"
grid[4] = {i: -i for i in range(10)}
grid[5] = tuple(range(100, 110))
print("grid mixed", [grid[r][7] for r in range(10)])
