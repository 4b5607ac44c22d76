# Infinite generators combined with manual take/drop/zip helpers
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    return it


def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value


def cycle(iterable):
    saved = list(iterable)
    while saved:
        for x in saved:
            yield x


def primes():
    n = 2
    while True:
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1


def triangular():
    total = 0
    for k in count(1):
        total += k
        yield total


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print("count", take(5, count()), take(4, count(10, -3)), take(3, count(0.5, 0.25)))
print("drop", take(3, drop(5, count())))
print("repeat", take(3, repeat("x")), list(repeat(1, 4)))
print("cycle", take(7, cycle("abc")), take(3, cycle([])))
print("primes", take(12, primes()))
print("triangular", take(10, triangular()))
print("collatz 27 length", len(list(collatz(27))), "max", max(collatz(27)))
print("zip with infinite", list(zip("abcd", count(1))))
print("enumerate-like", list(zip(count(100), ["x", "y"])))
print("first prime > 1000", next(p for p in primes() if p > 1000))
print("first triangular with >50 divisors", next(t for t in triangular() if sum(2 for d in range(1, int(t ** 0.5) + 1) if t % d == 0) > 50))
squares = (n * n for n in count(1))
evens = (s for s in squares if s % 2 == 0)
print("even squares", take(5, evens))
print("generators stay suspended, resume", take(2, evens))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pairwise_ratio(it):
    prev = next(it)
    for cur in it:
        if prev:
            yield cur / prev
        prev = cur


ratios = pairwise_ratio(fib())
r = None
for i, r in enumerate(ratios):
    if i > 40:
        break
print("golden ratio approx", round(r, 12))


def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


print("interleave", list(interleave("abc", [1, 2], range(10, 14))))
print("interleave infinite", take(8, interleave(count(), repeat("-"))))
