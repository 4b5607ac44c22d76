# fractions.Fraction: construction, arithmetic, comparisons, hashing, rounding.
from fractions import Fraction
import math

print(Fraction(3, 4), Fraction(6, -8), Fraction(5), Fraction(), Fraction(-0, 3))
print(repr(Fraction(1, 3)), Fraction("3/7"), Fraction(" -12/18 "), Fraction("1.25"), Fraction("2e-3"), Fraction("-.5"))
print(Fraction(0.1), Fraction(2.5), Fraction(Fraction(1, 2), Fraction(1, 3)))
print(Fraction.from_float(0.75), Fraction(1, 3).numerator, Fraction(2, 6).denominator)
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, a * 3, 2 / a, a - 1, 1 - a, a + 0.5, 0.5 * a)
print(a ** 2, a ** -2, Fraction(-2, 3) ** 3, Fraction(4, 9) ** 0.5, 2 ** Fraction(2), 8 ** Fraction(1, 3))
print(-a, +a, abs(Fraction(-5, 7)), int(Fraction(-7, 2)), float(Fraction(1, 8)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a != b)
print(a > b, a < 1, Fraction(1, 2) <= 0.5, Fraction(-1) < -0.5, sorted([Fraction(2, 3), Fraction(1, 2), 0.6, 1]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), bool(Fraction(0)), bool(a))
print(Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction(3, 7).limit_denominator(5))
print(Fraction(1, 3).as_integer_ratio(), Fraction(4, 2).as_integer_ratio())
print(sum([Fraction(1, n) for n in range(1, 7)]))
print(f"{Fraction(1, 3)}", format(Fraction(3, 4)), str(Fraction(10, 5)), f"{float(Fraction(1, 3)):.5f}")
try:
    f"{Fraction(1, 3):.5f}"
except TypeError as e:
    print("TypeError:", e)
for bad in [("1/0",), (1, 0), ("abc",), ("1/-2",), (1.5, 2)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
