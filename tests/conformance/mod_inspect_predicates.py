# inspect predicates on descriptors, partials, builtins and modules.
import inspect, functools, math
class A:
    @property
    def p(self): return 1
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
objs = {'prop': A.__dict__['p'], 'cm': A.__dict__['c'], 'sm': A.__dict__['s'], 'partial': functools.partial(print),
        'len': len, 'math.sqrt': math.sqrt, 'A.c': A.c, 'A().m': A().m, 'lambda': lambda: 0, 'A': A, 'math': math,
        'int': int, 'None': None, 'gen': (x for x in [])}
for pred in ['isfunction', 'ismethod', 'isbuiltin', 'isroutine', 'isclass', 'ismodule', 'isdatadescriptor', 'isgenerator', 'isabstract']:
    print(pred, [k for k, v in objs.items() if getattr(inspect, pred)(v)])
print([n for n, _ in inspect.getmembers(math, inspect.isbuiltin)][:8])
print([n for n, _ in inspect.getmembers(A, inspect.isfunction)], [n for n, _ in inspect.getmembers(A, inspect.ismethod)])
print([n for n, _ in inspect.getmembers(A, lambda o: isinstance(o, property))])
print(inspect.signature(A.c), inspect.signature(A.s), inspect.signature(A().m))
