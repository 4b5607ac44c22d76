# Class instantiation sites (CALL_ALLOC_AND_ENTER_INIT territory) while the
# class changes: __init__ replaced, deleted (falling back to the base's),
# __new__ added later (returning the instance, another type, or a cached
# object), __init__ returning non-None, and subclasses of builtins.


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Base:
    def __init__(self, *args):
        self.base_args = args


class Derived(Base):
    def __init__(self, a):
        Base.__init__(self, a, "via derived")


def make(cls, *args):
    return cls(*args)


for i in range(300):
    make(Point, i, i)
    make(Derived, i)
print("warm", make(Point, 1, 2), make(Derived, 3).base_args)

Point.__init__ = lambda self, x, y=0: setattr(self, "x", ("new init", x)) or setattr(self, "y", y)
print("init replaced", make(Point, 1, 2))
del Derived.__init__
print("init deleted: base's runs", make(Derived, 1, 2, 3).base_args)
try:
    make(Derived)
    print("no args ok", make(Derived).base_args)
except TypeError as e:
    print("TypeError", e)
Base.__init__ = lambda self, a, b: setattr(self, "base_args", ("patched base", a, b))
print("base init patched", make(Derived, 1, 2).base_args)
try:
    make(Derived, 1)
except TypeError as e:
    print("TypeError", e)


def bad_init(self, x, y=0):
    return 42


Point.__init__ = bad_init
try:
    make(Point, 1)
except TypeError as e:
    print("TypeError", e)


def none_init(self, x, y=0):
    self.x = x
    self.y = y
    return None


Point.__init__ = none_init
print("explicit None is fine", make(Point, 5))

# __new__ added after the site warmed up
log = []


def new_logging(cls, *args, **kw):
    log.append(("new", cls.__name__, args))
    return object.__new__(cls)


Point.__new__ = new_logging
print("with __new__", make(Point, 7, 8), log)
cache = {}


def new_cached(cls, x, y=0):
    key = (x, y)
    if key not in cache:
        cache[key] = object.__new__(cls)
    return cache[key]


Point.__new__ = new_cached
a = make(Point, 1, 1)
b = make(Point, 1, 1)
print("cached instances", a is b, a, len(cache))


def new_other(cls, *args):
    return "not a Point"


Point.__new__ = new_other
print("__new__ returns another type (no __init__)", make(Point, 1, 2))
# (not `del Point.__new__`: CPython 3.11 then keeps a stale slot and
# rejects the arguments, an implementation quirk)
Point.__new__ = lambda cls, *args: object.__new__(cls)
print("__new__ back to a plain allocation", make(Point, 3, 4))


# __new__ on a subclass of a builtin
class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())


class Even(int):
    def __new__(cls, v):
        return int.__new__(cls, v - v % 2)


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


for i in range(100):
    make(Upper, "x")
    make(Even, i)
    make(Pair, i, -i)
print("builtin subclasses", make(Upper, "abc"), make(Even, 7), make(Pair, 1, 2).swap(), type(make(Pair, 1, 2)).__name__)
Even.__new__ = lambda cls, v: int.__new__(cls, v * 10)
print("Even patched", make(Even, 7))


class Counted(list):
    instances = 0

    def __init__(self, *a):
        list.__init__(self, *a)
        Counted.instances += 1


for i in range(150):
    make(Counted, range(i % 4))
print("Counted", Counted.instances, make(Counted, "ab"), Counted.instances)

# instantiation errors at the hot site
for cls, args in [(Point, ()), (Point, (1, 2, 3)), (int, ("x",)), (object, (1,)), (Pair, (1,))]:
    try:
        make(cls, *args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class NoInit:
    pass


for i in range(100):
    make(NoInit)
NoInit.__init__ = lambda self, v: setattr(self, "v", v)
print("init added later", make(NoInit, "now").v)
try:
    make(NoInit)
except TypeError as e:
    print("TypeError", e)
