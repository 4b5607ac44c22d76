"""Pretty-printing of data structures (Brisk's own implementation)."""

import sys as _sys
import collections as _c

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Key:
    """Orders values of unorderable mixed types by type name, then id."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        try:
            return self.v < other.v
        except TypeError:
            return (str(type(self.v)), id(self.v)) < (str(type(other.v)), id(other.v))


def _pair_key(kv):
    return _Key(kv[0]), _Key(kv[1])


def _recursion(o):
    return '<Recursion on %s with id=%s>' % (type(o).__name__, id(o))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._format(object, out.append, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _format(self, o, write, indent, allowance, context, level):
        oid = id(o)
        if oid in context:
            write(_recursion(o))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(o, context, level)
        if len(rep) > self._width - indent - allowance:
            p = _dispatch.get(type(o).__repr__)
            if p is not None:
                context[oid] = 1
                p(self, o, write, indent, allowance, context, level + 1)
                del context[oid]
                return
        write(rep)

    def _repr(self, o, context, level):
        rep, readable, recursive = self.format(o, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pad(self, write):
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')

    def _dict_items(self, o):
        return sorted(o.items(), key=_pair_key) if self._sort_dicts else o.items()

    def _pprint_dict(self, o, write, indent, allowance, context, level):
        write('{')
        self._pad(write)
        if len(o):
            self._format_dict_items(self._dict_items(o), write, indent, allowance + 1, context, level)
        write('}')

    def _pprint_ordered_dict(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        name = o.__class__.__name__
        write(name + '(')
        self._format(list(o.items()), write, indent + len(name) + 1, allowance + 1, context, level)
        write(')')

    def _pprint_default_dict(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        name = o.__class__.__name__
        indent += len(name) + 1
        write('%s(%s,\n%s' % (name, self._repr(o.default_factory, context, level), ' ' * indent))
        self._pprint_dict(o, write, indent, allowance + 1, context, level)
        write(')')

    def _pprint_counter(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        name = o.__class__.__name__
        write(name + '({')
        self._pad(write)
        self._format_dict_items(o.most_common(), write, indent + len(name) + 1, allowance + 2, context, level)
        write('})')

    def _pprint_deque(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        name = o.__class__.__name__
        write(name + '([')
        indent += len(name) + 1
        if o.maxlen is None:
            self._format_items(o, write, indent, allowance + 2, context, level)
            write('])')
        else:
            self._format_items(o, write, indent, 2, context, level)
            write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(o.maxlen, context, level)))

    def _pprint_list(self, o, write, indent, allowance, context, level):
        write('[')
        self._format_items(o, write, indent, allowance + 1, context, level)
        write(']')

    def _pprint_tuple(self, o, write, indent, allowance, context, level):
        write('(')
        end = ',)' if len(o) == 1 else ')'
        self._format_items(o, write, indent, allowance + len(end), context, level)
        write(end)

    def _pprint_set(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        if type(o) is set:
            write('{')
            end = '}'
        else:
            write(type(o).__name__ + '({')
            end = '})'
            indent += len(type(o).__name__) + 1
        self._format_items(sorted(o, key=_Key), write, indent, allowance + len(end), context, level)
        write(end)

    def _pprint_str(self, o, write, indent, allowance, context, level):
        if not len(o):
            write(repr(o))
            return
        chunks = []
        lines = o.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= room - (allowance if last_line else 0):
                chunks.append(rep)
                continue
            # Split after each run of whitespace; greedily fill each chunk.
            parts, j = [], 0
            while j < len(line):
                k = j
                while k < len(line) and not line[k].isspace():
                    k += 1
                while k < len(line) and line[k].isspace():
                    k += 1
                parts.append(line[j:k])
                j = k
            cur = ''
            for j, part in enumerate(parts):
                cand = cur + part
                limit = room - (allowance if last_line and j == len(parts) - 1 else 0)
                if len(repr(cand)) > limit:
                    if cur:
                        chunks.append(repr(cur))
                    cur = part
                else:
                    cur = cand
            if cur:
                chunks.append(repr(cur))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            write(')')

    def _format_dict_items(self, items, write, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        n = len(items)
        for i, (key, value) in enumerate(items):
            last = i == n - 1
            rep = self._repr(key, context, level)
            write(rep + ': ')
            self._format(value, write, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(sep)

    def _format_items(self, items, write, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad(write)
        sep = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        n = len(items)
        for i, item in enumerate(items):
            last = i == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = sep
                if width >= w:
                    width -= w
                    write(delim + rep)
                    delim = ', '
                    continue
            write(delim)
            delim = sep
            self._format(item, write, indent, allowance if last else 1, context, level)

    def _safe_repr(self, o, context, maxlevels, level):
        typ = type(o)
        if typ in _SCALARS:
            return repr(o), True, False
        r = typ.__repr__
        if issubclass(typ, int) and r is int.__repr__:
            return (f'{o:_d}' if self._underscore_numbers else repr(o)), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not o:
                return '{}', True, False
            fmt = '{%s}'
            items = self._dict_items(o)
        elif (issubclass(typ, list) and r is list.__repr__) or (issubclass(typ, tuple) and r is tuple.__repr__):
            if not o:
                return ('[]' if issubclass(typ, list) else '()'), True, False
            fmt = '[%s]' if issubclass(typ, list) else '(%s,)' if len(o) == 1 else '(%s)'
            items = None
        else:
            rep = repr(o)
            return rep, bool(rep) and not rep.startswith('<'), False
        oid = id(o)
        if maxlevels and level >= maxlevels:
            return fmt % '...', False, oid in context
        if oid in context:
            return _recursion(o), False, True
        context[oid] = 1
        readable, recursive = True, False
        parts = []
        level += 1
        for x in (o if items is None else items):
            if items is None:
                s, ok, rec = self.format(x, context, maxlevels, level)
            else:
                k, kok, krec = self.format(x[0], context, maxlevels, level)
                v, vok, vrec = self.format(x[1], context, maxlevels, level)
                s, ok, rec = k + ': ' + v, kok and vok, krec or vrec
            parts.append(s)
            readable = readable and ok
            recursive = recursive or rec
        del context[oid]
        return fmt % ', '.join(parts), readable, recursive


P = PrettyPrinter
_dispatch = {dict.__repr__: P._pprint_dict, list.__repr__: P._pprint_list, tuple.__repr__: P._pprint_tuple,
             set.__repr__: P._pprint_set, frozenset.__repr__: P._pprint_set, str.__repr__: P._pprint_str,
             _c.OrderedDict.__repr__: P._pprint_ordered_dict, _c.defaultdict.__repr__: P._pprint_default_dict,
             _c.Counter.__repr__: P._pprint_counter, _c.deque.__repr__: P._pprint_deque}
del P
