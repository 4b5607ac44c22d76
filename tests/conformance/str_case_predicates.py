# str case conversion and character-class predicates, including Unicode rules
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's friends",
         "ǆungla ǅ", "straße", "ﬁnal ﬂow", "İstanbul", "ΑΣ ΟΔΟΣ.", "ΣΑΣ", "aΣ'b", "x1y2 z3",
         "", "123", "  ", "mIxEd-CaSe_words and 4x4", "ʼn", "ǰ", "ΐ"]
for w in words:
    print(repr(w))
    print("  lower", repr(w.lower()), "upper", repr(w.upper()), "casefold", repr(w.casefold()))
    print("  title", repr(w.title()), "capitalize", repr(w.capitalize()), "swapcase", repr(w.swapcase()))
    print("  istitle", w.istitle(), "islower", w.islower(), "isupper", w.isupper())

# final sigma: lowercase sigma at the end of a word
for s in ["ΣΑΣ", "ΣΑΣ ΣΑΣ", "Σ", "AΣ", "AΣ.", "AΣ\u0301", "AΣ\u0301B", "Σ.A", "OΔΟΣ'"]:
    print("sigma", repr(s), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()))

samples = ["abc", "ABC", "abc123", "123", "١٢٣", "²³", "½⅓", "一二三", "Ⅻ", "a b", " \t\n", "\x1c\x1d\x1e\x1f",
           "\u00a0\u2000\u3000", "\u200b", "_private", "1abc", "class", "café", "naïve_ok", "x-y", "", "\x00",
           "tab\there", "é", "€", "😀", "\u0300", "ǅ", "Ǆ", "ǆ", "ﬁ", "ß", "ʰ", "ª", "Ⓐ", "ⓐ", "𝔘𝔫𝔦", "\u2028"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric", "isspace",
         "isprintable", "isidentifier", "islower", "isupper", "istitle"]
for s in samples:
    flags = "".join("1" if getattr(s, n)() else "." for n in names)
    print("predicates", repr(s).ljust(24), flags)

print("titles", "hello".istitle(), "Hello".istitle(), "HeLLo".istitle(), "Hello World".istitle(),
      "Hello world".istitle(), "1st Place".istitle(), "Ǉudevit".istitle(), "ǈudevit".istitle(), "".istitle())
print("title words", "o'neil mc-donald 3rd x2y".title(), "hello\u0301world".title(), "ǉ ǉa".title())
print("capitalize", "ßeta".capitalize(), "ǆemal".capitalize(), "ﬁsh".capitalize(), "123abc".capitalize(),
      "ABC DEF".capitalize())
print("casefold vs lower", [(c, c.lower(), c.casefold()) for c in "ßẞﬁſςΣµK"])
print("upper expansions", "ß".upper(), "ŉ".upper(), "ﬃ".upper(), "ΐ".upper(), len("ﬃ".upper()))
print("lower expansions", "İ".lower(), len("İ".lower()), "İ".lower().upper())
print("swapcase roundtrip", "Hello World".swapcase().swapcase(), "ß".swapcase(), "ǅ".swapcase())

# unbound calls and errors
print(str.upper("abc"), str.isdigit("12"), str.title("x y"))
for call in [lambda: str.upper(5), lambda: "a".upper(1), lambda: "a".isalpha(None), lambda: str.lower()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# counting character classes in a text
text = "Version 3.11: Über-fast ⚡ parsing of 42 files, 7½ minutes!"
stats = {}
for ch in text:
    kind = ("upper" if ch.isupper() else "lower" if ch.islower() else "digit" if ch.isdigit()
            else "numeric" if ch.isnumeric() else "space" if ch.isspace() else "other")
    stats[kind] = stats.get(kind, 0) + 1
print(sorted(stats.items()))
