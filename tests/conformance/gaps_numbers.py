# complex repr/format/class name, negative ** fractional, frozenset hash,
# float floor division by infinity, % formatting of floats.

print(type(1j), complex, type(bytearray()), bytearray, complex.__module__)
print(repr(complex(1, -0.0)), repr(complex(-0.0, -0.0)), repr(-0j), repr(0j), repr(complex(-1, 0)))
print(format(1 + 2j, ">20") + "|", format(1 + 2j, "<12") + "|", format(1 + 2j, "^12") + "|")
print(format(1.5 - 2j, ".1f"), format(1.5 - 2j, "^14.2f") + "|", format(3j, "+"), format(3j, ""))
print(format(1 + 1j, "*<10"), format(12345 + 1j, ","), format(1 + 2j, ".3"), format(1e20 + 1j, "g"))
print(format(-1 - 1j, "e"), format(2 + 0j, "10"), format(complex(0, -1), " "))
for spec in ("010", "=10", "d", "xx"):
    try:
        format(1 + 1j, spec)
    except ValueError as e:
        print(spec, e)
try:
    divmod(1j, 2)
except TypeError as e:
    print(e)
try:
    divmod(2, 1j)
except TypeError as e:
    print(e)

print((-8) ** (1 / 3))
# Rounded: the last digits come from the platform's libm (wasm32's differs).
print(*[complex(round(z.real, 12), round(z.imag, 12)) for z in (pow(-8, 1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-8.0) ** (-1 / 3))])
print((-2) ** 2.0, (-2.0) ** -2, (-1) ** 3)

print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1})))
print(hash(frozenset([frozenset()])), hash(frozenset(range(10))))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))

inf = float("inf")
print(divmod(-5, inf), divmod(5, inf), divmod(5, -inf), divmod(-5, -inf))
print(-5 // inf, 5 // -inf, -5.0 % inf, divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1))

print("%d %i %u" % (3.9, -3.9, 2.5), "%d" % 1e20)
for fmt in ("%x", "%o", "%X"):
    try:
        print(fmt % 3.0)
    except TypeError as e:
        print(e)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%d" % float("inf")
except OverflowError as e:
    print(e)
try:
    range(3)[1.0]
except TypeError as e:
    print(e)

# float() of bytes-like text; int() keywords; %c / format 'c' range errors.
for fn in [
    lambda: float(b"1.5"),
    lambda: float(b" -2e3 "),
    lambda: float(bytearray(b"7")),
    lambda: float(b"x"),
    lambda: int(x="5"),
    lambda: int("ff", base=16),
    lambda: int(base=10),
    lambda: format(-1, "c"),
    lambda: "%c" % -1,
    lambda: "%c" % 0x110000,
    lambda: format(2**70, "c"),
    lambda: format(1.5, "q"),
]:
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
