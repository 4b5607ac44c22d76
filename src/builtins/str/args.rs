//! Argument handling shared by the `str` methods, reproducing the several
//! argument-error styles CPython's `str` uses (METH_NOARGS, METH_O, Argument
//! Clinic, `PyArg_ParseTuple`, slot wrappers).

use std::rc::Rc;

use crate::objects::{Args, PyResult, PyStr, Value};
use crate::vm::{PyErr, Vm};

/// How a method checks its positional arguments (beyond the receiver).
#[derive(Clone, Copy)]
pub enum Arity {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `str.zfill() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// Slot wrappers (`__len__`, `__add__`): `expected 1 argument, got 0`.
    Wrapper(usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The `str` behind a method receiver, with CPython's descriptor messages.
pub fn receiver(vm: &Vm, args: &Args, name: &str, wrapper: bool) -> PyResult<Rc<PyStr>> {
    let Some(first) = args.pos().first() else {
        return Err(PyErr::type_error(format!("unbound method str.{name}() needs an argument")));
    };
    match vm.payload_base(first).unwrap_or_else(|| first.clone()) {
        Value::Str(s) => Ok(s),
        _ if wrapper => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            vm.type_name(first)
        ))),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(first)
        ))),
    }
}

/// The receiver and the positional arguments after it, checked against `arity`.
pub fn parse<'a>(vm: &Vm, args: &Args<'a>, name: &str, arity: Arity) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let s = receiver(vm, args, name, matches!(arity, Arity::Wrapper(_)))?;
    let rest = &args.pos()[1..];
    let n = rest.len();
    if args.has_kwargs() {
        return Err(PyErr::type_error(match arity {
            Arity::Wrapper(_) => format!("wrapper {name}() takes no keyword arguments"),
            _ => format!("str.{name}() takes no keyword arguments"),
        }));
    }
    let msg = match arity {
        Arity::NoArgs if n != 0 => format!("str.{name}() takes no arguments ({n} given)"),
        Arity::One if n != 1 => format!("str.{name}() takes exactly one argument ({n} given)"),
        Arity::Wrapper(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        Arity::Clinic(min, _) if n < min => {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        }
        Arity::Clinic(_, max) if n > max => format!("{name} expected at most {max} argument{}, got {n}", plural(max)),
        Arity::Tuple(min, _) if n < min => {
            format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))
        }
        Arity::Tuple(_, max) if n > max => format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)),
        _ => return Ok((s, rest)),
    };
    Err(PyErr::type_error(msg))
}

/// The receiver and Argument Clinic keyword-or-positional parameters
/// (`split(sep=None, maxsplit=-1)`); absent parameters are `None`.
pub fn parse_kw<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    params: &[&str],
) -> PyResult<(Rc<PyStr>, Vec<Option<&'a Value>>)> {
    let s = receiver(vm, args, name, false)?;
    let pos = &args.pos()[1..];
    let nkw = args.kwargs().count();
    let total = pos.len() + nkw;
    if total > params.len() {
        let kind = if pos.is_empty() { "keyword " } else { "" };
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} {kind}argument{} ({total} given)",
            params.len(),
            plural(params.len())
        )));
    }
    let mut out: Vec<Option<&Value>> = params.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (key, v) in args.kwargs() {
        match params.iter().position(|p| *p == key) {
            Some(i) if i < pos.len() => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => return Err(PyErr::type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok((s, out))
}

/// A `str` argument (also a str subclass instance), or `None` if it is not one.
pub fn as_str(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.payload_base(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// A `str` argument, or TypeError `{what}must be str, not T` (pass the
/// prefix with its trailing space, e.g. `"replace() argument 1 "`).
pub fn need_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    as_str(vm, v).ok_or_else(|| PyErr::type_error(format!("{what}must be str, not {}", vm.type_name(v))))
}

/// An index-like integer argument (`__index__`), clamped to the i64 range
/// as CPython clamps to `Py_ssize_t` where it does so (slice bounds).
fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        _ => vm.index_value(v),
    }
}

/// A `start`/`end` bound: None, or an integer (`__index__`).
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => clamped_index(vm, v).map(Some),
        Some(v @ Value::Instance(_)) if vm.type_of(v).lookup("__index__").is_some() => clamped_index(vm, v).map(Some),
        Some(_) => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// An integer size argument (`width`, `tabsize`, `count`) via `__index__`.
pub fn size_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::overflow("Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v),
    }
}

/// A C `int` argument (`tabsize`, `keepends`) via `__index__`.
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::BigInt(_) => None,
        _ => Some(vm.index_value(v)?),
    };
    n.filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))
}

/// CPython's ADJUST_INDICES: negative bounds count from the end and are
/// clamped at 0; `end` is clamped at `len`; `start` may exceed `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
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

/// The fill character argument of `center`/`ljust`/`rjust`.
pub fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = as_str(vm, v) else {
        return Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
    }
}
