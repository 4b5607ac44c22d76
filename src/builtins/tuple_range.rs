//! `tuple`, `range` and `slice`.

use std::rc::Rc;

use super::{method, method_args, static_fn, wrap_for_subclass};
use crate::objects::{Args, PyRange, PyResult, PySlice, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    static_fn(&t, "__new__", tuple_new);
    method(&t, "index", tuple_index);
    method(&t, "count", tuple_count);
    let r = vm.types.range.clone();
    static_fn(&r, "__new__", range_new);
    method(&r, "index", range_index);
    method(&r, "count", range_count);
    static_fn(&vm.types.slice.clone(), "__new__", slice_new);
    method(&vm.types.slice.clone(), "indices", slice_indices);
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("tuple.__new__ needs a type")) };
    let v = match pos.get(1) {
        None => Value::tuple(Vec::new()),
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(v) => Value::tuple(vm.collect(v)?),
    };
    let tuple = vm.types.tuple.clone();
    Ok(wrap_for_subclass(vm, cls, v, &tuple))
}

fn tuple_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => Err(PyErr::type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, rest) = method_args("index", &args, 1, 3)?;
    let items = tuple_items(vm, t)?;
    for (i, it) in items.iter().enumerate() {
        if vm.eq_or_identical(it, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (t, rest) = method_args("count", &args, 1, 1)?;
    let items = tuple_items(vm, t)?;
    let mut n = 0;
    for it in &items {
        if vm.eq_or_identical(it, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) => Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C ssize_t")),
        other => vm.index_value(other),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = method_args("index", &args, 1, 1)?;
    let Value::Range(rg) = r else { return Err(PyErr::type_error("range.index needs a range")) };
    if vm.contains(r, &rest[0])? {
        let i = vm.index_value(&rest[0])?;
        return Ok(Value::Int((i - rg.start) / rg.step));
    }
    let s = vm.repr(&rest[0])?;
    Err(PyErr::value_error(format!("{s} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, rest) = method_args("count", &args, 1, 1)?;
    Ok(Value::Int(i64::from(vm.contains(r, &rest[0])?)))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => return Err(PyErr::type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("indices", &args, 1, 1)?;
    let Value::Slice(s) = s else { return Err(PyErr::type_error("indices needs a slice")) };
    let n = vm.index_value(&rest[0])?;
    let (a, b, c) = vm.slice_indices(s, n.max(0) as usize)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}
