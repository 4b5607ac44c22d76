//! Padding and mapping: `center`/`ljust`/`rjust`, `zfill`, `expandtabs`,
//! `translate` and `bytes.maketrans`.

use crate::builtins::argcheck::{bind_plain, check_count};

use super::args::{bytes_of, c_int_arg, need_bytes, parse, parse_kw, receiver, size_arg, Arity};
use super::new_bytes;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// Refuses results too large to allocate sensibly (CPython: MemoryError).
fn check_size(n: i64) -> PyResult<usize> {
    let n = n.max(0) as usize;
    crate::memory::reserve(n)?;
    Ok(n)
}

/// The fill byte argument of `center`/`ljust`/`rjust`.
fn fill_byte(vm: &Vm, name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match bytes_of(vm, v) {
        Some(b) if b.data.len() == 1 => Ok(b.data[0]),
        _ => Err(PyErr::type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Pads to `width` with `left` fill bytes before and the rest after.
fn pad(vm: &mut Vm, args: Args, name: &str, left_of: fn(usize, usize) -> usize) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, name, Arity::Clinic(1, 2))?;
    let width = size_arg(vm, &rest[0])?;
    let fill = fill_byte(vm, name, rest.get(1))?;
    let len = b.data.len();
    if width <= len as i64 {
        return Ok(new_bytes(b.data.to_vec()));
    }
    let width = check_size(width)?;
    let total = width - len;
    let left = left_of(total, width);
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&b.data);
    out.resize(width, fill);
    Ok(new_bytes(out))
}

pub fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython's rounding: the odd byte goes left when the width is odd.
    pad(vm, args, "center", |total, width| total / 2 + (total & width & 1))
}

pub fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", |_, _| 0)
}

pub fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", |total, _| total)
}

pub fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, "zfill", Arity::One)?;
    let width = size_arg(vm, &rest[0])?;
    let len = b.data.len();
    if width <= len as i64 {
        return Ok(new_bytes(b.data.to_vec()));
    }
    let width = check_size(width)?;
    let mut out = vec![b'0'; width - len];
    out.extend_from_slice(&b.data);
    let fill = width - len;
    if matches!(out.get(fill), Some(b'+' | b'-')) {
        out.swap(0, fill);
    }
    Ok(new_bytes(out))
}

pub fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, params) = parse_kw(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match params[0] {
        Some(t) => c_int_arg(vm, t)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.data.len());
    let mut column: i64 = 0;
    for &c in b.data.iter() {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column += incr;
                check_size(out.len() as i64 + incr)?;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
            continue;
        }
        out.push(c);
        column = if c == b'\n' || c == b'\r' { 0 } else { column + 1 };
    }
    Ok(new_bytes(out))
}

/// `bytes.translate(table, /, delete=b'')`.
pub fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = receiver(vm, &args, "translate", false)?;
    let rest = &args.pos()[1..];
    if rest.is_empty() {
        return Err(PyErr::type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let params = bind_plain("translate", rest, &args, &["table", "delete"], 2)?;
    let table = match params[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    if table.as_ref().is_some_and(|t| t.data.len() != 256) {
        return Err(PyErr::value_error("translation table must be 256 characters long"));
    }
    let delete = match params[1] {
        Some(v) => need_bytes(vm, v)?.data.to_vec(),
        None => Vec::new(),
    };
    let out = b
        .data
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t.data[c as usize]))
        .collect();
    Ok(new_bytes(out))
}

/// `bytes.maketrans(frm, to, /)`, a static method: a 256-byte table.
pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("bytes.maketrans() takes no keyword arguments"));
    }
    let pos = args.pos();
    check_count("maketrans", pos.len(), 2, 2)?;
    let frm = need_bytes(vm, &pos[0])?;
    let to = need_bytes(vm, &pos[1])?;
    if frm.data.len() != to.data.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.data.iter().zip(to.data.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}
