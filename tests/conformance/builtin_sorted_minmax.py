# sorted, list.sort, min, max, sum with options
people = [("dave", 25), ("alice", 30), ("carol", 25), ("bob", 30), ("eve", 22)]
print("sorted default", sorted(people))
print("sorted by age (stable)", sorted(people, key=lambda p: p[1]))
print("sorted by age desc (stable)", sorted(people, key=lambda p: p[1], reverse=True))
print("sorted by age then name", sorted(people, key=lambda p: (p[1], p[0])))
print("sorted by -age, name", sorted(people, key=lambda p: (-p[1], p[0])))
print("sorted strings", sorted(["b", "B", "a", "A", "_", "1"]))
print("sorted key len", sorted(["ccc", "a", "bb", "dd", "e"], key=len))
print("sorted reverse", sorted([3, 1, 2], reverse=True), sorted("hello", reverse=True))
print("sorted returns list", sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print("sorted with None key", sorted([3, 1, 2], key=None))
stable = [(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")]
print("stability check", sorted(stable, key=lambda t: t[0]))
print("stable reverse", sorted(stable, key=lambda t: t[0], reverse=True))
lst = [5, 2, 8, 1]
lst.sort(key=lambda x: -x)
print("list.sort key", lst)
multi = ["apple", "Banana", "cherry", "Date"]
multi.sort(key=str.lower, reverse=True)
print("sort lower reverse", multi)
# multi-pass sort stability
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
data.sort(key=lambda t: t[0])
data.sort(key=lambda t: t[1])
print("two-pass sort", data)

print("min/max", min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print("min/max key", min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print("max key first wins ties", max(["aa", "bb", "c"], key=len), min(["aa", "bb", "c", "d"], key=len))
print("min/max default", min([], default="empty"), max([], default=None), max([7], default=0))
print("min/max strings", min("banana", "apple", "cherry"), max(["x", "yy"], key=len))
print("min/max mixed numbers", min(1, 0.5, True), max(-1, -1.5), max(2, 2.0), min(2.0, 2))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
print("sum", sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([], 5), sum(range(1, 11)))
print("sum lists with start", sum([[1], [2, 3], []], []))
print("sum tuples", sum([(1,), (2,)], ()))
print("sum bools", sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError for summing strings")
print("sorted dict items by value", sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print("top-n", sorted([7, 1, 9, 3, 5], reverse=True)[:3])
words = "the quick brown fox jumps over the lazy dog".split()
print("longest word", max(words, key=len), "shortest", min(words, key=len))
print("alphabetically last", max(words))
print("sort by last letter", sorted(words, key=lambda w: w[-1]))
print("sort by vowels count", sorted(words, key=lambda w: sum(c in "aeiou" for c in w)))


class Item:
    def __init__(self, n, p):
        self.n, self.p = n, p

    def __repr__(self):
        return f"{self.n}:{self.p}"


items = [Item("x", 3), Item("y", 1), Item("z", 2)]
print("sort objects by attr", sorted(items, key=lambda i: i.p), max(items, key=lambda i: i.p))
try:
    sorted(items)
except TypeError as e:
    print("TypeError", e)
