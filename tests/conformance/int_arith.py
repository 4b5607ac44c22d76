# Integer arithmetic basics
a, b = 17, 5
print("add", a + b, "sub", a - b, "mul", a * b)
print("truediv", a / b, 10 / 2, 1 / 3, type(10 / 2).__name__)
print("floordiv", a // b, "mod", a % b)
print("pow", a ** 2, 2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print("neg exponent", 2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, type(2 ** -1).__name__)
print("unary", -a, +a, -(-a), --a, -+-a)
print("abs", abs(-7), abs(7), abs(0), abs(-10 ** 20))
print("precedence", 2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -3 ** 2, 10 - 4 - 3, 100 // 10 // 3)
print("mixed ops", 7 * 3 % 5, 7 + 3 // 2, 2 * -3, 8 // -3 * 2)
print("compare", 3 < 5, 5 <= 5, 5 == 5.0, 5 != 6, -1 < 0)
print("int()", int(3.9), int(-3.9), int("42"), int(" -17 "), int("+8"), int(True), int("1_000"))
print("bool arithmetic", True + True, True * 10, False - 1, sum([True, False, True]))
print("max/min", max(3, -1, 7), min(3, -1, 7), max([4, 9, 2]), min((5,)))
print("sum", sum(range(101)), sum([1, 2, 3], 10), sum([]))
print("divmod", divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print("pow 3-arg", pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(7, 0, 5))
print("pow 3-arg neg exp", pow(3, -1, 7), pow(2, -1, 9))
print("pow builtin", pow(2, 8), pow(2, -2), pow(-8, 2))
print("int methods", (255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).to_bytes(2, "big"))
print("from_bytes", int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print("conjugate/real", (5).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator)
print("is_integer float", (4.0).is_integer(), (4.5).is_integer())
print("bit_count", (255).bit_count(), (-7).bit_count())


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


print("factorials", [factorial(i) for i in range(11)])


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


print("primes<60", [n for n in range(60) if is_prime(n)])


def digits(n):
    return [int(c) for c in str(abs(n))]


print("digits", digits(90210), digits(-507))
print("reverse int", int(str(12345)[::-1]))
print("triangle numbers", [n * (n + 1) // 2 for n in range(10)])
print("gcd/lcm by hand", [(x, y, x * y // next(g for g in range(min(x, y), 0, -1) if x % g == 0 and y % g == 0)) for x, y in [(4, 6), (21, 6), (7, 5)]])
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print("euler1", total)
print("int equality across types", 1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
print("hash small ints", hash(5), hash(-1), hash(0), hash(-2), hash(10 ** 6))
print("int repr", repr(-0), repr(7), 0x1F, 0o17, 0b101, 1_000_000)
