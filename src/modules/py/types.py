"""Names for built-in types (Brisk's own implementation of the types module)."""

import sys as _sys

__all__ = ['SimpleNamespace', 'FunctionType', 'LambdaType', 'GeneratorType', 'CoroutineType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'MethodType', 'ModuleType', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'CodeType', 'MappingProxyType', 'coroutine',
           'new_class', 'GenericAlias']


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
MappingProxyType = dict


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % ('namespace' if type(self) is SimpleNamespace else type(self).__name__, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def coroutine(func):
    return func


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, bases, ns)


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        return '%s[%s]' % (self.__origin__.__name__, ', '.join(getattr(a, '__name__', repr(a)) for a in self.__args__))
