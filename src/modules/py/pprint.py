"""pprint for Brisk: CPython's layout for dicts, lists, tuples and sets.

An object whose one-line repr fits in the width is printed on one line;
otherwise its items go one per line, indented under the opening bracket,
as CPython's PrettyPrinter does. Dict keys are sorted unless
sort_dicts=False.
"""

import sys as _sys

__all__ = ['pprint', 'pformat', 'pp', 'saferepr', 'isreadable', 'isrecursive', 'PrettyPrinter']


def _sorted_items(d, sort):
    items = list(d.items())
    if sort:
        try:
            items.sort(key=lambda kv: kv[0])
        except TypeError:
            items.sort(key=lambda kv: (str(type(kv[0])), repr(kv[0])))
    return items


def _sorted_set(s):
    try:
        return sorted(s)
    except TypeError:
        return list(s)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if width <= 0:
            raise ValueError('width must be != 0')
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._sort = sort_dicts

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(obj) + '\n')

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, 1)
        return ''.join(out)

    def isreadable(self, obj):
        return True

    def isrecursive(self, obj):
        return False

    def _repr(self, obj, level=1):
        """The one-line repr, with dict keys sorted and depth cut off."""
        if self._depth is not None and level > self._depth and isinstance(obj, (dict, list, tuple, set, frozenset)) and obj:
            return {dict: '{...}', list: '[...]', tuple: '(...)'}.get(type(obj), '...')
        t = type(obj)
        if t is dict:
            return '{' + ', '.join(f'{self._repr(k, level + 1)}: {self._repr(v, level + 1)}'
                                   for k, v in _sorted_items(obj, self._sort)) + '}'
        if t is list:
            return '[' + ', '.join(self._repr(x, level + 1) for x in obj) + ']'
        if t is tuple:
            if len(obj) == 1:
                return '(' + self._repr(obj[0], level + 1) + ',)'
            return '(' + ', '.join(self._repr(x, level + 1) for x in obj) + ')'
        return repr(obj)

    def _format(self, obj, out, indent, allowance, level):
        rep = self._repr(obj, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width and (self._depth is None or level <= self._depth):
            t = type(obj)
            if t is dict and obj:
                return self._pprint_dict(obj, out, indent, allowance, level)
            if t in (list, tuple, set, frozenset) and obj:
                return self._pprint_seq(obj, out, indent, allowance, level)
        out.append(rep)

    def _pprint_dict(self, obj, out, indent, allowance, level):
        out.append('{')
        if self._indent > 1:
            out.append(' ' * (self._indent - 1))
        indent += self._indent
        items = _sorted_items(obj, self._sort)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, level + 1)
            out.append(rep + ': ')
            self._format(value, out, indent + len(rep) + 2, allowance + 1 if last else 1, level + 1)
            if not last:
                out.append(',\n' + ' ' * indent)
        out.append('}')

    def _pprint_seq(self, obj, out, indent, allowance, level):
        t = type(obj)
        if t is list:
            start, end, items = '[', ']', list(obj)
        elif t is tuple:
            start, end, items = '(', ',)' if len(obj) == 1 else ')', list(obj)
        elif t is set:
            start, end, items = '{', '}', _sorted_set(obj)
        else:
            start, end, items = 'frozenset({', '})', _sorted_set(obj)
        out.append(start)
        if self._indent > 1:
            out.append(' ' * (self._indent - 1))
        indent += len(start) - 1 + self._indent
        allowance += len(end)
        last_index = len(items) - 1
        for i, item in enumerate(items):
            last = i == last_index
            self._format(item, out, indent, allowance if last else 1, level + 1)
            if not last:
                out.append(',\n' + ' ' * indent)
        out.append(end)


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts).pprint(obj)


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(obj):
    return PrettyPrinter()._repr(obj)


def isreadable(obj):
    return True


def isrecursive(obj):
    return False
