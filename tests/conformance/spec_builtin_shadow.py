# Hot sites calling builtins (len, abs, min, str, isinstance, type,
# sorted, range, print-free ones) while the builtins are shadowed by
# module globals, replaced through the `builtins` module, and restored.
import builtins


def size(x):
    return len(x)


def absval(x):
    return abs(x)


def smallest(a, b):
    return min(a, b)


def kind(x):
    return type(x).__name__


def is_int(x):
    return isinstance(x, int)


def text(x):
    return str(x)


def ordered(xs):
    return sorted(xs)


def span(n):
    return list(range(n))


def run(tag):
    print(tag, size([1, 2, 3]), absval(-4), smallest(3, 9), kind(5), is_int(True), text(12), ordered([3, 1, 2]),
          span(3))


for i in range(300):
    size("x" * (i % 7))
    absval(-i)
    smallest(i, 150)
    kind(i)
    is_int(i)
    text(i)
    ordered([i, 1])
    span(2)
run("warm")

len = lambda x: 42  # noqa: E731
run("len shadowed by a global")
abs = str
min = max
run("abs and min shadowed")
del len
del abs, min
run("globals deleted, builtins visible")

real_len = builtins.len
builtins.len = lambda x: -1
run("builtins.len replaced")
len = lambda x: "global wins over builtins"  # noqa: E731
run("global over replaced builtin")
del len
run("global gone, replaced builtin shows")
builtins.len = real_len
run("builtins.len restored")

# a brand new builtin becomes visible to a site that raised NameError
def use_new():
    return brand_new_builtin(2)  # noqa: F821


for i in range(100):
    try:
        use_new()
    except NameError:
        pass
builtins.brand_new_builtin = lambda x: x * 1000
print("new builtin", use_new())
brand_new_builtin = lambda x: "global shadows new builtin"  # noqa: E731
print("global shadows it", use_new())
del brand_new_builtin
del builtins.brand_new_builtin
try:
    use_new()
except NameError as e:
    print("NameError", e)

# shadowing type/isinstance/str with classes and callables
real_type = builtins.type


class FakeType:
    def __init__(self, x):
        self.__name__ = "Fake(" + real_type(x).__name__ + ")"


type = FakeType
print("type shadowed by a class", kind(1), kind("s"))
del type
isinstance = lambda x, t: "always"  # noqa: E731
print("isinstance shadowed", is_int(1), is_int("s"))
del isinstance
str = repr
print("str is repr", text("q"), text(5))
del str
print("str again", text("q"))

# shadowing inside the hot loop
counts = []
for i in range(300):
    if i == 100:
        len = lambda x: 0  # noqa: E731
    if i == 200:
        del len
    counts.append(size([0] * 5))
print("loop", counts[99], counts[100], counts[199], counts[200], sum(counts))

# builtins used inside comprehensions and nested functions see the same rebinding
def nested():
    def inner(xs):
        return [len(x) for x in xs]
    return inner(["a", "bb", "ccc"])


for i in range(100):
    nested()
print("nested", nested())
builtins.len = lambda x: 7
print("nested replaced", nested())
builtins.len = real_len
print("nested restored", nested())
print("builtins module", builtins.__name__, builtins.len is real_len, hasattr(builtins, "brand_new_builtin"))
