# String concatenation sites (BINARY_OP_ADD_UNICODE and the in-place
# `s += t` form that CPython may perform by resizing in place): aliases of
# the string must never change, str subclasses with __add__/__radd__ and
# non-str operands must be honoured at sites warmed on exact strs.


def grow(s, piece, n):
    for _ in range(n):
        s += piece
    return s


def plus(a, b):
    return a + b


base = "ab"
alias = base
r = grow(base, "c", 200)
print("grown", len(r), r[:6], r[-3:], "base", base, "alias", alias, alias is base)

# an alias taken inside the loop must keep its value
snapshots = []
s = ""
for i in range(300):
    s += "xy"[i % 2]
    if i % 100 == 0:
        snapshots.append(s)
print("snapshots", [len(x) for x in snapshots], snapshots[0], snapshots[1][-3:], len(s))

# the same string object appended to from two names
a = "start"
b = a
for i in range(150):
    a += "."
print("a", len(a), "b", b, b == "start")
lst = ["seed"] * 3
for i in range(100):
    lst[0] += "!"
print("list slots", len(lst[0]), lst[1], lst[2])
d = {"k": "v"}
keep = d["k"]
for i in range(100):
    d["k"] += "w"
print("dict value", len(d["k"]), keep)


class Tag(str):
    def __add__(self, other):
        return Tag("<" + str(self) + "+" + str(other) + ">")

    def __radd__(self, other):
        return Tag("[" + str(other) + "+" + str(self) + "]")


class Plain(str):
    pass


for i in range(200):
    plus("p", "q")
for rnd in range(2):
    print(rnd, "mixed", [plus(x, y) for x, y in (("a", "b"), (Tag("t"), "s"), ("s", Tag("t")), (Tag("x"), Tag("y")),
                                                  (Plain("p"), "q"), ("q", Plain("p")), ("", ""), ("é", "€"))])
    print(rnd, "types", [type(plus(x, y)).__name__ for x, y in (("a", "b"), (Tag("t"), "s"), (Plain("p"), "q"), ("q", Plain("p")))])
t = Tag("T")
for i in range(3):
    t += "+"
print("inplace on subclass", t, type(t).__name__)
p = Plain("P")
p += "q"
print("inplace on plain subclass", p, type(p).__name__)

for bad in [1, None, ["x"], b"b", 1.5]:
    try:
        grow("s", bad, 3)
    except TypeError as e:
        print("TypeError", e)
acc = "n"
try:
    for i in range(200):
        acc += "." if i != 150 else 150
except TypeError as e:
    print("failed at 150", len(acc), e)

# repetition and join next to concatenation
x = "ab"
y = x * 3
x += "c"
print("mul alias", y, x)
parts = []
for i in range(100):
    parts.append(str(i % 10))
joined = "".join(parts)
print("join", len(joined), joined[:12])
# non-ASCII growth keeps code point indexing right
u = ""
for i in range(100):
    u += "aé€😀"[i % 4]
print("unicode", len(u), u[:8], u[-1], u[49], u.count("😀"))
