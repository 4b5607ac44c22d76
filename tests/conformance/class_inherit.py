# Single inheritance, overriding, super()
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"

    def describe(self):
        return f"{self.name} is a {self.kind()}"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!" * self.age

    def kind(self):
        return "puppy (" + super().kind() + ")"


class Cat(Animal):
    sound = "meow"


for x in (Animal("gen"), Dog("rex"), Puppy("bit", 3), Cat("tom")):
    print(type(x).__name__, "|", x.speak(), "|", x.describe())

p = Puppy("bit", 2)
print("isinstance", isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print("issubclass", issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, object))
print("isinstance tuple", isinstance(p, (Cat, Dog)), isinstance(3, (str, float)))
print("mro", [c.__name__ for c in Puppy.__mro__])
print("bases", [c.__name__ for c in Puppy.__bases__], Animal.__bases__[0].__name__)


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


print("shapes", [Rect(2, 3), Square(4)])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hook(self):
        return "base hook"

    def run(self):
        return self.hook()


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")

    def hook(self):
        return "derived hook"


d = Derived()
print("log", d.log, d.run(), Base.run(d))


class Counter:
    total = 0

    def __init__(self):
        type(self).total += 1


class SubCounter(Counter):
    pass


Counter()
SubCounter()
SubCounter()
print("class attr per class", Counter.total, SubCounter.total)
