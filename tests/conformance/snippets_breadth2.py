# Tutorial one-liners: templates, unions, zip strict, generators, slots, unpacking, math, bytes, slicing.
from string import Template
print(Template("$who likes ${what}").substitute(who="tim", what="kung pao"), "{a}-{b}".format_map({"a": 1, "b": 2}))
print(isinstance(3, int | str), int | None, list[int], dict[str, list[int]])
print(list(zip([1, 2], "ab", strict=True)), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen(); print(next(g), g.send("hi"))
class P:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
p = P()
try:
    p.y = 2
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
a, *b, c = range(5); print(a, b, c)
print(" ".join(f"{i:>3}" for i in range(3)), "%-6s|" % "ab", "{:^9.3f}".format(3.14159))
import math; print(math.comb(5, 2), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3]), math.dist([0, 0], [3, 4]), math.gcd(12, 18, 24), math.lcm(4, 6))
print(str(b"abc", "utf-8"), bytes("hi", "ascii"), "café".encode("utf-8").decode("latin-1"))
print(int.__name__, type(len).__name__, type(print), repr(print), callable(len))
x = [1, 2, 3]; x[1:2] = [9, 9]; print(x, x[::-1], x[-1:], x[10:])
