//! The `copy` module: shallow and deep copies of builtin containers and
//! instances (their `__dict__`, slots and builtin base value), honouring
//! `__copy__`, `__deepcopy__`, `__getnewargs__`, `__getstate__` and
//! `__setstate__`.

use std::rc::Rc;

use super::util::run_source;
use crate::objects::{PyDict, PyResult};
use crate::vm::Vm;

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    run_source(vm, d, PY_SOURCE, "<copy>")
}

const PY_SOURCE: &str = r#"
__all__ = ["Error", "copy", "deepcopy"]
class Error(Exception):
    pass

error = Error

def _f():
    pass

_atomic = {type(None), int, float, bool, bytes, str, type, range, slice,
           type(_f), type(len), type(Ellipsis), type(NotImplemented), property}
try:
    _atomic.add(complex)
except NameError:
    pass
try:
    _bytearray = bytearray
except NameError:
    _bytearray = None

def _user_defines(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is not object and klass.__module__ != 'builtins'
    return False

def _new_empty(x, cls, args):
    y = cls.__new__(cls, *args)
    return y

def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names

def _get_state(x):
    if _user_defines(type(x), '__getstate__'):
        return x.__getstate__()
    d = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    if slots:
        return (d or None, slots)
    return d or None

def _set_state(y, state):
    if state is None:
        return
    if _user_defines(type(y), '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)

def _fill_base(y, x, convert):
    if isinstance(x, list):
        for item in x:
            list.append(y, convert(item))
    if isinstance(x, dict):
        for k, v in dict.items(x):
            dict.__setitem__(y, convert(k), convert(v))
    if isinstance(x, set):
        for item in x:
            set.add(y, convert(item))

def _newargs(x):
    if hasattr(x, '__getnewargs__'):
        return tuple(x.__getnewargs__())
    if isinstance(x, (tuple, frozenset, str, bytes, int, float)):
        return (type(x).__mro__[-2](x),)
    return ()

def _reconstruct(x, memo, deep):
    cls = type(x)
    convert = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    args = _newargs(x)
    if deep and args:
        args = deepcopy(args, memo)
    y = _new_empty(x, cls, args)
    if deep:
        memo[id(x)] = y
    _fill_base(y, x, convert)
    state = _get_state(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state)
    return y

def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    if cls is _bytearray:
        return _bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, None, False)

def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y

def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x

def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y

def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y

def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(a, memo) for a in x)

def _deepcopy_bytearray(x, memo):
    return _bytearray(x)

_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                      set: _deepcopy_set, frozenset: _deepcopy_frozenset}
if _bytearray is not None:
    _deepcopy_dispatch[_bytearray] = _deepcopy_bytearray

def _deepcopy_other(x, memo):
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None and not isinstance(x, type):
        return copier(memo)
    if isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    if type(x).__module__ == 'builtins' and not hasattr(x, '__dict__'):
        return x
    return _reconstruct(x, memo, True)

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        y = _deepcopy_other(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

def replace(obj, /, **changes):
    return obj._replace(**changes)
del replace
"#;
