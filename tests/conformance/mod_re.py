# re: search/match/fullmatch, groups, findall/finditer, sub (templates and
# functions), split, flags, backreferences, lookaround, escape, errors.
import re

m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1), m[0], m[2])
print(repr(m))
print(re.match(r"\w+", "hello world").group(), re.match(r"world", "hello world"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab").group(), re.search(r"^b", "ab"), re.search(r"^b", "a\nb", re.M).span())
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe Smith")
print(m.group("first"), m["last"], m.groupdict(), m.lastindex, m.lastgroup, m.group(1, 2), m.re.groupindex)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(a)|b", "ab"), re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"o", "foo boo")], [m.group(1) for m in re.finditer(r"(\w)\1", "aabbcd ee")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>>", "a1b2"), re.sub("x*", "-", "abxd"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5c9"))
print(re.subn(r"a", "A", "banana"), re.sub(r"a", "A", "banana", count=2), re.sub(r"(a)(b)?", r"[\2]", "ab a"))
print(re.sub(r"\.", r"\\n", "a.b"), re.sub("b", "\\t", "abc") == "a\tc")
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x*", "axbc"))
print(re.search(r"hello", "HeLLo there", re.IGNORECASE).group(), re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.DOTALL).group() == "a\nb", re.findall(r"(?i)ab", "AB ab aB"))
pattern = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.findall("555-1234 and 555 9876 and 5550000"), pattern.groups)
print(re.search(r"(\w+) \1", "hello hello world").group(), re.search(r"(?P<w>\w+) (?P=w)", "bye bye").group("w"))
print(re.findall(r"\w+(?=!)", "hi! there! you"), re.findall(r"(?<=\$)\d+", "cost $15 or $20"), re.findall(r"\b(?!un)\w+", "undo redo unit tie"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"), re.search(r"colou?r", "my colour").group(), re.findall(r"a{2,}", "a aa aaa"))
print(re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"[\w.-]+@[\w-]+\.\w+", "x a.b@c-d.org, q@r.io"), re.findall(r"[]a]", "a]b"))
print(re.search(r"\d+$", "abc 123\n").group(), re.search(r"\d+\Z", "abc 123\n"), re.findall(r"\bcat\b", "cat concat cat."))
print(re.escape("1+1=2? [yes] (a|b) ^$ a.b"), re.search(re.escape("a.b*c"), "xxa.b*cyy").span())
print(re.compile(r"\d", re.I | re.M), re.compile("x"), re.I | re.M, re.IGNORECASE, re.compile(r"a").pattern, re.compile("a", re.S).flags)
p = re.compile(r"\d")
print(p.search("ab12", 3).group(), p.match("ab12", 2).group(), p.findall("1a2b3c", 1, 4), p is re.compile(r"\d"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(a)(b)?", "a").span(2), re.match(r"(a)(b)?", "a").group(2))
print(re.findall(r"é+", "caféé naïve"), re.search(r"ï", "naïve").span(), re.sub(r"\w", "*", "日本 go"), re.split(r"é", "aébéc"))
print(re.findall(r"\d{,2}", "12345"), re.findall(r"a{1,2}?", "aaa"), re.match(r"(?:ab)+", "ababx").group(), re.findall(r"<.*?>", "<a><b>"))
print(bool(re.match("", "")), re.match("x", "") is None, re.findall(r"", "ab"), re.sub(r"^", ">", "a\nb", flags=re.M))
m = re.search(r"(\d)(\d)", "x12y")
print(m.expand(r"\2\1"), m.regs, m.pos, m.endpos, m.string)
for bad in [r"(abc", r"abc)", r"[abc", r"\q", r"a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error for", repr(bad))
for bad_repl in [r"\9", r"\g<nope>", "\\"]:
    try:
        re.sub(r"(a)", bad_repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, "for", repr(bad_repl))
try:
    re.search(r"a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(r"(a)", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
print(issubclass(re.error, Exception))
