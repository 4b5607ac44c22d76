# Structural pattern matching: every pattern kind, guards, bindings, errors.
from collections import defaultdict, OrderedDict, deque


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, r):
        self.r = r


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big int {n}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str() as s:
            return f"str {s!r}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra {sorted(rest)}"
        case {"x": x, "y": y}:
            return f"mapping point {x},{y}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(r=r):
            return f"circle {r}"
        case _:
            return "other " + type(v).__name__


values = [None, True, False, 0, -1, 2, 3, 4, 1000, 2.5, "hello", "hi", "yo", b"raw",
          [], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5, 6], range(3), "ab",
          {"type": "user", "name": "ann", "age": 3, "id": 7}, {"type": "user", "name": 5},
          {"x": 1, "y": 2, "z": 3}, {"q": 1}, {}, Point(0, 0), Point(0, 5), Point(4, 0),
          Point(3, 3), Point(1, 2), Circle(9), deque([7, 8]), object.__new__(object) is None,
          defaultdict(int, x=1, y=2), OrderedDict(a=1), 7.0]
for v in values:
    print(describe(v))

# Nested patterns and as-bindings.
def shape(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["drop", item, *_]:
            return "dropping " + item
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"


for c in ["go north", "go up", "pick up a b", "pick up", "drop lamp now", "quit", "exit", "dance", ""]:
    print(repr(c), "->", shape(c))

# Nested class and sequence patterns.
def nested(v):
    match v:
        case [Point(x=0), Point(y=0) as p]:
            return f"nested {p.x}"
        case (a, (b, c)):
            return f"tuple {a} {b} {c}"
        case {"k": [1, {"deep": d}]}:
            return f"deep {d}"
        case _:
            return "no"


print(nested([Point(0, 1), Point(2, 0)]))
print(nested((1, (2, 3))))
print(nested({"k": [1, {"deep": "yes"}]}))
print(nested({"k": [2, {"deep": "yes"}]}))

# Value patterns (dotted names) and constants.
class Color:
    RED = 1
    GREEN = 2


for c in [1, 2, 3]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case other:
            print("other", other)

# Bindings survive after the match statement.
match (1, 2):
    case (a, b):
        pass
print(a, b)

# Guards see the bindings; a failing guard falls through.
for n in range(5):
    match n:
        case x if x % 2 == 0:
            print(n, "even")
        case x:
            print(n, "odd")

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [9]:
        pass
    case [1, 2]:
        print("matched after a miss, calls:", len(calls))

# Matching inside loops with break and continue.
for item in [[1], [2, 3], "stop", [4]]:
    match item:
        case [x]:
            print("single", x)
            continue
        case "stop":
            print("stopping")
            break
        case _:
            print("other", item)

# Self-matching builtins and keyword attributes of builtins.
match 5:
    case int(real=r, imag=i):
        print("int parts", r, i)
match [1, 2]:
    case list((a, b)):
        print("list of", a, b)

# Errors at match time.
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 3:
        case len(x):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 3:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# Syntax errors reported by the compiler.
for src in ["match x:\n case y: pass\n case 1: pass",
            "match x:\n case _: pass\n case 1: pass",
            "match x:\n case [a, b] | [a]: pass",
            "match x:\n case {'a': 1, 'a': 2}: pass",
            "match x:\n case [a, a]: pass",
            "match x:\n case [*a, *b]: pass",
            "match x:\n case P(a=1, a=2): pass"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# match as a soft keyword remains a usable name.
match = [1, 2]
print(match[0])
case = 3
print(case)
