#!/usr/bin/env python3
"""Writes crates/unicode-names/names.txt, the table behind `\\N{...}`.

Generated from the running CPython's own `unicodedata` (so Brisk accepts
exactly the names the reference CPython does) plus the aliases of Unicode's
NameAliases.txt that this CPython accepts in a literal. Run it with the
CPython the conformance suite compares against:

    python3 scripts/gen-unicode-names.py PATH/TO/NameAliases.txt

Format (see crates/unicode-names/src/lib.rs): a first line of the 128
words that bytes 0x80..=0xFF stand for in names (the ones whose replacement
saves the most), separated by spaces; then one line per named code point in
increasing order, prefixed by `+<hex>;` when it does not follow the
previous one directly, then the name, its words so replaced, front-coded:
one character `chr(48 + n)` saying how many leading bytes it shares with the
previous name (at most 78), then the rest of it; then `@alias` lines
`<hex>;NAME`; then `#range` lines `PREFIX;<hex lo>;<hex hi>` for names made
of a prefix and the code point in hex (CJK UNIFIED IDEOGRAPH-4E00). Hangul
syllables are computed. The words as bytes take ~9 KB off the gzipped table.
"""
import collections
import sys
import unicodedata
from pathlib import Path


def hex_suffixed(cp, name):
    """The prefix when the name is PREFIX + the code point in hex."""
    head, sep, tail = name.rpartition("-")
    if sep and tail == format(cp, "X") and len(tail) >= 4:
        return head + "-"
    return None


def main():
    names, ranges = [], []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith("HANGUL SYLLABLE "):
            continue
        prefix = hex_suffixed(cp, name)
        if prefix is not None:
            if ranges and ranges[-1][0] == prefix and ranges[-1][2] == cp - 1:
                ranges[-1][2] = cp
            else:
                ranges.append([prefix, cp, cp])
            continue
        names.append((cp, name))

    aliases = []
    if len(sys.argv) > 1:
        for line in Path(sys.argv[1]).read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cp_hex, alias, _kind = line.split(";")
            try:
                accepted = eval('"\\N{%s}"' % alias) == chr(int(cp_hex, 16))
            except SyntaxError:
                accepted = False
            if accepted:
                aliases.append((int(cp_hex, 16), alias))

    # The words whose one-byte stand-ins save the most bytes (ties in order
    # of first use, so the table is the same on every run).
    counts = collections.Counter(w for _, name in names for w in name.split(" "))
    words = sorted(counts, key=lambda w: -counts[w] * (len(w) - 1))[:128]
    byte_of = {w: bytes([0x80 + i]) for i, w in enumerate(words)}

    def coded(name):
        return b" ".join(byte_of.get(w, w.encode()) for w in name.split(" "))

    lines, previous, previous_name = [" ".join(words).encode()], -1, b""
    for cp, name in names:
        name = coded(name)
        gap = cp - previous - 1
        shared = 0
        while shared < min(len(name), len(previous_name), 78) and name[shared] == previous_name[shared]:
            shared += 1
        lines.append((b"+%x;" % gap if gap else b"") + bytes([48 + shared]) + name[shared:])
        previous, previous_name = cp, name
    lines.append(b"@alias")
    lines += [b"%x;%s" % (cp, alias.encode()) for cp, alias in aliases]
    lines.append(b"#range")
    lines += [b"%s;%x;%x" % (p.encode(), lo, hi) for p, lo, hi in ranges]
    out = Path(__file__).resolve().parent.parent / "crates/unicode-names/names.txt"
    out.write_bytes(b"\n".join(lines) + b"\n")
    print(f"{out}: {len(names)} names, {len(aliases)} aliases, {len(ranges)} ranges "
          f"(Unicode {unicodedata.unidata_version})")


if __name__ == "__main__":
    main()
