# Class decorators, memoizing decorators, singleton and class-based decorators

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
