# yield from, including return values and delegation of send
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-final"
    return "outer-done"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("outer returned", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print("chain", list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))


def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
print("tree preorder", list(tree(t)))


def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v


def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)


res = []
acc = gather(res)
next(acc)
for v in [1, 2, 3, None, 10, 20, None, 5, None]:
    acc.send(v)
print("gathered totals", res)


def sub_returns_none():
    yield 1


def uses_none():
    r = yield from sub_returns_none()
    yield ("returned", r)


print("none return", list(uses_none()))


def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield f"level{n}"
    return r + 1


g = depth(3)
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        items.append(("ret", e.value))
        break
print("nested yield from", items)


def yf_gen_expr():
    yield from (i * 10 for i in range(3))
    yield from {"k1": 1, "k2": 2}
    yield from "xy"


print("yield from various", list(yf_gen_expr()))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p


print("perms", list(permutations([1, 2, 3])))
