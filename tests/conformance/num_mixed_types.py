# Numeric tower interactions: int, float, bool; comparisons and conversions
vals = [0, 1, -1, True, False, 2.5, -0.0, 10 ** 20, 1e20]
print("types", [type(v).__name__ for v in vals])
print("sum mixed", sum(vals), type(sum([1, 2.0])).__name__, type(sum([True, 2])).__name__)
print("sorted mixed", sorted([3, 2.5, True, -1, 0.0, 10 ** 20, 1e19]))
print("int vs float equality", 1 == 1.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 0 == -0.0)
print("large int vs float ordering", 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print("int vs inf", 10 ** 1000 < float("inf"), -(10 ** 1000) > float("-inf"))
print("ops result types", type(1 + 2).__name__, type(1 + 2.0).__name__, type(True + True).__name__,
      type(7 // 2.0).__name__, type(7 % 2).__name__, type(2 ** -1).__name__, type(4 ** 0.5).__name__)
print("bool math", True + True, True * 2.5, True / 2, True // 2, -True, abs(-True))
print("int() of floats", int(2.9), int(-2.9), int(1e20), int(-0.0))
print("float() of ints", float(3), float(-7), float(10 ** 20), float(True))
print("round-trip exactness", int(float(2 ** 53)) == 2 ** 53, int(float(2 ** 53 + 1)) == 2 ** 53 + 1)
print("division", 7 / 2, 7 // 2, 7.0 // 2, -7 / 2, -7 // 2, -7.0 // 2)
print("modulo", 7 % 3, 7.5 % 3, -7 % 3, -7.5 % 3, 7 % -3, 7.5 % -3)
print("pow", 2 ** 10, 2.0 ** 10, 2 ** 0.5, 10 ** -1)
print("max/min mixed", max(1, 1.0), max(1.0, 1), min(0, False), max(True, 1))
print("hash consistency", hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print("dict key unification", d, len(d))
print("set unification", len({0, 0.0, False, -0.0}), len({1, 2, 1.0, 2.0, True}))
print("abs mixed", abs(-3), abs(-3.5), abs(False), type(abs(True)).__name__)
print("divmod mixed", divmod(7, 2.0), divmod(-7.5, 2), divmod(True, 2))
print("comparison chains across types", 0 < True < 1.5 < 2 <= 2.0)
print("int float str conversions", str(1.0), str(1), repr(1.0), int("1") + float("1"))
print("float int() rounding toward zero", [int(x) for x in (0.9, -0.9, 1.999999, -1.000001)])
print("floor/ceil via //", [(-(-x // 1), x // 1) for x in (1.5, -1.5, 2.0)])
print("round mixed", round(2.5), round(2), round(True), round(2.675, 2), round(-0.5))
print("numeric strings not numbers", "1" == 1, "1" + "1", 1 + 1)
print("is_integer checks", (5.0).is_integer(), (5.5).is_integer(), float(10 ** 15).is_integer())
acc = 0
for v in [1, 2.5, True, 3]:
    acc += v
print("accumulate mixed", acc, type(acc).__name__)
print("int from bool arithmetic", sum(x > 0 for x in [-1, 2, 3, -4]), [True] * 2)
