"""`inspect`, Brisk's own version of the parts snippets use: the is*()
predicates, getgeneratorstate, getcoroutinestate, getmembers, getmro,
unwrap, getdoc, cleandoc, getmodule, getfile, getsourcefile, getsource,
getsourcelines and findsource (from the text the code was compiled from),
signature with Signature, Parameter and BoundArguments (str/repr, bind,
bind_partial, apply_defaults, replace, from_callable, eval_str),
get_annotations, getfullargspec, getclosurevars and formatannotation.

Signatures of builtins are known for the builtin functions that have one
in CPython; other builtins raise ValueError.

Not covered: frames and the stack (currentframe() returns None, which
CPython documents for implementations without frame support; stack(),
trace() and the frame functions are absent), getattr_static and the
deprecated getcallargs."""

import builtins
import functools
import sys
import types
import _traceback
from collections import OrderedDict as _OrderedDict

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
           'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'isabstract', 'iscode',
           'istraceback', 'ismethoddescriptor', 'isdatadescriptor', 'getmembers', 'getmro',
           'unwrap', 'cleandoc', 'getdoc', 'getmodule', 'getfile', 'getsourcefile',
           'getsource', 'getsourcelines', 'findsource', 'signature', 'Signature',
           'Parameter', 'BoundArguments', 'getfullargspec', 'FullArgSpec',
           'formatannotation', 'currentframe', 'getgeneratorstate', 'getcoroutinestate',
           'get_annotations', 'getclosurevars', 'ClosureVars']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# -- predicates --

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while type(f).__name__ == 'partial' and hasattr(f, 'func'):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _has_code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return False


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    # Brisk's own descriptor types do not show their slots as attributes.
    if isinstance(object, (classmethod, staticmethod)):
        return True
    if isinstance(object, property):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def currentframe():
    return None


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getgeneratorstate(generator):
    if not isgenerator(generator):
        # What CPython's version, which reads gi_running first, raises.
        raise AttributeError("'%s' object has no attribute 'gi_running'" % type(generator).__name__)
    return 'GEN_' + _traceback.generator_state(generator)


def getcoroutinestate(coroutine):
    if not iscoroutine(coroutine):
        raise AttributeError("'%s' object has no attribute 'cr_running'" % type(coroutine).__name__)
    return 'CORO_' + _traceback.generator_state(coroutine)


# -- members and documentation --

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    mro = (object,) + getmro(object) if isclass(object) else ()
    results = []
    seen = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
            if key in seen:
                raise AttributeError(key)
        except AttributeError:
            # Listed by dir() but not gettable: take it from a class dict.
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    # The first line's indentation is irrelevant; later lines lose their
    # common indentation.
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    # A method or class without a docstring inherits its base's.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        # A classmethod is bound to the class itself.
        is_classmethod = isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__
        cls = owner if is_classmethod else type(owner)
    elif isfunction(obj):
        name = obj.__name__
        owner = obj.__qualname__.rpartition('.')[0]
        module = sys.modules.get(obj.__module__)
        cls = module
        for part in owner.split('.') if owner else ():
            cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    else:
        return None
    for base in cls.__mro__:
        member = base.__dict__.get(name)
        if member is None:
            continue
        if isinstance(member, (classmethod, staticmethod)):
            member = member.__func__
        doc = getattr(member, '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


# -- source --

def _code_of(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame.f_code
    if iscode(object):
        return object
    return None


def getfile(object):
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        f = getattr(module, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    f = getfile(object)
    return None if f.startswith('<') else f


def _module_text(module):
    """The source of a module: from any function compiled from it, else its file."""
    filename = getattr(module, '__file__', None)
    for value in list(vars(module).values()):
        code = _code_of(value)
        if code is not None and code.co_filename == filename:
            return _traceback.source_text(code)
        if isclass(value) and getattr(value, '__module__', None) == module.__name__:
            text = _class_text(value, filename)
            if text is not None:
                return text
    return _read_file(filename)


def _class_text(cls, filename):
    for value in vars(cls).values():
        value = getattr(value, '__func__', value)
        if isinstance(value, property):
            value = value.fget
        code = _code_of(value)
        if code is not None and code.co_filename == filename:
            return _traceback.source_text(code)
    return None


def _read_file(filename):
    if not filename or filename.startswith('<'):
        return None
    try:
        with open(filename) as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return None


def findsource(object):
    """(all the lines of the source file, index of the object's first line)."""
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        # Code from exec(), eval() or a frozen module: CPython finds no
        # lines for such names.
        raise OSError('could not get source code')
    if ismodule(object):
        text = _module_text(object)
    elif isclass(object):
        module = sys.modules.get(object.__module__)
        text = _class_text(object, filename)
        if text is None and module is not None:
            text = _module_text(module)
    else:
        text = _traceback.source_text(_code_of(object))
    if text is None:
        raise OSError('could not get source code')
    lines = text.splitlines(True)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class(lines, object)
    lnum = _code_of(object).co_firstlineno - 1
    if lnum >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, _decorators_start(lines, lnum)


def _indent(line):
    return len(line) - len(line.lstrip())


def _find_class(lines, cls):
    # The class statement of the innermost name of the qualified name, at
    # the nesting its qualified name implies (first match otherwise).
    names = cls.__qualname__.split('.')
    name = names[-1]
    found = []
    for i, line in enumerate(lines):
        s = line.lstrip()
        if s.startswith('class ') and s[6:].lstrip().startswith(name):
            rest = s[6:].lstrip()[len(name):]
            if not rest or rest[0] in '(: \t':
                found.append(i)
    if not found:
        raise OSError('could not find class definition')
    if len(names) == 1:
        for i in found:
            if _indent(lines[i]) == 0:
                return _decorators_start(lines, i)
    return _decorators_start(lines, found[0])


def _decorators_start(lines, lnum):
    # Code objects start at their first decorator, but a class's source is
    # found by its statement: take in the decorators above it. A decorator
    # may span lines: it counts when the decorators from it on lead exactly
    # to the statement.
    indent = _indent(lines[lnum])
    start = lnum
    k = lnum - 1
    while k >= 0:
        line = lines[k]
        text = line.strip()
        if text.startswith('@') and _indent(line) == indent:
            i = k
            while i < lnum and lines[i].lstrip().startswith('@'):
                i = _logical_end(lines, i)
            if i == lnum:
                start = k
        elif text and _indent(line) <= indent:
            break
        k -= 1
    return start


def _logical_end(lines, i):
    """The index after the logical line that starts at lines[i]: brackets,
    strings and backslashes carry it over to the next lines."""
    depth = 0
    quote = None
    n = len(lines)
    while i < n:
        line = lines[i]
        i += 1
        k = 0
        m = len(line)
        while k < m:
            c = line[k]
            if quote:
                if c == '\\':
                    k += 2
                    continue
                if line.startswith(quote, k):
                    k += len(quote)
                    quote = None
                    continue
                k += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                quote = c * 3 if line.startswith(c * 3, k) else c
                k += len(quote)
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
            k += 1
        if quote and len(quote) == 1:
            quote = None
        if quote or depth > 0 or line.rstrip('\r\n').endswith('\\'):
            continue
        return i
    return n


def getblock(lines):
    """The lines of the statement (with its body) that lines starts with."""
    start = 0
    while start < len(lines) and lines[start].lstrip().startswith('@'):
        start = _logical_end(lines, start)
    end = _logical_end(lines, start)
    if start >= len(lines):
        return lines[:end]
    head = lines[start].lstrip()
    if not (head.startswith(('def ', 'class ', 'async ', 'def\t', 'class\t'))):
        return lines[:end]
    base = _indent(lines[start])
    last = end
    i = end
    while i < len(lines):
        s = lines[i].strip()
        if not s or s.startswith('#'):
            i += 1
            continue
        if _indent(lines[i]) <= base:
            break
        i = _logical_end(lines, i)
        last = i
    return lines[:last]


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# -- signatures --

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker, for replace()."""


class _ParameterKind(int):
    # An int with a name, ordered as CPython's enum of the same name.
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, self)

    def __eq__(self, other):
        return int(self) == other

    def __hash__(self):
        return int(self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        self._kind = _KINDS[kind]
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % self._kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if name[:1] == '.' and name[1:].isdigit():
            # Implicit parameters of comprehensions, as CPython names them.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not %s' % self._kind.description)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('%r is not a valid parameter name' % name)
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '%s: %s' % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = text + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        # Everything after the last argument args can pass by position.
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(self.arguments[name])
                else:
                    kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join('%s=%r' % item for item in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, args)


class Signature:
    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top:
                        raise ValueError('wrong parameter order: %s parameter before %s parameter'
                                         % (top.description, kind.description))
                    if kind > top:
                        top = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError('duplicate parameter name: %r' % param.name)
                    params[param.name] = param
            else:
                params = {p.name: p for p in parameters}
        # An OrderedDict behind the proxy, so it prints as CPython 3.11's.
        self._parameters = types.MappingProxyType(_OrderedDict(params))
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        opts = (globals, locals, eval_str) if eval_str else None
        return _signature(obj, cls, follow_wrapped, opts)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        kwonly = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwonly, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        if self._return_annotation != other._return_annotation:
            return False
        mine = list(self._parameters.values())
        theirs = list(other._parameters.values())
        # Keyword-only parameters compare in any order.
        return ([p for p in mine if p.kind != _KEYWORD_ONLY] == [p for p in theirs if p.kind != _KEYWORD_ONLY]
                and {p.name: p for p in mine if p.kind == _KEYWORD_ONLY}
                == {p.name: p for p in theirs if p.kind == _KEYWORD_ONLY})

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        n = len(params)
        nargs = len(args)
        a = 0
        # Positional arguments fill parameters in order.
        while a < nargs:
            if i >= n or params[i].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[a:])
                a = nargs
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument %r' % param.name)
            arguments[param.name] = args[a]
            a += 1
            i += 1
        else:
            # Out of positional arguments: the next parameter must be
            # optional, keyword-passed or variadic.
            if i < n:
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                        % param.name)
                elif param.kind != _VAR_KEYWORD and param.default is _empty and not partial:
                    raise TypeError('missing a required argument: %r' % param.name)
        kwargs = dict(kwargs)
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                    % param.name)
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: %r' % param.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument %r' % next(iter(kwargs)))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        out = []
        pending_slash = False
        star_needed = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                out.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                out.append('*')
                star_needed = False
            out.append(str(param))
        if pending_slash:
            out.append('/')
        text = '(%s)' % ', '.join(out)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _function_signature(cls, func, opts=None):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    if opts is None:
        annotations = func.__annotations__
    else:
        globals, locals, eval_str = opts
        annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    P = cls._parameter_cls
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(P(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(P(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        params.append(P(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                        annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index + 1 if code.co_flags & CO_VARARGS else index]
        params.append(P(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _user_method(cls, name):
    meth = getattr(cls, name, None)
    if meth is None or isbuiltin(meth):
        return None
    return meth


def _signature(obj, cls, follow_wrapped=True, opts=None):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature(obj.__func__, cls, follow_wrapped, opts))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature(obj, cls, follow_wrapped, opts)
    try:
        sig = obj.__signature__
    except AttributeError:
        sig = None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(cls, obj, opts)
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__') if type(obj) is not type else None
        if call is not None:
            return _drop_first(_signature(call, cls, follow_wrapped, opts))
        new = _user_method(obj, '__new__')
        init = _user_method(obj, '__init__')
        # The first class in the MRO that defines either decides.
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                return _drop_first(_signature(new, cls, follow_wrapped, opts))
            if init is not None and '__init__' in base.__dict__:
                return _drop_first(_signature(init, cls, follow_wrapped, opts))
        if type not in obj.__mro__ and obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        text = _BUILTIN_SIGNATURES.get(getattr(obj, '__name__', None))
        if text is not None and getattr(builtins, obj.__name__, None) is obj:
            return _function_signature(cls, eval('lambda %s: None' % text[1:-1], {}))
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature(obj.func, cls, follow_wrapped, opts), obj)
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_signature(call, cls, follow_wrapped, opts))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# The signatures CPython 3.11 gives the builtin functions (those it has).
_BUILTIN_SIGNATURES = {
    '__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'abs': '(x, /)', 'aiter': '(async_iterable, /)', 'all': '(iterable, /)',
    'any': '(iterable, /)', 'ascii': '(obj, /)', 'bin': '(number, /)', 'callable': '(obj, /)',
    'chr': '(i, /)',
    'compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    'delattr': '(obj, name, /)', 'divmod': '(x, y, /)',
    'eval': '(source, globals=None, locals=None, /)',
    'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'format': "(value, format_spec='', /)", 'globals': '()', 'hasattr': '(obj, name, /)',
    'hash': '(obj, /)', 'hex': '(number, /)', 'id': '(obj, /)', 'input': "(prompt='', /)",
    'isinstance': '(obj, class_or_tuple, /)', 'issubclass': '(cls, class_or_tuple, /)',
    'len': '(obj, /)', 'locals': '()', 'oct': '(number, /)',
    'open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    'ord': '(c, /)', 'pow': '(base, exp, mod=None)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'repr': '(obj, /)', 'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
}


def _partial_signature(sig, partial):
    # The parameters the partial's arguments fill disappear; keywords it
    # fixes become defaults, and make the parameters after them keyword-only.
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from e
    params = {}
    moved = {}
    to_kwonly = False
    for name, param in sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name not in partial.keywords:
                    continue
                to_kwonly = True
                param = param.replace(default=value)
            elif param.kind == _KEYWORD_ONLY:
                param = param.replace(default=value)
        if to_kwonly:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved[name] = param.replace(kind=_KEYWORD_ONLY)
                continue
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved[name] = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
        params[name] = param
    params.update(moved)
    return sig.replace(parameters=list(params.values()))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations; with eval_str, string
    annotations are evaluated in obj's globals (and a class's namespace)."""
    obj_globals = obj_locals = unwrapped = None
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(getattr(obj, '__module__', None))
        if module is not None:
            obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        unwrapped = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann or not eval_str:
        return dict(ann)
    # The globals of the function a decorator or partial wraps.
    while unwrapped is not None:
        if hasattr(unwrapped, '__wrapped__'):
            unwrapped = unwrapped.__wrapped__
        elif isinstance(unwrapped, functools.partial):
            unwrapped = unwrapped.func
        else:
            break
    if unwrapped is not None and hasattr(unwrapped, '__globals__'):
        obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


class ClosureVars(tuple):
    """ClosureVars(nonlocals, globals, builtins, unbound)"""
    _fields = ('nonlocals', 'globals', 'builtins', 'unbound')

    def __new__(cls, nonlocals, globals, builtins, unbound):
        return tuple.__new__(cls, (nonlocals, globals, builtins, unbound))

    nonlocals = property(lambda self: self[0])
    globals = property(lambda self: self[1])
    builtins = property(lambda self: self[2])
    unbound = property(lambda self: self[3])

    def __repr__(self):
        return 'ClosureVars(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))


def getclosurevars(func):
    """The names a function's code uses, by where they resolve now."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    closure = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, closure)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    # co_names also holds attribute names: those resolve nowhere, as in CPython.
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


class FullArgSpec(tuple):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)"""
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))


def getfullargspec(func):
    try:
        # Bound methods keep their first parameter here, unlike signature().
        target = func.__func__ if ismethod(func) else func
        sig = _signature(target, Signature, follow_wrapped=False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonly = [], []
    varargs = varkw = None
    defaults = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None,
                       annotations)
