//! `_hostfs`: whole-file reads and writes through the host (the CLI uses the
//! real file system; a host without one answers ENOSYS and `open()` keeps
//! files in memory). The `open()` builtin itself is `py/_fileio.py`.

use std::rc::Rc;

use super::util::add_fns;
use crate::builtins::check_args;
use crate::objects::{Args, PyBytes, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(d, "_hostfs", &[("read", read), ("write", write), ("remove", remove)]);
    d.set_item_str("ENOSYS", Value::Int(i64::from(crate::vm::ENOSYS)));
    Ok(())
}

fn path_arg(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(PyErr::type_error("expected str, bytes or os.PathLike object")),
    }
}

/// `OSError(errno, strerror)` of the matching subclass, with `filename` set.
fn os_error(vm: &mut Vm, errno: i32, message: String, path: &str) -> PyErr {
    let kind = match errno {
        2 => ExcType::FileNotFoundError,
        13 => ExcType::PermissionError,
        17 => ExcType::FileExistsError,
        21 => ExcType::IsADirectoryError,
        _ => ExcType::OSError,
    };
    let cls = vm.exc_class(kind);
    let exc = vm.new_exception(cls, vec![Value::Int(i64::from(errno)), Value::string(message)]);
    if let Some(d) = &exc.dict {
        d.set_item_str("filename", Value::str(path));
    }
    PyErr::Exc(exc)
}

/// `read(path)` → bytes.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("read", &args, 1, 1)?;
    let path = path_arg(&pos[0])?;
    match vm.host.read_file(&path) {
        Ok(data) => Ok(Value::Bytes(Rc::new(PyBytes { data: data.into_boxed_slice() }))),
        Err((errno, msg)) => Err(os_error(vm, errno, msg, &path)),
    }
}

/// `write(path, data, append)`.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("write", &args, 3, 3)?;
    let path = path_arg(&pos[0])?;
    let Value::Bytes(data) = &pos[1] else { return Err(PyErr::type_error("write() needs bytes")) };
    let append = vm.truthy(&pos[2])?;
    match vm.host.write_file(&path, &data.data, append) {
        Ok(()) => Ok(Value::None),
        Err((errno, msg)) => Err(os_error(vm, errno, msg, &path)),
    }
}

/// `remove(path)`.
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("remove", &args, 1, 1)?;
    let path = path_arg(&pos[0])?;
    match vm.host.remove_file(&path) {
        Ok(()) => Ok(Value::None),
        Err((errno, msg)) => Err(os_error(vm, errno, msg, &path)),
    }
}
