"""`unicodedata`, Brisk's own version, over tables generated from CPython
3.11's own (Unicode 14.0.0; `_ucd`, see scripts/gen-unicodedata.py): the
character properties, names, numeric values, decompositions and the four
normalization forms. No `ucd_3_2_0`."""

import _ucd
import _unicodedata
from bisect import bisect_right as _bisect

__all__ = ['lookup', 'name', 'decimal', 'digit', 'numeric', 'category', 'bidirectional', 'combining',
           'east_asian_width', 'mirrored', 'decomposition', 'normalize', 'is_normalized', 'unidata_version']

unidata_version = _ucd.VERSION


class _Runs:
    """A run-length table: the value for a code point, by binary search."""

    def __init__(self, spec, convert):
        values, runs = spec
        values = [convert(v) for v in values.split(' ')]
        self.starts = starts = []
        self.values = vals = []
        at = 0
        for run in runs.split(' '):
            starts.append(at)
            vals.append(values[ord(run[0]) - 48])
            at += int(run[1:], 36)

    def __getitem__(self, cp):
        return self.values[_bisect(self.starts, cp) - 1]


_tables = {}


def _table(key):
    t = _tables.get(key)
    if t is None:
        convert = int if key in ('COMBINING', 'MIRRORED') else str
        t = _tables[key] = _Runs(getattr(_ucd, key), convert)
    return t


def _code(fname, chr_):
    if not isinstance(chr_, str):
        raise TypeError('%s() argument must be a unicode character, not %s' % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError('%s() argument must be a unicode character, not str' % fname)
    return ord(chr_)


def category(chr):
    """The general category of `chr`, as a two-letter string ('Lu')."""
    return _table('CATEGORY')[_code('category', chr)]


def bidirectional(chr):
    """The bidirectional class of `chr` ('' when none)."""
    v = _table('BIDI')[_code('bidirectional', chr)]
    return v


def east_asian_width(chr):
    """The East Asian width of `chr` ('W', 'Na', ...)."""
    return _table('EAW')[_code('east_asian_width', chr)]


def combining(chr):
    """The canonical combining class of `chr` (0 when none)."""
    return _table('COMBINING')[_code('combining', chr)]


def mirrored(chr):
    """1 when `chr` is mirrored in bidirectional text, else 0."""
    return _table('MIRRORED')[_code('mirrored', chr)]


_numeric = None


def _numbers():
    global _numeric
    if _numeric is None:
        _numeric = {}
        cp = 0
        for line in _ucd.NUMERIC.split('\n'):
            delta, data = line.split(' ')
            cp += int(delta, 16)
            _numeric[cp] = data
    return _numeric


_MISSING = object()


def _number(fname, chr, default, kinds, message):
    data = _numbers().get(_code(fname, chr))
    if data is None or data[0] not in kinds:
        if default is _MISSING:
            raise ValueError(message)
        return default
    text = data[1:]
    if '/' in text:
        num, den = text.split('/')
        return int(num) / int(den)
    return int(text)


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of `chr`; ValueError (or `default`) when none."""
    return _number('decimal', chr, default, 'd', 'not a decimal')


def digit(chr, default=_MISSING, /):
    """The digit value of `chr`; ValueError (or `default`) when none."""
    return _number('digit', chr, default, 'dg', 'not a digit')


def numeric(chr, default=_MISSING, /):
    """The numeric value of `chr` as a float; ValueError (or `default`) when none."""
    v = _number('numeric', chr, default, 'dgn', 'not a numeric character')
    return float(v) if isinstance(v, int) and v is not default else v


def name(chr, default=_MISSING, /):
    """The name of `chr`; ValueError (or `default`) when it has none."""
    _code('name', chr)
    n = _unicodedata.name(chr)
    if n is None:
        if default is _MISSING:
            raise ValueError('no such name')
        return default
    return n


def lookup(name, /):
    """The character called `name` (aliases and named sequences' prefixes too)."""
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    if not isinstance(name, str):
        raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    c = _unicodedata.lookup(name) if name.isascii() else None
    if c is None:
        raise KeyError("undefined character name '%s'" % name)
    return c


# ----- decomposition and normalization -----

_decomp = None
_compose = None


def _decompositions():
    global _decomp, _compose
    if _decomp is None:
        _decomp = {}
        cp = 0
        for line in _ucd.DECOMPOSITION.split('\n'):
            delta, data = line.split(' ', 1)
            cp += int(delta, 16)
            _decomp[cp] = data
        excluded = set(int(h, 16) for h in _ucd.EXCLUDED.split(' '))
        _compose = {}
        for cp, data in _decomp.items():
            if data[0] == '<' or cp in excluded:
                continue
            parts = data.split(' ')
            if len(parts) == 2:
                _compose[(int(parts[0], 16), int(parts[1], 16))] = cp
    return _decomp


def decomposition(chr):
    """The decomposition mapping of `chr` as in UnicodeData.txt ('' when none)."""
    return _decompositions().get(_code('decomposition', chr), '')


_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT


def _decompose(s, compat):
    table = _decompositions()
    out = []

    def add(cp):
        if _SBASE <= cp < _SBASE + _SCOUNT:
            i = cp - _SBASE
            out.append(_LBASE + i // _NCOUNT)
            out.append(_VBASE + (i % _NCOUNT) // _TCOUNT)
            if i % _TCOUNT:
                out.append(_TBASE + i % _TCOUNT)
            return
        data = table.get(cp)
        if data is None or (data[0] == '<' and not compat):
            out.append(cp)
            return
        for part in data.split(' '):
            if part[0] != '<':
                add(int(part, 16))

    for c in s:
        add(ord(c))
    # Canonical ordering: stable sort of each run of non-starters.
    ccc = _table('COMBINING')
    i, n = 0, len(out)
    while i < n:
        if ccc[out[i]] == 0:
            i += 1
            continue
        j = i
        while j < n and ccc[out[j]] != 0:
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=lambda cp: ccc[cp])
        i = j
    return out


def _pair(first, second):
    """The primary composite of two code points, or None."""
    if _LBASE <= first < _LBASE + _LCOUNT and _VBASE <= second < _VBASE + _VCOUNT:
        return _SBASE + ((first - _LBASE) * _VCOUNT + (second - _VBASE)) * _TCOUNT
    if _SBASE <= first < _SBASE + _SCOUNT and (first - _SBASE) % _TCOUNT == 0 and _TBASE < second < _TBASE + _TCOUNT:
        return first + second - _TBASE
    return _compose.get((first, second))


def _recompose(cps):
    """Canonical composition: each character joins the last starter unless blocked."""
    _decompositions()
    ccc = _table('COMBINING')
    out = []
    starter = None
    last = 0
    for cp in cps:
        cc = ccc[cp]
        if starter is not None and (len(out) - 1 == starter or (last != 0 and last < cc)):
            combined = _pair(out[starter], cp)
            if combined is not None:
                out[starter] = combined
                continue
        if cc == 0:
            starter = len(out)
        last = cc
        out.append(cp)
    return out


def normalize(form, unistr, /):
    """`unistr` in normalization form `form`: 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s' % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s' % type(unistr).__name__)
    if form not in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    cps = _decompose(unistr, form[-2] == 'K')
    if form[-1] == 'C':
        cps = _recompose(cps)
    return ''.join(map(chr, cps))


def is_normalized(form, unistr, /):
    """Whether `unistr` is already in normalization form `form`."""
    return normalize(form, unistr) == unistr
