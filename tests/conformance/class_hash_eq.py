# Custom __eq__/__hash__ objects as dict keys and set members
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
uniq = set(pts)
print("unique points", len(uniq), sorted(uniq))
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print("visit counts", sorted(visits.items()))
print("lookup by equal key", visits[Point(1, 2)], Point(9, 9) in visits)
print("eq with other type", Point(1, 2) == (1, 2), Point(1, 2) != "x")
print("list.index/count use eq", pts.index(Point(3, 4)), pts.count(Point(1, 2)))
print("remove uses eq", end=" ")
cp = list(pts)
cp.remove(Point(0, 0))
print(cp)


class Key:
    def __init__(self, name):
        self.name = name
        self.hash_calls = 0

    def __hash__(self):
        self.hash_calls += 1
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()


k1, k2, k3 = Key("Alpha"), Key("ALPHA"), Key("Bravo")
d = {k1: 1}
d[k2] = 2
d[k3] = 3
print("case-insensitive keys", len(d), d[Key("alpha")], d[Key("bravo")])
print("hash called", k1.hash_calls >= 1, k2.hash_calls >= 1)


class Identity:
    pass


i1, i2 = Identity(), Identity()
s = {i1, i2, i1}
print("identity hashing", len(s), i1 in s, Identity() in s)


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError", e)


class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur

    def __eq__(self, other):
        return (self.amount, self.cur) == (other.amount, other.cur)

    def __hash__(self):
        return hash((self.amount, self.cur == "USD"))

    def __repr__(self):
        return f"{self.amount}{self.cur}"


wallet = {Money(5, "USD"): "five", Money(5, "EUR"): "cinq"}
print("wallet", wallet[Money(5, "USD")], wallet[Money(5, "EUR")], len(wallet))
grid = {Point(x, y): x * y for x in range(3) for y in range(3)}
print("grid lookups", grid[Point(2, 2)], grid.get(Point(5, 5), "none"))
print("frozenset of points", sorted(frozenset([Point(1, 1), Point(1, 1), Point(0, 1)])))
print("hash consistent with eq", hash(Point(4, 5)) == hash(Point(4, 5)))
print("dict keys sorted", sorted(grid)[:4])
