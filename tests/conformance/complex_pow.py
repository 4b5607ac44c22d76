# Complex powers: integer exponents (exact, by repeated multiplication as
# CPython does), general exponents, and the zero-base errors.
cases = [
    (2j, 3),
    (1 + 2j, 2),
    (1 + 1j, 0.5),
    (0j, 0),
    (2, 1j),
    (1 + 1j, -2),
    (3 - 4j, 1),
    (1j, 4),
    (-1, 0.5j),
    (1.5 + 0.5j, 3),
    (2 + 0j, 10),
    (1j, 1j),
    (0j, 2),
    (1 + 1j, 0),
]
for base, exp in cases:
    print(repr(base), repr(exp), repr(base ** exp), repr(pow(base, exp)))
for base, exp in [(0j, -1), (0j, 1j), (0j, -2 + 1j), (0.0, 1j)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 1 + 1j
x **= 2
print(x)
total = 0j
for i in range(100):
    total += (1 + 1j) ** (i % 5)
print(total)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError:", e)
