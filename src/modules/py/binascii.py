"""`binascii`, Brisk's own version: hexlify/unhexlify (b2a_hex/a2b_hex),
b2a_base64/a2b_base64 (with `strict_mode`), crc32, crc_hqx and the `Error`
and `Incomplete` exceptions. Not covered: the uu and qp codecs."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _buffer(data, allow_str=False):
    """The bytes of a bytes-like argument (or, for the a2b_* functions, an ASCII str)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if allow_str and isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if allow_str:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _buffer(hexstr, True)
    if len(data) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    for c in data:
        if c not in digits:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63]]) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    # Without strict_mode, characters outside the alphabet are skipped and
    # decoding stops at the padding that completes a group, as in CPython.
    data = _buffer(data, True)
    out = bytearray()
    pos = 0       # place in the current group of four
    acc = 0       # the bits of the group so far
    pads = 0
    padding_seen = False
    count = 0     # data characters seen
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error('Leading padding not allowed')
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_seen = True
            pads += 1
            if pos >= 2 and pos + pads >= 4:
                if strict_mode and i + 1 < n:
                    raise Error('Excess data after padding')
                # The padding ends a group of 2 or 3 characters: 1 or 2 bytes.
                if pos == 2:
                    out.append(acc >> 4)
                else:
                    out += bytes([acc >> 10, (acc >> 2) & 255])
                return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_seen:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        acc = (acc << 6) | v
        pos += 1
        if pos == 4:
            out += bytes([acc >> 16, (acc >> 8) & 255, acc & 255])
            acc = 0
            pos = 0
    if pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % count)
    if pos:
        raise Error('Incorrect padding')
    return bytes(out)


_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _i, _c, _k


def crc32(data, value=0):
    data = _buffer(data)
    crc = ~value & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


# CRC-CCITT (polynomial 0x1021, most significant bit first), per byte.
_HQX_TABLE = []
for _i in range(256):
    _c = _i << 8
    for _k in range(8):
        _c = ((_c << 1) ^ 0x1021) & 0xFFFF if _c & 0x8000 else (_c << 1) & 0xFFFF
    _HQX_TABLE.append(_c)
del _i, _c, _k


def crc_hqx(data, value, /):
    data = _buffer(data)
    crc = value & 0xFFFF
    table = _HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
