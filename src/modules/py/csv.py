"""csv for Brisk: reader, writer, DictReader and DictWriter for the
default (excel) dialect, plus delimiter/quotechar/quoting options."""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__all__ = ['reader', 'writer', 'DictReader', 'DictWriter', 'Error', 'QUOTE_MINIMAL', 'QUOTE_ALL',
           'QUOTE_NONNUMERIC', 'QUOTE_NONE']


class Error(Exception):
    pass


class _Options:
    def __init__(self, delimiter=',', quotechar='"', lineterminator='\r\n', quoting=QUOTE_MINIMAL,
                 skipinitialspace=False, doublequote=True, escapechar=None, strict=False, dialect=None):
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.skipinitialspace = skipinitialspace
        self.doublequote = doublequote
        self.escapechar = escapechar


class _Reader:
    def __init__(self, lines, opts):
        self._lines = iter(lines)
        self._o = opts
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        self.line_num += 1
        return line

    def __next__(self):
        o = self._o
        line = self._next_line()
        fields, field, quoted, in_quotes, i = [], [], False, False, 0
        while True:
            if i >= len(line):
                if in_quotes:
                    # A quoted field runs on over the line break.
                    try:
                        line = self._next_line()
                    except StopIteration:
                        raise Error('unexpected end of data')
                    i = 0
                    continue
                break
            c = line[i]
            if in_quotes:
                if c == o.quotechar:
                    if o.doublequote and i + 1 < len(line) and line[i + 1] == o.quotechar:
                        field.append(c)
                        i += 1
                    else:
                        in_quotes = False
                else:
                    field.append(c)
            elif c == o.quotechar and not field and o.quoting != QUOTE_NONE:
                in_quotes = quoted = True
            elif c == o.delimiter:
                fields.append(self._value(''.join(field), quoted))
                field, quoted = [], False
                if o.skipinitialspace:
                    while i + 1 < len(line) and line[i + 1] == ' ':
                        i += 1
            elif c in '\r\n':
                pass
            else:
                field.append(c)
            i += 1
        if fields or field or quoted:
            fields.append(self._value(''.join(field), quoted))
        return fields

    def _value(self, text, quoted):
        if self._o.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(text)
        return text


class _Writer:
    def __init__(self, f, opts):
        self._f = f
        self._o = opts

    def _field(self, value):
        o = self._o
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if o.quoting == QUOTE_ALL or (o.quoting == QUOTE_NONNUMERIC and not isinstance(value, (int, float))):
            need = True
        elif o.quoting == QUOTE_NONE:
            need = False
        else:
            need = any(ch in text for ch in (o.delimiter, o.quotechar, '\n', '\r'))
        if o.quotechar in text and o.doublequote:
            text = text.replace(o.quotechar, o.quotechar * 2)
        return f'{o.quotechar}{text}{o.quotechar}' if need else text

    def writerow(self, row):
        line = self._o.delimiter.join(self._field(v) for v in row) + self._o.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **kwargs):
    return _Reader(csvfile, _Options(**kwargs))


def writer(csvfile, dialect='excel', **kwargs):
    return _Writer(csvfile, _Options(**kwargs))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', **kwargs):
        self.reader = reader(f, **kwargs)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        names = self.fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', **kwargs):
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, **kwargs)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(repr(x) for x in wrong))
        return [rowdict.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
