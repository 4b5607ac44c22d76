//! `str`: constructor and methods.

use std::rc::Rc;

use super::{method, method_args, static_fn, wrap_for_subclass};
use crate::objects::{Args, PyResult, PyStr, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let s = vm.types.str_.clone();
    static_fn(&s, "__new__", str_new);
    method(&s, "join", join);
    method(&s, "split", split);
    method(&s, "strip", strip);
    method(&s, "lstrip", lstrip);
    method(&s, "rstrip", rstrip);
    method(&s, "upper", upper);
    method(&s, "lower", lower);
    method(&s, "replace", replace);
    method(&s, "startswith", startswith);
    method(&s, "endswith", endswith);
    method(&s, "find", find);
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("str.__new__ needs a type")) };
    let v = match pos.get(1) {
        None => Value::str(""),
        Some(Value::Str(s)) => Value::Str(s.clone()),
        Some(Value::Bytes(b)) if pos.len() > 2 || args.has_kwargs() => {
            Value::string(String::from_utf8_lossy(&b.data).into_owned())
        }
        Some(x) => Value::string(vm.str_of(x)?),
    };
    let str_cls = vm.types.str_.clone();
    Ok(wrap_for_subclass(vm, cls, v, &str_cls))
}

/// The receiver of a str method (also for str subclasses).
pub fn recv(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            other.kind_name()
        ))),
    }
}

/// A str argument, with CPython's message for other types.
pub fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!("{what} must be str, not {}", vm.type_name(&other)))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("join", &args, 1, 1)?;
    let sep = recv(vm, s)?;
    let items = vm.collect(&rest[0])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match vm.payload_base(it).unwrap_or_else(|| it.clone()) {
            Value::Str(p) => out.push_str(p.as_str()),
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(&other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let s = recv(vm, &pos[0])?;
    let sep = pos.get(1).or_else(|| args.kw("sep")).filter(|v| !v.is_none());
    let maxsplit = match pos.get(2).or_else(|| args.kw("maxsplit")) {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let parts: Vec<Value> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = s.as_str().trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        Some(sep) => {
            let sep = str_arg(vm, sep, "must be str or None")?;
            if sep.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.as_str().split(sep.as_str()).map(Value::str).collect()
            } else {
                s.as_str().splitn(maxsplit as usize + 1, sep.as_str()).map(Value::str).collect()
            }
        }
    };
    Ok(Value::list(parts))
}

fn strip_chars<'a>(vm: &Vm, rest: &[Value], name: &str) -> PyResult<Option<Rc<PyStr>>> {
    match rest.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => str_arg(vm, v, &format!("{name} arg")).map(Some),
    }
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = method_args(name, &args, 0, 1)?;
    let s = recv(vm, s)?;
    let chars = strip_chars(vm, rest, name)?;
    let pat = |c: char| match &chars {
        Some(cs) => cs.as_str().contains(c),
        None => c.is_whitespace(),
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

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("upper", &args, 0, 0)?;
    Ok(Value::string(recv(vm, s)?.as_str().to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("lower", &args, 0, 0)?;
    Ok(Value::string(recv(vm, s)?.as_str().to_lowercase()))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("replace", &args, 2, 3)?;
    let s = recv(vm, s)?;
    let old = str_arg(vm, &rest[0], "replace() argument 1")?;
    let new = str_arg(vm, &rest[1], "replace() argument 2")?;
    let count = match rest.get(2) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    Ok(Value::string(if count < 0 {
        s.as_str().replace(old.as_str(), new.as_str())
    } else {
        s.as_str().replacen(old.as_str(), new.as_str(), count as usize)
    }))
}

fn affix(vm: &mut Vm, args: Args, name: &str, start: bool) -> PyResult<Value> {
    let (s, rest) = method_args(name, &args, 1, 1)?;
    let s = recv(vm, s)?;
    let candidates: Vec<Value> = match &rest[0] {
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    for c in candidates {
        let c = str_arg(vm, &c, &format!("{name} first arg"))?;
        let hit = if start { s.as_str().starts_with(c.as_str()) } else { s.as_str().ends_with(c.as_str()) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("find", &args, 1, 1)?;
    let s = recv(vm, s)?;
    let sub = str_arg(vm, &rest[0], "find() argument")?;
    Ok(Value::Int(match s.as_str().find(sub.as_str()) {
        Some(b) => s.as_str()[..b].chars().count() as i64,
        None => -1,
    }))
}
