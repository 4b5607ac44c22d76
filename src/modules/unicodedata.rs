//! `_unicodedata`: the character names behind `unicodedata.name` and
//! `unicodedata.lookup` (the rest of `unicodedata` is Python, in
//! `py/unicodedata.py`), from the table `\N{...}` escapes use.

use std::rc::Rc;

use super::util::add_fns;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(d, "_unicodedata", &[("name", name), ("lookup", lookup), ("available", available)]);
    Ok(())
}

fn one_str(args: &Args, what: &str) -> PyResult<String> {
    match args.pos() {
        [Value::Str(s)] => Ok(s.as_str().to_owned()),
        _ => Err(PyErr::type_error(format!("_unicodedata.{what}() takes one str"))),
    }
}

/// `name(ch)`: the name, or None when the character has none.
fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one_str(&args, "name")?;
    let mut chars = s.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Err(PyErr::type_error("_unicodedata.name() takes one character"));
    };
    Ok(unicode_names2::name(c).map(Value::string).unwrap_or(Value::None))
}

/// `lookup(name)`: the character, or None when no character has the name.
fn lookup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = one_str(&args, "lookup")?;
    Ok(unicode_names2::character(&s).map(|c| Value::string(c.to_string())).unwrap_or(Value::None))
}

/// Whether the name table could be had (the browser build loads it).
fn available(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(unicode_names2::table_available()))
}
