# A hot call site whose callee's __code__ is replaced (the function object
# stays the same, so a cache keyed on the function alone goes stale; CPython
# bumps the function version on __code__ assignment).


def target(x):
    return x + 1


def other_code(x):
    return x * 100


def two_args(x, y):
    return x - y


def site(x):
    return target(x)


for i in range(300):
    site(i)
print("warm", site(1), target.__code__.co_name)
target.__code__ = other_code.__code__
print("swapped", site(1), target.__name__, target.__code__.co_name)
target.__code__ = two_args.__code__
try:
    site(1)
except TypeError as e:
    print("TypeError", e)
print("two args", target(5, 2))
target.__code__ = (lambda x: "lambda code %r" % (x,)).__code__
print("lambda code", site(3))
try:
    target.__code__ = "not code"
except TypeError as e:
    print("TypeError", e)


def outer():
    n = 5

    def inner(x):
        return x + n
    return inner


try:
    target.__code__ = outer().__code__
except ValueError as e:
    print("ValueError", e)
print("final", site(2))
