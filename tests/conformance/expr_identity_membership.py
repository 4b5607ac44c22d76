# is / is not / in / not in across types, with custom __contains__ and __eq__
a = [1, 2, 3]
b = a
c = list(a)
print("is same object", a is b, a is c, a is not c)
print("== vs is", a == c, a is c)
b.append(4)
print("alias sees mutation", a, c)
print("None/True/False singletons", None is None, True is True, (1 == 1) is True, (1 == 2) is False)
print("type identity", type(1) is int, type(True) is bool, type(True) is not int)
t1 = ()
t2 = tuple()
print("empty tuple equality", t1 == t2)
print("in list", 3 in a, 10 in a, 10 not in a, "3" in [3], 3.0 in a, True in [1])
print("in tuple of mixed", None in (0, None), [] in ([], 1), (1,) in ((1,), 2))
print("in str", "a" in "abc", "ab" in "abc", "ac" in "abc", "" in "", "A" in "abc")
print("in dict checks keys", "k" in {"k": "v"}, "v" in {"k": "v"}, "v" in {"k": "v"}.values())
print("in set/frozenset", 2 in {1, 2}, 5 in frozenset(), (1, 2) in {(1, 2)})
print("in range", 3 in range(5), 5 in range(5), 2 in range(0, 10, 2), 3 in range(0, 10, 2), -3 in range(-5, 0))
print("in bytes", b"b" in b"abc", 98 in b"abc")
print("nested membership", [1, 2] in [[1, 2], [3]], 1 in [[1, 2]])


class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0


e = Evens()
print("custom __contains__", 4 in e, 5 in e, "4" in e, 7 not in e)


class Weird:
    def __eq__(self, other):
        return True


w = Weird()
print("__eq__ affects in", w in [1, 2], 5 in [w], w == 3, w is w, w is not Weird())
nan = float("nan")
# Whether two separately created NaNs are the same object is an implementation
# detail (Brisk floats are values), so only the same-object case is checked.
print("nan identity shortcut in list", nan in [nan], nan == nan)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 3


print("in via __getitem__", 6 in Seq(), 7 in Seq())


class It:
    def __iter__(self):
        return iter("xyz")


print("in via __iter__", "y" in It(), "q" in It())
x = 5
print("chained in", 1 in [1] in [[1]], (1 in [1]) in [True])
print("not precedence", not 1 in [1, 2], not (1 in [1, 2]), (not 1) in [False])
result = "found" if "needle" in "haystack with needle" else "missing"
print("ternary with in", result)
vowels = "aeiou"
print("count vowels", sum(ch in vowels for ch in "membership test"))
print("filter not in", [c for c in "hello world" if c not in "lo "])
s1 = "hello"
s2 = "".join(["he", "llo"])
print("string equality (identity unspecified)", s1 == s2)
d1 = {"a": [1]}
d2 = dict(d1)
print("shallow copy shares values", d1["a"] is d2["a"], d1 is d2)
