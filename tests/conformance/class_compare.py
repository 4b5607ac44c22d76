# Rich comparison dunders and __hash__
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        print(f"  eq {self} {o}")
        return self.parts == o.parts

    def __ne__(self, o):
        print(f"  ne {self} {o}")
        return self.parts != o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __hash__(self):
        return hash(self.parts)


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print("lt", a < b, "le", a <= c, "gt", b > a, "ge", a >= b)
print("eq", a == c)
print("ne", a != b)
print("sorted", sorted([Version("2.0"), Version("1.0.1"), Version("1.0")]))
print("max", max(a, b))
print("hash equal", hash(a) == hash(c))
s = {a: "first"}
print("dict lookup by equal key", s[c])


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"L{self.v}"


print("reflected gt uses lt", OnlyLt(5) > OnlyLt(3), OnlyLt(1) > OnlyLt(3))
print("sort with only lt", sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError", e)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v


print("ne derived from eq", OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print("eq makes unhashable", OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


p1, p2 = Plain(), Plain()
print("identity eq", p1 == p1, p1 == p2, p1 != p2)
print("hashable default", hash(p1) == hash(p1))
print("eq with other types", OnlyEq(1) == 1, 1 == OnlyEq(1))


class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, r, s):
        self.r, self.s = r, s

    def key(self):
        return (self.RANKS.index(self.r), self.s)

    def __eq__(self, o):
        return self.key() == o.key()

    def __lt__(self, o):
        return self.key() < o.key()

    def __hash__(self):
        return hash(self.key()[0]) * 31 + len(self.s)

    def __repr__(self):
        return self.r + self.s


hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("2", "c")]
print("hand sorted", sorted(hand))
print("min/max", min(hand), max(hand))
print("in list uses eq", Card("A", "d") in hand)
print("unique", len({Card("2", "s"), Card("2", "s"), Card("3", "s")}))
print("chained", Version("1.0") < Version("1.1") < Version("2.0"))
