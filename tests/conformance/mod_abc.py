# abc: abstract methods, properties and instantiation errors.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...


class Dog(Named):
    @property
    def name(self):
        return "dog"


try:
    Named()
except TypeError as e:
    print("TypeError:", e)
print(Dog().name)


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"


class Child(Base):
    def run(self):
        return "child then " + super().run()


print(Child().run())


class Plain(ABC):
    pass


print(type(Plain()).__name__)
