"""Decimal arithmetic, the common subset (Brisk's own implementation).

A Decimal is (sign, coefficient digits as an int, exponent), as in the
General Decimal Arithmetic specification. Supported: construction from
int/str/float/tuple, + - * / // % ** (integer powers), comparisons,
hashing consistent with int/float, quantize, round, to_integral_value,
normalize, sqrt, and a context with `prec` and `rounding`. Not supported:
signals/traps beyond DivisionByZero and InvalidOperation, NaN payloads,
most of the context methods.
"""

import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_HALF_DOWN', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_05UP',
           'DecimalException', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'DefaultContext']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                 flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[], "
                "traps=[InvalidOperation, DivisionByZero, Overflow])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, value='0'):
        return Decimal(value)._round_to(self.prec, self.rounding)


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
DefaultContext = Context()
_context = Context()


def getcontext():
    return _context


def setcontext(context):
    global _context
    _context = context


class localcontext:
    def __init__(self, ctx=None, **kwargs):
        self._new = (ctx or getcontext()).copy()
        for k, v in kwargs.items():
            setattr(self._new, k, v)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def _round_digits(sign, coeff, drop, rounding):
    """Drops `drop` low digits of `coeff` (> 0), rounding by the mode."""
    divisor = 10 ** drop
    q, r = divmod(coeff, divisor)
    if r == 0:
        return q
    half = divisor // 2 if divisor % 2 == 0 else None
    twice = 2 * r
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = twice >= divisor
    elif rounding == ROUND_HALF_DOWN:
        up = twice > divisor
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        up = twice > divisor or (twice == divisor and q % 2 == 1)
    return q + 1 if up else q


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'NaN'
                return self
            if value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._special = (1 if value < 0 else 0), 0, 0, 'Infinity'
                return self
            n, d = abs(value).as_integer_ratio()
            k = d.bit_length() - 1
            self._sign = 1 if _math.copysign(1.0, value) < 0 else 0
            self._int = n * 5 ** k
            self._exp = -k
            return self
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(str(d) for d in digits)) if digits else 0
            self._exp = exp
            return self
        if isinstance(value, str):
            return self._parse(value.strip().replace('_', ''))
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _parse(self, s):
        bad = InvalidOperation("[<class 'decimal.ConversionSyntax'>]")
        sign = 0
        if s[:1] in ('+', '-'):
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower()
        if low in ('inf', 'infinity'):
            self._sign, self._int, self._exp, self._special = sign, 0, 0, 'Infinity'
            return self
        if low in ('nan', 'snan'):
            self._sign, self._int, self._exp, self._special = sign, 0, 0, 'NaN'
            return self
        exp = 0
        if 'e' in low:
            low, _, e = low.partition('e')
            if not e or not (e.lstrip('+-').isdigit()) or e.count('-') + e.count('+') > 1 or (e[0] not in '+-' and not e[0].isdigit()):
                raise bad
            exp = int(e)
        whole, dot, frac = low.partition('.')
        if not (whole + frac) or not (whole + frac).isdigit():
            raise bad
        self._sign = sign
        self._int = int(whole + frac)
        self._exp = exp - len(frac)
        return self

    # ---- representation

    def _digits(self):
        return str(self._int)

    def __str__(self):
        return self._to_string(True)

    def _to_string(self, eng_ok):
        sign = '-' if self._sign else ''
        if self._special:
            return sign + self._special
        digits = self._digits()
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ''
        else:
            e = leftdigits - dotplace
            expstr = 'E%+d' % e
        return sign + intpart + fracpart + expstr

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        """Fixed-point (`f`, `%`) with a precision is exact; other specs go through float."""
        if not spec:
            return str(self)
        kind = spec[-1]
        if kind not in 'fF%' or '.' not in spec or self._special:
            return format(float(self), spec)
        head, _, places = spec[:-1].rpartition('.')
        if not places.isdigit():
            return format(float(self), spec)
        value = self * 100 if kind == '%' else self
        q = value.quantize(Decimal((0, (1,), -int(places))), rounding=getcontext().rounding)
        digits = str(abs(q))
        if '.' not in digits and int(places) > 0:
            digits += '.' + '0' * int(places)
        sign_char = ''
        for opt in '+- ':
            if opt in head[-3:] and not (len(head) >= 2 and head[1] in '<>^=' and head[0] == opt and head.count(opt) == 1):
                sign_char = opt
                head = head.replace(opt, '', 1)
                break
        if ',' in head:
            head = head.replace(',', '')
            whole, dot, frac = digits.partition('.')
            digits = '{:,}'.format(int(whole)) + dot + frac
        negative = q._sign and q._int
        sign = '-' if negative else ('+' if sign_char == '+' else ' ' if sign_char == ' ' else '')
        body = sign + digits + ('%' if kind == '%' else '')
        if head and head[0] not in '<>^=' and (len(head) < 2 or head[1] not in '<>^='):
            head = '>' + head
        return format(body, head)

    # ---- conversions

    def __float__(self):
        if self._special == 'NaN':
            return float('nan')
        if self._special:
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __int__(self):
        if self._special:
            raise ValueError('cannot convert NaN to integer' if self._special == 'NaN'
                             else 'cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._int) or self._special is not None

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(int(c) for c in self._digits()), self._exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return ((-1) ** self._sign * self._int * 10 ** self._exp, 1)
        from fractions import Fraction
        f = Fraction(self._int, 10 ** -self._exp)
        return ((-1) ** self._sign * f.numerator, f.denominator)

    def is_nan(self):
        return self._special == 'NaN'

    def is_infinite(self):
        return self._special == 'Infinity'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        return self._exp + len(self._digits()) - 1

    # ---- rounding

    def _round_to(self, prec, rounding):
        if self._special:
            return self
        n = len(self._digits())
        if n <= prec:
            return self
        drop = n - prec
        coeff = _round_digits(self._sign, self._int, drop, rounding)
        exp = self._exp + drop
        if len(str(coeff)) > prec:
            coeff //= 10
            exp += 1
        return Decimal((self._sign, _digit_tuple(coeff), exp))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        if self._special or exp._special:
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        rounding = rounding or getcontext().rounding
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff = _round_digits(self._sign, self._int, target - self._exp, rounding)
        if len(str(coeff)) > getcontext().prec:
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return Decimal((self._sign, _digit_tuple(coeff), target))

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self.quantize(Decimal(1), rounding=rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        if self._special:
            return self
        r = self._round_to(getcontext().prec, getcontext().rounding)
        if r._int == 0:
            return Decimal((r._sign, (0,), 0))
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal((r._sign, _digit_tuple(coeff), exp))

    def __round__(self, n=None):
        if n is None:
            return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        return self.quantize(Decimal((0, (1,), -n)), rounding=ROUND_HALF_EVEN)

    def __floor__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_CEILING))

    # ---- arithmetic

    def _finish(self, sign, coeff, exp):
        d = Decimal((sign, _digit_tuple(coeff), exp))
        return d._round_to(getcontext().prec, getcontext().rounding)

    def __add__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        if self._special or other._special:
            return _special_add(self, other)
        exp = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - exp)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - exp)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (getcontext().rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return self._finish(sign, abs(total), exp)

    __radd__ = __add__

    def __neg__(self):
        if self._special:
            return _with_sign(self, 1 - self._sign)
        return self._finish(0 if self._int == 0 else 1 - self._sign, self._int, self._exp)

    def __pos__(self):
        if self._special:
            return self
        return self._finish(0 if self._int == 0 else self._sign, self._int, self._exp)

    def __abs__(self):
        if self._special:
            return _with_sign(self, 0)
        return self._finish(0, self._int, self._exp)

    def __sub__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        return self + _with_sign(other, 1 - other._sign)

    def __rsub__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        return other - self

    def __mul__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if (self.is_zero() or other.is_zero()):
                raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
            return _with_sign(Decimal('Infinity'), sign)
        return self._finish(sign, self._int * other._int, self._exp + other._exp)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        sign = self._sign ^ other._sign
        if other.is_zero():
            if self.is_zero():
                raise InvalidOperation("[<class 'decimal.DivisionUndefined'>]")
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        if self.is_zero():
            return Decimal((sign, (0,), self._exp - other._exp))
        prec = getcontext().prec
        # Scale so the quotient has at least prec + 1 digits, then round once.
        shift = len(other._digits()) - len(self._digits()) + prec + 1
        shift = max(shift, 0)
        q, r = divmod(self._int * 10 ** shift, other._int)
        exp = self._exp - other._exp - shift
        if r == 0:
            # Exact: use the ideal exponent, removing trailing zeros down to it.
            ideal = self._exp - other._exp
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
            return self._finish(sign, q, exp)
        # Inexact: append a sticky digit so rounding sees "more than half" correctly.
        q = q * 10 + 1
        exp -= 1
        return self._finish(sign, q, exp)

    def __rtruediv__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        return other / self

    def __floordiv__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        if other.is_zero():
            if self.is_zero():
                raise InvalidOperation("[<class 'decimal.DivisionUndefined'>]")
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        a, b = self.as_integer_ratio(), other.as_integer_ratio()
        q = abs(a[0] * b[1]) // abs(b[0] * a[1])
        return Decimal(-q if (self._sign ^ other._sign) else q)

    def __mod__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        if other.is_zero():
            raise InvalidOperation("[<class 'decimal.DivisionUndefined'>]")
        q = self // other
        return self - other * q

    def __divmod__(self, other):
        q = self // other
        return q, self - other * q

    def __pow__(self, other):
        other = _convert_or_none(other)
        if other is None:
            return NotImplemented
        if other._exp < 0 and other._int % 10 ** (-other._exp):
            return Decimal(float(self) ** float(other))._round_to(getcontext().prec, getcontext().rounding)
        n = int(other)
        if n >= 0:
            return self._finish(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
        return Decimal(1) / (self ** -n)

    def sqrt(self, context=None):
        if self._sign and self._int:
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        if self._int == 0:
            return Decimal((0, (0,), self._exp // 2))
        prec = getcontext().prec
        exp = self._exp
        coeff = self._int
        if exp % 2:
            coeff *= 10
            exp -= 1
        shift = max(0, prec + 1 - (len(str(coeff)) + 1) // 2)
        coeff *= 10 ** (2 * shift)
        exp -= 2 * shift
        root = _math.isqrt(coeff)
        exact = root * root == coeff
        rexp = exp // 2
        if exact:
            ideal = self._exp // 2
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
            return self._finish(0, root, rexp)
        return self._finish(0, root * 10 + 1, rexp - 1)

    def __hash__(self):
        if self._special:
            if self._special == 'NaN':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        from fractions import Fraction
        return hash(Fraction(n, d))

    # ---- comparison

    def _cmp(self, other):
        other = _convert_or_none(other, allow_float=True)
        if other is None:
            return None
        if self._special == 'NaN' or other._special == 'NaN':
            return 'nan'
        if self._special or other._special:
            a = 0 if not self._special else (-1 if self._sign else 1)
            b = 0 if not other._special else (-1 if other._sign else 1)
            if a or b:
                return (a > b) - (a < b) if a != b else 0
        x, y = self.as_integer_ratio(), other.as_integer_ratio()
        left, right = x[0] * y[1], y[0] * x[1]
        return (left > right) - (left < right)

    def __eq__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return c < 0

    def __le__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
        return c >= 0

    def compare(self, other):
        c = self._cmp(other)
        return Decimal(c)

    def max(self, other):
        return self if self >= other else _convert(other)

    def min(self, other):
        return self if self <= other else _convert(other)

    def copy_abs(self):
        return _with_sign(self, 0)

    def copy_negate(self):
        return _with_sign(self, 1 - self._sign)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


def _digit_tuple(coeff):
    return tuple(int(c) for c in str(coeff))


def _with_sign(d, sign):
    r = Decimal(d)
    r._sign = sign
    return r


def _special_add(a, b):
    if a._special == 'NaN' or b._special == 'NaN':
        return Decimal('NaN')
    if a._special and b._special and a._sign != b._sign:
        raise InvalidOperation("[<class 'decimal.InvalidOperation'>]")
    return Decimal(a if a._special else b)


def _convert(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)


def _convert_or_none(v, allow_float=False):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if allow_float and isinstance(v, float):
        return Decimal(v)
    return None


def _register_with_numbers():
    # A Number in the numeric tower; `numbers` registers Decimal itself
    # when it is imported after this module.
    import sys
    if 'numbers' in sys.modules:
        sys.modules['numbers'].Number.register(Decimal)


_register_with_numbers()
del _register_with_numbers
