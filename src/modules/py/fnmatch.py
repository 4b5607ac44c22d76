"""`fnmatch`, Brisk's own version: shell-style wildcards (`*`, `?`, `[seq]`,
`[!seq]`) with fnmatch, fnmatchcase, filter and translate, which gives the
same regular expression text as CPython 3.11."""

import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}


def _matcher(pat):
    m = _compiled.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            # Brisk's re has no bytes patterns: match the Latin-1 text,
            # which maps each byte to one character.
            search = re.compile(translate(pat.decode('latin-1'))).match

            def m(name):
                if not isinstance(name, bytes):
                    raise TypeError('cannot use a bytes pattern on a string-like object')
                return search(name.decode('latin-1'))
        else:
            search = re.compile(translate(pat)).match

            def m(name):
                if isinstance(name, bytes):
                    raise TypeError('cannot use a string pattern on a bytes-like object')
                return search(name)
        if len(_compiled) >= 256:
            _compiled.clear()
        _compiled[pat] = m
    return m


def fnmatch(name, pat):
    # Brisk follows POSIX, where os.path.normcase changes nothing.
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    match = _matcher(pat)
    return [n for n in names if match(n)]


def _set(pat, start, end):
    """The regex for the bracket expression whose contents are pat[start:end]."""
    body = pat[start:end]
    negate = body.startswith('!')
    if '-' not in body:
        items = body.replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges; a hyphen first (after
        # '!') or right after a range is a literal character.
        pieces = []
        piece_start = start
        k = start + 2 if negate else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[piece_start:k])
            piece_start = k + 1
            k += 3
        last = pat[piece_start:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # Drop the ranges whose ends are out of order: they match nothing.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        items = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # Characters that mean set operations in future regex syntax.
    items = re.sub(r'([&~|])', r'\\\1', items)
    if not items:
        return '(?!)'
    if items == '!':
        return '.'
    if items[0] == '!':
        items = '^' + items[1:]
    elif items[0] in '^[':
        items = '\\' + items
    return '[' + items + ']'


def translate(pat):
    # Tokens: regex pieces, with None for each run of stars.
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not None:
                tokens.append(None)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append('\\[')
            else:
                tokens.append(_set(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))
    # Stars between fixed parts match lazily inside atomic groups, so a
    # failed match does not backtrack through every split of the name.
    out = []
    k = 0
    while k < len(tokens) and tokens[k] is not None:
        out.append(tokens[k])
        k += 1
    while k < len(tokens):
        k += 1  # the star
        fixed = []
        while k < len(tokens) and tokens[k] is not None:
            fixed.append(tokens[k])
            k += 1
        if k == len(tokens):
            out.append('.*' + ''.join(fixed))
        else:
            out.append('(?>.*?' + ''.join(fixed) + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
