//! Weak references: the referents' side of `weakref.ref`
//! (`modules/weakref.rs` is the Python-facing type).
//!
//! Instances, functions and classes can be weakly referenced. A weakref
//! object is an `Instance` whose payload is `Payload::Weak`: it holds a Rust
//! `Weak` to its referent, so calling it either upgrades or finds nothing.
//! A referent with weakrefs has its `weakly_referenced` flag set, and only
//! then does its `Drop` look itself up here: the registry maps a referent's
//! address to its weakref objects, themselves held weakly (a weakref that
//! died first calls nothing, as in CPython).
//!
//! When a referent dies its weakrefs are cleared, and those with a callback
//! are queued with the finalizers; the eval loop runs them at its next
//! instruction boundary (a callback cannot run inside `Drop`, where the VM
//! is not reachable). The list keeps CPython's order: the plain (callback-
//! free) ref first, then the others newest first, which is also the order
//! callbacks run in.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::class::HAS_PENDING_FINALIZERS;
use super::{Class, Function, Instance, Payload, Value};

/// What a weakref points to, without keeping it alive.
#[derive(Debug)]
pub enum Referent {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    /// The referent is gone (or the ref was cleared).
    Dead,
}

impl Referent {
    /// The referent if it is still alive.
    pub fn get(&self) -> Option<Value> {
        match self {
            Referent::Instance(w) => w.upgrade().map(Value::Instance),
            Referent::Function(w) => w.upgrade().map(Value::Function),
            Referent::Class(w) => w.upgrade().map(Value::Class),
            Referent::Dead => None,
        }
    }
}

/// The payload of a weakref object.
#[derive(Debug)]
pub struct WeakData {
    pub referent: RefCell<Referent>,
    /// Called with the weakref when the referent dies; None once queued.
    pub callback: RefCell<Value>,
    /// `hash(ref)` is the referent's hash, remembered so it survives the referent.
    pub hash: Cell<Option<i64>>,
}

impl WeakData {
    /// A ref without a callback (the kind `ref(obj)` reuses).
    pub fn is_plain(&self) -> bool {
        matches!(*self.callback.borrow(), Value::None)
    }
}

/// A value that can be weakly referenced: its referent handle, its address
/// (the registry key) and its flag. None for the types that cannot be.
pub fn referent_of(v: &Value) -> Option<(Referent, usize, &Cell<bool>)> {
    match v {
        Value::Instance(i) if accepts_weakrefs(i) => {
            Some((Referent::Instance(Rc::downgrade(i)), Rc::as_ptr(i) as usize, &i.weakly_referenced))
        }
        Value::Function(f) => {
            Some((Referent::Function(Rc::downgrade(f)), Rc::as_ptr(f) as usize, &f.weakly_referenced))
        }
        Value::Class(c) => Some((Referent::Class(Rc::downgrade(c)), Rc::as_ptr(c) as usize, &c.weakly_referenced)),
        _ => None,
    }
}

/// As in CPython: instances with a `__dict__`, or whose `__slots__` name
/// `__weakref__`. Instances of builtin subclasses (`class L(list)`) qualify.
fn accepts_weakrefs(i: &Instance) -> bool {
    i.dict.is_some()
        || i.class
            .try_borrow()
            .is_ok_and(|c| c.slots.as_ref().is_some_and(|s| s.iter().any(|n| n.as_str() == "__weakref__")))
}

thread_local! {
    /// Referent address -> its weakref objects, in CPython's list order.
    static REGISTRY: RefCell<HashMap<usize, Vec<Weak<Instance>>>> = RefCell::new(HashMap::new());
    /// (callback, weakref) pairs whose referent died, for `Vm::run_finalizers`.
    static PENDING_CALLBACKS: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The weakref data of `r`, if it is a weakref object.
pub fn weak_data(r: &Instance) -> Option<&WeakData> {
    match &r.payload {
        Payload::Weak(d) => Some(d),
        _ => None,
    }
}

/// Records `weakref` as a weak reference to the object at `addr`.
pub fn register(addr: usize, flag: &Cell<bool>, weakref: &Rc<Instance>) {
    let plain = weak_data(weakref).is_some_and(WeakData::is_plain);
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        let list = r.entry(addr).or_default();
        list.retain(|w| w.strong_count() > 0);
        // Plain refs go first; the rest newest first, after the plain ones.
        let at = if plain {
            0
        } else {
            list.iter()
                .take_while(|w| w.upgrade().is_some_and(|r| weak_data(&r).is_some_and(WeakData::is_plain)))
                .count()
        };
        list.insert(at, Rc::downgrade(weakref));
    });
    flag.set(true);
}

/// The live weakref objects to the object at `addr`, in list order.
pub fn refs_to(addr: usize) -> Vec<Rc<Instance>> {
    REGISTRY
        .try_with(|r| r.borrow().get(&addr).map(|l| l.iter().filter_map(Weak::upgrade).collect()))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Called by a referent's `Drop` with its flag: when weakrefs were made to
/// it, clears them and queues their callbacks. Nothing is dropped while
/// the registry is borrowed.
pub fn referent_dropped(flag: &Cell<bool>, addr: usize) {
    if !flag.get() {
        return;
    }
    let Some(list) = REGISTRY.try_with(|r| r.borrow_mut().remove(&addr)).ok().flatten() else {
        return;
    };
    let mut queued = Vec::new();
    for weakref in list.iter().filter_map(Weak::upgrade) {
        if let Some(d) = weak_data(&weakref) {
            let old = d.referent.replace(Referent::Dead);
            drop(old);
            let callback = d.callback.replace(Value::None);
            if !matches!(callback, Value::None) {
                queued.push((callback, Value::Instance(weakref.clone())));
            }
        }
    }
    if queued.is_empty() {
        return;
    }
    let _ = PENDING_CALLBACKS.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(queued);
        }
    });
    // The eval loop checks this one flag for both queues.
    let _ = HAS_PENDING_FINALIZERS.try_with(|f| f.set(true));
}

/// An instance with a `__del__` is moved into a new allocation to be
/// finalized (`Instance::resurrect_for_finalizer`): its weakrefs follow it,
/// so they still see the object while `__del__` runs, as in CPython.
pub fn moved(old_addr: usize, new: &Rc<Instance>) {
    let Some(list) = REGISTRY.try_with(|r| r.borrow_mut().remove(&old_addr)).ok().flatten() else {
        return;
    };
    for weakref in list.iter().filter_map(Weak::upgrade) {
        if let Some(d) = weak_data(&weakref) {
            let old = d.referent.replace(Referent::Instance(Rc::downgrade(new)));
            drop(old);
        }
    }
    let _ = REGISTRY.try_with(|r| r.borrow_mut().insert(Rc::as_ptr(new) as usize, list));
    new.weakly_referenced.set(true);
}

/// The callbacks due, each with the weakref to pass it, oldest death first.
pub fn take_pending_callbacks() -> Vec<(Value, Value)> {
    PENDING_CALLBACKS.try_with(|p| std::mem::take(&mut *p.borrow_mut())).unwrap_or_default()
}
