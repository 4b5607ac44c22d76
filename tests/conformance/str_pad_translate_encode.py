# str padding, tabs, translation tables, encoding and the str() constructor


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for w in range(0, 9):
    print("pad", w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("x".ljust(w, ".")), repr("é".rjust(w, "·")))
print("center parity", ["a".center(n, "-") for n in range(1, 7)], ["ab".center(n, "-") for n in range(2, 8)])
attempt("center no width", lambda: "a".center())
attempt("center fill len", lambda: "a".center(5, "ab"))
attempt("center fill int", lambda: "a".center(5, 1))
attempt("ljust float", lambda: "a".ljust(2.0))
attempt("rjust keyword", lambda: "a".rjust(width=3))
print("zfill", "42".zfill(6), "-42".zfill(6), "+42".zfill(2), "".zfill(3), "abc".zfill(5), "--1".zfill(5), "-".zfill(3))
print("zfill misc", "3.14".zfill(8), "-0.5".zfill(6), "é".zfill(3), "1_000".zfill(7))

print("expandtabs", repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
print("expandtabs lines", repr("ab\tc\nd\te\r\tf".expandtabs(3)), repr("x\ty".expandtabs(tabsize=1)), repr("x\ty".expandtabs(-2)))
attempt("expandtabs str", lambda: "a".expandtabs("4"))
attempt("expandtabs kw", lambda: "a".expandtabs(size=4))

table = str.maketrans("abc", "xyz")
print("maketrans 2", sorted(table.items()))
print("maketrans 3", sorted(str.maketrans("ab", "cd", "ef").items()))
print("maketrans dict", sorted(str.maketrans({"a": "1", "b": None, 99: "C", 100: 101}).items()))
print("maketrans via instance", "".maketrans("a", "b"))
print("translate", "abcabc".translate(table), "abcdef".translate(str.maketrans("", "", "bdf")))
print("translate dict", "hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 74}))
print("translate list", "abc".translate(["x", "y", None]), "\x00\x01\x02z".translate(["A", "B", "C"]))
print("translate expand", "a-b".translate({ord("-"): " -- "}), "ab".translate({}))


class Rot13:
    def __getitem__(self, code):
        if 97 <= code <= 122:
            return (code - 97 + 13) % 26 + 97
        if 65 <= code <= 90:
            return (code - 65 + 13) % 26 + 65
        raise LookupError(code)


print("translate object", "Hello, World!".translate(Rot13()))
attempt("translate bad value", lambda: "a".translate({97: 1.5}))
attempt("translate out of range", lambda: "a".translate({97: 0x110000}))
attempt("translate no arg", lambda: "a".translate())
attempt("maketrans none", lambda: str.maketrans())
attempt("maketrans not dict", lambda: str.maketrans("ab"))
attempt("maketrans long key", lambda: str.maketrans({"ab": "c"}))
attempt("maketrans float key", lambda: str.maketrans({1.5: "c"}))
attempt("maketrans unequal", lambda: str.maketrans("ab", "c"))
attempt("maketrans first int", lambda: str.maketrans(1, "c"))
attempt("maketrans second int", lambda: str.maketrans("a", 1))
attempt("maketrans third int", lambda: str.maketrans("a", "b", 3))

text = "héllo wörld €5 😀"
print("encode utf-8", text.encode(), text.encode("utf-8"), text.encode("UTF8"), len(text.encode()))
print("encode ascii", text.encode("ascii", "ignore"), text.encode("ascii", "replace"), text.encode("ascii", errors="xmlcharrefreplace"))
print("encode latin-1", "café".encode("latin-1"), text.encode("latin-1", "replace"), text.encode("iso-8859-1", "backslashreplace"))
print("encode utf-16/32", "a€".encode("utf-16"), "a€".encode("utf-16-be"), "a😀".encode("utf-16-le"), "a".encode("utf-32"))
print("encode keywords", "x".encode(encoding="ascii"), "x".encode(errors="strict"), "é".encode("utf-8-sig"))
attempt("encode strict one", lambda: "abé".encode("ascii"))
attempt("encode strict run", lambda: "aéé€b".encode("ascii"))
attempt("encode strict astral", lambda: "a😀".encode("latin-1"))
attempt("encode unknown codec", lambda: "a".encode("nope"))
attempt("encode unknown handler", lambda: "é".encode("ascii", "nope"))
print("encode unused handler", "a".encode("ascii", "nope"))
attempt("encode int", lambda: "a".encode(1))

print("str()", repr(str()), str(42), str(-1.5), str([1, "a"]), str(None), str("x"), str(object="kw"))
print("str bytes", str(b"abc"), str(b"h\xc3\xa9", "utf-8"), str(b"h\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"))
print("str bytes errors", str(b"a\xffb", errors="ignore"), str(b"a\xffb", "ascii", "backslashreplace"), str(encoding="utf-8"))
attempt("str decode error", lambda: str(b"ab\xff", "utf-8"))
attempt("str truncated", lambda: str(b"a\xe2\x82", "utf-8"))
attempt("str bad continuation", lambda: str(b"\xe2\x82A", "utf-8"))
attempt("str ascii error", lambda: str(b"a\x80", "ascii"))
attempt("str decode str", lambda: str("a", "utf-8"))
attempt("str decode int", lambda: str(5, "utf-8"))
attempt("str bad kw", lambda: str(x=1))
attempt("str too many", lambda: str(b"", "a", "b", "c"))
attempt("str encoding int", lambda: str(b"", 1))
