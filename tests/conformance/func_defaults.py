# Default arguments, including the mutable-default gotcha
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))


def append_bad(x, acc=[]):
    acc.append(x)
    return acc


print("gotcha 1", append_bad(1))
print("gotcha 2", append_bad(2))
print("gotcha 3", append_bad(3, []))
print("gotcha 4", append_bad(4))


def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print("good 1", append_good(1))
print("good 2", append_good(2))

counter = 10


def show(v=counter):
    return v


counter = 20
print("default evaluated at def time", show())

print("defaults tuple", greet.__defaults__)
print("append_bad defaults", append_bad.__defaults__)


def cache_fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = cache_fib(n - 1) + cache_fib(n - 2)
    return _memo[n]


print("memo fib", cache_fib(50), len(cache_fib.__defaults__[0]))


def defaults_list(n, items=[i * i for i in range(3)]):
    return items[n]


print("computed default", defaults_list(2))

try:
    greet()
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", nam="x")
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError", e)


def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=9, d=0))
