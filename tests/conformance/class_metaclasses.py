# User-defined metaclasses: creation hooks, inheritance, attribute lookup
# through the metaclass, __call__ overrides, __prepare__, and call sites
# that warm up (so quickening specializes them) before the metaclass changes.

log = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("new", mcls.__name__, name, tuple(b.__name__ for b in bases)))
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        log.append(("init", name, sorted(k for k in ns if not k.startswith("__"))))
        super().__init__(name, bases, ns)

    def meta_method(cls):
        return "meta_method on " + cls.__name__

    meta_value = 42


class A(metaclass=Meta):
    x = 1

    def hello(self):
        return "hello from " + type(self).__name__


class B(A):
    y = 2


for entry in log:
    print(entry)
print(type(A) is Meta, type(B) is Meta, type(Meta) is type)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta))
print(A.added_by_meta, B.added_by_meta)
print(A.meta_method(), B.meta_method())
print(A.meta_value, B.meta_value)
print(A().hello(), B().hello())
try:
    A().meta_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    A().meta_value
except AttributeError as e:
    print("AttributeError:", e)
print(A.__mro__ == (A, object), Meta.__mro__ == (Meta, type, object))
print(issubclass(Meta, type), isinstance(Meta, type))


# type.__new__ called directly, and the three-argument type() form.
class Direct(type):
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        cls.tag = "direct"
        return cls


class C(metaclass=Direct):
    pass


print(type(C).__name__, C.tag)
D = type("D", (object,), {"z": 3, "f": lambda self: self.z * 2})
print(type(D) is type, D.z, D().f(), D.__name__)
E = Meta("E", (), {"w": 5})
print(type(E) is Meta, E.w, E.added_by_meta)


# Singleton through a metaclass __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value, c2.value)


# A counting __call__, called often enough to warm the call site.
class Counting(type):
    calls = 0

    def __call__(cls, *args, **kwargs):
        Counting.calls += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counting.calls
        return obj


class Point(metaclass=Counting):
    def __init__(self, x, y):
        self.x = x
        self.y = y


total = 0
for i in range(200):
    p = Point(i, i + 1)
    total += p.x + p.y + p.serial
print(Counting.calls, total)


# A plain metaclass whose __call__ is added after the call site warmed up.
class Late(type):
    pass


class Widget(metaclass=Late):
    def __init__(self, n):
        self.n = n


def make_all(n):
    out = []
    for i in range(n):
        out.append(Widget(i))
    return out


print([w.n for w in make_all(50)][-3:])


def late_call(cls, *args):
    obj = type.__call__(cls, *args)
    obj.n = -obj.n
    return obj


Late.__call__ = late_call
print([w.n for w in make_all(5)])
del Late.__call__
print([w.n for w in make_all(3)])


# A metaclass attribute (data descriptor) added after class-attribute loads warmed up.
def read_kind(cls, n):
    seen = []
    for _ in range(n):
        seen.append(cls.kind)
    return seen[-1]


class Kinded(type):
    pass


class K(metaclass=Kinded):
    kind = "class attr"


print(read_kind(K, 100))
Kinded.kind = property(lambda cls: "meta property for " + cls.__name__)
print(read_kind(K, 3))
del Kinded.kind
print(read_kind(K, 3))
del K.kind
Kinded.kind = "meta plain"
print(read_kind(K, 3))


# Metaclass inheritance: the most derived metaclass wins; conflicts raise.
class MetaA(type):
    pass


class MetaB(MetaA):
    pass


class MetaOther(type):
    pass


class X(metaclass=MetaA):
    pass


class Y(X, metaclass=MetaB):
    pass


class Z(Y):
    pass


class W(Y, metaclass=MetaA):
    pass


print(type(Y).__name__, type(Z).__name__, type(W).__name__)


class Unrelated(metaclass=MetaOther):
    pass


try:

    class Bad(X, Unrelated):
        pass

except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad2", (X, Unrelated), {})
except TypeError as e:
    print("TypeError:", e)


# __prepare__, class keywords, and __init_subclass__ alongside a metaclass.
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log2.append(("prepare", name, sorted(kw)))
        return {"preloaded": True}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.keys = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


log2 = []


class Base(metaclass=Ordered):
    def __init_subclass__(cls, flavor="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor

    b = 1
    a = 2


class Sub(Base, flavor="spicy"):
    c = 3


print(log2)
print(Base.keys, Sub.keys, Sub.flavor, Base.preloaded)


class Plain:
    def __init_subclass__(cls, **kw):
        cls.opts = kw


class PlainSub(Plain, opt=1):
    pass


print(PlainSub.opts)


# Metaclass __repr__ and metaclass methods with arguments.
class Pretty(type):
    def __repr__(cls):
        return "<pretty " + cls.__name__ + ">"

    def create(cls, *args):
        return cls(*args)


class Thing(metaclass=Pretty):
    def __init__(self, v):
        self.v = v


print(repr(Thing), str(Thing), [Thing])
print(Thing.create(7).v)


# A registry metaclass, a common tutorial pattern.
class Registry(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(Registry.registry), Registry.registry["csv" + "plugin"] is CsvPlugin)


# The errors CPython gives for subclassing the unsubclassable.
try:

    class NotOk(bool):
        pass

except TypeError as e:
    print("TypeError:", e)


# Container protocols on the class itself through its metaclass (Enum-like).
class Members(type):
    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, item):
        return item in cls._members

    def __getitem__(cls, i):
        return cls._members[i].upper()


class Color(metaclass=Members):
    _members = ["red", "green", "blue"]


print(list(Color), len(Color), "red" in Color, "pink" in Color, Color[1])
try:
    len(A)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(A)
except TypeError as e:
    print("TypeError:", e)


# A metaclass property with a setter intercepts assignment on the class.
class Validated(type):
    @property
    def limit(cls):
        return cls._limit

    @limit.setter
    def limit(cls, value):
        if value < 0:
            raise ValueError("limit must be >= 0")
        cls._limit = value

    @property
    def frozen(cls):
        return True


class Box(metaclass=Validated):
    _limit = 1


for i in range(60):
    Box.limit = i
print(Box.limit, "limit" in Box.__dict__, Box._limit)
try:
    Box.limit = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Box.frozen = False
except AttributeError as e:
    print("AttributeError:", e)
print(Box.frozen)


# Class keywords nobody accepts.
try:

    class NoKw(x=1):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class NoKw2(Plain.__base__, y=2):
        pass

except TypeError as e:
    print("TypeError:", e)


# __prepare__ returning an OrderedDict; a metaclass __getattr__.
from collections import OrderedDict


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()

    def __new__(mcls, name, bases, ns):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

    def __getattr__(cls, name):
        if name.startswith("get_"):
            return "dynamic " + name[4:]
        raise AttributeError(name)


class Form(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3


print(Form.order, Form.zeta, Form.get_thing)
for i in range(30):
    last = Form.get_x
print(last)
try:
    Form.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Form, "get_y"), hasattr(Form, "nope"), hasattr(Form(), "get_y"))
