# Matrix class with operator overloading, equality, indexing, iteration
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]

    def __setitem__(self, rc, v):
        r, c = rc
        self.rows[r][c] = v

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError("incompatible shapes for @")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(width) for v in row) for row in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[5, 6], [7, 8]])
print("A+B", A + B)
print("A-B", A - B)
print("2*A", 2 * A, "A*3", A * 3)
print("A@B", A @ B)
print("B@A", B @ A)
print("A^T", A.T())
print("det", A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(4).det())
print("identity eq", A @ Matrix.identity(2) == A, A == B, A != B)
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power", (F ** 30)[0, 1], (F ** 90)[0, 1])
Z = Matrix.zeros(2, 3)
Z[1, 2] = 9
print("zeros shape", Z.shape, Z)
print("str form:")
print(Matrix([[1, -20], [300, 4]]))
print("iteration rows", [sum(r) for r in B])
for bad in [lambda: A + Z, lambda: A @ Z.T(), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print("3x2 @ 2x3", Matrix([[1, 2], [3, 4], [5, 6]]) @ Matrix([[1, 0, 1], [0, 1, 1]]))
