# Decorators on functions and classes, with and without arguments
calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"trace {fn.__name__}{args} -> {result}")
        return result

    wrapper.__name__ = fn.__name__
    return wrapper


@trace
def add(a, b):
    return a + b


add(2, 3)
add(10, -4)
print("calls", calls, add.__name__)


def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]

        return wrapper

    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print("repeat", hello("bo"))


def prefix(p):
    def deco(fn):
        def w(*a):
            return p + fn(*a)

        return w

    return deco


@prefix("<")
@prefix("[")
def word():
    return "w"


print("stacked", word())

order = []


def mark(label):
    order.append("factory " + label)

    def deco(fn):
        order.append("apply " + label)
        return fn

    return deco


@mark("outer")
@mark("inner")
def nothing():
    pass


print("order", order)

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Alpha:
    pass


@register
class Beta:
    pass


print("registry", sorted(registry))


def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls

    return deco


@add_method("answer", 42)
class Q:
    pass


print("class deco with args", Q().answer())


def memoize(fn):
    cache = {}

    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    w.cache = cache
    return w


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("memo fib", fib(80), len(fib.cache))


def singleton(cls):
    inst = {}

    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]

    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print("singleton", Config(1).v, Config(2).v, Config(3) is Config(4))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0

    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)


@CountCalls
def sq(x):
    return x * x


print("class as decorator", sq(3), sq(4), sq.n)
