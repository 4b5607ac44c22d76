//! `_traceback`, what the `traceback` module (py/traceback.py) asks of the
//! VM: the report of an exception as the VM prints it, in pieces; and for
//! `inspect`, the source text a code object was compiled from and the state
//! of a generator or coroutine.

use std::rc::Rc;

use super::util::add_fns;
use crate::builtins::check_args;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(d, "_traceback", &[("format", format), ("source_text", source_text), ("generator_state", generator_state)]);
    Ok(())
}

/// `format(exc, limit, chain[, only])`: the strings `traceback.format_exception`
/// returns (without the "Did you mean" hints, as in CPython 3.11), or with
/// `only` those of `format_exception_only` (the exception line and notes).
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("format", &args, 3, 4)?;
    let Value::Instance(exc) = &pos[0] else { return Err(PyErr::type_error("format() needs an exception")) };
    if exc.exc().is_none() {
        return Err(PyErr::type_error("format() needs an exception"));
    }
    let limit = match &pos[1] {
        Value::None => None,
        Value::Int(n) => Some(*n),
        _ => return Err(PyErr::type_error("limit must be an int or None")),
    };
    let chain = vm.truthy(&pos[2])?;
    let only = match pos.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let lines = if only { vm.exception_only_lines(exc) } else { vm.traceback_lines(exc, limit, chain, false) };
    Ok(Value::list(lines.into_iter().map(|s| Value::str(&s)).collect()))
}

/// `source_text(code)`: the whole text `code` was compiled from, so that
/// `inspect` finds source even where there is no file to read (the page).
fn source_text(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("source_text", &args, 1, 1)?;
    match &pos[0] {
        Value::Code(c) => Ok(Value::str(&c.source.text)),
        _ => Err(PyErr::type_error("source_text() needs a code object")),
    }
}

/// `generator_state(gen)`: "CREATED", "RUNNING", "SUSPENDED" or "CLOSED",
/// what CPython's `inspect` reads from a generator's frame (we have none).
fn generator_state(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("generator_state", &args, 1, 1)?;
    let Value::Generator(g) = &pos[0] else {
        return Err(PyErr::type_error("generator_state() needs a generator or coroutine"));
    };
    let state = if g.running.get() {
        "RUNNING"
    } else if g.frame.try_borrow().map(|f| f.is_none()).unwrap_or(false) {
        "CLOSED"
    } else if g.started.get() {
        "SUSPENDED"
    } else {
        "CREATED"
    };
    Ok(Value::str(state))
}
