# __slots__
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print("point", p)
p.x = 10
print("modified", p)
try:
    p.z = 3
except AttributeError:
    print("AttributeError: cannot add z")
print("has __dict__", hasattr(p, "__dict__"))
print("slots", Point.__slots__)
del p.y
try:
    print(p.y)
except AttributeError:
    print("AttributeError: y deleted")
p.y = 5
print("restored", p)


class P3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"P3({self.x}, {self.y}, {self.z})"


q = P3(1, 2, 3)
print("subclass slots", q)
try:
    q.w = 1
except AttributeError:
    print("AttributeError: cannot add w")


class Loose(Point):
    pass


lo = Loose(0, 0)
lo.extra = "ok"
print("subclass without slots gets dict", lo.extra, hasattr(lo, "__dict__"))


class Single:
    __slots__ = "value"


s = Single()
try:
    s.value
except AttributeError:
    print("AttributeError: unset slot")
s.value = 9
print("single slot", s.value)


class WithDefault:
    __slots__ = ("a", "b")
    kind = "class attr ok"

    def __init__(self):
        self.a = 1


w = WithDefault()
print("class attr with slots", w.kind, w.a)
print("getattr default", getattr(w, "b", "missing"))


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = list(xs)

    def dot(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))


print("dot", Vec(1, 2, 3).dot(Vec(4, 5, 6)))
pts = [Point(i, i * i) for i in range(5)]
print("many", pts)
print("sum y", sum(pt.y for pt in pts))
