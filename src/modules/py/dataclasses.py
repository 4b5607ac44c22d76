"""Data classes (Brisk's own implementation of the dataclasses API).

Generated methods are built from source text and exec'd, so they are
ordinary functions with the argument names and defaults users expect.
"""

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple', 'replace',
           'is_dataclass', 'FrozenInstanceError', 'MISSING', 'make_dataclass', 'KW_ONLY', 'InitVar']

import copy as _copy


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _FactoryType:
    # The default of a default_factory parameter in a generated __init__;
    # inspect.signature shows it as CPython does.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryType()


class FrozenInstanceError(AttributeError):
    pass


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__qualname__', None) if isinstance(self.type, type) else None
        return 'dataclasses.InitVar[%s]' % (name or repr(self.type))


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._initvar = False

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%r,kw_only=%r)' % (self.name, self.type, self.default,
                self.default_factory, self.init, self.repr, self.hash, self.compare,
                self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _type_name(t):
    return getattr(t, '__name__', repr(t))


def _collect_fields(cls, kw_only_default):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, type in annotations.items():
        if type is KW_ONLY or (isinstance(type, str) and type.endswith('KW_ONLY')):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, None, True, None, MISSING)
        f.name = name
        f.type = type
        if isinstance(type, InitVar):
            f._initvar = True
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type_name_of(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def type_name_of(v):
    return "<class '%s'>" % type(v).__name__


def _make_fn(name, args, body, namespace):
    src = 'def %s(%s):\n%s' % (name, ', '.join(args), '\n'.join('    ' + line for line in body) or '    pass')
    ns = {}
    exec(src, namespace, ns)
    return ns[name]


def _init_fn(cls, fields, frozen, has_post_init):
    namespace = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    annotations = {}
    args = ['self']
    kw_args = []
    body = []
    seen_default = False
    for f in fields:
        if not f.init:
            if f.default is not MISSING:
                namespace['_dflt_' + f.name] = f.default
                value = '_dflt_' + f.name
            elif f.default_factory is not MISSING:
                namespace['_dflt_' + f.name] = f.default_factory
                value = '_dflt_' + f.name + '()'
            else:
                continue
        else:
            if f.default is not MISSING:
                namespace['_dflt_' + f.name] = f.default
                arg = f.name + '=_dflt_' + f.name
                value = f.name
                if not f.kw_only:
                    seen_default = True
            elif f.default_factory is not MISSING:
                namespace['_dflt_' + f.name] = f.default_factory
                arg = f.name + '=_HAS_DEFAULT_FACTORY'
                value = '_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
                if not f.kw_only:
                    seen_default = True
            else:
                if seen_default and not f.kw_only:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
                arg = f.name
                value = f.name
            (kw_args if f.kw_only else args).append(arg)
            annotations[f.name] = f.type
        if f._initvar:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._initvar]
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    if kw_args:
        args = args + ['*'] + kw_args
    fn = _make_fn('__init__', args, body, namespace)
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    field_list = [f for f in all_fields.values()]
    data_fields = [f for f in field_list if not f._initvar]
    if init and '__init__' not in cls.__dict__:
        fn = _init_fn(cls, field_list, frozen, hasattr(cls, '__post_init__'))
        fn.__qualname__ = cls.__qualname__ + '.__init__'
        cls.__init__ = fn
    if repr and '__repr__' not in cls.__dict__:
        repr_fields = [f.name for f in data_fields if f.repr]

        def __repr__(self):
            return '%s(%s)' % (type(self).__qualname__,
                               ', '.join('%s=%r' % (n, getattr(self, n)) for n in repr_fields))
        cls.__repr__ = __repr__
    cmp_fields = [f for f in data_fields if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            def make(op):
                def compare(self, other):
                    if other.__class__ is self.__class__:
                        return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                    return NotImplemented
                return compare
            setattr(cls, name, make(op))
    hash_fields = [f for f in data_fields if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_own_hash or unsafe_hash:
            def __hash__(self):
                return hash(_tuple_of(self, hash_fields))
            cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if not f._initvar)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes and not f._initvar:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
