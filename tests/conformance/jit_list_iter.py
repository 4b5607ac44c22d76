# FOR_ITER over lists in compiled loops: lists written while iterated,
# items of several kinds, aliasing, subclasses, an exhausted iterator.


def fsum(xs):
    t = 0.0
    for x in xs:
        t = t + x * 2.0
    return t


def isum(xs):
    t = 0
    for x in xs:
        t += x
    return t


def rows(grid):
    t = 0
    for row in grid:
        t += row[0] * row[1]
        row[0] = row[0] + 1
    return t


def bump(xs):
    # Writes ahead of the iterator: the loop reads what it wrote.
    n = 0
    for x in xs:
        if n + 1 < 400:
            xs[n + 1] = xs[n + 1] + x
        n += 1
    return n


class L(list):
    def __getitem__(self, i):
        return 100


def idx_sum(xs):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
    return t


print(fsum([0.5] * 1000), fsum([1.5] * 300 + [2] + [0.25] * 10))
print(isum(list(range(1000))), isum([1] * 300 + [2.5] + [3]), isum([]))
grid = [[i, i + 1] for i in range(500)]
print(rows(grid), rows(grid), grid[0], grid[-1])
b = [1] * 400
print(bump(b), b[:4], b[-1])
s = L(range(500))
print(isum(s), idx_sum(s), idx_sum(list(range(500))))
it = iter(list(range(500)))
print(isum(it), isum(it))
print(fsum([2.0] * 300 + [True, 3]))
