# Custom iterators and iterables; iterator exhaustion; __iter__ returning generators
class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


fib = Fib(100)
print("iterable reusable", list(fib), sum(fib))
it = iter(fib)
print("iterator", next(it), next(it), next(it), list(it), list(it))


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __len__(self):
        return self.w * self.h


g = Grid(3, 2)
print("grid cells", list(g), len(g))
print("unpack from custom iterable", *Grid(2, 1))
a, b = Grid(2, 1)
print("tuple unpack", a, b)
print("in via iteration", (2, 1) in g, (3, 3) in g)
print("zip custom", list(zip(Fib(10), Grid(5, 1))))
print("enumerate custom", list(enumerate(Fib(5), 1)))
print("sorted/min/max custom", sorted(Fib(30), reverse=True), min(Fib(30)), max(Fib(30)))
print("dict from custom pairs", dict((x, y) for x, y in Grid(3, 1)))


class Peekable:
    _END = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = self._END

    def __iter__(self):
        return self

    def peek(self, default=None):
        if self._buf is self._END:
            self._buf = next(self._it, self._END)
        return default if self._buf is self._END else self._buf

    def __next__(self):
        if self._buf is not self._END:
            v, self._buf = self._buf, self._END
            return v
        return next(self._it)


p = Peekable("abc")
print("peek", p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("done"))


class CountingIter:
    def __init__(self, data):
        self.data = data
        self.i = 0
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]


ci = CountingIter([1, 2, 3])
for v in ci:
    pass
print("next calls including final StopIteration", ci.calls)
ci2 = CountingIter([5, 6, 7])
print("any stops early", any(v == 6 for v in ci2), ci2.calls)


class NotIterable:
    pass


try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError non-iterator returned")
