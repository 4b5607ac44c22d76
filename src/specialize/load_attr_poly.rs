//! LOAD_ATTR_METHOD_POLY: a method load that has seen instances of several
//! classes (`node.eval(env)` over the node classes of a tree, `s.area()`
//! over shapes) keeps up to [`WAYS`] receivers, each checked as
//! LOAD_ATTR_METHOD_WITH_VALUES checks its one: class version, shape of
//! the instance dict, and where in the MRO the method lies.
//!
//! The entries live beside the code (`Code::poly_methods`); the
//! instruction's cache holds the index of its row there. A receiver of a
//! new kind is added on the spot while a way is free, so a site with a few
//! classes stops missing after it has seen each once.

use std::cell::RefCell;

use super::cache::InlineCache;
use super::load_attr::{self, mro_value};
use crate::bytecode::{Instr, Op};
use crate::compile::code::Code;
use crate::objects::Value;
use crate::vm::{Frame, Vm};

/// Receivers per polymorphic site. V8 keeps four before going megamorphic;
/// class hierarchies in teaching code often have five or six leaves (the
/// shapes of `bench/polymorphic.py`), and a hit scans only up to its way.
pub const WAYS: usize = 8;

/// One receiver kind; `version == 0` marks a free way (versions start at 1).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct MethodEntry {
    version: u32,
    index: u32,
    keys: u64,
    depth: u64,
}

pub type MethodRow = [MethodEntry; WAYS];

/// The rows of one code object's polymorphic method loads, each with the
/// `Instr::cache` of the instruction that owns it: a site that goes
/// polymorphic again reuses its row, so rows never outnumber sites.
pub type MethodRows = RefCell<Vec<(u16, MethodRow)>>;

impl MethodEntry {
    /// What a LOAD_ATTR_METHOD_WITH_VALUES specialization left in `cache`.
    pub fn from_cache(cache: &InlineCache) -> MethodEntry {
        MethodEntry {
            version: cache.version.get(),
            index: cache.index.get(),
            keys: cache.keys.get(),
            depth: cache.aux.get(),
        }
    }
}

/// Called by the LOAD_ATTR specializer after it chose `form` and filled
/// `cache` for the receiver on the stack: a site that was specialized for
/// one class and now specializes for another becomes polymorphic, with
/// both; a polymorphic site stays so, starting its row afresh.
pub fn widen(code: &Code, ins: Instr, before: Option<MethodEntry>, form: Op, cache: &InlineCache) -> Op {
    if form != Op::LOAD_ATTR_METHOD_WITH_VALUES {
        return form;
    }
    let new = MethodEntry::from_cache(cache);
    let mut row = MethodRow::default();
    row[0] = new;
    match (ins.op, before) {
        (Op::LOAD_ATTR_METHOD_WITH_VALUES, Some(old)) if (old.version, old.keys) != (new.version, new.keys) => {
            row[1] = old
        }
        // Polymorphic already: start the row afresh with this receiver.
        (Op::LOAD_ATTR_METHOD_POLY, _) => {}
        _ => return form,
    }
    let mut rows = code.poly_methods.borrow_mut();
    let at = match rows.iter().position(|(owner, _)| *owner == ins.cache) {
        Some(at) => {
            rows[at].1 = row;
            at
        }
        None => {
            rows.push((ins.cache, row));
            rows.len() - 1
        }
    };
    cache.index.set(at as u32);
    Op::LOAD_ATTR_METHOD_POLY
}

/// The method for `obj` if one of the row's receivers matches it.
#[inline]
pub fn method(code: &Code, obj: &Value, cache: &InlineCache) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let cls = inst.class.borrow();
    let version = cls.version.get();
    let keys = inst.dict.as_ref()?.keys_id();
    let rows = code.poly_methods.borrow();
    let (_, row) = rows.get(cache.index.get() as usize)?;
    let e = row.iter().find(|e| e.version == version && e.keys == keys)?;
    mro_value(&cls, e.depth, e.index)
}

impl Vm {
    /// After a miss of LOAD_ATTR_METHOD_POLY: adds the receiver on the stack
    /// to the site's row if its method can be cached and a way is free.
    /// True when it was added (the load can then be retried).
    #[cold]
    pub(crate) fn poly_method_learn(&self, frame: &Frame, ins: Instr) -> bool {
        let Some(cache) = frame.code.cache_of(&ins) else { return false };
        let probe = InlineCache::default();
        let probed = Instr { op: Op::LOAD_ATTR, ..ins };
        if load_attr::specialize(self, frame, probed, &probe) != Ok(Op::LOAD_ATTR_METHOD_WITH_VALUES) {
            return false;
        }
        let mut rows = frame.code.poly_methods.borrow_mut();
        let Some((_, row)) = rows.get_mut(cache.index.get() as usize) else { return false };
        match row.iter_mut().find(|e| e.version == 0) {
            Some(free) => {
                *free = MethodEntry::from_cache(&probe);
                true
            }
            None => false,
        }
    }
}
