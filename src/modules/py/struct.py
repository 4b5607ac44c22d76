"""`struct`, Brisk's own version: pack and unpack bytes by format strings
(byte order `@ = < > !`, codes `x c b B ? h H i I l L q Q n N P e f d s p`),
with native sizes and alignment as on a 64-bit little-endian machine."""

import math as _math


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (native size, standard size or None when native only)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4),
    'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_NAMED_RANGES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
# Floats: (mantissa bits, exponent bits)
_FLOATS = {'e': (10, 5), 'f': (23, 8), 'd': (52, 11)}


def _parse(fmt):
    """(byte order, native?, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(fmt).__name__)
    order, native, i = 'little', True, 0
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        order = 'big' if fmt[0] in '>!' else 'little'
        i = 1
    items, offset, n = [], 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i == n:
                raise error('repeat count given without format specifier')
            count = int(fmt[start:i])
            ch = fmt[i]
        if ch not in _SIZES:
            raise error('bad char in struct format')
        size = _SIZES[ch][0] if native else _SIZES[ch][1]
        if size is None:
            raise error('bad char in struct format')
        if native and ch not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        reps = 1 if count is None else count
        if ch in 'sp':
            items.append((ch, reps, reps, offset))
            offset += reps
        elif ch == 'x':
            offset += reps
        else:
            for _ in range(reps):
                items.append((ch, 1, size, offset))
                offset += size
        i += 1
    return order, native, items, offset


def _pack_int(code, value, size, order, native):
    if not isinstance(value, int):
        if hasattr(value, '__index__') and not isinstance(value, float):
            value = value.__index__()
        else:
            raise error('required argument is not an integer')
    signed = code in 'bhilqn'
    if code == 'P':
        value &= (1 << 64) - 1
    lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if signed else (0, (1 << (8 * size)) - 1)
    if not lo <= value <= hi:
        if code in _NAMED_RANGES:
            raise error('%s format requires %d <= number <= %d' % (_NAMED_RANGES[code], lo, hi))
        if size == 4 and (signed or value > hi):
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        raise error('argument out of range')
    return value.to_bytes(size, order, signed=signed)


def _float_bits(x, code):
    mbits, ebits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (mbits + ebits)) | (emax << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (mbits + ebits)) | (emax << mbits)
    if x == 0.0:
        return sign << (mbits + ebits)
    m, e = _math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias
    if exp >= 1:
        mant = round(_math.ldexp(m * 2 - 1, mbits))
        if mant == 1 << mbits:
            mant = 0
            exp += 1
    else:
        # Subnormal: a carry into the exponent field gives the smallest normal.
        mant = round(_math.ldexp(x, bias - 1 + mbits))
        exp = 0
    if exp >= emax:
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (mbits + ebits)) | (exp << mbits) | mant


def _float_value(bits, code):
    mbits, ebits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = -1.0 if bits >> (mbits + ebits) else 1.0
    exp = (bits >> mbits) & emax
    mant = bits & ((1 << mbits) - 1)
    if exp == emax:
        return sign * _math.inf if mant == 0 else _math.nan
    if exp == 0:
        return sign * _math.ldexp(mant, 1 - bias - mbits)
    return sign * _math.ldexp(mant + (1 << mbits), exp - bias - mbits)


def _pack_item(code, count, size, order, native, value):
    if code in _FLOATS:
        if not isinstance(value, (int, float)):
            if hasattr(value, '__float__'):
                value = value.__float__()
            else:
                raise error('required argument is not a float')
        return _float_bits(float(value), code).to_bytes(size, order)
    if code == '?':
        return b'\x01' if value else b'\x00'
    if code == 'c':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(value)
    if code in 'sp':
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        value = bytes(value)
        if code == 'p':
            if count == 0:
                return b''
            body = value[:count - 1]
            return bytes([min(len(body), 255)]) + body + b'\x00' * (count - 1 - len(body))
        return value[:count] + b'\x00' * (count - len(value[:count]))
    return _pack_int(code, value, size, order, native)


def _unpack_item(code, count, size, order, data):
    if code in _FLOATS:
        return _float_value(int.from_bytes(data, order), code)
    if code == '?':
        return data != b'\x00'
    if code == 'c':
        return data
    if code == 's':
        return data
    if code == 'p':
        if count == 0:
            return b''
        n = min(data[0], count - 1)
        return data[1:1 + n]
    return int.from_bytes(data, order, signed=code in 'bhilqn')


class Struct:
    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error('pack expected %d items for packing (got %d)' % (len(self._items), len(values)))
        out = bytearray(self.size)
        for (code, count, size, offset), v in zip(self._items, values):
            out[offset:offset + size] = _pack_item(code, count, size, self._order, self._native, v)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, data, base):
        return tuple(_unpack_item(code, count, size, self._order, data[base + offset:base + offset + size])
                     for code, count, size, offset in self._items)

    def unpack(self, buffer):
        data = bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = bytes(buffer)
        if offset < 0:
            offset += len(data)
        if offset < 0 or len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack_at(data, base) for base in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
