# One method-call site `o.run(x)` used with many receivers: instances of
# unrelated classes with the same method name, builtin types (list.count,
# str.count, tuple.count, dict.get...), instances whose dict shadows the
# method with a callable, classes used as receivers, and bound methods
# stored and called later, while methods are patched.


def run(o, x):
    return o.run(x)


def count(o, x):
    return o.count(x)


class A:
    def run(self, x):
        return ("A.run", x)


class B:
    def run(self, x, extra="dflt"):
        return ("B.run", x, extra)


class C(A):
    def run(self, x):
        return ("C.run", super().run(x))


class D:
    __slots__ = ()

    def run(self, x):
        return ("D.run (slots, no dict)", x)


class E:
    @staticmethod
    def run(x):
        return ("E.run static", x)


class F:
    @classmethod
    def run(cls, x):
        return ("F.run classmethod", cls.__name__, x)


class G:
    run = print  # a builtin as a class attribute is not bound


a = A()
for i in range(300):
    run(a, i)
    count([1, 2, 1], 1)
print("warm", run(a, 1), count([1, 2, 1], 1))

receivers = [A(), B(), C(), D(), E(), F(), A, C]
for rnd in range(2):
    out = []
    for r in receivers:
        try:
            out.append(run(r, 5) if not isinstance(r, type) else run(r, r()))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    print(rnd, out)

# same `o.count(x)` site over builtin receivers
for rnd in range(2):
    print(rnd, "count", [count(o, x) for o, x in (([1, 2, 1], 1), ("banana", "a"), ((1, 1, 1), 1), (b"aab", b"a"),
                                                    (range(10), 3), ("", ""), ([[]], []))])


class Counter:
    def count(self, x):
        return "Counter.count(%r)" % (x,)


print("user count", count(Counter(), 9), count([9, 9], 9))

# instance attribute shadowing the method, then removed
a2 = A()
for i in range(100):
    run(a2, i)
a2.run = lambda x: ("instance lambda", x)
print("shadowed", run(a2, 1), run(A(), 1))
a2.run = B().run
print("bound method from another object", run(a2, 2))
del a2.run
print("unshadowed", run(a2, 3))

# method patched on the class while a stored bound method exists
bm = a.run
A.run = lambda self, x: ("patched A.run", x)
print("stored bound method keeps the old function", bm(1), run(a, 1), run(C(), 1))
print("bound method attributes", bm.__self__ is a, bm.__func__.__name__)

# receivers switching inside one hot loop
objs = [A(), B(), D(), E(), F()] * 40
tags = {}
for i, o in enumerate(objs):
    tag = run(o, i)[0]
    tags[tag] = tags.get(tag, 0) + 1
print("loop tags", sorted(tags.items()))

# unbound method calls through the class with foreign self
print("foreign self", A.run(B(), 1), B.run(A(), 2, extra="e"))
try:
    run(G(), "printed?")
except TypeError as e:
    print("TypeError", e)

# methods on builtin values at a hot site, then the same name on a user class
def strip(o):
    return o.strip()


for i in range(200):
    strip("  x  ")


class Strippable:
    def strip(self):
        return "Strippable.strip"


class MyStr(str):
    def strip(self):
        return "MyStr.strip:" + str.strip(self)


print("strip", strip("  a "), strip(b" b "), strip(Strippable()), strip(MyStr("  c  ")))
try:
    strip(5)
except AttributeError as e:
    print("AttributeError", e)
