# Generator basics: yield, next, StopIteration, state
def count_up(n):
    print("  gen start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("  gen end")


g = count_up(3)
print("created (nothing run yet)")
print("next", next(g))
print("next", next(g))
print("rest", list(g))
print("exhausted next default", next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print("fib under 100", out)


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


print("take", take(10, fib()))


def gen_with_return():
    yield 1
    yield 2
    return "retval"


g = gen_with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


print("pipeline", list(squares(evens(range(10)))))
print("sum of generator", sum(squares(range(5))))
print("in generator", 16 in squares(range(10)), 15 in squares(range(10)))


def chars(s):
    for c in s:
        yield c.upper()
        yield c


print("interleave", "".join(chars("abc")))

g1 = count_up(0)
print("empty gen", list(g1))


def gen_multi():
    x = yield
    print("  received", x)
    yield x * 2


gm = gen_multi()
next(gm)
print("sent ->", gm.send(21))

print("type", type(fib()).__name__)
gen = squares([1, 2])
print("iter(gen) is gen", iter(gen) is gen)


def prime_gen():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


pg = prime_gen()
print("primes", [next(pg) for _ in range(15)])


def windowed(seq, k):
    for i in range(len(seq) - k + 1):
        yield tuple(seq[i:i + k])


print("windows", list(windowed([1, 2, 3, 4, 5], 3)))


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            for sub in flatten(item):
                yield sub
        else:
            yield item


print("flatten gen", list(flatten([1, (2, [3, 4]), [[5]], 6])))
