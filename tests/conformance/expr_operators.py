# Operator precedence and associativity; unary operators; mixed expressions
print("arith precedence", 2 + 3 * 4 - 1, (2 + 3) * (4 - 1), 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print("power right assoc", 2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1, -2 ** -2)
print("div/mod left assoc", 100 / 10 / 2, 100 // 7 // 2, 100 % 7 % 3, 2 * 3 // 4, 2 * (3 // 4))
print("unary chain", - - 3, - + - 3, ~~5, not not 0, -~3, ~-3)
print("shift vs arith", 1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1, 3 + 4 << 1)
print("bitwise order", 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, (5 ^ 3) & 1, 1 | 2 ^ 3)
print("comparison after arith", 1 + 2 == 3, 2 * 3 > 5 + 0, 1 < 2 == 2)
print("bool ops lowest", 1 == 1 and 2 > 3 or 4 < 5, not 1 == 2, not (1 and 0))
print("and/or values", 0 or 5 and 6, (0 or 5) and 6, 1 and 0 or 7, None or [] or {} or "end")
print("ternary lowest", 1 if 0 else 2 + 3, (1 if 0 else 2) + 3)
print("lambda in expr", (lambda x: x + 1)(2) * 3)
print("string ops", "ab" + "cd" * 2, ("ab" + "cd") * 2, "x" * 2 + "y" * 3)
print("comparison chain with arith", 0 < 1 + 1 < 3, 10 > 5 * 2 >= 10)
print("in with arith", 2 + 1 in [3], (2 + 1) in [3])
print("subscript and call bind tightest", [1, 2, 3][1] ** 2, "abc".upper()[1:], -[5][0])
print("attribute on literal", (5).bit_length(), 5 .real, 1.5.is_integer(), "x".join("ab"))
print("mixed int float bool", True + 1.5, 3 * False, 2 ** True, 10 / True)
print("integer division of negatives", -7 // 2, -(7 // 2), -7 % 2, -(7 % 2))
print("matmul missing on int", end=" ")
try:
    2 @ 3
except TypeError as e:
    print("TypeError", e)
x = 10
x += 2 * 3
x -= 4 // 2
x *= 1 + 1
print("augmented with expressions", x)
values = [3, 1, 4]
print("star in expressions", [*values, *values[:1]], (*values,), {*values} == {1, 3, 4})
print("dict merge precedence", {**{"a": 1}, **{"a": 2}}, {"a": 0, **{"a": 3}})
print("conditional in comprehension", [v if v > 2 else -v for v in values])
print("nested parentheses", ((((1 + 2)))) * (((3))))
print("comparisons of different types ==", 1 == "1", [] == (), {} == [], None == 0)
print("operator on tuples", (1, 2) + (3,), (1,) * 3, (1, 2) < (1, 2, 3))
print("abs/neg of expressions", abs(-3 - 4), -(3 - 4), +(-2))
big = 2 ** 64
print("big arithmetic precedence", big * 2 + 1, big // 3 * 3 + big % 3 == big)
print("float precedence", 1.5 * 2 ** 2, (1.5 * 2) ** 2, -1.5 ** 2)
print("walrus precedence", (y := 3 + 4), y, [z := 5, z * 2])
