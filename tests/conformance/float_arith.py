# Float arithmetic, int/float mixing, true division
a, b = 7.5, 2.0
print("ops", a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print("mixed int float", 3 + 0.5, 3 * 1.5, 10 - 0.25, 7 / 2, 2 ** 0.5 * 2 ** 0.5)
print("type of mixed", type(1 + 1.0).__name__, type(2 * 3).__name__, type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print("true div always float", 6 / 3, 0 / 5, -9 / 3, 10 ** 20 / 10 ** 19)
print("negative exponents", 2.0 ** -3, 10 ** -2, 4 ** -0.5, (-2.0) ** -2)
print("float pow int", 1.5 ** 2, 0.5 ** 10, (-1.5) ** 3)
print("compare mixed", 1 < 1.1, 2 == 2.0, 3.0 > 2, -0.0 < 0, 0.1 + 0.2 > 0.3)
print("abs", abs(-2.5), abs(2.5), abs(-0.0))
print("round", round(2.675, 2), round(3.14159, 3), round(-1.5), round(2.5), round(3.5), round(0.5))
print("round ints", round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print("round float ndigits 0", round(2.5, 0), round(3.5, 0), round(-2.5, 0))
print("round types", type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__)
print("divmod floats", divmod(7.0, 2), divmod(-7.0, 2), divmod(7, -2.5))
print("pow builtin", pow(2.0, 3), pow(4, 0.5), pow(2, -1))


def mean(xs):
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


data = [2, 4, 4, 4, 5, 5, 7, 9]
print("mean", mean(data), "variance", variance(data), "std", variance(data) ** 0.5)


def newton_sqrt(n, iters=20):
    x = n / 2
    for _ in range(iters):
        x = (x + n / x) / 2
    return x


print("newton sqrt", newton_sqrt(2), newton_sqrt(144), newton_sqrt(1e6))
c = 0.0
for _ in range(10):
    c += 0.1
print("accumulate 0.1", c, c == 1.0, abs(c - 1.0) < 1e-9)
celsius = [-40, 0, 37, 100]
print("c->f", [c * 9 / 5 + 32 for c in celsius])
print("compound interest", round(1000 * (1 + 0.05) ** 10, 2))
print("int conversion", int(2.999), int(-2.999), int(1e10), int(-0.5))
print("float from int big", 2 ** 63 * 1.0, float(10 ** 18))
print("inf arithmetic", float("inf") - 1e308, 1e308 + 1e308, -1e308 * 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError caught")
try:
    10.0 ** 400
except OverflowError:
    print("OverflowError again")
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__)
print("pi approx", 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000)))
print("harmonic", sum(1 / k for k in range(1, 101)))
print("float min/max", max(0.1, 0.2), min(1.5, 1), sorted([3.3, -1.1, 2.2, 0.0]))
print("float equality", 1.0 == 1, 0.5 == 1 / 2, float(1) is not None)
print("trig-free geometry", (3.0 ** 2 + 4.0 ** 2) ** 0.5, 0.5 * 6 * 4)
print("int(str(float))", int(float("12.0")), float(str(0.1)))
