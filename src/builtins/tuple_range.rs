//! `tuple`, `range` and `slice`.

use crate::objects::BoolBits;
use std::rc::Rc;

use super::argcheck::{bad_receiver, noargs, onearg, posargs};
use super::list::{index_bounds, repeat_operand};
use super::{method, static_fn, wrap_for_subclass};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Args, IterState, NativeFn, PyRange, PyResult, PySlice, PyTuple, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    static_fn(&t, "__new__", tuple_new);
    let tuple_methods: &[(&'static str, NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
    ];
    for (name, f) in tuple_methods {
        method(&t, name, *f);
    }
    let r = vm.types.range.clone();
    static_fn(&r, "__new__", range_new);
    let range_methods: &[(&'static str, NativeFn)] = &[
        ("index", range_index),
        ("count", range_count),
        ("__len__", range_len),
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__hash__", range_hash),
        ("__repr__", range_repr),
    ];
    for (name, f) in range_methods {
        method(&r, name, *f);
    }
    let s = vm.types.slice.clone();
    static_fn(&s, "__new__", slice_new);
    method(&s, "indices", slice_indices);
    let slice_methods: &[(&'static str, NativeFn)] = &[
        ("__eq__", slice_eq),
        ("__ne__", slice_ne),
        ("__lt__", slice_lt),
        ("__le__", slice_le),
        ("__gt__", slice_gt),
        ("__ge__", slice_ge),
    ];
    for (name, f) in slice_methods {
        method(&s, name, *f);
    }
    s.dict.set_item_str("__hash__", Value::None);
}

// ----- tuple -----

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("tuple.__new__(X): X is not a type object"));
    };
    let exact = Rc::ptr_eq(cls, &vm.types.tuple);
    if args.has_kwargs() && exact {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("tuple expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let v = match pos.get(1) {
        None => Value::tuple(Vec::new()),
        Some(Value::Tuple(t)) if exact => Value::Tuple(t.clone()),
        Some(v) => Value::tuple(vm.collect(v)?),
    };
    let tuple = vm.types.tuple.clone();
    Ok(wrap_for_subclass(vm, cls, v, &tuple))
}

fn this_tuple(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PyTuple>> {
    match v.builtin_base() {
        Value::Tuple(t) => Ok(t),
        _ => Err(bad_receiver(vm, qual, "tuple", v)),
    }
}

fn as_tuple(v: &Value) -> Option<Rc<PyTuple>> {
    match v.builtin_base() {
        Value::Tuple(t) => Some(t),
        _ => None,
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, rest) = posargs("tuple.index", &args, 1, 3)?;
    let t = this_tuple(vm, "tuple.index", t)?;
    let (start, stop) = index_bounds(vm, rest, t.items.len())?;
    for i in start..stop {
        if vm.eq_or_identical(&t.items[i], &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, x) = onearg("tuple.count", &args)?;
    let t = this_tuple(vm, "tuple.count", t)?;
    let mut n = 0;
    for it in t.items.iter() {
        if vm.eq_or_identical(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = noargs("tuple.__len__", &args)?;
    Ok(Value::Int(this_tuple(vm, "tuple.__len__", t)?.items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, k) = onearg("tuple.__getitem__", &args)?;
    let t = this_tuple(vm, "tuple.__getitem__", t)?;
    vm.get_item(&Value::Tuple(t), k)
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, x) = onearg("tuple.__contains__", &args)?;
    let t = this_tuple(vm, "tuple.__contains__", t)?;
    Ok(Value::bool(vm.contains(&Value::Tuple(t), x)?))
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = noargs("tuple.__iter__", &args)?;
    let t = this_tuple(vm, "tuple.__iter__", t)?;
    Ok(vm.new_iter(IterState::Tuple { tuple: t, idx: 0 }))
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, other) = onearg("tuple.__add__", &args)?;
    let t = this_tuple(vm, "tuple.__add__", t)?;
    let Some(o) = as_tuple(other) else {
        if vm.type_of(other).lookup("__radd__").is_some() {
            return Ok(Value::NotImplemented);
        }
        return Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(other)
        )));
    };
    let mut items = t.items.to_vec();
    items.extend(o.items.iter().cloned());
    Ok(Value::tuple(items))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, n) = onearg("tuple.__mul__", &args)?;
    let t = this_tuple(vm, "tuple.__mul__", t)?;
    match repeat_operand(vm, n)? {
        Some(n) => vm.binary_op(&Value::Tuple(t), &n, BinOp::Multiply, false),
        None => Ok(Value::NotImplemented),
    }
}

fn tuple_compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (t, other) = onearg(qual, &args)?;
    let t = this_tuple(vm, qual, t)?;
    match as_tuple(other) {
        Some(o) => vm.compare(&Value::Tuple(t), &Value::Tuple(o), op),
        None => Ok(Value::NotImplemented),
    }
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__eq__", CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__ne__", CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__lt__", CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__le__", CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__gt__", CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_compare(vm, args, "tuple.__ge__", CmpOp::Ge)
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = noargs("tuple.__hash__", &args)?;
    let t = this_tuple(vm, "tuple.__hash__", t)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = noargs("tuple.__repr__", &args)?;
    let t = this_tuple(vm, "tuple.__repr__", t)?;
    Ok(Value::string(vm.repr(&Value::Tuple(t))?))
}

// ----- range -----

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C ssize_t")),
        other => vm.index_value(other),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (0, range_arg(vm, &pos[0])?, 1),
        2 => (range_arg(vm, &pos[0])?, range_arg(vm, &pos[1])?, 1),
        3 => (range_arg(vm, &pos[0])?, range_arg(vm, &pos[1])?, range_arg(vm, &pos[2])?),
        0 => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        n => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn this_range(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PyRange>> {
    match v {
        Value::Range(r) => Ok(r.clone()),
        _ => Err(bad_receiver(vm, qual, "range", v)),
    }
}

/// An exact int (or bool) operand as i64; None for other types.
fn exact_int(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(i64::from(*b))),
        Value::BigInt(_) => Some(None),
        _ => None,
    }
}

/// Position of the int `i` in the range, if present.
fn range_position(r: &PyRange, i: i64) -> Option<i64> {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let i = i as i128;
    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
    if inside && (i - start) % step == 0 {
        Some(((i - start) / step) as i64)
    } else {
        None
    }
}

/// Linear search with `==` for operands that are not ints.
fn range_search(vm: &mut Vm, r: &PyRange, x: &Value) -> PyResult<Vec<i64>> {
    let mut found = Vec::new();
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.get(k)), x)? {
            found.push(k);
        }
    }
    Ok(found)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, x) = onearg("range.index", &args)?;
    let r = this_range(vm, "range.index", r)?;
    match exact_int(x) {
        Some(i) => match i.and_then(|i| range_position(&r, i)) {
            Some(k) => Ok(Value::Int(k)),
            None => {
                let s = vm.repr(x)?;
                Err(PyErr::value_error(format!("{s} is not in range")))
            }
        },
        None => match range_search(vm, &r, x)?.first() {
            Some(k) => Ok(Value::Int(*k)),
            None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
        },
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, x) = onearg("range.count", &args)?;
    let r = this_range(vm, "range.count", r)?;
    match exact_int(x) {
        Some(i) => Ok(Value::Int(i64::from(i.and_then(|i| range_position(&r, i)).is_some()))),
        None => Ok(Value::Int(range_search(vm, &r, x)?.len() as i64)),
    }
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, x) = onearg("range.__contains__", &args)?;
    let r = this_range(vm, "range.__contains__", r)?;
    match exact_int(x) {
        Some(i) => Ok(Value::bool(i.and_then(|i| range_position(&r, i)).is_some())),
        None => {
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.get(k)), x)? {
                    return Ok(Value::Bool(BoolBits::TRUE));
                }
            }
            Ok(Value::Bool(BoolBits::FALSE))
        }
    }
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__len__", &args)?;
    Ok(Value::Int(this_range(vm, "range.__len__", r)?.len()))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__bool__", &args)?;
    Ok(Value::bool(!this_range(vm, "range.__bool__", r)?.is_empty()))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, k) = onearg("range.__getitem__", &args)?;
    let r = this_range(vm, "range.__getitem__", r)?;
    vm.get_item(&Value::Range(r), k)
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__iter__", &args)?;
    let r = this_range(vm, "range.__iter__", r)?;
    Ok(vm.new_iter(IterState::Range { next: r.start, step: r.step, remaining: r.len() }))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__reversed__", &args)?;
    let r = this_range(vm, "range.__reversed__", r)?;
    let n = r.len();
    let last = if n > 0 { r.get(n - 1) } else { r.start };
    Ok(vm.new_iter(IterState::Range { next: last, step: -r.step, remaining: n }))
}

fn range_compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (r, other) = onearg(qual, &args)?;
    let r = this_range(vm, qual, r)?;
    match other {
        Value::Range(_) => vm.compare(&Value::Range(r), other, op),
        _ => Ok(Value::NotImplemented),
    }
}

fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_compare(vm, args, "range.__eq__", CmpOp::Eq)
}
fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_compare(vm, args, "range.__ne__", CmpOp::Ne)
}

/// CPython's range hash: the hash of `(len, start, step)`, with `None`
/// for the parts that do not matter for short ranges.
pub fn range_hash_value(vm: &mut Vm, r: &PyRange) -> PyResult<i64> {
    let n = r.len();
    let key = match n {
        0 => vec![Value::Int(0), Value::None, Value::None],
        1 => vec![Value::Int(1), Value::Int(r.start), Value::None],
        _ => vec![Value::Int(n), Value::Int(r.start), Value::Int(r.step)],
    };
    vm.hash(&Value::tuple(key))
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__hash__", &args)?;
    let r = this_range(vm, "range.__hash__", r)?;
    Ok(Value::Int(range_hash_value(vm, &r)?))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = noargs("range.__repr__", &args)?;
    let r = this_range(vm, "range.__repr__", r)?;
    Ok(Value::string(vm.repr(&Value::Range(r))?))
}

// ----- slice -----

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("slice() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        0 => return Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        n => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, n) = onearg("slice.indices", &args)?;
    let Value::Slice(s) = s else { return Err(bad_receiver(vm, "slice.indices", "slice", s)) };
    let n = vm.index_value(n)?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (a, b, c) = vm.slice_indices(s, n as usize)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

/// Slices compare as `(start, stop, step)` tuples.
fn slice_compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (a, b) = onearg(qual, &args)?;
    let Value::Slice(x) = a else { return Err(bad_receiver(vm, qual, "slice", a)) };
    let Value::Slice(y) = b else { return Ok(Value::NotImplemented) };
    let as_tuple = |s: &PySlice| Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    vm.compare(&as_tuple(x), &as_tuple(y), op)
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__eq__", CmpOp::Eq)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__ne__", CmpOp::Ne)
}
fn slice_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__lt__", CmpOp::Lt)
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__le__", CmpOp::Le)
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__gt__", CmpOp::Gt)
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_compare(vm, args, "slice.__ge__", CmpOp::Ge)
}
