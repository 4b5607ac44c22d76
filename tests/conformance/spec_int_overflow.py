# Hot int loops whose values cross the 64-bit boundary into big ints and
# come back; each operator at its own site, values printed along the way.

MAX = 2**63 - 1
MIN = -(2**63)


def step_add(x, d):
    return x + d


def step_sub(x, d):
    return x - d


def step_mul(x, k):
    return x * k


def neg(x):
    return -x


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def lshift(a, n):
    return a << n


def power(a, n):
    return a**n


# add across MAX, one unit at a time
x = MAX - 150
seen = []
for i in range(300):
    x = step_add(x, 1)
    if x in (MAX - 1, MAX, MAX + 1, MAX + 2) or i % 97 == 0:
        seen.append((i, x, x > MAX))
print("add across MAX", seen)
for i in range(300):
    x = step_sub(x, 1)
print("sub back", x, x == MAX - 150, type(x).__name__)

# sub across MIN and back
y = MIN + 100
for i in range(200):
    y = step_sub(y, 1)
print("below MIN", y, y - MIN)
for i in range(200):
    y = step_add(y, 1)
print("above MIN", y, y == MIN + 100)

# multiplication growing and then shrinking with floor division
z = 1
marks = []
for i in range(100):
    z = step_mul(z, 3)
    if i % 10 == 9:
        marks.append(len(str(z)))
print("mul digits", marks)
for i in range(100):
    z = floordiv(z, 3)
print("div back", z)

# negation at the edge
for v in [0, 1, -1, MAX, MIN, MIN + 1, 2**64, -(2**64)]:
    for _ in range(60):
        r = neg(v)
    print("neg", v, r, neg(r) == v)

# floordiv/mod with the edge pairs, after warming with small ints
acc = 0
for i in range(1, 300):
    acc += floordiv(1000, i) + mod(1000, i)
print("warm div/mod", acc)
pairs = [(MIN, -1), (MIN, 1), (MAX, -1), (MIN, 2), (MIN, -2), (-7, 2), (7, -2), (-7, -2),
         (2**100, 7), (-(2**100), 7), (2**100, -(2**99)), (5, 2**100), (-5, 2**100)]
for a, b in pairs:
    print("divmod", a, b, floordiv(a, b), mod(a, b), divmod(a, b))

# shifts: small to huge and negative shifts of big values
acc = 0
for i in range(64):
    acc ^= lshift(1, i)
print("xor of shifts", acc, acc == 2**64 - 1)
for n in [62, 63, 64, 65, 127, 200]:
    print("shift", n, lshift(1, n), lshift(-1, n), lshift(3, n) >> (n - 1))
try:
    lshift(1, -1)
except ValueError as e:
    print("ValueError", e)

# power: small ints warm, then overflow, negative exponent gives float
acc = 0
for i in range(200):
    acc += power(i % 7, 3)
print("warm pow", acc)
for a, n in [(2, 62), (2, 63), (2, 64), (-2, 63), (-2, 64), (10, 30), (7, -1), (2, -3), (0, 0)]:
    print("pow", a, n, power(a, n))

# an accumulator summing big and small values in one hot loop
total = 0
for i in range(400):
    total = step_add(total, MAX if i % 2 == 0 else -MAX)
    if i % 100 == 99:
        print("alternating", i, total)
total = 0
for i in range(400):
    total = step_add(total, MAX)
print("sum of MAX", total, total // MAX)

# hashing and equality of values that went big and came back
a = MAX + 1 - 1
b = (MAX * 2) // 2
d = {MAX: "max"}
print("keys", d[a], d[b], a == MAX, b is not None, hash(a) == hash(MAX))
print("bool of big", bool(2**100 - 2**100), bool(2**100))
