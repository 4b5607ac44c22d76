//! The cycle collector: reference counting frees everything except
//! reference cycles; this finds the cycles nothing else points to and
//! breaks them.
//!
//! **What is tracked.** Objects that can close a cycle register here when
//! they are made (`track_*`; the entry is removed by their `Drop`, see
//! [`GcSlot`]): lists, dicts made for
//! Python code (literals, `dict()`, instance, class and function dicts,
//! `**kwargs`), tuples holding a container, instances, closure cells,
//! functions, bound methods and classes. Module dicts, generators,
//! iterators and the VM's own frames are not tracked.
//!
//! **Why untracked holders are safe.** The collector uses trial deletion,
//! as CPython does: for each candidate it takes the strong count and
//! subtracts the references that other candidates hold (found by
//! [`Obj::visit`]). What is left over comes from somewhere the collector
//! cannot see: a frame's locals or stack, a Rust local in a builtin that is
//! running Python code, an untracked object, the pending-finalizer queue.
//! Those candidates are roots; everything reachable from a root stays. So
//! an untracked holder can only make the collector *keep* an object; it can
//! never make it free one that is still in use. The one rule for `visit`
//! is therefore: report exactly the strong references an object holds,
//! never one it does not hold. A container that is borrowed for writing at
//! collection time cannot be looked into; it counts as a root.
//!
//! **Finalizers** (PEP 442): if the garbage holds instances whose class
//! defines `__del__` and that have not been finalized, nothing is freed in
//! that collection: their finalizers are queued (each object is finalized
//! at most once) and the next collection, which re-examines the objects,
//! frees whatever is still unreachable, so a finalizer may resurrect its
//! object. `gc.collect()` runs the queued finalizers and collects again at
//! once.
//!
//! **Generations.** New objects go to the young generation; a collection
//! of it runs when it holds `threshold` (700) objects, at the eval loop's
//! periodic check, and survivors move to the old generation. References
//! from old objects into young ones count as external, so a young
//! collection only looks at young objects. The whole heap is examined when
//! the old generation has grown by a quarter since the last full
//! collection (CPython's rule for its oldest generation), which keeps the
//! cost per allocation bounded however many objects are alive.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::function::{BoundMethod, Function};
use super::{Class, Instance, Payload, Property, PyCell, PyDict, PyList, PyTuple, Value, Wrapper};
use crate::vm::generator::Generator;

/// CPython's default young-generation threshold (`gc.get_threshold()[0]`).
pub const DEFAULT_THRESHOLD: usize = 700;

/// A full collection waits until at least this many objects were promoted,
/// so that small programs do not rescan their few old objects over and over.
const MIN_FULL_PENDING: usize = 10_000;

const UNTRACKED: u32 = u32::MAX;
const OLD: u32 = 1 << 31;

/// Where a tracked object's entry sits in the registry: its generation (the
/// top bit) and index. Every tracked type embeds one; its `Drop` removes the
/// entry (`untrack`) before anything else, so the registry only ever names
/// live objects. A clone or a fresh value is untracked.
#[derive(Debug)]
pub struct GcSlot(Cell<u32>);

impl Default for GcSlot {
    fn default() -> Self {
        GcSlot(Cell::new(UNTRACKED))
    }
}

impl Clone for GcSlot {
    fn clone(&self) -> Self {
        GcSlot::default()
    }
}

impl GcSlot {
    fn is_tracked(&self) -> bool {
        self.0.get() != UNTRACKED
    }
}

/// The kinds of tracked object.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Dict,
    Tuple,
    Instance,
    Cell,
    Function,
    Method,
    Class,
    Generator,
    Wrapper,
    Property,
}

/// A registry entry: a tracked object's address and kind.
#[derive(Clone, Copy)]
struct Entry {
    addr: usize,
    kind: Kind,
}

fn entry<T>(rc: &Rc<T>, kind: Kind) -> Entry {
    Entry { addr: Rc::as_ptr(rc) as *const u8 as usize, kind }
}

/// A tracked object held strongly for the length of one collection.
enum Obj {
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Tuple(Rc<PyTuple>),
    Instance(Rc<Instance>),
    Cell(Rc<PyCell>),
    Function(Rc<Function>),
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Generator(Rc<Generator>),
    Wrapper(Rc<Wrapper>),
    Property(Rc<Property>),
}

/// Takes a strong reference to the object a registry entry names.
///
/// # Safety
/// `e` must be an entry currently in the registry. Entries are made only by
/// `register` from a live `Rc<T>` of the kind in the tag, and the `Drop` of
/// every tracked type removes its entry first thing, while the allocation
/// still exists; collections never run inside a tracked object's `Drop`
/// (drops queue finalizers, they run no Python code). So the address is that of a live
/// `T` inside an `Rc` allocation, and incrementing its strong count and
/// adopting it with `Rc::from_raw` is sound.
unsafe fn adopt(e: Entry) -> Obj {
    unsafe fn rc<T>(p: usize) -> Rc<T> {
        let p = p as *const T;
        // SAFETY: see `adopt`: `p` came from `Rc::as_ptr` of a live Rc<T>.
        unsafe {
            Rc::increment_strong_count(p);
            Rc::from_raw(p)
        }
    }
    let p = e.addr;
    // SAFETY: the kind was recorded by `register` with the object's true type.
    unsafe {
        match e.kind {
            Kind::List => Obj::List(rc(p)),
            Kind::Dict => Obj::Dict(rc(p)),
            Kind::Tuple => Obj::Tuple(rc(p)),
            Kind::Instance => Obj::Instance(rc(p)),
            Kind::Cell => Obj::Cell(rc(p)),
            Kind::Function => Obj::Function(rc(p)),
            Kind::Method => Obj::Method(rc(p)),
            Kind::Class => Obj::Class(rc(p)),
            Kind::Generator => Obj::Generator(rc(p)),
            Kind::Wrapper => Obj::Wrapper(rc(p)),
            Kind::Property => Obj::Property(rc(p)),
        }
    }
}

/// The slot of the object a registry entry names.
///
/// # Safety
/// As for [`adopt`]: `e` is in the registry, so it names a live object.
unsafe fn slot_of<'a>(e: Entry) -> &'a GcSlot {
    let p = e.addr;
    // SAFETY: see the function's contract.
    unsafe {
        match e.kind {
            Kind::List => &(*(p as *const PyList)).gc,
            Kind::Dict => &(*(p as *const PyDict)).gc,
            Kind::Tuple => &(*(p as *const PyTuple)).gc,
            Kind::Instance => &(*(p as *const Instance)).gc,
            Kind::Cell => &(*(p as *const PyCell)).gc,
            Kind::Function => &(*(p as *const Function)).gc,
            Kind::Method => &(*(p as *const BoundMethod)).gc,
            Kind::Class => &(*(p as *const Class)).gc,
            Kind::Generator => &(*(p as *const Generator)).gc,
            Kind::Wrapper => &(*(p as *const Wrapper)).gc,
            Kind::Property => &(*(p as *const Property)).gc,
        }
    }
}

/// The slot of a value's heap object, if it is of a tracked kind.
fn slot(v: &Value) -> Option<&GcSlot> {
    Some(match v {
        Value::List(r) => &r.gc,
        Value::Dict(r) => &r.gc,
        Value::Tuple(r) => &r.gc,
        Value::Instance(r) => &r.gc,
        Value::Cell(r) => &r.gc,
        Value::Function(r) => &r.gc,
        Value::BoundMethod(r) => &r.gc,
        Value::Class(r) => &r.gc,
        Value::Generator(r) => &r.gc,
        Value::StaticMethod(r) | Value::ClassMethod(r) => &r.gc,
        Value::Property(r) => &r.gc,
        _ => return None,
    })
}

fn values<'v>(vs: impl IntoIterator<Item = &'v Value>, f: &mut impl FnMut(&GcSlot)) {
    vs.into_iter().filter_map(slot).for_each(f);
}

impl Obj {
    fn gc(&self) -> &GcSlot {
        match self {
            Obj::List(r) => &r.gc,
            Obj::Dict(r) => &r.gc,
            Obj::Tuple(r) => &r.gc,
            Obj::Instance(r) => &r.gc,
            Obj::Cell(r) => &r.gc,
            Obj::Function(r) => &r.gc,
            Obj::Method(r) => &r.gc,
            Obj::Class(r) => &r.gc,
            Obj::Generator(r) => &r.gc,
            Obj::Wrapper(r) => &r.gc,
            Obj::Property(r) => &r.gc,
        }
    }

    fn strong_count(&self) -> usize {
        match self {
            Obj::List(r) => Rc::strong_count(r),
            Obj::Dict(r) => Rc::strong_count(r),
            Obj::Tuple(r) => Rc::strong_count(r),
            Obj::Instance(r) => Rc::strong_count(r),
            Obj::Cell(r) => Rc::strong_count(r),
            Obj::Function(r) => Rc::strong_count(r),
            Obj::Method(r) => Rc::strong_count(r),
            Obj::Class(r) => Rc::strong_count(r),
            Obj::Generator(r) => Rc::strong_count(r),
            Obj::Wrapper(r) => Rc::strong_count(r),
            Obj::Property(r) => Rc::strong_count(r),
        }
    }

    fn entry(&self) -> Entry {
        match self {
            Obj::List(r) => entry(r, Kind::List),
            Obj::Dict(r) => entry(r, Kind::Dict),
            Obj::Tuple(r) => entry(r, Kind::Tuple),
            Obj::Instance(r) => entry(r, Kind::Instance),
            Obj::Cell(r) => entry(r, Kind::Cell),
            Obj::Function(r) => entry(r, Kind::Function),
            Obj::Method(r) => entry(r, Kind::Method),
            Obj::Class(r) => entry(r, Kind::Class),
            Obj::Generator(r) => entry(r, Kind::Generator),
            Obj::Wrapper(r) => entry(r, Kind::Wrapper),
            Obj::Property(r) => entry(r, Kind::Property),
        }
    }

    /// Calls `f` with the slot of every tracked-kind object this one holds
    /// a strong reference to, once per reference. Returns false when the
    /// object is borrowed for writing and could not be looked into.
    fn visit(&self, f: &mut impl FnMut(&GcSlot)) -> bool {
        match self {
            Obj::List(l) => match l.items.try_borrow() {
                Ok(items) => values(items.iter(), f),
                Err(_) => return false,
            },
            Obj::Tuple(t) => values(t.items.iter(), f),
            Obj::Dict(d) => match d.table.try_borrow() {
                Ok(table) => values(table.iter().flat_map(|e| [&e.key, &e.value]), f),
                Err(_) => return false,
            },
            Obj::Cell(c) => match c.value.try_borrow() {
                Ok(v) => values([&*v], f),
                Err(_) => return false,
            },
            Obj::Method(m) => values([&m.self_, &m.func], f),
            Obj::Instance(i) => return visit_instance(i, f),
            Obj::Function(func) => return visit_function(func, f),
            Obj::Class(c) => return visit_class(c, f),
            Obj::Generator(g) => return visit_generator(g, f),
            Obj::Wrapper(w) => values([&w.func], f),
            Obj::Property(p) => values([&p.fget, &p.fset, &p.fdel, &p.doc], f),
        }
        true
    }

    /// Moves out the references this object holds (CPython's `tp_clear`),
    /// into `out`, to be dropped once every garbage object is cleared.
    /// Immutable holders (tuples, bound methods, method wrappers,
    /// properties) keep theirs: every cycle passes through at least one
    /// mutable container, whose clearing breaks it.
    fn clear(&self, out: &mut Vec<Value>) {
        match self {
            Obj::List(l) => {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    out.append(&mut items);
                }
            }
            Obj::Dict(d) => {
                if let Ok(mut table) = d.table.try_borrow_mut() {
                    for e in table.clear() {
                        out.push(e.key);
                        out.push(e.value);
                    }
                }
            }
            Obj::Cell(c) => {
                if let Ok(mut v) = c.value.try_borrow_mut() {
                    out.push(std::mem::take(&mut *v));
                }
            }
            Obj::Instance(i) => clear_instance(i, out),
            Obj::Function(func) => {
                if let Ok(mut d) = func.defaults.try_borrow_mut() {
                    out.append(&mut d);
                }
                if let Ok(mut kw) = func.kwdefaults.try_borrow_mut() {
                    out.extend(kw.take().map(Value::Dict));
                }
            }
            // A suspended frame goes whole (it owns no tracked slots of
            // its own that others could still need).
            Obj::Generator(g) => {
                if let Ok(mut frame) = g.frame.try_borrow_mut() {
                    if let Some(frame) = frame.take() {
                        out.extend((*frame).into_values());
                    }
                }
                if let Ok(mut exc) = g.exc_state.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *exc, Value::None));
                }
            }
            Obj::Class(_) | Obj::Tuple(_) | Obj::Method(_) | Obj::Wrapper(_) | Obj::Property(_) => {}
        }
    }

    /// What must be finalized before this garbage can be freed, marked so
    /// it is finalized once: an instance whose `__del__` has not run, or a
    /// generator suspended inside `try`/`with` (closing it runs that code).
    fn take_finalizer(&self) -> Option<Value> {
        match self {
            Obj::Instance(i) if !i.finalized.get() && needs_finalizer(i) => {
                i.finalized.set(true);
                Some(Value::Instance(i.clone()))
            }
            Obj::Generator(g) if g.needs_close() => Some(Value::Generator(g.clone())),
            _ => None,
        }
    }
}

fn visit_generator(g: &Generator, f: &mut impl FnMut(&GcSlot)) -> bool {
    let Ok(frame) = g.frame.try_borrow() else { return false };
    let Ok(exc) = g.exc_state.try_borrow() else { return false };
    values(std::iter::once(&*exc), f);
    if let Some(frame) = &*frame {
        values(frame.stack.iter().chain(&frame.init_self), f);
        frame.cells.iter().for_each(|c| f(&c.gc));
        f(&frame.globals.gc);
        frame.namespace.iter().for_each(|d| f(&d.gc));
        frame.func.iter().for_each(|func| f(&func.gc));
    }
    true
}

fn needs_finalizer(i: &Instance) -> bool {
    match i.class.try_borrow() {
        Ok(cls) => cls.has_del(),
        Err(_) => false,
    }
}

fn visit_instance(i: &Instance, f: &mut impl FnMut(&GcSlot)) -> bool {
    let (Ok(cls), Ok(slots)) = (i.class.try_borrow(), i.slots.try_borrow()) else {
        return false;
    };
    f(&cls.gc);
    if let Some(d) = &i.dict {
        f(&d.gc);
    }
    values(slots.iter(), f);
    match &i.payload {
        Payload::None => {}
        Payload::Base(b) => match b.try_borrow() {
            Ok(v) => values([&*v], f),
            Err(_) => return false,
        },
        Payload::Exception(e) => match e.try_borrow() {
            Ok(e) => values(e.args.iter().chain(&e.cause).chain(&e.context), f),
            Err(_) => return false,
        },
        // The referent is held weakly: only the callback is a reference.
        Payload::Weak(w) => match w.callback.try_borrow() {
            Ok(cb) => values([&*cb], f),
            Err(_) => return false,
        },
    }
    true
}

fn clear_instance(i: &Instance, out: &mut Vec<Value>) {
    if let Ok(mut slots) = i.slots.try_borrow_mut() {
        // Unset slots are Null, as a fresh instance's are.
        out.extend(slots.iter_mut().map(std::mem::take));
    }
    match &i.payload {
        Payload::None => {}
        Payload::Base(b) => {
            if let Ok(mut v) = b.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::None));
            }
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                out.append(&mut e.args);
                out.extend(e.cause.take());
                out.extend(e.context.take());
            }
        }
        Payload::Weak(w) => {
            if let Ok(mut cb) = w.callback.try_borrow_mut() {
                out.push(std::mem::replace(&mut *cb, Value::None));
            }
        }
    }
}

fn visit_function(func: &Function, f: &mut impl FnMut(&GcSlot)) -> bool {
    let (Ok(defaults), Ok(kwdefaults)) = (func.defaults.try_borrow(), func.kwdefaults.try_borrow()) else {
        return false;
    };
    f(&func.globals.gc);
    f(&func.dict.gc);
    func.closure.iter().for_each(|c| f(&c.gc));
    values(defaults.iter(), f);
    if let Some(kw) = &*kwdefaults {
        f(&kw.gc);
    }
    true
}

fn visit_class(c: &Class, f: &mut impl FnMut(&GcSlot)) -> bool {
    let (Ok(bases), Ok(mro), Ok(meta)) = (c.bases.try_borrow(), c.mro_rest.try_borrow(), c.metaclass.try_borrow())
    else {
        return false;
    };
    f(&c.dict.gc);
    bases.iter().chain(mro.iter()).chain(meta.iter()).for_each(|b| f(&b.gc));
    true
}

/// The collector's state: the two generations (entries of live objects,
/// see [`adopt`]) and the settings `gc` exposes.
struct Registry {
    young: Vec<Entry>,
    old: Vec<Entry>,
    /// Size of the old generation after the last full collection.
    old_after_full: usize,
    threshold: usize,
    enabled: bool,
    collections: [u64; 2],
    collected: [u64; 2],
}

impl Registry {
    fn generation(&mut self, old: bool) -> &mut Vec<Entry> {
        if old {
            &mut self.old
        } else {
            &mut self.young
        }
    }
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            young: Vec::new(),
            old: Vec::new(),
            old_after_full: 0,
            threshold: DEFAULT_THRESHOLD,
            enabled: true,
            collections: [0; 2],
            collected: [0; 2],
        })
    };
    /// Set when the young generation reached the threshold; read by the
    /// eval loop's periodic check.
    static DUE: Cell<bool> = const { Cell::new(false) };
}

fn register(e: Entry, slot: &GcSlot) {
    if slot.is_tracked() {
        return;
    }
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        slot.0.set(r.young.len() as u32);
        r.young.push(e);
        if r.young.len() >= r.threshold && r.enabled && r.threshold > 0 {
            DUE.set(true);
        }
    });
}

/// Removes an object's entry; the first thing every tracked type's `Drop`
/// does. O(1): the last entry of the generation moves into the hole.
#[inline]
pub fn untrack(slot: &GcSlot) {
    let at = slot.0.get();
    if at == UNTRACKED {
        return;
    }
    slot.0.set(UNTRACKED);
    let _ = REGISTRY.try_with(|r| {
        // No borrow of the registry is ever held while an object can drop
        // (see `collect`), so this cannot fail while the registry lives.
        let mut r = r.borrow_mut();
        let gen = r.generation(at & OLD != 0);
        let i = (at & !OLD) as usize;
        gen.swap_remove(i);
        if let Some(&moved) = gen.get(i) {
            // SAFETY: `moved` is still in the registry, so it is live.
            unsafe { slot_of(moved) }.0.set(at);
        }
    });
}

pub fn track_list(l: Rc<PyList>) -> Rc<PyList> {
    register(entry(&l, Kind::List), &l.gc);
    l
}

pub fn track_dict(d: Rc<PyDict>) -> Rc<PyDict> {
    register(entry(&d, Kind::Dict), &d.gc);
    d
}

/// Tracks a tuple only if it holds something that can close a cycle;
/// tuples of numbers and strings (most of them) cost nothing here.
pub fn track_tuple(t: Rc<PyTuple>) -> Rc<PyTuple> {
    if t.items.iter().any(|v| slot(v).is_some()) {
        register(entry(&t, Kind::Tuple), &t.gc);
    }
    t
}

pub fn track_instance(i: Rc<Instance>) -> Rc<Instance> {
    register(entry(&i, Kind::Instance), &i.gc);
    i
}

pub fn track_cell(c: Rc<PyCell>) -> Rc<PyCell> {
    register(entry(&c, Kind::Cell), &c.gc);
    c
}

pub fn track_function(f: Rc<Function>) -> Rc<Function> {
    register(entry(&f, Kind::Function), &f.gc);
    f
}

pub fn track_method(m: Rc<BoundMethod>) -> Rc<BoundMethod> {
    register(entry(&m, Kind::Method), &m.gc);
    m
}

pub fn track_class(c: Rc<Class>) -> Rc<Class> {
    register(entry(&c, Kind::Class), &c.gc);
    c
}

pub fn track_generator(g: Rc<Generator>) -> Rc<Generator> {
    register(entry(&g, Kind::Generator), &g.gc);
    g
}

pub fn track_wrapper(w: Rc<Wrapper>) -> Rc<Wrapper> {
    register(entry(&w, Kind::Wrapper), &w.gc);
    w
}

pub fn track_property(p: Rc<Property>) -> Rc<Property> {
    register(entry(&p, Kind::Property), &p.gc);
    p
}

/// Whether an automatic collection is due (the young generation is full).
#[inline]
pub fn due() -> bool {
    DUE.get()
}

/// What one collection found.
#[derive(Default)]
pub struct Collected {
    /// Unreachable objects found (`gc.collect()`'s result).
    pub unreachable: usize,
    /// Instances to finalize before they can be freed (already marked
    /// finalized); nothing was freed when this is not empty.
    pub finalize: Vec<Value>,
}

/// The automatic collection run when [`due`]: the young generation, or
/// everything when the old generation has grown enough.
pub fn collect_due() -> Collected {
    DUE.set(false);
    let full = REGISTRY.with(|r| {
        let r = r.borrow();
        let pending = r.old.len().saturating_sub(r.old_after_full);
        pending > MIN_FULL_PENDING.max(r.old_after_full / 4)
    });
    collect(full)
}

/// Collects the young generation, or (`full`) both.
pub fn collect(full: bool) -> Collected {
    DUE.set(false);
    if full {
        // The attribute cache holds what it caches strongly; a full
        // collection must not see those as roots (a cached method of a
        // class in a garbage cycle would keep the whole cycle alive).
        super::class::clear_type_cache();
    }
    let (objs, n_young) = REGISTRY.with(|r| {
        let r = r.borrow();
        let old: &[Entry] = if full { &r.old } else { &[] };
        // SAFETY: every entry is in the registry (see `adopt`).
        let objs: Vec<Obj> = r.young.iter().chain(old).map(|&e| unsafe { adopt(e) }).collect();
        (objs, r.young.len())
    });
    // A candidate's index in `objs`, from its slot: young entries first,
    // then (in a full collection) the old ones. Nothing is registered or
    // dropped until the generations are rebuilt below, so slots stay put.
    let candidate = |s: &GcSlot| -> Option<usize> {
        let at = s.0.get();
        match (at == UNTRACKED, at & OLD != 0) {
            (true, _) => None,
            (false, false) => Some(at as usize),
            (false, true) if full => Some(n_young + (at & !OLD) as usize),
            _ => None,
        }
    };
    let reachable = mark_reachable(&objs, &candidate);
    let garbage: Vec<usize> = (0..objs.len()).filter(|&i| !reachable[i]).collect();

    let mut found = Collected { unreachable: garbage.len(), finalize: Vec::new() };
    found.finalize.extend(garbage.iter().filter_map(|&i| objs[i].take_finalizer()));
    rebuild_generations(&objs, &reachable, full, found.unreachable as u64);
    if found.finalize.is_empty() {
        let mut contents = Vec::new();
        for &i in &garbage {
            objs[i].clear(&mut contents);
        }
        // Dropped here, after every object is cleared and no borrow of the
        // registry is held: a drop untracks, may queue a finalizer, and
        // never runs Python code, so nothing sees a half-cleared cycle.
        drop(contents);
    }
    drop(objs);
    found
}

/// After a collection: survivors are promoted to the old generation; the
/// garbage stays young (it is about to be freed, or, waiting for its
/// finalizers, re-examined by the next collection).
fn rebuild_generations(objs: &[Obj], reachable: &[bool], full: bool, found: u64) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let r = &mut *r;
        if full {
            r.old.clear();
        }
        r.young.clear();
        for (o, &live) in objs.iter().zip(reachable) {
            let gen = if live { &mut r.old } else { &mut r.young };
            let tag = if live { OLD } else { 0 };
            o.gc().0.set(tag | gen.len() as u32);
            gen.push(o.entry());
        }
        let g = usize::from(full);
        r.collections[g] += 1;
        r.collected[g] += found;
        if full {
            r.old_after_full = r.old.len();
        }
    });
}

/// Trial deletion: which candidates are reachable from outside the set.
fn mark_reachable(objs: &[Obj], candidate: &impl Fn(&GcSlot) -> Option<usize>) -> Vec<bool> {
    // Our own strong reference (`objs`) is one of the count.
    let mut external: Vec<isize> = objs.iter().map(|o| o.strong_count() as isize - 1).collect();
    let mut opaque = vec![false; objs.len()];
    for (i, o) in objs.iter().enumerate() {
        let seen = o.visit(&mut |s| {
            if let Some(j) = candidate(s) {
                external[j] -= 1;
            }
        });
        opaque[i] = !seen;
    }
    let mut reachable = vec![false; objs.len()];
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..objs.len() {
        if external[i] > 0 || opaque[i] {
            reachable[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        objs[i].visit(&mut |s| {
            if let Some(j) = candidate(s) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    reachable
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

/// `gc.set_threshold(n)`: 0 turns automatic collection off, as in CPython.
pub fn set_threshold(n: usize) {
    REGISTRY.with(|r| r.borrow_mut().threshold = n);
}

pub fn threshold() -> usize {
    REGISTRY.with(|r| r.borrow().threshold)
}

/// Objects registered in the young generation since it was last collected
/// (`gc.get_count()[0]`).
pub fn young_count() -> usize {
    REGISTRY.with(|r| r.borrow().young.len())
}

/// `(collections, collected)` per generation: young, full.
pub fn stats() -> [(u64, u64); 2] {
    REGISTRY.with(|r| {
        let r = r.borrow();
        [(r.collections[0], r.collected[0]), (r.collections[1], r.collected[1])]
    })
}

/// Whether `v` is registered (`gc.is_tracked`). Like CPython, a dict that
/// holds only atomic keys and values reports false: the collector has
/// nothing to find through it (Brisk tracks it anyway, as it may gain one).
pub fn is_tracked(v: &Value) -> bool {
    if !slot(v).is_some_and(GcSlot::is_tracked) {
        return false;
    }
    match v {
        Value::Dict(d) => d.table.borrow().iter().any(|e| slot(&e.key).or(slot(&e.value)).is_some()),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::rc::Weak;

    fn self_cycle() -> Weak<PyList> {
        let l = track_list(Rc::new(PyList::new(Vec::new())));
        l.items.borrow_mut().push(Value::List(l.clone()));
        Rc::downgrade(&l)
    }

    #[test]
    fn a_self_referencing_list_is_freed() {
        let w = self_cycle();
        assert!(w.upgrade().is_some(), "the cycle keeps itself alive");
        let found = collect(true);
        assert!(found.unreachable >= 1);
        assert!(w.upgrade().is_none(), "collected");
    }

    #[test]
    fn an_externally_held_cycle_survives() {
        let l = track_list(Rc::new(PyList::new(Vec::new())));
        l.items.borrow_mut().push(Value::List(l.clone()));
        collect(true);
        assert_eq!(l.items.borrow().len(), 1, "contents untouched");
        l.items.borrow_mut().clear();
    }

    #[test]
    fn a_cycle_through_an_untracked_holder_is_kept() {
        // A list referenced from a module object (untracked) must survive
        // even though the module itself is only reachable from the list.
        let d = Rc::new(PyDict::new());
        let l = track_list(Rc::new(PyList::new(Vec::new())));
        d.set_item_str("l", Value::List(l.clone()));
        l.items.borrow_mut().push(Value::Dict(d.clone()));
        let w = Rc::downgrade(&l);
        drop(l);
        collect(true);
        assert!(w.upgrade().is_some(), "kept: the untracked dict's reference counts as external");
        d.table.borrow_mut().clear();
        assert!(w.upgrade().is_none());
    }

    #[test]
    fn a_list_borrowed_for_writing_is_a_root() {
        let a = track_list(Rc::new(PyList::new(Vec::new())));
        let b = track_list(Rc::new(PyList::new(vec![Value::List(a.clone())])));
        a.items.borrow_mut().push(Value::List(b.clone()));
        let wa = Rc::downgrade(&a);
        let guard = b.items.borrow_mut();
        drop(a);
        collect(true);
        assert!(wa.upgrade().is_some(), "b could not be inspected, so nothing it holds is freed");
        drop(guard);
        drop(b);
        collect(true);
        assert!(wa.upgrade().is_none());
    }

    #[test]
    fn young_collections_promote_survivors() {
        let l = track_list(Rc::new(PyList::new(Vec::new())));
        collect(false);
        assert!(is_tracked(&Value::List(l.clone())));
        assert_eq!(young_count(), 0);
    }
}
