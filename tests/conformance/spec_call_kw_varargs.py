# Keyword call sites (CALL_KW) and *args/**kwargs sites warmed on one
# callee and then fed callees with different signatures: positional-only,
# keyword-only, **kwargs collectors, builtins taking keywords, classes;
# plus every argument error message at those hot sites.


def point(x, y=0, *, label="p"):
    return f"{label}({x},{y})"


def collect(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"


def posonly(a, b, /, c=3):
    return (a, b, c)


def kwsite(f):
    return f(1, y=2, label="kw")


def starsite(f, args, kwargs):
    return f(*args, **kwargs)


for i in range(300):
    kwsite(point)
    starsite(point, (i,), {"y": i})
print("warm", kwsite(point), starsite(point, (5,), {"label": "s"}))


class Rec:
    def __init__(self, x, y=None, label=None):
        self.t = (x, y, label)

    def __repr__(self):
        return "Rec%r" % (self.t,)


def loose(*a, **k):
    return ("loose", a, sorted(k))


def only_kw(x, **rest):
    return ("only_kw", x, sorted(rest.items()))


callees = [point, collect, Rec, loose, only_kw, lambda x, y, label: (x + y, label), dict,
           lambda *a, label=None, **k: (a, label, k)]
for rnd in range(2):
    for f in callees:
        try:
            print(rnd, "kw", kwsite(f))
        except TypeError as e:
            print(rnd, "kw TypeError", e)

star_cases = [((), {}), ((1,), {}), ((1, 2), {}), ((1,), {"y": 3}), ((), {"x": 1}), ((1, 2), {"label": "L"}),
              ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"zzz": 0}), ((), {"y": 1})]
for args, kwargs in star_cases:
    row = []
    for f in (point, collect, posonly):
        try:
            row.append(repr(starsite(f, args, kwargs)))
        except TypeError as e:
            row.append("TypeError(%s)" % e)
    print("star", args, sorted(kwargs.items()), " | ".join(row))

# keyword errors
for call in [
    lambda: point(1, label="a", y=2, x=3),
    lambda: point(1, 2, 3),
    lambda: point(y=1),
    lambda: point(1, bogus=2),
    lambda: posonly(1, b=2),
    lambda: posonly(a=1, b=2),
    lambda: point(*[1, 2, 3, 4]),
    lambda: point(**{1: 2}),
]:
    try:
        print("no error?", call())
    except TypeError as e:
        print("TypeError", e)

# builtins with keywords at a hot site
def sort_site(xs, **kw):
    return sorted(xs, **kw)


for i in range(200):
    sort_site([3, 1, 2])
print("sorted kw", sort_site([3, 1, 2], reverse=True), sort_site(["bb", "a", "ccc"], key=len),
      sort_site(["b", "A", "c"], key=str.lower, reverse=True))
try:
    sort_site([1], cmp=None)
except TypeError as e:
    print("TypeError", e)
print("print-free builtins", int("ff", base=16), round(2.675, ndigits=2), "a,b".split(sep=","),
      dict(a=1, **{"b": 2}), max([1, 5, 2], key=lambda v: -v), min([], default="empty"))

# **kwargs dict is a fresh dict each call; mutation does not leak
def mut(**kw):
    kw["added"] = True
    return len(kw)


d = {"a": 1}
for i in range(100):
    mut(**d)
print("kwargs fresh", mut(**d), d)

# many arguments through a hot star site
big = tuple(range(50))
for i in range(50):
    r = starsite(collect, big, {"k%d" % j: j for j in range(20)})
print("big", len(r), r[:40])
