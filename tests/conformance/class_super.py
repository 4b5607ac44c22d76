# super(): zero-arg and two-arg forms, classmethods, properties through super
class Base:
    def __init__(self, value):
        self.value = value

    def show(self):
        return f"Base.show({self.value})"

    @classmethod
    def create(cls, v):
        return cls(v)

    @staticmethod
    def helper():
        return "Base.helper"


class Mid(Base):
    def __init__(self, value):
        super(Mid, self).__init__(value * 10)

    def show(self):
        return "Mid+" + super(Mid, self).show()

    @classmethod
    def create(cls, v):
        obj = super().create(v + 1)
        obj.tag = "Mid.create"
        return obj


class Leaf(Mid):
    def show(self):
        return "Leaf+" + super().show()

    def skip(self):
        return super(Mid, self).show()


leaf = Leaf(2)
print("value", leaf.value)
print("show", leaf.show())
print("skip", leaf.skip())
made = Leaf.create(4)
print("classmethod via super", type(made).__name__, made.value, made.tag)
print("static via super", super(Leaf, leaf).helper())


class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)


class Item(Logged):
    def __init__(self, n):
        self.n = n
        self.double = n * 2


it = Item(3)
print("item", it.n, it.double)


class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def total(self):
        return sum(self)


ml = MyList([1, 2])
ml.append(5)
print("MyList", ml, ml.total(), len(ml), isinstance(ml, list))


class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


ud = UpperDict()
ud["a"] = 1
ud["b"] = 2
print("UpperDict", ud, "A" in ud)


class Shape:
    def __init__(self, **kw):
        self.extra = kw

    def describe(self):
        return "shape"


class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)

    def describe(self):
        return self.color + " " + super().describe()


class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)

    def describe(self):
        return f"size{self.size} " + super().describe()


class Widget(Colored, Sized):
    pass


w = Widget(color="blue", size=5, extra_flag=True)
print("widget", w.color, w.size, w.extra)
print("describe", w.describe())
print("widget mro", [c.__name__ for c in Widget.__mro__])


class Str(str):
    def shout(self):
        return super().upper() + "!"


print("str subclass", Str("hey").shout(), Str("ab") + "c", len(Str("xyz")))


class Num(int):
    def __add__(self, other):
        return Num(super().__add__(other) * 1)

    def __repr__(self):
        return f"Num({int(self)})"


print("int subclass", Num(3) + 4, type(Num(3) + 4).__name__, Num(5) * 2)
