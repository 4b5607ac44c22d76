//! The algorithms behind set and frozenset methods and operators, following
//! CPython 3.11's `Objects/setobject.c` step by step so that results iterate
//! in CPython's order (see `objects/settable.rs` for the table itself).
//!
//! "anyset" below means a set or frozenset, also as the value of an instance
//! of a subclass. Results of operations are plain sets or frozensets, of the
//! receiver's base type.

use std::rc::Rc;

use crate::objects::dict::fast_key_eq;
use crate::objects::settable::SetTable;
use crate::objects::{PyResult, PySet, Value};
use crate::vm::{ExcType, Vm};

/// The set or frozenset behind a value (also a subclass instance).
pub fn anyset(v: &Value) -> Option<Rc<PySet>> {
    match v.builtin_base() {
        Value::Set(s) => Some(s),
        _ => None,
    }
}

/// Key equality as sets use it: identity, then `==`.
fn key_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match fast_key_eq(a, b) {
        Some(r) => Ok(r),
        None => vm.eq_or_identical(a, b),
    }
}

/// Runs `f` on the set's table taken out of its cell, so that user `__eq__`
/// code run by `f` finds no borrow held.
fn with_table<R>(s: &PySet, f: impl FnOnce(&mut SetTable<Value>) -> R) -> R {
    let mut table = std::mem::take(&mut *s.table.borrow_mut());
    let r = f(&mut table);
    *s.table.borrow_mut() = table;
    r
}

/// The entries (hash, key) in iteration order.
pub fn entries(s: &PySet) -> Vec<(i64, Value)> {
    s.table.borrow().iter().map(|(h, k)| (h, k.clone())).collect()
}

/// CPython's `set_add_entry`.
pub fn add_hashed(vm: &mut Vm, s: &PySet, hash: i64, key: Value) -> PyResult<()> {
    let probe = key.clone();
    with_table(s, |t| t.insert(hash, key, |k| key_eq(vm, k, &probe))).map(|_| ())
}

/// CPython's `set_contains_entry`.
pub fn contains_hashed(vm: &mut Vm, s: &PySet, hash: i64, key: &Value) -> PyResult<bool> {
    with_table(s, |t| t.find(hash, |k| key_eq(vm, k, key)).map(|r| r.is_some()))
}

/// CPython's `set_discard_entry`: whether the key was found (and removed).
pub fn discard_hashed(vm: &mut Vm, s: &PySet, hash: i64, key: &Value) -> PyResult<bool> {
    let removed = with_table(s, |t| t.remove(hash, |k| key_eq(vm, k, key)))?;
    let found = removed.is_some();
    drop(removed);
    Ok(found)
}

/// Empties a set, keeping its `pop` finger (CPython's `set_clear_internal`).
/// The old keys are dropped after the borrow ends.
pub fn clear_set(s: &PySet) {
    let mut old = SetTable::new();
    s.table.borrow_mut().swap_contents(&mut old);
    drop(old);
}

/// A new empty set or frozenset.
pub fn new_set(frozen: bool) -> Rc<PySet> {
    Rc::new(PySet::new(frozen))
}

/// `set(s)` / `s.copy()` for an anyset `s`: a merge into an empty set.
pub fn copy_of(s: &PySet, frozen: bool) -> Rc<PySet> {
    let table = s.table.borrow().clone();
    Rc::new(PySet { table: std::cell::RefCell::new(table), frozen })
}

/// CPython's `set_merge`: adds every key of the anyset `other`.
fn merge(vm: &mut Vm, so: &Rc<PySet>, other: &Rc<PySet>) -> PyResult<()> {
    if Rc::ptr_eq(so, other) {
        return Ok(());
    }
    let theirs = std::mem::take(&mut *other.table.borrow_mut());
    let r = with_table(so, |t| t.merge(&theirs, |existing, incoming| key_eq(vm, existing, incoming)));
    *other.table.borrow_mut() = theirs;
    r
}

/// CPython's `set_update_internal`: `so.update(other)` for one iterable.
pub fn update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = anyset(other) {
        return merge(vm, so, &o);
    }
    if let Value::Dict(d) = other {
        let pairs: Vec<(i64, Value)> = d.table.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
        so.table.borrow_mut().reserve(pairs.len());
        for (h, k) in pairs {
            add_hashed(vm, so, h, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        vm.set_add(so, x)?;
    }
    Ok(())
}

/// `make_new_set(type, iterable)`: a new set filled from any iterable.
pub fn from_iterable(vm: &mut Vm, iterable: &Value, frozen: bool) -> PyResult<Rc<PySet>> {
    let s = new_set(frozen);
    update_internal(vm, &s, iterable)?;
    Ok(s)
}

/// `so.union(*others)`.
pub fn union(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    let result = copy_of(so, so.frozen);
    for other in others {
        if anyset(other).is_some_and(|o| Rc::ptr_eq(&o, so)) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(result)
}

/// CPython's `set_intersection` (result of `so`'s base type).
pub fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = new_set(so.frozen);
    if let Some(o) = anyset(other) {
        if Rc::ptr_eq(&o, so) {
            return Ok(copy_of(so, so.frozen));
        }
        // Iterate the smaller set, probing the larger one.
        let (big, small) = if o.len() > so.len() { (o, so.clone()) } else { (so.clone(), o) };
        for (h, k) in entries(&small) {
            if contains_hashed(vm, &big, h, &k)? {
                add_hashed(vm, &result, h, k)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, so, h, &k)? {
            add_hashed(vm, &result, h, k)?;
        }
    }
    Ok(result)
}

/// `so.intersection(*others)`.
pub fn intersection_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    if others.is_empty() {
        return Ok(copy_of(so, so.frozen));
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// Replaces the contents of `so` by those of `new` (`set_swap_bodies`).
pub fn swap_in(so: &PySet, new: &PySet) {
    let mut t = std::mem::take(&mut *new.table.borrow_mut());
    so.table.borrow_mut().swap_contents(&mut t);
    drop(t);
}

/// CPython's `set_difference`.
pub fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_set = anyset(other);
    let other_size = match (&other_set, other) {
        (Some(o), _) => o.len(),
        (None, Value::Dict(d)) => d.len(),
        _ => return copy_and_difference(vm, so, other),
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = new_set(so.frozen);
    for (h, k) in entries(so) {
        let found = match (&other_set, other) {
            (Some(o), _) => contains_hashed(vm, o, h, &k)?,
            (None, Value::Dict(d)) => vm.dict_get(d, &k)?.is_some(),
            _ => false,
        };
        if !found {
            add_hashed(vm, &result, h, k)?;
        }
    }
    Ok(result)
}

fn copy_and_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = copy_of(so, so.frozen);
    difference_update_internal(vm, &result, other)?;
    Ok(result)
}

/// `so.difference(*others)`.
pub fn difference_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy_of(so, so.frozen));
    };
    let result = difference(vm, so, first)?;
    for other in rest {
        difference_update_internal(vm, &result, other)?;
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal` (`so -= other`).
pub fn difference_update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let mut removed = 0usize;
    if let Some(o) = anyset(other) {
        if Rc::ptr_eq(&o, so) {
            clear_set(so);
            return Ok(());
        }
        // A much larger other set is first cut down to the common keys.
        let o = if (o.len() >> 3) > so.len() { intersection(vm, so, other)? } else { o };
        for (h, k) in entries(&o) {
            removed += usize::from(discard_hashed(vm, so, h, &k)?);
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            removed += usize::from(vm.set_remove(so, &k)?);
        }
    }
    compact_if_sparse(so, removed);
    Ok(())
}

/// After a difference update CPython rebuilds the table when more than a
/// quarter of its slots are deleted entries. `removed` is how many this
/// update deleted, used when the table's own count is not available.
fn compact_if_sparse(so: &PySet, removed: usize) {
    let (size, used) = {
        let t = so.table.borrow();
        (t.table_size(), t.len())
    };
    let mask = size - 1;
    // Tables are kept under 60% full (active plus deleted slots), which
    // bounds the deleted slots: dense tables never need the exact count.
    let max_dummies = ((mask * 3).saturating_sub(1) / 5).saturating_sub(used);
    if max_dummies <= mask / 4 {
        return;
    }
    let dummies = if removed > mask / 4 { removed } else { dummy_count(&so.table.borrow()).unwrap_or(removed) };
    if dummies <= mask / 4 {
        return;
    }
    let min_used = if used > 50_000 { used * 2 } else { used * 4 };
    let mut fresh: SetTable<Value> = SetTable::new();
    // `reserve(k)` on an empty table sizes it for `2 * k` keys (when k >= 5).
    let half = min_used / 2;
    if half >= 5 {
        fresh.reserve(half);
    } else if min_used >= 8 {
        fresh.reserve(5);
    }
    for (h, k) in so.table.borrow().iter() {
        fresh.insert_unique_hashed(h, k.clone());
    }
    so.table.borrow_mut().swap_contents(&mut fresh);
    drop(fresh);
}

/// The number of deleted slots of a table. `SetTable` does not expose it,
/// so it is read from the table's Debug form, for small tables only.
// TODO: use an accessor once settable.rs has one (e.g. `fill() - len()`).
fn dummy_count(t: &SetTable<Value>) -> Option<usize> {
    if t.table_size() > 256 {
        return None;
    }
    let text = format!("{t:?}");
    let tail = &text[text.rfind(", fill: ")? + ", fill: ".len()..];
    let fill: usize = tail[..tail.find(',')?].parse().ok()?;
    fill.checked_sub(t.len())
}

/// CPython's `set_symmetric_difference_update` (`so ^= other`).
pub fn symmetric_difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let other_set = match anyset(other) {
        Some(o) if Rc::ptr_eq(&o, so) => {
            clear_set(so);
            return Ok(());
        }
        Some(o) => o,
        None => {
            if let Value::Dict(d) = other {
                let pairs: Vec<(i64, Value)> = d.table.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
                return toggle_entries(vm, so, pairs);
            }
            from_iterable(vm, other, so.frozen)?
        }
    };
    toggle_entries(vm, so, entries(&other_set))
}

/// Removes each key present in `so`, adds each key absent.
fn toggle_entries(vm: &mut Vm, so: &PySet, keys: Vec<(i64, Value)>) -> PyResult<()> {
    for (h, k) in keys {
        if !discard_hashed(vm, so, h, &k)? {
            add_hashed(vm, so, h, k)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of `other` updated with `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = from_iterable(vm, other, so.frozen)?;
    symmetric_difference_update(vm, &result, &Value::Set(so.clone()))?;
    Ok(result)
}

/// `so <= other` for an anyset `other`.
fn is_subset_of(vm: &mut Vm, so: &PySet, other: &PySet) -> PyResult<bool> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (h, k) in entries(so) {
        if !contains_hashed(vm, other, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so.issubset(other)` for any iterable.
pub fn issubset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match anyset(other) {
        Some(o) => o,
        None => from_iterable(vm, other, false)?,
    };
    is_subset_of(vm, so, &o)
}

/// `so.issuperset(other)` for any iterable.
pub fn issuperset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match anyset(other) {
        Some(o) => o,
        None => from_iterable(vm, other, false)?,
    };
    is_subset_of(vm, &o, so)
}

/// `so.isdisjoint(other)`.
pub fn isdisjoint(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = anyset(other) {
        if Rc::ptr_eq(&o, so) {
            return Ok(so.is_empty());
        }
        let (big, small) = if o.len() > so.len() { (o, so.clone()) } else { (so.clone(), o) };
        for (h, k) in entries(&small) {
            if contains_hashed(vm, &big, h, &k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, so, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The hash of a key for lookups that accept a set in place of a
/// frozenset (`{1} in s`, `s.remove({1})`): the key to use and its hash.
pub fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => match key.builtin_base() {
            Value::Set(s) if !s.frozen && vm.err_matches(&e, ExcType::TypeError) => {
                let f = Value::Set(copy_of(&s, true));
                let h = vm.hash(&f)?;
                Ok((f, h))
            }
            _ => Err(e),
        },
    }
}

/// Comparison of an anyset with another (CPython's `set_richcompare`);
/// None when `other` is not an anyset.
pub fn richcompare(vm: &mut Vm, so: &Rc<PySet>, other: &Value, op: crate::bytecode::CmpOp) -> PyResult<Option<bool>> {
    use crate::bytecode::CmpOp;
    let Some(o) = anyset(other) else { return Ok(None) };
    let r = match op {
        CmpOp::Eq => so.len() == o.len() && is_subset_of(vm, so, &o)?,
        CmpOp::Ne => !(so.len() == o.len() && is_subset_of(vm, so, &o)?),
        CmpOp::Le => is_subset_of(vm, so, &o)?,
        CmpOp::Ge => is_subset_of(vm, &o, so)?,
        CmpOp::Lt => so.len() < o.len() && is_subset_of(vm, so, &o)?,
        CmpOp::Gt => so.len() > o.len() && is_subset_of(vm, &o, so)?,
    };
    Ok(Some(r))
}
