# bytes methods: searching, splitting, stripping, case, padding, translate
data = b"The quick brown fox jumps over the lazy dog"

print("find", data.find(b"o"), data.find(b"o", 13), data.find(b"o", 13, 14), data.find(111), data.find(b""), data.find(b"", 100))
print("rfind", data.rfind(b"o"), data.rfind(b"o", 0, -4), data.rfind(b"zz"), data.rfind(b"", 3, 7), data.rfind(ord("T")))
print("index", data.index(b"quick"), data.rindex(b"the"), data.index(32, 4), data.rindex(b"o", None, 20))
for call in (lambda: data.index(b"cat"), lambda: data.rindex(b"q", 5)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print("count", data.count(b"o"), data.count(b" "), data.count(b""), data.count(b"o", 20), data.count(ord("e")), b"aaaa".count(b"aa"))
print("startswith", data.startswith(b"The"), data.startswith(b"quick", 4), data.startswith((b"A", b"T")), data.startswith(b"The", 1))
print("endswith", data.endswith(b"dog"), data.endswith(b"lazy", 0, -4), data.endswith((b"cat", b"dog")), b"".endswith(b""))
print("partition", data.partition(b" "), b"a=b=c".partition(b"="), b"abc".partition(b"x"))
print("rpartition", data.rpartition(b" "), b"a=b=c".rpartition(b"="), b"abc".rpartition(b"x"))
print("replace", b"a-b-c".replace(b"-", b"+"), b"a-b-c".replace(b"-", b"", 1), b"abc".replace(b"", b"."), b"abc".replace(b"", b".", 2), b"aaa".replace(b"aa", b"b"))
print("removeprefix", b"prefix_name".removeprefix(b"prefix_"), b"name".removeprefix(b"x"), b"file.py".removesuffix(b".py"), b"file".removesuffix(b".py"))

print("split", data.split(), data.split(b" ", 2), b"a,,b,".split(b","), b"  lots   of  space  ".split(), b"".split(), b"".split(b","))
print("split maxsplit", b"  a b  c ".split(maxsplit=1), b"a b c".split(None, 0), b"1-2-3".split(sep=b"-", maxsplit=1))
print("rsplit", data.rsplit(None, 2), b"a,,b,".rsplit(b",", 1), b"  a b  c ".rsplit(maxsplit=1), b"x".rsplit(b"x"))
print("whitespace bytes", b"a\tb\nc\rd\x0be\x0cf\x1cg".split(), b"\x1c".isspace(), b" \t\n\r\x0b\x0c".isspace())
print("splitlines", b"one\ntwo\r\nthree\rfour".splitlines(), b"x\n\ny\n".splitlines(True), b"".splitlines(), b"a\x0bb\x1cc".splitlines(), b"end\n".splitlines(keepends=True))
print("join", b", ".join([b"a", b"b", b"c"]), b"".join((b"x", b"y")), b"-".join(bytes([65 + i]) for i in range(3)), b"+".join([]))
print("strip", b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"\t\n x \r\x0b".strip())
print("strip None", b" a ".strip(None), b"..a..".lstrip(b"."), b"..a..".rstrip(b"."), b"aaa".strip(b"a"))

print("case", data.upper(), data.lower(), b"MiXeD 123".swapcase())
print("capitalize", b"hELLO wORLD".capitalize(), b"123abc".capitalize(), b"".capitalize())
print("title", b"hello world".title(), b"they're bill's 3rd".title(), b"\xe9t\xe9".title())
print("isalnum", b"abc123".isalnum(), b"abc 123".isalnum(), b"".isalnum(), b"\xe9".isalnum())
print("isalpha", b"abc".isalpha(), b"ab1".isalpha(), b"".isalpha())
print("isdigit", b"0123".isdigit(), b"12a".isdigit(), b"".isdigit())
print("isascii", b"abc".isascii(), b"\x7f".isascii(), b"\x80".isascii(), b"".isascii())
print("islower", b"abc1".islower(), b"aBc".islower(), b"123".islower())
print("isupper", b"ABC1".isupper(), b"AbC".isupper(), b"".isupper())
print("istitle", b"Hello World".istitle(), b"Hello world".istitle(), b"HELLO".istitle(), b"A1 B2".istitle(), b"".istitle())
print("isspace", b" \t".isspace(), b" a ".isspace(), b"".isspace())

print("center", b"abc".center(9), b"abc".center(8, b"*"), b"ab".center(5, b"-"), b"abc".center(2), b"abc".center(-1))
print("ljust/rjust", b"ab".ljust(5), b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".rjust(5, b"0"), b"long".rjust(2))
print("zfill", b"42".zfill(5), b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), b"abc".zfill(2), b"-".zfill(3))
print("expandtabs", b"a\tbc\tdef\tg".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\nz\tw".expandtabs(tabsize=3), b"\t".expandtabs(0))
table = bytes.maketrans(b"abc", b"ABC")
print("maketrans", len(table), table[97:100], table[:3])
print("translate", b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"hello".translate(None, b"l"), b"xyz".translate(None))
print("translate delete kw", b"banana".translate(None, delete=b"n"))

# a small caesar cipher built on translate
lower = bytes(range(97, 123))
upper = bytes(range(65, 91))
shifted = bytes.maketrans(lower + upper, lower[3:] + lower[:3] + upper[3:] + upper[:3])
secret = b"Attack at Dawn".translate(shifted)
print("caesar", secret, secret.translate(bytes.maketrans(lower[3:] + lower[:3] + upper[3:] + upper[:3], lower + upper)))
