"""`base64`, Brisk's own version: b64encode/b64decode (altchars, validate),
standard_* and urlsafe_* variants, b32encode/b32decode (casefold, map01),
b32hexencode/b32hexdecode, b16encode/b16decode, b85encode/b85decode,
a85encode/a85decode (Ascii85, with the Adobe framing), encodebytes/decodebytes
and the file-based encode/decode."""

import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'encodebytes', 'decodebytes', 'encode', 'decode']


def _decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes):
        return s
    if isinstance(s, (bytearray, memoryview)):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % type(s).__name__)


def _encode_data(s):
    if isinstance(s, bytes):
        return s
    if isinstance(s, (bytearray, memoryview)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_data(s)
    if altchars is not None:
        altchars = _decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_URL_ENCODE = bytes.maketrans(b'+/', b'-_')
_URL_DECODE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_URL_ENCODE)


def urlsafe_b64decode(s):
    return b64decode(_decode_data(s).translate(_URL_DECODE))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding characters after 1..4 bytes in the last group of five.
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _encode_data(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        acc = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(acc >> shift) & 31])
        if len(chunk) < 5:
            pads = _B32_PADS[len(chunk)]
            out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    acc = 0
    for i in range(0, len(stripped), 8):
        acc = 0
        for c in stripped[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | v
        out += acc.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # The last group was short: shift its bits into place, keep its whole bytes.
        acc <<= 5 * pads
        keep = (43 - 5 * pads) // 8
        out[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(_encode_data(s)).upper()


def b16decode(s, casefold=False):
    s = _decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
_B85_VALUE = {c: i for i, c in enumerate(_B85)}
_A85 = bytes(range(33, 118))


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    # Each 4-byte big-endian word becomes 5 base-85 digits; a short last
    # word is zero-padded and, unless pad, its extra digits dropped.
    if not isinstance(b, (bytes, bytearray, memoryview)):
        # CPython's message: it goes through memoryview() here.
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(b).__name__)
    b = bytes(b)
    padding = -len(b) % 4
    b += bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, d = divmod(word, 85)
                digits[k] = alphabet[d]
            out.append(bytes(digits))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = alphabet[:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad, False, False)


def b85decode(b):
    b = _decode_data(b)
    padding = -len(b) % 5
    b += b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = _B85_VALUE.get(b[j])
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-padding] if padding else result


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = []
    group = []
    # Four 'u's complete a short last group; the extra bytes are cut below.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(bytes(4))
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    return result[:-padding] if padding else result


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _encode_data(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_encode_data(s))


def encode(input, output):
    while True:
        data = input.read(MAXBINSIZE)
        if not data:
            break
        output.write(binascii.b2a_base64(data))


def decode(input, output):
    output.write(binascii.a2b_base64(input.read()))
