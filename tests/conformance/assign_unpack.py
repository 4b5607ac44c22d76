# Chained, starred and nested unpacking
a = b = c = 7
print("chained", a, b, c)
x = y = []
x.append(1)
print("chained shared", y, x is y)

p, q = 1, 2
p, q = q, p
print("swap", p, q)

first, *rest = [1, 2, 3, 4]
print("first/rest", first, rest)
*init, last = "hello"
print("init/last", init, last)
h, *mid, t = range(6)
print("h/mid/t", h, mid, t)
h2, *mid2, t2 = (1, 2)
print("empty mid", h2, mid2, t2)

(a1, b1), c1 = (1, 2), 3
print("nested", a1, b1, c1)
[m, [n, o]], z = [["M", ["N", "O"]], "Z"]
print("nested list", m, n, o, z)
(i, *j), k = [1, 2, 3], 4
print("nested star", i, j, k)

for idx, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print("loop unpack", idx, key, val)

for a2, *bs in [(1, 2, 3), (4,), (5, 6)]:
    print("loop star", a2, bs)

d = {"x": 1, "y": 2}
k1, k2 = d
print("dict keys unpack", k1, k2)
s1, s2, s3 = "abc"
print("string unpack", s1, s2, s3)

# errors
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError", e)

# starred in expressions
combined = [*range(3), *"ab", *[9]]
print("starred list", combined)
tup = (*combined[:2], 100)
print("starred tuple", tup)
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print("dict merge", merged)
print("starred set", sorted({*[3, 1], *(2, 3)}))


def f(*args):
    return args


print("call starred", f(*[1, 2], 3, *(4,)))

# assignment targets: subscript/attribute in unpacking
lst = [0, 0, 0]
lst[0], lst[2] = "A", "C"
print("subscript targets", lst)


class O:
    pass


o = O()
o.a, o.b = 10, 20
print("attr targets", o.a, o.b)
lst[1:], tail = [7, 8], "T"
print("slice target", lst, tail)
# swap in list
arr = [1, 2, 3, 4]
arr[0], arr[3] = arr[3], arr[0]
print("list swap", arr)
i = 0
i, arr[i] = 2, 99
print("order", i, arr)

# Starred targets on something that is not iterable: CPython's message.
class BadIter:
    def __iter__(self):
        raise TypeError("from __iter__")


for src in ["(*s,) = 1", "a, *s = None", "*s, a = 2.5", "a, *s = BadIter()", "a, *s, b = [1]"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
