# enumerate, zip, map, filter, reversed, iter/next (incl. sentinel)
seasons = ["spring", "summer", "fall", "winter"]
print("enumerate", list(enumerate(seasons)))
print("enumerate start", list(enumerate(seasons, start=1)), list(enumerate("ab", -2)))
for i, s in enumerate(seasons, 10):
    if i > 11:
        break
    print(" ", i, s)
print("zip", list(zip([1, 2, 3], "abc")))
print("zip uneven", list(zip([1, 2, 3, 4], "ab")), list(zip("abc", range(10), [True])))
print("zip none/one", list(zip()), list(zip([1, 2])))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, nums = zip(*pairs)
print("unzip", letters, nums)
print("dict from zip", dict(zip("xyz", range(3))))
print("map", list(map(str.upper, ["a", "b"])), list(map(abs, [-1, 2, -3])))
print("map multiple", list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3], [3, 2, 99])))
print("map to int", list(map(int, "1 2 3".split())), sum(map(int, "456")))
print("filter", list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(str.isdigit, "a1b2c3")))
print("filter None", list(filter(None, [0, 1, "", "x", None, [], [0], False])))
print("reversed", list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))


class Rev:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100


print("reversed custom seq", list(reversed(Rev())))
it = iter([1, 2, 3])
print("next", next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [5, 4, 0, 3, 2]
pos = iter(range(len(data)))


def reader():
    return data[next(pos)]


print("iter sentinel", list(iter(reader, 0)))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print("iter sentinel counter", list(iter(tick, 5)))
lines = iter(["line1", "line2", "", "line4"])
print("read until blank", list(iter(lambda: next(lines), "")))
m = map(lambda x: x * 10, range(5))
print("map is lazy iterator", next(m), next(m), list(m), list(m))
z = zip("ab", "cd")
print("zip iterator", next(z), list(z))
e = enumerate("xy")
print("enumerate iterator", next(e), list(e))
print("iter of iter is same", iter(it) is it)
print("iter on dict", list(iter({"a": 1, "b": 2})))
print("iter on str", next(iter("hello")))
chained = []
for part in map(str, filter(lambda n: n % 3 == 0, range(10))):
    chained.append(part)
print("map(filter)", "-".join(chained))
print("sum of zip products", sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
matrix = [[1, 2, 3], [4, 5, 6]]
print("transpose with zip", list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print("pairwise", list(zip(data, data[1:])))
print("enumerate reversed", list(enumerate(reversed("abc"))))
try:
    iter(42)
except TypeError as e:
    print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
