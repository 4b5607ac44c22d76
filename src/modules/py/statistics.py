"""Basic statistics (Brisk's own implementation of the statistics API).

Sums are exact (every value becomes a Fraction), and results are converted
back to the type of the data, so outputs match CPython's digit for digit.
"""

import math as _math
from fractions import Fraction as _Fraction
from collections import Counter as _Counter

__all__ = ['StatisticsError', 'mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median',
           'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'quantiles',
           'pstdev', 'pvariance', 'stdev', 'variance', 'covariance', 'correlation',
           'linear_regression', 'NormalDist']


class StatisticsError(ValueError):
    pass


def _result_type(types):
    """The type results are converted to: float beats Fraction beats int."""
    T = int
    for t in types:
        if t is bool:
            t = int
        if t is T:
            continue
        if issubclass(t, float) or T is float:
            T = float
        elif issubclass(t, _Fraction):
            T = t if T is int else T
        elif issubclass(t, int):
            pass
        else:
            T = t
    return T


def _exact(x):
    if isinstance(x, (int, _Fraction)):
        return _Fraction(x)
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            return x
        return _Fraction(x)
    try:
        return _Fraction(*x.as_integer_ratio())
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__) from None


def _sum(data):
    """(type, exact total, count); a non-finite float makes the total a float."""
    types = set()
    total = _Fraction(0)
    special = None
    n = 0
    for x in data:
        n += 1
        types.add(type(x))
        e = _exact(x)
        if isinstance(e, float):
            special = e if special is None else special + e
        else:
            total += e
    T = _result_type(types)
    if special is not None:
        return T, special, n
    return T, total, n


def _convert(value, T):
    if isinstance(value, float) or type(value) is T:
        return value
    if T is int:
        if value.denominator == 1:
            return value.numerator
        T = float
    if T is float:
        return value.numerator / value.denominator
    if issubclass(T, _Fraction):
        return T(value)
    return T(value)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    T, total, n = _sum(data)
    return _convert(total / n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None
    except StatisticsError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, _Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    _, wsum, _ = _sum(weights)
    T, total, _ = _sum([w / x for w, x in zip(weights, data)])
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(wsum / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    L = x - interval / 2
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    counts = _Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, c in counts.items():
        if c == best:
            return value


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, c in counts.items() if c == best]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def _sum_sq_dev(data, centre=None):
    """(type, exact sum of squared deviations, count)."""
    data = list(data)
    T, total, n = _sum(data)
    if isinstance(total, float):
        return T, total, n
    c = total / n if centre is None else _exact(centre)
    ss = sum(((_exact(x) - c) ** 2 for x in data), _Fraction(0))
    return T, ss, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss, n = _sum_sq_dev(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss, n = _sum_sq_dev(data, mu)
    return _convert(ss / n, T)


def _isqrt_round_to_odd(n, m):
    """floor(sqrt(n/m)), with the last bit set when inexact (round-to-odd)."""
    a = _math.isqrt(n // m)
    return a | (a * a * m != n)


def _sqrt_frac(value):
    """The correctly rounded float square root of a non-negative Fraction."""
    if isinstance(value, float):
        return _math.sqrt(value)
    n, m = value.numerator, value.denominator
    if n == 0:
        return 0.0
    # Scale by a power of four so the integer root has enough bits (53 * 2 + 3)
    # for round-to-odd to give the correctly rounded float.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return float(_isqrt_round_to_odd(n, m << (2 * shift)) << shift)
    return _isqrt_round_to_odd(n << (-2 * shift), m) / (1 << -shift)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, ss, n = _sum_sq_dev(data, xbar)
    if isinstance(ss, float):
        return _math.sqrt(ss / (n - 1))
    return _sqrt_frac(ss / (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, ss, n = _sum_sq_dev(data, mu)
    if isinstance(ss, float):
        return _math.sqrt(ss / n)
    return _sqrt_frac(ss / n)


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum_mean(x)
    ybar = fsum_mean(y)
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def fsum_mean(data):
    return _math.fsum(data) / len(data)


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum_mean(x)
    ybar = fsum_mean(y)
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((d := xi - xbar) * d for xi in x)
    syy = _math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
    else:
        xbar = fsum_mean(x)
        ybar = fsum_mean(y)
        sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma ** 2)

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _math.erf((x - self._mu) / (self._sigma * _math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __mul__(self, c):
        return NormalDist(self._mu * c, self._sigma * abs(c))

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
