# @staticmethod, @classmethod, alternative constructors
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


d = Date.from_string("2024-02-10")
print("from_string", d, d.days_in_month())
print("leap", [y for y in (1900, 2000, 2023, 2024, 2100) if Date.is_leap(y)])
print("static via instance", d.is_leap(2020))


class FancyDate(Date):
    pass


fd = FancyDate.from_string("2023-11-05")
print("subclass classmethod", fd, type(fd).__name__, fd.days_in_month())


class Registry:
    _items = []

    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return len(cls._items)

    @classmethod
    def count(cls):
        return len(cls._items)


print("register", Registry.register("a"), Registry.register("b"), Registry.count())


class Counter:
    instances = 0

    def __init__(self):
        Counter.bump()

    @classmethod
    def bump(cls):
        cls.instances += 1

    @staticmethod
    def describe():
        return "counts instances"


for _ in range(3):
    Counter()
print("instances", Counter.instances, Counter.describe())


class Pizza:
    def __init__(self, toppings):
        self.toppings = toppings

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @classmethod
    def prosciutto(cls):
        return cls(["mozzarella", "tomato", "ham"])

    def __repr__(self):
        return f"Pizza({self.toppings})"


print(Pizza.margherita(), Pizza.prosciutto())

sm = staticmethod(lambda x: x + 1)
cm = classmethod(lambda cls: cls.__name__)


class Manual:
    inc = sm
    name = cm


print("manual", Manual.inc(1), Manual().inc(2), Manual.name(), Manual().name())
print("types", type(Manual.__dict__["inc"]).__name__, type(Manual.__dict__["name"]).__name__)


class Temp:
    unit = "C"

    @classmethod
    def set_unit(cls, u):
        cls.unit = u


class SubTemp(Temp):
    pass


SubTemp.set_unit("F")
print("classmethod sets on subclass", Temp.unit, SubTemp.unit)
