//! Iteration: `iter()`, `next()` and collecting an iterable.

use std::rc::Rc;

use super::generator::SendResult;
use super::{ExcType, PyErr, Vm};
use crate::objects::iter::DictView;
use crate::objects::{IterState, NativeIter, PyResult, Value};

impl Vm {
    pub fn new_iter(&self, state: IterState) -> Value {
        Value::Iter(Rc::new(NativeIter::new(state)))
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List { list: l.clone(), idx: 0 },
            Value::Tuple(t) => IterState::Tuple { tuple: t.clone(), idx: 0 },
            Value::Range(r) => IterState::Range { next: r.start, step: r.step, remaining: r.len() },
            Value::Str(s) => IterState::Str { s: s.clone(), byte: 0 },
            Value::Bytes(b) => IterState::Bytes { b: b.clone(), idx: 0 },
            Value::Dict(d) => IterState::Dict { dict: d.clone(), slot: 0, view: DictView::Keys, len: d.len() },
            Value::DictView(dv) => {
                IterState::Dict { dict: dv.dict.clone(), slot: 0, view: dv.kind, len: dv.dict.len() }
            }
            Value::Set(s) => IterState::Set { set: s.clone(), items: s.snapshot(), idx: 0, len: s.len() },
            Value::Generator(g) if g.is_async_gen => return Err(self.not_iterable(v)),
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(inst) => {
                // `__iter__ = None` marks a class as not iterable.
                if self.type_of(v).lookup("__iter__").is_some_and(|f| f.is_none()) {
                    return Err(self.not_iterable(v));
                }
                if let Some(r) = self.call_special(v, "__iter__", &[])? {
                    let t = self.type_of(&r);
                    if !matches!(r, Value::Iter(_) | Value::Generator(_)) && t.lookup("__next__").is_none() {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            t.name().as_str()
                        )));
                    }
                    return Ok(r);
                }
                if let crate::objects::Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    return self.get_iter(&base);
                }
                if self.type_of(v).lookup("__getitem__").is_some() {
                    IterState::GetItem { obj: v.clone(), idx: 0 }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            Value::Class(c) => match self.class_hook(c, "__class_iter__", &[])? {
                Some(it) => return Ok(it),
                None => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.new_iter(state))
    }

    pub fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The next item, or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(_) if super::asyncgen::as_agen_step(it).is_some() => {
                let ni = super::asyncgen::as_agen_step(it).expect("checked");
                match self.agen_step(ni, super::asyncgen::StepInput::Send(Value::None))? {
                    SendResult::Yield(v) => Ok(Some(v)),
                    SendResult::Return(_) => Ok(None),
                }
            }
            Value::Iter(ni) => self.native_next(ni),
            Value::Generator(g) => match self.gen_send(g, Value::None)? {
                SendResult::Yield(v) => Ok(Some(v)),
                SendResult::Return(_) => Ok(None),
            },
            _ => {
                let r = self.call_special(it, "__next__", &[]);
                match r {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
                    Err(e) if self.err_matches(&e, ExcType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn native_next(&mut self, ni: &Rc<NativeIter>) -> PyResult<Option<Value>> {
        // States that never call back into Python are handled under the borrow.
        {
            let mut st = ni.state.borrow_mut();
            match &mut *st {
                IterState::List { list, idx } => {
                    let items = list.items.borrow();
                    if *idx < items.len() {
                        let v = items[*idx].clone();
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    drop(items);
                    *st = IterState::Exhausted("list_iterator");
                    return Ok(None);
                }
                IterState::ListReverse { list, idx } => {
                    let items = list.items.borrow();
                    if *idx > 0 && *idx <= items.len() {
                        *idx -= 1;
                        return Ok(Some(items[*idx].clone()));
                    }
                    drop(items);
                    *st = IterState::Exhausted("list_reverseiterator");
                    return Ok(None);
                }
                IterState::Tuple { tuple, idx } => {
                    if *idx < tuple.items.len() {
                        let v = tuple.items[*idx].clone();
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    return Ok(None);
                }
                IterState::Range { next, step, remaining } => {
                    if *remaining > 0 {
                        let v = *next;
                        *remaining -= 1;
                        *next = next.wrapping_add(*step);
                        return Ok(Some(Value::Int(v)));
                    }
                    return Ok(None);
                }
                IterState::Str { s, byte } => {
                    let rest = &s.as_str()[*byte..];
                    let Some(c) = rest.chars().next() else { return Ok(None) };
                    *byte += c.len_utf8();
                    // ASCII characters come from the shared table: no allocation.
                    return Ok(Some(match self.ascii_chars.get(c as usize) {
                        Some(v) => v.clone(),
                        None => Value::string(c.to_string()),
                    }));
                }
                IterState::Bytes { b, idx } => {
                    if *idx < b.data.len() {
                        *idx += 1;
                        return Ok(Some(Value::Int(i64::from(b.data[*idx - 1]))));
                    }
                    return Ok(None);
                }
                IterState::Dict { dict, slot, view, len } => {
                    if dict.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime_error("dictionary changed size during iteration"));
                    }
                    let t = dict.table.borrow();
                    while *slot < t.slots() {
                        let i = *slot;
                        *slot += 1;
                        if let Some(e) = t.entry(i) {
                            return Ok(Some(match view {
                                DictView::Keys => e.key.clone(),
                                DictView::Values => e.value.clone(),
                                DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                            }));
                        }
                    }
                    return Ok(None);
                }
                IterState::Set { set, items, idx, len } => {
                    if set.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime_error("Set changed size during iteration"));
                    }
                    if *idx < items.len() {
                        *idx += 1;
                        return Ok(Some(items[*idx - 1].clone()));
                    }
                    return Ok(None);
                }
                IterState::Seq { items, idx, .. } => {
                    if *idx < items.len() {
                        *idx += 1;
                        return Ok(Some(items[*idx - 1].clone()));
                    }
                    return Ok(None);
                }
                IterState::Exhausted(_) => return Ok(None),
                _ => {}
            }
        }
        self.native_next_slow(ni)
    }

    /// Iterator states that call back into Python (no borrow held while they do).
    fn native_next_slow(&mut self, ni: &Rc<NativeIter>) -> PyResult<Option<Value>> {
        // Exhausted iterators keep their type name.
        let name = ni.type_name();
        let state = std::mem::replace(&mut *ni.state.borrow_mut(), IterState::Exhausted(name));
        let (result, state) = match state {
            IterState::Enumerate { it, count } => match self.next(&it)? {
                Some(v) => {
                    (Some(Value::tuple(vec![Value::Int(count), v])), IterState::Enumerate { it, count: count + 1 })
                }
                None => (None, IterState::Exhausted(name)),
            },
            IterState::Zip { its, strict } => {
                let mut items = Vec::with_capacity(its.len());
                let mut done = None;
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            done = Some(i);
                            break;
                        }
                    }
                }
                match done {
                    None if !its.is_empty() => (Some(Value::tuple(items)), IterState::Zip { its, strict }),
                    Some(i) if strict => {
                        let msg = if i > 0 {
                            format!(
                                "zip() argument {} is shorter than argument{} 1{}",
                                i + 1,
                                if i > 1 { "s" } else { "" },
                                if i > 1 { format!("-{i}") } else { String::new() }
                            )
                        } else {
                            let mut longer = None;
                            for (j, it) in its.iter().enumerate().skip(1) {
                                if self.next(it)?.is_some() {
                                    longer = Some(j);
                                    break;
                                }
                            }
                            match longer {
                                Some(j) => format!(
                                    "zip() argument {} is longer than argument{} 1{}",
                                    j + 1,
                                    if j > 1 { "s" } else { "" },
                                    if j > 1 { format!("-{j}") } else { String::new() }
                                ),
                                None => return Ok(None),
                            }
                        };
                        return Err(PyErr::value_error(msg));
                    }
                    _ => (None, IterState::Exhausted(name)),
                }
            }
            IterState::Map { func, its } => {
                let mut args = Vec::with_capacity(its.len());
                let mut exhausted = false;
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            exhausted = true;
                            break;
                        }
                    }
                }
                if exhausted {
                    (None, IterState::Exhausted(name))
                } else {
                    let r = self.call(&func, &args)?;
                    (Some(r), IterState::Map { func, its })
                }
            }
            IterState::Filter { func, it } => {
                let mut found = None;
                while let Some(v) = self.next(&it)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), IterState::Filter { func, it }),
                    None => (None, IterState::Exhausted(name)),
                }
            }
            IterState::Callable { func, sentinel } => {
                let v = self.call(&func, &[])?;
                if self.eq(&v, &sentinel)? {
                    (None, IterState::Exhausted(name))
                } else {
                    (Some(v), IterState::Callable { func, sentinel })
                }
            }
            IterState::GetItem { obj, idx } => match self.get_item(&obj, &Value::Int(idx)) {
                Ok(v) => (Some(v), IterState::GetItem { obj, idx: idx + 1 }),
                Err(e) if self.err_matches(&e, ExcType::IndexError) || self.err_matches(&e, ExcType::StopIteration) => {
                    (None, IterState::Exhausted(name))
                }
                Err(e) => return Err(e),
            },
            other => (None, other),
        };
        *ni.state.borrow_mut() = state;
        Ok(result)
    }

    /// Called once per step by builtins that loop over user-sized input:
    /// every 4096 steps, honours the memory limit and the interrupt flag.
    pub fn poll_long_loop(&mut self, step: usize) -> PyResult<()> {
        if step & 0xfff == 0 {
            crate::memory::check()?;
            if self.host.interrupted() {
                return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
            }
        }
        Ok(())
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::Set(s) => Ok(s.snapshot()),
            Value::Dict(d) => Ok(d.keys()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    reserve_growth(&out)?;
                    out.push(x);
                    self.poll_long_loop(out.len())?;
                }
                Ok(out)
            }
        }
    }
}

/// Raises MemoryError before `out` doubles past the memory limit.
pub fn reserve_growth(out: &Vec<Value>) -> PyResult<()> {
    if out.len() == out.capacity() {
        crate::memory::reserve_items(out.capacity().max(4), std::mem::size_of::<Value>())?;
    }
    Ok(())
}
