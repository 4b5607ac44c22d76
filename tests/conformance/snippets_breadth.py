# A grab-bag of tutorial one-liners: formatting, dict/set operators, parsing, errors, eval/exec.
from collections import namedtuple
from functools import reduce, partial, lru_cache
import itertools, operator, string, random, math, heapq, bisect, copy
print(string.ascii_letters[:5], string.punctuation[:5])
print(f"{3.14159:.2f} {42:08b} {1234567:,} {0.5:%} {'x':^7}|")
print("{:>10}".format("hi"), "{0!r:>8}".format("a"), format(1e-7, "g"), format(123.456, "e"))
d = {"a": 1} | {"b": 2}
print(d, {1, 2} ^ {2, 3}, sorted({3: 1, 1: 2}.items()))
print(int("0x1f", 16), int("1_000"), float("1e3"), round(2.675, 2), divmod(-7, 2), (-7) // 2, -7 % 2)
print("a,b,,c".split(","), " x ".strip(), "Hello".center(11, "*"), "abc".zfill(5), "tItLe".title(), "ß".casefold())
print(list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.accumulate([1, 2, 3])), list(zip(*[(1, 2), (3, 4)])))
print(eval("[x*2 for x in range(3)]"), exec("y = 5") or y)
x = 10
def f():
    global x
    x += 1
f(); print(x)
class A:
    def __init__(self): self.v = 1
    def __repr__(self): return f"A({self.v})"
print([A()], str(A()), hash(1.5) == hash(1.5))
print(sorted(["b", "A", "c"], key=str.lower), max([1, 5, 3], key=lambda v: -v), sum(range(101)))
print(isinstance(True, int), 2 ** 100, 10 / 4, 7 // 2, 2 ** -1, abs(-3.5), bin(10), hex(255), oct(8), chr(65), ord("a"))
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
print("%5.2f|%-5d|%s|%r" % (3.14159, 42, "s", "r"))
print(bytes([65, 66]), b"abc".hex(), "é".encode(), list(map(str.upper, "ab")))
print(*range(3), sep="-", end="!\n")
print(any([]), all([]), list(enumerate("ab", 1)), list(reversed([1, 2])), dict(zip("ab", [1, 2])))
print(f"{x=}", f"{'nested':{'>'}{10}}", f"{3+4j}")
