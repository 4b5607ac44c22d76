"""Formatting of exceptions and their tracebacks (Brisk's own implementation)."""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exception', 'format_exception_only', 'format_list', 'format_tb', 'print_exc',
           'format_exc', 'print_exception', 'print_list', 'print_tb', 'FrameSummary', 'StackSummary',
           'TracebackException']

_sentinel = object()


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename, self.lineno, self.name, self._line = filename, lineno, name, line
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        return None if self._line is None else self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for f in a_list:
            if not isinstance(f, FrameSummary):
                filename, lineno, name, line = f
                f = FrameSummary(filename, lineno, name, line=line)
            result.append(f)
        return result

    def format_frame_summary(self, f):
        row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
        if f.line:
            row += '    {}\n'.format(f.line)
        if f.locals:
            for name, value in sorted(f.locals.items()):
                row += '    {} = {}\n'.format(name, value)
        return row

    def format(self):
        result, last, count = [], None, 0
        for f in self:
            key = (f.filename, f.lineno, f.name)
            if key != last:
                _repeated(result, count)
                last, count = key, 0
            count += 1
            if count <= 3:
                result.append(self.format_frame_summary(f))
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > 3:
        count -= 3
        result.append('  [Previous line repeated {} more time{}]\n'.format(count, 's' if count > 1 else ''))


def _limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _limited(items, limit):
    limit = _limit(limit)
    if limit is None:
        return items
    return items[:limit] if limit >= 0 else items[limit:]


def extract_tb(tb, limit=None):
    frames = []
    while tb is not None:
        filename, lineno, name, line = tb._entry
        frames.append(FrameSummary(filename, lineno, name, line=line))
        tb = tb.tb_next
    return StackSummary(_limited(frames, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    for item in format_list(extracted_list):
        print(item, file=sys.stderr if file is None else file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def _value(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    value = exc if value is _sentinel else value
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format(value, 0, False, True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format(value, 0 if tb is None else _limit(limit), chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=sys.stderr if file is None else file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type, self._value, self._limit = exc_type, exc_value, limit
        self.stack = extract_tb(exc_traceback, limit)
        self._str = str(exc_value)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, limit=self._limit, chain=chain)
