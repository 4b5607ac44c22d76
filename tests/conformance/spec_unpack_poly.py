# `a, b = t` / `a, b, c = t` / starred sites warmed on exact tuples, then
# fed lists, strings, dicts, generators, ranges, user iterables, subclasses
# of tuple/list overriding __iter__, and wrong lengths.


def two(t):
    a, b = t
    return f"{a!r}|{b!r}"


def three(t):
    a, b, c = t
    return (c, b, a)


def star(t):
    first, *mid, last = t
    return first, mid, last


acc = 0
for i in range(300):
    a, b = (i, i + 1)
    acc += a * b
print("warm literal", acc)
for i in range(300):
    two((i, -i))
    three([i, i, i])
print("warm done", two((1, 2)), three([1, 2, 3]))


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


class SwapTuple(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


class LoudList(list):
    def __iter__(self):
        for x in list.__iter__(self):
            yield ("loud", x)


class Indexed:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return "item%d" % i


def gen2():
    yield "g1"
    yield "g2"


sources = [(1, 2), [3, 4], "xy", {"k1": 1, "k2": 2}, range(7, 9), Pair("p", "q"), gen2(), Indexed(),
           iter([5, 6]), b"AB", {"k": "v"}.items(), zip("ab", "cd"), (x * x for x in range(2)),
           enumerate("z", 10), (2**70, 1.5), (None, True), LoudList([1, 2]), "é€"]
for src in sources:
    try:
        print("two", type(src).__name__, two(src))
    except ValueError as e:
        print("two", type(src).__name__, "ValueError", e)
print("swap", two(SwapTuple((1, 2))), three(SwapTuple("abc")))
for i in range(100):
    two((i, i))
print("back to tuples", two(("a", "b")))

bad = [(1,), (1, 2, 3), [], [1, 2, 3, 4], "x", "xyz", {}, range(5), iter([1]), Pair(1, 2), 5, None]
for src in bad:
    for f in (two, three):
        try:
            print(f.__name__, "ok", f(src))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)

for src in [(1, 2), [1, 2, 3, 4, 5], "abcdef", range(4), Pair(1, 2), (0, None, 0)]:
    for _ in range(40):
        r = star(src)
    print("star", r)
try:
    star((1,))
except ValueError as e:
    print("star ValueError", e)

# nested targets and swaps in a hot loop
pts = [((i, i + 1), [i * 2, (i, "s")]) for i in range(120)]
total = 0
for (x, y), [z, (w, tag)] in pts:
    total += x + y + z + w
    x, y = y, x
print("nested", total, x, y, tag)
a, b, c = 1, 2, 3
for i in range(301):
    a, b, c = c, a, b
print("rotate", a, b, c)
# for-loop targets fed mixed shapes
rows = [(1, 2), [3, 4], "56", (7, 8)] * 30
acc = []
for p, q in rows:
    acc.append(str(p) + str(q))
print("for targets", acc[:4], len(acc))
