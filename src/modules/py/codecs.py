"""`codecs`, Brisk's own version: `encode`, `decode`, `lookup` and friends
over the codecs `str.encode` and `bytes.decode` know, plus the bytes-to-bytes
`hex` and `base64` codecs and the text `rot13` codec; the BOM constants.
No incremental or stream codecs (`open`, `getreader`, `iterencode`)."""

__all__ = ['encode', 'decode', 'lookup', 'CodecInfo', 'getencoder', 'getdecoder', 'register_error',
           'lookup_error', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE',
           'BOM_UTF16_LE', 'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'strict_errors', 'ignore_errors',
           'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

# Normalised alias -> CPython's codec name.
_NAMES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be', 'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
    'rot13': 'rot-13', 'rot_13': 'rot-13', 'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
}


def _normalize(encoding):
    return encoding.strip().lower().replace('-', '_').replace(' ', '_')


def _rot13(text):
    out = []
    for c in text:
        o = ord(c)
        if 65 <= o <= 90:
            c = chr((o - 52) % 26 + 65)
        elif 97 <= o <= 122:
            c = chr((o - 84) % 26 + 97)
        out.append(c)
    return ''.join(out)


def _need_bytes(data, name, what):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("%s with '%s' codec failed (TypeError: a bytes-like object is required, not '%s')"
                        % (what, name, type(data).__name__))
    return bytes(data)


def _hex_encode(data, errors='strict'):
    return _need_bytes(data, 'hex', 'encoding').hex().encode(), len(data)


def _hex_decode(data, errors='strict'):
    data = _need_bytes(data, 'hex', 'decoding')
    return bytes.fromhex(data.decode('ascii')), len(data)


def _b64_encode(data, errors='strict'):
    import base64
    data = _need_bytes(data, 'base64', 'encoding')
    return base64.encodebytes(data), len(data)


def _b64_decode(data, errors='strict'):
    import base64
    data = _need_bytes(data, 'base64', 'decoding')
    return base64.decodebytes(data), len(data)


def _rot_encode(text, errors='strict'):
    return _rot13(text), len(text)


class CodecInfo(tuple):
    """A codec's encoder and decoder functions and its name."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        return self

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s at %#x>' % (self.name, id(self))


def _text_codec(name):
    def encode(text, errors='strict'):
        return text.encode(name, errors), len(text)

    def decode(data, errors='strict'):
        return bytes(data).decode(name, errors), len(data)
    return CodecInfo(encode, decode, name=name)


_SPECIAL = {
    'rot-13': (_rot_encode, _rot_encode),
    'hex': (_hex_encode, _hex_decode),
    'base64': (_b64_encode, _b64_decode),
}


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError for an unknown one."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    name = _NAMES.get(_normalize(encoding))
    if name is None:
        raise LookupError('unknown encoding: %s' % encoding)
    if name in _SPECIAL:
        enc, dec = _SPECIAL[name]
        return CodecInfo(enc, dec, name=name)
    return _text_codec(name)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes `obj` with the codec registered for `encoding`."""
    name = _NAMES.get(_normalize(encoding))
    if name is None or name in _SPECIAL:
        return lookup(encoding).encode(obj, errors)[0]
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes `obj` with the codec registered for `encoding`."""
    name = _NAMES.get(_normalize(encoding))
    if name is None or name in _SPECIAL:
        return lookup(encoding).decode(obj, errors)[0]
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj).decode(encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


_ERRORS = {}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _ERRORS[name] = handler


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    return ('\ufffd' if isinstance(exc, UnicodeDecodeError) else '?' * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


for _name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
    _ERRORS[_name] = globals()[_name + '_errors']
del _name


def lookup_error(name):
    try:
        return _ERRORS[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None
