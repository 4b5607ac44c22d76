//! `_re`: the native core of the `re` module (the Python API is in
//! `py/re.py`). Patterns are translated from Python syntax
//! (`re_translate.rs`) and run by `fancy-regex` (MIT), a backtracking
//! engine that supports backreferences and lookaround on top of the
//! `regex` crate. Offsets cross this boundary as code-point indices.
//!
//! Known differences from CPython's `sre`: error messages for invalid
//! patterns are worded differently, and a match attempted at `pos > 0`
//! with `match()` searches forward and checks the start (same result,
//! slower on long strings).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::re_translate::translate;
use super::util::add_fns;
use crate::builtins::check_args;
use crate::objects::{Args, PyDict, PyResult, PyStr, Value};
use crate::vm::{PyErr, Vm};

const CACHE_LIMIT: usize = 512;

/// How a match is anchored.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Mode {
    Search,
    Match,
    FullMatch,
}

thread_local! {
    static CACHE: RefCell<HashMap<(String, i64, Mode), Rc<fancy_regex::Regex>>> = RefCell::new(HashMap::new());
}

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(d, "_re", &[("_info", info), ("_match", match_at), ("_finditer", find_all)]);
    Ok(())
}

fn compiled(pattern: &str, flags: i64, mode: Mode) -> PyResult<Rc<fancy_regex::Regex>> {
    let key = (pattern.to_owned(), flags, mode);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let body = translate(pattern, flags).map_err(PyErr::value_error)?;
    let full = match mode {
        Mode::FullMatch => format!("(?:{body})\\z"),
        _ => body,
    };
    let regex = fancy_regex::Regex::new(&full).map_err(|e| PyErr::value_error(e.to_string()))?;
    let regex = Rc::new(regex);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(key, regex.clone());
    });
    Ok(regex)
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(PyErr::type_error(format!("{what} must be str"))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v)
}

/// `_info(pattern, flags)` → (number of groups, {name: index}); validates the pattern.
fn info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("_info", &args, 2, 2)?;
    let pattern = str_arg(&pos[0], "pattern")?;
    let flags = int_arg(vm, &pos[1])?;
    let regex = compiled(pattern.as_str(), flags, Mode::Search)?;
    let names = Rc::new(PyDict::new());
    for (i, name) in regex.capture_names().enumerate() {
        if let Some(n) = name {
            names.set_item_str(n, Value::Int(i as i64));
        }
    }
    Ok(Value::tuple(vec![Value::Int(regex.captures_len() as i64 - 1), Value::Dict(names)]))
}

/// Byte offsets of every char boundary of `s` (for code-point conversion).
struct Offsets {
    ascii: bool,
    bounds: Vec<usize>,
}

impl Offsets {
    fn new(s: &PyStr) -> Offsets {
        if s.is_ascii() {
            return Offsets { ascii: true, bounds: Vec::new() };
        }
        let text = s.as_str();
        let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bounds.push(text.len());
        Offsets { ascii: false, bounds }
    }
    fn to_byte(&self, char_index: usize, text_len: usize) -> usize {
        if self.ascii {
            char_index.min(text_len)
        } else {
            self.bounds.get(char_index).copied().unwrap_or(text_len)
        }
    }
    fn to_char(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.bounds.partition_point(|&b| b < byte)
        }
    }
}

/// Clamps Python-style pos/endpos to `0..=len`.
fn window(vm: &mut Vm, pos: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |n: i64| -> usize { n.clamp(0, len as i64) as usize };
    let start = match pos.first() {
        Some(v) => clamp(int_arg(vm, v)?),
        None => 0,
    };
    let end = match pos.get(1) {
        Some(v) => clamp(int_arg(vm, v)?),
        None => len,
    };
    Ok((start, end.max(start)))
}

/// The spans of a match as a flat tuple of code-point offsets (-1 for unmatched groups).
fn spans(caps: &fancy_regex::Captures<str>, offsets: &Offsets) -> Value {
    let mut out = Vec::with_capacity(caps.len() * 2);
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                out.push(Value::Int(offsets.to_char(m.start()) as i64));
                out.push(Value::Int(offsets.to_char(m.end()) as i64));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(out)
}

fn engine_error(e: fancy_regex::Error) -> PyErr {
    PyErr::runtime_error(format!("regular expression engine: {e}"))
}

/// `_match(pattern, flags, string, mode, pos, endpos)`: mode 0 search, 1 match, 2 fullmatch.
fn match_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("_match", &args, 4, 6)?;
    let pattern = str_arg(&pos[0], "pattern")?;
    let flags = int_arg(vm, &pos[1])?;
    let string = str_arg(&pos[2], "string")?.clone();
    let mode = match int_arg(vm, &pos[3])? {
        1 => Mode::Match,
        2 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let regex = compiled(pattern.as_str(), flags, mode)?;
    let offsets = Offsets::new(&string);
    let (start, end) = window(vm, &pos[4..], string.char_len())?;
    let text = string.as_str();
    let byte_start = offsets.to_byte(start, text.len());
    let haystack = &text[..offsets.to_byte(end, text.len())];
    let caps = regex.captures_from_pos(haystack, byte_start).map_err(engine_error)?;
    Ok(match caps {
        Some(c) if mode == Mode::Search || c.get(0).is_some_and(|m| m.start() == byte_start) => spans(&c, &offsets),
        _ => Value::None,
    })
}

/// `_finditer(pattern, flags, string, pos, endpos)`: the spans of every
/// non-overlapping match, with Python's rule for empty matches (one is
/// allowed right after a non-empty match, but not twice at one place).
fn find_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("_finditer", &args, 3, 5)?;
    let pattern = str_arg(&pos[0], "pattern")?;
    let flags = int_arg(vm, &pos[1])?;
    let string = str_arg(&pos[2], "string")?.clone();
    let regex = compiled(pattern.as_str(), flags, Mode::Search)?;
    let offsets = Offsets::new(&string);
    let (start, end) = window(vm, &pos[3..], string.char_len())?;
    let text = string.as_str();
    let haystack = &text[..offsets.to_byte(end, text.len())];
    let mut at = offsets.to_byte(start, text.len());
    let mut last_empty_at: Option<usize> = None;
    let mut out = Vec::new();
    while at <= haystack.len() {
        let Some(caps) = regex.captures_from_pos(haystack, at).map_err(engine_error)? else { break };
        let Some(m) = caps.get(0) else { break };
        if m.start() == m.end() && last_empty_at == Some(m.start()) {
            // An empty match where the previous one ended empty: retry one char on.
            match haystack[m.start()..].chars().next() {
                Some(c) => {
                    at = m.start() + c.len_utf8();
                    last_empty_at = None;
                    continue;
                }
                None => break,
            }
        }
        out.push(spans(&caps, &offsets));
        last_empty_at = (m.start() == m.end()).then_some(m.end());
        at = m.end();
    }
    Ok(Value::list(out))
}
