"""Rational numbers (Brisk's own implementation of fractions.Fraction)."""

import math as _math

__all__ = ['Fraction']

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    s = text.strip().replace('_', '')
    if not s:
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        num = num.strip()
        den = den.strip()
        if not _is_int(num) or not den.isdigit():
            return None
        return int(num), int(den)
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    mantissa, exp = s, 0
    for marker in 'eE':
        if marker in s:
            mantissa, _, e = s.partition(marker)
            if not _is_int(e):
                return None
            exp = int(e)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _is_int(s):
    if s[:1] in ('+', '-'):
        s = s[1:]
    return s.isdigit()


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        elif not isinstance(numerator, int) or not isinstance(denominator, int):
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = int(numerator) // g
        self._denominator = int(denominator) // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two convergents.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The best approximation is either the last convergent or the semiconvergent.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _binary(self, other, op, fop):
        o = Fraction._coerce(other)
        if o is not None:
            return op(self, o)
        if isinstance(other, float):
            return fop(float(self), other)
        if isinstance(other, complex):
            return fop(complex(float(self)), other)
        return NotImplemented

    def _rbinary(self, other, op, fop):
        o = Fraction._coerce(other)
        if o is not None:
            return op(o, self)
        if isinstance(other, float):
            return fop(other, float(self))
        if isinstance(other, complex):
            return fop(other, complex(float(self)))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def __add__(self, other):
        return self._binary(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._rbinary(other, Fraction._add, lambda x, y: x + y)

    def __sub__(self, other):
        return self._binary(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._rbinary(other, Fraction._sub, lambda x, y: x - y)

    def __mul__(self, other):
        return self._binary(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._rbinary(other, Fraction._mul, lambda x, y: x * y)

    def __truediv__(self, other):
        return self._binary(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._rbinary(other, Fraction._div, lambda x, y: x / y)

    def __floordiv__(self, other):
        return self._binary(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._rbinary(other, Fraction._floordiv, lambda x, y: x // y)

    def __mod__(self, other):
        return self._binary(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._rbinary(other, Fraction._mod, lambda x, y: x % y)

    def __divmod__(self, other):
        return self._binary(other, Fraction._divmod, divmod)

    def __rdivmod__(self, other):
        return self._rbinary(other, Fraction._divmod, divmod)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = abs(self._numerator) * dinv % _HASH_MODULUS
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (Fraction, int)):
            o = Fraction._coerce(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other:
                return False
            if other in (float('inf'), float('-inf')):
                return op(0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))


def _register_with_numbers():
    # A Rational in the numeric tower; `numbers` registers Fraction itself
    # when it is imported after this module.
    import sys
    if 'numbers' in sys.modules:
        sys.modules['numbers'].Rational.register(Fraction)


_register_with_numbers()
del _register_with_numbers
