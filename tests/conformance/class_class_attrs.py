# Class attributes vs instance attributes, shadowing, class-level counters, mutation
class Dog:
    species = "canis familiaris"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)


a, b = Dog("rex"), Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print("shared class list", Dog.tricks, a.tricks is b.tricks)
print("own lists", a.own_tricks, b.own_tricks)
print("count", Dog.count, a.count, b.count)
a.count = 100
print("instance shadow", a.count, b.count, Dog.count)
del a.count
print("after del falls back", a.count)
Dog.species = "wolf?"
print("class change visible", a.species, b.species)
b.species = "own species"
Dog.species = "canis"
print("shadowed instance unaffected", a.species, b.species)
print("instance dict", sorted(vars(b)), "class has species", "species" in vars(Dog))


class Base:
    value = "base"
    registry = []

    @classmethod
    def register(cls):
        cls.registry.append(cls.__name__)


class Child(Base):
    pass


class Other(Base):
    registry = []


Child.register()
Other.register()
Base.register()
print("inherited mutable registry", Base.registry, Child.registry is Base.registry, Other.registry)
Child.value = "child"
print("override per class", Base.value, Child.value, Other.value)
del Child.value
print("after del on subclass", Child.value)


class Config:
    defaults = {"color": "red"}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


c1 = Config(size=3)
c2 = Config(color="blue")
print("config copies", c1.settings, c2.settings, Config.defaults)


class Counter:
    _instances = 0

    def __init__(self):
        type(self)._instances += 1
        self.id = type(self)._instances


class SubCounter(Counter):
    _instances = 0


ids = [Counter().id, Counter().id, SubCounter().id, Counter().id, SubCounter().id]
print("separate counters via type(self)", ids, Counter._instances, SubCounter._instances)


class Const:
    PI = 3.14159
    E = 2.71828
    NAMES = ("PI", "E")

    @classmethod
    def table(cls):
        return {n: getattr(cls, n) for n in cls.NAMES}


print("constants", Const.table())
print("hasattr class vs instance", hasattr(Dog, "name"), hasattr(a, "name"))
print("method is class attribute", "add_trick" in vars(Dog), callable(Dog.add_trick))
a.add_trick = lambda t: "instance override " + t
print("instance function attr (not bound)", a.add_trick("jump"), b.own_tricks)
