# range: len, indexing, slicing, negative steps, in, reversed, repr
r = range(10)
print("repr", r, range(1, 5), range(0, 10, 2), range(5, 0, -1), range(0))
print("list", list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print("empty ranges", list(range(5, 2)), list(range(0, 5, -1)), len(range(3, 3)))
print("len", len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5, 5)), len(range(0, -10, -1)))
print("index", r[0], r[-1], r[5], range(0, 100, 7)[3], range(10, 0, -2)[-1])
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
print("slice", r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 2)[1:4], range(0, 20, 2)[::-2])
print("in", 5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 3.5 in r)
print("index/count", r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(11))
try:
    r.index(99)
except ValueError as e:
    print("ValueError", type(e).__name__)
print("reversed", list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print("attributes", r.start, r.stop, r.step, range(2, 9, 3).stop)
print("equality", range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print("negative step", list(range(-1, -10, -2)), list(range(5, -6, -5)))
print("large", len(range(10 ** 12)), range(10 ** 12)[-1], 10 ** 11 in range(10 ** 12))
print("sum/min/max", sum(range(101)), min(range(3, 9)), max(range(3, 9)))
print("bool", bool(range(0)), bool(range(1)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", type(e).__name__)
it = iter(range(3))
print("iterator", next(it), next(it), next(it), next(it, "end"))
rr = range(3)
print("reusable", list(rr), list(rr))
print("zip with range", list(zip(range(3), "abc")))
print("enumerate vs range(len)", [(i, "xyz"[i]) for i in range(len("xyz"))])
print("step through string", ["abcdefgh"[i:i + 3] for i in range(0, 8, 3)])
print("countdown", " ".join(str(i) for i in range(10, 0, -1)) + " liftoff")
print("hash equal ranges", hash(range(3)) == hash(range(0, 3)))
print("type", type(r).__name__, isinstance(r, range))
print("bool index", range(10)[True])
