# One `o.x` load site and one `o.x = v` store site used with instances of
# many classes, with attributes inserted in different orders (different
# shapes), with many attributes, and with classes that share a base.


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def get_y(o):
    return o.y


class A:
    def __init__(self):
        self.x = "A.x"
        self.y = "A.y"


class B:
    def __init__(self):
        self.y = "B.y"
        self.x = "B.x"


class C(A):
    pass


class D(A):
    def __init__(self):
        self.z = 0
        A.__init__(self)


class E:
    x = "E class attr"


class F:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = "F.x"
        self.y = "F.y"


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.x = "Many.x(%d)" % n
        self.y = n


a = A()
for i in range(300):
    get_x(a)
    set_x(a, i)
print("warm", get_x(a), get_y(a))

objs = [A(), B(), C(), D(), E(), F(), Many(3), Many(40), Many(0)]
for rnd in range(3):
    print(rnd, [get_x(o) for o in objs])
    print(rnd, [get_y(o) if not isinstance(o, E) else "-" for o in objs])
    for k, o in enumerate(objs):
        set_x(o, (rnd, k))
    print(rnd, "after store", [get_x(o) for o in objs])
print("E class attr untouched", E.x, "instance", objs[4].x, objs[4].__dict__)

# the same class, instances with diverging shapes
class P:
    pass


ps = []
for i in range(12):
    p = P()
    if i % 3 == 0:
        p.x = i
        p.y = -i
    elif i % 3 == 1:
        p.y = -i
        p.x = i
    else:
        p.w = "w"
        p.x = i
        p.y = -i
        p.v = "v"
    ps.append(p)
total = 0
for rep in range(50):
    for p in ps:
        total += get_x(p) - get_y(p)
print("shapes", total, [sorted(vars(p)) for p in ps[:3]])
print("dict order", [list(vars(p)) for p in ps[:3]])

# grow one instance through many shapes while its site is hot
g = P()
g.x = 0
trace = []
for i in range(60):
    setattr(g, "f%d" % i, i)
    set_x(g, get_x(g) + i)
    if i % 15 == 0:
        trace.append(get_x(g))
print("grown", trace, get_x(g), len(vars(g)))
for i in range(0, 60, 2):
    delattr(g, "f%d" % i)
print("shrunk", get_x(g), len(vars(g)), list(vars(g))[:5])
g.x = "moved"
print("x after deletes", get_x(g), list(vars(g))[0])

# different classes sharing the store site, then reading with another site
class Q:
    def __init__(self, first):
        if first:
            self.x = 1
        self.y = 2


qs = [Q(True), Q(False)] * 100
for q in qs:
    set_x(q, get_y(q) * 3)
print("Q", sum(get_x(q) for q in qs), list(vars(qs[1])))
try:
    get_x(Q(False))
except AttributeError as e:
    print("AttributeError", e)
try:
    get_y(E())
except AttributeError as e:
    print("AttributeError", e)
