# StopIteration semantics: next(), iterators, generators, for-loops
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args", e.args, "value", e.value)
print("next default", next(it, "dflt"), next(iter([]), None))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done counting")
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print("for loop swallows StopIteration", [v for v in cd])
try:
    next(cd)
except StopIteration as e:
    print("explicit message", e, e.value)


def gen():
    yield "a"
    return "ret"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator return value", e.value, e.args)


def leaky():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", type(e.__cause__).__name__)


def safe_first(iterable):
    for x in iterable:
        return x
    raise ValueError("empty iterable")


print("safe_first", safe_first("xyz"))
try:
    safe_first([])
except ValueError as e:
    print("ValueError", e)


def manual_for(iterable, body):
    it = iter(iterable)
    while True:
        try:
            item = next(it)
        except StopIteration:
            break
        body(item)


collected = []
manual_for(range(4), collected.append)
print("manual for", collected)
print("StopIteration is Exception", issubclass(StopIteration, Exception))
e = StopIteration(42)
print("constructed value", e.value, StopIteration().value)


def delegate():
    result = yield from gen()
    yield "got " + result


print("yield from captures return", list(delegate()))
z = zip([1, 2], Countdown(5))
print("zip stops at shortest", list(z))
m = map(lambda v: v * 2, Countdown(2))
print("map over custom iterator", list(m))
