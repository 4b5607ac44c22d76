# type (1 and 3 args), isinstance, issubclass, constructors
print("type of values", type(1), type(1.5), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
print("type names", type(1).__name__, type(range(1)).__name__, type(b"").__name__)
print("type is class", type(5) is int, type("") == str, type(type(5)))


class A:
    x = 1


class B(A):
    pass


print("user types", type(A()).__name__, type(B()).__name__, type(A).__name__, A().__class__ is A)
Dyn = type("Dyn", (B,), {"y": 2, "hello": lambda self: "hi from " + type(self).__name__})
d = Dyn()
print("type 3-arg", Dyn.__name__, d.x, d.y, d.hello(), [c.__name__ for c in Dyn.__mro__])
Empty = type("Empty", (), {})
print("empty dynamic class", Empty.__name__, isinstance(Empty(), object), Empty.__bases__[0].__name__)
print("isinstance", isinstance(5, int), isinstance(5, float), isinstance(5.0, (int, float)), isinstance("x", (list, tuple)))
print("isinstance bool/int", isinstance(True, int), isinstance(1, bool))
print("isinstance nested tuple", isinstance(3, (str, (float, int))))
print("isinstance user", isinstance(d, A), isinstance(A(), B), isinstance(B(), (Dyn, A)))
print("issubclass", issubclass(bool, int), issubclass(int, object), issubclass(B, A), issubclass(A, (B, object)))
print("issubclass self", issubclass(A, A), issubclass(Dyn, Dyn))
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError issubclass needs class")
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError isinstance bad arg")
print("int()", int(), int("7"), int(7.9), int("ff", 16), int(" 3 "))
print("float()", float(), float("2.5"), float(3), float("-inf"))
print("str()", str(), str(12), str([1]), str(b"x"))
print("bool()", bool(), bool(0), bool([0]))
print("list()", list(), list("ab"), list({1: 2}), list(range(2)))
print("tuple()", tuple(), tuple([1, 2]), tuple("ab"))
print("dict()", dict(), dict(a=1), dict([(1, 2)]), dict({"k": 1}, z=0), dict(zip("ab", "cd")))
print("set()", sorted(set("hello")), sorted(set([3, 1, 3])), len(set()))
print("frozenset()", sorted(frozenset("aba")), frozenset() == set())
print("object()", type(object()).__name__, isinstance(A(), object))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError bad dict init")
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError on plain object")
print("type(x)(...) copies", type([1, 2])([3, 4]), type("")(5), type(1)("9"))
values = [1, "a", 2.5, None, [1], (2,), {"k": 1}, True, b"x"]
print("type dispatch", [type(v).__name__ for v in values])


def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, (list, tuple)):
        return "sequence"
    if v is None:
        return "none"
    return "other"


print("describe", [describe(v) for v in values])
print("class of class", type(int).__name__, type(A).__name__, isinstance(A, type), isinstance(int, type))
print("callable types", callable(int), callable(A), callable(A()), callable(lambda: 0), callable("str"))
print("__name__/__qualname__", A.__name__, A.__qualname__, int.__name__)
print("__class__.__bases__", [c.__name__ for c in B.__bases__], bool.__bases__[0].__name__)
