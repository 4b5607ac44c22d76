# bytes: constructor forms, decode, hex/fromhex, and argument errors


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class Three:
    def __index__(self):
        return 3


print("constructor", bytes(), bytes(4), bytes([1, 2, 255]), bytes((72, 105)), bytes(range(65, 70)))
print("from str", bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes("é", "ascii", "replace"))
print("from objects", bytes(HasBytes()), bytes(Three()), bytes([Three()]), bytes(iter([7, 8])), bytes({9: 0}), bytes(b"copy"))
print("bool count", bytes(True), bytes(False))
attempt("str without encoding", lambda: bytes("abc"))
attempt("encoding without str", lambda: bytes(5, "utf-8"))
attempt("errors alone", lambda: bytes(errors="strict"))
attempt("bad encoding type", lambda: bytes("a", 5))
attempt("unknown encoding", lambda: bytes("a", "no-such-codec"))
attempt("negative count", lambda: bytes(-1))
attempt("out of range", lambda: bytes([1, 256]))
attempt("negative item", lambda: bytes([-1]))
attempt("non-int item", lambda: bytes(["a"]))
attempt("float source", lambda: bytes(1.5))
attempt("None source", lambda: bytes(None))
attempt("bad __bytes__", lambda: bytes(BadBytes()))
attempt("unencodable", lambda: bytes("naïve", "ascii"))
attempt("bad keyword", lambda: bytes(size=3))

print("decode", b"plain".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
print("decode keywords", b"abc".decode(encoding="ascii"), b"a\xffb".decode(errors="replace"), b"a\xffb".decode("ascii", errors="ignore"))
print("decode backslash", b"a\xffb".decode("utf-8", "backslashreplace"), b"\xef\xbb\xbfbom".decode("utf-8-sig"))
print("decode empty", repr(b"".decode()), repr(b"".decode("ascii")))
attempt("strict utf-8", lambda: b"ok\xff".decode())
attempt("strict ascii", lambda: b"\x80".decode("ascii"))
attempt("truncated", lambda: b"\xe2\x82".decode("utf-8"))
attempt("decode bad type", lambda: b"x".decode(5))
attempt("decode too many", lambda: b"x".decode("utf-8", "strict", 1))
attempt("decode bad kw", lambda: b"x".decode(charset="utf-8"))

print("hex", b"\x00\x01\xab\xff".hex(), b"".hex(), bytes(range(6)).hex(":"), bytes(range(6)).hex("-", 2), bytes(range(6)).hex(" ", -4))
print("hex keywords", b"abcdef".hex(sep="_", bytes_per_sep=3), b"abcde".hex(b".", 2), b"abc".hex(":", 0))
attempt("hex long sep", lambda: b"ab".hex("::"))
attempt("hex non-ascii sep", lambda: b"ab".hex("é"))
attempt("hex int sep", lambda: b"ab".hex(1))
print("fromhex", bytes.fromhex("deadBEEF"), bytes.fromhex(" 01 02\n03\t"), bytes.fromhex(""), b"".fromhex("7a"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex split pair", lambda: bytes.fromhex("a b"))
attempt("fromhex bad char", lambda: bytes.fromhex("00zz"))
attempt("fromhex non-ascii", lambda: bytes.fromhex("00 é"))
attempt("fromhex bytes", lambda: bytes.fromhex(b"00"))
print("roundtrip", bytes.fromhex(b"\x10\x20\xfe".hex()) == b"\x10\x20\xfe")

attempt("find str", lambda: b"abc".find("a"))
attempt("count big byte", lambda: b"abc".count(256))
attempt("startswith str", lambda: b"abc".startswith("a"))
attempt("startswith tuple str", lambda: b"abc".startswith(("a",)))
attempt("split str", lambda: b"a b".split(" "))
attempt("split empty", lambda: b"a b".split(b""))
attempt("join str items", lambda: b",".join([b"a", "b"]))
attempt("join non-iterable", lambda: b",".join(5))
attempt("strip str", lambda: b"abc".strip("a"))
attempt("replace str", lambda: b"abc".replace("a", "b"))
attempt("center fill", lambda: b"abc".center(5, "*"))
attempt("center long fill", lambda: b"abc".center(5, b"**"))
attempt("translate short", lambda: b"abc".translate(b"abc"))
attempt("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c"))
attempt("upper args", lambda: b"abc".upper(1))
attempt("count no args", lambda: b"abc".count())
attempt("center no args", lambda: b"abc".center())
attempt("descriptor", lambda: bytes.upper("abc"))
attempt("partition empty", lambda: b"abc".partition(b""))
