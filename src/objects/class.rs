//! Classes (type objects) and instances.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{PyDict, PyStr, Value};

/// Which builtin type a class is, or which builtin type a user class
/// derives from (its instances then carry that builtin value as payload).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    Object,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    BaseException,
    Other,
}

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A fresh, never reused class version tag.
pub fn next_version() -> u32 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Debug)]
pub struct Class {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// The method resolution order without the class itself (storing `self`
    /// would make every class a reference cycle).
    pub mro_rest: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<PyDict>,
    /// Changes whenever this class or any base changes; attribute caches
    /// compare it instead of re-walking the MRO.
    pub version: Cell<u32>,
    /// For builtin types: which one. For user classes: the builtin base.
    pub kind: BuiltinKind,
    pub is_builtin: bool,
    /// `__slots__` names, if the class (or a base) declares them.
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// Whether instances get a `__dict__`.
    pub has_dict: bool,
    /// Classes that list this one as a base, so version changes propagate.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// Cached answers about special methods, valid while `flags_version == version`.
    pub flags_version: Cell<u32>,
    pub flag_custom_getattribute: Cell<bool>,
    pub flag_custom_setattr: Cell<bool>,
    pub flag_data_descriptors: Cell<bool>,
    pub flag_has_del: Cell<bool>,
    /// The class's metaclass when it is not `type` (set once, at creation,
    /// by `type.__new__`; Brisk has no `__class__` assignment for classes).
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Whether weakrefs were ever made to it (`Drop` then clears them).
    pub weakly_referenced: Cell<bool>,
    pub gc: super::gc::GcSlot,
}

impl Drop for Class {
    fn drop(&mut self) {
        super::gc::untrack(&self.gc);
        super::weakref::referent_dropped(&self.weakly_referenced, self as *const Class as usize);
    }
}

impl Class {
    /// The metaclass, if it is a user subclass of `type`.
    pub fn metaclass(&self) -> Option<Rc<Class>> {
        self.metaclass.borrow().clone()
    }

    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    /// The full MRO, starting with `this`.
    pub fn mro(this: &Rc<Class>) -> Vec<Rc<Class>> {
        let mut v = Vec::with_capacity(1 + this.mro_rest.borrow().len());
        v.push(this.clone());
        v.extend(this.mro_rest.borrow().iter().cloned());
        v
    }

    /// Looks a name up along the MRO (no descriptors applied).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, super::hash::hash_str(name))
    }

    /// `lookup` for an interned name, whose hash is already known.
    pub fn lookup_name(&self, name: &PyStr) -> Option<Value> {
        self.lookup_hashed(name.as_str(), name.hash())
    }

    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        let version = self.version.get();
        let slot = type_cache_slot(version, hash);
        // `try_with`: values dropped while the cache itself is being torn
        // down at thread exit (an instance's `Drop` looks up `__del__`) must
        // not touch it again; they fall back to an uncached lookup.
        let hit = TYPE_CACHE
            .try_with(|c| match c.borrow().get(slot) {
                Some(Some(e))
                    if e.version == version
                        && e.hash == hash
                        && (std::ptr::eq(e.name.as_str(), name) || e.name.as_str() == name) =>
                {
                    Some(e.value.clone())
                }
                _ => None,
            })
            .ok()
            .flatten();
        if let Some(v) = hit {
            return v;
        }
        let v = self.lookup_uncached(name, hash);
        let entry = TypeCacheEntry { version, hash, name: crate::compile::intern(name), value: v.clone() };
        let old = TYPE_CACHE.try_with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize_with(1 << TYPE_CACHE_BITS, || None);
            }
            c[slot].replace(entry)
        });
        drop(old);
        v
    }

    fn lookup_uncached(&self, name: &str, hash: i64) -> Option<Value> {
        if let Some(v) = self.dict.get_hashed(name, hash) {
            return Some(v);
        }
        for c in self.mro_rest.borrow().iter() {
            if let Some(v) = c.dict.get_hashed(name, hash) {
                return Some(v);
            }
        }
        None
    }

    /// Whether attribute access on instances needs the slow protocol
    /// (`__getattribute__` overridden); cached per class version.
    pub fn custom_getattribute(&self) -> bool {
        let v = self.version.get();
        if self.flags_version.get() != v {
            let custom = !self.is_builtin
                && self
                    .lookup("__getattribute__")
                    .is_some_and(|ga| !matches!(&ga, Value::Builtin(b) if b.owner == "object"));
            self.flag_custom_getattribute.set(custom);
            let custom_set = !self.is_builtin
                && ["__setattr__", "__delattr__"]
                    .iter()
                    .any(|n| self.lookup(n).is_some_and(|f| !matches!(&f, Value::Builtin(b) if b.owner == "object")));
            self.flag_custom_setattr.set(custom_set);
            self.flag_data_descriptors.set(self.scan_data_descriptors());
            self.flag_has_del.set(!self.is_builtin && self.lookup("__del__").is_some());
            self.flags_version.set(v);
        }
        self.flag_custom_getattribute.get()
    }

    /// Whether any class on the MRO may define a data descriptor (a
    /// property, or any instance of a user class: its type may have or gain
    /// `__set__`/`__delete__`). When none does, instance attributes can be
    /// read from the instance dict first.
    pub fn has_data_descriptors(&self) -> bool {
        self.custom_getattribute();
        self.flag_data_descriptors.get()
    }

    fn scan_data_descriptors(&self) -> bool {
        // Any instance counts: its class can gain `__set__` later without
        // this class's version changing, so asking now could go stale.
        let is_data = |v: &Value| matches!(v, Value::Property(_) | Value::Instance(_));
        let own = self.dict.items().iter().any(|(_, v)| is_data(v));
        own || self.mro_rest.borrow().iter().any(|c| c.dict.items().iter().any(|(_, v)| is_data(v)))
    }

    /// Whether instances need a finalizer (`__del__` on the MRO; cached like
    /// `custom_getattribute`, since every instance's drop asks).
    pub fn has_del(&self) -> bool {
        self.custom_getattribute();
        self.flag_has_del.get()
    }

    /// Whether `__setattr__` or `__delattr__` is overridden (cached like `custom_getattribute`).
    pub fn custom_setattr(&self) -> bool {
        self.custom_getattribute();
        self.flag_custom_setattr.get()
    }

    /// Like `lookup`, also returning the class where the name was found.
    pub fn lookup_with_owner(this: &Rc<Class>, name: &str) -> Option<(Value, Rc<Class>)> {
        if let Some(v) = this.dict.get_str(name) {
            return Some((v, this.clone()));
        }
        for c in this.mro_rest.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some((v, c.clone()));
            }
        }
        None
    }

    pub fn is_subclass(this: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(this, other) || this.mro_rest.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// Invalidates caches keyed on this class and on every subclass.
    pub fn modified(&self) {
        self.version.set(next_version());
        let subs: Vec<Rc<Class>> = self.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for s in subs {
            s.modified();
        }
    }
}

/// A global cache of MRO lookups keyed by (class version, name), as
/// CPython's type attribute cache. Versions are never reused and change on
/// every modification of a class or its bases, so an entry cannot go stale.
struct TypeCacheEntry {
    version: u32,
    hash: i64,
    /// Interned, so hits usually compare by pointer.
    name: Rc<PyStr>,
    value: Option<Value>,
}

const TYPE_CACHE_BITS: u32 = 12;

fn type_cache_slot(version: u32, hash: i64) -> usize {
    let mixed = (u64::from(version) ^ (hash as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - TYPE_CACHE_BITS)) as usize
}

thread_local! {
    static TYPE_CACHE: RefCell<Vec<Option<TypeCacheEntry>>> = const { RefCell::new(Vec::new()) };
}

/// Empties the attribute cache: a full collection does it first, since the
/// cache holds its values strongly and would keep their cycles alive.
pub fn clear_type_cache() {
    let old = TYPE_CACHE.try_with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

/// One frame of a traceback.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub filename: Rc<str>,
    pub name: Rc<PyStr>,
    pub line: u32,
    pub source: Option<Rc<crate::compile::code::Source>>,
    /// The stripped source line, for an entry rebuilt from a traceback
    /// object (`exc.__traceback__ = tb`) without its source.
    pub text: Option<Rc<str>>,
}

impl TbEntry {
    /// The stripped source line ("" when unknown).
    pub fn line_text(&self) -> &str {
        match (&self.source, &self.text) {
            (Some(s), _) => s.line_text(self.line).map_or("", str::trim),
            (None, Some(t)) => t,
            (None, None) => "",
        }
    }
}

/// The state every exception instance carries.
#[derive(Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

#[derive(Debug)]
pub enum Payload {
    None,
    Exception(RefCell<ExcData>),
    /// The builtin value of an instance of a builtin subclass.
    Base(RefCell<Value>),
    /// A `weakref.ref` object's referent and callback.
    Weak(super::weakref::WeakData),
}

#[derive(Debug)]
pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: Option<Rc<PyDict>>,
    /// Values of `__slots__` attributes, in the class's slot order (Null = unset).
    pub slots: RefCell<Vec<Value>>,
    pub payload: Payload,
    /// Set once `__del__` has run, so a resurrected object is finalized once.
    pub finalized: Cell<bool>,
    /// Whether weakrefs were ever made to it (`Drop` then clears them).
    pub weakly_referenced: Cell<bool>,
    pub gc: super::gc::GcSlot,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

thread_local! {
    /// Instances whose last reference went away while their class defines
    /// `__del__`; the VM runs the finalizers at the next instruction boundary
    /// (a finalizer cannot run inside `Drop`, where the VM is not reachable).
    pub static PENDING_FINALIZERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    pub static HAS_PENDING_FINALIZERS: Cell<bool> = const { Cell::new(false) };
}

impl Drop for Instance {
    fn drop(&mut self) {
        super::gc::untrack(&self.gc);
        if !self.finalized.get() {
            let has_del = self.class.borrow().has_del();
            if has_del {
                let cls = self.class.borrow().clone();
                self.resurrect_for_finalizer(cls);
                return;
            }
        }
        super::weakref::referent_dropped(&self.weakly_referenced, self as *const Instance as usize);
        // A chain of `__slots__` objects would otherwise free each link from
        // inside the previous one's drop (the dict's contents go the same way).
        if self.slots.get_mut().iter().any(super::trashcan::may_nest) {
            super::trashcan::release(std::mem::take(self.slots.get_mut()));
        }
    }
}

impl Instance {
    /// Moves the contents into a new, already-finalized instance and queues
    /// it for its class's `__del__`.
    fn resurrect_for_finalizer(&mut self, cls: Rc<Class>) {
        // Resurrect the contents into a new instance for the finalizer.
        let resurrected = Instance {
            class: RefCell::new(cls),
            dict: self.dict.take(),
            slots: RefCell::new(std::mem::take(&mut *self.slots.borrow_mut())),
            payload: std::mem::replace(&mut self.payload, Payload::None),
            finalized: Cell::new(true),
            weakly_referenced: Cell::new(false),
            gc: Default::default(),
        };
        let resurrected = super::gc::track_instance(Rc::new(resurrected));
        if self.weakly_referenced.get() {
            super::weakref::moved(self as *const Instance as usize, &resurrected);
        }
        let _ = PENDING_FINALIZERS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(Value::Instance(resurrected));
            }
        });
        let _ = HAS_PENDING_FINALIZERS.try_with(|f| f.set(true));
    }
}
