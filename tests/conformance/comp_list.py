# List comprehensions: basic, conditions, nested, scoping
squares = [x * x for x in range(10)]
print("squares", squares)
evens = [x for x in range(20) if x % 2 == 0]
print("evens", evens)
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print("ternary", labels)
multi_if = [x for x in range(50) if x % 3 == 0 if x % 5 == 0]
print("two ifs", multi_if)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print("pairs", pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix", matrix)
flat = [v for row in matrix for v in row]
print("flat", flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print("transposed", transposed)
diag = [matrix[i][i] for i in range(len(matrix))]
print("diag", diag)
words = "the quick brown fox jumps over the lazy dog".split()
print("lengths", [len(w) for w in words])
print("upper long", [w.upper() for w in words if len(w) > 4])
print("first letters", "".join([w[0] for w in words]))
print("enumerate", [(i, w) for i, w in enumerate(words) if i % 3 == 0])
print("zip", [a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print("nested cond", [[x for x in range(y) if x % 2] for y in range(6)])

x = "outer"
result = [x for x in range(3)]
print("loop var does not leak", x, result)
i = 99
_ = [i for i in range(5)]
print("i preserved", i)

# comprehension sees enclosing scope
factor = 3
print("closure", [factor * n for n in range(4)])


def in_function():
    base = 10
    return [base + k for k in range(3)]


print("in function", in_function())


class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]


print("class body first iterable", C.doubled)

print("walrus in comp", [y for n in range(6) if (y := n * n) % 2 == 0])
print("walrus binds outside", y)
print("empty", [z for z in []])
print("strings", [c * 2 for c in "abc"])
print("nested lists", [[0] * n for n in range(4)])
print("call in comp", [abs(v) for v in (-3, 2, -1)])
lambdas = [lambda: k for k in range(3)]
print("late-binding lambdas", [f() for f in lambdas])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print("primes", primes)
grid = [["." for _ in range(4)] for _ in range(2)]
grid[0][1] = "#"
print("independent rows", ["".join(r) for r in grid])
print("unpack in comp", [a * b for a, b in [(1, 2), (3, 4)]])
print("star unpack in comp", [(h, t) for h, *t in ["abc", "de"]])
