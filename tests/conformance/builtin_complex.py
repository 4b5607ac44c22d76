# complex: construction, repr, arithmetic, comparisons, hashing, errors.
print(complex(1, 2), complex(), complex(3), complex(0, 1), complex(-0.0, 1), complex(1.5, -2.25), complex(0, -0.0))
print(complex("1+2j"), complex(" 3-4J "), complex("5j"), complex("-j"), complex("2.5"), complex("(1e3+2e-3j)"), complex(complex(1, 2), 3))
z = complex(3, 4)
w = complex(1, -2)
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, z ** 0, w ** 3, z ** 0.5)
print(z + 1, 1 + z, z * 2.5, 2 / z, 1 - z, z - 1.5, 2 ** complex(0, 1))
print(z == complex(3, 4), z == 3, complex(3, 0) == 3, complex(3, 0) == 3.0, z != w, bool(complex(0, 0)), bool(w))
print(hash(complex(3, 0)) == hash(3), hash(complex(1.5, 0)) == hash(1.5), hash(complex(1, 2)))
print(repr(complex(1e20, 1)), repr(complex(float("inf"), float("nan"))), complex(1, float("-inf")), complex(0.1, 0.2) + complex(0.2, 0.1))
print(isinstance(z, complex), type(z).__name__, complex(2, 0) ** 10, (complex(1, 1) / complex(0, 2)))
print(sum([complex(1, 1), complex(2, -3)], complex(0, 0)), f"{complex(1, 2)}", str(complex(-1, -1)))
for bad in [lambda: complex(1, 2) / 0, lambda: complex("abc"), lambda: complex(1, 2) < complex(2, 3),
            lambda: int(complex(1, 2)), lambda: complex("1", 2), lambda: complex(1, 2) % 2, lambda: complex([1]),
            lambda: complex(0) ** -1]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
