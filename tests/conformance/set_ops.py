# set and frozenset operations (printed via sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print("union |", sorted(a | b), sorted(a.union(b, [9])))
print("intersection &", sorted(a & b), sorted(a.intersection(b, {4})))
print("difference -", sorted(a - b), sorted(b - a), sorted(a.difference(b, {1})))
print("symmetric ^", sorted(a ^ b), sorted(a.symmetric_difference(b)))
print("subset", {1, 2} <= a, {1, 2} < a, a <= a, a < a, {1, 9} <= a)
print("superset", a >= {1, 2}, a > a, a.issuperset([1, 2]), a.issubset(range(10)))
print("disjoint", a.isdisjoint({7, 8}), a.isdisjoint(b))
print("equality", {1, 2} == {2, 1}, {1} == frozenset({1}), set() == set())
s = set()
s.add(3)
s.add(1)
s.add(3)
print("add", sorted(s), len(s))
s.discard(3)
s.discard(99)
print("discard", sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.update([5, 6], {7})
print("update", sorted(s))
s |= {100}
s &= {1, 5, 6, 100, 200}
s -= {6}
print("in-place ops", sorted(s))
s ^= {1, 2}
print("in-place xor", sorted(s))
s.intersection_update({2, 5, 100})
print("intersection_update", sorted(s))
s.difference_update({5})
print("difference_update", sorted(s))
s.symmetric_difference_update({2, 3})
print("symdiff_update", sorted(s))
c = s.copy()
c.add(-1)
print("copy", sorted(s), sorted(c))
s.clear()
print("clear", sorted(s), len(s), bool(s))
one = {42}
print("pop single element", one.pop(), len(one))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
print("membership", 3 in a, 9 in a, 9 not in a)
print("dedupe", sorted(set([3, 1, 3, 2, 1])), len(set("mississippi")))
print("set of tuples", sorted({(1, 2), (1, 2), (0, 5)}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
fs = frozenset([1, 2, 3])
print("frozenset ops", sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__, sorted(fs & {2, 9}))
print("frozenset hashable", {fs: "ok"}[frozenset({3, 2, 1})], len({frozenset(), frozenset()}))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError", e)
print("set of frozensets", sorted(sorted(x) for x in {frozenset({1}), frozenset({1}), frozenset({2, 3})}))
print("empty repr", repr(set()) == "set()", repr(frozenset()) == "frozenset()", str(set()) == "set()")
print("single repr", repr({5}) == "{5}", repr(frozenset({7})) == "frozenset({7})")
print("set comprehension", sorted({x * x % 7 for x in range(20)}))
print("set from dict", sorted(set({"b": 1, "a": 2})))
print("min/max/sum", min(a), max(a), sum(a), len(a))
print("sorted reverse", sorted(a | b, reverse=True))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError", e)
seen = set()
dups = []
for x in [4, 1, 4, 2, 1, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print("duplicates found", dups)
print("numeric unify in set", len({1, 1.0, True}), len({0, False, 0.0, -0.0}))
print("operators need sets", sorted(a.union("xy"), key=str))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
