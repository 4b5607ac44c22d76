# Generators: pipelines of generator functions and generator expressions
# (source -> filter -> map -> window -> sum), plus yield from and send-free
# iteration protocols. Measures generator creation, resumption and the
# for-loop iteration protocol.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(it):
    for x in it:
        if x % 2 == 1:
            yield x


def squares(it):
    for x in it:
        yield x * x


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield (prev, x)
        prev = x


def take(it, n):
    for x in it:
        if n <= 0:
            return
        yield x
        n -= 1


def chain(*iters):
    for it in iters:
        yield from it


def fib_gen():
    a = 0
    b = 1
    while True:
        yield a
        a, b = b, a + b


def main():
    total = 0
    for a, b in pairs(squares(only_odd(numbers(N)))):
        total += b - a
    mods = sum(x % 1000 for x in squares(numbers(N)) if x % 3 != 0)
    lens = sum(len(str(f)) for f in take(fib_gen(), FIB_TERMS))
    chained = 0
    for x in chain(numbers(N // 4), range(N // 4), (y * 2 for y in numbers(N // 4))):
        chained += x
    count = 0
    for x in take(chain(numbers(10), fib_gen()), 50):
        count += 1
    print("generators", total, mods, lens, chained, count)


N = 700000
FIB_TERMS = 3000
main()
