//! Builtins that reach into the compiler and the import system:
//! `compile()` and `__import__()`.

use std::rc::Rc;

use crate::objects::{Args, Builtin, PyResult, Value, Wrapper};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    super::function(vm, "compile", compile);
    super::function(vm, "__import__", import);
    let object = vm.types.object.clone();
    let hook = Value::Builtin(Rc::new(Builtin {
        name: "__init_subclass__",
        func: init_subclass,
        is_method: false,
        owner: "object",
    }));
    object.dict.set_item_str("__init_subclass__", Value::ClassMethod(Wrapper::tracked(hook)));
    object.modified();
}

/// `object.__init_subclass__()`: the end of the `super()` chain; accepts no keywords.
fn init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = match args.values.first() {
            Some(Value::Class(c)) => format!("{}.", c.name().as_str()),
            _ => String::new(),
        };
        return Err(PyErr::type_error(format!("{name}__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

/// The argument named `name` at position `i`, positional or keyword.
fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v))
}

/// `compile(source, filename, mode)`: a code object for exec() or eval().
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let allowed = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if let Some((k, _)) = args.kwargs().find(|(k, _)| !allowed.contains(k)) {
        return Err(PyErr::type_error(format!("compile() got an unexpected keyword argument '{k}'")));
    }
    let (Some(src), Some(filename), Some(mode)) =
        (arg(&args, 0, "source"), arg(&args, 1, "filename"), arg(&args, 2, "mode"))
    else {
        return Err(PyErr::type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let text = match src {
        Value::Str(s) => s.as_str().to_owned(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        _ => return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = vm.str_of(filename)?;
    let mode = match mode {
        Value::Str(m) => match m.as_str() {
            "exec" => rustpython_parser::Mode::Module,
            "eval" => rustpython_parser::Mode::Expression,
            "single" => rustpython_parser::Mode::Interactive,
            _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        _ => return Err(PyErr::type_error("compile() mode must be str")),
    };
    let code = crate::compile::compile_mode(&text, &filename, mode).map_err(|e| crate::compile_error_to_exc(vm, &e))?;
    Ok(Value::Code(code))
}

/// `__import__(name)`: the top-level package, as the `import` statement binds it
/// (the leaf module when a fromlist is given).
fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = arg(&args, 0, "name") else {
        return Err(PyErr::type_error("__import__() argument 1 must be str"));
    };
    let fromlist = arg(&args, 3, "fromlist").is_some_and(|f| !f.is_none());
    vm.import_name(name.as_str(), fromlist)
}
