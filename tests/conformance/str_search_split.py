# str searching, splitting, stripping and joining: bounds, keywords, errors


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "abracadabra"
print("find", s.find("a"), s.find("a", 1), s.find("a", -4), s.find("bra", 2, 9), s.find("bra", 2, 10), s.find("z"))
print("rfind", s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra", -7), s.rfind("c", None, 3), s.rfind(""))
print("empty sub", s.find("", 11), s.find("", 12), s.find("", 5, 2), s.rfind("", 3, 3), s.count("", 2, 5), s.count("", 12))
print("None bounds", s.find("a", None), s.find("a", None, None), s.count("a", None, 5), s.startswith("abr", None))
print("index", s.index("c"), s.rindex("a", 0, 5), s.index("d", -5 + 0), s.rindex("abra"))
print("count", s.count("a"), s.count("abra"), s.count("a", 3), s.count("a", 3, -3), s.count("aa"), "aaaa".count("aa"))
print("unicode positions", "héllo wörld".find("ö"), "日本語テキスト".rfind("テ"), "aé😀b😀".index("😀", 3), "aé😀b😀".count("😀", -1))
attempt("index missing", lambda: s.index("z"))
attempt("rindex missing", lambda: s.rindex("a", 1, 3))
attempt("find int", lambda: s.find(1))
attempt("find float bound", lambda: s.find("a", 1.5))
attempt("find too many", lambda: s.find("a", 1, 2, 3))
attempt("find keyword", lambda: s.find("a", start=1))
attempt("count none", lambda: s.count())

print("startswith", s.startswith("abra"), s.startswith("cad", 4), s.startswith("cad", 4, 6), s.startswith(("x", "ab")))
print("endswith", s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith("", 11), s.endswith("", 12))
print("negative bounds", s.startswith("bra", -10), s.endswith("dab", -100, -2), s.startswith("", -1, -5))
attempt("startswith list", lambda: s.startswith(["a"]))
attempt("startswith tuple int", lambda: s.startswith(("z", 1)))
print("startswith tuple short-circuit", s.startswith(("a", 1)))

print("partition", s.partition("cad"), s.partition("z"), s.rpartition("a"), s.rpartition("z"))
attempt("partition empty", lambda: s.partition(""))
attempt("partition int", lambda: s.rpartition(3))
print("replace", s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "A", 0), s.replace("a", "A", -1))
print("replace empty", "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("abc", ""))
attempt("replace bad", lambda: s.replace("a", 1))
attempt("replace count str", lambda: s.replace("a", "b", "1"))
print("removeprefix", s.removeprefix("abra"), s.removeprefix("cad"), s.removesuffix("abra"), "".removesuffix(""))
attempt("removeprefix int", lambda: s.removeprefix(1))

print("split", "a,b,,c,".split(","), "a,b,c".split(",", 1), "a,b,c".split(",", 0), "a, b".split(", "))
print("split ws", "  a  b\tc\n d ".split(), " a b c ".split(None, 1), " a b c ".split(maxsplit=2), "".split(), "   ".split())
print("rsplit", "a,b,c".rsplit(",", 1), "  a  b  c  ".rsplit(None, 1), "a b c".rsplit(maxsplit=0), "aaa".rsplit("aa"))
print("split keywords", "a-b-c".split(sep="-"), "a-b-c".split("-", maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
print("split unicode ws", "a\u3000b\u00a0c\x1cd\u2028e\u200bf".split())
print("split long sep", "one<>two<>three".split("<>"), "xxxx".split("xx"), "xxxxx".rsplit("xx"))
attempt("split empty sep", lambda: "a".split(""))
attempt("split int sep", lambda: "a".split(1))
attempt("split bad kw", lambda: "a".split(x=1))
attempt("split dup", lambda: "a".split(",", sep=","))
attempt("split too many", lambda: "a".split(",", 1, 2))
attempt("split maxsplit str", lambda: "a".split(",", "1"))

print("splitlines", "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("splitlines keepends", "a\r\n\nb\r".splitlines(True), "x\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("splitlines vs split", "a\n\nb\n".splitlines(), "a\n\nb\n".split("\n"))
attempt("splitlines kw", lambda: "a".splitlines(keep=True))

print("strip", repr("  \t x y \n ".strip()), repr("xxhixx".strip("x")), repr("<[a]>".strip("<>[]")), repr("abc".strip("")))
print("lstrip/rstrip", repr("  a  ".lstrip()), repr("  a  ".rstrip()), repr("0012300".lstrip("0")), repr("0012300".rstrip("0")))
print("strip unicode ws", repr("\u3000\u00a0 a \x1f\x85".strip()), repr("ééaéé".strip("é")), repr("x".strip(None)))
attempt("strip int", lambda: "a".strip(1))
attempt("strip two", lambda: "a".strip("a", "b"))

print("join", "-".join("abc"), ", ".join(["x"]), "".join([]), "+".join(("1", "2")), "/".join({"k": 1}))
print("join generator", " ".join(w.upper() for w in "lazy dog".split()), "é".join(["a", "b"]))
attempt("join int", lambda: "-".join(5))
attempt("join mixed", lambda: "-".join(["a", 2, "c"]))
attempt("join bytes", lambda: "-".join([b"a"]))


def parse_kv(line):
    key, sep, value = line.partition("=")
    return key.strip(), value.strip() if sep else None


print([parse_kv(l) for l in "name = Ann\nflag\n  x=1=2  ".splitlines()])
csv = "id;name;score\n1;Ann;9.5\n2;Bob;7\n"
rows = [r.split(";") for r in csv.splitlines()[1:]]
print(rows, sum(float(r[2]) for r in rows))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[-1], path.rpartition("/")[0], path.split("/")[1:3], path.count("/"))
