import collections
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
                             Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
                             MappingView, KeysView, ItemsView, ValuesView, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, ByteString)
from collections import abc

print(collections.abc is abc, collections.abc.Sequence is Sequence)
print(Iterable, Sequence.__name__, Sequence.__module__)
ABCS = (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
        Awaitable, Coroutine, AsyncIterable, AsyncIterator, ByteString)


def kinds(x):
    return [k.__name__ for k in ABCS if isinstance(x, k)]


def gen():
    yield 1


async def coro():
    return 1


for x in [[], {}, '', (), set(), frozenset(), b'', bytearray(), range(3), iter([]), gen(), {}.keys(), {}.items(),
          1, 2.5, None, len, lambda: 0, collections.deque(), collections.OrderedDict(), collections.Counter(),
          collections.defaultdict(int), zip(), map(len, []), print, int, iter(range(2)), enumerate([])]:
    print(type(x).__name__, kinds(x))
c = coro()
print('coroutine', isinstance(c, Awaitable), isinstance(c, Coroutine))
c.close()
for k in ABCS:
    print(k.__name__, sorted(k.__abstractmethods__), [b.__name__ for b in k.__mro__[1:]])
print(issubclass(list, Sequence), issubclass(list, Iterable), issubclass(dict, Set), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(type(None), Sized), issubclass(str, MutableSequence))


# Structural checks for user classes.
class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NotIter:
    __iter__ = None


class Sz:
    def __len__(self):
        return 3


class Ct:
    def __contains__(self, x):
        return x == 1


class Unhashable:
    def __eq__(self, other):
        return True


class Call:
    def __call__(self):
        return 1


class Coll(Sz, OnlyIter, Ct):
    pass


for x in [It(), OnlyIter(), NotIter(), Sz(), Ct(), Unhashable(), Call(), Coll(), object()]:
    print(type(x).__name__, kinds(x))


# A Sequence gets __iter__, __contains__, __reversed__, index, count.
class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(6)
print(list(s), 9 in s, 10 in s, list(reversed(s)), s.index(16), s.count(4), s[1:3], len(s))
try:
    s.index(5)
except ValueError:
    print('ValueError from index')
print(s.index(4, 1), isinstance(s, Reversible), isinstance(s, MutableSequence), issubclass(Squares, Collection))


class MyList(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return 'MyList(%r)' % self.items


m = MyList([3, 1])
m.append(4)
m.extend([1, 5])
m += [9]
print(m, m.pop(), m.pop(0), m)
m.remove(1)
m.reverse()
print(m, len(m), 4 in m)
m.clear()
print(m)


class Env(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k.lower()]

    def __setitem__(self, k, v):
        self.d[k.lower()] = v

    def __delitem__(self, k):
        del self.d[k.lower()]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


e = Env()
e['PATH'] = '/bin'
e.update({'Home': '/root'}, User='me')
e.update([('shell', 'sh')])
print(sorted(e.items()), e.get('path'), e.get('nope', 0), 'HOME' in e, len(e))
print(repr(e.keys())[:10], list(e.values()), e.setdefault('x', 1), e.setdefault('x', 2), e.pop('x'), e.pop('x', 'gone'))
print(e == {'path': '/bin', 'home': '/root', 'user': 'me', 'shell': 'sh'}, e.popitem(), len(e))
print(('path', '/bin') in e.items(), '/root' in e.values(), 'user' in e.keys(), e.keys() & {'path', 'zzz'})
try:
    e.pop('missing')
except KeyError as ex:
    print('KeyError', ex)
e.clear()
print(len(e), dict(e))
print(isinstance(e.keys(), KeysView), isinstance(e.items(), Set), isinstance(e.values(), Collection))


class FrozenMap(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = FrozenMap(a=1, b=2)
print(dict(f), list(f.keys()), list(f.items()), f == {'a': 1, 'b': 2}, f != {'a': 1}, f.get('c', 3))
print(repr(f.keys())[:9], Mapping.__hash__ is None, Set.__hash__ is None)


class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]))
print(a.isdisjoint([5]), a.isdisjoint(b), list(a & [1, 9]), a >= ListSet([1]), a > a)


class BitSet(MutableSet):
    def __init__(self, it=()):
        self.bits = 0
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return self.bits >> x & 1 == 1

    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)

    def __len__(self):
        return bin(self.bits).count('1')

    def add(self, x):
        self.bits |= 1 << x

    def discard(self, x):
        self.bits &= ~(1 << x)


s = BitSet([1, 5, 3])
s.remove(5)
s |= [7, 8]
s -= [1]
print(list(s), s.pop(), list(s), len(s))
s ^= [8, 2]
print(list(s))
s &= [2, 9]
print(list(s))
try:
    s.remove(42)
except KeyError as ex:
    print('KeyError', ex)
s.clear()
print(list(s))


# Abstract classes cannot be instantiated.
class Half(Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as ex:
    print(ex)
try:
    Iterable()
except TypeError as ex:
    print(ex)


# register() makes virtual subclasses, also of the ABC's bases.
class Tree:
    pass


Sequence.register(Tree)
print(isinstance(Tree(), Sequence), isinstance(Tree(), Reversible), issubclass(Tree, Sized), Tree.__mro__[1:])


@Mapping.register
class Table:
    pass


print(Table.__name__, issubclass(Table, Mapping), issubclass(Table, MutableMapping))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).n)


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, v):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

    def throw(self, typ, val=None, tb=None):
        raise typ


print(list(Gen()), Gen().close())
print(Iterable[int], Callable[[int], str], Mapping[str, int], Callable[..., int], Callable[[], None])
print(Callable[[int, str], float].__args__, Sequence[int].__origin__ is Sequence)
print(isinstance(Iterable, Callable), callable(Sequence), sorted(collections.abc.__all__) == sorted(
    ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable',
     'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet',
     'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
     'MutableSequence', 'ByteString']))


def flatten(x):
    if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, {4: 0})], 'ab', range(5, 7), {8}])))
