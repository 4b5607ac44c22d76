# tuple methods, comparison, hashing, nesting
t = (1, 2, 3, 2, 1)
print("tuple", t, len(t), t[0], t[-1], t[1:3], t[::-1])
print("count/index", t.count(2), t.count(9), t.index(3), t.index(2, 2))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
print("single", (1,), (), tuple(), type((1)).__name__, type((1,)).__name__)
print("packing", 1, 2, (1, 2), tuple("abc"), tuple([1, 2]), tuple(range(3)))
print("concat/repeat", (1, 2) + (3,), (0,) * 3, () + ())
print("compare", (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "b") > (1, "a"), () < (1,))
print("equality", (1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,))
print("in", 2 in t, 9 in t, (1, 2) in [(1, 2)], (1, 2) in ((1, 2), 3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print("hash of int tuples", hash((1, 2)), hash(()), hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * y
print("tuple keys", grid[(2, 2)], grid[1, 2], (0, 0) in grid, len(grid))
points = [(3, 1), (1, 2), (1, 1), (2, 5)]
print("sorted tuples", sorted(points), sorted(points, key=lambda p: p[1]), max(points), min(points))
nested = ((1, 2), (3, (4, 5)), ())
print("nested", nested[1][1][0], len(nested), nested[2])
(a, b), (c, (d, e)), f = nested
print("nested unpack", a, b, c, d, e, f)
mutable_inside = ([1], [2])
mutable_inside[0].append(9)
print("mutable inside tuple", mutable_inside)
try:
    mutable_inside[0] += [10]
except TypeError as e:
    print("TypeError", e)
print("but mutated anyway", mutable_inside)


def min_max(xs):
    return min(xs), max(xs)


lo, hi = min_max([5, 2, 9])
print("return tuple", lo, hi, min_max([1]))
print("tuple from generator", tuple(x * x for x in range(4)))
print("enumerate tuples", list(enumerate("ab")))
print("zip tuples", list(zip((1, 2), ("a", "b"))))
print("tuple sum/any", sum((1, 2, 3)), any(()), all(()))
print("repr", repr((1,)), repr(("a", 1.5, None, (2,))), str(()))
records = [("alice", 30, "NYC"), ("bob", 25, "LA"), ("carol", 35, "NYC")]
for name, age, city in records:
    print(f"  {name:<6} {age:>3} {city}")
print("oldest", max(records, key=lambda r: r[1])[0])
print("by city then age", sorted(records, key=lambda r: (r[2], -r[1])))
print("swap via tuple", (lambda x, y: (y, x))(1, 2))
print("tuple of tuples compare lexicographic", sorted([(1, (2, 3)), (1, (2, 2)), (0, (9, 9))]))
print("len of nested", [len(x) for x in ((), (1,), (1, 2))])
print("count nested", ((1,), (1,), 1).count((1,)))
