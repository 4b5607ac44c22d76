//! Searching: `find`/`rfind`/`index`/`rindex`, `count`, `startswith`/
//! `endswith`, `partition`/`rpartition`, `replace`, `removeprefix`/
//! `removesuffix`.

use super::args::{bounds, bytes_of, need_bytes, needle, parse, size_arg, Arity};
use super::new_bytes;
use crate::objects::BoolBits;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// First index of `sub` in `hay`.
pub fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    match sub.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == sub[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == sub),
    }
}

/// Last index of `sub` in `hay`.
pub fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    match sub.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&b| b == sub[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == sub),
    }
}

/// Non-overlapping occurrences of a non-empty `sub` in `hay`.
fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    let mut n = 0;
    let mut rest = hay;
    while let Some(i) = find_sub(rest, sub) {
        n += 1;
        rest = &rest[i + sub.len()..];
    }
    n
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (b, rest) = parse(vm, &args, name, Arity::Tuple(1, 3))?;
    let sub = needle(vm, &rest[0])?;
    let (start, end) = bounds(vm, rest, 1, b.data.len())?;
    if end - start < sub.len() as i64 {
        return Ok(-1);
    }
    let window = &b.data[start as usize..end as usize];
    let hit = if reverse { rfind_sub(window, &sub) } else { find_sub(window, &sub) };
    Ok(hit.map_or(-1, |i| start + i as i64))
}

pub fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

pub fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn found(i: i64) -> PyResult<Value> {
    if i < 0 {
        return Err(PyErr::value_error("subsection not found"));
    }
    Ok(Value::Int(i))
}

pub fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    found(find_impl(vm, args, "index", false)?)
}

pub fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    found(find_impl(vm, args, "rindex", true)?)
}

pub fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, "count", Arity::Tuple(1, 3))?;
    let sub = needle(vm, &rest[0])?;
    let (start, end) = bounds(vm, rest, 1, b.data.len())?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    Ok(Value::Int(count_sub(&b.data[start as usize..end as usize], &sub) as i64))
}

/// CPython's `tailmatch`: whether `data[start:end]` starts (or ends) with `sub`.
fn tail_match(data: &[u8], sub: &[u8], start: i64, end: i64, at_start: bool) -> bool {
    if end - (sub.len() as i64) < start {
        return false;
    }
    let window = &data[start as usize..end as usize];
    if at_start {
        window.starts_with(sub)
    } else {
        window.ends_with(sub)
    }
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, name, Arity::Tuple(1, 3))?;
    let (start, end) = bounds(vm, rest, 1, b.data.len())?;
    if let Value::Tuple(t) = &rest[0] {
        for item in t.items.iter() {
            let sub = need_bytes(vm, item)?;
            if tail_match(&b.data, &sub.data, start, end, at_start) {
                return Ok(Value::Bool(BoolBits::TRUE));
            }
        }
        return Ok(Value::Bool(BoolBits::FALSE));
    }
    let Some(sub) = bytes_of(vm, &rest[0]) else {
        return Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&rest[0])
        )));
    };
    Ok(Value::bool(tail_match(&b.data, &sub.data, start, end, at_start)))
}

pub fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

pub fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, name, Arity::One)?;
    let sep = need_bytes(vm, &rest[0])?;
    let sep = &sep.data[..];
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let data = &b.data[..];
    let hit = if reverse { rfind_sub(data, sep) } else { find_sub(data, sep) };
    let parts: [&[u8]; 3] = match hit {
        Some(i) => [&data[..i], sep, &data[i + sep.len()..]],
        None if reverse => [b"", b"", data],
        None => [data, b"", b""],
    };
    Ok(Value::tuple(parts.iter().map(|p| new_bytes(p.to_vec())).collect()))
}

pub fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// Replaces up to `count` occurrences (all when `count` is negative);
/// an empty `old` matches before every byte and at the end.
fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &byte) in data.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&data[i..]);
                return out;
            }
            out.extend_from_slice(new);
            out.push(byte);
            left -= 1;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = data;
    while left > 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    out
}

pub fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, "replace", Arity::Clinic(2, 3))?;
    let old = need_bytes(vm, &rest[0])?;
    let new = need_bytes(vm, &rest[1])?;
    let count = match rest.get(2) {
        Some(c) => size_arg(vm, c)?,
        None => -1,
    };
    Ok(new_bytes(replace_bytes(&b.data, &old.data, &new.data, count)))
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, name, Arity::One)?;
    let affix = need_bytes(vm, &rest[0])?;
    let data = &b.data[..];
    let stripped = if prefix { data.strip_prefix(&affix.data[..]) } else { data.strip_suffix(&affix.data[..]) };
    Ok(new_bytes(stripped.unwrap_or(data).to_vec()))
}

pub fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

pub fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}
