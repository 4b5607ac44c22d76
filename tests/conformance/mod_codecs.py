# codecs module and the unicode_escape / raw_unicode_escape codecs.
import codecs
for n in ['utf8', 'UTF-8', 'latin1', 'ascii', 'utf-16', 'utf_32_le', 'rot13', 'hex', 'base64', 'unicode_escape', 'utf-8-sig']:
    print(n, codecs.lookup(n).name)
print(codecs.encode('Hello', 'rot_13'), codecs.decode('Uryyb', 'rot13'))
try:
    codecs.encode('abc', 'hex')
except TypeError as e:
    print('TypeError', e)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
print(codecs.encode(b'abc', 'base64'), codecs.decode(b'YWJj\n', 'base64'), codecs.encode(b'\x01\xff', 'hex'))
print(codecs.encode('é', 'utf-8'), codecs.decode(b'caf\xc3\xa9'), codecs.encode('x€', 'ascii', 'replace'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('ignore').__name__)
# unicode_escape both ways
print(codecs.decode(b'a\\nb\\x41\\u00e9\\N{BULLET}\\101\\t|', 'unicode_escape'))
print(codecs.encode('a\nb\xe9\u20ac\\\'"\U0001F600', 'unicode_escape'))
print(b'line\\none'.decode('unicode_escape'), 'é'.encode('unicode_escape'), 'a\\tb'.encode().decode('unicode-escape'))
print('é\n\u20ac'.encode('raw_unicode_escape'), b'\\u20ac\\n'.decode('raw_unicode_escape'))
for bad in [b'\\x4', b'\\', b'\\u12', b'\\U11111111', b'\\N{NO SUCH NAME}', b'ab\\N']:
    try:
        print(bad.decode('unicode_escape'))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print(b'\\x4z'.decode('unicode_escape', 'replace'), b'\\x4z'.decode('unicode_escape', 'ignore'))
