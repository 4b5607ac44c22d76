# Multiple inheritance and C3 MRO
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print("D mro", [c.__name__ for c in D.__mro__])
print("D who", D().who())


class O1: pass
class X(O1): pass
class Y(O1): pass
class Z(O1): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


for cls in (K1, K2, K3, M):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])


class F: pass
class E(F): pass
class G(F, E if False else object): pass


print("G", [c.__name__ for c in G.__mro__])

try:
    class Bad(F, E):
        pass
except TypeError as e:
    print("TypeError inconsistent MRO")


class Mixin:
    def greet(self):
        return "hello from " + self.name()


class Named:
    def name(self):
        return type(self).__name__


class Thing(Mixin, Named):
    pass


print("mixin", Thing().greet())


class Init1:
    def __init__(self):
        print("Init1 start")
        super().__init__()
        print("Init1 end")


class Init2:
    def __init__(self):
        print("Init2 start")
        super().__init__()
        print("Init2 end")


class Both(Init1, Init2):
    def __init__(self):
        print("Both start")
        super().__init__()
        print("Both end")


Both()
print("Both mro", [c.__name__ for c in Both.__mro__])


class P1:
    attr = "P1"


class P2:
    attr = "P2"
    only2 = "only in P2"


class Child(P1, P2):
    pass


print("attr lookup", Child.attr, Child.only2)
print("issubclass multiple", issubclass(Child, P2), isinstance(Child(), P1))


class Diamond0:
    def f(self):
        return ["Diamond0"]


class L(Diamond0):
    def f(self):
        return ["L"] + super().f()


class R(Diamond0):
    def f(self):
        return ["R"] + super().f()


class Bottom(L, R):
    def f(self):
        return ["Bottom"] + super().f()


print("cooperative", Bottom().f())
print("skip L via two-arg super", super(L, Bottom()).f())
