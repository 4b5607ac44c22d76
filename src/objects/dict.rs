//! The `dict` storage: an insertion-ordered entries vector plus a
//! `hashbrown::HashTable` of indices into it (CPython's compact layout).
//! Tables of up to `SMALL` slots (most instance dicts and `**kwargs`) have
//! no index: a scan comparing stored hashes is as quick as probing, and
//! saves the index's allocation and its rehashes as the table grows.
//!
//! Equality of keys can run user code (`__eq__`) that may raise or even
//! mutate this dict, so the table never calls back into the VM itself: the
//! VM asks for the candidate entries with a matching hash, compares them
//! with no borrow held, then acts on the index it found. Keys whose
//! equality needs no user code (str, int, float, tuples of those, identity)
//! take the fast path `find_fast` entirely inside the table.

use std::cell::RefCell;
use std::rc::Rc;

use hashbrown::HashTable;

use super::{shape, PyStr, Value};

#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The most entry slots a table keeps without an index.
const SMALL: usize = 8;

#[derive(Debug, Clone)]
pub struct DictTable {
    /// Empty while `entries` has at most `SMALL` slots.
    indices: HashTable<usize>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// Names the layout of the keys: two tables (or one table at two
    /// times) with the same id hold the same keys at the same entry
    /// indices. Inline caches guard on it (`LOAD_GLOBAL_MODULE`,
    /// `LOAD_ATTR_INSTANCE_VALUE`, ...). See `objects/shape.rs`.
    keys_id: u64,
    /// Instance dicts follow shared shapes (the id depends only on the
    /// sequence of keys inserted) until a key is deleted or is not a str;
    /// other dicts take a fresh id on every change of keys.
    shaped: bool,
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::with_capacity(0)
    }
}

/// Python hashes are poorly distributed for hashbrown (`hash(5) == 5`: the
/// high bits hashbrown uses as tags would all be zero), so they are mixed
/// with a folded multiply before use.
#[inline]
fn spread(hash: i64) -> u64 {
    let x = u128::from(hash as u64) * 0x9E37_79B9_7F4A_7C15_u128;
    (x as u64) ^ ((x >> 64) as u64)
}

/// Returned when a lookup cannot be decided without calling `__eq__`.
#[derive(Debug)]
pub struct NeedsUserEq;

/// Equality that needs no user code, or `None` when user code must decide.
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some((*x as f64) == y.get() && (y.get() as i64) == *x),
        (Float(x), Float(y)) => Some(x.get() == y.get()),
        (Bool(x), Bool(y)) => Some(x == y),
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => Some(i64::from(*x) == *y),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => Some(false),
        (None, _) | (_, None) => Some(false),
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !fast_key_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Str(_), Int(_) | Float(_) | Tuple(_) | Bool(_) | BigInt(_)) => Some(false),
        (Int(_) | Float(_) | Tuple(_) | Bool(_) | BigInt(_), Str(_)) => Some(false),
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (Class(_), Class(_)) | (Function(_), Function(_)) => Some(false),
        _ => Option::None,
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        DictTable {
            indices: if n > SMALL { HashTable::with_capacity(n) } else { HashTable::new() },
            entries: Vec::with_capacity(n),
            len: 0,
            keys_id: shape::fresh_id(),
            shaped: false,
        }
    }

    /// An empty table that follows shared shapes (for instance dicts).
    pub fn shaped() -> DictTable {
        DictTable { keys_id: shape::EMPTY, shaped: true, ..DictTable::with_capacity(0) }
    }

    #[inline(always)]
    pub fn keys_id(&self) -> u64 {
        self.keys_id
    }

    pub fn is_shaped(&self) -> bool {
        self.shaped
    }

    /// The layout after adding `key`: the next shape, or a fresh id.
    fn keys_id_after_adding(&mut self, key: &Value) -> u64 {
        if self.shaped {
            if let Value::Str(name) = key {
                if let Some(next) = shape::transition(self.keys_id, name, self.entries.len()) {
                    return next;
                }
            }
            self.shaped = false;
        }
        shape::fresh_id()
    }

    /// Appends a str key known to be absent, when the caller already knows
    /// the layout that results (a `STORE_ATTR_INSTANCE_VALUE` that adds an
    /// attribute caches the next shape).
    pub fn push_new_with_keys_id(&mut self, hash: i64, key: Value, value: Value, keys_id: u64) {
        self.push_entry(hash, key, value);
        self.keys_id = keys_id;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds a key using equality that needs no user code. `Err(NeedsUserEq)`
    /// means some candidate needs user code: use `candidates` instead.
    pub fn find_fast(&self, hash: i64, key: &Value) -> Result<Option<usize>, NeedsUserEq> {
        let mut undecided = false;
        for idx in self.with_hash(hash) {
            if let Some(e) = &self.entries[idx] {
                if e.hash != hash {
                    continue;
                }
                match fast_key_eq(&e.key, key) {
                    Some(true) => return Ok(Some(idx)),
                    Some(false) => {}
                    None => undecided = true,
                }
            }
        }
        if undecided {
            Err(NeedsUserEq)
        } else {
            Ok(None)
        }
    }

    /// Entry indices whose hash equals `hash`, for comparison by the VM.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        self.with_hash(hash).filter(|&i| self.entries[i].as_ref().is_some_and(|e| e.hash == hash)).collect()
    }

    /// The slots that may hold a key with this hash: the index's bucket
    /// chain, or every slot of a small table whose stored hash matches.
    fn with_hash(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let small = self.entries.len() <= SMALL;
        let scan = self.entries[..if small { self.entries.len() } else { 0 }]
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.as_ref().is_some_and(|e| e.hash == hash))
            .map(|(i, _)| i);
        let probe = self.indices.iter_hash(spread(hash)).copied();
        scan.chain(probe)
    }

    /// Looks up a string key (no user code can be involved).
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        let is_key = |i: usize| match &self.entries[i] {
            Some(Entry { hash: h, key: Value::Str(s), .. }) => {
                *h == hash && (std::ptr::eq(s.as_str(), key) || s.as_str() == key)
            }
            _ => false,
        };
        if self.entries.len() <= SMALL {
            return (0..self.entries.len()).find(|&i| is_key(i));
        }
        self.indices.find(spread(hash), |&i| is_key(i)).copied()
    }

    #[inline]
    pub fn entry(&self, idx: usize) -> Option<&Entry> {
        self.entries.get(idx).and_then(|e| e.as_ref())
    }

    /// Inlined: LOAD_GLOBAL_MODULE/BUILTIN read every global through it.
    #[inline]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.entry(idx).map(|e| e.value.clone())
    }

    /// Replaces the value at `idx`, returning the old one (drop it after
    /// releasing any borrow: it may run a finalizer).
    pub fn replace_value(&mut self, idx: usize, value: Value) -> Value {
        match self.entries.get_mut(idx).and_then(|e| e.as_mut()) {
            Some(e) => std::mem::replace(&mut e.value, value),
            None => Value::Null,
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_id = self.keys_id_after_adding(&key);
        self.push_entry(hash, key, value);
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        match idx.cmp(&SMALL) {
            std::cmp::Ordering::Less => {}
            // The table outgrows scanning: index every slot so far.
            std::cmp::Ordering::Equal => (0..=idx).for_each(|i| self.index_slot(i)),
            std::cmp::Ordering::Greater => self.index_slot(idx),
        }
    }

    fn index_slot(&mut self, idx: usize) {
        let Some(e) = &self.entries[idx] else { return };
        let entries = &self.entries;
        self.indices.insert_unique(spread(e.hash), idx, |&i| entries[i].as_ref().map(|e| spread(e.hash)).unwrap_or(0));
    }

    /// Removes the entry at `idx` and returns it.
    pub fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(idx)?.take()?;
        // A deleted key leaves a hole: no shared shape describes this dict now.
        self.shaped = false;
        self.keys_id = shape::fresh_id();
        if self.entries.len() > SMALL {
            if let Ok(slot) = self.indices.find_entry(spread(entry.hash), |&i| i == idx) {
                slot.remove();
            }
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    /// Drops deleted slots so iteration stays proportional to `len`.
    fn compact(&mut self) {
        let entries: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.indices.clear();
        self.len = 0;
        for e in entries {
            self.push_entry(e.hash, e.key, e.value);
        }
        self.keys_id = shape::fresh_id();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Physical slot count, for iterators that walk by position.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn clear(&mut self) -> Vec<Entry> {
        self.indices.clear();
        self.len = 0;
        self.keys_id = if self.shaped { shape::EMPTY } else { shape::fresh_id() };
        self.entries.drain(..).flatten().collect()
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(idx)
    }
}

/// A dict object. Its table's `keys_id` names the key layout, which
/// inline caches guard on (module and builtins dicts for `LOAD_GLOBAL_*`,
/// instance dicts for `LOAD_ATTR_*` and `STORE_ATTR_*`).
#[derive(Default, Debug)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
    pub gc: super::gc::GcSlot,
}

impl Drop for PyDict {
    fn drop(&mut self) {
        super::gc::untrack(&self.gc);
        let table = std::mem::take(self.table.get_mut());
        if !table.is_empty() {
            super::trashcan::release(table);
        }
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// The `__dict__` of an instance: follows shared shapes.
    pub fn new_shaped() -> PyDict {
        PyDict::from_table(DictTable::shaped())
    }

    /// A new dict for Python code, registered with the cycle collector.
    pub fn new_tracked() -> Rc<PyDict> {
        super::gc::track_dict(Rc::new(PyDict::new()))
    }

    /// A dict with the given table, registered with the cycle collector.
    pub fn tracked_from(table: DictTable) -> Rc<PyDict> {
        super::gc::track_dict(Rc::new(PyDict::from_table(table)))
    }

    pub fn from_table(table: DictTable) -> PyDict {
        PyDict { table: RefCell::new(table), gc: Default::default() }
    }

    #[inline(always)]
    pub fn keys_id(&self) -> u64 {
        self.table.borrow().keys_id
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        let hash = super::hash::hash_str(key);
        let t = self.table.borrow();
        t.find_str(key, hash).and_then(|i| t.value_at(i))
    }

    pub fn get_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(key, hash).and_then(|i| t.value_at(i))
    }

    /// Like `get_str`, using the string's cached hash (names in code objects).
    pub fn get_pystr(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(key.as_str(), key.hash()).and_then(|i| t.value_at(i))
    }

    pub fn contains_str(&self, key: &str) -> bool {
        self.contains_hashed(key, super::hash::hash_str(key))
    }

    pub fn contains_hashed(&self, key: &str, hash: i64) -> bool {
        self.table.borrow().find_str(key, hash).is_some()
    }

    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        let hash = key.hash();
        let old = {
            let mut t = self.table.borrow_mut();
            match t.find_str(key.as_str(), hash) {
                Some(i) => t.replace_value(i, value),
                None => {
                    t.push_new(hash, Value::Str(key), value);
                    Value::Null
                }
            }
        };
        drop(old);
    }

    pub fn set_item_str(&self, key: &str, value: Value) {
        self.set_str(Rc::new(PyStr::new(key)), value)
    }

    /// Removes a string key; returns the value if it was present.
    pub fn del_str(&self, key: &str) -> Option<Value> {
        let hash = super::hash::hash_str(key);
        let removed = {
            let mut t = self.table.borrow_mut();
            let idx = t.find_str(key, hash)?;
            t.remove_at(idx)
        };
        removed.map(|e| e.value)
    }

    /// (key, value) pairs in order, copied so callers can run Python code.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: i64) -> Value {
        Value::Int(i)
    }

    /// Hashes chosen to collide in pairs, so scans and probes both meet
    /// entries with an equal hash but another key.
    fn hash_of(i: i64) -> i64 {
        i / 2
    }

    fn find(t: &DictTable, i: i64) -> Option<i64> {
        let idx = t.find_fast(hash_of(i), &key(i)).expect("ints need no user eq")?;
        match t.entry(idx)?.value {
            Value::Int(v) => Some(v),
            _ => None,
        }
    }

    #[test]
    fn lookups_agree_before_and_after_the_table_gets_an_index() {
        let mut t = DictTable::new();
        for i in 0..40 {
            t.push_new(hash_of(i), key(i), key(i * 10));
            for j in 0..=i {
                assert_eq!(find(&t, j), Some(j * 10), "key {j} after {} inserts", i + 1);
            }
            assert_eq!(find(&t, i + 1), None);
            assert_eq!(t.candidates(hash_of(i)).len(), 1 + usize::from(i % 2 == 1));
        }
    }

    #[test]
    fn removals_work_in_both_modes_and_across_compaction() {
        for size in [3, SMALL, SMALL + 1, 30] {
            let mut t = DictTable::new();
            for i in 0..size as i64 {
                t.push_new(hash_of(i), key(i), key(i));
            }
            for i in (0..size as i64).step_by(2) {
                let idx = t.find_fast(hash_of(i), &key(i)).unwrap().unwrap();
                assert!(t.remove_at(idx).is_some());
            }
            for i in 0..size as i64 {
                let expect = (i % 2 == 1).then_some(i);
                assert_eq!(find(&t, i), expect, "key {i} in a table of {size}");
            }
            t.push_new(hash_of(100), key(100), key(100));
            assert_eq!(find(&t, 100), Some(100));
        }
    }

    #[test]
    fn str_keys_are_found_by_find_str_in_both_modes() {
        let mut t = DictTable::new();
        let names: Vec<String> = (0..20).map(|i| format!("attr{i}")).collect();
        for (i, n) in names.iter().enumerate() {
            let h = crate::objects::hash::hash_str(n);
            t.push_new(h, Value::Str(Rc::new(PyStr::new(n))), key(i as i64));
            for m in &names[..=i] {
                assert!(t.find_str(m, crate::objects::hash::hash_str(m)).is_some(), "{m}");
            }
            assert!(t.find_str("missing", crate::objects::hash::hash_str("missing")).is_none());
        }
    }
}
