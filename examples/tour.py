# A short tour of what Brisk runs today.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def squares(n):
    for i in range(n):
        yield i * i


print("fib(25) =", fib(25))
print("vectors:", Vector(1, 2) + Vector(3, 4))
print("squares:", list(squares(8)))
print("big int:", 2 ** 100)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("counts:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("caught:", e)
