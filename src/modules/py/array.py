"""`array`, Brisk's own version: typed arrays of numbers or characters
(typecodes b B u h H i I l L q Q f d, sized as on 64-bit Linux) with
CPython's conversions, overflow errors, repr and methods: append, extend,
insert, pop, remove, index, count, reverse, byteswap, tolist, fromlist,
tobytes, frombytes, tounicode, fromunicode, tofile, fromfile, buffer_info,
slicing, concatenation, repetition and comparisons.

Differences: items are kept as Python objects (the bytes exist only in
tobytes/frombytes); a memoryview shares the items, but the rest of the
buffer protocol is not supported (bytes(a) works through __bytes__); buffer_info gives the array's id as
its address; setting an unknown attribute reports the type as 'array', not
'array.array'."""

import operator as _operator
import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1
# Signed types checked after conversion to a C long: (min, max, C type name).
_SIGNED = {'b': (-128, 127, 'signed char'), 'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer'),
           'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer')}
_UNSIGNED_SMALL = {'B': (255, 'unsigned byte integer'), 'H': (65535, 'unsigned short')}


def _int_item(tc, x):
    # Each typecode converts as CPython's C code does, so each overflows
    # with its own message.
    v = _operator.index(x)
    if tc in 'bhiBHl':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'l':
            return v
        if tc in _SIGNED:
            lo, hi, name = _SIGNED[tc]
            if v < lo:
                raise OverflowError(name + ' is less than minimum')
        else:
            lo = 0
            hi, name = _UNSIGNED_SMALL[tc]
            if v < 0:
                raise OverflowError(name + ' is less than minimum')
        if v > hi:
            raise OverflowError(name + ' is greater than maximum')
        return v
    if tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if tc == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    # 'Q'
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _float32(v):
    try:
        return _struct.unpack('<f', _struct.pack('<f', v))[0]
    except OverflowError:
        # C's cast to float overflows to infinity.
        return v * float('inf')


def _item(tc, x):
    if tc in 'fd':
        if isinstance(x, float):
            v = x
        elif isinstance(x, (int, str, bytes, bytearray)) and not isinstance(x, int):
            raise TypeError('must be real number, not %s' % type(x).__name__)
        else:
            try:
                v = float(x)
            except TypeError:
                raise TypeError('must be real number, not %s' % type(x).__name__) from None
        return _float32(v) if tc == 'f' else v
    if tc == 'u':
        if not isinstance(x, str) or len(x) != 1:
            raise TypeError('array item must be unicode character')
        return x
    return _int_item(tc, x)


# The value range of each integer typecode, for the fast path of _items.
_INT_RANGE = {'b': (-128, 127), 'B': (0, 255), 'h': (-2 ** 15, 2 ** 15 - 1), 'H': (0, 65535),
              'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (_LONG_MIN, _LONG_MAX),
              'L': (0, _ULONG_MAX), 'q': (_LONG_MIN, _LONG_MAX), 'Q': (0, _ULONG_MAX)}


def _as_is(tc, values):
    """True if the list of values can be stored without conversion."""
    # Plain ints in range, or floats for 'd': the builtins check that much
    # faster than one conversion per item.
    if tc in _INT_RANGE:
        if values and all(type(v) is int for v in values):
            lo, hi = _INT_RANGE[tc]
            return lo <= min(values) and max(values) <= hi
        return False
    return tc == 'd' and all(type(v) is float for v in values)


def _items(tc, values):
    """The stored items for the values, converted and checked."""
    values = list(values)
    if _as_is(tc, values):
        return values
    return [_item(tc, v) for v in values]


class array:
    __slots__ = ('_tc', '_items')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = _items(typecode, initializer._items)
        else:
            self._items = _items(typecode, initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _same_kind(self, other):
        return isinstance(other, array) and other._tc == self._tc

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    # -- the sequence protocol --

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            i = _operator.index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            items = list(value._items)
            if i.step is not None and i.step != 1:
                size = len(range(*i.indices(len(self._items))))
                if size != len(items):
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(items), size))
            self._items[i] = items
            return
        try:
            i = _operator.index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        v = _item(self._tc, value)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            i = _operator.index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # -- methods --

    def append(self, x):
        self._items.append(_item(self._tc, x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        if isinstance(iterable, (list, tuple, range)) and _as_is(tc, list(iterable)):
            self._items.extend(iterable)
            return
        # Items before a bad one stay appended, as in CPython.
        for x in iterable:
            self._items.append(_item(tc, x))

    def insert(self, i, x):
        self._items.insert(i, _item(self._tc, x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        # All or nothing, as in CPython.
        self._items.extend(_items(self._tc, items))

    def tobytes(self):
        items = self._items
        tc = self._tc
        if tc in 'fd':
            return _struct.pack('<%d%s' % (len(items), tc), *items)
        # Integers (and characters) directly: much faster than struct here.
        size = _ITEMSIZE[tc]
        if tc == 'u':
            items = [ord(c) for c in items]
        signed = tc in 'bhilq'
        return b''.join([v.to_bytes(size, 'little', signed=signed) for v in items])

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        tc = self._tc
        if tc in 'fd':
            values = _struct.unpack('<%d%s' % (len(data) // size, tc), data)
        else:
            signed = tc in 'bhilq'
            values = [int.from_bytes(data[i:i + size], 'little', signed=signed)
                      for i in range(0, len(data), size)]
            if tc == 'u':
                values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (array, (self._tc, list(self._items)))

    # -- operators --

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        try:
            n = _operator.index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__) from None
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _operator.index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__) from None
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __getattr__(self, name):
        # Only reached for missing attributes: CPython names the C type.
        kind = 'array.array' if type(self) is array else type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (kind, name))

    def __hash__(self):
        # CPython's message names the type by its C name.
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)


array.__module__ = 'array'
ArrayType = array
