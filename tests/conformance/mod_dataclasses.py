# dataclasses: generated __init__/__repr__/__eq__, order, frozen, fields, asdict, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print([f.name for f in fields(Point)], asdict(p), astuple(p))
print(replace(p, y=9), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1


a = Inventory("a")
b = Inventory("b")
a.add("apple")
print(a, b, a.count)
print(Inventory("x", [1], 1, "p") == Inventory("x", [1], 1, "q"))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3.5))


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), [f.name for f in fields(Point3)])


@dataclass
class Nested:
    origin: Point
    path: list


n = Nested(Point(0, 0), [Point(1, 1), Point(2, 2)])
print(asdict(n))
print(astuple(n))


@dataclass(eq=False)
class Identity:
    v: int


i = Identity(1)
print(i == Identity(1), i == i, type(hash(i)).__name__)


@dataclass(repr=False)
class NoRepr:
    v: int


print(repr(NoRepr(1)).startswith("<"))


@dataclass
class WithKw:
    a: int
    b: int = 2
    _: dataclasses.KW_ONLY
    c: int = 3


print(WithKw(1), WithKw(1, 5, c=7))
try:
    WithKw(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

for bad in ("ordering", "mutable", "both"):
    try:
        if bad == "ordering":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif bad == "mutable":
            @dataclass
            class Bad2:
                a: list = []
        else:
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

match Point(0, 7):
    case Point(0, y):
        print("matched y =", y)

print(Point.__annotations__)
