# list methods and special methods, with CPython's errors


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend((3, 5))
a.extend(x * 10 for x in range(2))
print("append/extend", a)
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 42)
a.insert(-100, -100)
print("insert", a)
print("pop", a.pop(), a.pop(0), a.pop(-2), a)
print("index", a.index(1), a.index(1, 3), a.index(5, -6), a.index(4, 0, 5))
attempt("index missing", lambda: a.index(1, 5, 6))
attempt("index missing str", lambda: a.index("x"))
attempt("index bad start", lambda: a.index(1, "a"))
print("index big bounds", a.index(3, -10**30, 10**30))
print("count", a.count(1), a.count(5), a.count("z"), [1, 1.0, True].count(1))
a.remove(1)
print("remove", a)
attempt("remove missing", lambda: a.remove(1000))
b = a.copy()
b.reverse()
print("copy/reverse", a, b, a is b)
b.clear()
print("clear", b, len(b))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(5))
attempt("pop float", lambda: [1].pop(1.0))
attempt("append no args", lambda: [].append())
attempt("append two args", lambda: [].append(1, 2))
attempt("insert one arg", lambda: [].insert(1))
attempt("index no args", lambda: [].index())
attempt("clear arg", lambda: [].clear(1))
attempt("append kw", lambda: [].append(x=1))
attempt("extend int", lambda: [].extend(5))
attempt("descriptor", lambda: list.append((), 1))

# sort: stable, key, reverse
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"]
w = list(words)
w.sort()
print("sort", w)
w.sort(key=str.lower)
print("sort key", w)
w.sort(key=len, reverse=True)
print("sort len reverse (stable)", w)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print("stable", pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print("stable reverse", pairs)
attempt("sort positional", lambda: [].sort(len))
attempt("sort bad kw", lambda: [].sort(foo=1))
attempt("sort mixed", lambda: [1, "a"].sort())
m = [3, 1, 2]
print("sort returns", m.sort(), m)

# special methods
l = [1, 2, 3]
print("len", l.__len__(), "getitem", l.__getitem__(1), l.__getitem__(slice(0, 2)), l.__getitem__(-1))
l.__setitem__(0, 10)
l.__setitem__(slice(1, 2), [20, 21])
print("setitem", l)
l.__delitem__(0)
l.__delitem__(slice(None, None, 2))
print("delitem", l)
attempt("getitem str", lambda: [1].__getitem__("a"))
attempt("setitem range", lambda: [].__setitem__(0, 1))
attempt("delitem range", lambda: [].__delitem__(0))
print("contains", [1, 2].__contains__(2), [1, 2].__contains__(3))
print("iter", list([4, 5].__iter__()), list([4, 5].__reversed__()))
print("add", [1].__add__([2]), [1] + [2, 3])
print("mul", [1, 2].__mul__(2), [1, 2].__rmul__(3), [0] * -1, 2 * [7])
c = [1]
d = c
c += (2, 3)
c += "ab"
c *= 2
print("in-place", c, d is c)
print("iadd ret", [1].__iadd__([2]), [1, 2].__imul__(2), [1].__imul__(0))
attempt("iadd int", lambda: [].__iadd__(1))
attempt("add tuple", lambda: [1] + (2,))
attempt("mul str", lambda: [1] * "a")
print("compare", [1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 9], [1, 2] >= [1, 2, 0], [1] == [1.0], [1] != [1])
print("compare dunder", [1].__eq__([1]), [1].__eq__((1,)), [1].__lt__(5), [1].__ne__([2]))
attempt("compare mixed", lambda: [1] < [None])
print("repr", [1, "a", None, [2.5]].__repr__(), repr([]))
rec = [1]
rec.append(rec)
print("recursive", rec)
print("hash", list.__hash__)
attempt("unhashable", lambda: hash([]))
print("bool", bool([]), bool([0]))
n = float("nan")
print("nan same object", [n] == [n], [n].count(n), [n].index(n))
