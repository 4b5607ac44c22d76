# One call site `f(x)` (and `f(x, y)`) fed Python functions, lambdas,
# closures, builtins, bound methods, unbound functions through classes,
# classes, instances with __call__, staticmethod/classmethod objects,
# functools.partial and generators functions, after warming on one function.
import functools


def call1(f, x):
    return f(x)


def call2(f, x, y):
    return f(x, y)


def double(x):
    return x * 2


for i in range(300):
    call1(double, i)
    call2(divmod, i, 7)
print("warm", call1(double, 21), call2(divmod, 17, 5))


def make_adder(n):
    def add(x):
        return x + n
    return add


class Greeter:
    prefix = "hi "

    def __init__(self, who="?"):
        self.who = who

    def greet(self, x):
        return self.prefix + str(x)

    def __call__(self, x):
        return "called with " + repr(x)

    @staticmethod
    def stat(x):
        return "static " + str(x)

    @classmethod
    def klass(cls, x):
        return cls.__name__ + " classmethod " + str(x)

    def __repr__(self):
        return "Greeter(%s)" % self.who


class Sub(Greeter):
    prefix = "yo "


def gen(x):
    yield x
    yield x + 1


g = Greeter("g")
callees = [
    ("function", double), ("lambda", lambda x: -x), ("closure", make_adder(100)), ("builtin", abs),
    ("builtin type", str), ("bound method", g.greet), ("bound of sub", Sub().greet),
    ("function via class", functools.partial(Greeter.greet, g)), ("class", Greeter), ("callable instance", g),
    ("staticmethod", Greeter.stat), ("classmethod", Greeter.klass), ("classmethod via sub", Sub.klass),
    ("partial", functools.partial(pow, 2)), ("generator function", gen), ("list.append-like", [].count),
    ("str method", "abc".find), ("dict get", {1: "one"}.get), ("type", type), ("int", int), ("bool", bool),
]
for rnd in range(3):
    out = []
    for name, f in callees:
        r = call1(f, 1 if name not in ("str method",) else "c")
        if name == "generator function":
            r = list(r)
        out.append(f"{name}={r!r}")
    print(rnd, "; ".join(out))

two = [("divmod", divmod), ("pow", pow), ("max", max), ("lambda", lambda a, b: a - b), ("isinstance", isinstance),
       ("Greeter.greet", Greeter.greet), ("getattr", getattr), ("partial3", functools.partial(lambda a, b, c: (a, b, c), 0))]
for name, f in two:
    args = (7, 2)
    if name == "isinstance":
        args = (7, int)
    if name == "Greeter.greet":
        args = (Sub(), "x")
    if name == "getattr":
        args = (g, "who")
    print("two", name, call2(f, *args))

not_callable = [None, 5, "str", [1], (), Greeter.prefix]
for obj in not_callable:
    try:
        call1(obj, 1)
    except TypeError as e:
        print("TypeError", e)
for f, args in [(double, ()), (double, (1, 2)), (g.greet, ()), (Greeter.stat, (1, 2)), (abs, (1, 2)), (Greeter, (1, 2))]:
    try:
        f(*args)
    except TypeError as e:
        print("arity TypeError", e)

# the callee changes inside a hot loop: the site cycles through kinds
cycle = [double, abs, g, Greeter.klass, make_adder(-1), str, Sub]
res = []
for i in range(140):
    res.append(call1(cycle[i % len(cycle)], i))
print("cycle", [r if not isinstance(r, Greeter) else repr(r) for r in res[:7]], len(res))

# __call__ replaced on the class after the instance was called a lot
for i in range(200):
    call1(g, i)
Greeter.__call__ = lambda self, x: "new __call__ " + str(x)
print("patched __call__", call1(g, 5))
del Greeter.__call__
try:
    call1(g, 5)
except TypeError as e:
    print("TypeError", e)
g.__call__ = lambda x: "instance attr is not used"
try:
    call1(g, 5)
except TypeError as e:
    print("instance __call__ ignored:", e)
