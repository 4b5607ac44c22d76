# decimal: exact decimal arithmetic, context precision, quantize and rounding.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal(10), Decimal("3.14"), Decimal("-0.00"), Decimal("1e3"), Decimal("1.5E-7"), Decimal(0.5), Decimal(0.1))
print(repr(Decimal("2.50")), str(Decimal("123.4500")), Decimal("1_000.5"), Decimal((1, (1, 2, 3), -2)), Decimal("inf"), Decimal("-Infinity"))
a, b = Decimal("10.25"), Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(Decimal("-2.5")), a ** 2, b ** -1)
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.0004").sqrt(), Decimal(1) / 8)
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("7.999").quantize(Decimal("1."), ROUND_DOWN),
      Decimal("-1.21").quantize(Decimal("0.1"), ROUND_CEILING), Decimal("5").quantize(Decimal("0.000")))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-7.9")), float(Decimal("1.25")), Decimal("19.99") * 3)
print(Decimal("1.10") == Decimal("1.1"), Decimal("2") > 1, Decimal("0.5") == 0.5, Decimal(3) < Decimal("3.01"), sorted([Decimal("2.2"), Decimal("1"), Decimal("-3")]))
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), {Decimal("1.0"): "x"}[Decimal(1)])
print(sum([Decimal("0.1")] * 10), Decimal("100").normalize(), Decimal("1.2300").normalize(), Decimal("-0.0010").as_tuple())
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(3))
getcontext().prec = 10
print(Decimal(2) / Decimal(3), Decimal("1234567890123") * 1)
getcontext().prec = 28
print(Decimal("12.345").to_integral_value(), Decimal("1e-7"), Decimal("0.000001"), Decimal("123E+5"), Decimal("-5E-10") * 2)
total = Decimal("0")
for price, qty in [("19.99", 3), ("5.01", 2), ("0.10", 7)]:
    total += Decimal(price) * qty
print("total", total, total.quantize(Decimal("0.1")), f"{total}", issubclass(DivisionByZero, ZeroDivisionError))
for bad in [lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal(0) / 0, lambda: Decimal(1) + 1.5]:
    try:
        bad()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__)
price = Decimal("1234.5")
print(f"{price:.2f}|{price:12.3f}|{price:<12.1f}|{price:,.2f}|{Decimal('-0.125'):.2f}|{Decimal('0.256'):.1%}|{price:+.1f}|{price:g}")
