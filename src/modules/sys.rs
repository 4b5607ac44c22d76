//! The `sys` module.

use std::rc::Rc;

use crate::builtins::{check_args, method, method_args};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, Builtin, PyDict, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{ExcType, PyErr, Vm};

fn builtin(name: &'static str, func: crate::objects::NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner: "sys" }))
}

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let cls =
        new_class("TextIOWrapper", vec![vm.types.object.clone()], BuiltinKind::Object, true, Rc::new(PyDict::new()))
            .map_err(PyErr::type_error)?;
    method(&cls, "write", stream_write);
    method(&cls, "flush", stream_flush);
    method(&cls, "writelines", stream_writelines);
    method(&cls, "isatty", stream_false);
    method(&cls, "readable", stream_false);
    method(&cls, "seekable", stream_false);
    method(&cls, "writable", stream_true);
    method(&cls, "fileno", stream_fileno);
    for (name, fd) in [("stdout", 1), ("stderr", 2)] {
        let obj = crate::builtins::object_new_instance(&cls);
        if let Value::Instance(i) = &obj {
            if let Some(dict) = &i.dict {
                dict.set_item_str("_fd", Value::Int(fd));
                dict.set_item_str("name", Value::string(format!("<{name}>")));
                dict.set_item_str("encoding", Value::str("utf-8"));
                dict.set_item_str("errors", Value::str(if fd == 1 { "strict" } else { "backslashreplace" }));
                dict.set_item_str("mode", Value::str("w"));
            }
        }
        d.set_item_str(name, obj.clone());
        d.set_item_str(&format!("__{name}__"), obj);
    }
    d.set_item_str("maxsize", Value::Int(i64::MAX));
    let argv: Vec<Value> = match vm.options.argv.as_slice() {
        [] => vec![Value::str("")],
        args => args.iter().map(|a| Value::str(a)).collect(),
    };
    d.set_item_str("argv", Value::list(argv));
    d.set_item_str("platform", Value::str(if cfg!(target_arch = "wasm32") { "emscripten" } else { "linux" }));
    d.set_item_str("version", Value::str("3.11.0 (Brisk)"));
    d.set_item_str(
        "version_info",
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), Value::str("final"), Value::Int(0)]),
    );
    d.set_item_str("modules", Value::Dict(vm.modules.clone()));
    d.set_item_str("getrecursionlimit", builtin("getrecursionlimit", getrecursionlimit));
    d.set_item_str("setrecursionlimit", builtin("setrecursionlimit", setrecursionlimit));
    d.set_item_str("exit", builtin("exit", exit));
    d.set_item_str("exc_info", builtin("exc_info", exc_info));
    d.set_item_str("intern", builtin("intern", intern));
    d.set_item_str("getsizeof", builtin("getsizeof", super::sys_sizeof::getsizeof));
    // Structured version/float/int information and constants, in Python.
    super::util::run_source(vm, d, include_str!("py/_sysinfo.py"), "<sys>")?;
    for helper in [
        "__builtins__",
        "version_info_type",
        "float_info_type",
        "int_info_type",
        "hash_info_type",
        "flags_type",
        "_Implementation",
    ] {
        d.del_str(helper);
    }
    Ok(())
}

/// 1 for stdout, 2 for stderr, None for anything else.
pub fn stream_kind(vm: &mut Vm, v: &Value) -> Option<i64> {
    let Value::Instance(i) = v else { return None };
    if !i.class().is_builtin {
        return None;
    }
    match i.dict.as_ref()?.get_str("_fd") {
        Some(Value::Int(n)) => {
            let _ = vm;
            Some(n)
        }
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("write", &args, 1, 1)?;
    let Value::Str(text) = &rest[0] else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(&rest[0]))));
    };
    match stream_kind(vm, s) {
        Some(2) => {
            vm.host.flush();
            vm.host.write_stderr(text.as_str());
        }
        _ => vm.host.write_stdout(text.as_str()),
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args("writelines", &args, 1, 1)?;
    let s = s.clone();
    for line in vm.collect(&rest[0])? {
        let write = vm.get_attr_str(&s, "write")?;
        vm.call(&write, &[line])?;
    }
    Ok(Value::None)
}

fn stream_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(false))
}

fn stream_true(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(true))
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = method_args("fileno", &args, 0, 0)?;
    Ok(Value::Int(stream_kind(vm, s).unwrap_or(1)))
}

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.host.flush();
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// The deepest limit we allow: beyond it even a large native stack is at risk.
pub const MAX_RECURSION_LIMIT: i64 = 20_000;

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("setrecursionlimit", &args, 1, 1)?;
    let n = vm.index_value(&pos[0])?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n.min(MAX_RECURSION_LIMIT) as usize;
    Ok(Value::None)
}

pub fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("exit", &args, 0, 1)?;
    let cls = vm.exc_class(ExcType::SystemExit);
    Err(PyErr::Exc(vm.new_exception(cls, pos.to_vec())))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Class(vm.type_of(&e));
    let tb = match &e {
        Value::Instance(i) => i.exc().map(|d| d.borrow().traceback.clone()),
        _ => None,
    };
    let tb = tb.map_or(Value::None, |entries| crate::builtins::object::traceback_chain(vm, &entries));
    Ok(Value::tuple(vec![t, e, tb]))
}

fn intern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("intern", &args, 1, 1)?;
    Ok(pos[0].clone())
}
