# str.format / str.format_map: field names, numbering, lookups, conversions, nesting, errors


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

    def __format__(self, spec):
        if spec == "polar":
            return "<polar>"
        return format(str(self), spec)


p = Point(3, 4)
print("auto", "{} {} {}".format(1, "two", 3.0), "{}{}".format("a", "b"), "{}".format(None))
print("manual", "{1} {0} {1}".format("a", "b"), "{0}{0}{0}".format("x"), "{2}".format(0, 1, 2))
print("keywords", "{name}:{age}".format(name="Ann", age=7), "{a}{b}{a}".format(a=1, b=2), "{_x1}".format(_x1="ok"))
print("mixed", "{0} {name} {1}".format("p0", "p1", name="kw"), "{} {x}".format(1, x=2))
print("attributes", "{0.x},{0.y}".format(p), "{p.x}/{p.tags}".format(p=p), "{.y}".format(p), "{0.__class__.__name__}".format(p))
print("indexes", "{0[1]}".format([10, 20]), "{0[k]}".format({"k": "v"}), "{d[0]}".format(d={0: "zero"}),
      "{0[1][0]}".format([[1], ["x"]]), "{[0]}".format("abc"), "{0.tags[1]}".format(p))
print("string keys", "{0[-1]}".format({"-1": "neg"}), "{0[ a b ]}".format({" a b ": "sp"}), "{0[1.5]}".format({"1.5": "f"}))
print("chained", "{0[a].x}".format({"a": p}), "{0.tags[0].upper}".format(p)[:20])
print("conversions", "{!r}".format("q"), "{!s}".format(p), "{0!r}".format(p), "{!a}".format("é€😀"), "{!r:>8}".format("x"))
print("format protocol", "{}".format(p), "{:polar}".format(p), "{:>10}".format(p), "{!s:*^10}".format(p))
print("specs", "[{:>6}]".format("ab"), "[{:06.2f}]".format(3.14159), "[{:,}]".format(1234567), "[{:x}]".format(255))
print("nested", "{:{}}".format("x", 5) + "|", "{:{w}.{p}f}".format(2.71828, w=8, p=3), "{0:{1}{2}}".format(7, ">", 4))
print("nested names", "{0:{fill}{align}{width}}".format("z", fill="-", align="^", width=7), "{:{}{}}".format(1, "<", 3) + "|")
print("nested keys", "{x:{s[w]}}".format(x=5, s={"w": "4"}), "{0:{1.x}}".format(9, p))
print("escapes", "{{}}".format(), "{{{}}}".format(1), "}}{{".format(), "{{0}}".format(9), "a{{b}}c{}".format("!"))
print("literal only", "no fields".format(1, 2, x=3), "".format())
print("unicode", "{0}→{1}".format("α", "β"), "{٣}".format(0, 1, 2, "three"), "{:é^7}".format("x"))
print("empty spec", "{:}".format(5), "{0:}".format("s"), "{!s:}".format(1.5))
print("format_map", "{a}-{b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": "yz"}), "{}".format_map({}) if False else "skip")


class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("format_map missing", "{name} is {what}".format_map(Defaulting(name="Ann")))
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for row in table:
    print("{0:<8}|{1:>4}|{2:>6.2f}|{total:>7.2f}".format(*row, total=row[1] * row[2]))
print("ragged", ["{:>{}}".format("x", w) for w in range(1, 5)])

attempt("single close", lambda: "a}b".format())
attempt("single open end", lambda: "ab{".format())
attempt("switch to manual", lambda: "{}{1}".format(1, 2))
attempt("switch to auto", lambda: "{0}{}".format(1, 2))
attempt("switch in spec", lambda: "{0:{}}".format(1, 2))
attempt("index out of range", lambda: "{2}".format(1, 2))
attempt("auto out of range", lambda: "{}{}".format(1))
attempt("missing keyword", lambda: "{missing}".format(1))
attempt("missing attribute", lambda: "{0.nope}".format(p))
attempt("bad index", lambda: "{0[5]}".format([1]))
attempt("str index on list", lambda: "{0[a]}".format([1]))
attempt("empty attribute", lambda: "{0.}".format(p))
attempt("empty index", lambda: "{0[]}".format([1]))
attempt("missing bracket", lambda: "{0[0}".format([1]))
attempt("after bracket", lambda: "{0[0]x}".format([1]))
attempt("brace in name", lambda: "{a{b}".format())
attempt("unterminated", lambda: "{0".format(1))
attempt("unterminated spec", lambda: "{0:>5".format(1))
attempt("bad conversion", lambda: "{0!x}".format(1))
attempt("conversion then junk", lambda: "{0!rx}".format(1))
attempt("conversion at end", lambda: "{0!".format(1))
attempt("empty conversion", lambda: "{!}".format(1))
attempt("deep nesting", lambda: "{:{:{}}}".format(1, 2, 3))
attempt("huge index", lambda: "{99999999999999999999}".format(1))
attempt("close bracket name", lambda: "{0]}".format(1))
attempt("positional in map", lambda: "{0}".format_map({}))
attempt("auto in map", lambda: "{}".format_map({"": 1}))
attempt("map missing", lambda: "{k}".format_map({}))
attempt("map not mapping", lambda: "{k}".format_map(5))
attempt("map no fields", lambda: "plain".format_map(5))
attempt("format_map args", lambda: "x".format_map())
attempt("unbound format", lambda: str.format())
attempt("format on int", lambda: str.format(5))
print("unbound ok", str.format("{}-{}", 1, 2), str.format_map("{a}", {"a": 0}))
