# set and frozenset methods; int sets are printed directly to check
# CPython's iteration order


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, repr(e))


a = set([1, 2, 3, 40, 17, 33, 9])
b = set([33, 9, 100, 64, 8, 1000])
print("literals", a, b)
print("union", a | b, b | a, a.union(b, [5, 77], range(3)))
print("intersection", a & b, b & a, a.intersection(b, {9, 1000}), a.intersection([9, 33, 40]))
print("difference", a - b, b - a, a.difference(b, [1]), a.difference([40, 99]))
print("symmetric", a ^ b, b ^ a, a.symmetric_difference([1, 2, 500]))
print("empty ops", a.union(), a.intersection(), a.difference(), set() | set())
big = set(range(0, 200, 3))
small = {3, 6, 500, 9}
print("big/small", small & big, big & small, small - big, sorted(big - small)[:5], small ^ big == big ^ small)
print("dict operand", a.union({5: "x", 100: "y"}), a.intersection({1: 0, 2: 0}), a.difference({1: 0}))

s = set()
for x in [5, 3, 77, 1000, 8, 16, 24, 32, 40]:
    s.add(x)
print("grown", s)
s.discard(77)
s.discard(12345)
s.remove(3)
attempt("remove missing", lambda: s.remove(3))
print("after removals", s)
s.update([1, 2], {64, 128}, (7,))
print("update", s)
s.intersection_update(range(0, 100), [1, 2, 8, 16, 64, 7, 40])
print("intersection_update", s)
s.difference_update([1], {2})
print("difference_update", s)
s.symmetric_difference_update({7, 9, 11})
print("symmetric_difference_update", s)
t = s.copy()
t.add(1)
print("copy", s, t, s == t)
popped = []
while t:
    popped.append(t.pop())
print("pop order", popped)
attempt("pop empty", lambda: set().pop())

u = set([10, 20, 30])
alias = u
u = u.__ior__({40, 1})
u = u.__iand__(set([1, 10, 40, 99]))
u = u.__isub__({1})
u = u.__ixor__({5, 10})
print("in-place", u, alias is u)
print("in-place dunders", {1}.__ior__([2]), {1}.__or__([2]), {1, 2}.__isub__({2}))
attempt("or list", lambda: {1} | [2])
attempt("sub list", lambda: {1} - [2])

print("subset", {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.issubset([1, 2, 5]), {1}.issubset(range(0)))
print("superset", {1, 2, 3} >= {1}, {1} > {1}, {1, 2}.issuperset((1,)), set().issuperset([]))
print("disjoint", {1, 2}.isdisjoint([3]), {1, 2}.isdisjoint({2, 9, 10}), set().isdisjoint(set()))
print("equality", {1, 2} == {2, 1}, {1} == frozenset({1}), {1} != {1.0}, {1}.__eq__([1]), {1}.__le__([1]))

f = frozenset([3, 1, 2])
print("frozenset", f, f | {9}, {9} | f, f & {1, 5}, f - {1}, f ^ {1, 7})
print("frozenset types", type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print("frozenset identity", frozenset(f) is f, hash(f) == hash(frozenset([1, 2, 3])))
print("set of sets lookups", {frozenset({1, 2})}.__contains__({1, 2}), {frozenset({1})}.__contains__({1}))
fs = {frozenset({1}), frozenset({2})}
fs.remove({1})
fs.discard({2})
print("remove by set", fs)
attempt("contains unhashable", lambda: [1] in {1})
attempt("add unhashable", lambda: {1}.add([2]))
attempt("frozenset add", lambda: f.add(1))
attempt("descriptor", lambda: set.add(frozenset(), 1))
attempt("union kw", lambda: set().union(x=1))
attempt("set kw", lambda: set(x=1))
attempt("set 2 args", lambda: set(1, 2))
attempt("symdiff 2 args", lambda: set().symmetric_difference(1, 2))
attempt("hash set", lambda: hash({1}))
w = {1, 2, 3}
w.__init__([7, 8])
print("reinit", w)
print("repr", repr(set()), repr(frozenset()), repr({1}), repr(frozenset({4})))
print("from dict keys order", set({5: 0, 3: 0, 1000: 0, 7: 0, 6: 0}), set([5, 3, 1000, 7, 6]))
print("len/iter", len(a), a.__len__(), sorted(a.__iter__()) == sorted(a))
print("set from set", set(a), frozenset(b))
