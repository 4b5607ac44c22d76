//! The `string` module: constants, `capwords`, `Template` and `Formatter`.

use std::rc::Rc;

use super::util::run_source;
use crate::objects::{PyDict, PyResult};
use crate::vm::Vm;

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    run_source(vm, d, PY_SOURCE, "<string>")
}

const PY_SOURCE: &str = r##"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits

def _scan_name(template, i):
    j = i
    if j < len(template) and template[j] in _ID_START:
        j += 1
        while j < len(template) and template[j] in _ID_CHARS:
            j += 1
    return template[i:j]

def _line_col(template, i):
    lines = template[:i].splitlines(keepends=True)
    if not lines:
        return 1, 1
    return len(lines), len(lines[-1])

class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _parse(self):
        # A list of (literal, name or None, placeholder text, position).
        t = self.template
        d = self.delimiter
        parts = []
        lit = []
        i = 0
        n = len(t)
        while i < n:
            if not t.startswith(d, i):
                lit.append(t[i])
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                lit.append(d)
                i = j + len(d)
                continue
            if j < n and t[j] == '{':
                name = _scan_name(t, j + 1)
                end = j + 1 + len(name)
                if name and end < n and t[end] == '}':
                    parts.append((''.join(lit), name, t[i:end + 1], i))
                    lit = []
                    i = end + 1
                    continue
                parts.append((''.join(lit), None, d, j))
                lit = []
                i = j
                continue
            name = _scan_name(t, j)
            if name:
                parts.append((''.join(lit), name, t[i:j + len(name)], i))
                lit = []
                i = j + len(name)
                continue
            parts.append((''.join(lit), None, d, j))
            lit = []
            i = j
        parts.append((''.join(lit), '', '', n))
        return parts

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for lit, name, text, pos in self._parse():
            out.append(lit)
            if name is None:
                line, col = _line_col(self.template, pos)
                raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')
            if name:
                out.append(str(mapping[name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for lit, name, text, pos in self._parse():
            out.append(lit)
            if name is None:
                out.append(text)
                continue
            if not name:
                continue
            try:
                out.append(str(mapping[name]))
            except KeyError:
                out.append(text)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for lit, name, text, pos in self._parse():
            if name and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for lit, name, text, pos in self._parse():
            if name is None:
                return False
        return True

def _parse_format(s):
    # (literal, field name, format spec, conversion) tuples, with the same
    # results and errors as CPython's str.format parser.
    i, n = 0, len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        size = i - start
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                # A doubled brace: the literal keeps one, no field follows.
                i += 1
                markup = False
            else:
                size -= 1
        literal = s[start:start + size]
        if not markup:
            yield (literal, None, None, None)
            continue
        name_start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                break
        if c == '}':
            yield (literal, s[name_start:i - 1], '', None)
            continue
        if c not in ':!':
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield (literal, name, '', conversion)
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, name, s[spec_start:i - 1], conversion)


def _split_field_name(name):
    """(first, iterator of (is_attribute, key)) for 'a.b[0]'; digit strings
    become ints. Like CPython, errors in the rest show up as it is iterated."""
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_keys(name, i)


def _field_keys(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            if j == i:
                raise ValueError('Empty attribute in format string')
            yield (True, name[i:j])
            i = j
        elif c == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError('Empty attribute in format string')
            key = name[i:j]
            i = j + 1
            yield (False, int(key) if key.isdigit() and key.isascii() else key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
"##;
