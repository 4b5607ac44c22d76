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
