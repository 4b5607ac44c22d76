# base64's base85 and Ascii85 codecs.
import base64


def show(f, *args, **kw):
    try:
        print(f.__name__, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, '!!', type(e).__name__, e)


for data in [b'', b'a', b'ab', b'abc', b'abcd', b'hello world', b'\x00\x00\x00\x00', b'\x00' * 6,
             b'    ', b'   x', bytes(range(250, 256)), b'\xff\xff\xff\xff']:
    e85 = base64.b85encode(data)
    a85 = base64.a85encode(data)
    print(data, e85, base64.b85encode(data, pad=True), a85, base64.a85encode(data, pad=True))
    print(' ', base64.b85decode(e85) == data, base64.a85decode(a85) == data,
          base64.a85encode(data, foldspaces=True), base64.a85encode(data, adobe=True))
text = b'Man is distinguished, not only by his reason, but by this singular passion'
print(base64.a85encode(text, wrapcol=20))
print(base64.a85encode(text, wrapcol=20, adobe=True))
print(base64.a85encode(b'abcdefgh', wrapcol=10, adobe=True))
print(base64.a85decode(base64.a85encode(text, wrapcol=20, adobe=True), adobe=True) == text)
show(base64.a85decode, b'<~87cURD]i,"Ebo80~>', adobe=True)
show(base64.a85decode, b'87cURD]i,"Ebo80', adobe=True)
show(base64.a85decode, b'87cUR z')
show(base64.a85decode, b'y', foldspaces=True)
show(base64.a85decode, b'87y', foldspaces=True)
show(base64.a85decode, b'87c\nUR')
show(base64.a85decode, b'87c{UR')
show(base64.a85decode, b'uuuuu')
show(base64.a85decode, 'z')
show(base64.b85decode, b'VPa')
show(base64.b85decode, b'VP a')
show(base64.b85decode, b'~~~~~')
show(base64.b85decode, 'Xk~0{Zy<MXa%^M')
show(base64.b85encode, 'str')
show(base64.b85encode, bytearray(b'xyz'))
