# Recursive call sites (the callee is the function itself, found through a
# global) while the global is rebound mid-recursion, mutual recursion
# through two globals, recursion through methods and closures, and deep
# recursion ending in RecursionError that is caught and then retried.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fact", [fact(i) for i in range(0, 25, 4)])
print("fib", [fib(i) for i in range(15)])
print("fact big", fact(30), fact(25) // fact(23))

# rebind the global the recursion goes through
real_fact = fact


def fake(n):
    return 1000


fact = fake
print("rebound global: inner calls go to fake", real_fact(5))
fact = real_fact
print("restored", fact(5))


def switching(n):
    global switching_target
    if n == 3:
        switching_target = lambda k: ("lambda took over at", k)
    if n == 0:
        return "bottom"
    return switching_target(n - 1)


switching_target = switching
print("switch mid-recursion", switching(6))
switching_target = switching
print("again", switching(2))


# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print("mutual", [is_even(i) for i in range(10)], is_odd(301))
is_odd = lambda n: "odd replaced"  # noqa: E731
print("mutual replaced", is_even(4), is_even(0))


# recursion through methods; the method is patched during the recursion
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def total(self):
        return self.v + sum(k.total() for k in self.kids)

    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)


def build(d, w):
    if d == 0:
        return Tree(1)
    return Tree(d, [build(d - 1, w) for _ in range(w)])


t = build(5, 3)
for _ in range(20):
    s = t.total()
print("tree", s, t.depth())
calls = [0]
orig_total = Tree.total


def counting_total(self):
    calls[0] += 1
    if calls[0] == 10:
        Tree.total = lambda self: 0
    return orig_total(self)


Tree.total = counting_total
print("patched during recursion", t.total(), calls[0])
Tree.total = orig_total
print("restored", t.total())


# closures recursing through a cell
def make_counter():
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)
    return down


down = make_counter()
print("closure recursion", down(50))


# deep recursion: RecursionError caught, program continues
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


for attempt in range(3):
    try:
        deep(100000)
        print("no RecursionError?")
    except RecursionError as e:
        print("RecursionError caught", attempt, "maximum recursion depth exceeded" in str(e))
print("after RecursionError", deep(500))


# accumulate through recursion with big ints
def power_sum(n):
    return 0 if n == 0 else 2**n + power_sum(n - 1)


print("power sum", power_sum(100) == 2**101 - 2, power_sum(70))

# generator recursion
def walk(tree):
    yield tree.v
    for k in tree.kids:
        yield from walk(k)


for _ in range(10):
    vals = list(walk(t))
print("walk", len(vals), sum(vals), vals[:8])
