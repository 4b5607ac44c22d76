# Functions as values: dispatch tables, callbacks, composition, partial application
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


OPS = {"add": add, "sub": sub, "mul": mul}
for name in ["add", "sub", "mul"]:
    print("dispatch", name, OPS[name](7, 3))
print("function name attr", [f.__name__ for f in OPS.values()])


def apply_all(fns, value):
    return [fn(value) for fn in fns]


print("apply_all", apply_all([abs, str, lambda v: v * 2, float], -4))


def partial(fn, *fixed, **fixed_kw):
    def wrapper(*args, **kw):
        merged = dict(fixed_kw)
        merged.update(kw)
        return fn(*fixed, *args, **merged)

    return wrapper


def greet(greeting, name, punct="."):
    return f"{greeting}, {name}{punct}"


hello = partial(greet, "Hello")
excited = partial(greet, punct="!")
print("partial", hello("Ann"), hello("Bo", punct="?"), excited("Hey", "Cy"))


def pipeline(*stages):
    def run(data):
        for stage in stages:
            data = stage(data)
        return data

    return run


clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print("pipeline", clean("  Hello Big World  "))


def map_reduce(data, mapper, reducer, initial):
    acc = initial
    for item in data:
        acc = reducer(acc, mapper(item))
    return acc


print("map_reduce sum squares", map_reduce(range(5), lambda x: x * x, lambda a, b: a + b, 0))
print("map_reduce longest", map_reduce(["a", "abc", "ab"], len, max, 0))

callbacks = []


def on_event(fn):
    callbacks.append(fn)
    return fn


@on_event
def log_event(e):
    return "log:" + e


@on_event
def upper_event(e):
    return e.upper()


print("callbacks", [cb("click") for cb in callbacks])


def memoize(fn):
    cache = {}

    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    inner.cache = cache
    return inner


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print("grid paths", grid_paths(10, 10), len(grid_paths.cache))


def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n

    return step


steps = [counter() for _ in range(2)]
print("independent counters", steps[0](), steps[0](), steps[1]())
print("sorted with function key", sorted(["b10", "a2", "c1"], key=lambda s: int(s[1:])))
print("functions in data structures", {k: v(2, 3) for k, v in OPS.items()})
print("function equality", add == add, add == sub, OPS["add"] is add)
print("higher order returning tuple", (lambda *fs: tuple(f(9) for f in fs))(str, hex, bin))


def fixed_point(f, x, tol=1e-12):
    while True:
        nx = f(x)
        if abs(nx - x) < tol:
            return round(nx, 9)
        x = nx


print("fixed point of cos-free fn", fixed_point(lambda v: (v + 2 / v) / 2, 1.0))
