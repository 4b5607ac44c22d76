# Attribute sites whose owner is a class (LOAD_ATTR on a type): class
# attributes, methods fetched from the class, classmethods, staticmethods,
# inherited attributes; the class and its bases are mutated afterwards,
# and the same site is fed different classes and instances.


class Config:
    level = 1
    name = "config"

    @classmethod
    def make(cls):
        return cls.__name__ + "@" + str(cls.level)

    @staticmethod
    def helper(x):
        return x * 2

    def method(self):
        return "method"


class Child(Config):
    name = "child"


def level(k):
    return k.level


def name(k):
    return k.name


def make(k):
    return k.make()


def helper(k):
    return k.helper(21)


for i in range(300):
    level(Config)
    name(Child)
    make(Config)
    helper(Child)
print("warm", level(Config), name(Child), make(Config), helper(Child))


def show(tag):
    print(tag, [(level(k), name(k), make(k), helper(k)) for k in (Config, Child, Config(), Child())])


show("start")
Config.level = 2
show("level rebound on base")
Child.level = 10
show("child shadows level")
del Child.name
show("child name deleted")
Config.make = classmethod(lambda cls: "new make for " + cls.__name__)
show("classmethod replaced")
Config.helper = staticmethod(lambda x: "static %r" % x)
show("staticmethod replaced")
Config.helper = lambda self, x=0: "plain function now"
print("function via class needs self:", Config.helper(None, 1), Child().helper(5))
print("plain function via class site", helper(Config), helper(Child()))
Config.helper = lambda self: "takes only self"
print("one argument through the class", helper(Config))
try:
    helper(Child())
except TypeError as e:
    print("TypeError", e)
del Config.helper
try:
    helper(Child)
except AttributeError as e:
    print("AttributeError", e)
Config.helper = staticmethod(lambda x: x + 1)
show("helper back")

# unbound methods through the class at a hot site
def via_class(k, o):
    return k.method(o)


for i in range(200):
    via_class(Config, Child())
print("via class", via_class(Child, Config()))
Config.method = lambda self: "patched method on " + type(self).__name__
print("patched via class", via_class(Child, Child()), via_class(Config, 5))

# the same site over many classes, including builtin types
def get_mro_len(k):
    return len(k.__mro__)


class A:
    pass


class B(A):
    pass


class C(B, Config):
    pass


for _ in range(100):
    get_mro_len(C)
print("mro lengths", [get_mro_len(k) for k in (object, int, bool, A, B, C, Child, dict)])
print("C attrs", C.level, C.name, C.make(), C.helper(1))
A.level = "A level"
print("C after A changes", C.level, [k.__name__ for k in C.__mro__])

# builtin type attribute sites
def fromkeys(k):
    return k.fromkeys("ab", 0)


for _ in range(100):
    fromkeys(dict)


class MyDict(dict):
    pass


print("fromkeys", fromkeys(dict), type(fromkeys(MyDict)).__name__)
print("int attrs", int.__name__, bool.__name__, (5).real, True.imag, (2.5).is_integer())
