//! Values and heap objects.
//!
//! `Value` keeps `None`, `bool`, small `int` and `float` inline (no
//! allocation); everything else is a reference-counted heap object, freed
//! when its last reference goes, as in CPython. The representation is an
//! implementation detail of this module tree: code elsewhere matches on the
//! variants but never depends on their layout, so it can become NaN-boxed.

pub mod class;
pub mod dict;
pub mod format;
pub mod function;
pub mod gc;
pub mod hash;
pub mod iter;
pub mod settable;
pub mod shape;
pub mod str;
pub mod trashcan;
pub mod weakref;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use crate::compile::code::Code;
pub use class::{Class, ExcData, Instance, Payload};
pub use dict::PyDict;
pub use function::{Args, BoundMethod, Builtin, Function, NativeFn};
pub use iter::{IterState, NativeIter};
pub use str::PyStr;

use crate::vm::error::PyErr;

pub type PyResult<T> = Result<T, PyErr>;

/// A `bool` widened to 64 bits, the payload of [`Value::Bool`].
///
/// With this and [`FloatBits`] every payload of [`Value`] is one 64-bit
/// integer or pointer, and rustc lays `Value` out as a *scalar pair*: it is
/// passed, returned and copied as two registers. With `bool` and `f64`
/// payloads it was a 16-byte memory aggregate copied by vector moves, and a
/// vector load of a value just stored as two 8-byte halves cannot be
/// forwarded from the store buffer: a stall on almost every push and pop
/// (see docs/ARCHITECTURE.md, "Value layout").
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct BoolBits(u64);

impl BoolBits {
    pub const TRUE: BoolBits = BoolBits(1);
    pub const FALSE: BoolBits = BoolBits(0);

    #[inline(always)]
    pub const fn new(b: bool) -> BoolBits {
        BoolBits(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<BoolBits> for bool {
    fn from(b: BoolBits) -> bool {
        b.get()
    }
}

impl From<BoolBits> for i64 {
    fn from(b: BoolBits) -> i64 {
        i64::from(b.get())
    }
}

impl From<BoolBits> for i32 {
    fn from(b: BoolBits) -> i32 {
        i32::from(b.get())
    }
}

impl From<BoolBits> for u8 {
    fn from(b: BoolBits) -> u8 {
        u8::from(b.get())
    }
}

/// An `f64` kept as its bit pattern, the payload of [`Value::Float`] (see
/// [`BoolBits`] for why).
#[derive(Clone, Copy, Debug)]
pub struct FloatBits(u64);

impl FloatBits {
    #[inline(always)]
    pub const fn new(f: f64) -> FloatBits {
        FloatBits(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A Python value.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local, an empty cell, or "no self" on the
    /// call stack. Never visible to Python code.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(BoolBits),
    Int(i64),
    Float(FloatBits),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iter(Rc<NativeIter>),
    Generator(Rc<crate::vm::generator::Generator>),
    Module(Rc<Module>),
    Cell(Rc<PyCell>),
    Code(Rc<Code>),
    Property(Rc<Property>),
    StaticMethod(Rc<Wrapper>),
    ClassMethod(Rc<Wrapper>),
    Super(Rc<Super>),
    DictView(Rc<DictViewObj>),
}

impl Clone for Value {
    /// Inline values are copied in place; only heap references take the
    /// out-of-line path (a reference-count increment). Keeping the common
    /// case small lets it inline into the eval loop.
    #[inline(always)]
    fn clone(&self) -> Self {
        if self.owns_nothing() {
            // SAFETY: `self` is a valid, initialised `Value` behind a shared
            // reference, so reading its bytes is sound; the variants that
            // `owns_nothing` accepts hold only `Copy` data (no `Rc`), so the
            // copy is a second valid value and neither copy's drop can free
            // or double-count anything. Rebuilding the variant instead made
            // LLVM assemble it in a stack slot in pieces and reload it whole,
            // a store-forwarding stall on every LOAD_FAST (measured: ~14% of
            // `bench/fib.py`). Exercised by every test that reads a local.
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_slow()
        }
    }
}

impl Value {
    /// A Python `bool`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(BoolBits::new(b))
    }

    /// A Python `float`.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

    /// Drops a value, skipping the (out-of-line, ~30-variant) drop glue for
    /// values that own nothing. The eval loop discards many ints and bools;
    /// this keeps that to a tag test.
    #[inline(always)]
    pub fn discard(self) {
        if self.owns_nothing() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// True for the variants that hold no heap reference, whose copies and
    /// drops need no reference counting.
    #[inline(always)]
    pub fn owns_nothing(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    #[inline(never)]
    fn clone_slow(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(x) => Value::bool(x.get()),
            Value::Int(x) => Value::Int(*x),
            Value::Float(x) => Value::float(x.get()),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::Bytes(x) => Value::Bytes(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::Class(x) => Value::Class(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Iter(x) => Value::Iter(x.clone()),
            Value::Generator(x) => Value::Generator(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
            Value::Property(x) => Value::Property(x.clone()),
            Value::StaticMethod(x) => Value::StaticMethod(x.clone()),
            Value::ClassMethod(x) => Value::ClassMethod(x.clone()),
            Value::Super(x) => Value::Super(x.clone()),
            Value::DictView(x) => Value::DictView(x.clone()),
        }
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(gc::track_tuple(Rc::new(PyTuple::new(items))))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(gc::track_list(Rc::new(PyList::new(items))))
    }
    pub fn bigint(n: BigInt) -> Value {
        // Normalise: anything that fits a machine word stays inline.
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if any (used by `is` and `id`).
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The underlying builtin value of an instance of a builtin subclass
    /// (`class Stack(list)`), or the value itself.
    pub fn builtin_base(&self) -> Value {
        if let Value::Instance(inst) = self {
            if let Payload::Base(b) = &inst.payload {
                return b.borrow().clone();
            }
        }
        self.clone()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if b.get() { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", format::float_repr(x.get())),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{}", format::str_repr(s.as_str())),
            Value::Code(c) => write!(f, "<code object {}>", c.name.as_str()),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// A short, VM-free name of the Rust representation (for debugging).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "NoneType",
            Value::NotImplemented => "NotImplementedType",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(s) => {
                if s.frozen {
                    "frozenset"
                } else {
                    "set"
                }
            }
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "instance",
            Value::Iter(_) => "iterator",
            Value::Generator(g) => g.kind_name(),
            Value::Module(_) => "module",
            Value::Cell(_) => "cell",
            Value::Code(_) => "code",
            Value::Property(_) => "property",
            Value::StaticMethod(_) => "staticmethod",
            Value::ClassMethod(_) => "classmethod",
            Value::Super(_) => "super",
            Value::DictView(v) => match v.kind {
                iter::DictView::Keys => "dict_keys",
                iter::DictView::Values => "dict_values",
                iter::DictView::Items => "dict_items",
            },
        }
    }
}

#[derive(Debug)]
pub struct PyBytes {
    pub data: Box<[u8]>,
}

#[derive(Debug)]
pub struct PyTuple {
    pub items: Box<[Value]>,
    pub gc: gc::GcSlot,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        gc::untrack(&self.gc);
        if self.items.iter().any(trashcan::may_nest) {
            trashcan::release(std::mem::take(&mut self.items));
        }
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items: items.into_boxed_slice(), gc: Default::default() }
    }
}

#[derive(Debug, Default)]
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
    pub gc: gc::GcSlot,
}

impl Drop for PyList {
    fn drop(&mut self) {
        gc::untrack(&self.gc);
        if self.items.get_mut().iter().any(trashcan::may_nest) {
            trashcan::release(std::mem::take(self.items.get_mut()));
        }
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { items: RefCell::new(items), gc: Default::default() }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    /// A copy of the items, so callers can run Python code while iterating.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

pub struct PySet {
    pub table: RefCell<settable::SetTable<Value>>,
    pub frozen: bool,
}

impl std::fmt::Debug for PySet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<set of {}>", self.table.borrow().len())
    }
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet { table: RefCell::new(settable::SetTable::new()), frozen }
    }
    pub fn snapshot(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, k)| k.clone()).collect()
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`-th element, for `0 <= i <= len`; computed in 128 bits
    /// because `i * step` may overflow even when the element fits.
    pub fn get(&self, i: i64) -> i64 {
        let v = i128::from(self.start) + i128::from(i) * i128::from(self.step);
        v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
    }
}

#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[derive(Debug)]
pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

#[derive(Debug, Default)]
pub struct PyCell {
    pub value: RefCell<Value>,
    pub gc: gc::GcSlot,
}

impl Drop for PyCell {
    fn drop(&mut self) {
        gc::untrack(&self.gc);
    }
}

impl PyCell {
    pub fn new(v: Value) -> PyCell {
        PyCell { value: RefCell::new(v), gc: Default::default() }
    }
    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Value) {
        // Replace first, drop the old value after the borrow ends: dropping
        // can run a finalizer that reads this cell.
        let old = std::mem::replace(&mut *self.value.borrow_mut(), v);
        drop(old);
    }
}

#[derive(Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name, set by `__set_name__` when the class is created
    /// (CPython names it in "has no setter" errors only then).
    pub name: RefCell<Option<Rc<PyStr>>>,
    pub gc: gc::GcSlot,
}

impl Drop for Property {
    fn drop(&mut self) {
        gc::untrack(&self.gc);
    }
}

impl Property {
    /// The AttributeError for a missing getter/setter/deleter (`what`), as
    /// CPython 3.11 words it.
    pub fn missing(&self, what: &str, owner_qualname: &str) -> String {
        match &*self.name.borrow() {
            Some(n) => format!("property '{}' of '{}' object has no {what}", n.as_str(), owner_qualname),
            None => format!("property of '{owner_qualname}' object has no {what}"),
        }
    }
}

/// The wrapped callable of a `staticmethod` or `classmethod`.
#[derive(Debug)]
pub struct Wrapper {
    pub func: Value,
    pub gc: gc::GcSlot,
}

impl Wrapper {
    /// A `staticmethod`/`classmethod` wrapper the cycle collector tracks
    /// (a class's methods can reach the class again).
    pub fn tracked(func: Value) -> Rc<Wrapper> {
        gc::track_wrapper(Rc::new(Wrapper { func, gc: Default::default() }))
    }

    /// One around a builtin, which can close no cycle.
    pub fn untracked(func: Value) -> Rc<Wrapper> {
        Rc::new(Wrapper { func, gc: Default::default() })
    }
}

impl Drop for Wrapper {
    fn drop(&mut self) {
        gc::untrack(&self.gc);
    }
}

#[derive(Debug)]
pub struct Super {
    /// The class after which the MRO search starts.
    pub this_class: Rc<Class>,
    pub obj: Value,
    /// The type of `obj` (or `obj` itself when it is a class).
    pub obj_type: Rc<Class>,
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
#[derive(Debug)]
pub struct DictViewObj {
    pub dict: Rc<PyDict>,
    pub kind: iter::DictView,
}
