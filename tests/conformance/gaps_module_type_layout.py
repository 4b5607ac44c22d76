# types.ModuleType makes modules; base layout conflicts; super() without
# arguments; bytes index errors; UTF-16/32 truncation errors; bytearray.extend.
import types
m = types.ModuleType('mymod', 'A doc.')
m.a = 1
print(m, m.a, m.__name__, m.__doc__, m.__spec__, type(m) is types.ModuleType, sorted(k for k in vars(m) if k.startswith('__')))
try:
    types.ModuleType()
except TypeError as e:
    print('TypeError', e)
import sys
print(sys, types.ModuleType('x'))
for bases in [(int, str), (list, dict), (Exception, int), (int, object), (dict, object)]:
    try:
        C = type('C', bases, {})
        print([b.__name__ for b in bases], 'ok', C.__mro__[1].__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError', e)
try:
    super()
except RuntimeError as e:
    print('RuntimeError', e)
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print('RuntimeError', e)
class S:
    @staticmethod
    def sm():
        return super()
try:
    S.sm()
except RuntimeError as e:
    print('RuntimeError', e)
for expr in ["b'a'[5]", "b'a'[-2]", "bytearray(b'a')[5]"]:
    try:
        eval(expr)
    except IndexError as e:
        print(expr, 'IndexError', e)
for data, enc in [(b'x', 'utf-16'), (b'\xfe\xffx', 'utf-16'), (b'\xff\xfex', 'utf-16'), (b'abc', 'utf-32'), (b'x', 'utf-16-be')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError', e)
b = bytearray(b'a')
for arg in ['b', 5, None, [1, 'x']]:
    try:
        b.extend(arg)
    except TypeError as e:
        print('TypeError', e)
print(b)
