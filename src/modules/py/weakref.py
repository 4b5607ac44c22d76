"""Weak references (Brisk's own implementation). `ref` is native
(`_weakref`); proxies, the weak containers and `finalize` are built on it.
Callbacks run at the interpreter's next instruction boundary after the
referent dies, so the containers iterate over snapshots.
"""

import operator as _op
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize', 'KeyedRef']


class KeyedRef(ref):
    """A ref that remembers the key it is stored under."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self


class WeakMethod(ref):
    """A weak reference to a bound method: dead once its object or its function is."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


# ----- proxies -----

def _target(p):
    obj = object.__getattribute__(p, '_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _unwrap(v):
    return _target(v) if isinstance(v, ProxyType) else v


class ProxyType:
    """What `proxy(obj)` returns: forwards everything to obj while it lives."""

    def __init__(self, obj, callback=None):
        if callback is not None:
            self_wr = ref(self)

            def cb(_):
                p = self_wr()
                if p is not None:
                    callback(p)
        else:
            cb = None
        object.__setattr__(self, '_ref', ref(obj, cb))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = _target(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    __hash__ = None


def _forward(fn, reflected=False):
    if reflected:
        return lambda self, other: fn(_unwrap(other), _target(self))
    return lambda self, other: fn(_target(self), _unwrap(other))


for _name, _fn in [('add', _op.add), ('sub', _op.sub), ('mul', _op.mul), ('truediv', _op.truediv),
                   ('floordiv', _op.floordiv), ('mod', _op.mod), ('pow', _op.pow), ('and', _op.and_),
                   ('or', _op.or_), ('xor', _op.xor), ('lshift', _op.lshift), ('rshift', _op.rshift),
                   ('matmul', _op.matmul)]:
    setattr(ProxyType, '__%s__' % _name, _forward(_fn))
    setattr(ProxyType, '__r%s__' % _name, _forward(_fn, True))
for _name, _fn in [('eq', _op.eq), ('ne', _op.ne), ('lt', _op.lt), ('le', _op.le), ('gt', _op.gt),
                   ('ge', _op.ge)]:
    setattr(ProxyType, '__%s__' % _name, _forward(_fn))
for _name, _fn in [('neg', _op.neg), ('pos', _op.pos), ('abs', abs), ('invert', _op.invert),
                   ('int', int), ('float', float), ('index', _op.index)]:
    setattr(ProxyType, '__%s__' % _name, (lambda fn: lambda self: fn(_target(self)))(_fn))
del _name, _fn


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


def proxy(obj, callback=None):
    """A proxy for obj: uses of it become uses of obj, ReferenceError once obj is gone."""
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


# ----- containers -----

class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        self_wr = ref(self)

        def remove(wr):
            d = self_wr()
            if d is not None and d.data.get(wr.key) is wr:
                del d.data[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kwargs)

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        obj = wr() if wr is not None else None
        return default if obj is None else obj

    def items(self):
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield key, obj

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def pop(self, key, *default):
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), /, **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self_wr = ref(self)

        def remove(k):
            d = self_wr()
            if d is not None:
                d.data.pop(k, None)

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        items = dict.items() if hasattr(dict, 'items') else (dict or ())
        for key, value in items:
            self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies."""

    def __init__(self, data=None):
        self_wr = ref(self)

        def remove(wr):
            s = self_wr()
            if s is not None:
                s.data.discard(wr)

        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            item = self.data.pop()()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        other = set(other) if not isinstance(other, WeakSet) else other
        return type(self)(item for item in self if item not in other)

    __sub__ = difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class finalize:
    """Calls func(*args, **kwargs) when obj dies, or when called, at most
    once; those still alive at exit are called then (newest first) unless
    their `atexit` is false."""

    _registry = {}
    _created = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        finalize._created += 1
        self._registry[self] = (ref(obj, self), func, args, kwargs, finalize._created)
        self.atexit = True

    @classmethod
    def _exitfunc(cls):
        alive = sorted((info[4], f) for f, info in list(cls._registry.items()) if f.atexit)
        for _, f in reversed(alive):
            f()

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info is not None:
            return info[1](*info[2], **info[3])

    def detach(self):
        info = self._registry.get(self)
        obj = info and info[0]()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info[1], info[2], info[3])

    def peek(self):
        info = self._registry.get(self)
        obj = info and info[0]()
        if obj is not None:
            return (obj, info[1], info[2], info[3])

    @property
    def alive(self):
        return self in self._registry

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info[0]()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
