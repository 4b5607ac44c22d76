# __slots__ classes at hot load/store sites: slot reads next to dict reads,
# unset slots (AttributeError), deleted slots, subclasses adding slots or a
# __dict__, slots shadowed by class attributes of subclasses, and writes to
# names that are not slots.


class P2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3(P2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        P2.__init__(self, x, y)
        self.z = z


class WithDict(P2):
    pass


class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def gx(o):
    return o.x


def sx(o, v):
    o.x = v


def gy(o):
    return o.y


p = P2(1, 2)
for i in range(300):
    sx(p, gx(p) + gy(p))
print("warm", gx(p), gy(p))

objs = [P2(1, 2), P3(3, 4, 5), WithDict(6, 7), Plain(8, 9)]
objs[2].extra = "dict attr"
for rnd in range(3):
    print(rnd, [gx(o) for o in objs], [gy(o) for o in objs])
    for k, o in enumerate(objs):
        sx(o, rnd * 10 + k)
print("WithDict dict", objs[2].__dict__, "slots not in dict:", "x" in objs[2].__dict__)

# unset and deleted slots
u = P2.__new__(P2)
try:
    gx(u)
except AttributeError as e:
    print("unset slot:", e)
sx(u, "now set")
print("set", gx(u))
del u.x
try:
    gx(u)
except AttributeError as e:
    print("deleted slot:", e)
try:
    del u.x
except AttributeError as e:
    print("double delete:", e)
sx(u, "again")
print("again", gx(u), hasattr(u, "y"))

# assigning a non-slot name fails without a __dict__
try:
    p.w = 1
except AttributeError as e:
    print("no dict:", e)
try:
    p.__dict__
except AttributeError as e:
    print("no __dict__:", e)
print("slots", P2.__slots__, P3.__slots__, hasattr(P3(1, 2, 3), "__dict__"), hasattr(objs[2], "__dict__"))


# a loop where the slot is unset on some instances
pts = [P2(i, -i) for i in range(20)]
for q in pts[::4]:
    del q.y
total = 0
missing = 0
for rep in range(20):
    for q in pts:
        try:
            total += gy(q)
        except AttributeError:
            missing += 1
print("partially unset", total, missing)


# a subclass that replaces a slot with a property
class Prop(P2):
    @property
    def y(self):
        return "property y"


pr = Prop.__new__(Prop)
print("property over slot", gy(pr))
try:
    Prop(1, 2)
except AttributeError as e:
    print("init through property:", e)
for rnd in range(2):
    print(rnd, "mixed", [gy(o) for o in [P2(0, "a"), pr, Plain(0, "b"), P3(0, "c", 0)]])
