"""Type hints at runtime (Brisk's own implementation of the common typing API).

Annotations are mostly only stored, so the special forms here are light
objects that subscript, compare and print as CPython's do. `NamedTuple`
and `TypedDict` are real at runtime.
"""

import collections as _collections

TYPE_CHECKING = False


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return '%s.%s' % (t.__module__, t.__qualname__)
    if t is ...:
        return '...'
    if t is None or t is type(None):
        return 'None'
    return repr(t)


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _GenericAlias('Optional', None, params + (type(None),), display=params)
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    flat.extend(p.__args__)
                elif p not in flat:
                    flat.append(type(None) if p is None else p)
            if len(flat) == 1:
                return flat[0]
            if type(None) in flat and len(flat) == 2:
                other = tuple(x for x in flat if x is not type(None))
                return _GenericAlias('Optional', None, tuple(flat), display=other)
            return _GenericAlias('Union', None, tuple(flat))
        return _GenericAlias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias:
    def __init__(self, name, origin, args, display=None):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._display = args if display is None else display

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], (list, tuple)):
            params = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return 'typing.Callable[%s, %s]' % (params, _type_repr(self.__args__[1]))
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self._display))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
Final = _SpecialForm('Final')
ClassVar = _SpecialForm('ClassVar')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap)
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncGenerator = _SpecialForm('AsyncGenerator')
ItemsView = _SpecialForm('ItemsView')
KeysView = _SpecialForm('KeysView')
ValuesView = _SpecialForm('ValuesView')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsIndex = _SpecialForm('SupportsIndex')
Text = str
AnyStr = _SpecialForm('AnyStr')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    args = kwargs = None


class TypeVarTuple(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        # `class Box(Generic[T])`: without __mro_entries__, the base is Generic itself.
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls.__name__, cls, params)


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. "
                                  "A series of @overload-decorated functions outside a stub module "
                                  "should always be followed by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    return hints


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class NamedTuple(tuple):
    """`class P(NamedTuple): x: int` builds a tuple subclass with named fields."""

    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get('__annotations__', {})
        names = tuple(annotations)
        defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
        seen_default = False
        for n in names:
            if n in defaults:
                seen_default = True
            elif seen_default:
                raise TypeError(f"Non-default namedtuple field {n} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
        base = _collections.namedtuple(cls.__name__, names, defaults=[defaults[n] for n in names if n in defaults])
        cls._fields = names
        cls._field_defaults = defaults
        cls.__annotations__ = dict(annotations)
        for i, n in enumerate(names):
            setattr(cls, n, property(lambda self, i=i: tuple.__getitem__(self, i)))
        cls._base = base

        def __new__(klass, *args, **kw):
            values = base(*args, **kw)
            return tuple.__new__(klass, tuple(values))
        cls.__new__ = __new__

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename, fields = args[0], args[1] if len(args) > 1 else list(kwargs.items())
            return _collections.namedtuple(typename, [f[0] for f in fields])
        return tuple.__new__(cls, args)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return type(self)(**values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)


class TypedDict(dict):
    """`class Movie(TypedDict): name: str`; calling it returns a plain dict."""

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        for base in reversed(cls.__mro__):
            annotations.update(base.__dict__.get('__annotations__', {}))
        cls.__annotations__ = annotations
        cls.__total__ = total
        keys = frozenset(annotations)
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


__all__ = [name for name in list(globals()) if not name.startswith('_')]
