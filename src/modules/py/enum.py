"""Enumerations (Brisk's own implementation of the enum API).

Brisk classes have no metaclasses, so members are created by
`Enum.__init_subclass__`, and the class-level protocols CPython's EnumType
provides (iteration, len(), `in`, `Color['RED']`) are Brisk's class hooks
`__class_iter__`, `__class_len__`, `__class_contains__` and
`__class_getitem__`, which the VM consults for class objects.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique', 'EnumMeta', 'EnumType']


class auto:
    _next = None

    def __init__(self):
        self.value = auto

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_descriptor(value):
    return callable(value) or isinstance(value, (classmethod, staticmethod, property))


def _is_member_name(name):
    return not (name.startswith('_') and name.endswith('_')) and not name.startswith('__')


def _keep_enum_display(cls):
    # As CPython's EnumType does: `class S(str, Enum)` shows members as
    # `S.A`, not through the data type's (or object's) repr/str/format.
    # `S("a")` looks the member up instead of building a new str.
    for name in ('__repr__', '__str__', '__format__', '__new__'):
        if name in cls.__dict__:
            continue
        for base in cls.__mro__:
            if name in base.__dict__:
                if base in (int, str, float, object):
                    setattr(cls, name, Enum.__dict__[name])
                break


class Enum:
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        members = {}
        names = []
        by_value = {}
        last_values = []
        for base in cls.__mro__[1:]:
            if base.__dict__.get('_member_names_'):
                raise TypeError(f"{cls.__name__} cannot extend {base.__name__!r}" if False else
                                f"<enum {cls.__name__!r}> cannot extend <enum {base.__name__!r}>")
        for name, value in list(cls.__dict__.items()):
            if not _is_member_name(name) or _is_descriptor(value) or isinstance(value, type):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(names), last_values[:])
            if value in by_value and not isinstance(value, (list, dict, set)):
                alias = by_value[value]
                members[name] = alias
                setattr(cls, name, alias)
                continue
            member = cls._new_member_(value)
            member._name_ = name
            if not hasattr(member, '_value_'):
                member._value_ = value
            init = cls.__dict__.get('__init__')
            if init is None:
                for base in cls.__mro__[1:]:
                    if '__init__' in base.__dict__ and base not in (Enum, object, int, str, Flag, IntFlag, IntEnum, StrEnum):
                        init = base.__dict__['__init__']
                        break
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            members[name] = member
            names.append(name)
            by_value[member._value_] = member
            last_values.append(value)
            setattr(cls, name, member)
        cls._member_map_ = members
        cls._member_names_ = names
        cls._value2member_map_ = by_value
        cls.__members__ = dict(members)
        _keep_enum_display(cls)

    @classmethod
    def _new_member_(cls, value):
        for base in cls.__mro__:
            if base in (int, str, float):
                # The value is built from the data type itself, not from
                # the member: the member's own __str__ may need _value_.
                args = value if isinstance(value, tuple) and base is not str else (value,)
                m = base.__new__(cls, *args)
                m._value_ = base(*args)
                return m
        return object.__new__(cls)

    def __new__(cls, value):
        lookup = cls.__dict__.get('_value2member_map_')
        if lookup is None:
            return object.__new__(cls)
        if isinstance(value, cls):
            return value
        try:
            return lookup[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, item):
        if not isinstance(item, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(item).__qualname__)
        return isinstance(item, cls) and item._name_ in cls._member_map_

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']


Enum.__members__ = {}


class IntEnum(int, Enum):
    __new__ = Enum.__new__
    __repr__ = Enum.__repr__
    __hash__ = int.__hash__
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


class StrEnum(str, Enum):
    __new__ = Enum.__new__
    __repr__ = Enum.__repr__
    __hash__ = str.__hash__
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(self, spec)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            return None
        member = cls._new_member_(value)
        member._value_ = value
        names = [n for n in cls._member_names_ if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                 and cls._member_map_[n]._value_ and _single_bit(cls._member_map_[n]._value_)]
        member._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = member
        return member

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self)._member_map_.values():
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        for n in type(self)._member_names_:
            m = type(self)._member_map_[n]
            if m._value_ and _single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


def _single_bit(v):
    return v & (v - 1) == 0


class IntFlag(int, Flag):
    __new__ = Enum.__new__
    __repr__ = Flag.__repr__
    __hash__ = int.__hash__
    def __or__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(self, spec)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, details))
    return enumeration


EnumMeta = EnumType = type
