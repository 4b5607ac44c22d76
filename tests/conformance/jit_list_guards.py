# Lists inside loops the native tier compiles: indexing (negative too),
# stores, aliasing, lists mutated and resized between and inside compiled
# loops, items of changing kinds, and errors raised where a guard fails.
import sys


def total(a, n):
    t = 0
    i = 0
    while i < n:
        t += a[i]
        i += 1
    return t


def neg_sum(a):
    t = 0
    for i in range(1, len(a) + 1):
        t += a[-i] * i
    return t


def scale(a, b, k):
    # a and b may be the same list: every store is seen by the next read.
    for i in range(len(a)):
        b[i] = a[i] * k + a[i - 1]
    return b


def mixed(a):
    t = 0.0
    for i in range(len(a)):
        t = t + a[i]
    return t


def nested(grid):
    t = 0
    for i in range(len(grid)):
        row = grid[i]
        t += row[0] + row[-1] + grid[i][i % len(row)]
    return t


def run():
    a = list(range(500))
    print(total(a, 500), total(a, 0), neg_sum(a))
    b = [0] * 500
    print(sum(scale(a, b, 3)), b[:5], b[-3:])
    c = list(range(300))
    scale(c, c, 2)
    print(c[:6], c[-2:])
    # Items change kind half-way: ints, then a float, then a bool and a str.
    m = [1] * 300 + [2.5] + [True] * 10
    print(mixed(m))
    m2 = [1.5] * 300 + [7]
    print(mixed(m2))
    try:
        mixed([1] * 300 + ["x"])
    except TypeError as e:
        print("TypeError", e)
    grid = [[i * j for j in range(7)] for i in range(300)]
    print(nested(grid))
    # Resized between entries: the same compiled loop sees shorter lists.
    for n in (400, 10, 3, 0):
        short = list(range(n))
        print(n, total(short, n), neg_sum(short))
    try:
        total(list(range(300)), 301)
    except IndexError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("IndexError", e, "at line", tb.tb_lineno)
    try:
        total(list(range(300)), 300) + total((1, 2), 2) + total("ab", 2)
    except TypeError as e:
        print("TypeError", e)
    print(total((5,) * 400, 400))


run()
sys.stdout.flush()
