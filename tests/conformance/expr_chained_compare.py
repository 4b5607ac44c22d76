# Chained comparisons, conditional expressions, is/in operators
x = 5
print("1 < x < 10", 1 < x < 10)
print("1 < x > 3", 1 < x > 3)
print("x < 3 < 10", x < 3 < 10)
print("1 <= 1 < 2 <= 2", 1 <= 1 < 2 <= 2)
print("a == b == c", 3 == 3 == 3, 3 == 3 == 4)
print("mixed ops", 1 < 2 != 3 > 0, 5 > 4 >= 4 > 3)
print("in chain", 1 in [1, 2] in [[1, 2], [3]])

calls = []


def val(v):
    calls.append(v)
    return v


print("short circuit chain", val(1) < val(0) < val(5), calls)
calls.clear()
print("middle evaluated once", val(1) < val(2) < val(3), calls)

print("string compare", "apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("list compare", [1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99])
print("tuple compare", (1, "a") < (1, "b"), (2,) > (1, 5, 6), () < (0,))
print("mixed numeric", 1 == 1.0, 1 < 1.5, True == 1, False < True, 2 > True)
print("int float eq", 10 ** 20 == 1e20, 0.1 + 0.2 == 0.3)

a = [1, 2]
b = a
c = [1, 2]
print("is", a is b, a is c, a == c)
print("is not", a is not c, a is not b)
print("None is", None is None, a is None, a is not None)
n = None
print("None checks", n is None, n == None, not n)
print("in list", 2 in a, 3 in a, 3 not in a)
print("in str", "ell" in "hello", "" in "abc", "z" not in "abc")
print("in dict keys", "k" in {"k": 1}, 1 in {"k": 1})
print("in tuple", None in (1, None), (1, 2) in [(1, 2), (3, 4)])
print("in range", 5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-5, 0))
print("in set", 3 in {1, 2, 3}, "q" in frozenset("abc"))
print("not in precedence", not 1 in [2], not (1 in [2]))

for score in (95, 72, 45):
    grade = "A" if score >= 90 else "B" if score >= 70 else "F"
    print("ternary", score, grade)
print("ternary nested in expr", [("neg" if v < 0 else "zero" if v == 0 else "pos") for v in (-1, 0, 1)])
print("ternary lazy", (1 / 1) if True else (1 / 0))
print("ternary value types", (lambda f: f(3) if callable(f) else "no")(str))
val2 = 0
print("or default", val2 or "default", val2 if val2 else "fallback")

print("not", not 0, not "", not [0], not None)
print("precedence", 1 + 2 * 3 ** 2, (1 + 2) * 3, -2 ** 2, (-2) ** 2, 2 ** -1)
print("precedence bool", True or False and False, (True or False) and False)
print("comparison returns bool", type(1 < 2).__name__, 1 < 2 < 3)
print("bitwise vs compare", 1 | 2 == 3, (1 | 2) == 3)
print("compare to None", [v for v in (0, None, False, "") if v is not None])
