# memoryview over bytes and bytearray; the struct, warnings and errno modules;
# recursive tuple reprs and MRO errors.
import errno
import struct
import warnings

b = b"hello"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist())
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.obj is b)
print(list(m[1:4]), m == b"hello", m[1:] == b"ello", m != b"x", m.hex(), type(m).__name__)
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba, mv.readonly)
sub = mv[2:5]
sub[0] = ord("z")
print(ba, sub.tobytes(), len(sub))
ba[5] = ord("!")
print(mv.tobytes(), mv[5], bytes(memoryview(b"xyz")), bytearray(memoryview(b"ab")))
for bad in (lambda: m.__setitem__(0, 1), lambda: m[10], lambda: mv.__setitem__(0, 300), lambda: memoryview("s")):
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
with memoryview(b"ab") as mm:
    print(mm[0])
try:
    mm[0]
except ValueError as e:
    print(e)

print(struct.calcsize("@bhiq"), struct.calcsize("<bhiq"), struct.calcsize("@qb"), struct.calcsize("@b0i"), struct.calcsize("5s2x"))
print(struct.pack("<2h", 1, -2), struct.pack(">I", 0xDEADBEEF), struct.pack("@bi", 1, 2), struct.pack("<q", -1))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">3sh", b"abc\x00\x05"), struct.unpack("??", b"\x00\x02"))
print(struct.pack("3p", b"abcd"), struct.unpack("3p", b"\x05ab"), struct.pack("5s", b"ab"), struct.pack("c?", b"x", 5))
for value in (1.5, 0.1, -0.0, 1e-45, 65504.0, float("inf"), 1 / 3):
    print(value, struct.pack("<d", value), struct.pack(">f", value), struct.pack("<e", value) if abs(value) < 7e4 else "")
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", b"\x01\x00"), struct.unpack(">d", b"\x7f\xf0" + b"\x00" * 6))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
buf = bytearray(6)
struct.pack_into("<h", buf, 2, 258)
print(buf, struct.unpack_from("<h", buf, 2), struct.unpack_from("<h", buf, offset=2))
s = struct.Struct("<hi")
print(s.size, s.format, s.pack(1, 2), s.unpack(s.pack(1, 2)))
for fmt, value in (("h", 40000), ("B", 256), ("<i", 2**31), ("I", -1), ("<I", 2**32), ("h", 1.5), ("c", b"ab"), ("s", 1), ("<f", 1e300), ("<n", 1), ("z", 1)):
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in (lambda: struct.pack("hh", 1), lambda: struct.unpack("<i", b"ab"), lambda: struct.unpack_from("<i", b"ab", 1)):
    try:
        call()
    except struct.error as e:
        print("struct.error", e)

print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.EAGAIN == errno.EWOULDBLOCK, errno.EEXIST, errno.EACCES)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("inst"))
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("x")
print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.simplefilter("always", append=True)
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(x.message) for x in w])
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)

t = ([],)
t[0].append(t)
print(t, repr(t))
pair = ([], 1)
pair[0].append(pair)
print(pair)


class Base1:
    pass


class X:
    pass


class Y(X):
    pass


for bases in ((Base1, Base1), (X, Y)):
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(e)

# bytes methods take bytearray and memoryview arguments.
B = bytearray
print(b"abc".startswith(B(b"a")), b"abc".find(B(b"b")), b"abc".replace(B(b"a"), B(b"z")), b"abc".split(B(b"b")))
print(B(b"b") in b"abc", b"abc".strip(B(b"a")), b"abc".count(B(b"a")), b"abc".endswith((B(b"c"),)))
print(b"abc".index(memoryview(b"b")), b"x".join([memoryview(b"a"), B(b"b"), b"c"]), str(memoryview(b"hi"), "ascii"))
print(b"".join([B(b"a"), b"b"]), B(b"-").join([B(b"x"), B(b"y")]), str(B(b"a"), "ascii"), b"ab".removeprefix(B(b"a")))
print(bytes.maketrans(B(b"a"), b"b")[97], b"abc".translate(B(range(256))), memoryview(b"abcdef")[1::2].tobytes() in b"xbdfx")
