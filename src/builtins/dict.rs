//! `dict`: constructor, methods and special methods. The view types are in
//! `dict_views.rs`.

use std::rc::Rc;

use super::argcheck::{bad_receiver, check_count, class_method, noargs, onearg, posargs};
use super::{method, static_fn};
use crate::bytecode::CmpOp;
use crate::objects::iter::DictView;
use crate::objects::{Args, DictViewObj, IterState, NativeFn, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    static_fn(&d, "__new__", dict_new);
    class_method(&d, "fromkeys", fromkeys);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", dict_init),
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("setdefault", setdefault),
        ("update", update),
        ("clear", clear),
        ("copy", copy),
        ("popitem", popitem),
        ("__len__", dunder_len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__repr__", repr),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
    ];
    for (name, f) in methods {
        method(&d, name, *f);
    }
    d.dict.set_item_str("__hash__", Value::None);
    super::dict_views::install(vm);
}

fn this(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PyDict>> {
    match v.builtin_base() {
        Value::Dict(d) => Ok(d),
        _ => Err(bad_receiver(vm, qual, "dict", v)),
    }
}

fn as_dict(v: &Value) -> Option<Rc<PyDict>> {
    match v.builtin_base() {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("dict.__new__(X): X is not a type object"));
    };
    if Rc::ptr_eq(cls, &vm.types.dict) {
        return Ok(Value::Dict(PyDict::new_tracked()));
    }
    let payload = crate::objects::Payload::Base(std::cell::RefCell::new(Value::Dict(PyDict::new_tracked())));
    Ok(super::object::new_instance(cls, payload))
}

/// `dict.__init__(self, [mapping_or_pairs], **kwargs)`: adds to the dict.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((obj, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__init__' of 'dict' object needs an argument"));
    };
    let d = this(vm, "dict.__init__", obj)?;
    check_count("dict", rest.len(), 0, 1)?;
    update_common(vm, &d, rest.first(), &args)?;
    Ok(Value::None)
}

/// `d.update(arg, **kwargs)`.
fn update_common(vm: &mut Vm, d: &Rc<PyDict>, arg: Option<&Value>, args: &Args) -> PyResult<()> {
    if let Some(src) = arg {
        update_arg(vm, d, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(())
}

/// CPython's `dict_update_arg`: a dict, a mapping (has `keys`) or an
/// iterable of pairs.
fn update_arg(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Some(s) = plain_storage(vm, src) {
        return merge_dict(vm, d, &s);
    }
    if vm.type_of(src).lookup("keys").is_some() {
        return merge_mapping(vm, d, src);
    }
    merge_pairs(vm, d, src)
}

/// The storage of a dict whose iteration is the dict's own (dict subclasses
/// that do not override `__iter__` are read directly, as in CPython).
fn plain_storage(vm: &Vm, v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(_) => {
            let d = as_dict(v)?;
            match vm.type_of(v).lookup("__iter__") {
                Some(Value::Builtin(b)) if b.owner == "dict" => Some(d),
                _ => None,
            }
        }
        _ => None,
    }
}

fn merge_dict(vm: &mut Vm, d: &Rc<PyDict>, src: &Rc<PyDict>) -> PyResult<()> {
    if Rc::ptr_eq(d, src) {
        return Ok(());
    }
    for (k, v) in src.items() {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `for k in src.keys(): d[k] = src[k]`.
fn merge_mapping(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    let keys = vm.call_method(src, "keys", &[])?;
    let it = vm.get_iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        let v = vm.get_item(src, &k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// Pairs from an iterable (CPython's `PyDict_MergeFromSeq2`).
fn merge_pairs(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            other => vm.collect(other).map_err(|e| {
                if vm.err_matches(&e, ExcType::TypeError) {
                    PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                } else {
                    e
                }
            })?,
        };
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (pair.next().unwrap_or_default(), pair.next().unwrap_or_default());
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = posargs("dict.get", &args, 1, 2)?;
    let d = this(vm, "dict.get", d)?;
    Ok(vm.dict_get(&d, &rest[0])?.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, qual: &str, kind: DictView) -> PyResult<Value> {
    let d = noargs(qual, &args)?;
    Ok(Value::DictView(Rc::new(DictViewObj { dict: this(vm, qual, d)?, kind })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.keys", DictView::Keys)
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.values", DictView::Values)
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "dict.items", DictView::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = posargs("dict.pop", &args, 1, 2)?;
    let d = this(vm, "dict.pop", d)?;
    match vm.dict_del(&d, &rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::Exc(vm.key_error(rest[0].clone()))),
        },
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = posargs("dict.setdefault", &args, 1, 2)?;
    let d = this(vm, "dict.setdefault", d)?;
    if let Some(v) = vm.dict_get(&d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((obj, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor 'update' of 'dict' object needs an argument"));
    };
    let d = this(vm, "dict.update", obj)?;
    check_count("update", rest.len(), 0, 1)?;
    update_common(vm, &d, rest.first(), &args)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.clear", &args)?;
    let d = this(vm, "dict.clear", d)?;
    let old = d.table.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.copy", &args)?;
    let d = this(vm, "dict.copy", d)?;
    let t = d.table.borrow().clone();
    Ok(Value::Dict(PyDict::tracked_from(t)))
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.popitem", &args)?;
    let d = this(vm, "dict.popitem", d)?;
    let e = d.table.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::Exc({
            let cls = vm.exc_class(ExcType::KeyError);
            vm.new_exception(cls, vec![Value::str("popitem(): dictionary is empty")])
        })),
    }
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: `args[0]` is the class.
fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((cls, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("fromkeys expected at least 1 argument, got 0"));
    };
    if args.has_kwargs() {
        return Err(PyErr::type_error("dict.fromkeys() takes no keyword arguments"));
    }
    check_count("fromkeys", rest.len(), 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let exact = matches!(cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types.dict));
    let d = if exact { Value::Dict(PyDict::new_tracked()) } else { vm.call(cls, &[])? };
    let it = vm.get_iter(&rest[0])?;
    while let Some(k) = vm.next(&it)? {
        match &d {
            Value::Dict(plain) => vm.dict_set(plain, k, value.clone())?,
            other => vm.set_item(other, k, value.clone())?,
        }
    }
    Ok(d)
}

// ----- special methods -----

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.__len__", &args)?;
    Ok(Value::Int(this(vm, "dict.__len__", d)?.len() as i64))
}

/// `d[key]`; subclasses may supply missing values with `__missing__`.
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, key) = onearg("dict.__getitem__", &args)?;
    let d = this(vm, "dict.__getitem__", obj)?;
    if let Some(v) = vm.dict_get(&d, key)? {
        return Ok(v);
    }
    if let Value::Instance(_) = obj {
        if let Some(r) = vm.call_special(obj, "__missing__", std::slice::from_ref(key))? {
            return Ok(r);
        }
    }
    Err(PyErr::Exc(vm.key_error(key.clone())))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = posargs("dict.__setitem__", &args, 2, 2)?;
    let d = this(vm, "dict.__setitem__", d)?;
    vm.dict_set(&d, rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, key) = onearg("dict.__delitem__", &args)?;
    let d = this(vm, "dict.__delitem__", d)?;
    match vm.dict_del(&d, key)? {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::Exc(vm.key_error(key.clone()))),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, key) = onearg("dict.__contains__", &args)?;
    let d = this(vm, "dict.__contains__", d)?;
    Ok(Value::bool(vm.dict_get(&d, key)?.is_some()))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.__iter__", &args)?;
    let d = this(vm, "dict.__iter__", d)?;
    let len = d.len();
    Ok(vm.new_iter(IterState::Dict { dict: d, slot: 0, view: DictView::Keys, len }))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.__reversed__", &args)?;
    let d = this(vm, "dict.__reversed__", d)?;
    Ok(super::dict_views::reversed_keys(vm, &d))
}

fn compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (d, other) = onearg(qual, &args)?;
    let d = this(vm, qual, d)?;
    match as_dict(other) {
        Some(o) => vm.compare(&Value::Dict(d), &Value::Dict(o), op),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "dict.__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "dict.__ne__", CmpOp::Ne)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = noargs("dict.__repr__", &args)?;
    let d = this(vm, "dict.__repr__", d)?;
    Ok(Value::string(vm.repr(&Value::Dict(d))?))
}

/// `a | b` for two dicts: a new dict with `a`'s items updated by `b`'s.
fn merged(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(_)) = (as_dict(a), as_dict(b)) else { return Ok(Value::NotImplemented) };
    let new = PyDict::tracked_from(x.table.borrow().clone());
    update_arg(vm, &new, b)?;
    Ok(Value::Dict(new))
}

fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, other) = onearg("dict.__or__", &args)?;
    this(vm, "dict.__or__", d)?;
    merged(vm, d, other)
}

fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, other) = onearg("dict.__ror__", &args)?;
    this(vm, "dict.__ror__", d)?;
    merged(vm, other, d)
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, other) = onearg("dict.__ior__", &args)?;
    let d = this(vm, "dict.__ior__", obj)?;
    update_arg(vm, &d, other)?;
    Ok(obj.clone())
}
