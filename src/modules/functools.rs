//! The `functools` module. The `lru_cache` wrapper is native (so a cached
//! recursive function costs no extra Python frame per level, as in
//! CPython), and a CALL of it runs a miss of a Python function as an
//! inline frame (`Vm::call_lru`), so memoized recursion does not recurse on
//! the native stack, which the browser keeps small; the rest is Python
//! compiled at import.

use std::rc::Rc;

use super::util::{inst_dict, run_source};
use crate::builtins::{method, method_args};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let cls = new_class(
        "_lru_cache_wrapper",
        vec![vm.types.object.clone()],
        BuiltinKind::Object,
        true,
        Rc::new(PyDict::new()),
    )
    .map_err(PyErr::type_error)?;
    cls.dict.set_item_str("__module__", Value::str("functools"));
    method(&cls, "__init__", lru_init);
    method(&cls, "__call__", lru_call);
    method(&cls, "__get__", crate::builtins::function_get);
    method(&cls, "cache_info", lru_info);
    method(&cls, "cache_clear", lru_clear);
    method(&cls, "cache_parameters", lru_parameters);
    vm.lru_class = Some(cls.clone());
    d.set_item_str("_lru_cache_wrapper", Value::Class(cls));
    run_source(vm, d, PY_SOURCE, "<functools>")
}

fn field(slf: &Value, name: &str) -> PyResult<Value> {
    inst_dict(slf)?.get_str(name).ok_or_else(|| PyErr::type_error("uninitialized lru_cache wrapper"))
}

fn counter(slf: &Value, name: &str) -> PyResult<i64> {
    Ok(match field(slf, name)? {
        Value::Int(n) => n,
        _ => 0,
    })
}

fn bump(slf: &Value, name: &str) -> PyResult<()> {
    let n = counter(slf, name)?;
    inst_dict(slf)?.set_item_str(name, Value::Int(n + 1));
    Ok(())
}

/// `_lru_cache_wrapper(func, maxsize, typed, cache_info_type)`.
fn lru_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("_lru_cache_wrapper", &args, 4, 4)?;
    let d = inst_dict(slf)?;
    d.set_item_str("__wrapped__", rest[0].clone());
    d.set_item_str("_maxsize", rest[1].clone());
    d.set_item_str("_typed", rest[2].clone());
    d.set_item_str("_info_type", rest[3].clone());
    d.set_item_str("_cache", Value::Dict(PyDict::new_tracked()));
    d.set_item_str("_hits", Value::Int(0));
    d.set_item_str("_misses", Value::Int(0));
    Ok(Value::None)
}

/// CPython's `_make_key`: the positional args, then a marker and the
/// keyword items, then (if typed) the argument types.
fn make_key(vm: &mut Vm, args: &Args, typed: bool) -> Value {
    let pos = &args.pos()[1..];
    if !args.has_kwargs() && !typed && pos.len() == 1 && matches!(pos[0], Value::Int(_) | Value::Str(_)) {
        return pos[0].clone();
    }
    let mut key: Vec<Value> = pos.to_vec();
    if args.has_kwargs() {
        key.push(Value::str("<functools._kwd_mark>"));
        for (k, v) in args.kwargs() {
            key.push(Value::str(k));
            key.push(v.clone());
        }
    }
    if typed {
        for v in pos {
            key.push(Value::Class(vm.type_of(v)));
        }
        for (_, v) in args.kwargs() {
            key.push(Value::Class(vm.type_of(v)));
        }
    }
    Value::tuple(key)
}

/// What a call of the wrapper finds in its cache.
pub(crate) enum Lookup {
    Hit(Value),
    /// Call `func` with the arguments; then, unless caching is off
    /// (`maxsize=0`), hand its result to `store`.
    Miss {
        func: Value,
        store: Option<LruStore>,
    },
}

/// Where a cache miss's result goes: `store` runs when the call returns,
/// straight from `lru_call` or, for a Python function entered inline by
/// CALL, from that frame's RETURN_VALUE.
pub(crate) struct LruStore {
    cache: Rc<PyDict>,
    key: Value,
    maxsize: Value,
}

/// Looks the call's arguments up (`args.values[0]` is the wrapper) and
/// counts the hit or miss.
pub(crate) fn lookup(vm: &mut Vm, args: &Args) -> PyResult<Lookup> {
    let slf = args.pos().first().ok_or_else(|| PyErr::type_error("descriptor '__call__' needs an argument"))?.clone();
    let func = field(&slf, "__wrapped__")?;
    let maxsize = field(&slf, "_maxsize")?;
    if matches!(maxsize, Value::Int(0)) {
        bump(&slf, "_misses")?;
        return Ok(Lookup::Miss { func, store: None });
    }
    let typed = vm.truthy(&field(&slf, "_typed")?)?;
    let key = make_key(vm, args, typed);
    let Value::Dict(cache) = field(&slf, "_cache")? else {
        return Err(PyErr::type_error("uninitialized lru_cache wrapper"));
    };
    if let Some(v) = vm.dict_get(&cache, &key)? {
        bump(&slf, "_hits")?;
        if !maxsize.is_none() {
            vm.dict_del(&cache, &key)?;
            vm.dict_set(&cache, key, v.clone())?;
        }
        return Ok(Lookup::Hit(v));
    }
    bump(&slf, "_misses")?;
    Ok(Lookup::Miss { func, store: Some(LruStore { cache, key, maxsize }) })
}

/// Caches a miss's result, evicting the least recently used entries.
pub(crate) fn store(vm: &mut Vm, s: LruStore, result: Value) -> PyResult<()> {
    vm.dict_set(&s.cache, s.key, result)?;
    if let Value::Int(max) = s.maxsize {
        while s.cache.len() as i64 > max.max(0) {
            let first = s.cache.table.borrow().iter().next().map(|e| e.key.clone());
            match first {
                Some(k) => {
                    vm.dict_del(&s.cache, &k)?;
                }
                None => break,
            }
        }
    }
    Ok(())
}

/// A miss answered by calling `func` natively, then caching the result.
pub(crate) fn call_and_store(
    vm: &mut Vm,
    func: &Value,
    args: &[Value],
    kwnames: &[Value],
    pending: Option<LruStore>,
) -> PyResult<Value> {
    let result = vm.call_kw(func, args, kwnames)?;
    if let Some(pending) = pending {
        store(vm, pending, result.clone())?;
    }
    Ok(result)
}

/// `wrapper(*args)` when not called by CALL directly (`map(f, ...)`, a
/// bound method): the function is called natively.
fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match lookup(vm, &args)? {
        Lookup::Hit(v) => Ok(v),
        Lookup::Miss { func, store: pending } => call_and_store(vm, &func, &args.values[1..], args.kwnames, pending),
    }
}

fn lru_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("cache_info", &args, 0, 0)?;
    let info = field(slf, "_info_type")?;
    let size = match field(slf, "_cache")? {
        Value::Dict(d) => d.len() as i64,
        _ => 0,
    };
    let values = [
        Value::Int(counter(slf, "_hits")?),
        Value::Int(counter(slf, "_misses")?),
        field(slf, "_maxsize")?,
        Value::Int(size),
    ];
    vm.call(&info, &values)
}

fn lru_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("cache_clear", &args, 0, 0)?;
    let d = inst_dict(slf)?;
    d.set_item_str("_cache", Value::Dict(PyDict::new_tracked()));
    d.set_item_str("_hits", Value::Int(0));
    d.set_item_str("_misses", Value::Int(0));
    Ok(Value::None)
}

fn lru_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("cache_parameters", &args, 0, 0)?;
    let d = Rc::new(PyDict::new());
    let typed = vm.truthy(&field(slf, "_typed")?)?;
    d.set_item_str("maxsize", field(slf, "_maxsize")?);
    d.set_item_str("typed", Value::bool(typed));
    Ok(Value::Dict(d))
}

const PY_SOURCE: &str = r#"
__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch', 'cached_property']
from collections import namedtuple as _namedtuple

_MARK = object()
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _MARK)
        if value is not _MARK:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

def reduce(function, sequence, initial=_MARK):
    it = iter(sequence)
    value = initial
    if value is _MARK:
        value = next(it, _MARK)
    if value is _MARK:
        raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value

class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        return f'functools.{type(self).__name__}({", ".join(args)})'

class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        def method(*args, **keywords):
            return self.func(obj, *self.args, *args, **{**self.keywords, **keywords})
        return method

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo.__module__ = 'functools'

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        return update_wrapper(wrapper, user_function)
    if isinstance(maxsize, int):
        maxsize = 0 if maxsize < 0 else maxsize
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        return update_wrapper(wrapper, user_function)
    return decorating_function

def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        val = cache.get(self.attrname, _MARK)
        if val is _MARK:
            val = self.func(instance)
            cache[self.attrname] = val
        return val

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}

def _defines(cls, op):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if op in klass.__dict__:
            return klass.__dict__[op] is not None
    return False

def total_ordering(cls):
    roots = {op for op in _convert if _defines(cls, op)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls

def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, '__annotations__', {})
            func = cls
            cls = next(iter(v for k, v in ann.items() if k != 'return'))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
"#;
