# Nested loops: matrix operations, search, flatten
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
for row in matmul(A, B):
    print("matmul", row)


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


print("transpose", transpose(A))

identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print("identity", identity)
print("A*I", matmul(A, [[1, 0], [0, 1]]))


def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            for sub in flatten(item):
                out.append(sub)
        else:
            out.append(item)
    return out


print("flatten", flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))

# bubble sort
data = [5, 2, 9, 1, 5, 6, 0, -3]
arr = data[:]
n = len(arr)
for i in range(n):
    swapped = False
    for j in range(n - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
            swapped = True
    if not swapped:
        print("bubble early exit at pass", i)
        break
print("bubble", arr)

# pascal's triangle
tri = [[1]]
for i in range(1, 8):
    prev = tri[-1]
    tri.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for r in tri:
    print("pascal", r)

# pythagorean triples
triples = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print("triples", triples)

# spiral order
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
res = []
top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1
while top <= bottom and left <= right:
    for j in range(left, right + 1):
        res.append(grid[top][j])
    top += 1
    for i in range(top, bottom + 1):
        res.append(grid[i][right])
    right -= 1
    if top <= bottom:
        for j in range(right, left - 1, -1):
            res.append(grid[bottom][j])
        bottom -= 1
    if left <= right:
        for i in range(bottom, top - 1, -1):
            res.append(grid[i][left])
        left += 1
print("spiral", res)
