//! Searching: `find`/`rfind`/`index`/`rindex`, `count`, `startswith`/
//! `endswith`, `partition`/`rpartition`, `replace`, `removeprefix`/
//! `removesuffix`. Positions are code-point indices, as in CPython.

use super::args::{as_str, bounds, need_str, parse, size_arg, Arity};
use crate::objects::BoolBits;
use crate::objects::{Args, PyResult, PyStr, Value};
use crate::vm::{PyErr, Vm};

fn char_count(s: &str) -> i64 {
    s.chars().count() as i64
}

/// The code points `start..end` of `s` (adjusted bounds, `start <= end`).
fn window(s: &PyStr, start: i64, end: i64) -> &str {
    s.substring(start as usize, end as usize)
}

/// Index of `sub` within `s[start:end]`, or -1.
fn find_range(s: &PyStr, sub: &PyStr, start: i64, end: i64, reverse: bool) -> i64 {
    if end - start < sub.char_len() as i64 {
        return -1;
    }
    let w = window(s, start, end);
    let hit = if reverse { w.rfind(sub.as_str()) } else { w.find(sub.as_str()) };
    match hit {
        Some(b) => start + char_count(&w[..b]),
        None => -1,
    }
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (s, rest) = parse(vm, &args, name, Arity::Tuple(1, 3))?;
    let sub = need_str(vm, &rest[0], "")?;
    let (start, end) = bounds(vm, rest, 1, s.char_len())?;
    Ok(find_range(&s, &sub, start, end, reverse))
}

pub fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

pub fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn found(i: i64) -> PyResult<Value> {
    if i < 0 {
        return Err(PyErr::value_error("substring not found"));
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
    let (s, rest) = parse(vm, &args, "count", Arity::Tuple(1, 3))?;
    let sub = need_str(vm, &rest[0], "")?;
    let (start, end) = bounds(vm, rest, 1, s.char_len())?;
    if end - start < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.as_str().is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    Ok(Value::Int(window(&s, start, end).matches(sub.as_str()).count() as i64))
}

/// CPython's `tailmatch`: whether `s[start:end]` starts (or ends) with `sub`.
fn tail_match(s: &PyStr, sub: &PyStr, start: i64, end: i64, at_start: bool) -> bool {
    let sub_len = sub.char_len() as i64;
    if end - sub_len < start {
        return false;
    }
    if sub_len == 0 {
        return true;
    }
    let w = window(s, start, end);
    if at_start {
        w.starts_with(sub.as_str())
    } else {
        w.ends_with(sub.as_str())
    }
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, name, Arity::Tuple(1, 3))?;
    let (start, end) = bounds(vm, rest, 1, s.char_len())?;
    if let Value::Tuple(t) = &rest[0] {
        for item in t.items.iter() {
            let Some(sub) = as_str(vm, item) else {
                return Err(PyErr::type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if tail_match(&s, &sub, start, end, at_start) {
                return Ok(Value::Bool(BoolBits::TRUE));
            }
        }
        return Ok(Value::Bool(BoolBits::FALSE));
    }
    let Some(sub) = as_str(vm, &rest[0]) else {
        return Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    Ok(Value::bool(tail_match(&s, &sub, start, end, at_start)))
}

pub fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

pub fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, name, Arity::One)?;
    let sep = need_str(vm, &rest[0], "")?;
    if sep.as_str().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let text = s.as_str();
    let hit = if reverse { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    let parts = match hit {
        Some(b) => [&text[..b], sep.as_str(), &text[b + sep.as_str().len()..]],
        None if reverse => ["", "", text],
        None => [text, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

pub fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

pub fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, "replace", Arity::Clinic(2, 3))?;
    let old = need_str(vm, &rest[0], "replace() argument 1 ")?;
    let new = need_str(vm, &rest[1], "replace() argument 2 ")?;
    let count = match rest.get(2) {
        Some(c) => size_arg(vm, c)?,
        None => -1,
    };
    let (text, old, new) = (s.as_str(), old.as_str(), new.as_str());
    Ok(Value::string(if count < 0 { text.replace(old, new) } else { text.replacen(old, new, count as usize) }))
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, name, Arity::One)?;
    let affix = need_str(vm, &rest[0], &format!("{name}() argument "))?;
    let text = s.as_str();
    let stripped = if prefix { text.strip_prefix(affix.as_str()) } else { text.strip_suffix(affix.as_str()) };
    Ok(Value::str(stripped.unwrap_or(text)))
}

pub fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

pub fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}
