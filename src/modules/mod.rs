//! Builtin modules, created on first import.

mod sys;

use std::rc::Rc;

use crate::objects::{Module, PyDict, PyResult, PyStr, Value};
use crate::vm::Vm;

/// Creates the module `name`, or None if there is no such builtin module.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let dict = Rc::new(PyDict::new());
    dict.set_item_str("__name__", Value::str(name));
    match name {
        "sys" => sys::fill(vm, &dict)?,
        _ => return Ok(None),
    }
    Ok(Some(Value::Module(Rc::new(Module { name: Rc::new(PyStr::new(name)), dict }))))
}

/// Whether `v` is `sys.stderr`.
pub fn is_stderr(vm: &mut Vm, v: &Value) -> bool {
    sys::stream_kind(vm, v) == Some(2)
}

/// Whether `v` is `sys.stdout`.
pub fn is_stdout(vm: &mut Vm, v: &Value) -> bool {
    sys::stream_kind(vm, v) == Some(1)
}
