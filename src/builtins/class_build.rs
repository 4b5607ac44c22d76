//! `type`: class creation (`type(name, bases, dict)`, `__build_class__`),
//! `type.__call__` and the metaclass hooks (`__prepare__`, `__new__`,
//! `__init__`) a class statement runs.

use std::cell::RefCell;
use std::rc::Rc;

use super::{method, method_args, static_fn};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, Class, PyDict, PyResult, PyStr, Value, Wrapper};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    static_fn(&t, "__new__", type_new);
    method(&t, "__init__", type_init);
    method(&t, "__call__", type_call);
    method(&t, "mro", type_mro);
    method(&t, "__subclasses__", type_subclasses);
    super::function(vm, "__build_class__", build_class);
}

/// `type(name, bases, dict)` and `type.__new__(mcls, name, bases, dict, **kw)`:
/// creates a class whose metaclass is the most derived of `mcls` and the
/// bases' metaclasses. Keyword arguments go to `__init_subclass__`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(mcls)) = pos.first() else {
        return Err(PyErr::type_error("type.__new__(X): X is not a type object"));
    };
    if pos.len() == 2 && Rc::ptr_eq(mcls, &vm.types.type_) && !args.has_kwargs() {
        return Ok(Value::Class(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        if Rc::ptr_eq(mcls, &vm.types.type_) {
            return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
        }
        return Err(PyErr::type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1)));
    }
    let Value::Str(name) = &pos[1] else {
        return Err(PyErr::type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&pos[1]))));
    };
    let bases: Vec<Value> = match &pos[2] {
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(other)
            )))
        }
    };
    let Some(ns) = namespace_table(vm, &pos[3]) else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[3])
        )));
    };
    let ns = &ns;
    let meta = vm.calculate_metaclass(mcls, &bases)?;
    let kw: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (Value::str(k), v.clone())).collect();
    create_class(vm, &meta, name.as_str(), &bases, ns, &kw).map(Value::Class)
}

/// `type.__init__`: the class is complete already; it accepts what
/// `type.__new__` accepted.
fn type_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: what `super().__call__` reaches from a
/// metaclass `__call__`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.values.first() else {
        return Err(PyErr::type_error("descriptor '__call__' requires a 'type' object"));
    };
    let cls = cls.clone();
    vm.type_call(&cls, &args.values[1..], args.kwnames)
}

/// Builds a class object from a name, bases and namespace.
/// `meta` is the already calculated metaclass; `kw` the class keywords.
pub fn create_class(
    vm: &mut Vm,
    meta: &Rc<Class>,
    name: &str,
    bases: &[Value],
    ns: &Rc<PyDict>,
    kw: &[(Value, Value)],
) -> PyResult<Rc<Class>> {
    let mut base_classes: Vec<Rc<Class>> = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => {
                // `type` is subclassable (metaclasses); `bool` is not,
                // though its layout (int) would be.
                let subclassable = Rc::ptr_eq(c, &vm.types.object) || Rc::ptr_eq(c, &vm.types.type_);
                let other = c.is_builtin && matches!(c.kind, BuiltinKind::Other) && !subclassable;
                if other || Rc::ptr_eq(c, &vm.types.bool_) {
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        c.name().as_str()
                    )));
                }
                base_classes.push(c.clone())
            }
            _ => return Err(PyErr::type_error("bases must be types")),
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    // The builtin payload kind comes from the first base that has one; two
    // different ones cannot share an instance (`class C(int, str)`).
    let layout = |b: &Rc<Class>| {
        Class::mro(b).into_iter().map(|c| c.kind).find(|k| *k != BuiltinKind::Object && *k != BuiltinKind::Other)
    };
    let mut kinds = base_classes.iter().filter_map(layout);
    let kind = kinds.next().unwrap_or(BuiltinKind::Object);
    if kinds.any(|k| k != kind) {
        return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
    }
    let dict = crate::objects::gc::track_dict(Rc::new(PyDict::from_table(ns.table.borrow().clone())));
    let classcell = dict.del_str("__classcell__");
    // __slots__
    let slots_decl = dict.get_str("__slots__");
    let mut slots: Option<Vec<Rc<PyStr>>> = base_classes.iter().find_map(|b| b.slots.clone());
    let mut has_dict = true;
    if let Some(decl) = slots_decl {
        let names: Vec<Value> = match &decl {
            Value::Str(_) => vec![decl.clone()],
            other => vm.collect(other)?,
        };
        let mut all = slots.unwrap_or_default();
        let mut wants_dict = false;
        for n in names {
            if let Value::Str(s) = n {
                if s.as_str() == "__dict__" {
                    wants_dict = true;
                } else {
                    all.push(s);
                }
            }
        }
        slots = Some(all);
        // Exceptions keep their dict, as BaseException's instances have one.
        if !wants_dict && kind != BuiltinKind::BaseException && base_classes.iter().all(|b| !b.has_dict || b.is_builtin)
        {
            has_dict = false;
        }
    }
    let mut cls = new_class(name, base_classes, kind, false, dict.clone()).map_err(PyErr::type_error)?;
    if let Some(c) = Rc::get_mut(&mut cls) {
        c.slots = slots;
        c.has_dict = has_dict;
    } else {
        // Subclass weak refs exist already: rebuild the flags through a fresh class.
        let bases: Vec<Rc<Class>> = cls.bases.borrow().clone();
        for b in &bases {
            b.subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|c| !Rc::ptr_eq(&c, &cls)));
        }
        let mut fresh = Class {
            name: RefCell::new(cls.name()),
            qualname: RefCell::new(cls.name()),
            bases: RefCell::new(bases.clone()),
            mro_rest: RefCell::new(cls.mro_rest.borrow().clone()),
            dict: dict.clone(),
            version: std::cell::Cell::new(crate::objects::class::next_version()),
            kind,
            is_builtin: false,
            slots: None,
            has_dict,
            subclasses: RefCell::new(Vec::new()),
            flags_version: std::cell::Cell::new(0),
            flag_custom_getattribute: std::cell::Cell::new(false),
            flag_custom_setattr: std::cell::Cell::new(false),
            flag_data_descriptors: std::cell::Cell::new(false),
            flag_has_del: std::cell::Cell::new(false),
            metaclass: RefCell::new(None),
            weakly_referenced: Default::default(),
            gc: Default::default(),
        };
        fresh.slots = slots;
        cls = crate::objects::gc::track_class(Rc::new(fresh));
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
    }
    if let Some(Value::Str(q)) = dict.get_str("__qualname__") {
        *cls.qualname.borrow_mut() = q;
        dict.del_str("__qualname__");
    }
    // Wrap plain functions for __new__ / __init_subclass__ / __class_getitem__.
    if let Some(Value::Function(f)) = dict.get_str("__new__") {
        dict.set_item_str("__new__", Value::StaticMethod(Wrapper::tracked(Value::Function(f))));
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(Value::Function(f)) = dict.get_str(special) {
            dict.set_item_str(special, Value::ClassMethod(Wrapper::tracked(Value::Function(f))));
        }
    }
    if !Rc::ptr_eq(meta, &vm.types.type_) {
        *cls.metaclass.borrow_mut() = Some(meta.clone());
    }
    if let Some(Value::Cell(c)) = classcell {
        c.set(Value::Class(cls.clone()));
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if dict.contains_str("__eq__") && !dict.contains_str("__hash__") {
        dict.set_item_str("__hash__", Value::None);
    }
    cls.modified();
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    for (k, v) in dict.items() {
        if let (Value::Property(p), Value::Str(n)) = (&v, &k) {
            *p.name.borrow_mut() = Some(n.clone());
        }
        if let Value::Instance(_) = &v {
            if vm.type_of(&v).lookup("__set_name__").is_some() {
                vm.call_method(&v, "__set_name__", &[Value::Class(cls.clone()), k.clone()])?;
            }
        }
    }
    let parent_init = cls.mro_rest.borrow().iter().find_map(|c| c.dict.get_str("__init_subclass__"));
    if let Some(Value::ClassMethod(w)) = parent_init {
        let mut values = vec![Value::Class(cls.clone())];
        values.extend(kw.iter().map(|(_, v)| v.clone()));
        let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
        vm.call_kw(&w.func, &values, &names)?;
    }
    Ok(cls)
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = method_args("mro", &args, 0, 0)?;
    match c {
        Value::Class(c) => Ok(Value::list(Class::mro(c).into_iter().map(Value::Class).collect())),
        _ => Err(PyErr::type_error("mro() needs a type")),
    }
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = method_args("__subclasses__", &args, 0, 0)?;
    match c {
        Value::Class(c) => {
            Ok(Value::list(c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Class).collect()))
        }
        _ => Err(PyErr::type_error("__subclasses__() needs a type")),
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`: finds the
/// metaclass, asks it for the namespace (`__prepare__`), runs the class
/// body in it, then calls the metaclass with `(name, bases, ns, **kw)`.
fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (pos.first(), pos.get(1)) else {
        return Err(PyErr::type_error("__build_class__: func and name are required"));
    };
    // PEP 560: a base that is not a class may stand for others (`__mro_entries__`).
    let orig_bases = &pos[2..];
    let mut resolved: Vec<Value> = Vec::with_capacity(orig_bases.len());
    let mut changed = false;
    for b in orig_bases {
        if !matches!(b, Value::Class(_)) && vm.type_of(b).lookup("__mro_entries__").is_some() {
            let entries = vm.call_method(b, "__mro_entries__", &[Value::tuple(orig_bases.to_vec())])?;
            let Value::Tuple(t) = entries else {
                return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
            };
            resolved.extend(t.items.iter().cloned());
            changed = true;
        } else {
            resolved.push(b.clone());
        }
    }
    let bases = &resolved[..];
    let kw: Vec<(Value, Value)> =
        args.kwargs().filter(|(k, _)| *k != "metaclass").map(|(k, v)| (Value::str(k), v.clone())).collect();
    // An explicit metaclass, else the first base's; a class (not any
    // callable) is then reconciled with the bases' metaclasses.
    let meta = match args.kw("metaclass") {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Class(vm.type_of(b)),
            None => Value::Class(vm.types.type_.clone()),
        },
    };
    let meta = match &meta {
        Value::Class(m) if vm.is_type_subclass(m) => Value::Class(vm.calculate_metaclass(m, bases)?),
        _ => meta,
    };
    let (ns, ns_value) = prepare_namespace(vm, &meta, name, bases, &kw)?;
    let mut frame = vm.make_frame(body, &[], &[])?;
    frame.namespace = Some(ns.clone());
    vm.run_frame(frame)?;
    if changed {
        ns.set_item_str("__orig_bases__", Value::tuple(orig_bases.to_vec()));
    }
    if let Value::Class(m) = &meta {
        if Rc::ptr_eq(m, &vm.types.type_) {
            return create_class(vm, m, name.as_str(), bases, &ns, &kw).map(Value::Class);
        }
    }
    let mut values = vec![Value::Str(name.clone()), Value::tuple(bases.to_vec()), ns_value];
    values.extend(kw.iter().map(|(_, v)| v.clone()));
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    vm.call_kw(&meta, &values, &names)
}

/// The class body's namespace: `meta.__prepare__(name, bases, **kw)` when
/// the metaclass defines it, else a fresh dict. Returns the table the body
/// stores into and the object the metaclass receives. Brisk's class bodies
/// store straight into a dict table, so a dict subclass is accepted only
/// when it leaves item access to `dict` (e.g. `OrderedDict`).
fn prepare_namespace(
    vm: &mut Vm,
    meta: &Value,
    name: &Rc<PyStr>,
    bases: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<(Rc<PyDict>, Value)> {
    let fresh = || {
        let d = Rc::new(PyDict::new());
        (d.clone(), Value::Dict(d))
    };
    let Value::Class(m) = meta else { return Ok(fresh()) };
    if m.lookup("__prepare__").is_none() {
        return Ok(fresh());
    }
    let prepare = vm.get_attr_str(meta, "__prepare__")?;
    let mut values = vec![Value::Str(name.clone()), Value::tuple(bases.to_vec())];
    values.extend(kw.iter().map(|(_, v)| v.clone()));
    let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    let ns = vm.call_kw(&prepare, &values, &names)?;
    match namespace_table(vm, &ns) {
        Some(d) => Ok((d, ns)),
        None => Err(PyErr::type_error(format!(
            "{}.__prepare__() must return a dict (or a dict subclass that does not override item access), not {}",
            m.name().as_str(),
            vm.type_name(&ns)
        ))),
    }
}

/// The dict table behind a namespace: a dict, or a dict subclass instance
/// whose item methods are `dict`'s own.
fn namespace_table(vm: &Vm, ns: &Value) -> Option<Rc<PyDict>> {
    if let Value::Dict(d) = ns {
        return Some(d.clone());
    }
    let Some(Value::Dict(d)) = vm.payload_base(ns) else { return None };
    let cls = vm.type_of(ns);
    let plain = ["__getitem__", "__setitem__", "__delitem__", "__missing__"]
        .iter()
        .all(|n| cls.lookup(n).is_none_or(|f| matches!(f, Value::Builtin(b) if b.owner == "dict")));
    plain.then_some(d)
}
