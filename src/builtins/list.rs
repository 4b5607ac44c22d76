//! `list`: constructor, methods and special methods.

use std::rc::Rc;

use super::argcheck::{bad_receiver, noargs, onearg, posargs};
use super::{method, static_fn};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Args, IterState, PyList, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let l = vm.types.list.clone();
    static_fn(&l, "__new__", list_new);
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("__init__", list_init),
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("sort", sort),
        ("reverse", reverse),
        ("index", index),
        ("count", count),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("__len__", dunder_len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__repr__", repr),
    ];
    for (name, f) in methods {
        method(&l, name, *f);
    }
    l.dict.set_item_str("__hash__", Value::None);
}

fn this(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PyList>> {
    match v.builtin_base() {
        Value::List(l) => Ok(l),
        _ => Err(bad_receiver(vm, qual, "list", v)),
    }
}

/// The list behind another operand, if it is one.
fn as_list(v: &Value) -> Option<Rc<PyList>> {
    match v.builtin_base() {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("list.__new__(X): X is not a type object"));
    };
    if Rc::ptr_eq(cls, &vm.types.list) {
        return Ok(Value::list(Vec::new()));
    }
    let payload = crate::objects::Payload::Base(std::cell::RefCell::new(Value::list(Vec::new())));
    Ok(super::object::new_instance(cls, payload))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((obj, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__init__' of 'list' object needs an argument"));
    };
    let l = this(vm, "list.__init__", obj)?;
    if args.has_kwargs() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", rest.len())));
    }
    let items = match rest.first() {
        Some(src) => vm.collect(src)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, x) = onearg("list.append", &args)?;
    this(vm, "list.append", l)?.items.borrow_mut().push(x.clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, x) = onearg("list.extend", &args)?;
    let l = this(vm, "list.extend", l)?;
    let items = vm.collect(x)?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = posargs("list.pop", &args, 0, 1)?;
    let l = this(vm, "list.pop", l)?;
    let i = match rest.first() {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let len = l.len() as i64;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(j as usize);
    Ok(v)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = posargs("list.insert", &args, 2, 2)?;
    let l = this(vm, "list.insert", l)?;
    let i = vm.index_value(&rest[0])?;
    let len = l.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.items.borrow_mut().insert(j as usize, rest[1].clone());
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(obj) = pos.first() else {
        return Err(PyErr::type_error("unbound method list.sort() needs an argument"));
    };
    if pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    for (k, _) in args.kwargs() {
        if k != "key" && k != "reverse" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let l = this(vm, "list.sort", obj)?;
    let reverse = match args.kw("reverse") {
        Some(r) => {
            vm.index_value(r).map_err(|_| {
                PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(r)))
            })? != 0
        }
        None => false,
    };
    // Sort a copy; the list appears empty meanwhile, as in CPython.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(vm, items.clone(), args.kw("key"), reverse);
    let mut current = l.items.borrow_mut();
    let modified = !current.is_empty();
    let old = match r {
        Ok(sorted) => std::mem::replace(&mut *current, sorted),
        Err(e) => {
            let old = std::mem::replace(&mut *current, items);
            drop(current);
            drop(old);
            return Err(e);
        }
    };
    drop(current);
    drop(old);
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.reverse", &args)?;
    this(vm, "list.reverse", l)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

/// A `start`/`stop` argument of `index()`: any `__index__`, clamped.
pub fn slice_arg(vm: &mut Vm, v: &Value, len: i64) -> PyResult<i64> {
    let i = match v {
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        Value::Int(_) | Value::Bool(_) => vm.index_value(v)?,
        _ if vm.type_of(v).lookup("__index__").is_some() => vm.index_value(v)?,
        _ => return Err(PyErr::type_error("slice indices must be integers or have an __index__ method")),
    };
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
}

/// The `start..stop` range of `seq.index(x, start, stop)`.
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let start = match rest.get(1) {
        Some(v) => slice_arg(vm, v, len)?,
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => slice_arg(vm, v, len)?,
        None => len,
    };
    Ok((start as usize, stop as usize))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = posargs("list.index", &args, 1, 3)?;
    let l = this(vm, "list.index", l)?;
    let (start, stop) = index_bounds(vm, rest, l.len())?;
    let mut i = start;
    // Re-read the list each step: comparisons may mutate it.
    while i < stop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq_or_identical(&item, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(&rest[0])?;
    Err(PyErr::value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, x) = onearg("list.count", &args)?;
    let items = this(vm, "list.count", l)?.snapshot();
    let mut n = 0;
    for it in &items {
        if vm.eq_or_identical(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, x) = onearg("list.remove", &args)?;
    let list = this(vm, "list.remove", l)?;
    let items = list.snapshot();
    for (i, it) in items.iter().enumerate() {
        if vm.eq_or_identical(it, x)? {
            let mut cur = list.items.borrow_mut();
            if i < cur.len() {
                let v = cur.remove(i);
                drop(cur);
                drop(v);
            }
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.clear", &args)?;
    let old = std::mem::take(&mut *this(vm, "list.clear", l)?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.copy", &args)?;
    Ok(Value::list(this(vm, "list.copy", l)?.snapshot()))
}

// ----- special methods -----

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.__len__", &args)?;
    Ok(Value::Int(this(vm, "list.__len__", l)?.len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, k) = onearg("list.__getitem__", &args)?;
    let l = this(vm, "list.__getitem__", l)?;
    vm.get_item(&Value::List(l), k)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = posargs("list.__setitem__", &args, 2, 2)?;
    let l = this(vm, "list.__setitem__", l)?;
    vm.set_item(&Value::List(l), rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, k) = onearg("list.__delitem__", &args)?;
    let l = this(vm, "list.__delitem__", l)?;
    vm.del_item(&Value::List(l), k)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, x) = onearg("list.__contains__", &args)?;
    let l = this(vm, "list.__contains__", l)?;
    Ok(Value::bool(vm.contains(&Value::List(l), x)?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.__iter__", &args)?;
    let l = this(vm, "list.__iter__", l)?;
    Ok(vm.new_iter(IterState::List { list: l, idx: 0 }))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.__reversed__", &args)?;
    let l = this(vm, "list.__reversed__", l)?;
    let idx = l.len();
    Ok(vm.new_iter(IterState::ListReverse { list: l, idx }))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, other) = onearg("list.__add__", &args)?;
    let l = this(vm, "list.__add__", l)?;
    let Some(o) = as_list(other) else {
        // Leave the operator a chance to try `other.__radd__`.
        if vm.type_of(other).lookup("__radd__").is_some() {
            return Ok(Value::NotImplemented);
        }
        return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(other))));
    };
    let mut items = l.snapshot();
    items.extend(o.items.borrow().iter().cloned());
    Ok(Value::list(items))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, other) = onearg("list.__iadd__", &args)?;
    let l = this(vm, "list.__iadd__", obj)?;
    let items = vm.collect(other)?;
    l.items.borrow_mut().extend(items);
    Ok(obj.clone())
}

/// A repeat count for `*`, or None when `n` is not an integer.
pub fn repeat_operand(vm: &mut Vm, n: &Value) -> PyResult<Option<Value>> {
    Ok(match n.builtin_base() {
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => Some(v),
        _ if vm.type_of(n).lookup("__index__").is_some() => Some(Value::Int(vm.index_value(n)?)),
        _ => None,
    })
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, n) = onearg("list.__mul__", &args)?;
    let l = this(vm, "list.__mul__", l)?;
    match repeat_operand(vm, n)? {
        Some(n) => vm.binary_op(&Value::List(l), &n, BinOp::Multiply, false),
        None => Ok(Value::NotImplemented),
    }
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, n) = onearg("list.__imul__", &args)?;
    let l = this(vm, "list.__imul__", obj)?;
    let Some(n) = repeat_operand(vm, n)? else { return Ok(Value::NotImplemented) };
    if let Value::List(r) = vm.binary_op(&Value::List(l.clone()), &n, BinOp::Multiply, false)? {
        let items = r.snapshot();
        let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
        drop(old);
    }
    Ok(obj.clone())
}

fn richcompare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (l, other) = onearg(qual, &args)?;
    let l = this(vm, qual, l)?;
    match as_list(other) {
        Some(o) => vm.compare(&Value::List(l), &Value::List(o), op),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__ne__", CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__lt__", CmpOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__le__", CmpOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__gt__", CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcompare(vm, args, "list.__ge__", CmpOp::Ge)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = noargs("list.__repr__", &args)?;
    let l = this(vm, "list.__repr__", l)?;
    Ok(Value::string(vm.repr(&Value::List(l))?))
}
