"""Complex math (Brisk's own implementation of the common cmath functions).

sqrt follows the scaled algorithm CPython uses, so common results agree
exactly; the transcendental functions use the textbook formulas and may
differ from CPython in the last digit for some arguments, and do not
implement C99's special-value tables for infinities and NaNs.
"""

import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, _math.inf)
nanj = complex(0.0, _math.nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    if hasattr(z, '__complex__'):
        return z.__complex__()
    if hasattr(z, '__float__'):
        return complex(float(z), 0.0)
    raise TypeError('must be real number, not %s' % type(z).__name__)


def phase(z):
    z = _c(z)
    return _math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def sqrt(z):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _math.ldexp(ax, 53)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _math.copysign(d, z.imag))
    return complex(d, _math.copysign(s, z.imag))


def exp(z):
    z = _c(z)
    r = _math.exp(z.real)
    return complex(r * _math.cos(z.imag), r * _math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    result = complex(_math.log(abs(z)), _math.atan2(z.imag, z.real))
    if base is not None:
        return result / log(base)
    return result


def log10(z):
    z = _c(z)
    r = log(z)
    return complex(r.real / _math.log(10.0), r.imag / _math.log(10.0))


def sin(z):
    z = _c(z)
    return complex(_math.sin(z.real) * _math.cosh(z.imag), _math.cos(z.real) * _math.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(_math.cos(z.real) * _math.cosh(z.imag), -_math.sin(z.real) * _math.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def sinh(z):
    z = _c(z)
    return complex(_math.sinh(z.real) * _math.cos(z.imag), _math.cosh(z.real) * _math.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(_math.cosh(z.real) * _math.cos(z.imag), _math.sinh(z.real) * _math.sin(z.imag))


def tanh(z):
    return sinh(z) / cosh(z)


def isfinite(z):
    z = _c(z)
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    a = _c(a)
    b = _c(b)
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
