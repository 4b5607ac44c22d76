//! Generic object protocols: types, truth, equality, hashing, comparison,
//! containers (subscripts, dicts, sets), unpacking and imports.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{ExcType, PyErr, Vm};
use crate::bytecode::CmpOp;
use crate::objects::dict::{fast_key_eq, DictTable, NeedsUserEq};
use crate::objects::hash;
use crate::objects::{Class, Payload, PyDict, PyResult, PySet, Value};

impl Vm {
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.notimpl_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            // A builtin method bound to its object is still a builtin in CPython.
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => match &*c.metaclass.borrow() {
                Some(m) => m.clone(),
                None => t.type_.clone(),
            },
            Value::Instance(i) => i.class(),
            Value::Iter(it) => t.iterator_type(it.type_name()),
            Value::Generator(g) if g.is_async_gen => t.async_generator.clone(),
            Value::Generator(g) if g.is_coroutine => t.iterator_type("coroutine"),
            Value::Generator(_) => t.generator.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::DictView(v) => match v.kind {
                crate::objects::iter::DictView::Keys => t.dict_keys.clone(),
                crate::objects::iter::DictView::Values => t.dict_values.clone(),
                crate::objects::iter::DictView::Items => t.dict_items.clone(),
            },
        }
    }

    /// The type's name, for error messages.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Instance(i) => i.class().name().as_str().to_owned(),
            Value::Class(c) if c.metaclass.borrow().is_some() => self.type_of(v).name().as_str().to_owned(),
            Value::Iter(it) => it.type_name().to_owned(),
            other => {
                let k = other.kind_name();
                if k == "instance" {
                    self.type_of(other).name().as_str().to_owned()
                } else {
                    k.to_owned()
                }
            }
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        Class::is_subclass(&self.type_of(v), cls)
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => f.get() != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(v) => !v.dict.is_empty(),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(crate::builtins::functions::len_result(self, &r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// An integer from an int-like value (`__index__`), for indexing.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(b) => b
                .to_i64()
                .ok_or_else(|| PyErr::new(ExcType::IndexError, "cannot fit 'int' into an index-sized integer")),
            Value::Instance(_) => match self.call_special(v, "__index__", &[])? {
                Some(r) => self.index_value(&r),
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None | Value::Null => hash::NONE,
            Value::Bool(b) => i64::from(*b),
            Value::Int(i) => hash::hash_i64(*i),
            Value::BigInt(b) => hash::hash_bigint(b),
            Value::Float(f) => match hash::hash_f64(f.get()) {
                Some(h) => h,
                None => hash::hash_pointer(v.heap_ptr().unwrap_or(f.get().to_bits() as usize)),
            },
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => hash::hash_bytes(&b.data),
            Value::Tuple(t) => match hash_of_plain_tuple(&t.items) {
                Some(h) => h,
                None => self.nested("", |vm| {
                    let mut hs = Vec::with_capacity(t.items.len());
                    for item in t.items.iter() {
                        hs.push(vm.hash(item)?);
                    }
                    Ok(hash::hash_tuple(hs))
                })?,
            },
            Value::Set(s) if s.frozen => {
                // CPython's order-independent combination, so that hashes agree.
                let mut h: u64 = 0;
                let mut n: u64 = 0;
                for (eh, _) in s.table.borrow().iter() {
                    let x = eh as u64;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                    n += 1;
                }
                h ^= (n + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                let h = h.wrapping_mul(69069).wrapping_add(907133923) as i64;
                if h == -1 {
                    590923713
                } else {
                    h
                }
            }
            Value::Range(r) => {
                // As CPython: equal ranges (same elements) hash alike.
                let n = r.len();
                let parts = match n {
                    0 => vec![hash::hash_i64(0), self.hash(&Value::None)?, self.hash(&Value::None)?],
                    1 => vec![hash::hash_i64(1), hash::hash_i64(r.start), self.hash(&Value::None)?],
                    _ => vec![hash::hash_i64(n), hash::hash_i64(r.start), hash::hash_i64(r.step)],
                };
                hash::hash_tuple(parts)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::DictView(_) => {
                return Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(i) => {
                let cls = i.class();
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(PyErr::type_error(format!("unhashable type: '{}'", cls.name().as_str())))
                    }
                    Some(Value::Builtin(b)) if b.owner == "object" => hash::hash_pointer(v.heap_ptr().unwrap_or(0)),
                    Some(_) => {
                        let r = self.call_special(v, "__hash__", &[])?.unwrap_or(Value::Int(0));
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => hash::hash_bigint(&b),
                            Value::Bool(b) => i64::from(b),
                            _ => return Err(PyErr::type_error("__hash__ method should return an integer")),
                        }
                    }
                    None => hash::hash_pointer(v.heap_ptr().unwrap_or(0)),
                }
            }
            // Consistent with bound-method equality: the object and the function.
            Value::BoundMethod(m) => {
                let parts = [m.self_.heap_ptr().unwrap_or(0), m.func.heap_ptr().unwrap_or(0)];
                hash::hash_tuple(parts.map(hash::hash_pointer))
            }
            other => hash::hash_pointer(other.heap_ptr().unwrap_or(0)),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_key_eq(a, b) {
            if !matches!((a, b), (Value::Tuple(_), Value::Tuple(_))) || r {
                return Ok(r);
            }
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Equality as used by containers: identity first, then `==`.
    pub fn eq_or_identical(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.eq(a, b)
    }

    // ----- dicts -----

    /// Index of `key` in the dict's table, comparing with user `__eq__` when needed.
    fn dict_find(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        if let Ok(r) = d.table.borrow().find_fast(hash, key) {
            return Ok(r);
        }
        let candidates = d.table.borrow().candidates(hash);
        for idx in candidates {
            let k = match d.table.borrow().entry(idx) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if self.eq_or_identical(&k, key)? {
                return Ok(Some(idx));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let idx = self.dict_find(d, key, h)?;
        Ok(idx.and_then(|i| d.table.borrow().value_at(i)))
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let idx = self.dict_find(d, &key, h)?;
        let old = {
            let mut t = d.table.borrow_mut();
            match idx {
                Some(i) => t.replace_value(i, value),
                None => {
                    t.push_new(h, key, value);
                    Value::Null
                }
            }
        };
        drop(old);
        Ok(())
    }

    pub fn dict_del(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let Some(idx) = self.dict_find(d, key, h)? else { return Ok(None) };
        let removed = d.table.borrow_mut().remove_at(idx);
        Ok(removed.map(|e| e.value))
    }

    /// `d.update(other)` / `{**other}`; `merge` rejects duplicate keys (`f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: &PyDict, other: &Value, merge: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.items(),
            _ => {
                let keys = self
                    .call_method(other, "keys", &[])
                    .map_err(|_| PyErr::type_error(format!("'{}' object is not a mapping", self.type_name(other))))?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(other, &k)?;
                    pairs.push((k, v));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if merge && self.dict_get(d, &k)?.is_some() {
                let name = self.str_of(&k)?;
                return Err(PyErr::type_error(format!("got multiple values for keyword argument '{name}'")));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    pub fn new_dict_from_pairs(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Rc<PyDict>> {
        let d = crate::objects::gc::track_dict(Rc::new(PyDict::from_table(DictTable::with_capacity(pairs.len()))));
        for (k, v) in pairs {
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }

    // ----- sets -----

    pub fn new_set(&self, frozen: bool) -> Rc<PySet> {
        Rc::new(PySet::new(frozen))
    }

    fn set_eq_closure<'a>(&'a mut self, key: &'a Value) -> impl FnMut(&Value) -> PyResult<bool> + 'a {
        move |k: &Value| match fast_key_eq(k, key) {
            Some(r) => Ok(r),
            None => self.eq_or_identical(k, key),
        }
    }

    pub fn set_add(&mut self, s: &PySet, item: Value) -> PyResult<()> {
        let h = self.hash(&item)?;
        let fast = s.table.borrow_mut().insert(h, item.clone(), |k| fast_key_eq(k, &item).ok_or(NeedsUserEq));
        if fast.is_ok() {
            return Ok(());
        }
        // Take the table out so user __eq__ can run without a borrow held.
        let mut table = std::mem::take(&mut *s.table.borrow_mut());
        let r = {
            let key = item.clone();
            let mut eq = self.set_eq_closure(&key);
            table.insert(h, item, &mut eq)
        };
        *s.table.borrow_mut() = table;
        r.map(|_| ())
    }

    pub fn set_contains(&mut self, s: &PySet, item: &Value) -> PyResult<bool> {
        let h = self.hash(item)?;
        self.set_contains_hashed(s, item, h)
    }

    /// `set_contains` for an item whose hash is known.
    pub fn set_contains_hashed(&mut self, s: &PySet, item: &Value, h: i64) -> PyResult<bool> {
        if let Ok(found) = s.table.borrow().find(h, |k| fast_key_eq(k, item).ok_or(NeedsUserEq)) {
            return Ok(found.is_some());
        }
        let table = std::mem::take(&mut *s.table.borrow_mut());
        let r = {
            let mut eq = self.set_eq_closure(item);
            table.find(h, &mut eq).map(|r| r.is_some())
        };
        *s.table.borrow_mut() = table;
        r
    }

    pub fn set_remove(&mut self, s: &PySet, item: &Value) -> PyResult<bool> {
        let h = self.hash(item)?;
        if let Ok(removed) = s.table.borrow_mut().remove(h, |k| fast_key_eq(k, item).ok_or(NeedsUserEq)) {
            return Ok(removed.is_some());
        }
        let mut table = std::mem::take(&mut *s.table.borrow_mut());
        let r = {
            let mut eq = self.set_eq_closure(item);
            table.remove(h, &mut eq).map(|r| r.is_some())
        };
        *s.table.borrow_mut() = table;
        r
    }

    pub fn set_from_iter(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Rc<PySet>> {
        let s = self.new_set(frozen);
        for item in items {
            self.set_add(&s, item)?;
        }
        Ok(s)
    }

    // ----- containment and subscripts -----

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::List(l) => {
                // By index, re-reading the length: `__eq__` may mutate the
                // list (as in CPython), and copying it first would make
                // `x in big_list` allocate.
                let mut i = 0;
                loop {
                    let Some(v) = l.items.borrow().get(i).cloned() else { return Ok(false) };
                    if self.eq_or_identical(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for v in t.items.iter() {
                    if self.eq_or_identical(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => {
                // A set may stand in for the equal frozenset.
                let (key, _) = crate::builtins::lookup_key(self, item)?;
                self.set_contains(s, &key)
            }
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => *i,
                    Value::Bool(b) => i64::from(*b),
                    Value::Float(f) if f.get().fract() == 0.0 => f.get() as i64,
                    _ => return Ok(false),
                };
                let (start, stop, step) = (r.start, r.stop, r.step);
                let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                Ok(inside && (i128::from(i) - i128::from(start)) % i128::from(step) == 0)
            }
            Value::Bytes(b) => match item {
                Value::Int(i) => match u8::try_from(*i) {
                    Ok(byte) => Ok(b.data.contains(&byte)),
                    Err(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
                },
                Value::Bytes(sub) => Ok(sub.data.is_empty() || b.data.windows(sub.data.len()).any(|w| w == &*sub.data)),
                Value::Bool(x) => Ok(b.data.contains(&u8::from(*x))),
                Value::BigInt(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
                other => match crate::builtins::buffer_bytes(self, other)? {
                    Some(sub) => Ok(sub.data.is_empty() || b.data.windows(sub.data.len()).any(|w| w == &*sub.data)),
                    None => Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(other)
                    ))),
                },
            },
            Value::DictView(v) => match v.kind {
                crate::objects::iter::DictView::Keys => Ok(self.dict_get(&v.dict, item)?.is_some()),
                _ => {
                    let items = self.collect(container)?;
                    for x in &items {
                        if self.eq_or_identical(x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            _ => {
                if let Value::Class(c) = container {
                    if let Some(r) = self.class_hook(c, "__class_contains__", std::slice::from_ref(item))? {
                        return self.truthy(&r);
                    }
                }
                if let Some(r) = self.call_special(container, "__contains__", std::slice::from_ref(item))? {
                    return self.truthy(&r);
                }
                let cls = self.type_of(container);
                if cls.lookup("__iter__").is_none() && cls.lookup("__getitem__").is_none() {
                    return Err(PyErr::type_error(format!(
                        "argument of type '{}' is not iterable",
                        cls.name().as_str()
                    )));
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if self.eq_or_identical(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Normalises an index against a length, for `seq[i]`.
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        self.seq_index_i64(key, len as i64, what).map(|i| i as usize)
    }

    /// `seq_index` for lengths that need not fit a `usize` (ranges on 32-bit wasm).
    pub fn seq_index_i64(&mut self, key: &Value, len: i64, what: &str) -> PyResult<i64> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            Value::BigInt(_) => {
                return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer".to_string()))
            }
            Value::Instance(_) => self.index_value(key)?,
            // CPython 3.11 words the str case differently.
            other if what == "string" => {
                return Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(other)
                )))
            }
            other => {
                let what = match what {
                    "range object" => "range",
                    "index" => "byte",
                    _ => what,
                };
                return Err(PyErr::type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(other)
                )));
            }
        };
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            // bytes say only "index out of range".
            if what == "index" {
                return Err(PyErr::index_error("index out of range"));
            }
            return Err(PyErr::index_error(format!("{what} index out of range")));
        }
        Ok(j)
    }

    /// Resolves a slice against a length: (start, stop, step) as CPython's
    /// `PySlice_AdjustIndices`.
    pub fn slice_indices(&mut self, s: &crate::objects::PySlice, len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => adjust(self.slice_bound(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => adjust(self.slice_bound(v)?),
        };
        Ok((start, stop, step))
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 }),
            Value::Instance(_) => self.index_value(v),
            _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// The positions selected by a slice.
    pub fn slice_positions(&mut self, s: &crate::objects::PySlice, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.items.borrow();
                let len = items.len() as i64;
                let j = if *i < 0 { i + len } else { *i };
                if j >= 0 && j < len {
                    return Ok(items[j as usize].clone());
                }
                Err(PyErr::index_error("list index out of range"))
            }
            (Value::List(l), Value::Slice(s)) => {
                let items = l.snapshot();
                let pos = self.slice_positions(s, items.len())?;
                Ok(Value::list(pos.into_iter().map(|p| items[p].clone()).collect()))
            }
            (Value::List(l), k) => {
                let len = l.len();
                let i = self.seq_index(k, len, "list")?;
                l.items.borrow().get(i).cloned().ok_or_else(|| PyErr::index_error("list index out of range"))
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let pos = self.slice_positions(s, t.items.len())?;
                Ok(Value::tuple(pos.into_iter().map(|p| t.items[p].clone()).collect()))
            }
            (Value::Tuple(t), k) => {
                let i = self.seq_index(k, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let (start, stop, step) = self.slice_indices(sl, s.char_len())?;
                if step == 1 {
                    return Ok(Value::str(s.substring(start.max(0) as usize, stop.max(0) as usize)));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let pos = self.slice_positions(sl, chars.len())?;
                Ok(Value::string(pos.into_iter().map(|p| chars[p]).collect()))
            }
            (Value::Str(s), k) => {
                let i = self.seq_index(k, s.char_len(), "string")?;
                let c = s.char_at(i).unwrap_or('\0');
                Ok(Value::string(c.to_string()))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let pos = self.slice_positions(sl, b.data.len())?;
                let data: Vec<u8> = pos.into_iter().map(|p| b.data[p]).collect();
                Ok(Value::Bytes(Rc::new(crate::objects::PyBytes { data: data.into_boxed_slice() })))
            }
            (Value::Bytes(b), k) => {
                let i = self.seq_index(k, b.data.len(), "index")?;
                Ok(Value::Int(i64::from(b.data[i])))
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let (start, stop, step) = self.slice_indices(sl, r.len() as usize)?;
                Ok(Value::Range(Rc::new(crate::objects::PyRange {
                    start: r.get(start),
                    stop: r.get(stop),
                    step: r.step * step,
                })))
            }
            (Value::Range(r), k) => {
                let i = self.seq_index_i64(k, r.len(), "range object")?;
                Ok(Value::Int(r.get(i)))
            }
            (Value::Dict(d), k) => match self.dict_get(d, k)? {
                Some(v) => Ok(v),
                None => {
                    if let Value::Instance(_) = obj {
                        unreachable!("dict variant is never an instance")
                    }
                    Err(PyErr::Exc(self.key_error(k.clone())))
                }
            },
            (Value::Instance(inst), _) => {
                if let Some(r) = self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                    return Ok(r);
                }
                if let Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    if let Value::Dict(d) = &base {
                        if let Some(v) = self.dict_get(d, key)? {
                            return Ok(v);
                        }
                        if let Some(r) = self.call_special(obj, "__missing__", std::slice::from_ref(key))? {
                            return Ok(r);
                        }
                        return Err(PyErr::Exc(self.key_error(key.clone())));
                    }
                    return self.get_item(&base, key);
                }
                Err(PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(obj))))
            }
            (Value::Class(c), _) => {
                // A metaclass `__getitem__` comes before `__class_getitem__`.
                if let Some(r) = self.meta_dunder(c, "__getitem__", std::slice::from_ref(key))? {
                    return Ok(r);
                }
                if let Some(f) = c.lookup("__class_getitem__") {
                    let f = self.bind_descriptor(f, obj.clone(), c)?;
                    return self.call(&f, std::slice::from_ref(key));
                }
                if c.is_builtin {
                    return self.generic_alias(obj, key);
                }
                Err(PyErr::type_error("'type' object is not subscriptable".to_string()))
            }
            _ => Err(PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))),
        }
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> Rc<crate::objects::Instance> {
        let cls = self.exc_class(ExcType::KeyError);
        self.new_exception(cls, vec![key])
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Int(i)) => {
                let old = {
                    let mut items = l.items.borrow_mut();
                    let len = items.len() as i64;
                    let j = if *i < 0 { i + len } else { *i };
                    if j < 0 || j >= len {
                        return Err(PyErr::index_error("list assignment index out of range"));
                    }
                    std::mem::replace(&mut items[j as usize], value)
                };
                drop(old);
                Ok(())
            }
            (Value::List(l), Value::Slice(s)) => self.list_set_slice(l, s, value),
            (Value::List(l), k) => {
                if let Value::BigInt(_) = k {
                    return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
                }
                let len = l.len();
                let i = self.seq_index(k, len, "list").map_err(|e| {
                    if e.is_new(ExcType::IndexError) {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => self.dict_set(d, key, value),
            (Value::Instance(inst), _) => {
                if self.call_special(obj, "__setitem__", &[key.clone(), value.clone()])?.is_some() {
                    return Ok(());
                }
                if let Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    return self.set_item(&base, key, value);
                }
                Err(PyErr::type_error(format!("'{}' object does not support item assignment", self.type_name(obj))))
            }
            _ => Err(PyErr::type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
        }
    }

    fn list_set_slice(
        &mut self,
        l: &crate::objects::PyList,
        s: &crate::objects::PySlice,
        value: Value,
    ) -> PyResult<()> {
        let new_items = self.collect(&value).map_err(|_| PyErr::type_error("can only assign an iterable"))?;
        let len = l.len();
        let (start, stop, step) = self.slice_indices(s, len)?;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(start as i64) as usize).max(start);
            let removed: Vec<Value> = l.items.borrow_mut().splice(start..stop, new_items).collect();
            drop(removed);
            return Ok(());
        }
        let pos = self.slice_positions(s, len)?;
        if pos.len() != new_items.len() {
            return Err(PyErr::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                pos.len()
            )));
        }
        let mut items = l.items.borrow_mut();
        for (p, v) in pos.into_iter().zip(new_items) {
            items[p] = v;
        }
        Ok(())
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let mut pos = self.slice_positions(s, l.len())?;
                pos.sort_unstable();
                let removed: Vec<Value> = {
                    let mut items = l.items.borrow_mut();
                    pos.iter().rev().map(|&p| items.remove(p)).collect()
                };
                drop(removed);
                Ok(())
            }
            (Value::List(l), k) => {
                if let Value::BigInt(_) = k {
                    return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
                }
                let len = l.len();
                let i = self.seq_index(k, len, "list").map_err(|e| {
                    if e.is_new(ExcType::IndexError) {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let v = l.items.borrow_mut().remove(i);
                drop(v);
                Ok(())
            }
            (Value::Dict(d), k) => match self.dict_del(d, k)? {
                Some(_) => Ok(()),
                None => Err(PyErr::Exc(self.key_error(k.clone()))),
            },
            (Value::Instance(inst), _) => {
                if self.call_special(obj, "__delitem__", std::slice::from_ref(key))?.is_some() {
                    return Ok(());
                }
                if let Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    return self.del_item(&base, key);
                }
                Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))))
            }
            _ => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj)))),
        }
    }

    /// Unpacks exactly `n` items (UNPACK_SEQUENCE).
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            other => {
                let it = self.get_iter(other).map_err(|e| {
                    if e.is_new(ExcType::TypeError) {
                        self.not_unpackable(other)
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        Ok(items)
    }

    /// Converts an int-like value to a BigInt.
    pub fn to_bigint(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }
}

/// The hash of a tuple of ints, strings, bools and `None` (the usual set
/// and dict keys), computed without the general path's recursion guard
/// and buffer; `None` when an item needs the general path.
fn hash_of_plain_tuple(items: &[Value]) -> Option<i64> {
    let mut plain = true;
    let h = hash::hash_tuple(items.iter().map(|item| match item {
        Value::Int(i) => hash::hash_i64(*i),
        Value::Str(s) => s.hash(),
        Value::Bool(b) => i64::from(*b),
        Value::None => hash::NONE,
        _ => {
            plain = false;
            0
        }
    }));
    plain.then_some(h)
}
