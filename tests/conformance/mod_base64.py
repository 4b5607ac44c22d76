import base64
import binascii


def show(f, *args, **kw):
    try:
        print(f.__name__, repr(args)[:60], '->', repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, repr(args)[:60], '!!', type(e).__name__, e)


for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data)
    print(base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data)
    print(base64.b32hexencode(data), base64.b16encode(data))
    print(base64.urlsafe_b64encode(data), base64.standard_b64encode(data))

show(base64.b64encode, b'\xfb\xff\xbf', b'-_')
show(base64.b64decode, b'-_-_', b'-_')
show(base64.b64decode, '+/+/')
show(base64.b64decode, 'aGVsbG8gd29ybGQ=')
show(base64.b64decode, b'aGVsbG8gd29ybGQ')
show(base64.b64decode, b'aGVsbG8gd29ybG')
show(base64.b64decode, b'aGVsbG8gd29yb')
show(base64.b64decode, b'aGVs bG8\nd29y bGQ=')
show(base64.b64decode, b'aGVs bG8\nd29y bGQ=', validate=True)
show(base64.b64decode, b'aGVsbG8=xyz')
show(base64.b64decode, b'aGVsbG8=xyz', validate=True)
show(base64.b64decode, b'=aGVsbG8', validate=True)
show(base64.b64decode, b'aG=VsbG8', validate=True)
show(base64.b64decode, b'aGVsbA==')
show(base64.b64decode, b'aGVsbA=')
show(base64.b64decode, b'aGVsbA')
show(base64.b64decode, b'aGVsbA===')
show(base64.b64decode, 'héllo')
show(base64.b64decode, 42)
show(base64.b64encode, 'text')
show(base64.b64encode, bytearray(b'xyz'))
show(base64.urlsafe_b64decode, '-_-_')
show(base64.urlsafe_b64decode, b'PDw_Pz8-Pg==')
show(base64.b32decode, b'MZXW6===')
show(base64.b32decode, b'mzxw6===', True)
show(base64.b32decode, b'mzxw6===')
show(base64.b32decode, b'MZXW6==')
show(base64.b32decode, b'MZXW6YQ=')
show(base64.b32decode, b'MZXW6Y==')
show(base64.b32decode, b'ME======')
show(base64.b32decode, b'M1======', map01=b'L')
show(base64.b16decode, b'48656C6C6F')
show(base64.b16decode, b'48656c6c6f')
show(base64.b16decode, b'48656c6c6f', True)
show(base64.b16decode, b'486')
show(base64.b32hexdecode, b'CPNMUOG=')
enc = base64.encodebytes(bytes(range(100)))
print(enc)
print(base64.decodebytes(enc) == bytes(range(100)))
print(base64.encodebytes(b''))

print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc'))
print(binascii.hexlify(b'\x01\xab\xff', '-'), binascii.hexlify(b'\x01\xab\xff\x00', b':', 2))
print(binascii.unhexlify('01abFF'), binascii.a2b_hex(b'616263'))
show(binascii.unhexlify, 'abc')
show(binascii.unhexlify, 'zz')
show(binascii.hexlify, 'str')
for d in [b'', b'a', b'hello world', bytes(range(256))]:
    print(binascii.crc32(d), hex(binascii.crc32(d)))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False))
print(binascii.a2b_base64(b'aGk=\n'), binascii.a2b_base64('aGk='))
show(binascii.a2b_base64, b'aGk')
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('caught', repr(e))
for s in [b'aGVs=bA==', b'aGVsb=A=', b'aGVsbA=', b'aGVsbA===', b'aGVsbA==x', b'aGVsbA=\n=', b'aG Vs', b'aGVsbA=a=', b'=', b'==', b'aGVsbA', b'a===', b'aG==', b'aGV=', b'', b'aGVsbA==\n']:
    for strict in (False, True):
        try: r = binascii.a2b_base64(s, strict_mode=strict)
        except Exception as e: r = '%s %s' % (type(e).__name__, e)
        print(s, strict, r)
for d, v in [(b'', 0), (b'123456789', 0), (b'123456789', 0xFFFF), (b'hello', 0x1D0F), (bytes(range(256)), 12345),
             (b'x', 0x12345)]:
    print('crc_hqx', d[:10], v, binascii.crc_hqx(d, v))
