import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {'x': [1], 'y': (1, [2])}
dc = copy.deepcopy(d)
d['y'][1].append(3)
print(d, dc, copy.copy(d) == d, copy.copy(d) is d)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
s = {1, 2, frozenset([3])}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s), key=str))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p, p2, p3, p2.y is p.y, p3.y is p.y, type(p3).__name__)

shared = [1]
lst = [shared, shared]
lc = copy.deepcopy(lst)
print(lc[0] is lc[1], lc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[0])

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied-' + str(self.v))
    def __deepcopy__(self, memo):
        return Custom('deep-' + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'x'
s1 = Slotted()
s2 = copy.deepcopy(s1)
s1.a.append(2)
print(s2.a, s2.b)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'T'
mc = copy.deepcopy(ml)
ml[1].append(3)
print(mc, type(mc).__name__, mc.tag, copy.copy(ml))

class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'big'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, st):
        self.data = st['data']
        self.cache = None
sc = copy.deepcopy(State())
print(sc.data, sc.cache)

from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
P = namedtuple('P', 'x y')
np = copy.deepcopy(P(1, [2]))
print(np, type(np).__name__)
dd = defaultdict(list, {'a': [1]})
ddc = copy.deepcopy(dd)
dd['a'].append(2)
print(ddc, copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]])), copy.deepcopy(OrderedDict(a=1)))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(None), copy.deepcopy(3.5))
print(copy.deepcopy({'nested': {'deep': [1, {'x': (2, 3)}]}}))
