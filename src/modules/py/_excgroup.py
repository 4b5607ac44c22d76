"""`BaseExceptionGroup` and `ExceptionGroup` (PEP 654), written in Python
(Brisk's own code) and loaded the first time a program names them or runs
an `except*` clause. `_star_match` and `_star_result` are what the VM's
CHECK_EG_MATCH and PREP_RERAISE_STAR ask of them."""


def _is_sequence(x):
    if isinstance(x, (list, tuple)):
        return True
    return not isinstance(x, dict) and hasattr(type(x), '__getitem__')


def _readonly(self, value):
    raise AttributeError('readonly attribute')


class BaseExceptionGroup(BaseException):
    __module__ = 'builtins'
    __slots__ = ('_eg_message', '_eg_exceptions')

    def __new__(cls, *args, **kwargs):
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        if not _is_sequence(exceptions):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        only_exceptions = True
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                only_exceptions = False
        if cls is BaseExceptionGroup:
            if only_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not only_exceptions:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{type(self).__name__}() takes no keyword arguments')
        BaseException.__init__(self, *args)

    message = property(lambda self: self._eg_message, _readonly)
    exceptions = property(lambda self: self._eg_exceptions, _readonly)

    def __str__(self):
        n = len(self._eg_exceptions)
        return f"{self._eg_message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def subgroup(self, condition):
        return _split(self, _matcher(condition), False)[0]

    def split(self, condition):
        return _split(self, _matcher(condition), True)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'
    __slots__ = ()


def _matcher(condition):
    if callable(condition) and not isinstance(condition, type):
        return lambda e: bool(condition(e))
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException)
                                            for c in condition):
        return lambda e: isinstance(e, condition)
    raise TypeError('expected a function, exception type or tuple of exception types')


def _split(exc, match, want_rest):
    """(the part of exc that matches, the rest): each None when empty. A
    group is asked first; then its members, each part derived from it."""
    if match(exc):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, exc
    matched, rest = [], []
    for e in exc._eg_exceptions:
        m, r = _split(e, match, want_rest)
        if m is not None:
            matched.append(m)
        if want_rest and r is not None:
            rest.append(r)
    return (_derive(exc, matched) if matched else None), (_derive(exc, rest) if rest else None)


def _derive(eg, excs):
    """eg.derive(excs) with eg's traceback, cause, context and (a copy of) its notes."""
    new = eg.derive(excs)
    if not isinstance(new, BaseExceptionGroup):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    new.__traceback__ = eg.__traceback__
    new.__context__ = eg.__context__
    new.__cause__ = eg.__cause__
    notes = getattr(eg, '__notes__', None)
    if notes is not None and _is_sequence(notes):
        new.__notes__ = list(notes)
    return new


def _star_match(exc, typ):
    """`except* typ` on exc: (match, rest); a naked exception that matches
    is wrapped in a group, one that does not is the rest."""
    kinds = typ if isinstance(typ, tuple) else (typ,)
    for k in kinds:
        if not (isinstance(k, type) and issubclass(k, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(k, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
    if exc is None:
        return None, None
    if isinstance(exc, typ):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        return BaseExceptionGroup('', (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc.split(typ)
    return None, exc


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc._eg_exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))


def _star_result(orig, raised, reraised):
    """What leaves a try/except* statement: the re-raised parts of orig,
    kept in its shape, after any exceptions the handlers raised."""
    keep = set()
    for e in reraised:
        _leaves(e, keep)
    kept = _split(orig, lambda e: id(e) in keep, False)[0] if keep else None
    if kept is not None:
        raised.append(kept)
    if not raised:
        return None
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup('', raised)
