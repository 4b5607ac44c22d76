# Floor division and modulo with negative operands (Python semantics)
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 5), (-1, 5), (5, 5), (-5, 5), (6, -4), (-6, 4)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:3} // {b:2} = {q:3}   {a:3} % {b:2} = {r:3}   divmod={divmod(a, b)}   check={q * b + r == a}")

print("float floordiv", 7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print("float mod", 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print("float divmod", divmod(7.5, 2), divmod(-7.5, 2))
print("mixed", 7 // 2.0, -7 // 2.0, 7 % 2.5, -1 % 3.0)
print("mod sign follows divisor", [x % 3 for x in range(-6, 7)])
print("mod negative divisor", [x % -3 for x in range(-6, 7)])
print("floordiv seq", [x // 3 for x in range(-6, 7)])
print("truncation vs floor", int(-7 / 2), -7 // 2, int(7 / -2))


def to_base(n, base):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


for n in (0, 5, 255, -255, 1000, 2 ** 40):
    print("to_base", n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))

hours = -3
print("clock wrap", [(h % 12) or 12 for h in range(-3, 15, 4)])
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print("weekday offsets", [days[(0 + k) % 7] for k in (-1, -8, 6, 13, 100)])
print("python index wrap", [days[k % len(days)] for k in range(-3, 3)])
secs = 98765
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print("time split", d, h, m, s)
print("negative time split", divmod(-3661, 60), divmod(-61, 3600))
print("big neg floordiv", -(10 ** 20) // 7, -(10 ** 20) % 7, (10 ** 20) // -7, (10 ** 20) % -7)
print("bool operands", True // 2, -True % 5, 5 % True)
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__)
