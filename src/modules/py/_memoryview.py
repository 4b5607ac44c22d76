"""`memoryview`, written in Python (Brisk's own code) and loaded the first
time a program names it: a one-dimensional view of unsigned bytes over a
bytes or bytearray object. A view of a bytearray reads and writes the
bytearray's own storage, so changes show through both ways. A view of an
`array.array` has the array's format and item size and shares its items;
`cast` makes a view of a copy in the new format."""

_SIZES = {'b': 1, 'B': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'f': 4, 'd': 8, 'e': 2, 'u': 4}


def _is_array(obj):
    return type(obj).__module__ == 'array' and type(obj).__name__ == 'array'


def _source_data(obj):
    """The list of byte values behind `obj` (shared for a bytearray)."""
    if isinstance(obj, memoryview):
        obj._check()
        return obj._data
    if isinstance(obj, bytearray):
        return obj._data
    if isinstance(obj, bytes):
        return obj
    if _is_array(obj):
        return obj._items
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)


class memoryview:
    __module__ = 'builtins'

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj = obj._obj
            self._data = obj._data
            self._range = obj._range
            self._fmt = obj._fmt
            self._ro = obj._ro
        else:
            self._obj = obj
            self._data = _source_data(obj)
            self._range = range(len(self._data))
            self._fmt = obj.typecode if _is_array(obj) else 'B'
            self._ro = isinstance(obj, bytes)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _bytes(self):
        self._check()
        data = self._data
        if self._fmt == 'B':
            return bytes([data[i] for i in self._range])
        items = [data[i] for i in self._range]
        if self._fmt == 'u':
            return ''.join(items).encode('utf-32-le')
        import struct
        return struct.pack('<%d%s' % (len(items), self._fmt), *items)

    obj = property(lambda self: self._obj)
    readonly = property(lambda self: self._ro)
    nbytes = property(lambda self: len(self._range) * _SIZES[self._fmt])
    itemsize = property(lambda self: _SIZES[self._fmt])
    ndim = property(lambda self: 1)
    format = property(lambda self: self._fmt)
    shape = property(lambda self: (len(self._range),))
    strides = property(lambda self: (self._range.step * _SIZES[self._fmt],))
    contiguous = property(lambda self: self._range.step == 1)
    c_contiguous = contiguous
    f_contiguous = contiguous

    def __len__(self):
        self._check()
        return len(self._range)

    def __getitem__(self, index):
        self._check()
        if isinstance(index, slice):
            view = memoryview(self)
            view._range = self._range[index]
            return view
        if isinstance(index, tuple):
            raise TypeError('memoryview: invalid slice key')
        try:
            return self._data[self._range[index]]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __setitem__(self, index, value):
        self._check()
        if self.readonly:
            raise TypeError('cannot modify read-only memory')
        if isinstance(index, slice):
            targets = self._range[index]
            if isinstance(value, (list, tuple)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
            src = memoryview(value)
            if src._fmt != self._fmt:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            values = src.tolist()
            if len(values) != len(targets):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for i, v in zip(targets, values):
                self._data[i] = v
            return
        fmt = self._fmt
        if fmt in 'fde':
            if not isinstance(value, (int, float)):
                raise TypeError("memoryview: invalid type for format '%s'" % fmt)
            value = float(value)
        elif fmt == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise TypeError("memoryview: invalid type for format 'c'")
        elif fmt == '?':
            value = bool(value)
        elif fmt != 'u':
            if not isinstance(value, int):
                raise TypeError("memoryview: invalid type for format '%s'" % fmt)
            bits = _SIZES[fmt] * 8
            lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if fmt.islower() else (0, (1 << bits) - 1)
            if not lo <= value <= hi:
                raise ValueError("memoryview: invalid value for format '%s'" % fmt)
        try:
            self._data[self._range[index]] = value
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __iter__(self):
        self._check()
        return iter([self._data[i] for i in self._range])

    def __bytes__(self):
        return self._bytes()

    def __eq__(self, other):
        if self._released or (isinstance(other, memoryview) and other._released):
            return self is other
        if isinstance(other, (bytes, bytearray, memoryview)):
            return self._bytes() == bytes(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        state = 'released ' if self._released else ''
        return '<%smemory at 0x%x>' % (state, id(self))

    def tobytes(self, order=None):
        return self._bytes()

    def tolist(self):
        self._check()
        return [self._data[i] for i in self._range]

    def hex(self, *args):
        return self._bytes().hex(*args)

    def toreadonly(self):
        view = memoryview(self)
        view._ro = True
        return view

    def release(self):
        self._released = True

    def cast(self, format, shape=None):
        self._check()
        if shape is not None:
            raise NotImplementedError('memoryview.cast does not support shapes')
        if format not in _SIZES or format == 'u':
            raise ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        if format == 'B' and self._fmt == 'B':
            return memoryview(self)
        if self._fmt not in ('B', 'b', 'c') and format not in ('B', 'b', 'c'):
            raise TypeError('memoryview: cannot cast between two non-byte formats')
        raw = self._bytes()
        if len(raw) % _SIZES[format]:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        view = memoryview(raw)
        if format != 'B':
            import struct
            view._data = list(struct.unpack('<%d%s' % (len(raw) // _SIZES[format], format), raw))
            view._range = range(len(view._data))
        view._fmt = format
        view._ro = self._ro
        view._obj = self._obj
        return view

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()
        return False
