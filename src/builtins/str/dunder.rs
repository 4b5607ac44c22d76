//! The special methods of `str`, callable explicitly (`str.__add__(a, b)`)
//! and inherited by subclasses. They work on the underlying `str` value and
//! return NotImplemented for foreign operands, so the VM's generic operator
//! dispatch (which may call them) never recurses.

use std::cmp::Ordering;

use super::args::{as_str, parse, Arity};
use crate::objects::format::str_repr;
use crate::objects::{Args, PyResult, PyStr, Value};
use crate::vm::{PyErr, Vm};

fn wrapper<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<(std::rc::Rc<PyStr>, &'a [Value])> {
    parse(vm, args, name, Arity::Wrapper(n))
}

pub fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = wrapper(vm, &args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

pub fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, "__getitem__", 1)?;
    vm.get_item(&Value::Str(s), &rest[0])
}

pub fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, "__contains__", 1)?;
    match as_str(vm, &rest[0]) {
        Some(sub) => Ok(Value::bool(s.as_str().contains(sub.as_str()))),
        None => Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&rest[0])
        ))),
    }
}

pub fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, "__add__", 1)?;
    let Some(other) = as_str(vm, &rest[0]) else { return Ok(Value::NotImplemented) };
    let mut out = String::with_capacity(s.as_str().len() + other.as_str().len());
    out.push_str(s.as_str());
    out.push_str(other.as_str());
    Ok(Value::string(out))
}

/// `s * n`: NotImplemented unless `n` is an integer (or has `__index__`).
fn repeat(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, name, 1)?;
    let n = &rest[0];
    let int_like = match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => vm.type_of(n).lookup("__index__").is_some(),
        _ => false,
    };
    if !int_like {
        return Ok(Value::NotImplemented);
    }
    let count = match n {
        Value::BigInt(_) => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        _ => vm.index_value(n)?.max(0) as u64,
    };
    let total = (s.as_str().len() as u128) * u128::from(count);
    if total > (1u128 << 32) {
        return Err(PyErr::memory_error());
    }
    Ok(Value::string(s.as_str().repeat(count as usize)))
}

pub fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__")
}

pub fn rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__")
}

pub fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, "__mod__", 1)?;
    crate::builtins::percent_format(vm, s.as_str(), &rest[0])
}

pub fn rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, "__rmod__", 1)?;
    match as_str(vm, &rest[0]) {
        Some(fmt) => crate::builtins::percent_format(vm, fmt.as_str(), &Value::Str(s)),
        None => Ok(Value::NotImplemented),
    }
}

/// A rich comparison with another str, or NotImplemented.
fn compare(vm: &mut Vm, args: Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let (s, rest) = wrapper(vm, &args, name, 1)?;
    match as_str(vm, &rest[0]) {
        Some(other) => Ok(Value::bool(test(s.as_str().cmp(other.as_str())))),
        None => Ok(Value::NotImplemented),
    }
}

pub fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o == Ordering::Equal)
}
pub fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o != Ordering::Equal)
}
pub fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o == Ordering::Less)
}
pub fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o != Ordering::Greater)
}
pub fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o == Ordering::Greater)
}
pub fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o != Ordering::Less)
}

pub fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = wrapper(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

pub fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = wrapper(vm, &args, "__iter__", 0)?;
    vm.get_iter(&Value::Str(s))
}

/// `str.__str__`: the exact `str` value (also for subclass instances).
pub fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = wrapper(vm, &args, "__str__", 0)?;
    Ok(Value::Str(s))
}

pub fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = wrapper(vm, &args, "__repr__", 0)?;
    Ok(Value::string(str_repr(s.as_str())))
}

pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, "__format__", Arity::Clinic(1, 1))?;
    let Some(spec) = as_str(vm, &rest[0]) else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(&rest[0]))));
    };
    let receiver = &args.pos()[0];
    if spec.as_str().is_empty() && !matches!(receiver, Value::Str(_)) {
        // An empty spec means str(self), which a subclass may override.
        return vm.str_of(receiver).map(Value::string);
    }
    vm.format_value(&Value::Str(s), spec.as_str()).map(Value::string)
}

pub fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = parse(vm, &args, "__getnewargs__", Arity::NoArgs)?;
    Ok(Value::tuple(vec![Value::Str(s)]))
}

pub fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = parse(vm, &args, "__sizeof__", Arity::NoArgs)?;
    // CPython's layout: a compact ASCII/UCS object header plus the data.
    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let (header, width) = match max {
        0..=0x7f => (49, 1),
        0x80..=0xff => (73, 1),
        0x100..=0xffff => (74, 2),
        _ => (76, 4),
    };
    Ok(Value::Int(header + (s.char_len() as i64) * width))
}
