# Hot functions reading module globals (LOAD_GLOBAL) while those globals
# are rebound, deleted (NameError), re-added, changed through globals(),
# and written by `global` statements in other functions; a global that
# shadows a builtin and is deleted to reveal it again.

SCALE = 2
OFFSET = 10


def compute(x):
    return x * SCALE + OFFSET


def read_missing():
    return LATER


def set_scale(v):
    global SCALE
    SCALE = v


def drop_offset():
    global OFFSET
    del OFFSET


total = 0
for i in range(300):
    total += compute(i)
print("warm", total)

SCALE = 3
print("rebound at module level", compute(1))
set_scale(100)
print("rebound by global stmt", compute(1))
set_scale(2.5)
print("now a float", compute(2))
set_scale("ab")
try:
    compute(1)
except TypeError as e:
    print("TypeError", e)
set_scale(2)
drop_offset()
try:
    compute(1)
except NameError as e:
    print("NameError", e)
OFFSET = -1
print("re-added", compute(5))

for i in range(100):
    try:
        read_missing()
    except NameError:
        pass
LATER = "defined later"
print("later", read_missing())
del LATER
try:
    read_missing()
except NameError as e:
    print("deleted", e)
globals()["LATER"] = "via globals()"
print("globals() write", read_missing())
globals().pop("LATER")
try:
    read_missing()
except NameError as e:
    print("globals() pop", e)
globals().update(LATER=1, SCALE=7)
print("globals() update", read_missing(), compute(1))
SCALE = 2

# rebinding inside the hot loop
results = []
for i in range(300):
    if i == 100:
        OFFSET = 1000
    if i == 200:
        del OFFSET
        OFFSET = 0.5
    results.append(compute(1))
print("in-loop", results[99], results[100], results[199], results[200], len(set(results)))

# a global function rebound while a caller is hot
def helper(x):
    return x + 1


def caller(x):
    return helper(x) * 2


for i in range(200):
    caller(i)
print("helper v1", caller(1))


def helper(x):  # noqa: F811 - redefinition on purpose
    return x - 1


print("helper v2", caller(1))
helper = lambda x: x * 100  # noqa: E731
print("helper lambda", caller(1))
helper = abs
print("helper builtin", caller(-5))
del helper
try:
    caller(1)
except NameError as e:
    print("NameError", e)


# a global shadowing a builtin, then deleted
def count(xs):
    return len(xs)


for i in range(200):
    count([1, 2, 3])
len = lambda xs: "shadowed len"  # noqa: E731
print("shadowed", count([1, 2, 3]))
del len
print("builtin again", count([1, 2, 3]))

# many globals created dynamically (the module dict grows and resizes)
def read_g5():
    return g5


for i in range(100):
    globals()["g%d" % i] = i * i
for i in range(100):
    read_g5()
print("g5", read_g5())
for i in range(100, 400):
    globals()["g%d" % i] = -i
print("g5 after growth", read_g5(), g399)
for i in range(0, 400, 2):
    del globals()["g%d" % i]
print("g5 after deletions", read_g5(), "g4" in globals())
