# Closure variable sites (LOAD_DEREF / STORE_DEREF) in hot inner functions
# while the cell is rebound by nonlocal writers, changes type, is deleted
# (NameError), and is shared by several closures; class-body and
# comprehension scopes around hot loops.


def make():
    count = 0
    step = 1

    def inc():
        nonlocal count
        count += step
        return count

    def set_step(v):
        nonlocal step
        step = v

    def get():
        return count

    def drop():
        nonlocal count
        del count

    return inc, set_step, get, drop


inc, set_step, get, drop = make()
for i in range(300):
    inc()
print("warm", get())
set_step(0.5)
print("float step", inc(), inc())
set_step(2**70)
print("big step", inc())
set_step(-(2**70) - 301)
print("big negative step", inc(), type(get()).__name__)
set_step("x")
try:
    inc()
except TypeError as e:
    print("TypeError", e)
drop()
try:
    get()
except NameError as e:
    print("NameError", e)
set_step(1)
try:
    inc()
except NameError as e:
    print("NameError in inc", e)

# many closures sharing one cell, rebound inside a hot loop
def shared():
    value = "start"
    readers = [lambda i=i: (i, value) for i in range(3)]

    def write(v):
        nonlocal value
        value = v
    return readers, write


readers, write = shared()
seen = []
for i in range(300):
    if i % 100 == 0:
        write(i)
    seen.append(readers[i % 3]()[1])
print("shared cell", seen[0], seen[99], seen[100], seen[299], len(set(seen)))


# late binding: closures made in a loop see the final value
fs = []
for i in range(5):
    fs.append(lambda: i)
print("late binding", [f() for f in fs])
i = "rebound"
print("module-level i rebound", [f() for f in fs])


# closures over loop variables inside a function
def loop_closures():
    out = []
    for j in range(4):
        def f():
            return j * 10
        out.append(f)
    j = -1
    return [f() for f in out]


print("function loop closures", loop_closures())


# nested three levels, the middle one rebinds
def level1():
    x = 1

    def level2():
        nonlocal x
        def level3():
            return x
        results = []
        for k in range(200):
            if k == 100:
                x = "changed"
            results.append(level3())
        return results
    r = level2()
    return r[99], r[100], x


print("three levels", level1())


# class bodies do not create closures for methods
class Scope:
    attr = "class attr"

    def method(self):
        try:
            return attr  # noqa: F821
        except NameError as e:
            return "NameError: %s" % e

    names = [n.upper() for n in ("a", "b")]


print("class scope", Scope().method(), Scope.names)

# comprehension variables do not leak, and see enclosing cells
def comp():
    base = 10
    squares = [base + k * k for k in range(5)]
    base = 100
    gen = (base + k for k in range(3))
    base = 1000
    return squares, list(gen)


for _ in range(100):
    r = comp()
print("comprehensions", r)
try:
    print(k)  # noqa: F821
except NameError as e:
    print("NameError", e)


# a counter closure used as a key function at a hot site
def counter_key():
    calls = 0

    def key(x):
        nonlocal calls
        calls += 1
        return -x
    return key, lambda: calls


key, calls = counter_key()
for _ in range(20):
    out = sorted(range(10), key=key)
print("sorted with closure key", out[:3], calls())
