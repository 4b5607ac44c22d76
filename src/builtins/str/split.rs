//! Splitting and joining: `split`/`rsplit`, `splitlines`, `join`, and the
//! `strip` family. "Whitespace" is Python's (`str.isspace`).

use super::args::{as_str, c_int_arg, parse, parse_kw, size_arg, Arity};
use super::unicode::{is_linebreak, is_space};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// Python whitespace among ASCII bytes (includes \x0b and \x1c..\x1f).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=b' ')
}

/// `split()` of ASCII text, scanning bytes.
fn split_ascii_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(&s[i..]);
            break;
        }
        let start = i;
        while i < b.len() && !is_ascii_space(b[i]) {
            i += 1;
        }
        out.push(&s[start..i]);
    }
    out
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        let start = match rest.char_indices().rev().find(|&(_, c)| is_space(c)) {
            Some((b, c)) => b + c.len_utf8(),
            None => 0,
        };
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, params) = parse_kw(vm, &args, name, &["sep", "maxsplit"])?;
    let maxsplit = match params[1] {
        Some(m) => size_arg(vm, m)?,
        None => -1,
    };
    let text = s.as_str();
    let sep = match params[0] {
        None | Some(Value::None) => {
            let parts = match (reverse, s.is_ascii()) {
                (true, _) => rsplit_whitespace(text, maxsplit),
                (false, true) => split_ascii_whitespace(text, maxsplit),
                (false, false) => split_whitespace(text, maxsplit),
            };
            return Ok(str_list(parts));
        }
        Some(v) => {
            as_str(vm, v).ok_or_else(|| PyErr::type_error(format!("must be str or None, not {}", vm.type_name(v))))?
        }
    };
    let sep = sep.as_str();
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let limit = if maxsplit < 0 { usize::MAX } else { (maxsplit as usize).saturating_add(1) };
    let parts: Vec<&str> = if reverse {
        let mut v: Vec<&str> = text.rsplitn(limit, sep).collect();
        v.reverse();
        v
    } else {
        text.splitn(limit, sep).collect()
    };
    Ok(str_list(parts))
}

pub fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

pub fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

/// Splits at every line boundary; `\r\n` counts as one.
fn lines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = b + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            eol += 1;
        }
        out.push(&s[start..if keepends { eol } else { b }]);
        start = eol;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

pub fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, params) = parse_kw(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match params[0] {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    Ok(str_list(lines(s.as_str(), keepends)))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, name, Arity::Clinic(0, 1))?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(as_str(vm, v).ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?),
    };
    let pat = |c: char| match &chars {
        Some(cs) => cs.as_str().contains(c),
        None => is_space(c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(pat);
    }
    if right {
        t = t.trim_end_matches(pat);
    }
    Ok(Value::str(t))
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

/// Raises MemoryError before `str.join` builds a result over the limit.
fn reserve_joined(vm: &Vm, sep_len: usize, items: &[Value]) -> PyResult<()> {
    let parts: usize =
        items.iter().filter_map(|v| as_str(vm, v)).map(|s| s.as_str().len()).fold(0, usize::saturating_add);
    let seps = sep_len.saturating_mul(items.len().saturating_sub(1));
    crate::memory::reserve(parts.saturating_add(seps))
}

pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, rest) = parse(vm, &args, "join", Arity::One)?;
    let iterable = &rest[0];
    let items = match iterable {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => match vm.get_iter(iterable) {
            Ok(it) => {
                let mut items = Vec::new();
                while let Some(v) = vm.next(&it)? {
                    items.push(v);
                    vm.poll_long_loop(items.len())?;
                }
                items
            }
            Err(e) if vm.err_matches(&e, ExcType::TypeError) => {
                return Err(PyErr::type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        },
    };
    reserve_joined(vm, sep.as_str().len(), &items)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = as_str(vm, item) else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(part.as_str());
    }
    Ok(Value::string(out))
}
