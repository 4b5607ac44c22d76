"""`shlex`, Brisk's own version: `split` (POSIX rules, `comments`), `quote`
and `join`. No `shlex` lexer class."""

import re as _re

__all__ = ['split', 'quote', 'join']

_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII)


def quote(s):
    """A shell-escaped version of `s`."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The shell-escaped string of the words in `split_command`."""
    return ' '.join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """Splits `s` into words as a POSIX shell would."""
    if s is None:
        raise ValueError('s argument must not be None')
    if not posix:
        raise NotImplementedError("Brisk's shlex.split supports only posix=True")
    words = []
    word = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if c in ' \t\r\n':
            if word is not None:
                words.append(word)
                word = None
        elif c == '#' and comments:
            while i < n and s[i] != '\n':
                i += 1
            if word is not None:
                words.append(word)
                word = None
        elif c == '\\':
            if i >= n:
                raise ValueError('No escaped character')
            word = (word or '') + s[i]
            i += 1
        elif c == "'":
            end = s.find("'", i)
            if end < 0:
                raise ValueError('No closing quotation')
            word = (word or '') + s[i:end]
            i = end + 1
        elif c == '"':
            buf = []
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                i += 1
                if c == '"':
                    break
                if c == '\\' and i < n and s[i] in '\\"':
                    buf.append(s[i])
                    i += 1
                    continue
                buf.append(c)
            word = (word or '') + ''.join(buf)
        else:
            word = (word or '') + c
    if word is not None:
        words.append(word)
    return words
