//! Inline caches: the adaptive counter, the guard data and the statistics
//! of one adaptive instruction.
//!
//! Every instruction of an adaptive family owns one `InlineCache` (its
//! `Instr::cache` indexes `Code::caches`). The fields are plain `Cell`s so
//! the single-threaded VM can rewrite them while the code object is shared.
//! What `version`, `keys`, `index` and `aux` mean depends on the
//! specialized form; each family's file documents its layout.

use std::cell::Cell;

use super::counter::Counter;
use super::stats::FailKind;

#[derive(Default, Debug)]
pub struct InlineCache {
    /// PEP 659's adaptive counter (12-bit value, 4-bit backoff).
    pub counter: Cell<Counter>,
    /// A class version tag (`Class::version`) the specialized form relies on.
    pub version: Cell<u32>,
    /// An index: a dict entry, a slot, an MRO position, a descriptor.
    pub index: Cell<u32>,
    /// A dict keys id (`DictTable::keys_id`) or a function id.
    pub keys: Cell<u64>,
    /// A second id (the builtins' keys id, the keys id after a store...).
    pub aux: Cell<u64>,
    pub stats: InstrStats,
}

/// Counters of one instruction, always on: they are what the playground's
/// quickening view draws. Each execution touches one of them, in the
/// cache the instruction reads anyway.
#[derive(Default, Debug)]
pub struct InstrStats {
    /// Executions of the generic form (including those after a miss).
    pub generic: Cell<u64>,
    /// Executions of a specialized form whose guards held.
    pub hits: Cell<u64>,
    /// Executions of a specialized form whose guards failed.
    pub misses: Cell<u64>,
    /// Successful specializations.
    pub specializations: Cell<u32>,
    /// Failed specialization attempts.
    pub failures: Cell<u32>,
    /// Times a specialized form went back to the generic one.
    pub deopts: Cell<u32>,
    pub last_failure: Cell<Option<FailKind>>,
    /// A miss is logged as an event once per specialization, not per miss.
    pub miss_logged: Cell<bool>,
}

#[inline(always)]
pub fn bump(c: &Cell<u64>) {
    c.set(c.get().wrapping_add(1));
}

/// Passes a specialized form's result through, counting a hit when its
/// guards held (for arms that have the cache at hand already; the others
/// use `Vm::spec_hit`).
#[inline(always)]
pub fn counted_hit<T>(cache: &InlineCache, found: Option<T>) -> Option<T> {
    if found.is_some() {
        bump(&cache.stats.hits);
    }
    found
}

impl InlineCache {
    /// The cache of a freshly compiled instruction: warming up.
    pub fn new() -> InlineCache {
        InlineCache { counter: Cell::new(Counter::warmup()), ..Default::default() }
    }

    pub fn executions(&self) -> u64 {
        self.stats.generic.get() + self.stats.hits.get()
    }
}
