# Long-running code whose state must survive the eval loop's periodic
# checks (every ~1,024 loop back-edges and calls; the browser build also
# leaves and re-enters its eval loop there): loops inside try/except/finally,
# with-blocks, generators suspended across many checks, nested calls and
# comprehensions, all checked against sums computed another way.


class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1
        return False


def squares(n):
    for i in range(n):
        yield i * i


def nested(depth, x):
    if depth == 0:
        return x
    return nested(depth - 1, x + depth)


def main():
    total = 0
    caught = 0
    finals = 0
    ctx = Counter()
    gen = squares(30000)
    for i in range(30000):
        try:
            with ctx:
                total += next(gen)
                if i % 997 == 0:
                    raise ValueError(i)
        except ValueError as e:
            caught += e.args[0]
        finally:
            finals += 1
        if i % 250 == 0:
            total += nested(20, i)
    expected = sum(i * i for i in range(30000))
    expected += sum(sum(range(1, 21)) + i for i in range(0, 30000, 250))
    print(total == expected, total)
    print(caught == sum(range(0, 30000, 997)), caught, finals)
    print(ctx.entered, ctx.exited)
    k = 0
    while k < 100000:
        k += 1
        if k == 77777:
            break
    else:
        k = -1
    print(k)
    print(sum([x for x in range(50000) if x % 7 == 3]))
    acc = []
    for a in range(60):
        for b in range(60):
            for c in range(10):
                if a + b + c == 64:
                    acc.append((a, b, c))
    print(len(acc), acc[:2], acc[-1])


main()
