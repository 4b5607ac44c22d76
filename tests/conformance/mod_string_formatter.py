import string

from string import Formatter

f = Formatter()
for s in ['a{{b', 'x}}y', '{}', '{0}{1}', 'hi {name!r:>10} there', '{a[0].b}', '{:{w}.{p}f}', '',
          'plain', '{0!s}', '{!a:}', '{a[}]}', '{a[x:y]}', '}', '{', 'a{b', '{0!}', '{0!rr}', '{0!r',
          '{a:{b}', '{{}}', '{ab{cd}ef}', '{0:}', '{:}', '{[}', 'x{0:{{}}}', 'a}b', '{x!', '{0!r}x',
          'tail{', '{}}', '{{{0}}}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


class P:
    x = 3
    items = [10, 20]


print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{0}{1}{0}', 'ab', 'cd'))
print(f.format('{name:>8}|{name:<8}|', name='bob'))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
print(f.format('{0.x} {0.items[1]} {d[k]} {d[k][0]}', P(), d={'k': 'val'}))
print(f.format('{!r} {!s} {!a}', 'q', 'q', 'é'))
print(f.format('{0:^{1}}', 'mid', 9))
print(f.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))
print(f.format('{:,}', 1234567), f.format('{:08.3f}', -1.5), f.format('{:x}', 255))
for args in [('{0} {}', 1, 2), ('{} {0}', 1, 2), ('{2}', 1), ('{x}',), ('{0!z}', 1), ('{:{:{}}}', 1, 2, 3),
             ('{0.nope}', 1), ('{a.}', 1), ('{0[}', 1)]:
    try:
        print(repr(f.format(*args)))
    except Exception as e:
        print(args[0], type(e).__name__, e)


class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: %s' % sorted(extra))


print(Strict().format('{a}', a=1))
try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print(e)


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)


u = Upper()
print(u.format('{greeting}, {who}! {0:>5} {x!l}', 'ok', greeting='hello', x='MiXeD'))
print(f.get_field('0.x', (P(),), {}), f.get_field('k[1]', (), {'k': 'xyz'}))
print(f.convert_field(3, 'r'), f.format_field(3.5, '>6'), f.get_value(0, ('z',), {}))
print(string.Formatter().format('{}', 'from string'))
print(f.format('{0[0]}', ['first']))
try:
    f.format('{0[0]x}', ['first'])
except ValueError as e:
    print(e)
try:
    f.format('{0[5]}', ['first'])
except IndexError as e:
    print(type(e).__name__, e)
