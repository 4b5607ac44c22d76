# \N{...} escapes: listed names, any case, aliases, computed families
# (CJK, Hangul) and the errors for unknown names.

samples = [
    "\N{LATIN SMALL LETTER A}",
    "\N{latin capital letter e with acute}",
    "\N{GREEK SMALL LETTER LAMDA}",
    "\N{SNOWMAN}\N{BLACK HEART SUIT}",
    "\N{EM DASH}",
    "\N{DIGIT SEVEN}",
    "\N{NBSP}",
    "\N{LINE FEED}",
    "\N{BYTE ORDER MARK}",
    "\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{CJK UNIFIED IDEOGRAPH-6587}",
    "\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GEUL}",
    "\N{HANGUL SYLLABLE A}",
    "\N{PILE OF POO}",
    "\N{VARIATION SELECTOR-16}",
    "\N{MATHEMATICAL BOLD CAPITAL A}",
    "\N{COMBINING ACUTE ACCENT}",
    "\N{DEVANAGARI LETTER KA}",
    "\N{CJK COMPATIBILITY IDEOGRAPH-F900}",
]
for s in samples:
    print(ascii(s), len(s), [hex(ord(c)) for c in s])

print("\N{BULLET} ok")
print(rb"\N{SNOWMAN}", r"\N{SNOWMAN}")
print("mixed: a\N{RIGHTWARDS ARROW}b".encode("utf-8"))

for bad in [
    '"\\N{NO SUCH THING}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-A000}"',
    '"\\N{HANGUL SYLLABLE GAX}"',
]:
    try:
        eval(bad)
    except SyntaxError as e:
        # CPython's message also names byte positions: compare the rest.
        print("SyntaxError", e.msg.startswith("(unicode error)"), e.msg.split(": ")[-1])
    else:
        print("accepted", bad)
