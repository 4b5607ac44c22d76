//! The `string` module: constants, `capwords` and `Template`.

use std::rc::Rc;

use super::util::run_source;
use crate::objects::{PyDict, PyResult};
use crate::vm::Vm;

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    run_source(vm, d, PY_SOURCE, "<string>")
}

const PY_SOURCE: &str = r##"
__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]
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
"##;
