//! LOAD_ATTR: instance attributes by shape, slots, module and class
//! attributes, and methods loaded for a call without a bound-method object.
//!
//! Cache layout: `version` = the class version (of the instance's class,
//! the class object, or the builtin type); `keys` = the keys id of the
//! instance dict or module dict; `index` = the entry index (in that dict,
//! or in the class dict where a class attribute lives) or the slot number;
//! `aux` = the MRO position of the class that holds a class attribute
//! (0 = the class itself).
//!
//! The class version covers everything decided from the class at
//! specialization time: no `__getattribute__` override, whether the name is
//! a data descriptor, where in the MRO it lives. The dict's keys id covers
//! whether the instance shadows the name.

use std::rc::Rc;

use super::cache::InlineCache;
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{Instr, Op};
use crate::objects::{Class, Instance, Payload, PyStr, Value};
use crate::vm::{Frame, Vm};

pub fn specialize(vm: &Vm, frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let Some(name) = frame.code.names.get((ins.arg >> 1) as usize) else { return Err(FailKind::NotFound) };
    let method = ins.arg & 1 == 1;
    match frame.top() {
        Value::Instance(inst) => instance(inst, name, method, cache),
        Value::Module(m) => {
            let t = m.dict.table.borrow();
            let i = t.find_str(name.as_str(), name.hash()).ok_or(FailKind::NotFound)?;
            cache.keys.set(t.keys_id());
            cache.index.set(i as u32);
            Ok(Op::LOAD_ATTR_MODULE)
        }
        Value::Class(c) => class_attr(c, name, cache),
        Value::Super(_) | Value::Null => Err(FailKind::OperandTypes),
        other if method => {
            let cls = vm.type_of(other);
            let (depth, index, value) = mro_find(&cls, name).ok_or(FailKind::NotFound)?;
            if !matches!(&value, Value::Builtin(b) if b.is_method) {
                return Err(FailKind::MetaclassAttribute);
            }
            fill_class_place(cache, &cls, depth, index);
            Ok(Op::LOAD_ATTR_METHOD_NO_DICT)
        }
        _ => Err(FailKind::OperandTypes),
    }
}

fn instance(inst: &Rc<Instance>, name: &Rc<PyStr>, method: bool, cache: &InlineCache) -> Decision {
    if !matches!(inst.payload, Payload::None) {
        return Err(match inst.payload {
            Payload::Base(_) => FailKind::BuiltinSubclass,
            _ => FailKind::NotPlainInstance,
        });
    }
    let cls = inst.class();
    if cls.custom_getattribute() {
        return getattribute_overridden(&cls, method, cache);
    }
    let type_attr = mro_find(&cls, name);
    match &type_attr {
        Some((depth, index, Value::Property(p))) => {
            // A Python getter with one parameter is entered as a frame; in
            // method mode the result would also need a NULL pushed after it.
            if method || !is_simple_function(&p.fget, 1) {
                return Err(FailKind::Property);
            }
            fill_class_place(cache, &cls, *depth, *index);
            return Ok(Op::LOAD_ATTR_PROPERTY);
        }
        // Whether such an object is a descriptor depends on its own class,
        // which the version of this class does not cover.
        Some((_, _, Value::Instance(_))) => return Err(FailKind::NonDataDescriptor),
        _ => {}
    }
    cache.version.set(cls.version.get());
    if let Some(slot) = cls.slots.as_ref().and_then(|s| s.iter().position(|n| n.as_str() == name.as_str())) {
        if inst.dict.is_some() {
            return Err(FailKind::NotPlainInstance);
        }
        cache.index.set(slot as u32);
        return Ok(Op::LOAD_ATTR_SLOT);
    }
    let Some(dict) = &inst.dict else {
        return match type_attr {
            Some((depth, index, v)) if method && is_method(&v) => {
                fill_class_place(cache, &cls, depth, index);
                Ok(Op::LOAD_ATTR_METHOD_NO_DICT)
            }
            Some(_) => Err(FailKind::MetaclassAttribute),
            None => Err(FailKind::NotFound),
        };
    };
    let t = dict.table.borrow();
    if let Some(i) = t.find_str(name.as_str(), name.hash()) {
        cache.index.set(i as u32);
        cache.keys.set(t.keys_id());
        return Ok(if t.is_shaped() { Op::LOAD_ATTR_INSTANCE_VALUE } else { Op::LOAD_ATTR_WITH_HINT });
    }
    if !t.is_shaped() {
        return Err(FailKind::NoSharedShape);
    }
    let Some((depth, index, v)) = type_attr else { return Err(FailKind::NotFound) };
    cache.keys.set(t.keys_id());
    cache.index.set(index as u32);
    cache.aux.set(depth as u64);
    if method && is_method(&v) {
        Ok(Op::LOAD_ATTR_METHOD_WITH_VALUES)
    } else if is_plain_class_attr(&v) {
        Ok(Op::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES)
    } else {
        Err(FailKind::MetaclassAttribute)
    }
}

/// `__getattribute__` written in Python (with no `__getattr__` fallback to
/// combine with it) is entered as a frame, as CPython 3.12 does.
fn getattribute_overridden(cls: &Rc<Class>, method: bool, cache: &InlineCache) -> Decision {
    let has_getattr = cls.lookup("__getattr__").is_some();
    let place = mro_find(cls, &crate::compile::intern("__getattribute__"));
    match place {
        Some((depth, index, f)) if !method && !has_getattr && is_simple_function(&f, 2) => {
            fill_class_place(cache, cls, depth, index);
            Ok(Op::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN)
        }
        _ => Err(FailKind::OverriddenGetattribute),
    }
}

/// A Python function taking exactly `n` positional parameters and nothing else.
fn is_simple_function(f: &Value, n: usize) -> bool {
    match f {
        Value::Function(f) => {
            let c = &f.code;
            c.argcount == n && !c.flags.varargs && !c.flags.varkeywords && c.kwonlyargcount == 0 && !c.flags.generator
        }
        _ => false,
    }
}

fn class_attr(c: &Rc<Class>, name: &Rc<PyStr>, cache: &InlineCache) -> Decision {
    // The metaclass's data descriptors win over the class's attributes and
    // can appear without the class's version changing.
    if c.metaclass.borrow().is_some() {
        return Err(FailKind::MetaclassAttribute);
    }
    let (depth, index, v) = mro_find(c, name).ok_or(FailKind::NotFound)?;
    if !(is_plain_class_attr(&v) || matches!(v, Value::Function(_) | Value::StaticMethod(_) | Value::Builtin(_))) {
        return Err(FailKind::MetaclassAttribute);
    }
    fill_class_place(cache, c, depth, index);
    Ok(Op::LOAD_ATTR_CLASS)
}

/// Functions and method descriptors: bound to the instance when loaded.
fn is_method(v: &Value) -> bool {
    matches!(v, Value::Function(_)) || matches!(v, Value::Builtin(b) if b.is_method)
}

/// Class attributes returned as they are through an instance (no binding).
fn is_plain_class_attr(v: &Value) -> bool {
    match v {
        Value::Builtin(b) => !b.is_method,
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Tuple(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Class(_)
        | Value::Range(_) => true,
        _ => false,
    }
}

fn fill_class_place(cache: &InlineCache, cls: &Class, depth: usize, index: usize) {
    cache.version.set(cls.version.get());
    cache.index.set(index as u32);
    cache.aux.set(depth as u64);
}

/// Where `name` lives along the MRO: (position, entry index, value).
pub fn mro_find(cls: &Rc<Class>, name: &PyStr) -> Option<(usize, usize, Value)> {
    let find = |k: &Class| {
        let t = k.dict.table.borrow();
        t.find_str(name.as_str(), name.hash()).and_then(|i| t.value_at(i).map(|v| (i, v)))
    };
    if let Some((i, v)) = find(cls) {
        return Some((0, i, v));
    }
    for (d, k) in cls.mro_rest.borrow().iter().enumerate() {
        if let Some((i, v)) = find(k) {
            return Some((d + 1, i, v));
        }
    }
    None
}

/// The class attribute at a cached MRO place. Only valid while the class
/// version matches the cache (checked by the caller).
#[inline]
pub fn mro_value(cls: &Class, depth: u64, index: u32) -> Option<Value> {
    if depth == 0 {
        return cls.dict.table.borrow().value_at(index as usize);
    }
    let mro = cls.mro_rest.borrow();
    let holder = mro.get(depth as usize - 1)?;
    let v = holder.dict.table.borrow().value_at(index as usize);
    v
}

/// The instance and its class if the class has the cached version.
#[inline(always)]
fn versioned<'a>(obj: &'a Value, cache: &InlineCache) -> Option<&'a Rc<Instance>> {
    let Value::Instance(inst) = obj else { return None };
    (inst.class.borrow().version.get() == cache.version.get()).then_some(inst)
}

#[inline(always)]
pub fn instance_value(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let inst = versioned(obj, cache)?;
    let t = inst.dict.as_ref()?.table.borrow();
    if t.keys_id() != cache.keys.get() {
        return None;
    }
    t.value_at(cache.index.get() as usize)
}

pub fn with_hint(obj: &Value, name: &PyStr, cache: &InlineCache) -> Option<Value> {
    let inst = versioned(obj, cache)?;
    let t = inst.dict.as_ref()?.table.borrow();
    let e = t.entry(cache.index.get() as usize)?;
    match &e.key {
        Value::Str(k) if k.as_str() == name.as_str() => Some(e.value.clone()),
        _ => None,
    }
}

#[inline]
pub fn slot(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let inst = versioned(obj, cache)?;
    let slots = inst.slots.borrow();
    slots.get(cache.index.get() as usize).filter(|v| !v.is_null()).cloned()
}

#[inline]
pub fn module(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let Value::Module(m) = obj else { return None };
    super::load_global::cached_entry(&m.dict, cache.keys.get(), cache.index.get())
}

#[inline]
pub fn class(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let Value::Class(c) = obj else { return None };
    if c.version.get() != cache.version.get() {
        return None;
    }
    match mro_value(c, cache.aux.get(), cache.index.get())? {
        Value::StaticMethod(w) => Some(w.func.clone()),
        v => Some(v),
    }
}

/// The class attribute of an instance whose dict has the cached keys (so
/// it does not shadow the name).
#[inline]
pub fn unshadowed_class_attr(obj: &Value, cache: &InlineCache) -> Option<Value> {
    let inst = versioned(obj, cache)?;
    if inst.dict.as_ref()?.keys_id() != cache.keys.get() {
        return None;
    }
    let cls = inst.class.borrow();
    mro_value(&cls, cache.aux.get(), cache.index.get())
}

/// The function a frame-entering form calls: the property's getter
/// (`LOAD_ATTR_PROPERTY`) or the class's `__getattribute__`, when the
/// instance's class has the cached version.
pub fn entered_function(form: Op, obj: &Value, cache: &InlineCache) -> Option<Rc<crate::objects::Function>> {
    let inst = versioned(obj, cache)?;
    let cls = inst.class.borrow();
    let f = match (form, mro_value(&cls, cache.aux.get(), cache.index.get())?) {
        (Op::LOAD_ATTR_PROPERTY, Value::Property(p)) => p.fget.clone(),
        (Op::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, f) => f,
        _ => return None,
    };
    let n = if form == Op::LOAD_ATTR_PROPERTY { 1 } else { 2 };
    match f {
        Value::Function(f) if is_simple_function(&Value::Function(f.clone()), n) => Some(f),
        _ => None,
    }
}

/// A method of an object with no instance dict: a builtin value (its type
/// is version-checked) or an instance of a `__slots__` class.
#[inline]
pub fn method_no_dict(vm: &Vm, obj: &Value, cache: &InlineCache) -> Option<Value> {
    if let Value::Instance(inst) = obj {
        if inst.dict.is_some() {
            return None;
        }
    }
    let cls = vm.type_of(obj);
    if cls.version.get() != cache.version.get() {
        return None;
    }
    mro_value(&cls, cache.aux.get(), cache.index.get())
}
