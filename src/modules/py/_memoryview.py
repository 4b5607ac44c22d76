"""`memoryview`, written in Python (Brisk's own code) and loaded the first
time a program names it: a one-dimensional view of unsigned bytes over a
bytes or bytearray object. A view of a bytearray reads and writes the
bytearray's own storage, so changes show through both ways."""


def _source_data(obj):
    """The list of byte values behind `obj` (shared for a bytearray)."""
    if isinstance(obj, memoryview):
        obj._check()
        return obj._data
    if isinstance(obj, bytearray):
        return obj._data
    if isinstance(obj, bytes):
        return obj
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)


class memoryview:
    __module__ = 'builtins'

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj = obj._obj
            self._data = obj._data
            self._range = obj._range
        else:
            self._obj = obj
            self._data = _source_data(obj)
            self._range = range(len(self._data))
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _bytes(self):
        self._check()
        data = self._data
        return bytes([data[i] for i in self._range])

    obj = property(lambda self: self._obj)
    readonly = property(lambda self: not isinstance(self._obj, bytearray))
    nbytes = property(lambda self: len(self._range))
    itemsize = property(lambda self: 1)
    ndim = property(lambda self: 1)
    format = property(lambda self: 'B')
    shape = property(lambda self: (len(self._range),))
    strides = property(lambda self: (self._range.step,))
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
            values = list(_source_data(value)) if not isinstance(value, (list, tuple)) else None
            if values is None:
                raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
            if len(values) != len(targets):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for i, v in zip(targets, values):
                self._data[i] = v
            return
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
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
        view = memoryview(bytes(self._bytes()))
        return view

    def release(self):
        self._released = True

    def cast(self, format, shape=None):
        self._check()
        if format not in ('B', 'b', 'c') or shape is not None:
            raise NotImplementedError('memoryview.cast supports only byte formats')
        return memoryview(self)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()
        return False
