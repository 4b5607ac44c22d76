"""Dates and times (Brisk's own implementation of the datetime API).

Dates use the proleptic Gregorian calendar through day ordinals (day 1 is
0001-01-01). There is no local time zone database in the browser:
`now()`/`today()` read the clock as UTC, and naive timestamps are UTC.
"""

import time as _time
import math as _math

__all__ = ['date', 'time', 'datetime', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC']

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTH_NAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _ord_to_ymd(n):
    """The (year, month, day) of day ordinal n, by 400/100/4/1-year cycles."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(value, name):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _check_date(year, month, day):
    _check_int(year, 'year')
    _check_int(month, 'month')
    _check_int(day, 'day')
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond, fold=0):
    for v in (hour, minute, second, microsecond):
        _check_int(v, '')
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


def _round_half_even(x):
    return round(x)


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Exact arithmetic in microseconds (floats are rounded half-even once, at the end).
        total = 0
        exact = True
        for value, scale in ((weeks, 7 * 86400 * 10**6), (days, 86400 * 10**6), (hours, 3600 * 10**6),
                             (minutes, 60 * 10**6), (seconds, 10**6), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(value, float):
                exact = False
                from fractions import Fraction
                total += Fraction(value) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {7 * 86400 * 10**6: 'weeks', 86400 * 10**6: 'days', 3600 * 10**6: 'hours',
                     60 * 10**6: 'minutes', 10**6: 'seconds', 1000: 'milliseconds', 1: 'microseconds'}[scale],
                    type(value).__name__))
        if not exact:
            total = round(total)
        self = object.__new__(cls)
        d, rest = divmod(total, 86400 * 10**6)
        s, us = divmod(rest, 10**6)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @classmethod
    def _from_us(cls, us):
        return cls(microseconds=us)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_round(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _strftime(fmt, year, month, day, hour, minute, second, micro, weekday, yday, tz_name, offset):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'Y':
            out.append('%d' % year if year >= 1000 else '%04d' % year)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'H':
            out.append('%02d' % hour)
        elif code == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif code == 'M':
            out.append('%02d' % minute)
        elif code == 'S':
            out.append('%02d' % second)
        elif code == 'f':
            out.append('%06d' % micro)
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif code == 'A':
            out.append(_DAY_NAMES[weekday])
        elif code == 'w':
            out.append(str((weekday + 1) % 7))
        elif code == 'u':
            out.append(str(weekday + 1))
        elif code == 'b' or code == 'h':
            out.append(_MONTH_NAMES[month][:3])
        elif code == 'B':
            out.append(_MONTH_NAMES[month])
        elif code == 'j':
            out.append('%03d' % yday)
        elif code == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif code in 'GVg':
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append('%04d' % iso_year if code == 'G' else '%02d' % (iso_year % 100) if code == 'g' else '%02d' % iso_week)
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday][:3], _MONTH_NAMES[month][:3],
                                                         day, hour, minute, second, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            out.append('%04d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == 'z':
            out.append(_format_offset(offset, '') if offset is not None else '')
        elif code == 'Z':
            out.append(tz_name or '')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd_to_ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    today = _ymd_to_ord(year, month, day)
    iso_year = year
    start = week1_monday(year)
    if today < start:
        iso_year -= 1
        start = week1_monday(iso_year)
    else:
        nxt = week1_monday(year + 1)
        if today >= nxt:
            iso_year += 1
            start = nxt
    week, weekday = divmod(today - start, 7)
    return iso_year, week + 1, weekday + 1


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self._offset == timedelta(0) and self._name is None:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date:
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError('ordinal must be in 1..3652059')
        return cls(*_ord_to_ymd(n))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        days = int(t // 86400)
        return cls.fromordinal(_EPOCH_ORDINAL + days)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ymd_to_ord(year, 1, 4)
        monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday())

    def _yday(self):
        return self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday(), None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _check_cmp(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        return False

    def __lt__(self, other):
        if self._check_cmp(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._check_cmp(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._check_cmp(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._check_cmp(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= 3652059:
                return type(self).fromordinal(n)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_EPOCH_ORDINAL = _ymd_to_ord(1970, 1, 1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _time_tuple(y, m, d, hh, mm, ss, wday, yday, dst=-1):
    return (y, m, d, hh, mm, ss, wday, yday, dst)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        try:
            return cls(*_parse_time(s))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self.tzname(), self.utcoffset())

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % self._tzinfo
        return 'datetime.time(%s)' % s

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _parse_time(s):
    """'HH[:MM[:SS[.ffffff]]][+HH:MM]' -> (hour, minute, second, microsecond, tzinfo)."""
    tz = None
    for sign_char in '+-':
        if sign_char in s:
            s, _, off = s.partition(sign_char)
            hh, _, mm = off.partition(':')
            delta = timedelta(hours=int(hh), minutes=int(mm or 0))
            tz = timezone(delta if sign_char == '+' else -delta)
            break
    if s.endswith('Z'):
        s = s[:-1]
        tz = timezone.utc
    frac = 0
    if '.' in s:
        s, _, f = s.split('.')[0], None, s.split('.')[1]
        frac = int((f + '000000')[:6])
    parts = s.split(':')
    if len(parts) == 1 and len(s) in (2, 4, 6) and s.isdigit():
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not all(len(p) == 2 and p.isdigit() for p in parts) or not 1 <= len(parts) <= 3:
        raise ValueError('bad time')
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tzinfo).__name__)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 10**6)
        days, us = divmod(us, 86400 * 10**6)
        base = cls.combine(date.fromordinal(_EPOCH_ORDINAL + days), time()) + timedelta(microseconds=us)
        if tz is not None:
            return (base + tz.utcoffset(None)).replace(tzinfo=tz)
        return base

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromordinal(cls, n):
        return cls.combine(date.fromordinal(n), time())

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            if s[10] not in 'T ':
                raise ValueError('bad separator')
            hh, mm, ss, us, tz = _parse_time(s[11:])
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        off = self.utcoffset() or timedelta(0)
        delta = (self.replace(tzinfo=None) - off) - _EPOCH
        return delta.total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset() or timedelta(0)
        utc = self.replace(tzinfo=None) - off
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute, self._second,
                           self.weekday(), self._yday())

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month][:3],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._yday(), self.tzname(), self.utcoffset())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = 'datetime.datetime(%s' % ', '.join(map(str, parts))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % self._tzinfo
        return s + ')'

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp_key(self, other):
        if not isinstance(other, datetime):
            return None
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a_off is None or a_off == b_off:
            return self._key(), other._key()
        return (self - a_off).replace(tzinfo=None)._key(), (other - b_off).replace(tzinfo=None)._key()

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            a, b = self._cmp_key(other)
            return a == b
        return NotImplemented

    def __lt__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented if not isinstance(other, date) else _cant_compare(self, other)
        return keys[0] < keys[1]

    def __le__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented if not isinstance(other, date) else _cant_compare(self, other)
        return keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented if not isinstance(other, date) else _cant_compare(self, other)
        return keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented if not isinstance(other, date) else _cant_compare(self, other)
        return keys[0] >= keys[1]

    def __hash__(self):
        off = self.utcoffset()
        if off:
            return hash((self - off).replace(tzinfo=None)._key())
        return hash(self._key())

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 10**6
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_us() + other._to_us()
        days, us = divmod(total, 86400 * 10**6)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(days)
        secs, us = divmod(us, 10**6)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a_off = self.utcoffset()
            b_off = other.utcoffset()
            if (a_off is None) != (b_off is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._to_us() - other._to_us()
            if a_off is not None and a_off != b_off:
                diff -= (a_off - b_off)._to_us()
            return timedelta(microseconds=diff)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


def _cant_compare(a, b):
    raise TypeError("can't compare %s to %s" % (type(a).__name__, type(b).__name__))


tzinfo_class = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1)


def _strptime(cls, text, fmt):
    values = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    i = 0
    j = 0
    names = {n[:3].lower(): k for k, n in enumerate(_MONTH_NAMES) if n}
    full = {n.lower(): k for k, n in enumerate(_MONTH_NAMES) if n}
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            i += 2
            if code in 'YmdHMSfyjIU':
                width = {'Y': 4, 'f': 6, 'j': 3}.get(code, 2)
                k = j
                while k < len(text) and k - j < width and text[k].isdigit():
                    k += 1
                if k == j:
                    break
                num = int(text[j:k])
                if code == 'f':
                    num = int(text[j:k].ljust(6, '0'))
                if code == 'y':
                    values['Y'] = num + (2000 if num < 69 else 1900)
                elif code == 'I':
                    values['H'] = num
                else:
                    values[code] = num
                j = k
            elif code in 'bBh':
                word = ''
                k = j
                while k < len(text) and text[k].isalpha():
                    k += 1
                word = text[j:k].lower()
                if word in full:
                    values['m'] = full[word]
                elif word in names:
                    values['m'] = names[word]
                else:
                    break
                j = k
            elif code in 'aA':
                k = j
                while k < len(text) and text[k].isalpha():
                    k += 1
                j = k
            elif code == 'p':
                word = text[j:j + 2].upper()
                if word not in ('AM', 'PM'):
                    break
                pm = word == 'PM'
                j += 2
            elif code == '%':
                if text[j:j + 1] != '%':
                    break
                j += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
        else:
            if j >= len(text) or text[j] != ch:
                if ch.isspace() and j < len(text) and text[j].isspace():
                    pass
                else:
                    break
            i += 1
            j += 1
    else:
        if j != len(text):
            raise ValueError('unconverted data remains: %s' % text[j:])
        hour = values['H']
        if pm is not None:
            hour = hour % 12 + (12 if pm else 0)
        return cls(values['Y'], values['m'], values['d'], hour, values['M'], values['S'], values['f'])
    raise ValueError("time data %r does not match format %r" % (text, fmt))
