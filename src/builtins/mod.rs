//! The `builtins` namespace: functions, type constructors, the exception
//! hierarchy, and the methods of builtin types (one file per type).

mod argcheck;
mod asyncgen;
mod bytes;
mod class_build;
mod dict;
mod dict_views;
pub(crate) mod exceptions;
mod float_text;
pub mod functions;
mod generator;
mod int_float;
mod list;
mod num_dunders;
pub(crate) mod object;
mod percent;
mod runtime;
mod set;
mod set_ops;
mod str;
mod str_format;
mod tuple_range;

use std::rc::Rc;

use crate::objects::{Args, Builtin, Class, NativeFn, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub use bytes::buffer_bytes;
pub use generator::add_iterator_methods;
pub use object::{function_get, new_instance_rc};
pub use percent::percent_format;
pub use set::{set_compare, set_operator};
pub use set_ops::{lookup_key, update_internal};

/// Registers every builtin into a fresh VM.
pub fn install(vm: &mut Vm) {
    object::install(vm);
    exceptions::install(vm);
    functions::install(vm);
    int_float::install(vm);
    str::install(vm);
    bytes::install(vm);
    list::install(vm);
    tuple_range::install(vm);
    dict::install(vm);
    set::install(vm);
    generator::install(vm);
    asyncgen::install(vm);
    runtime::install(vm);
    let t = vm.types.clone_refs();
    for (name, cls) in t {
        vm.builtins.set_item_str(name, Value::Class(cls));
    }
    for alias in ["EnvironmentError", "IOError"] {
        let os_error = vm.exc_class(crate::vm::ExcType::OSError);
        vm.builtins.set_item_str(alias, Value::Class(os_error));
    }
    vm.builtins.set_item_str("None", Value::None);
    vm.builtins.set_item_str("NotImplemented", Value::NotImplemented);
    vm.builtins.set_item_str("Ellipsis", Value::Ellipsis);
    vm.builtins.set_item_str("__name__", Value::str("builtins"));
    for cls in vm.types.all_builtin_classes() {
        cls.dict.set_item_str("__module__", Value::str("builtins"));
        cls.modified();
    }
}

/// Adds a method descriptor to a builtin type.
pub fn method(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    let owner = owner_name(cls);
    cls.dict.set_item_str(name, Value::Builtin(Rc::new(Builtin { name, func, is_method: true, owner })));
    cls.modified();
}

/// Adds a static function (e.g. `__new__`, `dict.fromkeys`) to a builtin type.
pub fn static_fn(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    let owner = owner_name(cls);
    cls.dict.set_item_str(name, Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner })));
    cls.modified();
}

/// A class's name as the `&'static str` that `Builtin::owner` holds. Each
/// distinct name is leaked once per process: the page makes a VM per run,
/// and leaking per method would grow with every run.
pub fn owner_name(cls: &Class) -> &'static str {
    static NAMES: std::sync::Mutex<std::collections::BTreeSet<&'static str>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let name = cls.name();
    let mut names = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = names.get(name.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.as_str().into());
    names.insert(leaked);
    leaked
}

/// A read-only property of a native class, computed by `func(self)`.
pub fn getter(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    let owner = owner_name(cls);
    let fget = Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner }));
    let prop = crate::objects::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
        name: std::cell::RefCell::new(Some(Rc::new(crate::objects::PyStr::new(name)))),
        gc: Default::default(),
    };
    cls.dict.set_item_str(name, Value::Property(Rc::new(prop)));
    cls.modified();
}

/// Adds a builtin function to the builtins namespace.
pub fn function(vm: &Vm, name: &'static str, func: NativeFn) {
    vm.builtins
        .set_item_str(name, Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner: "builtins" })));
}

/// Builtins that read the calling frame (see `CallerInfo`).
pub fn needs_caller(b: &Builtin) -> bool {
    b.owner == "builtins" && matches!(b.name, "locals" | "globals" | "vars" | "dir" | "eval" | "exec")
}

/// Checks a positional-only argument count, with CPython's messages.
pub fn check_args<'a>(name: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() < min || pos.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", pos.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", pos.len()),
                n => format!("{name} expected {n} arguments, got {}", pos.len()),
            }
        } else if pos.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, pos.len())
        } else {
            format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, pos.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(pos)
}

/// For methods: the receiver and the remaining positional arguments.
pub fn method_args<'a>(name: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    let Some((recv, rest)) = pos.split_first() else {
        return Err(PyErr::type_error(format!("descriptor '{name}' needs an argument")));
    };
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if rest.len() < min || rest.len() > max {
        let msg = if min == max && min == 0 {
            format!("{name}() takes no arguments ({} given)", rest.len())
        } else if min == max && min == 1 {
            format!("{name}() takes exactly one argument ({} given)", rest.len())
        } else if rest.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, rest.len())
        } else {
            format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, rest.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok((recv, rest))
}

/// `ascii()` of an already computed repr: escapes non-ASCII characters.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Attributes that builtin objects expose outside their type's dict
/// (`f.__name__`, `e.args`, `cls.__mro__`, ...).
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    object::special_attr(vm, obj, name)
}

/// Wraps a builtin value for a subclass instance (`class Stack(list)`).
pub fn wrap_for_subclass(vm: &Vm, cls: &Rc<Class>, value: Value, builtin: &Rc<Class>) -> Value {
    if Rc::ptr_eq(cls, builtin) {
        return value;
    }
    let _ = vm;
    object::new_instance(cls, crate::objects::Payload::Base(std::cell::RefCell::new(value)))
}

/// A plain instance of a (builtin) class with an attribute dict.
pub fn object_new_instance(cls: &Rc<Class>) -> Value {
    object::new_instance(cls, crate::objects::Payload::None)
}
