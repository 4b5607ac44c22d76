# Big integers: factorials, powers, mixed big/small, floor div/mod with negatives
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


print("20!", fact(20))
print("30!", fact(30))
print("50!", fact(50))
f100 = fact(100)
print("100! digits", len(str(f100)), "digit sum", sum(int(c) for c in str(f100)))
print("100! trailing zeros", len(str(f100)) - len(str(f100).rstrip("0")))
print("2**64", 2 ** 64, "2**100", 2 ** 100)
print("2**200", 2 ** 200)
print("-2**63", -2 ** 63, "2**63-1", 2 ** 63 - 1)
big = 2 ** 200
print("big + 1", big + 1)
print("big - big", big - big, "big * 0", big * 0)
print("big // 3", big // 3, "big % 3", big % 3)
print("neg big // 7", -big // 7, "neg big % 7", -big % 7)
print("big // -7", big // -7, "big % -7", big % -7)
print("neg // neg", -big // -(10 ** 30), -big % -(10 ** 30))
print("divmod big", divmod(10 ** 40 + 12345, 10 ** 20))
print("divmod big neg", divmod(-(10 ** 40 + 12345), 10 ** 20))
print("big * big", (10 ** 30 + 7) * (10 ** 30 - 7))
print("big ** small", (10 ** 10) ** 5, 3 ** 100)
print("big compare", 2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 5, 2 ** 64 == 18446744073709551616)
print("mixed big/small", 2 ** 70 + 1 - 2 ** 70, (2 ** 65) // (2 ** 64), 12 * (2 ** 62) // 12 == 2 ** 62)
print("big truediv", 2 ** 100 / 2 ** 98, 10 ** 30 / 10 ** 10, (10 ** 20 + 1) / 1)
print("big to float", float(2 ** 80), float(-(10 ** 25)))
print("big bitwise", (2 ** 100) | 1, (2 ** 100 - 1) & 0xFF, (2 ** 100) >> 90, 1 << 100, ~(2 ** 70))
print("neg big shift", -(2 ** 100) >> 95, -(2 ** 70) >> 200)
print("big abs/neg", abs(-(3 ** 50)), -(3 ** 50))
print("big hex/bin", hex(2 ** 80), bin(2 ** 70 + 5)[-10:], oct(8 ** 25))
print("big str roundtrip", int(str(7 ** 77)) == 7 ** 77, str(7 ** 77))
print("big pow mod", pow(2, 10 ** 18, 10 ** 9 + 7), pow(12345678901234567890, 65537, 2 ** 127 - 1))
print("big sum", sum(2 ** i for i in range(100)) == 2 ** 100 - 1)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib(300)", fib(300))
print("big hash eq", hash(2 ** 100) == hash(2 ** 100))
print("int from big str", int("9" * 50) + 1)
print("big int bool", bool(2 ** 200), bool(2 ** 200 - 2 ** 200))
print("big min/max", max(2 ** 99, 3 ** 60), min(-(2 ** 99), -(3 ** 60)))
x = 1
for i in range(1, 40):
    x = x * 31 + i
print("poly hash", x, x % 1000000007)
print("big negative mod small", (-(10 ** 50)) % 97, (10 ** 50) % -97)
print("round big", round(123456789012345678901234567890, -20))
