# str indexing, slicing, iteration, comparison, unicode
s = "Python"
print("index", s[0], s[5], s[-1], s[-6])
print("slice", s[1:4], s[:2], s[2:], s[::-1], s[::2])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError", e)
print("concat", s + "3", "ab" * 3, 3 * "xy", "a" * 0, "-" * -1 == "")
print("in", "yth" in s, "java" in s, "" in s, "P" not in s)
print("len", len(s), len(""), len("héllo"), len("ß"), len("日本語"), len("\n\t"))
print("compare", "a" < "b", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < "a", "apple" == "apple")
print("min/max str", min("hello"), max("hello"), sorted("python"), max(["b", "ab", "abc"]))
for i, ch in enumerate("héß"):
    print("iter", i, ch, ord(ch))
print("list(str)", list("abc"), tuple("ab"))
u = "héllo wörld"
print("unicode upper", u.upper(), "ß".upper(), "straße".title())
print("unicode slicing", u[1], u[-4:], u[::-1])
print("unicode find", u.find("ö"), u.index("w"), "ö" in u)
print("unicode encode", u.encode("utf-8"), len(u.encode("utf-8")))
print("decode", b"h\xc3\xa9llo".decode("utf-8"), b"abc".decode())
print("escapes", "tab[\t]", "quote[\"]", 'single[\']', "backslash[\\]", "nul-len", len("\0"))
print("repr escapes", repr("a\nb"), repr("tab\t"), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\\"))
print("repr unicode", repr("héllo"), repr("日本"), repr("\x00\x7f"))
print("raw string", r"C:\new\table", len(r"\n"))
print("triple quoted", """line1
line2""".split("\n"))
print("implicit concat", "abc" "def" 'ghi')
print("str()", str(42), str(3.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None))
print("repr vs str", repr("x"), str("x"), repr(str(5)))
print("immutability", s.upper(), s)
words = ["banana", "Apple", "cherry", "apple"]
print("sorted case-sensitive", sorted(words))
print("sorted case-insensitive", sorted(words, key=str.lower))
print("string multiplication table", ["ab" * n for n in range(4)])
acc = ""
for ch in "abc":
    acc = ch + acc
print("build reversed", acc)
print("chr range", "".join(chr(c) for c in range(ord("a"), ord("f"))))
print("ord list", [ord(c) for c in "AZaz09 "])
print("char math", chr(ord("a") + 25), chr(ord("A") ^ 32))
print("str hash consistent", hash("abc") == hash("ab" + "c"))
print("identity of equal strings not asserted; equality:", "ab" + "c" == "abc")
print("count substrings", "mississippi".count("ss"), "mississippi".replace("ss", "SS"))
print("ljust table")
for name, qty in [("apple", 3), ("kiwi", 12), ("watermelon", 1)]:
    print("  " + name.ljust(12, ".") + str(qty).rjust(4))
print("center banner", "[" + " title ".center(20, "=") + "]")
print("is methods on unicode", "é".isalpha(), "ß".islower(), "Ⅻ".isnumeric() if False else "skip")
print("multiline join", "\n".join(["x", "y"]).splitlines())
