//! Splitting and joining: `split`/`rsplit`, `splitlines`, `join`, and the
//! `strip` family. Whitespace is ASCII's (`Py_ISSPACE`: space, \t, \n,
//! \r, \x0b, \x0c).

use super::args::{buffer_bytes, c_int_arg, need_bytes, parse, parse_kw, size_arg, Arity};
use super::new_bytes;
use super::search::{find_sub, rfind_sub};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

/// `Py_ISSPACE` for bytes.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

fn bytes_list(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| new_bytes(p.to_vec())).collect())
}

fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
        if i == data.len() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(&data[i..]);
            break;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        out.push(&data[start..i]);
    }
    out
}

fn rsplit_whitespace(data: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut end = data.len();
    loop {
        while end > 0 && is_space(data[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(&data[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_space(data[end - 1]) {
            end -= 1;
        }
        out.push(&data[end..stop]);
    }
    out.reverse();
    out
}

fn split_sep<'a>(data: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        let Some(i) = find_sub(rest, sep) else { break };
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
    }
    out.push(rest);
    out
}

fn rsplit_sep<'a>(data: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while maxsplit < 0 || (out.len() as i64) < maxsplit {
        let Some(i) = rfind_sub(rest, sep) else { break };
        out.push(&rest[i + sep.len()..]);
        rest = &rest[..i];
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, params) = parse_kw(vm, &args, name, &["sep", "maxsplit"])?;
    let maxsplit = match params[1] {
        Some(m) => size_arg(vm, m)?,
        None => -1,
    };
    let data = &b.data[..];
    let sep = match params[0] {
        None | Some(Value::None) => {
            let parts = if reverse { rsplit_whitespace(data, maxsplit) } else { split_whitespace(data, maxsplit) };
            return Ok(bytes_list(parts));
        }
        Some(v) => need_bytes(vm, v)?,
    };
    if sep.data.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let parts = if reverse { rsplit_sep(data, &sep.data, maxsplit) } else { split_sep(data, &sep.data, maxsplit) };
    Ok(bytes_list(parts))
}

pub fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

pub fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

/// Splits at `\n`, `\r` and `\r\n`.
fn lines(data: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut eol = i + 1;
        if c == b'\r' && data.get(eol) == Some(&b'\n') {
            eol += 1;
        }
        out.push(&data[start..if keepends { eol } else { i }]);
        start = eol;
        i = eol;
    }
    if start < data.len() {
        out.push(&data[start..]);
    }
    out
}

pub fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, params) = parse_kw(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match params[0] {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    Ok(bytes_list(lines(&b.data, keepends)))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, name, Arity::Clinic(0, 1))?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.data.contains(c),
        None => is_space(*c),
    };
    let data = &b.data[..];
    let start = if left { data.iter().position(|c| !strip(c)).unwrap_or(data.len()) } else { 0 };
    let end = if right { data.iter().rposition(|c| !strip(c)).map_or(start, |i| i + 1) } else { data.len() };
    Ok(new_bytes(data[start..end.max(start)].to_vec()))
}

pub fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// The items of `join`'s argument, or `can only join an iterable`.
fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    match iterable {
        Value::List(l) => Ok(l.snapshot()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => match vm.get_iter(iterable) {
            Ok(it) => {
                let mut items = Vec::new();
                while let Some(v) = vm.next(&it)? {
                    items.push(v);
                }
                Ok(items)
            }
            Err(e) if vm.err_matches(&e, ExcType::TypeError) => Err(PyErr::type_error("can only join an iterable")),
            Err(e) => Err(e),
        },
    }
}

pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, rest) = parse(vm, &args, "join", Arity::One)?;
    let items = join_items(vm, &rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = buffer_bytes(vm, item)? else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep.data);
        }
        out.extend_from_slice(&part.data);
    }
    Ok(new_bytes(out))
}
