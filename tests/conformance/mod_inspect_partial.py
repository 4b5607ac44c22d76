# inspect.signature of functools.partial objects and of builtin functions.
import builtins
import functools
import inspect


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


def f(a, b, c=3, *args, d, e=5, **kw):
    pass


def g(x, y, /, z):
    pass


for args, kwargs in [((1,), {}), ((1, 2), {}), ((), {'b': 2}), ((1,), {'c': 9}), ((1, 2, 3, 4), {}),
                     ((), {'d': 1}), ((), {'e': 0, 'zz': 1}), ((1, 2, 3), {'a': 1})]:
    t(lambda: str(inspect.signature(functools.partial(f, *args, **kwargs))).split(" at 0x")[0])
t(lambda: inspect.signature(functools.partial(g, 1)))
t(lambda: inspect.signature(functools.partial(g, 1, 2, 3)))
t(lambda: inspect.signature(functools.partial(functools.partial(f, 1), 2)))
t(lambda: str(inspect.signature(functools.partial(g, 1, 2, 3, 4)).parameters).split(" at 0x")[0])
p = functools.partial(f, 1, e=7)
print(inspect.signature(p).bind(2, d=4).arguments)
for name in ['len', 'print', 'sorted', 'abs', 'isinstance', 'open', 'pow', 'round', 'sum', 'input',
             'globals', 'max', 'min', 'iter', 'next', 'getattr', 'dir', 'vars', 'divmod', 'format']:
    t(lambda: '%s %s' % (name, inspect.signature(getattr(builtins, name))))
print(inspect.signature(print).parameters['end'].default == '\n')
