# round (banker's), divmod, abs, pow with 3 args
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6]:
    print("round", v, round(v))
for v, nd in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (123.456, -1), (123.456, -2), (5.5, 0), (-0.05, 1)]:
    print("round ndigits", v, nd, round(v, nd))
for n, nd in [(15, -1), (25, -1), (35, -1), (-15, -1), (149, -2), (150, -2), (250, -2), (7, 2)]:
    print("round int", n, nd, round(n, nd))
print("round None", round(7.7, None), type(round(7.7, None)).__name__)
print("round bool", round(True))

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (0, 7), (7.5, 2), (-7.5, 2), (10 ** 25, 7)]:
    print("divmod", a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

print("abs", abs(-5), abs(5), abs(-5.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))


class Dist:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return "abs called with " + str(self.v)


print("abs dunder", abs(Dist(-3)))

print("pow", pow(3, 4), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(10, 100, 97))
print("pow mod inverse", pow(3, -1, 11), pow(5, -2, 13), (3 * pow(3, -1, 11)) % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError no inverse")
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", type(e).__name__)


def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


print("modexp matches pow", all(modexp(b, e, m) == pow(b, e, m) for b in range(2, 8) for e in range(0, 30, 7) for m in (7, 13, 1000)))
print("fermat", [pow(a, 12, 13) for a in range(1, 13)])
cents = 1999
dollars, rem = divmod(cents, 100)
print(f"money ${dollars}.{rem:02d}")
total_seconds = 7384
hh, rest = divmod(total_seconds, 3600)
mm, ss = divmod(rest, 60)
print(f"clock {hh:02}:{mm:02}:{ss:02}")
print("round half even table", [round(x / 2) for x in range(-7, 8)])
print("round to tenths", [round(x / 20, 1) for x in range(0, 10)])
