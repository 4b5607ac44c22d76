# __getattr__, __setattr__, __delattr__, __getattribute__ delegation
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)


class Target:
    def __init__(self):
        self.a = 1

    def hello(self):
        return "hello from target"


t = Target()
p = Proxy(t)
print("proxied", p.a, p.hello())
p.b = 2
print("set through", t.b)
print("log", p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)


class Defaults:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")


d = Defaults()
print("real attr not routed", d.real)
print("dynamic", d.opt_color, getattr(d, "opt_size"))
print("hasattr", hasattr(d, "opt_x"), hasattr(d, "nope"))
print("getattr default", getattr(d, "nope", "dflt"))


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


f = Frozen(x=1, y=2)
print("frozen", f.x, f.y)
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.y
except AttributeError as e:
    print("AttributeError", e)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  deleting", name)
        super().__delattr__(name)


v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError", e)
print("age", v.age)
del v.age
print("has age", hasattr(v, "age"))


class Counting:
    def __init__(self):
        self.hits = 0

    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)

    def m(self):
        return "m"


c = Counting()
c.m()
c.m()
_ = c.__class__
print("getattribute hits", c.hits)


class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v


ad = AttrDict(a=1)
ad.b = 2
print("attrdict", ad.a, ad.b, ad)
print("getattr on attrdict default", getattr(ad, "zz", None))
setattr(t, "dyn", 7)
print("setattr/getattr/delattr", getattr(t, "dyn"))
delattr(t, "dyn")
print("after delattr", hasattr(t, "dyn"))
