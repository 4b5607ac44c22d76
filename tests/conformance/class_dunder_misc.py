# __repr__, __str__, __bool__, __call__, __len__ fallbacks, format
class Fraction:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = self._gcd(abs(n), abs(d))
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    def __repr__(self):
        return f"Fraction({self.n}, {self.d})"

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __add__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.n * o.n, self.d * o.d)

    def __eq__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return (self.n, self.d) == (o.n, o.d)

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return self.n // self.d

    def __hash__(self):
        return hash((self.n, self.d))


h = Fraction(1, 2)
t = Fraction(1, 3)
print("str", str(h + t), "repr", repr(h + t))
print("print uses str:", h, t, Fraction(4, 2), Fraction(3, -6))
print("list uses repr:", [h, t])
print("f-string", f"{h} {h!r} {h!s}")
print("sum", sum([Fraction(1, n) for n in range(1, 5)]))
print("mul", h * t, h * 4)
print("eq", Fraction(2, 4) == h, h == 0.5 if False else "skip", Fraction(2) == 2)
print("bool", bool(Fraction(0)), bool(h), "yes" if Fraction(0, 5) else "no")
print("float/int", float(Fraction(7, 2)), int(Fraction(7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class Polynomial:
    def __init__(self, *coeffs):
        self.c = coeffs

    def __call__(self, x):
        r = 0
        for co in reversed(self.c):
            r = r * x + co
        return r

    def __len__(self):
        return len(self.c)

    def __str__(self):
        terms = []
        for i, co in enumerate(self.c):
            if co:
                terms.append(f"{co}" if i == 0 else f"{co}x^{i}")
        return " + ".join(terms) or "0"


poly = Polynomial(1, 0, 2)
print("call", poly(0), poly(3), [poly(x) for x in range(-2, 3)])
print("str", poly, "| len", len(poly), "| callable", callable(poly))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print("str falls back to repr", str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()}")


class BoolFromLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print("bool via len", bool(BoolFromLen(0)), bool(BoolFromLen(3)))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError from bad __bool__")


class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"


print("format", format(Fmt(), "abc"), f"{Fmt():>10}", "{:xyz}".format(Fmt()))
print("nested repr", repr([OnlyRepr(), (OnlyRepr(),)]), {1: OnlyRepr()})


class Rec:
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)

    def __repr__(self):
        if not self.children:
            return self.name
        return f"{self.name}{self.children}"


print("recursive repr", Rec("root", [Rec("a", [Rec("a1")]), Rec("b")]))
