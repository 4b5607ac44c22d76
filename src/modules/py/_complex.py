"""`complex`, written in Python (Brisk's own code) and loaded the first time
a program names it or writes an imaginary literal. Arithmetic follows the
C algorithms CPython documents (Smith's division, binary powering for small
integer exponents) so results agree to the last bit."""

import math as _math

_HASH_MODULUS = (1 << 61) - 1
_HASH_IMAG = 1000003


def _real_part(x, what):
    if isinstance(x, (int, float)):
        return float(x)
    if hasattr(x, '__float__'):
        return float(x)
    if hasattr(x, '__index__'):
        return float(x.__index__())
    raise TypeError(what)


def _component_repr(x):
    text = repr(x)
    return text[:-2] if text.endswith('.0') else text


def _parse(text):
    s = text.strip()
    if s.startswith('(') and s.endswith(')'):
        s = s[1:-1].strip()
    bad = ValueError('complex() arg is a malformed string')
    if not s or ' ' in s:
        raise bad
    s = s.replace('_', '') if '__' not in s else s
    if s[-1] in 'jJ':
        body = s[:-1]
        # Split "a+bj" at the last sign that is not part of an exponent.
        split = -1
        for i in range(len(body) - 1, 0, -1):
            if body[i] in '+-' and body[i - 1] not in 'eE':
                split = i
                break
        try:
            if split < 0:
                imag = 1.0 if body in ('', '+') else -1.0 if body == '-' else float(body)
                return 0.0, imag
            real = float(body[:split])
            rest = body[split:]
            imag = 1.0 if rest == '+' else -1.0 if rest == '-' else float(rest)
            return real, imag
        except ValueError:
            raise bad from None
    try:
        return float(s), 0.0
    except ValueError:
        raise bad from None


def _sign_of(x, positive):
    """'-' for a negative component (including -0.0), else `positive`."""
    if x == x and _math.copysign(1.0, x) < 0:
        return '-'
    return positive


def _parse_spec(spec):
    """The parts of a complex format spec: fill, align, sign, alt, width, grouping, precision, type."""
    fill, align, i, n = ' ', '>', 0, len(spec)
    if n >= 2 and spec[1] in '<>^=':
        fill, align, i = spec[0], spec[1], 2
    elif n and spec[0] in '<>^=':
        align, i = spec[0], 1
    if align == '=':
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    sign = ''
    if i < n and spec[i] in '+- ':
        sign, i = spec[i], i + 1
    alt = ''
    if i < n and spec[i] == '#':
        alt, i = '#', i + 1
    if i < n and spec[i] == '0':
        raise ValueError('Zero padding is not allowed in complex format specifier')
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    group = ''
    if i < n and spec[i] in ',_':
        group, i = spec[i], i + 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('Format specifier missing precision')
        prec = int(spec[start:i])
    kind = spec[i:]
    if len(kind) > 1:
        raise ValueError("Invalid format specifier '%s' for object of type 'complex'" % spec)
    if kind and kind not in 'eEfFgGn':
        raise ValueError("Unknown format code '%s' for object of type 'complex'" % kind)
    return fill, align, sign, alt, width, group, prec, kind


def _format(re_, im, spec):
    fill, align, sign, alt, width, group, prec, kind = _parse_spec(spec)
    parens = skip_re = False
    if not kind:
        if re_ == 0.0 and _math.copysign(1.0, re_) == 1.0:
            skip_re = True
        else:
            parens = True
        kind = 'g' if prec is not None else ''
    elif kind == 'n':
        kind = 'g'
    float_spec = alt + group + ('' if prec is None else '.%d' % prec) + kind

    def part(x):
        if x != x:
            return 'nan'
        if not kind:
            # The repr of each part (grouped if asked), without a trailing '.0'.
            text = format(abs(x), alt + group) if group else repr(abs(x))
            return text[:-2] if text.endswith('.0') else text
        return format(abs(x), float_spec)

    spec_sign = '' if sign == '-' else sign
    body = ''
    if not skip_re:
        body = _sign_of(re_, spec_sign) + part(re_)
    body += _sign_of(im, spec_sign if skip_re else '+') + part(im) + 'j'
    if parens:
        body = '(' + body + ')'
    pad = width - len(body)
    if pad <= 0:
        return body
    if align == '<':
        return body + fill * pad
    if align == '^':
        return fill * (pad // 2) + body + fill * (pad - pad // 2)
    return fill * pad + body


class complex:
    __slots__ = ('_real', '_imag')
    __module__ = 'builtins'

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re_, im = _parse(real)
            return cls._make(re_, im)
        if isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        if isinstance(real, complex):
            re_, im = real._real, real._imag
        elif hasattr(real, '__complex__'):
            c = real.__complex__()
            re_, im = c._real, c._imag
        else:
            re_, im = _real_part(real, "complex() first argument must be a string or a number, not '%s'"
                                 % type(real).__name__), 0.0
        if imag is not None:
            if isinstance(imag, complex):
                re_ -= imag._imag
                extra = imag._real
            else:
                extra = _real_part(imag, "complex() second argument must be a number, not '%s'" % type(imag).__name__)
            # As CPython: the second argument's value is used as is unless the first was complex.
            im = im + extra if isinstance(real, complex) else extra
        return cls._make(re_, im)

    @classmethod
    def _make(cls, real, imag):
        self = object.__new__(cls)
        self._real = float(real)
        self._imag = float(imag)
        return self

    real = property(lambda self: self._real)
    imag = property(lambda self: self._imag)

    def conjugate(self):
        return complex._make(self._real, -self._imag)

    def __repr__(self):
        r, i = self._real, self._imag
        if r == 0.0 and _math.copysign(1.0, r) == 1.0:
            return _component_repr(i) + 'j'
        imag_text = _component_repr(abs(i)) if i == i else 'nan'
        return '(%s%s%sj)' % (_component_repr(r), _sign_of(i, '+'), imag_text)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return _format(self._real, self._imag, spec)

    def __hash__(self):
        h = (hash(self._real) + _HASH_IMAG * hash(self._imag)) & ((1 << 64) - 1)
        if h >= 1 << 63:
            h -= 1 << 64
        return -2 if h == -1 else h

    def __bool__(self):
        return self._real != 0.0 or self._imag != 0.0

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._real == other._real and self._imag == other._imag
        if isinstance(other, (int, float)):
            return self._imag == 0.0 and self._real == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    @staticmethod
    def _coerce(other):
        if isinstance(other, complex):
            return other
        if isinstance(other, (int, float)):
            return complex._make(other, 0.0)
        return None

    def __add__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return complex._make(self._real + o._real, self._imag + o._imag)

    __radd__ = __add__

    def __sub__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return complex._make(self._real - o._real, self._imag - o._imag)

    def __rsub__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return _prod(self, o)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return _quot(self, o)

    def __rtruediv__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return _quot(o, self)

    def __floordiv__(self, other):
        raise TypeError("unsupported operand type(s) for //: 'complex' and '%s'" % type(other).__name__)

    def __rfloordiv__(self, other):
        raise TypeError("unsupported operand type(s) for //: '%s' and 'complex'" % type(other).__name__)

    def __divmod__(self, other):
        raise TypeError("unsupported operand type(s) for divmod(): 'complex' and '%s'" % type(other).__name__)

    def __rdivmod__(self, other):
        raise TypeError("unsupported operand type(s) for divmod(): '%s' and 'complex'" % type(other).__name__)

    def __mod__(self, other):
        raise TypeError("unsupported operand type(s) for %%: 'complex' and '%s'" % type(other).__name__)

    def __rmod__(self, other):
        raise TypeError("unsupported operand type(s) for %%: '%s' and 'complex'" % type(other).__name__)

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError('complex modulo')
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return _pow(self, o)

    def __rpow__(self, other):
        o = complex._coerce(other)
        if o is None:
            return NotImplemented
        return _pow(o, self)

    def __neg__(self):
        return complex._make(-self._real, -self._imag)

    def __pos__(self):
        return complex._make(self._real, self._imag)

    def __abs__(self):
        r, i = self._real, self._imag
        if r in (float('inf'), float('-inf')) or i in (float('inf'), float('-inf')):
            return float('inf')
        result = _math.hypot(r, i)
        if result == float('inf'):
            raise OverflowError('absolute value too large')
        return result

    def __int__(self):
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'")

    def __float__(self):
        raise TypeError("float() argument must be a string or a real number, not 'complex'")

    def __complex__(self):
        return self

    def __getnewargs__(self):
        return (self._real, self._imag)


def _prod(a, b):
    return complex._make(a._real * b._real - a._imag * b._imag, a._real * b._imag + a._imag * b._real)


def _quot(a, b):
    # Smith's algorithm: scale by the larger component of the divisor.
    abs_br = abs(b._real)
    abs_bi = abs(b._imag)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError('complex division by zero')
        ratio = b._imag / b._real
        denom = b._real + b._imag * ratio
        return complex._make((a._real + a._imag * ratio) / denom, (a._imag - a._real * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = b._real / b._imag
        denom = b._real * ratio + b._imag
        return complex._make((a._real * ratio + a._imag) / denom, (a._imag * ratio - a._real) / denom)
    return complex._make(float('nan'), float('nan'))


def _powu(x, n):
    r = complex._make(1.0, 0.0)
    p = x
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            r = _prod(r, p)
        mask <<= 1
        p = _prod(p, p)
    return r


def _pow(a, b):
    if b._imag == 0.0 and b._real == _math.floor(b._real) and abs(b._real) <= 100.0:
        n = int(b._real)
        if n > 0:
            return _powu(a, n)
        if n == 0:
            return complex._make(1.0, 0.0)
        if a._real == 0.0 and a._imag == 0.0:
            raise ZeroDivisionError('0.0 to a negative or complex power')
        return _quot(complex._make(1.0, 0.0), _powu(a, -n))
    if b._real == 0.0 and b._imag == 0.0:
        return complex._make(1.0, 0.0)
    if a._real == 0.0 and a._imag == 0.0:
        if b._imag != 0.0 or b._real < 0.0:
            raise ZeroDivisionError('0.0 to a negative or complex power')
        return complex._make(0.0, 0.0)
    vabs = _math.hypot(a._real, a._imag)
    length = _math.pow(vabs, b._real)
    at = _math.atan2(a._imag, a._real)
    phase = at * b._real
    if b._imag != 0.0:
        length /= _math.exp(at * b._imag)
        phase += b._imag * _math.log(vabs)
    return complex._make(length * _math.cos(phase), length * _math.sin(phase))
