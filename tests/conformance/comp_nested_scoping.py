# Nested comprehensions and their scoping rules
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("nested list comp", [[x * 10 for x in row] for row in matrix])
print("double for order", [(r, c) for r in range(2) for c in range(3)])
print("inner uses outer var", [[r * c for c in range(r + 1)] for r in range(4)])
print("flatten with filter", [x for row in matrix for x in row if x % 2 == 0])
print("transpose nested", [[row[i] for row in matrix] for i in range(len(matrix[0]))])
print("dict of lists", {r[0]: [v for v in r if v != r[0]] for r in matrix})
print("set in dict comp", {k: sorted({c for c in k}) for k in ["aab", "xyx"]})
print("comp inside lambda", (lambda n: [i * n for i in range(3)])(5))


def make():
    n = 3
    return [[n * i + j for j in range(n)] for i in range(n)]


print("function-local reference", make())
x = 99
res = [x for x in range(3)]
print("outer x untouched", x, res)
res2 = [[x for x in range(2)] for x in "ab"]
print("shadowed inner", res2, x)
y = 5
print("reads enclosing", [y + i for i in range(3)])


def closures():
    return [lambda: i for i in range(3)]


print("closures capture final", [f() for f in closures()])


def closures_fixed():
    return [(lambda i=i: i) for i in range(3)]


print("default-arg capture", [f() for f in closures_fixed()])
print("generator in comprehension", [sum(i for i in range(n)) for n in range(5)])
print("walrus accumulates in enclosing", [(total := 0)] and [(total := total + v) for v in [1, 2, 3]], total)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError", e)
print("empty iterables", [[x for x in []] for _ in range(2)], {k: v for k, v in []})
print("conditional expression in key and value", {("even" if i % 2 == 0 else "odd") + str(i): i * i for i in range(4)})
print("nested comp with zip", [[a * b for a, b in zip(r1, r2)] for r1, r2 in zip(matrix, matrix[::-1])])
words = ["apple", "banana", "cherry"]
print("chars per word", {w: {c: w.count(c) for c in w if w.count(c) > 1} for w in words})
print("triangular", [[1] * n for n in range(1, 5)])
print("cartesian strings", ["".join(p) for p in [(a, b) for a in "xy" for b in "12"]])


class Config:
    keys = ["a", "b"]
    defaults = {k: None for k in keys}


print("class body iterable ok", Config.defaults)
print("comprehension result types", type([i for i in ()]).__name__, type({i for i in ()}).__name__, type({i: i for i in ()}).__name__)
