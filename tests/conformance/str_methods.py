# Common str methods
s = "  Hello, World!  "
print("strip", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("strip chars", "xxhixx".strip("x"), "abcHIcba".strip("abc"), "--a-b--".lstrip("-"), "a.b.c..".rstrip("."))
t = s.strip()
print("upper/lower", t.upper(), t.lower(), t.swapcase())
print("title/capitalize", "hello wORLD foo".title(), "hello wORLD".capitalize(), "they're bill's".title())
print("casefold", "Straße".casefold(), "ß".upper())
print("split", "a,b,,c".split(","), "a b  c".split(), "a b c d".split(" ", 2), "  lead trail  ".split())
print("rsplit", "a.b.c.d".rsplit(".", 1), "a b c".rsplit(maxsplit=1))
print("split no match", "abc".split(","), "".split(","), "".split())
print("join", "-".join(["a", "b", "c"]), "".join(list("xyz")), ", ".join(str(i) for i in range(4)))
print("replace", "aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "hello".replace("l", ""), "abc".replace("", "-"))
print("find", "hello".find("l"), "hello".find("z"), "hello".rfind("l"), "hello".find("l", 3), "hello".find(""))
print("index", "hello".index("e"), "hello".rindex("l"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
print("count", "banana".count("a"), "banana".count("an"), "banana".count("x"), "aaa".count("aa"), "abc".count(""))
print("startswith", "hello".startswith("he"), "hello".startswith(("x", "h")), "hello".startswith("l", 2))
print("endswith", "hello".endswith("lo"), "file.py".endswith((".js", ".py")), "hello".endswith("hel", 0, 3))
print("is*", "123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isdigit())
print("is case", "abc".islower(), "ABC".isupper(), "Hello World".istitle(), "aB".islower(), "123".isupper())
print("isidentifier/isnumeric", "var_1".isidentifier(), "1var".isidentifier(), "42".isnumeric(), "4.2".isdecimal())
print("center", repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))
print("ljust/rjust", repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".rjust(3)))
print("zfill", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("partition", "key=value=x".partition("="), "novalue".partition("="), "a=b=c".rpartition("="))
print("splitlines", "a\nb\r\nc\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
print("expandtabs", repr("a\tb".expandtabs(4)))
print("format", "{} + {} = {}".format(1, 2, 3), "{name}!".format(name="hi"), "{:>5}".format("x"))
print("encode", "héllo".encode(), "abc".encode("ascii"), "ß".encode("utf-8"), len("héllo".encode()))
print("removeprefix/suffix", "unhappy".removeprefix("un"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("translate", "hello".translate(str.maketrans("el", "ip")), "abc".translate({ord("a"): None}))
print("chained", "  Some Text  ".strip().lower().replace(" ", "_"))


def word_count(text):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,!?;:")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


wc = word_count("The cat and the hat. The END, the end!")
print("word count", sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])))


def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print("caesar", enc, caesar(enc, -3))
print("is palindrome", [w for w in ["Racecar", "Level", "python"] if w.lower() == w.lower()[::-1]])
print("str.join on non-str", end=" ")
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", type(e).__name__)
