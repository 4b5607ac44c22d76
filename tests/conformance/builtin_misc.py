# any/all, chr/ord, hex/oct/bin, format, abs, len, hash, repr, slice, round
print("any", any([0, "", None]), any([0, 1]), any(x > 3 for x in range(5)), any([]))
print("all", all([1, "a", [0]]), all([1, 0]), all(x < 10 for x in range(5)), all([]))
checks = []


def probe(v):
    checks.append(v)
    return v


print("any short-circuits", any(probe(v) for v in [0, 0, 1, 0, 1]), checks)
checks.clear()
print("all short-circuits", all(probe(v) for v in [1, 1, 0, 1]), checks)
print("chr/ord", chr(72) + chr(105), ord("H"), ord("\n"), chr(0x263A), ord("☺"), chr(223))
try:
    ord("ab")
except TypeError as e:
    print("TypeError ord of 2 chars")
try:
    chr(-1)
except ValueError as e:
    print("ValueError chr(-1)")
print("hex/oct/bin", hex(0), hex(4095), hex(-1), oct(8), oct(-9), bin(1), bin(-1), bin(2 ** 10))
print("format", format(3.14159, ".2f"), format(42, "05d"), format("s", ">4"), format(255, "x"), format(1e6, ",.0f"), format(0.5, "%"))
print("format default", format(12), format("x"), format(1.5), format(True))
print("len", len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 10, 3)), len(b"ab"))
print("hash ints", hash(0), hash(1), hash(-1), hash(-2), hash(123456))
print("hash tuples", hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash(()))
print("hash int float agree", hash(5) == hash(5.0), hash(True) == hash(1))
print("repr", repr(1), repr("a'b"), repr([1, "x"]), repr((1,)), repr(None), repr(2.0), repr({"k": [1]}))
s = slice(1, 10, 3)
print("slice obj", s, s.start, s.stop, s.step, "abcdefghijk"[s], list(range(20))[s])
print("slice partial", slice(3), slice(None, None, -1), "hello"[slice(None, None, -1)])
print("slice.indices", slice(1, 100, 2).indices(10), slice(-5, None).indices(8))
print("round", round(3.7), round(-3.7), round(2.5), round(3.5), round(3.14159, 2), round(1234, -2))
print("abs", abs(-3), abs(3.5), abs(-0.0), abs(True))
print("divmod/pow", divmod(9, 4), pow(2, 5), pow(2, 5, 3))
print("max/min on mixed", max([1, 2.5, 2]), min("b", "a"))
print("zip/enumerate combined", [(i, a, b) for i, (a, b) in enumerate(zip("xy", "pq"))])
print("str/repr of builtin containers", str([1.0, "a"]), repr(("a",)))
print("ascii", ascii("héllo"), ascii("plain"))
print("bool/int/float of strings", bool("False"), int("0"), float("0"))
print("isinstance chain", all(isinstance(v, (int, float)) for v in [1, 2.0, True]))
print("iter/len of dict views", len({"a": 1}.items()), list({"a": 1}.values()))
print("object identity", object() is object(), None is None)
sl = [0, 1, 2, 3, 4, 5]
sl[slice(1, 3)] = ["a"]
print("slice object assignment", sl)
del sl[slice(None, None, 2)]
print("slice object delete", sl)
print("sorted of chars", "".join(sorted("builtins")))
print("sum of ords", sum(map(ord, "abc")))
print("nested builtins", max(map(len, ["a", "abc", "ab"])), sorted(map(abs, [-3, 1, -2])))
print("min with key+default", min([], key=len, default="none"), min(["aaa", "b"], key=len))
