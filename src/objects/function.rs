//! Python functions, native (builtin) functions and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Code, PyCell, PyDict, PyResult, PyStr, Value};
use crate::vm::Vm;

#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Box<[Rc<PyCell>]>,
    /// Function attributes (`f.calls = 0`, `__wrapped__`, `__doc__`...).
    pub dict: Rc<PyDict>,
    /// Whether weakrefs were ever made to it (`Drop` then clears them).
    pub weakly_referenced: std::cell::Cell<bool>,
    pub gc: super::gc::GcSlot,
}

impl Drop for Function {
    fn drop(&mut self) {
        super::gc::untrack(&self.gc);
        super::weakref::referent_dropped(&self.weakly_referenced, self as *const Function as usize);
    }
}

/// Arguments of a native call: positional values followed by keyword
/// values, and the keyword names (the last `kwnames.len()` values).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }
    /// Positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }
    /// Keyword arguments as (name, value).
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(self.values[start..].iter())
            .map(|(k, v)| (k.as_str().map(|s| s.as_str()).unwrap_or(""), v))
    }
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Method descriptors (found in a type's dict) bind to the instance;
    /// plain builtin functions stored as class attributes do not.
    pub is_method: bool,
    /// The type name for methods (used in messages and reprs).
    pub owner: &'static str,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<builtin {}>", self.name)
    }
}

#[derive(Debug)]
pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
    pub gc: super::gc::GcSlot,
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        super::gc::untrack(&self.gc);
    }
}
