"""`bytearray`, written in Python (Brisk's own code) and loaded the first
time a program names it: a mutable list of byte values whose non-mutating
methods delegate to `bytes` and convert bytes results back."""


def _byte(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not 0 <= v <= 255:
        raise ValueError('byte must be in range(0, 256)')
    return int(v)


def _as_bytes(other):
    if isinstance(other, bytearray):
        return bytes(other._data)
    if isinstance(other, bytes):
        return other
    raise TypeError("can't concat %s to bytearray" % type(other).__name__)


def _values(source):
    if isinstance(source, bytearray):
        return list(source._data)
    if isinstance(source, bytes):
        return list(source)
    if isinstance(source, str):
        raise TypeError('string argument without an encoding')
    return [_byte(v) for v in source]


class bytearray:
    __module__ = 'builtins'

    def __init__(self, source=None, encoding=None, errors=None):
        if source is None:
            if encoding is not None or errors is not None:
                raise TypeError('encoding or errors without sequence argument')
            self._data = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError('string argument without an encoding')
            self._data = list(source.encode(encoding, errors or 'strict'))
        elif encoding is not None or errors is not None:
            raise TypeError('encoding without a string argument' if encoding is not None else 'errors without a string argument')
        elif isinstance(source, int) and not isinstance(source, bool):
            if source < 0:
                raise ValueError('negative count')
            self._data = [0] * source
        elif isinstance(source, float):
            raise TypeError("cannot convert 'float' object to bytearray")
        else:
            try:
                self._data = _values(source)
            except TypeError:
                if not hasattr(source, '__iter__'):
                    raise TypeError("cannot convert '%s' object to bytearray" % type(source).__name__) from None
                raise

    @classmethod
    def fromhex(cls, string):
        return cls(bytes.fromhex(string))

    @staticmethod
    def maketrans(frm, to):
        return bytes.maketrans(bytes(frm), bytes(to))

    def __bytes__(self):
        return bytes(self._data)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, bytes(self._data))

    __str__ = __repr__

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def __reversed__(self):
        return reversed(list(self._data))

    def __contains__(self, item):
        if isinstance(item, int):
            return _byte(item) in self._data
        return bytes(item) in bytes(self._data)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return bytearray(self._data[index])
        try:
            return self._data[index]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if isinstance(value, int):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            values = _values(value)
            start, stop, step = index.indices(len(self._data))
            if step != 1:
                count = len(range(start, stop, step))
                if len(values) != count:
                    raise ValueError('attempt to assign bytes of size %d to extended slice of size %d'
                                     % (len(values), count))
            self._data[index] = values
            return
        try:
            self._data[index] = _byte(value)
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __delitem__(self, index):
        try:
            del self._data[index]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def _cmp(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._data), bytes(other)
        return None

    def __eq__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __add__(self, other):
        return bytearray(bytes(self._data) + _as_bytes(other))

    def __radd__(self, other):
        if isinstance(other, bytes):
            return other + bytes(self._data)
        return NotImplemented

    def __iadd__(self, other):
        self._data.extend(_as_bytes(other))
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return bytearray(self._data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._data *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._data) % args)

    def append(self, item):
        self._data.append(_byte(item))

    def extend(self, iterable):
        if isinstance(iterable, str):
            raise TypeError("'str' object cannot be interpreted as an integer")
        if not hasattr(iterable, '__iter__') and not hasattr(iterable, '__getitem__'):
            raise TypeError("can't extend bytearray with %s" % type(iterable).__name__)
        self._data.extend(_values(iterable))

    def insert(self, index, item):
        self._data.insert(index, _byte(item))

    def pop(self, index=-1):
        if not self._data:
            raise IndexError('pop from empty bytearray')
        try:
            return self._data.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._data.remove(_byte(value))
        except ValueError:
            raise ValueError('value not found in bytearray') from None

    def clear(self):
        self._data.clear()

    def copy(self):
        return bytearray(self._data)

    def reverse(self):
        self._data.reverse()

    def decode(self, encoding='utf-8', errors='strict'):
        return bytes(self._data).decode(encoding, errors)

    def hex(self, *args):
        return bytes(self._data).hex(*args)

    def __getnewargs__(self):
        return (bytes(self._data),)


def _sub(arg):
    return bytes(arg._data) if isinstance(arg, bytearray) else arg


def _delegate(name, wrap):
    method = getattr(bytes, name)

    def call(self, *args, **kwargs):
        result = method(bytes(self._data), *[_sub(a) for a in args], **kwargs)
        if wrap == 'one':
            return bytearray(result)
        if wrap == 'list':
            return [bytearray(r) for r in result]
        if wrap == 'tuple':
            return tuple(bytearray(r) for r in result)
        return result
    call.__name__ = name
    return call


for _name in ('lower', 'upper', 'swapcase', 'capitalize', 'title', 'replace', 'removeprefix', 'removesuffix',
              'strip', 'lstrip', 'rstrip', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'translate', 'join'):
    if hasattr(bytes, _name):
        setattr(bytearray, _name, _delegate(_name, 'one'))
for _name in ('split', 'rsplit', 'splitlines'):
    setattr(bytearray, _name, _delegate(_name, 'list'))
for _name in ('partition', 'rpartition'):
    setattr(bytearray, _name, _delegate(_name, 'tuple'))
for _name in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'isalnum', 'isalpha',
              'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper'):
    if hasattr(bytes, _name):
        setattr(bytearray, _name, _delegate(_name, None))
del _name
