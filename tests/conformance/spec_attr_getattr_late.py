# __getattr__ and __getattribute__ added to a class (or its base) after the
# attribute sites specialized, then removed again; __setattr__ and
# __delattr__ added late as well.


class Base:
    pass


class Obj(Base):
    cls_attr = "class value"

    def __init__(self):
        self.a = "instance a"

    def meth(self):
        return "meth"


def ra(o):
    return o.a


def rmissing(o):
    return o.missing


def rcls(o):
    return o.cls_attr


def cmeth(o):
    return o.meth()


def wa(o, v):
    o.a = v


o = Obj()
for i in range(300):
    ra(o)
    rcls(o)
    cmeth(o)
    try:
        rmissing(o)
    except AttributeError:
        pass
print("warm", ra(o), rcls(o), cmeth(o))


def show(tag):
    row = []
    for f in (ra, rmissing, rcls, cmeth):
        try:
            row.append(repr(f(o)))
        except (AttributeError, TypeError) as e:
            row.append("%s(%s)" % (type(e).__name__, e))
    print(tag, " | ".join(row))


show("plain")
Obj.__getattr__ = lambda self, name: "getattr:" + name
show("__getattr__ added")
for i in range(100):
    rmissing(o)
del o.a
show("instance attr deleted")
o.a = "instance a again"
del Obj.__getattr__
show("__getattr__ removed")

Base.__getattr__ = lambda self, name: "base getattr:" + name
show("__getattr__ on base")
del Base.__getattr__

log = []


def tracing(self, name):
    log.append(name)
    if name == "a":
        return "intercepted a"
    return object.__getattribute__(self, name)


Obj.__getattribute__ = tracing
show("__getattribute__ added")
print("log", log)
log.clear()
Obj.__getattr__ = lambda self, name: "fallback:" + name
show("both")
print("log", log)
del Obj.__getattribute__
del Obj.__getattr__
show("both removed")

Base.__getattribute__ = lambda self, name: "base sees " + name
show("__getattribute__ on base")
try:
    print("method call through base getattribute", o.meth())
except TypeError as e:
    print("TypeError", e)
del Base.__getattribute__
show("base removed")


def raising(self, name):
    raise AttributeError("custom refusal of " + name)


Obj.__getattribute__ = raising
show("raising __getattribute__")
Obj.__getattr__ = lambda self, name: "rescued " + name
show("rescued by __getattr__")
del Obj.__getattribute__
del Obj.__getattr__

# __setattr__ / __delattr__ added late
writes = []
for i in range(200):
    wa(o, i)
print("store warm", o.a)


def spy_set(self, name, value):
    writes.append((name, value))
    object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)


Obj.__setattr__ = spy_set
for i in range(3):
    wa(o, i + 10)
print("spied", writes, ra(o))
del Obj.__setattr__
wa(o, 99)
print("unspied", ra(o), len(writes))
Obj.__delattr__ = lambda self, name: writes.append(("del", name))
del o.a
print("delattr hook", writes[-1], ra(o))
del Obj.__delattr__
del o.a
print("really deleted", hasattr(o, "a"))

# a hot loop where __getattr__ appears halfway
class Lazy:
    def __init__(self):
        self.x = 1


lz = Lazy()
vals = []
for i in range(200):
    if i == 100:
        Lazy.__getattr__ = lambda self, name: len(name)
    try:
        vals.append(lz.x + lz.yy)
    except AttributeError:
        vals.append(-1)
print("halfway", vals[0], vals[99], vals[100], vals.count(-1), vals.count(3))
