# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def __len__(self):
        return self.size

    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._norm(i), self.default)

    def __setitem__(self, i, v):
        self.data[self._norm(i)] = v

    def __delitem__(self, i):
        self.data.pop(self._norm(i), None)

    def __contains__(self, v):
        print("  __contains__", v)
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)

    def __repr__(self):
        return f"SparseList({list(self)})"


s = SparseList(6)
s[1] = "a"
s[-1] = "z"
print("repr via getitem iteration", s)
print("len", len(s), "item", s[1], s[-1], s[2])
print("slice", s[::2], s[::-1], s[1:4])
del s[1]
print("after del", s)
print("contains", "z" in s, "q" in s, 0 in s, "q" not in s)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


cd = Countdown(4)
print("iter", list(cd), list(cd), sum(cd), 3 in cd, 9 in cd)


class RangeIter:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1


ri = RangeIter(0, 4)
print("iterator protocol", next(ri), list(ri), list(ri))
for a, b in zip(RangeIter(0, 3), RangeIter(10, 20)):
    print("zip custom", a, b)


class OldSeq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10


print("old-style iteration", list(OldSeq()), 30 in OldSeq(), max(OldSeq()))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]

    def __setitem__(self, key, v):
        r, c = key
        self.rows[r][c] = v

    def __len__(self):
        return len(self.rows)


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print("tuple index", m[0, 1], m[1, 0], len(m))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __bool__(self):
        return bool(self._items)


st = Stack().push(1).push(2).push(3)
print("stack", list(st), len(st), st.pop(), list(st))
while st:
    print("popping", st.pop())
print("empty stack", bool(st), len(st))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
