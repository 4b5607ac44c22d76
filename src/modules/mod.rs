//! Builtin modules, created on first import.

mod bisect;
mod collections;
mod collections_user;
mod copy;
mod deque;
mod embedded;
pub(crate) mod functools;
mod gc;
mod heapq;
mod hostfs;
mod itertools;
mod math;
mod operator;
mod random;
mod re;
mod re_translate;
mod sha512;
mod string;
pub mod sys;
mod sys_sizeof;
mod tbfmt;
mod time;
mod unicodedata;
pub(crate) mod util;
mod weakref;

use std::rc::Rc;

use crate::objects::{Module, PyDict, PyResult, PyStr, Value};
use crate::vm::Vm;

#[cfg(feature = "test-hooks")]
pub use embedded::forget_loaded_blob as forget_loaded_stdlib;
pub use embedded::{embedded_source, set_loader as set_stdlib_loader};

/// Creates the module `name`, or None if there is no such builtin module.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if name == "builtins" {
        // The very dict that name lookups fall back to, so that
        // `builtins.len = ...` is seen everywhere.
        let dict = vm.builtins.clone();
        return Ok(Some(Value::Module(Rc::new(Module { name: Rc::new(PyStr::new(name)), dict }))));
    }
    let dict = PyDict::new_tracked();
    dict.set_item_str("__name__", Value::str(name));
    match name {
        "sys" => sys::fill(vm, &dict)?,
        "math" => math::fill(vm, &dict)?,
        "bisect" => bisect::fill(vm, &dict)?,
        "copy" => copy::fill(vm, &dict)?,
        "heapq" => heapq::fill(vm, &dict)?,
        "string" => string::fill(vm, &dict)?,
        "functools" => functools::fill(vm, &dict)?,
        "operator" => operator::fill(vm, &dict)?,
        "itertools" => itertools::fill(vm, &dict)?,
        "collections" => collections::fill(vm, &dict)?,
        "random" => random::fill(vm, &dict)?,
        "time" => time::fill(vm, &dict)?,
        "gc" => gc::fill(vm, &dict)?,
        "_weakref" => weakref::fill(vm, &dict)?,
        "_re" => re::fill(vm, &dict)?,
        "_hostfs" => hostfs::fill(vm, &dict)?,
        "_traceback" => tbfmt::fill(vm, &dict)?,
        "_unicodedata" => unicodedata::fill(vm, &dict)?,
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
