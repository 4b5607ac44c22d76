# int() with bases, float() of strings, conversions
print("base 10", int("123"), int("-0"), int("  42\n"), int("0"), int("000123"))
print("base 2", int("1010", 2), int("-1111", 2), int("0b1010", 2), int("0B11", 0))
print("base 8", int("777", 8), int("0o17", 8), int("0o17", 0))
print("base 16", int("ff", 16), int("FF", 16), int("0xdead", 16), int("-0x10", 0), int("BeEf", 16))
print("base 36", int("z", 36), int("zz", 36), int("hello", 36), int("Python", 36))
print("other bases", int("12", 3), int("100", 5), int("aa", 11), int("10", 36))
print("base 0 infers", int("10", 0), int("0x10", 0), int("0o10", 0), int("0b10", 0))
print("underscores", int("1_000_000"), int("0x_ff", 16), int("1_0", 2))
print("from float", int(3.99), int(-3.99), int(1e18), int(-0.0))
print("from bool", int(True), int(False))
for bad, base in [("abc", 10), ("12", 2), ("", 10), ("1.5", 10), ("0x1g", 16), ("08", 0), ("1__0", 10), (" ", 10), ("9", 8)]:
    try:
        print("parsed", int(bad, base))
    except ValueError as e:
        print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError bad base")
try:
    int(None)
except TypeError as e:
    print("TypeError int(None)")
try:
    int(10, 2)
except TypeError as e:
    print("TypeError base with non-string")

print("float parse", float("1.5"), float("-1e-3"), float("  2.5  "), float("1E5"), float("+3"), float("inf"), float("-nan"))
print("float special case-insensitive", float("INF"), float("nAn"), float("-Infinity"))
for bad in ["abc", "", "1,5", "1e", "--1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)

print("str of ints", str(0), str(-12), str(10 ** 20), repr(42))
print("bin/oct/hex", bin(5), oct(64), hex(255), bin(-5), hex(0))
print("roundtrip", int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(-99), 16))
print("format bases", format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#b"))
print("chr/ord", ord("A"), ord("a"), ord("0"), chr(65), chr(97), chr(8364), ord("€"), ord("é"))


def parse_number(s):
    s = s.strip()
    for caster in (int, float):
        try:
            return caster(s)
        except ValueError:
            pass
    return None


print("parse_number", [parse_number(s) for s in ["12", "1.5", "x", " -3 ", "1e2", "0x10"]])


def atoi(s):
    s = s.strip()
    sign = 1
    if s and s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    n = 0
    for ch in s:
        if not ch.isdigit():
            break
        n = n * 10 + ord(ch) - ord("0")
    return sign * n


print("atoi", [atoi(s) for s in ["42", "   -42", "4193 with words", "words 987", "+7", ""]])
