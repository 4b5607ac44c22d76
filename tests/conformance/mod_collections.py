from collections import deque, Counter, defaultdict, namedtuple, OrderedDict, ChainMap
import collections

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 'x'
del d[0]
print(d, 'x' in d, 99 in d, d.count(7), d.index(7))
d.remove('x')
d.insert(1, 'ins')
print(d)
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(5)
print(m)
m.extend(range(20, 25))
print(m)
e = deque('abc')
print(e + deque('de'), e * 2, e == deque('abc'), e != deque('abd'), e < deque('abd'), e == ['a', 'b', 'c'])
e += 'xy'
print(e, e.copy(), type(e.copy()).__name__)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
total = 0
while q:
    total += q.popleft()
    if q:
        total -= q.pop()
print(total)
big = deque()
for i in range(100):
    big.appendleft(i)
print(big[0], big[99], big[50], len(big))
for i in range(60):
    big.popleft()
print(big[0], len(big), list(big)[:5])

def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as ex:
        print(type(ex).__name__, ex)

err(deque().pop)
err(deque().popleft)
err(lambda: deque([1])[5])
err(lambda: deque([1]).remove(2))
err(lambda: deque([1]).index(2))
err(lambda: deque(maxlen=-1))
err(lambda: deque([1], maxlen=1).insert(0, 5))

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update('aaz')
c.update({'b': 5})
print(c)
c.subtract('aaaa')
c.subtract({'z': 3})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), repr(Counter()))
print(Counter([1, 2, 2, 3, 3, 3]), Counter(a=1) == Counter(a=1, b=0), Counter({'x': 2}) == {'x': 2})
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], list(wc.keys())[:4], isinstance(wc, dict))
del wc['the']
del wc['missing']
print(wc.get('the'), 'the' in wc)
cc = Counter(a=2)
cc['b'] += 1
cc['a'] -= 1
print(cc, dict(cc), cc.copy())
cc += Counter(a=5)
print(cc)

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd['a'], dict(dd), 'c' in dd, len(dd))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, sorted(di.items()), di.default_factory)
dn = defaultdict()
print(dn, dn.default_factory)
try:
    dn['x']
except KeyError as ex:
    print('KeyError', ex)
ds = defaultdict(lambda: 'dflt', {'k': 'v'})
print(ds['k'], ds['other'], len(ds))
dset = defaultdict(set)
dset[1].add(2)
print(dset, dset.copy(), isinstance(dset, dict))
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p == (1, 2), len(p), tuple(p), list(p))
x, y = p
print(x, y, Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
print(Point(x=3, y=4), Point(5, y=6), isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
Emp = namedtuple('Emp', 'name, age')
e = Emp('Ann', 30)
print(e, sorted([Emp('Bob', 25), Emp('Al', 40), e]), e.name.upper(), e[-1], e[:1])
R = namedtuple('R', ['a', 'def', 'a', '_x'], rename=True)
print(R._fields)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4))
for bad in [('Bad', 'x x'), ('Bad', 'x _y'), ('Bad', 'x def'), ('1Bad', 'x')]:
    try:
        namedtuple(*bad)
    except ValueError as ex:
        print('ValueError', ex)
try:
    p.z = 3
except AttributeError as ex:
    print('AttributeError')
d2 = {p: 'point'}
print(d2[(1, 2)], max(Point(1, 5), Point(2, 0)))

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.popitem(), od)
od.move_to_end('b')
print(list(od.items()))
od.move_to_end('b', last=False)
print(list(od.items()), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), OrderedDict(), OrderedDict(a=1))
print(OrderedDict.fromkeys('abc', 0), list(reversed(o1)))

# ChainMap
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4
print(cm.maps, cm.new_child({'a': 0})['a'], cm.parents)
print(collections.Counter is Counter, collections.deque is deque)
from collections import UserDict, UserList, UserString
class D(UserDict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d['b'] = 2
print(d, d['zz'], len(d), 'a' in d, d.get('q', 0), sorted(d.keys()), d.pop('a'), d, d.copy(), d == {'b': 2})
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l), l == [0, 1, 2, 3], l.index(2))
s = UserString('Hello')
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.split('l'), s + '!', s[1:3], s.find('l'), 'ell' in s, s.join(['a', 'b']))
import random
r = random.SystemRandom()
x = r.random()
print(0 <= x < 1, 1 <= r.randint(1, 6) <= 6)
