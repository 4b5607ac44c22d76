# __slots__ entries are member descriptors living in the declaring class's
# dict: they can be fetched from the class, called directly, and shadowed
# by attributes of subclasses; hot slot sites must respect that.


class P2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def gx(o):
    return o.x


def sx(o, v):
    o.x = v


p = P2(1, 2)
for i in range(300):
    sx(p, gx(p) + 1)
print("warm", gx(p))
print("descriptor type", type(P2.x).__name__, "x" in P2.__dict__, "y" in vars(P2))
print("direct get", P2.x.__get__(p), P2.y.__get__(P2(5, 6)))
P2.x.__set__(p, "set directly")
print("direct set", gx(p))
P2.x.__delete__(p)
try:
    gx(p)
except AttributeError as e:
    print("deleted directly:", e)
sx(p, 0)


class Shadow(P2):
    x = "class attr shadows slot descriptor"


sh = Shadow.__new__(Shadow)
for i in range(100):
    gx(p)
print("shadowed slot", gx(sh))
sx(sh, 5)
print("stored in the subclass's dict", gx(sh), sh.__dict__)
sh2 = Shadow(1, 2)
print("init through the shadow", gx(sh2), sh2.y, sh2.__dict__)
for rnd in range(2):
    print(rnd, [gx(o) for o in (p, sh, sh2, P2("a", "b"))])

# replacing the slot descriptor on the class after the sites warmed up
saved = P2.x
P2.x = property(lambda self: "property replaced the slot")
print("replaced", gx(p))
P2.x = saved
print("restored", gx(p))
