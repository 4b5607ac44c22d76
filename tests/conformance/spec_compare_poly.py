# One comparison site per operator, warmed with ints, then fed floats,
# strings, tuples, lists, big ints, bools, user classes (with reflected
# and NotImplemented paths) and subclasses overriding the comparison.
import functools


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


OPS = [("lt", lt), ("le", le), ("eq", eq), ("ne", ne), ("gt", gt), ("ge", ge)]

for name, f in OPS:
    c = 0
    for i in range(300):
        if f(i, 150):
            c += 1
    print("warm", name, c)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


class Always:
    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return "yes-lt"

    def __gt__(self, other):
        return "yes-gt"


class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)

    def __gt__(self, other):
        return int(self) < int(other)


class CaseStr(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    __hash__ = str.__hash__


class LenList(list):
    def __lt__(self, other):
        return len(self) < len(other)


pairs = [
    (1, 2), (2, 1), (3, 3), (2**64, 2**64 + 1), (-(2**64), 1), (1.5, 2), (2, 1.5), (2.0, 2),
    ("abc", "abd"), ("b", "abc"), ("", ""), ("é", "e"), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)),
    ([1, 2], [1, 2]), ([3], [1, 9]), (True, False), (True, 1), (False, 0.0),
    (Version(1, 2), Version(1, 10)), (Version(2), Version(2)), (RevInt(1), RevInt(2)), (RevInt(5), 3),
    (3, RevInt(5)), (CaseStr("AbC"), "abc"), ("abc", CaseStr("ABC")), (LenList([9, 9]), LenList([1, 1, 1])),
    (None, None),
]
for rnd in range(2):
    for a, b in pairs:
        row = []
        for name, f in OPS:
            try:
                row.append(f"{name}={f(a, b)}")
            except TypeError as e:
                row.append(f"{name}=TypeError({e})")
        print(rnd, repr(a), repr(b), " ".join(row))

al = Always()
print("Always", lt(al, 1), gt(al, 1), lt(1, al), gt(1, al), eq(1, al), ne(al, 2), le(2, 3))

for a, b in [(1, "a"), ("a", 1), (None, 1), ([1], (1,)), (Version(1), 1), (1.5, "x"), ({1}, 1)]:
    for name, f in OPS:
        try:
            print("mixed", name, repr(a), repr(b), f(a, b))
        except TypeError as e:
            print("mixed", name, repr(a), repr(b), "TypeError", e)

# sorting uses the same comparisons on many types
print(sorted([Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]))
print(sorted([3, 1.5, True, 2**70, -2.5, 0]))
print(sorted(["b", "a", "B", "ab", ""]))
print(sorted([RevInt(3), RevInt(1), RevInt(2)]))

# chained comparisons in a hot loop with mixed types
c = 0
for i in range(300):
    v = i if i % 3 else i / 2
    if 10 < v <= 100.5 != v:
        c += 1
print("chained", c)
