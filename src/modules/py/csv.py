"""`csv`, Brisk's own version: `reader`, `writer`, `DictReader`,
`DictWriter` and the dialect parameters (delimiter, quotechar, escapechar,
doublequote, skipinitialspace, lineterminator, quoting, strict) with the
`excel`, `excel-tab` and `unix` dialects. No `Sniffer`, no `field_size_limit`."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'reader', 'writer', 'DictReader', 'DictWriter', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_PARAMS = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator',
           'quoting', 'strict')


def register_dialect(name, dialect=None, **kw):
    base = dialect if dialect is not None else Dialect
    _dialects[name] = type(name, (), {p: kw.get(p, getattr(base, p, getattr(Dialect, p))) for p in _PARAMS})


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


class _Params:
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for p in _PARAMS:
            setattr(self, p, kw[p] if p in kw else getattr(dialect, p, getattr(Dialect, p)))
        for k in kw:
            if k not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, lines, p):
        self._lines = iter(lines)
        self._p = p
        self.line_num = 0
        self.dialect = p

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        row, field = [], []
        # start, field, escape, quoted, quoted_escape, quote_in_quoted
        state = 'start'
        quoted_field = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state == 'start' and not row:
                    raise
                if p.strict and state in ('quoted', 'quoted_escape'):
                    raise Error('unexpected end of data') from None
                row.append(self._value(''.join(field), quoted_field))
                return row
            self.line_num += 1
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)'
                            % type(line).__name__)
            for c in line:
                if state == 'start':
                    quoted_field = False
                    if c in '\r\n':
                        if row:
                            row.append('')
                        return row
                    if c == p.quotechar and p.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                        continue
                    if c == ' ' and p.skipinitialspace:
                        continue
                    state = 'field'
                if state == 'field':
                    if c == p.delimiter:
                        row.append(self._value(''.join(field), quoted_field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        row.append(self._value(''.join(field), quoted_field))
                        return row
                    elif c == p.escapechar:
                        state = 'escape'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == p.escapechar:
                        state = 'quoted_escape'
                    elif c == p.quotechar:
                        state = 'quote_in_quoted' if p.doublequote else 'field'
                    else:
                        field.append(c)
                elif state == 'quoted_escape':
                    field.append(c)
                    state = 'quoted'
                else:  # quote_in_quoted
                    if c == p.quotechar:
                        field.append(c)
                        state = 'quoted'
                    elif c == p.delimiter:
                        row.append(''.join(field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        row.append(''.join(field))
                        return row
                    elif p.strict:
                        raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
                    else:
                        field.append(c)
                        state = 'field'
            # The line ended without a newline character.
            if state in ('quoted', 'quoted_escape'):
                continue
            if state == 'start' and not row:
                return []
            row.append(self._value(''.join(field), quoted_field))
            return row

    def _value(self, text, quoted):
        if self._p.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **kw):
    return _Reader(csvfile, _Params(dialect, kw))


class _Writer:
    def __init__(self, f, p):
        self._f = f
        self._p = p
        self.dialect = p

    def _field(self, v):
        p = self._p
        if v is None:
            text = ''
        elif isinstance(v, float):
            text = repr(v)
        else:
            text = str(v)
        special = p.delimiter in text or (p.quotechar and p.quotechar in text) or '\n' in text or '\r' in text
        if p.quoting == QUOTE_ALL or (p.quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float))):
            quote = True
        elif p.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = special
        if quote:
            if p.doublequote:
                text = text.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar:
                text = text.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
            return p.quotechar + text + p.quotechar
        if special:
            if not p.escapechar:
                raise Error('need to escape, but no escapechar set')
            for ch in (p.escapechar, p.delimiter, p.quotechar, '\n', '\r'):
                if ch:
                    text = text.replace(ch, p.escapechar + ch)
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        if len(items) == 1 and (items[0] is None or items[0] == '') and self._p.quoting != QUOTE_NONE:
            line = self._p.quotechar * 2
        else:
            line = self._p.delimiter.join(self._field(v) for v in items)
        return self._f.write(line + self._p.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **kw):
    return _Writer(csvfile, _Params(dialect, kw))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kw):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kw)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kw):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))
