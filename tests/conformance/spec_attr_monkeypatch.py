# Method and class-attribute sites that specialized on a class version,
# then the class, its base, or its grand-base is patched: methods replaced,
# added to a base (so the MRO lookup changes), deleted in a subclass
# (revealing the base's), class attributes rebound; and __bases__ changes.


class Base:
    greeting = "base-greeting"

    def hello(self):
        return "Base.hello"

    def who(self):
        return "Base.who"


class Mid(Base):
    pass


class Leaf(Mid):
    def who(self):
        return "Leaf.who"


def call_hello(o):
    return o.hello()


def call_who(o):
    return o.who()


def read_greeting(o):
    return o.greeting


def bound(o):
    m = o.hello
    return m()


objs = [Base(), Mid(), Leaf()]


def snapshot(tag):
    print(tag, [call_hello(o) for o in objs], [call_who(o) for o in objs], [read_greeting(o) for o in objs],
          [bound(o) for o in objs])


for i in range(300):
    for o in objs:
        call_hello(o)
        call_who(o)
        read_greeting(o)
        bound(o)
snapshot("warm")

Base.hello = lambda self: "patched Base.hello"
snapshot("patch base method")

Mid.hello = lambda self: "Mid.hello added"
snapshot("add to mid")

del Mid.hello
snapshot("del from mid")

del Leaf.who
snapshot("del leaf override")

Leaf.who = lambda self: "Leaf.who is back"
snapshot("leaf override back")

Base.greeting = "new base greeting"
snapshot("rebind base class attr")

Mid.greeting = "mid greeting"
snapshot("shadow in mid")

objs[2].greeting = "instance greeting"
snapshot("instance shadows")

del Mid.greeting
del objs[2].greeting
snapshot("unshadowed")


# patch inside the hot loop, at a known iteration
class Counter:
    def step(self):
        return 1


c = Counter()
total = 0
log = []
for i in range(400):
    if i == 100:
        Counter.step = lambda self: 10
    elif i == 200:
        def step(self):
            return 100
        Counter.step = step
    elif i == 300:
        del Counter.step
        Counter.step = lambda self: 1000
    total += c.step()
    if i % 100 == 99:
        log.append(total)
print("in-loop patches", log, total)


# a method from another class assigned to this class
class Other:
    def hello(self):
        return "Other.hello on " + type(self).__name__


Base.hello = Other.hello
snapshot("borrowed function")


# __bases__ assignment changes the MRO of existing instances
class AltBase:
    greeting = "alt greeting"

    def hello(self):
        return "AltBase.hello"

    def who(self):
        return "AltBase.who"


try:
    Mid.__bases__ = (AltBase,)
    snapshot("bases swapped")
    print("mro", [k.__name__ for k in Leaf.__mro__])
    Mid.__bases__ = (Base,)
    snapshot("bases restored")
except (TypeError, AttributeError) as e:
    print("bases assignment failed", type(e).__name__)


# a callable object and a builtin as class attributes
class CallableAttr:
    def __call__(self, *args):
        return "callable object, args=%d" % len(args)


Base.hello = CallableAttr()
snapshot("callable instance attr (not bound)")
Base.hello = len
try:
    call_hello(objs[0])
except TypeError as e:
    print("builtin not bound:", e)
Base.hello = lambda *a: "varargs lambda got %d" % len(a)
snapshot("varargs")
