"""Names for built-in types (Brisk's own implementation of the types module)."""

import sys as _sys

__all__ = ['SimpleNamespace', 'FunctionType', 'LambdaType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'MethodType', 'ModuleType', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'CodeType', 'MappingProxyType', 'coroutine',
           'new_class', 'GenericAlias']


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
AsyncGeneratorType = type(_ag())
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


class mappingproxy:
    """A read-only view of a mapping (types.MappingProxyType)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple)) or not hasattr(mapping, '__getitem__') \
                or not hasattr(mapping, 'keys'):
            raise TypeError('mappingproxy() argument must be a mapping, not %s' % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __delitem__(self, key):
        # CPython's message for its C type, not the one for classes.
        raise TypeError("'mappingproxy' object does not support item deletion")

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
del mappingproxy


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


def _type_repr(t):
    if t is None or t is type(None):
        return 'None'
    if t is ...:
        return '...'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return '%s.%s' % (t.__module__, t.__qualname__)
    return repr(t)


class GenericAlias:
    """`list[int]`: a builtin class subscripted for annotations."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return '%s[%s]' % (_type_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return GenericAlias(self.__origin__, params)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return UnionType._make(self, other)

    def __ror__(self, other):
        return UnionType._make(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class UnionType:
    """`int | str`: isinstance() accepts it like a tuple of its members."""

    @classmethod
    def _make(cls, a, b):
        args = []
        for part in (a, b):
            for t in (part.__args__ if isinstance(part, UnionType) else (part,)):
                t = type(None) if t is None else t
                if t not in args:
                    args.append(t)
        if len(args) == 1:
            return args[0]
        u = object.__new__(cls)
        u.__args__ = tuple(args)
        return u

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return UnionType._make(self, other)

    def __ror__(self, other):
        return UnionType._make(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))
