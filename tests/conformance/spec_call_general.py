# A call site that sees many different callees: after the first cached
# function misses, the site enters any plain Python function; anything else
# (generators, *args, keyword-only, builtins, classes) must still be right.


def one(x):
    return ("one", x)


def two(x, y=10):
    return ("two", x + y)


def three(x, y=1, z=2):
    return ("three", x * y * z)


def gen(x):
    yield x
    yield x + 1


def star(*args):
    return ("star", args)


def kwonly(x, *, k=5):
    return ("kwonly", x + k)


def make_adder(n):
    def add(x):
        return ("adder", x + n)

    return add


class Shape:
    def __init__(self, x):
        self.x = x

    def area(self, scale):
        return ("shape", self.x * scale)


class Square(Shape):
    def area(self, scale, extra=0):
        return ("square", self.x * self.x * scale + extra)


class Circle(Shape):
    def area(self, scale):
        return ("circle", 3 * self.x * self.x * scale)


def call(f, x):
    return f(x)


def call_method(o, s):
    m = o.area
    return m(s)


def callees():
    adders = [make_adder(i) for i in range(3)]
    return [one, two, three] + adders


results = []
fs = callees()
for i in range(300):
    results.append(call(fs[i % len(fs)], i))
print(results[:8])
print(results[-3:])
print(len(results))

# Now callees the general form cannot take: each still gives its answer.
odd = [gen, star, kwonly, len, str, Shape, lambda x: ("lambda", x)]
for i in range(70):
    r = call(odd[i % len(odd)], [i] if odd[i % len(odd)] is len else i)
    if i < 7 or i > 65:
        if isinstance(r, Shape):
            r = ("Shape", r.x)
        print(i, r if not hasattr(r, "__next__") else ("generator", list(r)))

# And back to plain functions.
print([call(f, 2) for f in callees()])

objs = [Shape(2), Square(3), Circle(1)]
out = []
for i in range(200):
    out.append(call_method(objs[i % 3], i))
print(out[:3], out[-3:])


# Replacing a method on the class while the site is general.
def new_area(self, scale):
    return ("patched", scale)


Square.area = new_area
print([call_method(o, 7) for o in objs])

# Deep recursion through a general site still ends in RecursionError.
def rec_a(n):
    return n if n == 0 else call(rec_b, n - 1)


def rec_b(n):
    return n if n == 0 else call(rec_a, n - 1)


print(call(rec_a, 300))
try:
    call(rec_a, 10**6)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))


# Wrong argument counts through the general site raise the usual TypeError.
for f in (one, two, three):
    try:
        f(1, 2, 3, 4)
    except TypeError as e:
        print(e)
for i in range(60):
    try:
        call(fs[i % 3], i) if i % 10 else call(lambda: 0, i)
    except TypeError as e:
        print(i, e)
