# Tuple-based swaps, rotations, multiple targets, evaluation order of assignments
a, b, c = 1, 2, 3
a, b, c = c, a, b
print("rotate", a, b, c)
x = [10, 20, 30, 40, 50]
x[0], x[-1] = x[-1], x[0]
print("swap ends", x)
i, j = 1, 3
x[i], x[j] = x[j], x[i]
print("swap by index", x)
x[1:3], x[3:] = x[3:], x[1:3]
print("swap slices (lengths differ -> careful)", x)
p = [0, 1, 2]
i = 0
i, p[i] = 1, "set"
print("target evaluation left to right", i, p)
q = [0, 1, 2]
j = 0
q[j], j = "first", 2
print("subscript evaluated before j rebinding", q, j)


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


print("fib via tuple assign", fib_pairs(12))
m, n = 48, 18
while n:
    m, n = n, m % n
print("gcd via tuple assign", m)
first, second, *others = sorted([5, 3, 9, 1, 7], reverse=True)
print("top two", first, second, "others", others)
k = v = w = 0
k += 1
print("chained init independent ints", k, v, w)
lst1 = lst2 = []
lst1.append("shared!")
print("chained init shares list", lst2)
(a, b), c = "xy", "z"
print("nested string unpack", a, b, c)
d = {}
d["a"], d["b"] = d.get("a", 0) + 1, d.get("a", 0) + 2
print("dict targets", d)


class Obj:
    pass


o = Obj()
o.x, o.y = o.y, o.x = 1, 2
print("double chained unpack targets", o.x, o.y)
data = list(range(8))
data[::2], data[1::2] = data[1::2], data[::2]
print("swap pairs via extended slices", data)
row, col = divmod(17, 5)
print("divmod unpack", row, col)
for idx, (k2, v2) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print("enumerate+items unpack", idx, k2, v2)
head, *_ = "only"
print("discard rest", head)
*_, tail = [1, 2, 3]
print("discard init", tail)
counts = [0] * 3
for n in [0, 1, 1, 2, 2, 2]:
    counts[n] += 1
print("counter via index aug", counts)
rotated = [1, 2, 3, 4, 5]
for _ in range(2):
    rotated = rotated[1:] + rotated[:1]
print("rotate left twice", rotated)
rotated[:] = rotated[-1:] + rotated[:-1]
print("rotate right in place", rotated)
