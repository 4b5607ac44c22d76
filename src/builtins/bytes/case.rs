//! Case conversion and the `is*` predicates. Only ASCII letters have case
//! and only ASCII digits are digits, as in CPython's `bytes`.

use super::args::{parse, Arity};
use super::new_bytes;
use super::split::is_space;
use crate::objects::BoolBits;
use crate::objects::{Args, PyBytes, PyResult, Value};
use crate::vm::Vm;

fn noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<std::rc::Rc<PyBytes>> {
    parse(vm, args, name, Arity::NoArgs).map(|(b, _)| b)
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = noargs(vm, &args, name)?;
    Ok(new_bytes(b.data.iter().map(|&c| f(c)).collect()))
}

pub fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |c| c.to_ascii_uppercase())
}

pub fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |c| c.to_ascii_lowercase())
}

fn swap(c: u8) -> u8 {
    if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    }
}

pub fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", swap)
}

pub fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = noargs(vm, &args, "capitalize")?;
    let out = b
        .data
        .iter()
        .enumerate()
        .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
        .collect();
    Ok(new_bytes(out))
}

/// Words start after any non-letter: `b"3rd"` becomes `b"3Rd"`.
pub fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = noargs(vm, &args, "title")?;
    let mut prev_cased = false;
    let mut out = Vec::with_capacity(b.data.len());
    for &c in b.data.iter() {
        out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(new_bytes(out))
}

/// A predicate true when the bytes are non-empty and every byte passes.
fn all_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = noargs(vm, &args, name)?;
    Ok(Value::bool(!b.data.is_empty() && b.data.iter().all(f)))
}

pub fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

pub fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

pub fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, args, "isdigit", u8::is_ascii_digit)
}

pub fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_bytes(vm, args, "isspace", |c| is_space(*c))
}

pub fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = noargs(vm, &args, "isascii")?;
    Ok(Value::bool(b.data.is_ascii()))
}

/// At least one cased byte, and none of the `other` case.
fn cased_only(vm: &mut Vm, args: Args, name: &str, upper: bool) -> PyResult<Value> {
    let b = noargs(vm, &args, name)?;
    let has_upper = b.data.iter().any(u8::is_ascii_uppercase);
    let has_lower = b.data.iter().any(u8::is_ascii_lowercase);
    Ok(Value::bool(if upper { has_upper && !has_lower } else { has_lower && !has_upper }))
}

pub fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_only(vm, args, "islower", false)
}

pub fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cased_only(vm, args, "isupper", true)
}

/// Uppercase bytes only start words, lowercase bytes only follow cased ones.
pub fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = noargs(vm, &args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b.data.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(BoolBits::FALSE));
            }
            (prev_cased, cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(BoolBits::FALSE));
            }
            (prev_cased, cased) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}
