# weakref: ref and its callbacks, the weak containers, finalize, WeakMethod, proxy.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Node(%s)' % self.name

    def hello(self):
        return 'hello from ' + self.name


# ----- ref: identity, reuse, callbacks (newest first), __callback__ -----
log = []
a = Node('a')
r1 = weakref.ref(a, lambda r: log.append(('first', r() is None)))
r2 = weakref.ref(a, lambda r: log.append(('second', r() is None)))
plain = weakref.ref(a)
print(plain is weakref.ref(a), r1 is r2, r1 is plain)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is plain, len(weakref.getweakrefs(a)))
print(r1() is a, plain() is a, r1 == r2, r1 == plain, r1 != plain)
print(hash(r1) == hash(a), r1.__callback__ is not None, plain.__callback__)
print(type(r1) is weakref.ref, type(r1).__name__, isinstance(r1, weakref.ReferenceType))
del a
print(log)
print(r1(), r2(), plain(), r1.__callback__, r1 == r2, r1 == r1)
print(weakref.getweakrefcount(Node('x')), weakref.getweakrefs(Node('y')))

# A dead ref keeps the hash it had; one never hashed cannot get one.
b = Node('b')
hashed = weakref.ref(b)
h = hash(hashed)
del b
print(hash(hashed) == h)
c = Node('c')
unhashed = weakref.ref(c)
del c
try:
    hash(unhashed)
except TypeError as e:
    print('TypeError:', e)

# Functions, classes and bound-method functions can be referenced; builtins cannot.
def func():
    return 42


wf = weakref.ref(func)
print(wf()(), wf() is func)
del func
print(wf())
Temp = type('Temp', (), {})
wc = weakref.ref(Temp)
print(wc().__name__)
del Temp
gc.collect()
print(wc())
for bad in (1, 2.5, 'text', (1, 2), [1], {'k': 1}, None, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError:', e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)


class MyList(list):
    pass


ml = MyList([1, 2])
print(weakref.ref(ml)() == [1, 2])

# A callback that raises is reported and ignored; the program goes on.
d = Node('d')
bad_cb = weakref.ref(d, lambda r: 1 / 0)
del d
print('after the failing callback')

# A ref dies before its referent: its callback never runs.
e = Node('e')
short = weakref.ref(e, lambda r: print('never printed'))
del short
del e
print('no callback for a dead ref')

# ----- cycles: the collector clears refs and runs callbacks -----
cyc = Node('cycle')
cyc.me = cyc
rc = weakref.ref(cyc, lambda r: print('callback: cycle freed'))
del cyc
print('before collect', rc() is not None)
print('collected', gc.collect() > 0)
print('after collect', rc())

# __del__ runs first and still sees the object through its weakrefs.
class Finalized:
    def __del__(self):
        print('__del__, ref alive:', fr() is not None)


fo = Finalized()
fr = weakref.ref(fo, lambda r: print('callback after __del__'))
del fo

# ----- WeakValueDictionary -----
wvd = weakref.WeakValueDictionary()
nodes = [Node(str(i)) for i in range(6)]
for n in nodes:
    wvd[int(n.name)] = n
print(len(wvd), sorted(wvd), wvd[2], 3 in wvd, 9 in wvd, wvd.get(9, 'missing'))
del nodes[1:4]
print(len(wvd), sorted(wvd.keys()), 1 in wvd, wvd.get(2))
try:
    wvd[1]
except KeyError as e:
    print('KeyError', e)
print(sorted(wvd.items()), sorted(v.name for v in wvd.values()))
print(wvd.pop(0), len(wvd), wvd.pop(0, 'gone'), wvd.setdefault(4, 'unused'))
keep = Node('kept')
print(wvd.setdefault(7, keep), 7 in wvd, len(wvd.valuerefs()))
copy = wvd.copy()
print(type(copy).__name__, sorted(copy))
wvd.update({8: keep}, nine=keep)
print(sorted(map(str, wvd)))
del keep
print(sorted(wvd), sorted(copy))
nodes.clear()
print(len(wvd), len(copy), dict(wvd.items()))

# ----- WeakKeyDictionary -----
wkd = weakref.WeakKeyDictionary()
k1, k2, k3 = Node('k1'), Node('k2'), Node('k3')
wkd[k1] = 1
wkd[k2] = 2
wkd[k3] = 3
wkd[k1] = 10
print(len(wkd), wkd[k1], k2 in wkd, 'text' in wkd, sorted(wkd.values()))
del k2
print(len(wkd), sorted(n.name for n in wkd), sorted(wkd.values()))
print(wkd.get(k3), wkd.pop(k3), len(wkd), wkd.setdefault(k1, 99))
try:
    wkd[Node('fresh')]
except KeyError:
    print('KeyError for a fresh key')
del k1
print(len(wkd), list(wkd.items()))

# ----- WeakSet -----
ws = weakref.WeakSet()
s1, s2, s3 = Node('s1'), Node('s2'), Node('s3')
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, s3 in ws, 5 in ws)
ws.update([s3])
del s2
print(len(ws), sorted(n.name for n in ws))
ws.discard(s3)
ws.discard(s3)
print(len(ws), sorted(n.name for n in ws.union([s3])), len(ws.copy()))
try:
    ws.remove(s3)
except KeyError:
    print('KeyError from remove')
print(ws.pop() is s1, len(ws))

# ----- finalize -----
def report(*args, **kwargs):
    print('finalize called with', args, kwargs)
    return 'result'


obj = Node('fin')
f = weakref.finalize(obj, report, 1, 2, key='v')
print(f.alive, f.peek()[1] is report, f.peek()[2:])
del obj
print(f.alive, f(), f.peek())
obj2 = Node('fin2')
f2 = weakref.finalize(obj2, report, 'called early')
print(f2(), f2(), f2.alive)
obj3 = Node('fin3')
f3 = weakref.finalize(obj3, report, 'never')
detached = f3.detach()
print(detached[0] is obj3, f3.alive, f3.detach())
del obj3, detached
print('no call after detach')

# ----- WeakMethod -----
m = Node('meth')
wm = weakref.WeakMethod(m.hello)
print(wm()(), wm() == m.hello, wm() is m.hello)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError from WeakMethod')
del m
print(wm())

# ----- proxy -----
target = Node('px')
p = weakref.proxy(target)
print(p.name, p.hello(), str(p))
p.name = 'renamed'
print(target.name)
class Box(list):
    pass


box = Box([3, 1, 2])
bp = weakref.proxy(box)
print(len(bp), bp[0], 2 in bp, sorted(bp), bp + [9])
del target
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
print('end')
