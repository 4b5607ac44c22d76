# abc.ABCMeta as a real metaclass, and isinstance/issubclass hooks on a
# metaclass, checked from warm (quickened) call sites.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


print(type(Shape) is ABCMeta, type(Square) is ABCMeta, isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
total = 0
for i in range(300):
    s = Square(i)
    total += s.area() + s.perimeter()
print(total)


class Base(ABC):
    @abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return "run"


print(type(Base).__name__, Impl().run())
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


class Dog:
    pass


hits = 0
for i in range(200):
    if isinstance(Robot(), Duck):
        hits += 1
    if isinstance(Dog(), Duck):
        hits += 100
print(hits)
print(isinstance(Robot(), (int, Duck)), isinstance(Dog(), (int, Duck)), isinstance(3, (int, Duck)))
print(issubclass(Robot, Duck), issubclass(Dog, Duck), issubclass(Dog, (Duck, Dog)))
print(isinstance(Duck(), Duck))
