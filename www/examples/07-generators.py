# Generators: lazy primes, Fibonacci and send()
# Lazy pipelines: each value is produced only when the consumer asks for
# it. `for` over a generator specializes to FOR_ITER_GEN.

def naturals(start=2):
    n = start
    while True:
        yield n
        n += 1


def primes():
    # An incremental sieve: `composites` maps each upcoming composite to
    # the primes that divide it.
    composites = {}
    for n in naturals():
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def take(count, iterable):
    for i, item in enumerate(iterable):
        if i == count:
            return
        yield item


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chain(*iterables):
    for it in iterables:
        yield from it


print("first primes:", list(take(15, primes())))
print("the 2,000th prime:", list(take(2_000, primes()))[-1])
print("fibonacci:", list(take(12, fibonacci())))
print("chained:", list(chain("ab", range(3), (x * x for x in [4, 5]))))
print("sum of even squares below 1000:", sum(x * x for x in range(1000) if x % 2 == 0))


def running_average():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
for value in [10, 20, 30, 40]:
    print(f"sent {value}, running average {avg.send(value)}")
