# A method site that specialized on a plain function, then the class
# attribute becomes a property, staticmethod, classmethod, a plain value,
# a user descriptor; and instance attributes shadow (or fail to shadow)
# class attributes depending on whether the descriptor is data or non-data.


class Thing:
    def __init__(self, n):
        self.n = n

    def value(self):
        return "method:%d" % self.n


def call_value(o):
    return o.value()


def read_value(o):
    return o.value


t = Thing(5)
for i in range(300):
    call_value(t)
    read_value(t)
print("warm", call_value(t), type(read_value(t)).__name__)

Thing.value = property(lambda self: lambda: "property-returned-callable:%d" % self.n)
print("property returning callable", call_value(t), read_value(t)())
Thing.value = property(lambda self: "prop:%d" % self.n)
print("property", read_value(t))
try:
    call_value(t)
except TypeError as e:
    print("TypeError", e)

Thing.value = staticmethod(lambda: "static")
print("staticmethod", call_value(t), read_value(t)(), Thing.value())
Thing.value = classmethod(lambda cls: "classmethod of " + cls.__name__)
print("classmethod", call_value(t), read_value(t)(), Thing.value())


class Sub(Thing):
    pass


s = Sub(7)
print("classmethod via subclass", call_value(s))
Thing.value = "plain string"
print("plain value", read_value(t), read_value(s))
try:
    call_value(t)
except TypeError as e:
    print("TypeError", e)


# instance attribute shadows a method (non-data descriptor)
def plain(self):
    return "plain function:%d" % self.n


Thing.value = plain
print("function back", call_value(t), call_value(s))
t.value = lambda: "instance lambda"
print("instance shadows method", call_value(t), call_value(s))
del t.value
print("unshadowed", call_value(t))

# a property is a data descriptor: the instance dict cannot shadow it
Thing.value = property(lambda self: "data-prop")
t.__dict__["value"] = "in the dict"
print("property wins over dict", read_value(t), t.__dict__["value"])
try:
    t.value = "assign"
except AttributeError as e:
    print("AttributeError", e)
del Thing.value
print("property removed, dict shows", read_value(t))
del t.__dict__["value"]


class NonData:
    def __get__(self, obj, typ=None):
        return "NonData.__get__(%s)" % (type(obj).__name__ if obj is not None else "None")


class Data:
    def __init__(self):
        self.store = {}

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return "Data.__get__ -> %r" % (self.store.get("k"),)

    def __set__(self, obj, value):
        self.store["k"] = value


Thing.value = NonData()
print("non-data", read_value(t), Thing.value)
t.value = "shadowing non-data"
print("non-data shadowed", read_value(t), read_value(s))
del t.value
d = Data()
Thing.value = d
print("data", read_value(t))
t.value = "through __set__"
print("data after set", read_value(t), "value" in t.__dict__)

# the switch happens inside the hot loop
class Flip:
    def get(self):
        return 1


f = Flip()
out = []
for i in range(300):
    if i == 100:
        Flip.get = property(lambda self: (lambda: 2))
    if i == 200:
        Flip.get = staticmethod(lambda: 3)
    out.append(f.get())
print("flips", out[0], out[99], out[100], out[199], out[200], sum(out))
