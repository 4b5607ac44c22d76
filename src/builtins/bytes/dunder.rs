//! The special methods of `bytes`, callable explicitly (`bytes.__add__(a,
//! b)`) and inherited by subclasses. They work on the underlying bytes and
//! return NotImplemented for operands a Python class might handle, so the
//! VM's generic operator dispatch (which may call them) never recurses.

use std::cmp::Ordering;
use std::rc::Rc;

use super::args::{bytes_of, is_int_like, parse, Arity};
use super::new_bytes;
use super::search::find_sub;
use crate::objects::hash::hash_bytes;
use crate::objects::{Args, PyBytes, PyResult, Value};
use crate::vm::repr::bytes_repr;
use crate::vm::{ExcType, PyErr, Vm};

fn wrapper<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<(Rc<PyBytes>, &'a [Value])> {
    parse(vm, args, name, Arity::Wrapper(n))
}

pub fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = wrapper(vm, &args, "__len__", 0)?;
    Ok(Value::Int(b.data.len() as i64))
}

/// `b[i]` (an int) or `b[i:j:k]` (bytes).
pub fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, "__getitem__", 1)?;
    let key = &rest[0];
    if let Value::Slice(sl) = key {
        let positions = vm.slice_positions(sl, b.data.len())?;
        return Ok(new_bytes(positions.into_iter().map(|p| b.data[p]).collect()));
    }
    if !is_int_like(vm, key) {
        return Err(PyErr::type_error(format!("byte indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = match key {
        Value::BigInt(_) => {
            return Err(PyErr::new(ExcType::IndexError, "cannot fit 'int' into an index-sized integer"));
        }
        _ => vm.index_value(key)?,
    };
    let len = b.data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::index_error("index out of range"));
    }
    Ok(Value::Int(i64::from(b.data[j as usize])))
}

pub fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, "__contains__", 1)?;
    let item = &rest[0];
    if let Some(sub) = bytes_of(vm, item) {
        return Ok(Value::bool(find_sub(&b.data, &sub.data).is_some()));
    }
    if !is_int_like(vm, item) {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item))));
    }
    let n = match item {
        Value::BigInt(_) => -1,
        _ => vm.index_value(item)?,
    };
    let byte = u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))?;
    Ok(Value::bool(b.data.contains(&byte)))
}

pub fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = wrapper(vm, &args, "__iter__", 0)?;
    vm.get_iter(&Value::Bytes(b))
}

/// `b + other`: bytes-like operands concatenate; builtin non-bytes raise
/// CPython's message; instances get NotImplemented (their `__radd__` may apply).
pub fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, "__add__", 1)?;
    let other = &rest[0];
    match bytes_of(vm, other) {
        Some(o) => {
            let mut out = Vec::with_capacity(b.data.len() + o.data.len());
            out.extend_from_slice(&b.data);
            out.extend_from_slice(&o.data);
            Ok(new_bytes(out))
        }
        None if matches!(other, Value::Instance(_)) => Ok(Value::NotImplemented),
        None => Err(PyErr::type_error(format!("can't concat {} to bytes", vm.type_name(other)))),
    }
}

/// `b * n`, with CPython's size checks.
fn repeat(vm: &mut Vm, b: &PyBytes, n: &Value) -> PyResult<Value> {
    let count = match n {
        Value::BigInt(big) if big.sign() == num_bigint::Sign::Minus => 0,
        Value::BigInt(_) => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        _ => vm.index_value(n)?.max(0) as u64,
    };
    if b.data.is_empty() || count == 0 {
        return Ok(new_bytes(Vec::new()));
    }
    let total = (b.data.len() as u128) * u128::from(count);
    if total > (1u128 << 32) {
        return Err(PyErr::memory_error());
    }
    Ok(new_bytes(b.data.repeat(count as usize)))
}

pub fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, "__mul__", 1)?;
    let n = &rest[0];
    if is_int_like(vm, n) {
        return repeat(vm, &b, n);
    }
    if matches!(n, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n))))
}

pub fn rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, "__rmul__", 1)?;
    if !is_int_like(vm, &rest[0]) {
        return Ok(Value::NotImplemented);
    }
    repeat(vm, &b, &rest[0])
}

/// A rich comparison with other bytes, or NotImplemented.
fn compare(vm: &mut Vm, args: Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let (b, rest) = wrapper(vm, &args, name, 1)?;
    match bytes_of(vm, &rest[0]) {
        Some(other) => Ok(Value::bool(test(b.data.cmp(&other.data)))),
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
    let (b, _) = wrapper(vm, &args, "__hash__", 0)?;
    Ok(Value::Int(hash_bytes(&b.data)))
}

pub fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = wrapper(vm, &args, "__repr__", 0)?;
    Ok(Value::string(bytes_repr(&b.data)))
}

pub fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = wrapper(vm, &args, "__str__", 0)?;
    Ok(Value::string(bytes_repr(&b.data)))
}

/// `bytes.__bytes__`: the exact `bytes` value (also for subclass instances).
pub fn bytes_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = parse(vm, &args, "__bytes__", Arity::NoArgs)?;
    Ok(Value::Bytes(b))
}

pub fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = parse(vm, &args, "__getnewargs__", Arity::NoArgs)?;
    Ok(Value::tuple(vec![Value::Bytes(b)]))
}

pub fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = parse(vm, &args, "__sizeof__", Arity::NoArgs)?;
    Ok(Value::Int(33 + b.data.len() as i64))
}
