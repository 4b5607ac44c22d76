//! LOAD_GLOBAL: globals and builtins at cached dict indexes.
//!
//! Cache layout: `keys` = the keys id of the frame's globals; `aux` = the
//! keys id of the builtins (`LOAD_GLOBAL_BUILTIN`); `index` = the entry
//! index of the name in the dict it was found in. Rebinding a global keeps
//! the keys id (the value is read fresh); adding or deleting any global
//! changes it, so `len = ...` at module level is seen at once.

use super::cache::InlineCache;
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{Instr, Op};
use crate::objects::{PyDict, Value};
use crate::vm::{Frame, Vm};

pub fn specialize(vm: &Vm, frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let Some(name) = frame.code.names.get((ins.arg >> 1) as usize) else { return Err(FailKind::GlobalNotFound) };
    let globals = frame.globals.table.borrow();
    if let Some(i) = globals.find_str(name.as_str(), name.hash()) {
        cache.keys.set(globals.keys_id());
        cache.index.set(i as u32);
        return Ok(Op::LOAD_GLOBAL_MODULE);
    }
    let builtins = vm.builtins.table.borrow();
    match builtins.find_str(name.as_str(), name.hash()) {
        Some(i) => {
            cache.keys.set(globals.keys_id());
            cache.aux.set(builtins.keys_id());
            cache.index.set(i as u32);
            Ok(Op::LOAD_GLOBAL_BUILTIN)
        }
        None => Err(FailKind::GlobalNotFound),
    }
}

/// The value at the cached index, if `dict` still has the cached layout.
#[inline(always)]
pub fn cached_entry(dict: &PyDict, keys: u64, index: u32) -> Option<Value> {
    let t = dict.table.borrow();
    if t.keys_id() != keys {
        return None;
    }
    t.value_at(index as usize)
}

#[inline(always)]
pub fn module(frame: &Frame, cache: &InlineCache) -> Option<Value> {
    cached_entry(&frame.globals, cache.keys.get(), cache.index.get())
}

#[inline(always)]
pub fn builtin(vm: &Vm, frame: &Frame, cache: &InlineCache) -> Option<Value> {
    if frame.globals.keys_id() != cache.keys.get() {
        return None;
    }
    cached_entry(&vm.builtins, cache.aux.get(), cache.index.get())
}
