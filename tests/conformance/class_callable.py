# __call__ objects: counters, memoizers, validators, strategy objects
class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.count


c = Counter()
print("calls", c(), c("x"), c(1, 2), c.count, callable(c))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("memo fib", fib(60), "misses", fib.misses, type(fib).__name__)


class Validator:
    def __init__(self, *rules):
        self.rules = rules

    def __call__(self, value):
        return [name for name, rule in self.rules if not rule(value)]


password_check = Validator(
    ("length>=8", lambda s: len(s) >= 8),
    ("has digit", lambda s: any(ch.isdigit() for ch in s)),
    ("has upper", lambda s: any(ch.isupper() for ch in s)),
)
for pw in ["short", "longenough", "Longenough1", "ALLCAPS123"]:
    print("validate", repr(pw), password_check(pw) or "ok")


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k

    def __repr__(self):
        return f"Multiplier({self.k})"


doubles = Multiplier(2)
print("map with callable object", list(map(doubles, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
print("repr", doubles)


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, x):
        for s in self.steps:
            x = s(x)
        return x

    def __or__(self, step):
        return Pipeline(*self.steps, step)


p = Pipeline(str.strip) | str.upper | (lambda s: s + "!") | Multiplier(2)
print("pipeline", p("  hi "))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, x):
        self.total += x
        return self.total


acc = Accumulator()
print("running totals", [acc(v) for v in [5, 10, -3]], acc.total)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
print("callable checks", callable(NotCallable), callable(NotCallable()), callable(acc), callable(Accumulator.__call__))


class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def on(self, kind):
        def register(fn):
            self.handlers[kind] = fn
            return fn

        return register

    def __call__(self, kind, payload):
        handler = self.handlers.get(kind, lambda p: f"no handler for {kind}")
        return handler(payload)


dispatch = Dispatcher()


@dispatch.on("greet")
def _greet(p):
    return "hello " + p


@dispatch.on("shout")
def _shout(p):
    return p.upper()


print("dispatch", dispatch("greet", "bob"), dispatch("shout", "hey"), dispatch("other", 1))
