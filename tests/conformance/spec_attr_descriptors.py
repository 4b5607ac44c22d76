# Data and non-data descriptors written in Python, properties with setters
# and deleters, all at hot load/store sites; the descriptor's methods are
# patched (adding __set__ turns a non-data descriptor into a data one)
# after the sites specialized.


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, typ=None):
        if obj is None:
            return "Typed descriptor " + self.name
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name + " must be int, got " + type(value).__name__)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


calls = []


class Model:
    count = Typed()

    def __init__(self, n):
        self.count = n
        self._temp = 20

    @Lazy
    def expensive(self):
        calls.append("computed")
        return self.count * 100

    @property
    def temp(self):
        return self._temp

    @temp.setter
    def temp(self, v):
        self._temp = max(-273, v)

    @temp.deleter
    def temp(self):
        self._temp = "deleted"


def rc(m):
    return m.count


def wc(m, v):
    m.count = v


def rt(m):
    return m.temp


def wt(m, v):
    m.temp = v


def re(m):
    return m.expensive


m = Model(1)
for i in range(300):
    wc(m, rc(m) + 1)
    wt(m, rt(m) - 2)
print("warm", rc(m), rt(m), Model.count)
try:
    wc(m, "x")
except TypeError as e:
    print("TypeError", e)
del m.count
print("deleted through descriptor", rc(m))
wc(m, 5)
print("lazy", [re(m) for _ in range(3)], calls, "expensive" in m.__dict__)
m2 = Model(2)
print("lazy per instance", re(m2), re(m), calls)
del m.temp
print("deleter", rt(m))
wt(m, -1000)
print("clamped", rt(m))

# Replacing the descriptor's methods after the sites warmed up
for i in range(200):
    rc(m)
Typed.__get__ = lambda self, obj, typ=None: "patched get" if obj is not None else self
print("patched __get__", rc(m), rc(m2))
del Typed.__set__
try:
    wc(m, "still data (has __delete__)")
except AttributeError as e:
    print("AttributeError", e)
del Typed.__delete__
wc(m, "anything now")
print("no __set__ any more: instance dict wins", rc(m), m.__dict__.get("count"))
Typed.__set__ = lambda self, obj, v: obj.__dict__.__setitem__("set_log", v)
print("__set__ back: data descriptor again", rc(m))
wc(m, 77)
print("set_log", m.__dict__.get("set_log"), m.__dict__.get("count"))


class NonData:
    def __get__(self, obj, typ=None):
        return "from NonData"


class Holder:
    attr = NonData()


h = Holder()
for i in range(200):
    h.attr
print("non-data", h.attr)
h.attr = "instance value"
print("instance shadows", h.attr)
NonData.__set__ = lambda self, obj, v: None
print("now data descriptor", h.attr)
del NonData.__set__
print("non-data again", h.attr)
NonData.__get__ = lambda self, obj, typ=None: "changed get"
del h.attr
print("changed get", h.attr)
del NonData.__get__
print("no __get__: the descriptor object itself", type(h.attr).__name__)


# property objects created and swapped at runtime
class Temp:
    def __init__(self):
        self._c = 0


def getc(self):
    return self._c


def setc(self, v):
    self._c = v


Temp.c = property(getc)
tt = Temp()
for i in range(100):
    tt.c
try:
    tt.c = 5
except AttributeError as e:
    print("read-only property:", e)
Temp.c = property(getc, setc)
for i in range(100):
    tt.c = i
print("settable", tt.c, tt._c)
Temp.c = Temp.c.getter(lambda self: "new getter %d" % self._c)
print("getter()", tt.c)
Temp.c = property(None, setc)
try:
    tt.c
except AttributeError as e:
    print("write-only:", e)
print("docs", property(getc, doc="the c").__doc__)
