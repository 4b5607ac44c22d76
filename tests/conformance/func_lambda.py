# Lambdas and functions as values
square = lambda x: x * x
print("square", square(7))
add = lambda a, b=10: a + b
print("add", add(1), add(1, 2))
varargs = lambda *a, **k: (a, sorted(k))
print("varargs", varargs(1, 2, z=3, y=4))
print("immediate", (lambda: "called")())
print("nested", (lambda x: (lambda y: x + y))(3)(4))

pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print("sort by name", sorted(pairs, key=lambda p: p[1]))
print("sort by len then name", sorted(pairs, key=lambda p: (len(p[1]), p[1])))
print("map", list(map(lambda x: x * 2, [1, 2, 3])))
print("filter", list(filter(lambda x: x % 2, range(10))))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in "+-*/":
    print("op", sym, ops[sym](12, 4))


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print("compose", compose(inc, dbl)(5), compose(dbl, inc)(5))


def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x


print("apply_n", apply_n(dbl, 10, 1))

funcs = [len, str.upper, abs, lambda s: s[::-1]]
print("funcs", funcs[0]("abc"), funcs[1]("abc"), funcs[2](-3), funcs[3]("abc"))


def curry(f):
    return lambda a: lambda b: f(a, b)


print("curry", curry(pow)(2)(10))
print("lambda name", (lambda: 0).__name__, square.__name__)


def make_multiplier(n):
    return lambda x: x * n


times = [make_multiplier(i) for i in range(1, 5)]
print("multipliers", [t(10) for t in times])
print("callable", callable(square), callable(3), callable(str), callable(ops))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print("cond", cond(5), cond(0), cond(-5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print("recursive lambda", fact(20))
print("max key", max(["apple", "fig", "banana"], key=lambda s: len(s)))
