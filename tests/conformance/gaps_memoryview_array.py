# memoryview over array.array, cast between byte and typed formats,
# plus small sys/io/operator corners.
import array, io, operator, sys
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.tolist(), m[1], len(m), m.nbytes, m.readonly, m.shape, m.strides)
m[0] = 10
print(a, m.tobytes(), bytes(m[1:]))
for bad in (2**40, 'x'):
    try:
        m[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = memoryview(b'\x01\x00\x02\x00').cast('H')
print(h.tolist(), h.format, h.itemsize, len(h), h.nbytes)
print(memoryview(bytearray(b'ab')).cast('c').tolist(), memoryview(a).cast('B').tolist()[:8])
print(memoryview(array.array('d', [1.5, 2.5])).tolist(), memoryview(b'abc').toreadonly().readonly)
try:
    memoryview(b'abc').cast('H')
except TypeError as e:
    print(e)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.float_repr_style)
s = io.StringIO('x')
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'x')
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
class LH:
    def __length_hint__(self):
        return 5
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(iter(range(4))), operator.length_hint(object(), 7))
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), operator.length_hint(iter((1,))), operator.length_hint(reversed([1, 2])))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntries(Entries()):
    pass
print(FromEntries.__bases__, type(FromEntries.__orig_bases__[0]).__name__, FromEntries(a=1))
try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
