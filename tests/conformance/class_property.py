# @property getter/setter/deleter and property() builtin
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print("c", t.celsius, "f", t.fahrenheit)
t.fahrenheit = 212
print("after f set", t.celsius)
t.celsius = -40
print("equal point", t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print("after del", t.celsius)


class ReadOnly:
    @property
    def x(self):
        return 42


r = ReadOnly()
print("readonly", r.x)
try:
    r.x = 1
except AttributeError:
    print("AttributeError on set")
try:
    del r.x
except AttributeError:
    print("AttributeError on delete")


class Old:
    def __init__(self):
        self._v = 1

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v * 2

    def del_v(self):
        del self._v

    v = property(get_v, set_v, del_v, "the v property")


o = Old()
o.v = 5
print("property()", o.v, Old.v.__doc__)
del o.v
print("has _v", hasattr(o, "_v"))
print("is property", isinstance(Old.v, property), type(Old.__dict__["v"]).__name__)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print("area", c.area, c.area, "computed", c.computed)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @property
    def name(self):
        return "child of " + super().name


print("inherited property", Child().name)


class Lazy:
    def __init__(self):
        self._cache = None

    @property
    def data(self):
        if self._cache is None:
            print("  computing")
            self._cache = [i * i for i in range(5)]
        return self._cache


lz = Lazy()
print("lazy", lz.data)
print("lazy again", lz.data)


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ", 1)


pp = Person("Ada", "Lovelace")
pp.full = "Grace Brewster Hopper"
print("person", pp.first, "|", pp.last, "|", pp.full)
