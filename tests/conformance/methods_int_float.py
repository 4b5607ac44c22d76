# int, bool and float methods and special methods


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, -1, 5, -5, 255, 256, -256, 2**63, -(2**63) - 1, 10**30]:
    print("bits", n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
print("bool methods", True.bit_length(), True.as_integer_ratio(), False.conjugate(), True.__index__(), True.__int__())
for n, length, order, signed in [(5, 1, "big", False), (1024, 2, "big", False), (1024, 2, "little", False),
                                 (-1, 1, "big", True), (-129, 2, "big", True), (127, 1, "little", True),
                                 (0, 0, "big", False), (2**64 - 1, 8, "little", False), (-(2**63), 8, "big", True)]:
    data = n.to_bytes(length, order, signed=signed)
    print("to_bytes", n, data, int.from_bytes(data, order, signed=signed))
print("to_bytes defaults", (65).to_bytes(), (258).to_bytes(length=2, byteorder="little"))
attempt("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
attempt("to_bytes signed overflow", lambda: (128).to_bytes(1, "big", signed=True))
attempt("to_bytes negative", lambda: (-1).to_bytes(1, "big"))
attempt("to_bytes order", lambda: (1).to_bytes(1, "middle"))
attempt("to_bytes length", lambda: (1).to_bytes(-1, "big"))
attempt("to_bytes positional signed", lambda: (1).to_bytes(1, "big", True))
attempt("to_bytes bad kw", lambda: (1).to_bytes(1, "big", sign=True))
print("from_bytes", int.from_bytes(b"\x01\x00"), int.from_bytes([255, 254], "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print("from_bytes kw", int.from_bytes(bytes=b"\x10", byteorder="little"), int.from_bytes(b""), bool.from_bytes(b"\x01"))
attempt("from_bytes str", lambda: int.from_bytes("ab", "big"))
attempt("from_bytes missing", lambda: int.from_bytes())
attempt("from_bytes range", lambda: int.from_bytes([256]))

# int special methods
print("int arith", (7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3), (7).__mul__(3))
print("int div", (7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2), (-7).__rfloordiv__(2), (7).__rmod__(20))
print("int divmod", (7).__divmod__(2), (-7).__divmod__(2), (7).__rdivmod__(100), divmod(-7, 2))
print("int pow", (2).__pow__(10), (2).__pow__(-2), (3).__pow__(4, 5), (2).__rpow__(3), (3).__pow__(-1, 7))
print("int bits", (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(4), (2).__rlshift__(1))
print("foreign", (1).__add__(1.5), (1).__add__("x"), (1).__eq__(1.0), (1).__lt__(None), (2).__mul__([1]))
attempt("int zero div", lambda: (1).__floordiv__(0))
attempt("int neg shift", lambda: (1).__lshift__(-1))
attempt("pow mod zero", lambda: (2).__pow__(3, 0))
print("int unary", (5).__neg__(), (-5).__abs__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), (3).__bool__())
print("int compare", (1).__eq__(1), (1).__ne__(2), (1).__lt__(2), (2).__le__(2), (3).__gt__(True), (3).__ge__(4))
print("int conversions", (5).__float__(), (5).__index__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__())
print("int round", (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (5).__round__(3), round(15, -1), round(25, -1))
attempt("int round None", lambda: (5).__round__(None))
print("int hash", (5).__hash__(), (-1).__hash__(), (2**61).__hash__(), (2**61 - 1).__hash__())
print("int repr", (42).__repr__(), (-10**20).__repr__(), True.__repr__(), False.__repr__())

# bool special methods
print("bool ops", True & False, True | False, True ^ True, True.__and__(1), True.__rand__(False), False.__ror__(True))
print("bool arith", True + True, True * 3, -True, ~True, True.__neg__(), True.__pos__(), True.__abs__())

# float methods
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-320, 1e308, 3.0e-5, 123456.789]:
    print("float", x, x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), x.as_integer_ratio())
print("hex special", float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1.8p1", "  -0X1P-3  ", "1", "0x.8", "ff", "0x1.", "0x1p-1074", "0x1p-1075", "0x3p-1076",
          "0x1.fffffffffffffp1023", "inf", "-Infinity", "nan", "0x1.000000000000080p0", "0x1.000000000000081p0",
          "0x1.000000000000180p0"]:
    print("fromhex", repr(s), float.fromhex(s))
for s in ["0x", "0x1p", "1.2.3", "0xg", "", "0x1p1.5", "0x1 p1"]:
    attempt("fromhex bad " + repr(s), lambda: float.fromhex(s))
attempt("fromhex overflow", lambda: float.fromhex("0x1p1024"))
attempt("fromhex overflow round", lambda: float.fromhex("0x1.fffffffffffff8p1023"))
attempt("fromhex int", lambda: float.fromhex(1))
attempt("ratio inf", lambda: float("inf").as_integer_ratio())
attempt("ratio nan", lambda: float("nan").as_integer_ratio())

print("float arith", (1.5).__add__(2), (1.5).__radd__(2), (1.5).__sub__(True), (1.5).__rsub__(10), (1.5).__mul__(4))
print("float div", (7.5).__truediv__(2), (7.5).__floordiv__(2), (-7.5).__mod__(2), (7.5).__rtruediv__(15), (2.0).__rfloordiv__(7))
print("float divmod", (7.5).__divmod__(2), (-7.5).__divmod__(2), (2.0).__rdivmod__(7), divmod(7, 2.0))
print("float pow", (2.0).__pow__(3), (2.0).__rpow__(3), (4.0).__pow__(0.5), (2.0).__pow__(-1))
print("float foreign", (1.0).__add__("x"), (1.0).__eq__(1), (1.0).__eq__(None), (1.0).__lt__(2), (0.5).__ge__(True))
attempt("float divmod zero", lambda: (1.0).__divmod__(0))
attempt("float mod zero", lambda: (1.0).__mod__(0.0))
attempt("float pow mod", lambda: (2.0).__pow__(3, 5))
print("float unary", (1.5).__neg__(), (-1.5).__abs__(), (-0.0).__pos__(), (0.0).__bool__(), (0.1).__bool__())
print("float conversions", (2.7).__int__(), (-2.7).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__float__())
print("float round", (2.5).__round__(), (3.5).__round__(), (-0.5).__round__(), (2.675).__round__(2), (1.5).__round__(None))
print("float round digits", round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(-0.04, 1), round(5e-324, 400), round(1e300, -301))
print("float round many", [round(x / 8, 2) for x in range(-8, 9)], round(2.5, 0), round(123.456, 1))
attempt("round nan", lambda: float("nan").__round__())
attempt("round inf", lambda: float("inf").__round__())
attempt("floor inf", lambda: float("-inf").__floor__())
attempt("round big", lambda: round(1.7976931348623157e308, -308))
print("float hash", (1.5).__hash__(), (2.0).__hash__() == hash(2), (-0.0).__hash__(), (1e100).__hash__() == hash(int(1e100)))
print("float repr", (0.1).__repr__(), (1e16).__repr__(), (-0.0).__repr__())
attempt("descriptor", lambda: float.hex(1))
attempt("int descriptor", lambda: int.bit_length(1.5))
