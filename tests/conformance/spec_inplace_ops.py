# Augmented assignment sites (`x += y`, `-=`, `*=`, `|=`, `<<=`) warmed on
# ints or strings, then fed lists (in place, visible through aliases),
# tuples (rebinding), sets, user __iadd__ / __add__-only classes, and
# attribute/subscript targets whose container changes type.


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


def ior(x, y):
    x |= y
    return x


s = ""
for i in range(300):
    s = iadd(s, "ab"[i % 2])
print("warm str", len(s), s[:10], s[-4:])
n = 0
for i in range(300):
    n = iadd(n, i)
print("warm int", n)
for i in range(100):
    ior(i, 1)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


class AddOnly:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return AddOnly(self.v + other)


class IaddReturnsOther:
    def __iadd__(self, other):
        return "replaced"


class ExtList(list):
    def __iadd__(self, other):
        list.extend(self, other)
        list.extend(self, other)
        return self


for rnd in range(2):
    alias = [1]
    res = iadd(alias, [2, 3])
    print(rnd, "list in place", res, alias, res is alias)
    t = (1,)
    res = iadd(t, (2,))
    print(rnd, "tuple rebinds", res, t, res is t)
    st = {1}
    res = ior(st, {2})
    print(rnd, "set in place", sorted(res), sorted(st), res is st)
    fs = frozenset([1])
    res = ior(fs, {2})
    print(rnd, "frozenset rebinds", sorted(res), sorted(fs), res is fs)
    a = Acc()
    res = iadd(a, "x")
    print(rnd, "Acc", res is a, a.items)
    ao = AddOnly(1)
    res = iadd(ao, 5)
    print(rnd, "AddOnly", res.v, ao.v, res is ao)
    print(rnd, "other", iadd(IaddReturnsOther(), 1))
    el = ExtList([0])
    res = iadd(el, [1])
    print(rnd, "ExtList", res, el is res)
    d = {"a": 1}
    res = ior(d, {"b": 2})
    print(rnd, "dict |=", res, d is res)
    print(rnd, "imul", imul([1, 2], 2), imul("ab", 3), imul(3, 4.5), imul((0,), 2), imul(2**40, 2**40))
    al = [7]
    res = imul(al, 0)
    print(rnd, "imul alias", res, al)

for bad in [(1, "a"), ("a", 1), ((1,), [2]), (None, 1), (AddOnly(1), "s")]:
    try:
        iadd(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    iadd([1], 5)
except TypeError as e:
    print("TypeError", e)

# attribute and subscript targets with a hot augmented site
class Box:
    pass


b = Box()
b.v = 0
for i in range(300):
    b.v += i
print("attr", b.v)
b.v = "s"
for i in range(5):
    b.v += str(i)
print("attr str", b.v)
b.v = [0]
for i in range(3):
    b.v += [i]
print("attr list", b.v)
cells = [0, 0.0, "", ()]
for i in range(100):
    for k in range(4):
        cells[k] += (1, 0.5, "z", (i,))[k] if k != 3 or i < 3 else ()
print("cells", cells[0], cells[1], len(cells[2]), cells[3])
counter = {}
for w in "the cat and the hat and the bat".split() * 20:
    counter[w] = counter.get(w, 0)
    counter[w] += 1
print("counter", counter)

# shifts and power in place across the 64-bit boundary
v = 1
for i in range(70):
    v <<= 1
print("shifted", v)
v >>= 68
print("back", v)
v **= 40
print("pow", v)
v //= 2**39
print("floordiv", v)
