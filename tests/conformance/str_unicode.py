# Unicode strings: length, case, encoding, ordering, iteration
words = ["héllo", "straße", "naïve", "café", "日本語", "ÉCOLE", "Ωmega"]
for w in words:
    print(f"{w!r:12} len={len(w)} upper={w.upper()!r} lower={w.lower()!r} bytes={len(w.encode('utf-8'))}")
print("sorted by code point", sorted(words))
print("sorted casefold", sorted(words, key=str.casefold))
print("ß", "ß".upper(), "ß".lower(), "ß".casefold(), len("ß".upper()), "ß".isalpha(), "ß".islower())
print("title", "élan vital".title(), "über".capitalize())
print("ord/chr", [ord(c) for c in "aé€😀"], chr(233), chr(0x20AC), chr(0x1F600) == "😀")
print("emoji len", len("😀"), len("😀".encode()), len("👍🏽"))
print("encode utf-8", "é€".encode("utf-8"), "é€".encode("utf-8").decode("utf-8"))
print("encode latin-1", "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError caught", isinstance(e, UnicodeError), isinstance(e, ValueError))
print("errors=replace/ignore", "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("decode errors=replace", b"ab\xffcd".decode("utf-8", "replace"))
print("slicing by code point", "日本語テキスト"[2:5], "naïve"[::-1])
print("find/index unicode", "café au lait".find("é"), "日本語".index("語"))
print("split/join unicode", "α,β,γ".split(","), "·".join(["a", "b"]))
print("isalpha/isdigit", "é".isalpha(), "日".isalpha(), "3".isdigit(), "Ω".isupper(), "ω".islower())
print("isspace", " ".isspace(), "\t\n".isspace(), "a ".isspace())
print("center with unicode fill", "é".center(5, "·"), "日本".ljust(4, "*"))
print("comparisons", "é" > "e", "Z" < "a", "ä" < "b", "日" > "z")
print("repr keeps printable", repr("héllo"), repr("tab\there"), repr("\x07"))
print("ascii()", ascii("héllo 日本"), ascii("😀"))
print("escape sequences", "\u00e9" == "é", "\U0001F600" == "😀", "\x41")
counts = {}
for ch in "mississippi ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print("char counts", sorted(counts.items()))
print("reversed words", " ".join(w[::-1] for w in "grüße aus köln".split()))
print("count/replace", "ñañaña".count("ñ"), "ñañaña".replace("ñ", "n"))
print("zfill/strip unicode", "é".zfill(3), "··x··".strip("·"))
print("startswith unicode", "Ωmega".startswith("Ω"), "café".endswith("é"))
print("swapcase", "Hé Straße".swapcase())
