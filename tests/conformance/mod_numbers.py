import numbers
from fractions import Fraction
from decimal import Decimal

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 2.5, 1j, Fraction(1, 3), Decimal('1.5'), 'x', None, [1]]:
    print(repr(v), [k.__name__ for k in kinds if isinstance(v, k)])
for t in [int, bool, float, complex, Fraction, Decimal, str]:
    print(t.__name__, [k.__name__ for k in kinds if issubclass(t, k)])
print(issubclass(numbers.Integral, numbers.Complex), issubclass(numbers.Real, numbers.Integral))
print(numbers.Number.__hash__)

try:
    numbers.Integral()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with ')[0])


class Mod7(numbers.Integral):
    """An integral type written against the ABC."""
    def __init__(self, v): self.v = v % 7
    def __int__(self): return self.v
    def __repr__(self): return 'Mod7(%d)' % self.v
    def __add__(self, o): return Mod7(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Mod7(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Mod7(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return Mod7(self.v // int(o))
    def __rfloordiv__(self, o): return Mod7(int(o) // self.v)
    def __mod__(self, o): return Mod7(self.v % int(o))
    def __rmod__(self, o): return Mod7(int(o) % self.v)
    def __pow__(self, e, m=None): return Mod7(pow(self.v, int(e)))
    def __rpow__(self, b): return Mod7(pow(int(b), self.v))
    def __abs__(self): return self
    def __eq__(self, o): return self.v == int(o) % 7
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return Mod7(self.v << int(o))
    def __rlshift__(self, o): return Mod7(int(o) << self.v)
    def __rshift__(self, o): return Mod7(self.v >> int(o))
    def __rrshift__(self, o): return Mod7(int(o) >> self.v)
    def __and__(self, o): return Mod7(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Mod7(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Mod7(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Mod7(~self.v)
    __hash__ = None


m = Mod7(10)
print(m, m - 1, 1 - m, divmod(m, 2), float(m), complex(m), m.real, m.imag, m.conjugate())
print(m.numerator, m.denominator, [0, 1, 2, 3, 4][m], bool(m), bool(Mod7(7)))
print(isinstance(m, numbers.Real), isinstance(m, int))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    locals().update({n: (lambda self, *a: NotImplemented) for n in [
        '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__', '__truediv__',
        '__rtruediv__', '__pow__', '__rpow__', '__abs__', '__eq__', '__trunc__', '__floor__',
        '__ceil__', '__round__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__',
        '__lt__', '__le__']})


print(float(Half()))


def kind(x):
    if isinstance(x, numbers.Integral):
        return 'integral'
    if isinstance(x, numbers.Rational):
        return 'rational'
    if isinstance(x, numbers.Real):
        return 'real'
    if isinstance(x, numbers.Complex):
        return 'complex'
    return 'other'


print([kind(x) for x in [3, 3.0, 3j, Fraction(3, 2), False, '3']])
