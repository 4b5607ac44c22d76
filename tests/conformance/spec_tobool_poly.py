# Truth-test sites (`if x`, `while x`, `not x`, `and`/`or`) warmed with one
# type and then fed every other: ints, floats, strings, containers, None,
# user __bool__/__len__, subclasses overriding them, and bad __bool__.


def truth(x):
    if x:
        return "T"
    return "f"


def negate(x):
    return not x


def pick(a, b):
    return a and b, a or b


c = 0
for i in range(300):
    if truth(i % 3) == "T":
        c += 1
print("warm int", c)
c = 0
for i in range(300):
    if truth([0] * (i % 2)) == "T":
        c += 1
print("warm list", c)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


class Plain:
    pass


class ZeroIsTrue(int):
    def __bool__(self):
        return True


class EmptyList(list):
    def __len__(self):
        return 0


class FullStr(str):
    def __len__(self):
        return 3


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 2**70


values = [0, 1, -1, 2**80, 0.0, -0.0, 0.1, float("nan"), "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\x00", B(True), B(False), L(0), L(7),
          Both(), Plain(), ZeroIsTrue(0), EmptyList([1, 2]), FullStr(""), 3 - 3,
          frozenset(), iter([])]
for rnd in range(3):
    print(rnd, "".join(truth(v) for v in values), "".join("n" if negate(v) else "y" for v in values))

for v in [BadBool(), BadLen(), HugeLen(), B(None), B("yes")]:
    for f in (truth, negate):
        try:
            print(type(v).__name__, f.__name__, f(v))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(v).__name__, f.__name__, type(e).__name__, e)

def label(x):
    return type(x).__name__ if isinstance(x, (B, L)) else repr(x)


for a, b in [(0, 5), (3, 5), ("", "x"), ([], [1]), (None, 0), (B(False), "rhs"), (L(2), "rhs"), (0.0, -0.0)]:
    for _ in range(30):
        r = pick(a, b)
    print("pick", label(a), [label(x) for x in r])

# while loops whose condition changes type as it runs
x = 300
steps = 0
while x:
    steps += 1
    if steps == 100:
        x = [1, 2, 3]
    elif steps > 100 and isinstance(x, list):
        x.pop()
        if not x:
            x = "abc"
    elif isinstance(x, str):
        x = x[1:]
    else:
        x -= 1
print("while steps", steps, repr(x))
# the __bool__ of a class replaced after the site warmed up
flag = B(True)
out = []
for i in range(200):
    if i == 100:
        B.__bool__ = lambda self: not self.v
    out.append(truth(flag))
print("patched __bool__", out.count("T"), out.count("f"), out[98:102])
del B.__bool__
print("deleted __bool__", truth(flag), truth(B(False)))
