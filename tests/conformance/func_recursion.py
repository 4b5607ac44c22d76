# Recursion: fib, ackermann, mutual recursion, hanoi, permutations
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(15)])


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print("ackermann", [[ack(m, n) for n in range(4)] for m in range(3)], ack(2, 3), ack(3, 2))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print("mutual", [(k, is_even(k), is_odd(k)) for k in (0, 1, 7, 10)])


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


mv = []
hanoi(3, "A", "C", "B", mv)
print("hanoi", len(mv), mv)


def perms(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, c in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            out.append(c + p)
    return out


print("perms", perms("abc"))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print("powerset", power_set([1, 2, 3]))


def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(e) for e in x), default=0)
    return 0


print("depth", depth([]), depth([1, [2, [3]]]), depth(5))


def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)


print("sum digits", sum_digits(987654321))


def binsearch(arr, x, lo=0, hi=None):
    if hi is None:
        hi = len(arr)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == x:
        return mid
    if arr[mid] < x:
        return binsearch(arr, x, mid + 1, hi)
    return binsearch(arr, x, lo, mid)


print("rec bsearch", [binsearch(list(range(0, 20, 2)), v) for v in (0, 6, 18, 7)])


def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]


print("merge sort", merge_sort([38, 27, 43, 3, 9, 82, 10, -1, 3]))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print("deep 500", deep(500))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print("after recursion error", deep(100))
