# enum: Enum, IntEnum, StrEnum, Flag, auto, unique, lookups and iteration.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(list(Color), len(Color))
print([c.name for c in Color], Color.RED in Color)
print(Color.RED.describe(), Color.favourite())
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(sorted(Color.__members__))
print(f"{Color.RED}", "%s" % Color.BLUE, str(Color.GREEN))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), Shape.TRIANGLE.value)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.HIGH}", Priority(5), Priority.LOW == 1)
print(int(Priority.HIGH), max(Priority), [p.value for p in Priority])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.WRITE.upper())


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(list(rw), repr(Perm(0)), len(rw))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.C, repr(Bits.A | Bits.B), Bits.B & 2, int(Bits.C))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = "a"
    B = "b"


print(list(Fine))


def handle(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print([handle(c) for c in Color])
print(hash(Priority.LOW) == hash(1), {Priority.LOW: "low"}[1], hash(Mode.WRITE) == hash("w"))
