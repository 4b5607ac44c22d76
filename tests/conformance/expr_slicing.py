# Slicing with steps, negative indices, omitted bounds; slice objects
s = "abcdefghij"
lst = list(range(10))
print("s[2:5]", s[2:5], lst[2:5])
print("s[:3]", s[:3], "s[7:]", s[7:])
print("s[-3:]", s[-3:], "s[:-3]", s[:-3])
print("s[::2]", s[::2], lst[::2])
print("s[1::3]", s[1::3], lst[1::3])
print("s[::-1]", s[::-1], lst[::-1])
print("s[::-2]", s[::-2], lst[::-2])
print("s[7:2:-1]", s[7:2:-1], lst[7:2:-1])
print("s[-1:-4:-1]", s[-1:-4:-1])
print("s[2:7:-1] empty", repr(s[2:7:-1]), lst[2:7:-1])
print("out of range", s[5:100], s[100:], s[-100:3], lst[-100:100:3])
print("neg start pos stop", s[-5:9], lst[-8:6])
print("step -3", lst[::-3], lst[8:0:-3])
print("full copy", s[:] == s, lst[:] is lst, lst[:] == lst)
t = (1, 2, 3, 4, 5)
print("tuple slices", t[1:4], t[::-1], t[-2:], type(t[1:3]).__name__)
r = range(20)
print("range slices", r[2:10:3], list(r[::-5]), r[-3:])
b = b"hello world"
print("bytes slices", b[:5], b[::-1], b[6:])

sl = slice(1, 8, 2)
print("slice object", sl, sl.start, sl.stop, sl.step)
print("apply slice", s[sl], lst[sl])
print("slice indices", slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print("slice None parts", slice(5), slice(5).start, slice(5).stop)

m = list(range(10))
m[2:5] = ["x"]
print("slice assign shrink", m)
m[1:2] = [7, 7, 7]
print("slice assign grow", m)
m[::2] = [0] * len(m[::2])
print("ext slice assign", m)
del m[1::2]
print("del odd positions", m)
m[:0] = ["front"]
print("insert at front", m)
m[-1:] = ["back1", "back2"]
print("replace last", m)
w = list("abcdef")
w[::-1] = w
print("reverse via slice assign", w)
w[1:5:2] = "XY"
print("step 2 assign", w)
try:
    w[::2] = "too long"
except ValueError as e:
    print("ValueError", e)
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("column via comp", [row[1] for row in nested], "rows[1:]", nested[1:], "rev rows", nested[::-1])
print("string reverse words", " ".join("the quick fox".split()[::-1]))
print("palindromes", [p for p in ["racecar", "hello", "abba", "a"] if p == p[::-1]])
print("chunks", [lst[i:i + 3] for i in range(0, len(lst), 3)])
print("rotate", lst[3:] + lst[:3], lst[-3:] + lst[:-3])
try:
    lst[::0]
except ValueError as e:
    print("ValueError", e)
