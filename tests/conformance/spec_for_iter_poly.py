# One `for x in it` site (FOR_ITER_RANGE/LIST/TUPLE/GEN) warmed on ranges
# and then fed lists, tuples, strings, dicts and their views, sets (sorted
# for determinism), generators, user iterators and __getitem__ sequences,
# builtin iterator objects, and subclasses overriding __iter__.


def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out


def total(it):
    s = 0
    for x in it:
        s += x
    return s


for i in range(300):
    total(range(i % 20))
print("warm", total(range(100)), consume(range(3)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


class RevList(list):
    def __iter__(self):
        return iter(list(reversed(self)))


class KeysUpper(dict):
    def __iter__(self):
        return (k.upper() for k in dict.__iter__(self))


class IterReturnsGen:
    def __iter__(self):
        yield "g1"
        yield "g2"


def gen(n):
    for i in range(n):
        yield i * 10


d = {"b": 2, "a": 1, "c": 3}
sources = [
    range(5), range(10, 0, -3), range(-5), range(2**62, 2**62 + 3), range(2**63 - 4, 2**63 - 1), range(-(2**63), -(2**63) + 7, 3),
    range(2**63 - 2, -(2**63), -(2**62)), [1, "a", None], (4, 5),
    "héllo", d, d.keys(), d.values(), d.items(), sorted({3, 1, 2}), frozenset(), gen(3), (x for x in "ab"),
    Countdown(3), Squares(), RevList([1, 2, 3]), KeysUpper(x=1, y=2), IterReturnsGen(), iter([7, 8]),
    enumerate("ab"), zip([1, 2], "xy"), map(abs, [-1, -2]), filter(None, [0, 1, 2]), reversed([1, 2, 3]),
    reversed("abc"), b"AB", bytes(2), [[1], [2]], {}, "", (),
]
for rnd in range(2):
    for src in (sources if rnd == 0 else [range(5), [1, "a", None], (4, 5), "héllo", d, Squares(), RevList([1, 2, 3]),
                                          KeysUpper(x=1, y=2), IterReturnsGen(), b"AB"]):
        print(rnd, type(src).__name__, consume(src))

# sum sites fed floats, bools, big ints, and a user class with __add__/__radd__
class Money:
    def __init__(self, c):
        self.c = c

    def __radd__(self, other):
        return Money(other + self.c) if isinstance(other, int) else NotImplemented

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    def __repr__(self):
        return "Money(%d)" % self.c


print("totals", total([0.5, 0.25]), total([True, True, 1]), total([2**64, 2**64]), total(gen(4)), total(Countdown(5)),
      total([Money(1), Money(2)]))
try:
    total(["a", "b"])
except TypeError as e:
    print("TypeError", e)
for bad in [5, None, 1.5, Money(1)]:
    try:
        consume(bad)
    except TypeError as e:
        print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 5


class NextRaises:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("next failed")


for bad in [BadIter(), NextRaises()]:
    try:
        consume(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# nested loops over the same kinds, break/else at hot sites
found = []
for i in range(30):
    for j in (range(i) if i % 2 else list(range(i))):
        if j * j > i:
            found.append((i, j))
            break
    else:
        found.append((i, None))
print("break/else", found[:8], len(found))

# ranges at the edges of 64-bit integers: the loop counter must not wrap
# (ranges beyond 64 bits: tests/conformance-pending/spec_range_bigint.py)
edge = 0
for k in range(2**63 - 6, 2**63 - 1):
    edge += k - (2**63 - 1)
print("range up to 2**63-1", edge)
edge = []
for k in range(-(2**63) + 4, -(2**63), -3):
    edge.append(k + 2**63)
print("range down to -2**63", edge)
print("range len/index", len(range(0, 2**62, 3)), range(0, 2**62, 3)[-1], range(5)[-2], range(-(2**63), 2**63 - 1, 2**62)[-1])
print("range contains at the edges", 2**63 - 2 in range(-(2**63), 2**63 - 1, 2), (2**63 - 1) in range(-(2**63), 2**63 - 1),
      -1 in range(2**63 - 1, -(2**63), -(2**63 - 1)), range(-(2**63), 2**63 - 1, 3)[-1], range(2**63 - 1, -(2**63), -5)[-2])
