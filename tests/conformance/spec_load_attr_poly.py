# One method-load site sees instances of many classes: it keeps several
# receivers, and every change that could alter what the load finds
# (patching a class or a base, shadowing in the instance dict, deleting,
# reassigning __class__, a tenth class) must still give CPython's answers.


class Base:
    def __init__(self, n):
        self.n = n

    def kind(self):
        return "base"

    def value(self):
        return self.n


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    def kind(self):
        return "B"


class C(B):
    pass


class D(Base):
    def kind(self):
        return "D" + str(self.n)


class Duck:
    def __init__(self, n):
        self.n = n

    def kind(self):
        return "duck"


def kinds(objs):
    return [o.kind() for o in objs]


objs = [A(1), B(2), C(3), D(4), Duck(5), Base(6)]
for _ in range(50):
    r = kinds(objs)
print(r)

# Patch a base: C inherits the new B.kind, the others are untouched.
B.kind = lambda self: "patched B"
print(kinds(objs))
# Patch the common base's method that A does not override.
Base.kind = lambda self: "patched base"
print(kinds(objs))
# Shadow the method in one instance's dict.
objs[0].kind = lambda: "instance attr"
print(kinds(objs))
del objs[0].kind
print(kinds(objs))
# Delete an override: D falls back to Base's.
del D.kind
print(kinds(objs))
# Reassign __class__.
objs[4].__class__ = A
print(kinds(objs))

# More classes than the site keeps.
classes = [type("K%d" % i, (Base,), {"kind": (lambda i: lambda self: "K%d" % i)(i)}) for i in range(12)]
many = [k(i) for i, k in enumerate(classes)]
for _ in range(30):
    r = kinds(many)
print(r)

# Same class, different instance layouts (shapes).
x, y = Base(1), Base(2)
y.extra = 1
z = Base(3)
del z.n
z.n = 9
for _ in range(40):
    r = [o.value() for o in (x, y, z)]
print(r)


# A class whose method is replaced by a non-function, then a property.
class E(Base):
    def kind(self):
        return "E"


e = E(0)
mixed = [e, A(1)]
for _ in range(40):
    kinds(mixed)
E.kind = staticmethod(lambda: "static E")
print(kinds(mixed))
E.kind = property(lambda self: lambda: "property E")
print(kinds(mixed))
E.kind = 5
try:
    kinds(mixed)
except TypeError as exc:
    print("TypeError:", exc)
