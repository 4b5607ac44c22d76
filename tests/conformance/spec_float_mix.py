# Float sites warmed with floats then fed ints, bools, big ints and float
# subclasses; int sites fed floats; comparisons mixing int and float near 2**53.


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def sub(a, b):
    return a - b


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


acc = 0.0
for i in range(300):
    acc = add(acc, 0.1)
print("float sum", acc, repr(acc))
acc = 1.0
for i in range(200):
    acc = mul(acc, 1.01)
print("float product", acc)
for i in range(200):
    acc = div(acc, 1.01)
print("divided back", acc, round(acc, 9))

mixed = [(1.5, 2), (2, 1.5), (True, 0.5), (0.5, False), (2**60, 0.5), (0.5, 2**70), (2**1000, 1.0),
         (1e308, 1e308), (-1e308, -1e308), (float("inf"), 1), (1, float("-inf"))]
for a, b in mixed:
    print("add", a, b, add(a, b), "mul", mul(a, b), "sub", sub(a, b))

for a, b in [(1, 2), (7, 7), (2**70, 2**69), (1.0, 3), (-7, 2), (0.0, 1), (True, 4)]:
    print("div", a, b, div(a, b))
try:
    div(2**2000, 3)
except OverflowError as e:
    print("OverflowError", e)
print("big/big", div(2**2000, 2**1999))

# int sites fed floats after warming on ints
iacc = 0
for i in range(300):
    iacc = add(iacc, i)
print("int warm", iacc)
for v in [0.5, 1e16, 1e300, -0.0, 2**53]:
    r = add(iacc, v)
    print("int+float", v, r, type(r).__name__)

# comparisons at a warmed float site and a warmed int site
cnt = 0
for i in range(300):
    if lt(i * 0.5, 75.0):
        cnt += 1
print("float lt count", cnt)
cnt = 0
for i in range(300):
    if lt(i, 150):
        cnt += 1
print("int lt count", cnt)
big = 2**53
probes = [(big + 1, float(big)), (float(big), big + 1), (big, float(big)), (2**64, 1.8446744073709552e19),
          (2**64 + 1, 1.8446744073709552e19), (1, 1.0), (0, -0.0), (3, float("nan")), (float("nan"), float("nan")),
          (10**400, float("inf")), (-(10**400), float("-inf")), (True, 1.0), (2**63, 9.223372036854776e18)]
for a, b in probes:
    print("cmp", str(a)[:22], str(b)[:22], lt(a, b), lt(b, a), eq(a, b), eq(b, a))


class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other) * 1000)

    def __repr__(self):
        return "Meters(" + float.__repr__(self) + ")"

    def __lt__(self, other):
        return float(self) > float(other)


for _ in range(3):
    print("subclass", add(Meters(1.5), 2.0), add(2.0, Meters(1.5)), lt(Meters(1.0), 2.0), lt(2.0, Meters(1.0)))

# float formatting of results computed at hot sites
vals = []
x = 1.0
for i in range(60):
    x = mul(x, 10.0)
    if i % 7 == 0:
        vals.append(repr(x))
print("powers", vals)
x = 1.0
for i in range(30):
    x = div(x, 3.0)
print("thirds", repr(x), x * 3**30)
print("special", add(float("inf"), float("-inf")), mul(0.0, -1), sub(0.0, 0.0), sub(-0.0, 0.0))
