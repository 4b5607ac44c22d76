from array import array
import array as array_module


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc in 'bBhHiIlLqQ':
    size = array(tc).itemsize
    t(lambda: array(tc, [2 ** 64]))
    t(lambda: array(tc, [-2 ** 64]))
    t(lambda: array(tc, [2 ** (8 * size)]))
    t(lambda: array(tc, [2 ** (8 * size) - 1]))
    t(lambda: array(tc, [-1]))
    t(lambda: array(tc, [-2 ** (8 * size - 1) - 1]))
    t(lambda: array(tc, [-2 ** (8 * size - 1)]))
    t(lambda: array(tc, [1.5]))
    t(lambda: array(tc, ['a']))
    t(lambda: array(tc, [True, False]))
    print(tc, size, array(tc, [1, 2, 3]).tobytes())
t(lambda: array('d', ['x']))
t(lambda: array('d', [1, 2.5, True]))
t(lambda: array('f', [0.1, 0.5]))
t(lambda: array('f', [1e300, -1e300]))
t(lambda: array('u', 'abc'))
t(lambda: array('u', ['a', 'bc']))
t(lambda: array('u', [1]))
t(lambda: array('x'))
t(lambda: array(5))
t(lambda: array('ii'))
t(lambda: array('i', 'abc'))
t(lambda: array('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
t(lambda: array('i', b'\x01\x00\x00'))
t(lambda: array('i', [1]) + [2])
t(lambda: array('i', [1]) + array('d', [2]))
t(lambda: array('i', [1]).extend(array('d')))
t(lambda: array('i', [1]).extend(5))
t(lambda: array('i').pop())
t(lambda: array('i', [1]).pop(3))
t(lambda: array('i', [1])[3])
t(lambda: array('i', [1]).index(3))
t(lambda: array('i', [1]).remove(3))
t(lambda: array('i', [1]).fromlist((1,)))
t(lambda: hash(array('i')))
t(lambda: type(array('i')))


def s1():
    a = array('i', [1, 2, 3])
    a[0:2] = [5]


def s2():
    a = array('i', [1, 2, 3])
    a[0:2] = array('d', [5])


def s3():
    a = array('i', [1, 2, 3])
    a[::2] = array('i', [5])


def s4():
    a = array('i', [1, 2, 3])
    a[5] = 1


def s5():
    a = array('i', [1, 2, 3])
    return a['x']


def s6():
    a = array('b', [1, 2, 3])
    a[1] = 300


for f in [s1, s2, s3, s4, s5, s6]:
    t(f)
t(lambda: array('i').tounicode())
t(lambda: array('u').fromunicode(b'x'))
t(lambda: array('i', [1]) == array('d', [1.0]))
t(lambda: array('i', [1, 2]) < array('i', [1, 3]))
t(lambda: array('i', [1]) * -1)
t(lambda: array('b', [1]).frombytes('ab'))
t(lambda: array('i', [3]) * 'x')
t(lambda: array('i', [1]).index(1, 1))
t(lambda: array('d', [1.5]).tobytes())
t(lambda: array('h', [1, -2]).tobytes())
t(lambda: array('i', range(3)))
t(lambda: 2 in array('i', range(3)))
t(lambda: 'x' in array('i', range(3)))
print(array_module.typecodes, array_module.ArrayType is array)
t(lambda: str(array('d', [1e20, float('inf'), 0.25])))

a = array('i', [5, 3, 8])
a.append(1)
a.extend([9, 9])
a.extend(array('i', [7]))
a.insert(0, -4)
a.insert(100, 42)
print(a, len(a), a[0], a[-1], a[1:4], a[::-1], a[::2])
print(a.pop(), a.pop(0), a)
a.remove(9)
print(a, a.index(9), a.count(9), a.count(100), a.index(8, 1, 4))
a.reverse()
print(a, a.tolist(), list(a), sorted(a), sum(a), max(a))
a[0] = 11
a[1:3] = array('i', [0, 0, 0])
del a[-1]
del a[0:1]
print(a)
a += array('i', [1])
a *= 2
print(a, a * 2 == a + a, 2 * array('b', [1]), array('i') * 3)
b = array('h', [1, 256, -2])
print(b.tobytes(), b.itemsize, b.typecode)
b.byteswap()
print(b)
c = array('h')
c.frombytes(b'\x01\x00\x02\x00')
c.fromlist([3, 4])
print(c, c.buffer_info()[1])
try:
    c.fromlist([5, 'x'])
except TypeError as e:
    print(type(e).__name__, e, c)
u = array('u', 'hé')
u.append('!')
u.fromunicode('xy')
print(u, u.tounicode(), u.itemsize, u.tobytes())
d = array('d', [1.0, 2.0])
d[0] = 3
d.append(7)
print(d, d.tobytes()[:8], array('d', d.tobytes()))
f = array('f', [1.1])
print(f, f[0] == 1.1, round(f[0], 5))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) != array('i', [1]),
      array('i', [1]) == [1], array('b', [1, 2]) >= array('b', [1]))
print(array('B', b'hello'), bytes(array('B', b'hi')), array('l', array('i', [1, 2])))
import copy
e = array('q', [1, 2])
e2 = copy.copy(e)
e2.append(3)
print(e, e2, copy.deepcopy(e2))
print([x * 2 for x in array('H', [1, 2, 3])], list(reversed(array('i', [1, 2, 3]))))
print(array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]), array('L', [2 ** 64 - 1]))


class Sub(array):
    pass


sa = Sub('i', [1, 2, 3])
sa.note = 'attrs work'
print(repr(sa), type(sa[1:]).__name__, type(sa + sa).__name__, type(sa * 2).__name__, sa.note)
print(array('d', [float('nan'), -0.0, 1e-7]), array('i', [1, 2]) * 0, 5 in array('d', [5.0]))
g = array('i', range(10))
del g[::2]
g[1:1] = array('i', [77])
g.insert(-1, 55)
g.insert(-100, 11)
print(g, g.index(55, -3), g.count('x'), array('i') < array('i', [0]))
h = array('i', [1])
try:
    h.extend([2, 3, 'x'])
except TypeError as e:
    print(type(e).__name__, e, h)
try:
    h.extend((4, 2 ** 40))
except OverflowError as e:
    print(type(e).__name__, e, h)
h.extend(range(3))
h.fromlist([True, False])
print(h, array('b', [True]), array('d', [1, 2.5]), array('d', range(3)), array('B', range(250, 256)))
try:
    array('i').no_such_method()
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(array('i'), 'append'), hasattr(array('i'), 'nope'), getattr(array('i'), 'nope', 'default'))
try:
    sa.missing
except AttributeError as e:
    print(type(e).__name__, e)
