#!/usr/bin/env python3
"""Writes src/modules/py/_ucd.py, the tables behind Brisk's `unicodedata`.

Generated from the running CPython's own `unicodedata` (Unicode 14.0.0 for
CPython 3.11), so that Brisk answers exactly as the reference CPython does.
Run it with the CPython the conformance suite compares against:

    python3 scripts/gen-unicodedata.py

Format: each per-code-point property (category, bidirectional,
east_asian_width, combining, mirrored) is a run-length table over
U+0000..U+10FFFF: a string of the distinct values joined by spaces and a
string of runs, each run being the value's index in one character
(chr(48 + i)) followed by the run's length in base 36 and a space.
Numeric values and decompositions are lists of lines `<hex delta> <data>`,
the delta from the previous entry's code point. Composition exclusions (the
canonical pairs NFC does not recompose) are listed in hex. Hangul syllables
are computed, as the Unicode Standard describes.
"""
import unicodedata as u
from pathlib import Path

MAX = 0x110000


def base36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def runs(prop):
    values, out = [], []
    prev, start = None, 0
    for cp in range(MAX + 1):
        v = prop(chr(cp)) if cp < MAX else object()
        if v != prev:
            if prev is not None:
                if prev not in values:
                    values.append(prev)
                out.append(chr(48 + values.index(prev)) + base36(cp - start))
            prev, start = v, cp
    return ' '.join(str(v) for v in values), ' '.join(out)


def deltas(entries):
    lines, prev = [], 0
    for cp, data in entries:
        lines.append('%x %s' % (cp - prev, data))
        prev = cp
    return '\n'.join(lines)


def is_hangul(cp):
    return 0xAC00 <= cp <= 0xD7A3


def main():
    out = ['"""Unicode %s tables for `unicodedata`, written by scripts/gen-unicodedata.py."""' % u.unidata_version,
           '', 'VERSION = %r' % u.unidata_version]
    for name, prop in [('CATEGORY', u.category), ('BIDI', u.bidirectional), ('EAW', u.east_asian_width),
                       ('COMBINING', u.combining), ('MIRRORED', u.mirrored)]:
        values, table = runs(prop)
        out.append('%s = (%r,\n    %r)' % (name, values, table))
    numeric = []
    for cp in range(MAX):
        c = chr(cp)
        n = u.numeric(c, None)
        if n is None:
            continue
        kind = 'd' if u.decimal(c, None) is not None else 'g' if u.digit(c, None) is not None else 'n'
        # The exact fraction CPython's table holds, when not an integer.
        text = repr(int(n)) if n == int(n) else next(
            '%d/%d' % (round(n * d), d) for d in range(1, 1000) if abs(round(n * d) / d - n) < 1e-12)
        numeric.append((cp, kind + text))
    out.append('NUMERIC = %r' % deltas(numeric))
    decomp = [(cp, u.decomposition(chr(cp))) for cp in range(MAX) if u.decomposition(chr(cp))]
    out.append('DECOMPOSITION = %r' % deltas(decomp))
    excluded = []
    for cp, d in decomp:
        parts = d.split()
        if parts[0].startswith('<'):
            continue
        if len(parts) == 2 and u.normalize('NFC', ''.join(chr(int(p, 16)) for p in parts)) != chr(cp):
            excluded.append('%x' % cp)
    out.append('EXCLUDED = %r' % ' '.join(excluded))
    path = Path(__file__).resolve().parent.parent / 'src/modules/py/_ucd.py'
    path.write_text('\n'.join(out) + '\n', encoding='utf-8')
    print(path, path.stat().st_size)


main()
