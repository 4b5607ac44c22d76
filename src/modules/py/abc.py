"""Abstract base classes (Brisk's own implementation).

`ABCMeta` is a real metaclass: it records `__abstractmethods__` at class
creation, its `__call__` refuses abstract classes with CPython's error, and
isinstance/issubclass consult `__subclasshook__`, `register`ed virtual
subclasses and those of subclasses, caching the answers as CPython does.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for part in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_names(cls):
    names = set()
    seen = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Computes `__abstractmethods__` when a class is created and refuses
    to instantiate a class that still has some."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative = set()
        cls._abc_version = _version[0]
        return cls

    def __call__(cls, *args, **kwargs):
        abstract = cls.__abstractmethods__
        if abstract:
            names = sorted(abstract)
            s = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _version[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        c = instance.__class__
        if c in cls._abc_cache:
            return True
        t = type(instance)
        if t is c:
            return cls.__subclasscheck__(c)
        return cls.__subclasscheck__(c) or cls.__subclasscheck__(t)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_version != _version[0]:
            cls._abc_negative = set()
            cls._abc_version = _version[0]
        elif subclass in cls._abc_negative:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is NotImplemented:
            ok = (cls in getattr(subclass, '__mro__', ()) or any(issubclass(subclass, r) for r in cls._abc_registry)
                  or any(issubclass(subclass, s) for s in cls.__subclasses__()))
        (cls._abc_cache if ok else cls._abc_negative).add(subclass)
        return bool(ok)


_version = [0]


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return 0
