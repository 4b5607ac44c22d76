# inspect.get_annotations and signature(eval_str=True).
import functools
import inspect

Alias = list


def f(a: 'int', b: 'Alias' = None, *args: 'str', **kw) -> 'bool':
    pass


class C:
    x: int
    y: 'Alias'
    Inner = float
    z: 'Inner'


class D(C):
    w: 'str'


print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
print(inspect.get_annotations(C), inspect.get_annotations(C, eval_str=True))
print(inspect.get_annotations(D), inspect.get_annotations(D, eval_str=True))
print(inspect.signature(f))
print(inspect.signature(f, eval_str=True))
print(inspect.signature(f, eval_str=True, globals={'Alias': tuple, 'int': int, 'str': str, 'bool': bool}))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.get_annotations(wrapper, eval_str=True), inspect.signature(wrapper, eval_str=True))
print(inspect.get_annotations(lambda q: q), inspect.get_annotations(inspect))
for bad in [3, 'text']:
    try:
        inspect.get_annotations(bad)
    except TypeError as e:
        print(type(e).__name__, e)


def g(x: 'undefined_name'):
    pass


try:
    inspect.signature(g, eval_str=True)
except NameError as e:
    print(type(e).__name__, e)
print(inspect.Signature.from_callable(f, eval_str=True).return_annotation)
