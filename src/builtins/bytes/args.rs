//! Argument handling shared by the `bytes` methods: the receiver,
//! CPython's several arity-error styles, bytes-like and integer arguments.

use std::rc::Rc;

use crate::builtins::argcheck::{bind_plain, check_count};
use crate::objects::{Args, PyBytes, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// The bytes behind a bytes-like value: `bytes`, an instance of a `bytes`
/// subclass, or a `bytearray` or `memoryview` (Brisk's own Python classes,
/// whose bytes are copied out).
pub fn bytes_of(vm: &Vm, v: &Value) -> Option<Rc<PyBytes>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(i) => match vm.payload_base(v) {
            Some(Value::Bytes(b)) => Some(b),
            _ => buffer_copy(i),
        },
        _ => None,
    }
}

/// The bytes of a `bytearray` (its `_data` list) or of a `memoryview` (the
/// `_range` of its `_data`), or of a subclass of either.
fn buffer_copy(inst: &crate::objects::Instance) -> Option<Rc<PyBytes>> {
    let cls = inst.class();
    let is_buffer = crate::objects::Class::mro(&cls).iter().any(|c| {
        matches!(c.name().as_str(), "bytearray" | "memoryview")
            && matches!(c.dict.get_str("__module__"), Some(Value::Str(m)) if m.as_str() == "builtins")
    });
    if !is_buffer {
        return None;
    }
    let dict = inst.dict.as_ref()?;
    let values: Vec<u8> = match dict.get_str("_data")? {
        Value::Bytes(b) => b.data.to_vec(),
        Value::List(l) => {
            let items = l.items.borrow();
            let mut out = Vec::with_capacity(items.len());
            for item in items.iter() {
                match item {
                    Value::Int(n) => out.push(u8::try_from(*n).ok()?),
                    _ => return None,
                }
            }
            out
        }
        _ => return None,
    };
    let data = match dict.get_str("_range") {
        Some(Value::Range(r)) => {
            let mut picked = Vec::with_capacity(r.len().max(0) as usize);
            let mut i = r.start;
            while (r.step > 0 && i < r.stop) || (r.step < 0 && i > r.stop) {
                picked.push(*values.get(usize::try_from(i).ok()?)?);
                i += r.step;
            }
            picked
        }
        _ => values,
    };
    Some(Rc::new(PyBytes { data: data.into_boxed_slice() }))
}

/// `bytes_of`, for the callers that may also run Python code.
pub fn buffer_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Rc<PyBytes>>> {
    Ok(bytes_of(vm, v))
}

/// A bytes-like argument, or `a bytes-like object is required, not 'T'`.
pub fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Rc<PyBytes>> {
    bytes_of(vm, v)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The `bytes` receiver of a method, with CPython's descriptor messages.
pub fn receiver(vm: &Vm, args: &Args, name: &str, wrapper: bool) -> PyResult<Rc<PyBytes>> {
    let Some(first) = args.pos().first() else {
        return Err(PyErr::type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    match bytes_of(vm, first) {
        Some(b) => Ok(b),
        None if wrapper => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            vm.type_name(first)
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How a method checks its positional arguments (after the receiver).
#[derive(Clone, Copy)]
pub enum Arity {
    /// METH_NOARGS: `bytes.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `bytes.join() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// Slot wrappers (`__len__`, `__add__`): `expected 1 argument, got 0`.
    Wrapper(usize),
}

/// The receiver and the positional arguments after it, checked against `arity`.
pub fn parse<'a>(vm: &Vm, args: &Args<'a>, name: &str, arity: Arity) -> PyResult<(Rc<PyBytes>, &'a [Value])> {
    let is_wrapper = matches!(arity, Arity::Wrapper(_));
    let b = receiver(vm, args, name, is_wrapper)?;
    let rest = &args.pos()[1..];
    let n = rest.len();
    if args.has_kwargs() {
        return Err(PyErr::type_error(if is_wrapper {
            format!("wrapper {name}() takes no keyword arguments")
        } else {
            format!("bytes.{name}() takes no keyword arguments")
        }));
    }
    let msg = match arity {
        Arity::NoArgs if n != 0 => format!("bytes.{name}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("bytes.{name}() takes exactly one argument ({n} given)"),
        Arity::Wrapper(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        Arity::Clinic(min, max) => {
            check_count(name, n, min, max)?;
            return Ok((b, rest));
        }
        Arity::Tuple(min, _) if n < min => format!("{name}() takes at least {min} argument{} ({n} given)", plural(min)),
        Arity::Tuple(_, max) if n > max => format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)),
        _ => return Ok((b, rest)),
    };
    Err(PyErr::type_error(msg))
}

/// The receiver and keyword-or-positional parameters (`split(sep, maxsplit)`).
pub fn parse_kw<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    params: &[&str],
) -> PyResult<(Rc<PyBytes>, Vec<Option<&'a Value>>)> {
    let b = receiver(vm, args, name, false)?;
    let slots = bind_plain(name, &args.pos()[1..], args, params, params.len())?;
    Ok((b, slots))
}

/// A `sub` argument of `find`/`count`/`index`: bytes-like or an int byte.
pub fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b.data.to_vec());
    }
    if !is_int_like(vm, v) {
        return Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(n).map(|b| vec![b]).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// An index-like integer clamped to the i64 range (slice bounds).
fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        _ => vm.index_value(v),
    }
}

/// A `start`/`end` bound: None, or an integer (`__index__`).
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => clamped_index(vm, v).map(Some),
        Some(v @ Value::Instance(_)) if vm.type_of(v).lookup("__index__").is_some() => clamped_index(vm, v).map(Some),
        Some(_) => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's ADJUST_INDICES: negative bounds count from the end and are
/// clamped at 0; `end` is clamped at `len`; `start` may exceed `len`.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Reads the optional `start` and `end` arguments at `rest[from..]`.
pub fn bounds(vm: &mut Vm, rest: &[Value], from: usize, len: usize) -> PyResult<(i64, i64)> {
    let start = slice_bound(vm, rest.get(from))?;
    let end = slice_bound(vm, rest.get(from + 1))?;
    Ok(adjust_indices(start, end, len))
}

/// An integer size argument (`width`, `count`, `maxsplit`) via `__index__`.
pub fn size_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v),
    }
}

/// A C `int` argument (`tabsize`, `keepends`, `bytes_per_sep`) via `__index__`.
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::BigInt(_) => None,
        _ => Some(vm.index_value(v)?),
    };
    n.filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))
}

/// Whether a value is an integer or has `__index__`.
pub fn is_int_like(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__index__").is_some(),
        _ => false,
    }
}
