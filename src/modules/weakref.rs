//! `_weakref`: the `ref` type (`weakref.ReferenceType`) and the weakref
//! counts. `py/weakref.py` builds `proxy`, `WeakValueDictionary`,
//! `WeakKeyDictionary`, `WeakSet`, `WeakMethod` and `finalize` on it; the
//! referents' side (registry, clearing, callbacks) is `objects/weakref.rs`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::util::add_fns;
use crate::builtins::{check_args, getter, method, method_args, static_fn};
use crate::objects::class::BuiltinKind;
use crate::objects::weakref::{referent_of, refs_to, register, weak_data, WeakData};
use crate::objects::{Args, Instance, Payload, PyDict, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let cls =
        new_class("ReferenceType", vec![vm.types.object.clone()], BuiltinKind::Object, true, Rc::new(PyDict::new()))
            .map_err(PyErr::type_error)?;
    cls.dict.set_item_str("__module__", Value::str("weakref"));
    static_fn(&cls, "__new__", ref_new);
    let methods: [(&'static str, crate::objects::NativeFn); 6] = [
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
    ];
    for (name, f) in methods {
        method(&cls, name, f);
    }
    getter(&cls, "__callback__", ref_callback);
    d.set_item_str("ref", Value::Class(cls.clone()));
    d.set_item_str("ReferenceType", Value::Class(cls));
    add_fns(d, "_weakref", &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)]);
    Ok(())
}

/// `ref(obj, callback=None)`. A callback-free `ref(obj)` returns the
/// existing plain ref when there is one, as CPython does.
fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("ReferenceType.__new__(X): X is not a type object"));
    };
    let (obj, callback) = match &pos[1..] {
        [obj] => (obj, Value::None),
        [obj, callback] => (obj, callback.clone()),
        rest => {
            return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", rest.len().max(1))))
        }
    };
    let Some((referent, addr, flag)) = referent_of(obj) else {
        return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", vm.type_name(obj))));
    };
    let plain = matches!(callback, Value::None) && cls.is_builtin;
    if plain {
        let existing =
            refs_to(addr).into_iter().find(|r| r.class().is_builtin && weak_data(r).is_some_and(WeakData::is_plain));
        if let Some(r) = existing {
            return Ok(Value::Instance(r));
        }
    }
    let payload = Payload::Weak(WeakData {
        referent: RefCell::new(referent),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    });
    let weakref = crate::builtins::new_instance_rc(cls, payload);
    register(addr, flag, &weakref);
    Ok(Value::Instance(weakref))
}

/// `__new__` did the work; subclasses may take extra arguments here.
fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The receiver and its weakref data, or the TypeError for a foreign `self`.
type Receiver<'a> = (&'a Rc<Instance>, &'a WeakData, &'a [Value]);

fn receiver<'a>(name: &str, args: &Args<'a>, extra: usize) -> PyResult<Receiver<'a>> {
    let (recv, rest) = method_args(name, args, extra, extra)?;
    if let Value::Instance(i) = recv {
        if let Some(d) = weak_data(i) {
            return Ok((i, d, rest));
        }
    }
    Err(PyErr::type_error(format!("descriptor '{name}' requires a 'weakref.ReferenceType' object")))
}

fn referent(d: &WeakData) -> Option<Value> {
    d.referent.borrow().get()
}

fn ref_call(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, _) = receiver("__call__", &args, 0)?;
    Ok(referent(d).unwrap_or(Value::None))
}

/// The referent's hash, kept once computed so it survives the referent.
fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, _) = receiver("__hash__", &args, 0)?;
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = referent(d) else {
        return Err(PyErr::type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    d.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// Live referents compare as themselves; otherwise refs are equal only
/// when they are the same ref.
fn ref_compare(vm: &mut Vm, args: Args, name: &str) -> PyResult<Option<bool>> {
    let (a, da, rest) = receiver(name, &args, 1)?;
    let Value::Instance(b) = &rest[0] else { return Ok(None) };
    let Some(db) = weak_data(b) else { return Ok(None) };
    Ok(Some(match (referent(da), referent(db)) {
        (Some(x), Some(y)) => vm.eq(&x, &y)?,
        _ => Rc::ptr_eq(a, b),
    }))
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(ref_compare(vm, args, "__eq__")?.map_or(Value::NotImplemented, Value::bool))
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(ref_compare(vm, args, "__ne__")?.map_or(Value::NotImplemented, |e| Value::bool(!e)))
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, d, _) = receiver("__repr__", &args, 0)?;
    let at = Rc::as_ptr(r) as usize;
    let Some(obj) = referent(d) else {
        return Ok(Value::str(&format!("<weakref at {at:#x}; dead>")));
    };
    let mut text = format!("<weakref at {at:#x}; to '{}' at {:#x}", vm.type_name(&obj), obj.heap_ptr().unwrap_or(0));
    if !matches!(obj, Value::Instance(_)) {
        if let Ok(Value::Str(name)) = vm.get_attr_str(&obj, "__name__") {
            text.push_str(&format!(" ({})", name.as_str()));
        }
    }
    text.push('>');
    Ok(Value::str(&text))
}

fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d, _) = receiver("__callback__", &args, 0)?;
    Ok(d.callback.borrow().clone())
}

fn weakrefs_of(args: &Args, name: &str) -> PyResult<Vec<Rc<Instance>>> {
    let pos = check_args(name, args, 1, 1)?;
    Ok(match referent_of(&pos[0]) {
        Some((_, addr, _)) => refs_to(addr),
        None => Vec::new(),
    })
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(weakrefs_of(&args, "getweakrefcount")?.len() as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let refs = weakrefs_of(&args, "getweakrefs")?;
    Ok(Value::list(refs.into_iter().map(Value::Instance).collect()))
}
