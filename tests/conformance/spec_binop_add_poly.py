# One `a + b` site (and `a - b`, `a * b`) fed int, then float, str, list,
# tuple, bool, big ints, user classes with dunders and subclasses of builtins.
# The site is warmed with ints first, so a specialized int add must notice.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def warm(f, n):
    acc = 0
    for i in range(n):
        acc = f(acc, i) if f is not mul else f(i, 3)
    return acc


print("warm add", warm(add, 300))
print("warm sub", warm(sub, 300))
print("warm mul", warm(mul, 300))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        return Vec(other * 10 + self.x, other * 10 + self.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class LoudInt(int):
    def __add__(self, other):
        return "loud+" + str(int(self) + int(other))

    def __radd__(self, other):
        return "loud-r+" + str(int(other) + int(self))


class PlainInt(int):
    pass


class Shout(str):
    def __add__(self, other):
        return Shout(str.upper(self) + "|" + str.upper(other))


class PlainStr(str):
    pass


class RevList(list):
    def __add__(self, other):
        return RevList(list(reversed(list(self))) + list(other))


class Float2(float):
    def __sub__(self, other):
        return "f2-" + repr(float(self) - float(other))


cases = [
    (1, 2),
    (2**62, 2**62),
    (-(2**63), -1),
    (2**64, -(2**64)),
    (1.5, 2.25),
    (1, 0.5),
    (0.5, 1),
    (True, True),
    (True, 1.5),
    ("ab", "cd"),
    ("", "x"),
    ([1], [2, 3]),
    ((1,), (2,)),
    (Vec(1, 2), Vec(3, 4)),
    (Vec(1, 2), 5),
    (5, Vec(1, 2)),
    (LoudInt(3), 4),
    (4, LoudInt(3)),
    (LoudInt(3), LoudInt(4)),
    (PlainInt(7), 8),
    (Shout("ab"), "cd"),
    ("cd", Shout("ab")),
    (PlainStr("x"), "y"),
    (RevList([1, 2, 3]), [9]),
    ([9], RevList([1, 2])),
    (PlainInt(2**70), PlainInt(-1)),
]
for round_no in range(3):
    out = []
    for a, b in cases:
        r = add(a, b)
        out.append(f"{type(r).__name__}:{r!r}")
    print("round", round_no, " ".join(out))

# back to ints after the site has seen everything
print("ints again", warm(add, 200))

bad = [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), (Vec(1, 1), "s"), (1.0, "x")]
for a, b in bad:
    try:
        add(a, b)
    except TypeError as e:
        print("TypeError", e)

sub_cases = [(10, 3), (2**63, 1), (-(2**63), 1), (1.5, 0.25), (3, 0.5), (Vec(5, 5), Vec(1, 2)),
             (Float2(2.5), 1), (True, False), (PlainInt(9), 10)]
for _ in range(2):
    print("sub", [sub(a, b) for a, b in sub_cases])

mul_cases = [(3, 4), (2**40, 2**40), (-(2**32), 2**31), (2.5, 4), ("ab", 3), (3, "ab"), ([0], 2),
             (Vec(1, 2), 3), (3, Vec(1, 2)), ((1, 2), 2), (True, "x"), ("x", 0), ("x", -1)]
for _ in range(2):
    print("mul", [mul(a, b) for a, b in mul_cases])

# the same int site crossing into big ints and back, value by value
x = 1
trail = []
for i in range(130):
    x = add(x, x)
    if i % 16 == 0:
        trail.append(x)
for i in range(130):
    x = sub(x, x // 2)
print("doubling", trail[-1], len(trail))
print("halved back", x, type(x).__name__)
