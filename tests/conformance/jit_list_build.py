# Comprehensions (LIST_APPEND) and len()/globals read inside compiled loops:
# globals rebound between entries, len shadowed later, items of mixed kinds.
SCALE = 3


def scaled(xs):
    return [x * SCALE for x in xs]


def halves(n):
    return [i / 2 for i in range(n)]


def nested(rows):
    return [[v + 1 for v in row] for row in rows]


def count(a):
    i = 0
    t = 0
    while i < len(a):
        t += a[i] * SCALE
        i += 1
    return t


print(sum(scaled(list(range(500)))), scaled([1.5] * 3 + [2]), len(halves(1000)), halves(5))
print(nested([[1, 2], [3, 4]] * 150)[-1], sum(map(sum, nested([[1] * 10] * 300))))
print(count(list(range(400))), count((1, 2, 3) * 100), count("x" * 0))
SCALE = 2.5
print(sum(scaled(list(range(500)))), count(list(range(400))))
SCALE = "ab"
print(scaled([1] * 300)[-1])
SCALE = 1
try:
    count([1] * 300 + [None])
except TypeError as e:
    print("TypeError", e)


def len(x):
    return 2


print(count(list(range(400))))
del len
print(count(list(range(400))), [c for c in "abc" * 100][-3:], [t for t in (1, 2.5, "s") * 100][-3:])
