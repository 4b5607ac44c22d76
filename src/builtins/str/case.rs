//! Case conversion (`lower`, `upper`, `casefold`, `capitalize`, `title`,
//! `swapcase`) and the character-class predicates (`isalpha`, `istitle`...).

use super::args::{parse, Arity};
use super::unicode as u;
use crate::objects::{Args, PyResult, PyStr, Value};
use crate::vm::Vm;

/// Runs a no-argument method that maps the receiver to a new string.
fn convert(vm: &mut Vm, args: Args, name: &str, f: fn(&PyStr) -> String) -> PyResult<Value> {
    let (s, _) = parse(vm, &args, name, Arity::NoArgs)?;
    Ok(Value::string(f(&s)))
}

fn chars_of(s: &PyStr) -> Vec<char> {
    s.as_str().chars().collect()
}

pub fn lower_str(s: &PyStr) -> String {
    if s.is_ascii() {
        return s.as_str().to_ascii_lowercase();
    }
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        u::push_lower(&mut out, &chars, i);
    }
    out
}

fn upper_str(s: &PyStr) -> String {
    if s.is_ascii() {
        return s.as_str().to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        u::push_upper(&mut out, c);
    }
    out
}

fn casefold_str(s: &PyStr) -> String {
    if s.is_ascii() {
        return s.as_str().to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        u::push_casefold(&mut out, c);
    }
    out
}

/// First character titlecased, the rest lowercased (CPython 3.8+).
fn capitalize_str(s: &PyStr) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        if i == 0 {
            u::push_title(&mut out, chars[0]);
        } else {
            u::push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// Titlecases characters that follow an uncased one, lowercases the others.
fn title_str(s: &PyStr) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.as_str().len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            u::push_lower(&mut out, &chars, i);
        } else {
            u::push_title(&mut out, c);
        }
        previous_is_cased = u::is_cased(c);
    }
    out
}

fn swapcase_str(s: &PyStr) -> String {
    let chars = chars_of(s);
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if u::is_upper(c) {
            u::push_lower(&mut out, &chars, i);
        } else if u::is_lower(c) {
            u::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "lower", lower_str)
}
pub fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "upper", upper_str)
}
pub fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "casefold", casefold_str)
}
pub fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "capitalize", capitalize_str)
}
pub fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "title", title_str)
}
pub fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "swapcase", swapcase_str)
}

// ----- predicates -----

/// Runs a no-argument predicate method over the receiver.
fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let (s, _) = parse(vm, &args, name, Arity::NoArgs)?;
    Ok(Value::bool(f(s.as_str())))
}

/// True for a non-empty string whose characters all satisfy `f`.
fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn islower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_lower(c);
    }
    cased
}

fn isupper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_upper(c);
    }
    cased
}

/// Uppercase/titlecase characters only after uncased ones, lowercase only
/// after cased ones, and at least one cased character.
fn istitle_str(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn isidentifier_str(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if u::is_xid_start(c) => chars.all(u::is_xid_continue),
        _ => false,
    }
}

pub fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| all_nonempty(s, u::is_alnum))
}
pub fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| all_nonempty(s, u::is_alpha))
}
pub fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}
pub fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| all_nonempty(s, u::is_decimal))
}
pub fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| all_nonempty(s, u::is_digit))
}
pub fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| all_nonempty(s, u::is_numeric))
}
pub fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| all_nonempty(s, u::is_space))
}
pub fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| s.chars().all(u::is_printable))
}
pub fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", isidentifier_str)
}
pub fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", islower_str)
}
pub fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", isupper_str)
}
pub fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", istitle_str)
}
