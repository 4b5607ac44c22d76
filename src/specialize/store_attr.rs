//! STORE_ATTR: instance attributes by shape (including adding one, which
//! moves the dict to the next shape), by hint, and slots.
//!
//! Cache layout: `version` = the instance's class version (covers "no
//! `__setattr__` override, no data descriptor or slot of this name");
//! `keys` = the dict's keys id before the store; `index` = the entry index
//! (== the dict's length when the store adds the attribute) or the slot;
//! `aux` = the keys id after adding (0 when the attribute exists).

use std::rc::Rc;

use super::cache::InlineCache;
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{Instr, Op};
use crate::objects::{shape, Payload, PyStr, Value};
use crate::vm::Frame;

pub fn specialize(frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let Some(name) = frame.code.names.get(ins.arg as usize) else { return Err(FailKind::NotFound) };
    let Value::Instance(inst) = frame.top() else { return Err(FailKind::NotPlainInstance) };
    if !matches!(inst.payload, Payload::None) {
        return Err(FailKind::NotPlainInstance);
    }
    let cls = inst.class();
    if cls.custom_setattr() {
        return Err(FailKind::OverriddenSetattr);
    }
    if name.as_str() == "__class__" {
        return Err(FailKind::NotPlainInstance);
    }
    match super::load_attr::mro_find(&cls, name).map(|(_, _, v)| v) {
        Some(Value::Property(_)) => return Err(FailKind::Property),
        Some(Value::Instance(_)) => return Err(FailKind::DataDescriptor),
        _ => {}
    }
    cache.version.set(cls.version.get());
    if let Some(slot) = cls.slots.as_ref().and_then(|s| s.iter().position(|n| n.as_str() == name.as_str())) {
        cache.index.set(slot as u32);
        return Ok(Op::STORE_ATTR_SLOT);
    }
    let Some(dict) = &inst.dict else { return Err(FailKind::NotFound) };
    let t = dict.table.borrow();
    cache.keys.set(t.keys_id());
    match t.find_str(name.as_str(), name.hash()) {
        Some(i) => {
            cache.index.set(i as u32);
            cache.aux.set(0);
            Ok(if t.is_shaped() { Op::STORE_ATTR_INSTANCE_VALUE } else { Op::STORE_ATTR_WITH_HINT })
        }
        None if t.is_shaped() => {
            let next = shape::transition(t.keys_id(), name, t.slots()).ok_or(FailKind::TooManyKeys)?;
            cache.index.set(t.slots() as u32);
            cache.aux.set(next);
            Ok(Op::STORE_ATTR_INSTANCE_VALUE)
        }
        None => Err(FailKind::NoSharedShape),
    }
}

/// `obj.name = value` on an instance with the cached class version and
/// dict layout. Gives the value back when the guards fail.
#[inline]
pub fn instance_value(obj: &Value, name: &Rc<PyStr>, value: Value, cache: &InlineCache) -> Result<(), Value> {
    let Value::Instance(inst) = obj else { return Err(value) };
    if inst.class.borrow().version.get() != cache.version.get() {
        return Err(value);
    }
    let Some(dict) = &inst.dict else { return Err(value) };
    let old = {
        let mut t = dict.table.borrow_mut();
        if t.keys_id() != cache.keys.get() {
            return Err(value);
        }
        let index = cache.index.get() as usize;
        let after = cache.aux.get();
        if after == 0 {
            t.replace_value(index, value)
        } else {
            if t.slots() != index {
                return Err(value);
            }
            t.push_new_with_keys_id(name.hash(), Value::Str(name.clone()), value, after);
            Value::Null
        }
    };
    // Dropped after the borrow ends: it may run a finalizer.
    drop(old);
    Ok(())
}

pub fn with_hint(obj: &Value, name: &PyStr, value: Value, cache: &InlineCache) -> Result<(), Value> {
    let Value::Instance(inst) = obj else { return Err(value) };
    if inst.class.borrow().version.get() != cache.version.get() {
        return Err(value);
    }
    let Some(dict) = &inst.dict else { return Err(value) };
    let old = {
        let mut t = dict.table.borrow_mut();
        let index = cache.index.get() as usize;
        let matches =
            matches!(t.entry(index), Some(e) if matches!(&e.key, Value::Str(k) if k.as_str() == name.as_str()));
        if !matches {
            return Err(value);
        }
        t.replace_value(index, value)
    };
    drop(old);
    Ok(())
}

pub fn slot(obj: &Value, value: Value, cache: &InlineCache) -> Result<(), Value> {
    let Value::Instance(inst) = obj else { return Err(value) };
    if inst.class.borrow().version.get() != cache.version.get() {
        return Err(value);
    }
    let i = cache.index.get() as usize;
    let old = {
        let mut slots = inst.slots.borrow_mut();
        if slots.len() <= i {
            return Err(value);
        }
        std::mem::replace(&mut slots[i], value)
    };
    drop(old);
    Ok(())
}
