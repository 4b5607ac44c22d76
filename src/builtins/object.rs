//! `object`, `type`, class creation (`__build_class__`), `property`,
//! `staticmethod`, `classmethod`, `super`, and special attributes.

use crate::objects::BoolBits;
use std::cell::RefCell;
use std::rc::Rc;

use super::{check_args, method, method_args, static_fn};
use crate::objects::class::BuiltinKind;
use crate::objects::{
    Args, Class, ExcData, Instance, Payload, Property, PyDict, PyResult, PyStr, Super, Value, Wrapper,
};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let o = vm.types.object.clone();
    static_fn(&o, "__new__", object_new);
    method(&o, "__init__", object_init);
    method(&o, "__eq__", object_eq);
    method(&o, "__ne__", object_ne);
    method(&o, "__hash__", object_hash);
    method(&o, "__repr__", object_repr);
    method(&o, "__str__", object_str);
    method(&o, "__format__", object_format);
    method(&o, "__getattribute__", object_getattribute);
    method(&o, "__setattr__", object_setattr);
    method(&o, "__delattr__", object_delattr);
    method(&o, "__dir__", object_dir);
    let m = vm.types.module.clone();
    static_fn(&m, "__new__", module_new);
    method(&m, "__init__", module_init);
    super::class_build::install(vm);
    let p = vm.types.property.clone();
    static_fn(&p, "__new__", property_new);
    method(&p, "getter", property_getter);
    method(&p, "setter", property_setter);
    method(&p, "deleter", property_deleter);
    method(&p, "__get__", property_get);
    static_fn(&vm.types.staticmethod.clone(), "__new__", staticmethod_new);
    static_fn(&vm.types.classmethod.clone(), "__new__", classmethod_new);
    static_fn(&vm.types.super_.clone(), "__new__", super_new);
    method(&vm.types.function.clone(), "__get__", function_get);
}

/// `function.__get__(obj, type=None)`: the function bound to `obj`, or
/// itself when looked up on the class (`obj` None). Also `lru_cache`'s.
pub fn function_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("__get__", &args, 1, 2)?;
    if rest[0].is_none() {
        return Ok(slf.clone());
    }
    Ok(Value::BoundMethod(crate::objects::gc::track_method(Rc::new(crate::objects::BoundMethod {
        self_: rest[0].clone(),
        func: slf.clone(),
        gc: Default::default(),
    }))))
}

/// A fresh instance of a user class with the given payload.
pub fn new_instance(cls: &Rc<Class>, payload: Payload) -> Value {
    Value::Instance(new_instance_rc(cls, payload))
}

/// `new_instance`, typed.
pub fn new_instance_rc(cls: &Rc<Class>, payload: Payload) -> Rc<Instance> {
    // Plain `object()` instances have no __dict__.
    let plain_object = cls.is_builtin && cls.kind == BuiltinKind::Object && cls.bases.borrow().is_empty();
    let dict = if cls.has_dict && !plain_object {
        Some(crate::objects::gc::track_dict(Rc::new(PyDict::new_shaped())))
    } else {
        None
    };
    let nslots = cls.slots.as_ref().map(|s| s.len()).unwrap_or(0);
    crate::objects::gc::track_instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict,
        slots: RefCell::new(vec![Value::Null; nslots]),
        payload,
        finalized: Default::default(),
        weakly_referenced: Default::default(),
        gc: Default::default(),
    }))
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error(match pos.first() {
            Some(other) => format!("object.__new__(X): X is not a type object ({})", vm.type_name(other)),
            None => "object.__new__(): not enough arguments".to_owned(),
        }));
    };
    // The singletons' types make the singleton: `type(None)()` is None.
    if pos.len() == 1 {
        for (t, v) in [
            (&vm.types.none_type, Value::None),
            (&vm.types.ellipsis_type, Value::Ellipsis),
            (&vm.types.notimpl_type, Value::NotImplemented),
        ] {
            if Rc::ptr_eq(cls, t) {
                return Ok(v);
            }
        }
    }
    if cls.is_builtin && cls.kind != BuiltinKind::Object && cls.kind != BuiltinKind::BaseException {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name().as_str(),
            cls.name().as_str()
        )));
    }
    if let Some(sub) = os_error_subclass(vm, cls, &pos[1..]) {
        return Ok(new_instance(
            &sub,
            Payload::Exception(RefCell::new(ExcData { args: pos[1..].to_vec(), ..Default::default() })),
        ));
    }
    let payload = match cls.kind {
        BuiltinKind::BaseException => {
            Payload::Exception(RefCell::new(ExcData { args: pos[1..].to_vec(), ..Default::default() }))
        }
        BuiltinKind::List => Payload::Base(RefCell::new(Value::list(Vec::new()))),
        BuiltinKind::Dict => Payload::Base(RefCell::new(Value::Dict(PyDict::new_tracked()))),
        BuiltinKind::Set => Payload::Base(RefCell::new(Value::Set(vm.new_set(false)))),
        _ => Payload::None,
    };
    Ok(new_instance(cls, payload))
}

/// `OSError(errno, strerror)` makes the subclass for that errno, as CPython
/// does (`OSError(2, 'x')` is a FileNotFoundError).
fn os_error_subclass(vm: &Vm, cls: &Rc<Class>, args: &[Value]) -> Option<Rc<Class>> {
    if args.len() < 2 || !Rc::ptr_eq(cls, &vm.exc_class(ExcType::OSError)) {
        return None;
    }
    let Value::Int(errno) = args[0] else { return None };
    let kind = match errno {
        1 | 13 => ExcType::PermissionError,
        2 => ExcType::FileNotFoundError,
        3 => ExcType::ProcessLookupError,
        4 => ExcType::InterruptedError,
        10 => ExcType::ChildProcessError,
        11 | 114 | 115 => ExcType::BlockingIOError,
        17 => ExcType::FileExistsError,
        20 => ExcType::NotADirectoryError,
        21 => ExcType::IsADirectoryError,
        32 | 108 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        104 => ExcType::ConnectionResetError,
        110 => ExcType::TimeoutError,
        111 => ExcType::ConnectionRefusedError,
        _ => return None,
    };
    Some(vm.exc_class(kind))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = method_args("__eq__", &args, 1, 1)?;
    Ok(if a.is(&rest[0]) { Value::Bool(BoolBits::TRUE) } else { Value::NotImplemented })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = method_args("__ne__", &args, 1, 1)?;
    // Default __ne__ inverts __eq__.
    match vm.call_special(a, "__eq__", &[rest[0].clone()])? {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(r) => Ok(Value::bool(!vm.truthy(&r)?)),
    }
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = method_args("__hash__", &args, 0, 0)?;
    Ok(Value::Int(crate::objects::hash::hash_pointer(a.heap_ptr().unwrap_or(0))))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = method_args("__repr__", &args, 0, 0)?;
    Ok(Value::string(vm.default_repr(a)?))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = method_args("__str__", &args, 0, 0)?;
    Ok(Value::string(vm.repr(a)?))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = method_args("__format__", &args, 1, 1)?;
    let spec = rest[0].as_str().map(|s| s.as_str().to_owned()).unwrap_or_default();
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(a))));
    }
    Ok(Value::string(vm.str_of(a)?))
}

fn attr_name(v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.kind_name()))),
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, rest) = method_args("__getattribute__", &args, 1, 1)?;
    let name = attr_name(&rest[0])?;
    match obj {
        Value::Instance(inst) => {
            let cls = inst.class();
            vm.generic_getattr(obj, inst, &cls, name.as_str())
        }
        other => vm.get_attr(other, &name),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, rest) = method_args("__setattr__", &args, 2, 2)?;
    let name = attr_name(&rest[0])?;
    match obj {
        Value::Instance(inst) => vm.generic_setattr(obj, inst, &name, rest[1].clone())?,
        other => vm.set_attr(other, &name, rest[1].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, rest) = method_args("__delattr__", &args, 1, 1)?;
    let name = attr_name(&rest[0])?;
    match obj {
        Value::Instance(inst) => vm.generic_delattr(obj, inst, &name)?,
        other => vm.del_attr(other, &name)?,
    }
    Ok(Value::None)
}

/// Sorted attribute names of an object (instance dict, class and bases).
pub fn dir_names(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &PyDict, names: &mut Vec<String>| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_owned());
            }
        }
    };
    let mro = match obj {
        Value::Module(m) => {
            add_dict(&m.dict, &mut names);
            Vec::new()
        }
        Value::Class(c) => Class::mro(c),
        _ => {
            if let Value::Instance(i) = obj {
                if let Some(d) = &i.dict {
                    add_dict(d, &mut names);
                }
            }
            Class::mro(&vm.type_of(obj))
        }
    };
    for k in &mro {
        let before = names.len();
        add_dict(&k.dict, &mut names);
        if k.is_builtin {
            // A builtin type's `__module__` is not in its dict in CPython.
            let mut i = before;
            while i < names.len() {
                if names[i] == "__module__" {
                    names.swap_remove(i);
                } else {
                    i += 1;
                }
            }
            // Attributes CPython keeps as descriptors Brisk resolves elsewhere.
            let extra: &[&str] = match k.kind {
                BuiltinKind::Object if Rc::ptr_eq(k, &vm.types.object) => &[
                    "__class__",
                    "__doc__",
                    "__ge__",
                    "__getstate__",
                    "__gt__",
                    "__le__",
                    "__lt__",
                    "__reduce__",
                    "__reduce_ex__",
                    "__sizeof__",
                    "__subclasshook__",
                ],
                BuiltinKind::Int if Rc::ptr_eq(k, &vm.types.int) => &["real", "imag", "numerator", "denominator"],
                BuiltinKind::Float => &["real", "imag"],
                _ => &[],
            };
            names.extend(extra.iter().map(|s| (*s).to_owned()));
        } else {
            names.push("__doc__".to_owned());
            names.push("__module__".to_owned());
            if let Some(slots) = &k.slots {
                names.extend(slots.iter().map(|s| s.as_str().to_owned()));
            }
            if k.has_dict && k.kind == BuiltinKind::Object {
                names.push("__dict__".to_owned());
                names.push("__weakref__".to_owned());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, _) = method_args("__dir__", &args, 0, 0)?;
    let names = dir_names(vm, obj);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn property_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let get = |i: usize, name: &str| -> Value {
        pos.get(i + 1).cloned().or_else(|| args.kw(name).cloned()).unwrap_or(Value::None)
    };
    let mut doc = get(3, "doc");
    let fget = get(0, "fget");
    if doc.is_none() {
        if let Value::Function(f) = &fget {
            doc = f.dict.get_str("__doc__").unwrap_or(Value::None);
        }
    }
    Ok(Value::Property(crate::objects::gc::track_property(Rc::new(Property {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
        name: std::cell::RefCell::new(None),
        gc: Default::default(),
    }))))
}

fn property_copy(args: &Args, which: usize) -> PyResult<Value> {
    let (p, rest) = method_args("property", args, 1, 1)?;
    let Value::Property(p) = p else { return Err(PyErr::type_error("descriptor needs a property")) };
    let f = rest[0].clone();
    Ok(Value::Property(crate::objects::gc::track_property(Rc::new(Property {
        fget: if which == 0 { f.clone() } else { p.fget.clone() },
        fset: if which == 1 { f.clone() } else { p.fset.clone() },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc: p.doc.clone(),
        name: std::cell::RefCell::new(p.name.borrow().clone()),
        gc: Default::default(),
    }))))
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 0)
}
fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 1)
}
fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(&args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, rest) = method_args("__get__", &args, 1, 2)?;
    let Value::Property(p) = p else { return Err(PyErr::type_error("descriptor needs a property")) };
    if rest[0].is_none() {
        return Ok(Value::Property(p.clone()));
    }
    vm.call(&p.fget, &[rest[0].clone()])
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("staticmethod", &args, 2, 2)?;
    Ok(Value::StaticMethod(Wrapper::tracked(pos[1].clone())))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("classmethod", &args, 2, 2)?;
    Ok(Value::ClassMethod(Wrapper::tracked(pos[1].clone())))
}

/// `super()` and `super(cls, obj)`.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (this_class, obj) = if pos.len() <= 1 {
        let caller = vm.caller.clone().ok_or_else(|| PyErr::runtime_error("super(): no arguments"))?;
        if caller.first_arg.as_ref().is_none_or(|v| v.is_null()) {
            return Err(PyErr::runtime_error("super(): no arguments"));
        }
        let cls = match caller.class_cell {
            Some(Value::Class(c)) => c,
            _ => return Err(PyErr::runtime_error("super(): __class__ cell not found")),
        };
        let obj = match caller.first_arg {
            Some(v) if !v.is_null() => v,
            _ => return Err(PyErr::runtime_error("super(): no arguments")),
        };
        (cls, obj)
    } else {
        match &pos[1] {
            Value::Class(c) => (c.clone(), pos.get(2).cloned().unwrap_or(Value::None)),
            other => {
                return Err(PyErr::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(other)
                )))
            }
        }
    };
    let obj_type = match &obj {
        Value::Class(c) if Class::is_subclass(c, &this_class) => c.clone(),
        other => vm.type_of(other),
    };
    if !Class::is_subclass(&obj_type, &this_class) {
        return Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Super(Rc::new(Super { this_class, obj, obj_type })))
}

/// `SyntaxError(msg, (filename, lineno, offset, text))` attributes.
fn syntax_error_attr(args: &[Value], name: &str) -> Value {
    if name == "msg" {
        return args.first().cloned().unwrap_or(Value::None);
    }
    let Some(Value::Tuple(details)) = args.get(1) else { return Value::None };
    let i = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => 3,
    };
    details.items.get(i).cloned().unwrap_or(Value::None)
}

/// `exc.__traceback__`: traceback objects (`tb_lineno`, `tb_next`) from the
/// frame that caught the exception down to the one that raised it. The
/// entries are stored innermost first, as frames were left. Each also has
/// `_entry`, (filename, line, function, stripped source line), which the
/// `traceback` module reads.
pub(crate) fn traceback_chain(vm: &Vm, entries: &[crate::objects::class::TbEntry]) -> Value {
    let mut next = Value::None;
    for e in entries {
        let tb = new_instance(&vm.types.traceback, crate::objects::Payload::None);
        if let Value::Instance(t) = &tb {
            if let Some(d) = &t.dict {
                d.set_item_str("tb_lineno", Value::Int(i64::from(e.line)));
                d.set_item_str("tb_next", next);
                let text = e.line_text();
                let entry = vec![
                    Value::str(&e.filename),
                    Value::Int(i64::from(e.line)),
                    Value::Str(e.name.clone()),
                    Value::str(text),
                ];
                d.set_item_str("_entry", Value::tuple(entry));
            }
        }
        next = tb;
    }
    next
}

/// The name a VM-raised NameError or AttributeError is about, read back from
/// its message (`name 'x' is not defined`, `... has no attribute 'x'`); None
/// for one raised with other arguments, as CPython's `.name` is then.
fn quoted_name(args: &[Value], before: &str, after: &str) -> Value {
    let [Value::Str(msg)] = args else { return Value::None };
    let text = msg.as_str();
    let Some(start) = text.rfind(before) else { return Value::None };
    let rest = &text[start + before.len()..];
    match rest.find(after) {
        Some(end) if end > 0 && !rest[..end].contains('\'') => Value::str(&rest[..end]),
        _ => Value::None,
    }
}

/// `start`, `reason`, ... of a UnicodeDecodeError or UnicodeEncodeError: its
/// five arguments when made as CPython makes them, else read back from the
/// VM's message (`'utf-8' codec can't decode byte 0xff in position 0: ...`).
fn unicode_error_attr(args: &[Value], name: &str) -> Value {
    let field = ["encoding", "object", "start", "end", "reason"].iter().position(|f| *f == name).unwrap_or(0);
    if args.len() == 5 {
        return args[field].clone();
    }
    let [Value::Str(msg)] = args else { return Value::None };
    let text = msg.as_str();
    let (Some(pos), Some(colon)) = (text.find(" in position "), text.find(": ")) else { return Value::None };
    let span = &text[pos + " in position ".len()..colon];
    let (start, end) = match span.split_once('-') {
        Some((a, b)) => (a.parse::<i64>().ok(), b.parse::<i64>().ok().map(|e| e + 1)),
        None => (span.parse::<i64>().ok(), span.parse::<i64>().ok().map(|s| s + 1)),
    };
    match field {
        0 => match text.strip_prefix('\'').and_then(|t| t.split_once("' codec")) {
            Some((encoding, _)) => Value::str(encoding),
            None => Value::None,
        },
        2 => start.map(Value::Int).unwrap_or(Value::None),
        3 => end.map(Value::Int).unwrap_or(Value::None),
        4 => Value::str(&text[colon + 2..]),
        _ => Value::None,
    }
}

/// `module(name, doc=None)` (`types.ModuleType`): a fresh, empty module.
fn module_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let name = match (pos.get(1), args.kw("name")) {
        (Some(Value::Str(s)), _) | (None, Some(Value::Str(s))) => s.clone(),
        (Some(_), _) | (None, Some(_)) => {
            return Err(PyErr::type_error("module.__init__() argument 'name' must be str"));
        }
        (None, None) => return Err(PyErr::type_error("module() missing required argument 'name' (pos 1)")),
    };
    let doc = pos.get(2).cloned().or_else(|| args.kw("doc").cloned()).unwrap_or(Value::None);
    let dict = PyDict::new_tracked();
    dict.set_item_str("__name__", Value::Str(name.clone()));
    dict.set_item_str("__doc__", doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        dict.set_item_str(key, Value::None);
    }
    Ok(Value::Module(Rc::new(crate::objects::Module { name, dict })))
}

/// `module.__init__`: `module.__new__` did the work.
fn module_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Attributes of builtin objects that do not live in a type dict.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Class(vm.type_of(obj))));
    }
    Ok(match (obj, name) {
        (Value::Instance(i), "__dict__") => i.dict.as_ref().map(|d| Value::Dict(d.clone())),
        (Value::Instance(i), _) if i.exc().is_some() => {
            let d = i.exc().expect("exception").borrow();
            match name {
                "args" => Some(Value::tuple(d.args.clone())),
                "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::bool(d.suppress_context)),
                "__traceback__" => Some(traceback_chain(vm, &d.traceback)),
                "value" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::StopIteration)) => {
                    Some(d.args.first().cloned().unwrap_or(Value::None))
                }
                "code" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::SystemExit)) => {
                    Some(d.args.first().cloned().unwrap_or(Value::None))
                }
                "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                    if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::SyntaxError)) =>
                {
                    Some(syntax_error_attr(&d.args, name))
                }
                "name" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::NameError)) => {
                    let set = i.dict.as_ref().and_then(|dd| dd.get_str("name"));
                    Some(set.unwrap_or_else(|| quoted_name(&d.args, "name '", "' is not defined")))
                }
                "name" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::AttributeError)) => {
                    let set = i.dict.as_ref().and_then(|dd| dd.get_str("name"));
                    Some(set.unwrap_or_else(|| quoted_name(&d.args, "attribute '", "'")))
                }
                // The object is not kept when the VM raises it (None then).
                "obj" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::AttributeError)) => {
                    Some(i.dict.as_ref().and_then(|dd| dd.get_str("obj")).unwrap_or(Value::None))
                }
                "encoding" | "object" | "start" | "end" | "reason"
                    if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::UnicodeError)) =>
                {
                    Some(unicode_error_attr(&d.args, name))
                }
                "name" | "path" if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::ImportError)) => {
                    let set = i.dict.as_ref().and_then(|dd| dd.get_str(name));
                    Some(set.unwrap_or_else(|| match name {
                        "path" => Value::None,
                        _ => match quoted_name(&d.args, "No module named '", "'") {
                            Value::None => quoted_name(&d.args, "' from '", "'"),
                            found => found,
                        },
                    }))
                }
                "errno" | "strerror" | "filename"
                    if Class::is_subclass(&i.class(), &vm.exc_class(ExcType::OSError)) =>
                {
                    match name {
                        "filename" => {
                            Some(i.dict.as_ref().and_then(|dd| dd.get_str("filename")).unwrap_or(Value::None))
                        }
                        _ if d.args.len() < 2 => Some(Value::None),
                        "errno" => d.args.first().cloned(),
                        _ => d.args.get(1).cloned(),
                    }
                }
                _ => None,
            }
        }
        (Value::Class(c), _) => match name {
            "__name__" => Some(Value::Str(c.name())),
            "__qualname__" => Some(Value::Str(c.qualname.borrow().clone())),
            "__mro__" => Some(Value::tuple(Class::mro(c).into_iter().map(Value::Class).collect())),
            "__bases__" => Some(Value::tuple(c.bases.borrow().iter().cloned().map(Value::Class).collect())),
            "__base__" => Some(c.bases.borrow().first().cloned().map(Value::Class).unwrap_or(Value::None)),
            // A copy: writes must go through setattr so caches see them
            // (CPython returns a read-only mappingproxy).
            "__dict__" => Some(Value::Dict(PyDict::tracked_from(c.dict.table.borrow().clone()))),
            "__doc__" => Some(c.dict.get_str("__doc__").unwrap_or(Value::None)),
            "__module__" => Some(Value::str("builtins")),
            _ => None,
        },
        (Value::Function(f), _) => match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.dict.get_str("__doc__").unwrap_or(Value::None)),
            "__dict__" => Some(Value::Dict(f.dict.clone())),
            "__module__" => Some(f.globals.get_str("__name__").unwrap_or(Value::None)),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) })
            }
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().map(Value::Dict).unwrap_or(Value::None)),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            // Created empty on first read, as CPython does.
            "__annotations__" => Some(f.dict.get_str("__annotations__").unwrap_or_else(|| {
                let d = Value::Dict(PyDict::new_tracked());
                f.dict.set_item_str("__annotations__", d.clone());
                d
            })),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            _ => f.dict.get_str(name),
        },
        (Value::Builtin(b), "__name__") => Some(Value::str(b.name)),
        (Value::Builtin(b), "__qualname__") => {
            Some(Value::string(if b.is_method { format!("{}.{}", b.owner, b.name) } else { b.name.to_owned() }))
        }
        (Value::Builtin(_), "__doc__") => Some(Value::None),
        (Value::BoundMethod(m), "__self__") => Some(m.self_.clone()),
        (Value::BoundMethod(m), "__func__") => Some(m.func.clone()),
        (Value::BoundMethod(m), _) => return special_attr(vm, &m.func.clone(), name),
        (Value::Property(p), "fget") => Some(p.fget.clone()),
        (Value::Property(p), "fset") => Some(p.fset.clone()),
        (Value::Property(p), "fdel") => Some(p.fdel.clone()),
        (Value::Property(p), "__doc__") => Some(p.doc.clone()),
        (Value::StaticMethod(w) | Value::ClassMethod(w), "__func__") => Some(w.func.clone()),
        (Value::Generator(g), "__name__") => Some(Value::Str(g.name.clone())),
        (Value::Generator(g), "__qualname__") => Some(Value::Str(g.qualname.clone())),
        (Value::Generator(g), "gi_running") => Some(Value::bool(g.running.get())),
        (Value::Module(m), "__name__") => Some(Value::Str(m.name.clone())),
        (Value::Code(c), "co_name") => Some(Value::Str(c.name.clone())),
        (Value::Code(c), "co_argcount") => Some(Value::Int(c.argcount as i64)),
        (Value::Code(c), "co_posonlyargcount") => Some(Value::Int(c.posonlyargcount as i64)),
        (Value::Code(c), "co_kwonlyargcount") => Some(Value::Int(c.kwonlyargcount as i64)),
        (Value::Code(c), "co_flags") => {
            // CPython's CO_* bits, for `inspect`'s predicates. CO_NESTED is
            // not tracked, so it is never set.
            let f = &c.flags;
            let mut bits = if f.uses_namespace { 0 } else { 0x1 | 0x2 };
            bits |= if f.varargs { 0x4 } else { 0 } | if f.varkeywords { 0x8 } else { 0 };
            bits |= if f.async_generator {
                0x200
            } else if f.coroutine {
                0x80
            } else if f.generator {
                0x20
            } else {
                0
            };
            Some(Value::Int(bits))
        }
        (Value::Code(c), "co_qualname") => Some(Value::Str(c.qualname.clone())),
        (Value::Code(c), "co_filename") => Some(Value::str(&c.source.filename)),
        (Value::Code(c), "co_firstlineno") => Some(Value::Int(i64::from(c.first_line))),
        (Value::Code(c), "co_names") => Some(Value::tuple(c.names.iter().map(|v| Value::Str(v.clone())).collect())),
        (Value::Code(c), "co_freevars") => {
            Some(Value::tuple(c.freevars.iter().map(|v| Value::Str(v.clone())).collect()))
        }
        (Value::Code(c), "co_cellvars") => {
            Some(Value::tuple(c.cellvars.iter().map(|v| Value::Str(v.clone())).collect()))
        }
        (Value::Code(c), "co_varnames") => {
            Some(Value::tuple(c.varnames.iter().map(|v| Value::Str(v.clone())).collect()))
        }
        (Value::Cell(c), "cell_contents") => {
            let v = c.get();
            if v.is_null() {
                return Err(PyErr::value_error("Cell is empty"));
            }
            Some(v)
        }
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
            Value::Bool(b) => Value::Int(i64::from(*b)),
            o => o.clone(),
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::float(f.get())),
        (Value::Float(_), "imag") => Some(Value::float(0.0)),
        (Value::Super(s), "__self__") => Some(s.obj.clone()),
        (Value::Super(s), "__thisclass__") => Some(Value::Class(s.this_class.clone())),
        _ => None,
    })
}

impl crate::vm::Types {
    /// The builtin types that are exposed by name in `builtins`.
    pub fn clone_refs(&self) -> Vec<(&'static str, Rc<Class>)> {
        let mut v = vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
        ];
        for (kind, cls) in ExcType::ALL.iter().zip(&self.exceptions) {
            v.push((kind.name(), cls.clone()));
        }
        v
    }

    /// The classes whose `__module__` is `builtins`. (Not function, module,
    /// generator...: their instances answer `__module__` themselves.)
    pub fn all_builtin_classes(&self) -> Vec<Rc<Class>> {
        self.clone_refs().into_iter().map(|(_, c)| c).collect()
    }
}
