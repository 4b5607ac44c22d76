//! Builtin iterator objects: one type with a state per kind of iterator.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyBytes, PyDict, PyList, PyStr, PyTuple, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

#[derive(Debug)]
pub enum IterState {
    List {
        list: Rc<PyList>,
        idx: usize,
    },
    ListReverse {
        list: Rc<PyList>,
        idx: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        idx: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Rc<PyBytes>,
        idx: usize,
    },
    Dict {
        dict: Rc<PyDict>,
        slot: usize,
        view: DictView,
        len: usize,
    },
    /// Sets iterate over a snapshot; a change of the set's size is an error.
    Set {
        set: Rc<super::PySet>,
        items: Vec<Value>,
        idx: usize,
        /// The size at creation (`usize::MAX` once the error was raised).
        len: usize,
    },
    /// A snapshot of items (reversed sequences, deque iterators...).
    Seq {
        items: Vec<Value>,
        idx: usize,
        /// The Python type name (`set_iterator`, `reversed`, ...).
        name: &'static str,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// iter(callable, sentinel)
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Old-style iteration over `__getitem__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// The awaitable of `agen.asend(v)`/`__anext__()` (`Send`) or
    /// `athrow(exc)`/`aclose()`; `vm/asyncgen.rs` drives it.
    AsyncGen {
        agen: Value,
        op: AgenOp,
        started: bool,
    },
    /// A finished iterator; it keeps its type's name.
    Exhausted(&'static str),
}

/// What an async generator awaitable does on its first step.
#[derive(Debug, Clone)]
pub enum AgenOp {
    Send(Value),
    /// An exception instance to raise at the `yield`.
    Throw(Value),
    Close,
}

impl AgenOp {
    pub fn type_name(&self) -> &'static str {
        match self {
            AgenOp::Send(_) => "async_generator_asend",
            AgenOp::Throw(_) | AgenOp::Close => "async_generator_athrow",
        }
    }
}

#[derive(Debug)]
pub struct NativeIter {
    pub state: RefCell<IterState>,
}

/// The type name of `reversed(view)` for a dict view of this kind.
pub fn reversed_view_name(kind: DictView) -> &'static str {
    match kind {
        DictView::Keys => "dict_reversekeyiterator",
        DictView::Values => "dict_reversevalueiterator",
        DictView::Items => "dict_reverseitemiterator",
    }
}

impl NativeIter {
    pub fn new(state: IterState) -> NativeIter {
        NativeIter { state: RefCell::new(state) }
    }

    /// How many items are left, for the iterators that know
    /// (`operator.length_hint`).
    pub fn remaining(&self) -> Option<usize> {
        Some(match &*self.state.borrow() {
            IterState::List { list, idx } => list.len().saturating_sub(*idx),
            IterState::ListReverse { idx, .. } => *idx,
            IterState::Tuple { tuple, idx } => tuple.items.len().saturating_sub(*idx),
            IterState::Range { remaining, .. } => (*remaining).max(0) as usize,
            IterState::Bytes { b, idx } => b.data.len().saturating_sub(*idx),
            IterState::Set { items, idx, .. } | IterState::Seq { items, idx, .. } => items.len().saturating_sub(*idx),
            IterState::Exhausted(_) => 0,
            _ => return None,
        })
    }

    /// The Python type name of this iterator.
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::List { .. } => "list_iterator",
            IterState::ListReverse { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
            // CPython 3.11 has a separate iterator type for ASCII-only strings.
            IterState::Str { s, .. } if s.as_str().is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Dict { view: DictView::Keys, .. } => "dict_keyiterator",
            IterState::Dict { view: DictView::Values, .. } => "dict_valueiterator",
            IterState::Dict { view: DictView::Items, .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Seq { name, .. } => name,
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::GetItem { .. } => "iterator",
            IterState::AsyncGen { op, .. } => op.type_name(),
            IterState::Exhausted(name) => name,
        }
    }
}
