# Closures: counters built from nested functions with nonlocal state,
# function factories (adders, composers), and higher-order helpers.
# Measures cell variable loads/stores and calling freshly created functions.


def make_counter(start, step):
    n = start

    def inc():
        nonlocal n
        n += step
        return n

    return inc


def make_adder(k):
    def add(x):
        return x + k
    return add


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    items = []
    total = 0

    def acc(x):
        nonlocal total
        items.append(x)
        total += x
        return total

    def size():
        return len(items)

    return acc, size


def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x


def main():
    c1 = make_counter(0, 1)
    c2 = make_counter(100, -3)
    s = 0
    for i in range(N):
        s += c1() - c2()
    adders = [make_adder(k) for k in range(10)]
    t = 0
    for i in range(N // 10):
        for a in adders:
            t = a(t) % 1000003
    f = compose(make_adder(3), make_adder(-1))
    g = compose(f, compose(f, f))
    r = apply_n(g, N, 0)
    acc, size = make_accumulator()
    for i in range(N // 2):
        acc(i % 17)
    square = lambda x: x * x
    sq = [square(x) for x in range(1000)]
    factories = 0
    for i in range(N // 5):
        factories += make_adder(i)(1)
    print("closures", s, t, r, acc(0), size(), sum(sq), factories)


N = 400000
main()
