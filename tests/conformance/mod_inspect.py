import inspect
import typing
import functools
import types


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class B:
    def __init__(self, x, y=2):
        pass

    def method(self, a, *rest):
        return a

    @staticmethod
    def smeth(q):
        pass

    @classmethod
    def cmeth(cls, r, s=0):
        pass


class C:
    def __new__(cls, z):
        return super().__new__(cls)


class D(B):
    pass


class E:
    def __call__(self, q, *, r=1):
        pass


def f(a, b: 'int' = 2, *args: int, c: typing.List[int], d: list = [1], **kw: dict) -> typing.Optional[int]:
    pass


def g(a, b, /, c, *, d):
    pass


def g2(*, a=None):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


for o in [A, B, C, D, E(), B.__init__, B(1).__init__, lambda x, /, y: 0, B.method, B(1).method,
          B.smeth, B.cmeth, f, g, g2, gen]:
    t(lambda: str(inspect.signature(o)))
t(lambda: inspect.signature(int))
t(lambda: inspect.signature(42))
s = inspect.signature(f)
print(s)
print(repr(s))
for p in s.parameters.values():
    print(repr(p), str(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default is p.empty, p.annotation)
print(s.return_annotation, inspect.Signature.empty, inspect.Parameter.empty)
print(list(s.parameters), s.parameters['d'].default, len(s.parameters))
t(lambda: inspect.signature(g).bind(1, 2, 3, d=4).arguments)
t(lambda: inspect.signature(g).bind(1, 2, 3))
t(lambda: inspect.signature(g).bind(1, 2, 3, 4, d=1))
t(lambda: inspect.signature(g).bind(1, 2, c=3, d=4, e=5))
t(lambda: inspect.signature(g).bind(1, b=2, c=3, d=4))
t(lambda: inspect.signature(g).bind(1, 2, 3, c=3, d=4))
t(lambda: inspect.signature(g).bind())
ba = inspect.signature(f).bind(1, c=[2], z=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(inspect.signature(f).bind_partial(1), inspect.signature(f).bind(1, 2, 3, 4, c=5))
bb = inspect.signature(f).bind(1, 2, 3, 4, c=5)
print(bb.args, bb.kwargs, bb.arguments, bb.signature is not None)
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
t(lambda: inspect.Parameter('x y', inspect.Parameter.KEYWORD_ONLY))
t(lambda: inspect.Parameter('for', inspect.Parameter.KEYWORD_ONLY))
t(lambda: inspect.Parameter('args', inspect.Parameter.VAR_POSITIONAL, default=1))
t(lambda: inspect.Parameter(5, inspect.Parameter.KEYWORD_ONLY))
t(lambda: str(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1),
                                 inspect.Parameter('b', inspect.Parameter.POSITIONAL_OR_KEYWORD)])))
t(lambda: str(inspect.Signature([inspect.Parameter('a', inspect.Parameter.KEYWORD_ONLY),
                                 inspect.Parameter('b', inspect.Parameter.POSITIONAL_OR_KEYWORD)])))
t(lambda: str(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY),
                                 inspect.Parameter('a', inspect.Parameter.KEYWORD_ONLY)])))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)], return_annotation=int))
print(s.replace(return_annotation=inspect.Signature.empty))
print(s == inspect.signature(f), s.parameters['a'] == inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD))
print(s.parameters['a'].replace(name='zz', default=None), inspect.signature(g) == inspect.signature(g2))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(B.method), inspect.getfullargspec(B(0).method).args)
print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY, int(inspect.Parameter.VAR_KEYWORD))
print(inspect.Parameter.KEYWORD_ONLY == 3, inspect.Parameter.KEYWORD_ONLY.name)


def with_sig(*args):
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter('virtual', inspect.Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(with_sig))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=5):
    """Wrapped doc."""


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)


def type_check(func):
    sig = inspect.signature(func)

    def inner(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError('%s must be %s' % (name, ann.__name__))
        return func(*args, **kwargs)
    return inner


@type_check
def add(x: int, y: int) -> int:
    return x + y


print(add(1, 2))
t(lambda: add(1, 'a'))

print(inspect.cleandoc('''   First line
      indented
    second

    '''))
print(repr(inspect.cleandoc('\n\n  a\n   b\n\n')), repr(inspect.cleandoc('x')), repr(inspect.cleandoc('\tx\n\t\ty')))


class F:
    """  Doc of F.
       more
    """

    def m(self):
        "m doc"


class G(F):
    def m(self):
        pass


print(inspect.getdoc(A), repr(inspect.getdoc(G)), repr(inspect.getdoc(G.m)), repr(inspect.getdoc(G().m)))
print(inspect.getdoc(wrapped), inspect.getdoc(f))

objs = [inspect, A, B, B.method, B(0).method, f, gen, gen(), coro, agen, len, [].append, 3, lambda: 0, B.smeth,
        functools.partial(gen)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
         'isasyncgenfunction', 'isgenerator', 'isbuiltin', 'isroutine', 'iscode', 'isabstract']
for name in preds:
    print(name, [i for i, o in enumerate(objs) if getattr(inspect, name)(o)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(agen()), inspect.iscode(f.__code__))
c.close()
import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


print(inspect.isabstract(Abstract), inspect.isabstract(A))
print([(n, v is F.m) for n, v in inspect.getmembers(F, inspect.isfunction)])
print([n for n, v in inspect.getmembers(B, inspect.isfunction)], [n for n, v in inspect.getmembers(B(1), inspect.ismethod)])
print([n for n, v in inspect.getmembers(B) if not n.startswith('__')])
print(inspect.getmro(D) == (D, B, object), inspect.getmodule(f).__name__, inspect.getmodule(inspect) is inspect)
t(lambda: inspect.getsource(len))
t(lambda: inspect.getsource(3))
t(lambda: inspect.getfile(len))
t(lambda: inspect.unwrap(3))
print(inspect.currentframe() is None or True)
params = inspect.signature(g).parameters
print(params)
print(repr(params), type(params).__name__, len(params), list(params.items())[0])
try:
    params['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
