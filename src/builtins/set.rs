//! `set` and `frozenset`: constructors, methods and operators.

use std::rc::Rc;

use super::{method, method_args, static_fn};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Args, PyResult, PySet, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    for cls in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        static_fn(&cls, "__new__", set_new);
        method(&cls, "union", union);
        method(&cls, "intersection", intersection);
        method(&cls, "difference", difference);
        method(&cls, "symmetric_difference", symmetric_difference);
        method(&cls, "issubset", issubset);
        method(&cls, "issuperset", issuperset);
        method(&cls, "isdisjoint", isdisjoint);
        method(&cls, "copy", copy);
    }
    let s = vm.types.set.clone();
    method(&s, "__init__", set_init);
    method(&s, "add", add);
    method(&s, "discard", discard);
    method(&s, "remove", remove);
    method(&s, "pop", pop);
    method(&s, "clear", clear);
    method(&s, "update", update);
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("set.__new__ needs a type")) };
    let frozen = crate::objects::Class::is_subclass(cls, &vm.types.frozenset);
    let items = match pos.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    let s = vm.set_from_iter(items, frozen)?;
    let base = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    Ok(super::wrap_for_subclass(vm, cls, Value::Set(s), &base))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if let (Some(obj @ Value::Instance(_)), Some(src)) = (pos.first(), pos.get(1)) {
        let s = recv(vm, obj)?;
        for it in vm.collect(src)? {
            vm.set_add(&s, it)?;
        }
    }
    Ok(Value::None)
}

pub fn recv(vm: &Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Set(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            other.kind_name()
        ))),
    }
}

/// Items of any iterable operand.
fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

fn combine(vm: &mut Vm, a: &Rc<PySet>, b: &[Value], op: BinOp) -> PyResult<Rc<PySet>> {
    let frozen = a.frozen;
    let a_items = a.snapshot();
    let bset = vm.set_from_iter(b.to_vec(), true)?;
    let out = vm.new_set(frozen);
    match op {
        BinOp::Or => {
            for x in a_items.into_iter().chain(b.iter().cloned()) {
                vm.set_add(&out, x)?;
            }
        }
        BinOp::And => {
            for x in a_items {
                if vm.set_contains(&bset, &x)? {
                    vm.set_add(&out, x)?;
                }
            }
        }
        BinOp::Subtract => {
            for x in a_items {
                if !vm.set_contains(&bset, &x)? {
                    vm.set_add(&out, x)?;
                }
            }
        }
        _ => {
            let aset = vm.set_from_iter(a_items.clone(), true)?;
            for x in a_items {
                if !vm.set_contains(&bset, &x)? {
                    vm.set_add(&out, x)?;
                }
            }
            for x in b {
                if !vm.set_contains(&aset, x)? {
                    vm.set_add(&out, x.clone())?;
                }
            }
        }
    }
    Ok(out)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets and dict key views.
pub fn set_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let a_set = match a {
        Value::Set(s) => s.clone(),
        other => {
            let items = items_of(vm, other)?;
            vm.set_from_iter(items, false)?
        }
    };
    let b_items = items_of(vm, b)?;
    Ok(Value::Set(combine(vm, &a_set, &b_items, op)?))
}

/// Subset/superset/equality comparisons.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let ai = items_of(vm, a)?;
    let bi = items_of(vm, b)?;
    let aset = vm.set_from_iter(ai.clone(), true)?;
    let bset = vm.set_from_iter(bi.clone(), true)?;
    let mut a_in_b = true;
    for x in &ai {
        if !vm.set_contains(&bset, x)? {
            a_in_b = false;
            break;
        }
    }
    let mut b_in_a = true;
    for x in &bi {
        if !vm.set_contains(&aset, x)? {
            b_in_a = false;
            break;
        }
    }
    let (la, lb) = (aset.len(), bset.len());
    Ok(Some(match op {
        CmpOp::Eq => a_in_b && la == lb,
        CmpOp::Ne => !(a_in_b && la == lb),
        CmpOp::Le => a_in_b,
        CmpOp::Lt => a_in_b && la < lb,
        CmpOp::Ge => b_in_a,
        CmpOp::Gt => b_in_a && la > lb,
    }))
}

fn multi(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let pos = args.pos();
    let Some(recv_v) = pos.first() else { return Err(PyErr::type_error(format!("{name} needs a set"))) };
    let mut acc = recv(vm, recv_v)?;
    if pos.len() == 1 {
        acc = combine(vm, &acc, &[], BinOp::Or)?;
    }
    for other in &pos[1..] {
        let items = items_of(vm, other)?;
        acc = combine(vm, &acc, &items, op)?;
    }
    Ok(Value::Set(acc))
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "union", BinOp::Or)
}
fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "intersection", BinOp::And)
}
fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "difference", BinOp::Subtract)
}
fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("symmetric_difference", &args, 1, 1)?;
    set_operator(vm, &Value::Set(recv(vm, s)?), &rest[0], BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("issubset", &args, 1, 1)?;
    Ok(Value::Bool(set_compare(vm, s, &rest[0], CmpOp::Le)?.unwrap_or(false)))
}
fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("issuperset", &args, 1, 1)?;
    Ok(Value::Bool(set_compare(vm, s, &rest[0], CmpOp::Ge)?.unwrap_or(false)))
}
fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("isdisjoint", &args, 1, 1)?;
    let s = recv(vm, s)?;
    for x in items_of(vm, &rest[0])? {
        if vm.set_contains(&s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("copy", &args, 0, 0)?;
    let s = recv(vm, s)?;
    let t = s.table.borrow().clone();
    Ok(Value::Set(Rc::new(PySet { table: std::cell::RefCell::new(t), frozen: s.frozen })))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("add", &args, 1, 1)?;
    let s = recv(vm, s)?;
    vm.set_add(&s, rest[0].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("discard", &args, 1, 1)?;
    let s = recv(vm, s)?;
    vm.set_remove(&s, &rest[0])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("remove", &args, 1, 1)?;
    let s = recv(vm, s)?;
    if !vm.set_remove(&s, &rest[0])? {
        return Err(PyErr::Exc(vm.key_error(rest[0].clone())));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("pop", &args, 0, 0)?;
    let s = recv(vm, s)?;
    let r = s.table.borrow_mut().pop();
    match r {
        Some((_, k)) => Ok(k),
        None => Err(PyErr::Exc({
            let cls = vm.exc_class(crate::vm::ExcType::KeyError);
            vm.new_exception(cls, vec![Value::str("pop from an empty set")])
        })),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("clear", &args, 0, 0)?;
    recv(vm, s)?.table.borrow_mut().clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(obj) = pos.first() else { return Err(PyErr::type_error("update needs a set")) };
    let s = recv(vm, obj)?;
    for other in &pos[1..] {
        for x in items_of(vm, other)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(Value::None)
}
