"""Regular expressions (Brisk's own implementation of the re API).

Matching is done natively (the `_re` module: Python syntax translated for
the fancy-regex backtracking engine); this module provides Pattern and
Match objects, sub/split/findall semantics and replacement templates.
Differences from CPython: invalid patterns raise re.error with different
wording, and the LOCALE flag is ignored.
"""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(int):
    _names = {}

    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        if name is not None:
            RegexFlag._names[value] = name
        return self

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    def __repr__(self):
        value = int(self)
        if value in RegexFlag._names:
            return 're.' + RegexFlag._names[value]
        parts = [('re.' + n) for v, n in sorted(RegexFlag._names.items()) if v and value & v == v]
        return '|'.join(parts) if parts else 're.NOFLAG' if value == 0 else hex(value)

    __str__ = __repr__


NOFLAG = RegexFlag(0, 'NOFLAG')
A = ASCII = RegexFlag(256, 'ASCII')
I = IGNORECASE = RegexFlag(2, 'IGNORECASE')
L = LOCALE = RegexFlag(4, 'LOCALE')
M = MULTILINE = RegexFlag(8, 'MULTILINE')
S = DOTALL = RegexFlag(16, 'DOTALL')
U = UNICODE = RegexFlag(32, 'UNICODE')
X = VERBOSE = RegexFlag(64, 'VERBOSE')


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


def _compile_error(e, pattern):
    """re.error from the translator's message, its position split off."""
    text = str(e)
    head, sep, tail = text.rpartition(' at position ')
    if sep and tail.isdigit():
        return error(head, pattern, int(tail))
    return error(text, pattern)


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError("bytes patterns are not supported by Brisk's re")
        try:
            groups, groupindex = _re._info(pattern, int(flags))
        except ValueError as e:
            raise _compile_error(e, pattern) from None
        self.pattern = pattern
        self.flags = int(flags) | (32 if not int(flags) & 256 else 0)
        self._flags = int(flags)
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        text = 're.compile(%r' % (self.pattern,)
        shown = self._flags & ~32
        if shown:
            text += ', %r' % (RegexFlag(shown),)
        return text + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    def _run(self, string, mode, pos, endpos):
        self._check(string)
        if endpos is None:
            endpos = len(string)
        spans = _re._match(self.pattern, self._flags, string, mode, pos, endpos)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, 0, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, 1, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, 2, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        self._check(string)
        end = len(string) if endpos is None else endpos
        for spans in _re._finditer(self.pattern, self._flags, string, pos, end):
            yield Match(self, string, spans, pos, end)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                g = m.group(1)
                out.append('' if g is None else g)
            else:
                out.append(tuple('' if g is None else g for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            expand = lambda m: _expand(template, m)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            piece = expand(m)
            if not isinstance(piece, str):
                raise TypeError(f"expected str instance, {type(piece).__name__} found")
            out.append(piece)
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPE_CHARS = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}


def _parse_template(repl, pattern):
    """A replacement string as a list of literal strings and group numbers."""
    if not isinstance(repl, str):
        raise TypeError(f"expected str instance, {type(repl).__name__} found")
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        d = repl[i + 1]
        if d == 'g':
            close = repl.find('>', i + 3)
            if i + 2 >= n or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            if close < 0:
                raise error('missing group name' if i + 3 >= n else 'missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:close]
            if name.isdigit():
                index = int(name)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif not name:
                raise error('missing group name', repl, i + 3)
            elif name.isidentifier():
                raise IndexError(f"unknown group name '{name}'")
            else:
                raise error(f"bad character in group name '{name}'", repl, i + 3)
            if index > pattern.groups:
                raise error(f'invalid group reference {index}', repl, i + 3)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and repl[j].isdigit():
                j += 1
            if d == '0' or (j - i - 1 == 3):
                literal.append(chr(int(repl[i + 1:j], 8)))
                i = j
                continue
            index = int(repl[i + 1:j])
            if index > pattern.groups:
                raise error(f'invalid group reference {index}', repl, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
        elif d in _ESCAPE_CHARS:
            literal.append(_ESCAPE_CHARS[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error('bad escape \\%s' % d, repl, i)
        else:
            literal.append('\\' + d)
            i += 2
    parts.append(''.join(literal))
    return parts


def _expand(template, m):
    out = []
    for part in template:
        if isinstance(part, int):
            g = m.group(part)
            if g is not None:
                out.append(g)
        else:
            out.append(part)
    return ''.join(out)


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError('no such group') from None
        if isinstance(g, bool) or not isinstance(g, int):
            raise IndexError('no such group')
        if not 0 <= g <= self.re.groups:
            raise IndexError('no such group')
        return g

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _group(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    @property
    def lastindex(self):
        # The group that closed last: the one ending furthest right; on a tie,
        # the outermost (lowest-numbered) one.
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s >= 0 and e > best_end:
                best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == i:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, bytes):
        return bytes(escape(pattern.decode('latin-1')), 'latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
