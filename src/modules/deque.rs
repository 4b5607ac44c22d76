//! `collections.deque`, native.
//!
//! The items live in a hidden list attribute of the instance. Slot 0 of
//! that list holds the index of the first item (pops from the left leave a
//! gap that is compacted once it is half the list, and pushes on the left
//! fill it, growing it when empty), slot 1 holds maxlen (an int or None),
//! so both ends take amortized constant time.

use std::rc::Rc;

use super::util::{inst_dict, kwargs};
use crate::builtins::{method, method_args};
use crate::bytecode::CmpOp;
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, Class, PyDict, PyList, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

const KEY: &str = "_deque_items";
const OFF: usize = 2;

pub fn make_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let cls = new_class("deque", vec![vm.types.object.clone()], BuiltinKind::Object, true, Rc::new(PyDict::new()))
        .map_err(PyErr::type_error)?;
    cls.dict.set_item_str("__module__", Value::str("collections"));
    cls.dict.set_item_str("__hash__", Value::None);
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("remove", remove),
        ("insert", insert),
        ("reverse", reverse),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
    ];
    for (name, f) in methods {
        method(&cls, name, *f);
    }
    crate::builtins::getter(&cls, "maxlen", maxlen);
    Ok(cls)
}

// ----- storage -----

fn storage(slf: &Value) -> PyResult<Rc<PyList>> {
    let d = inst_dict(slf)?;
    if let Some(Value::List(l)) = d.get_str(KEY) {
        return Ok(l);
    }
    let l = Rc::new(PyList::new(vec![Value::Int(0), Value::None]));
    d.set_item_str(KEY, Value::List(l.clone()));
    Ok(l)
}

fn head(v: &[Value]) -> usize {
    match v[0] {
        Value::Int(h) => h as usize,
        _ => 0,
    }
}

fn max_of(v: &[Value]) -> Option<usize> {
    match v[1] {
        Value::Int(m) => Some(m as usize),
        _ => None,
    }
}

fn items_of(l: &Rc<PyList>) -> Vec<Value> {
    let v = l.items.borrow();
    v[OFF + head(&v)..].to_vec()
}

fn length(l: &Rc<PyList>) -> usize {
    let v = l.items.borrow();
    v.len() - OFF - head(&v)
}

fn push_back(v: &mut Vec<Value>, x: Value) {
    if max_of(v) == Some(0) {
        return;
    }
    v.push(x);
    if max_of(v).is_some_and(|m| v.len() - OFF - head(v) > m) {
        pop_front(v);
    }
}

fn push_front(v: &mut Vec<Value>, x: Value) {
    if max_of(v) == Some(0) {
        return;
    }
    let mut h = head(v);
    if h == 0 {
        let pad = (v.len() - OFF).max(8);
        v.splice(OFF..OFF, std::iter::repeat_n(Value::None, pad));
        h = pad;
    }
    h -= 1;
    v[OFF + h] = x;
    v[0] = Value::Int(h as i64);
    if max_of(v).is_some_and(|m| v.len() - OFF - h > m) {
        v.pop();
    }
}

fn pop_front(v: &mut Vec<Value>) -> Option<Value> {
    let h = head(v);
    if v.len() - OFF - h == 0 {
        return None;
    }
    let x = std::mem::replace(&mut v[OFF + h], Value::None);
    let h = h + 1;
    if h >= 16 && h * 2 >= v.len() - OFF {
        v.drain(OFF..OFF + h);
        v[0] = Value::Int(0);
    } else {
        v[0] = Value::Int(h as i64);
    }
    Some(x)
}

fn pop_back(v: &mut Vec<Value>) -> Option<Value> {
    if v.len() - OFF - head(v) == 0 {
        return None;
    }
    v.pop()
}

/// Replaces the items (keeping maxlen).
fn set_items(l: &Rc<PyList>, items: Vec<Value>) {
    let mut v = l.items.borrow_mut();
    let m = v[1].clone();
    let old = std::mem::replace(&mut *v, vec![Value::Int(0), m]);
    for x in items {
        push_back(&mut v, x);
    }
    drop(v);
    drop(old);
}

// ----- construction -----

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("deque expected at most 2 arguments, got {}", pos.len() - 1)));
    }
    let kw = kwargs("deque", &args, &["iterable", "maxlen"])?;
    let slf = &pos[0];
    let iterable = kw[0].or(pos.get(1)).cloned();
    let maxlen = match kw[1].or(pos.get(2)) {
        None | Some(Value::None) => Value::None,
        Some(m) => {
            let n = vm.index_value(m)?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Value::Int(n)
        }
    };
    let items = match iterable {
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    let l = storage(slf)?;
    l.items.borrow_mut()[1] = maxlen;
    set_items(&l, items);
    Ok(Value::None)
}

fn maxlen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slf = args.pos().first().ok_or_else(|| PyErr::type_error("maxlen needs a deque"))?;
    let l = storage(slf)?;
    let m = l.items.borrow()[1].clone();
    Ok(m)
}

/// A new deque of the same type with the given items and maxlen.
fn new_like(vm: &mut Vm, slf: &Value, items: Vec<Value>) -> PyResult<Value> {
    let cls = Value::Class(vm.type_of(slf));
    let m = storage(slf)?.items.borrow()[1].clone();
    vm.call(&cls, &[Value::list(items), m])
}

// ----- methods -----

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.append", &args, 1, 1)?;
    push_back(&mut storage(slf)?.items.borrow_mut(), rest[0].clone());
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.appendleft", &args, 1, 1)?;
    push_front(&mut storage(slf)?.items.borrow_mut(), rest[0].clone());
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.pop", &args, 0, 0)?;
    let x = pop_back(&mut storage(slf)?.items.borrow_mut());
    x.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.popleft", &args, 0, 0)?;
    let x = pop_front(&mut storage(slf)?.items.borrow_mut());
    x.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.extend", &args, 1, 1)?;
    let items = vm.collect(&rest[0])?;
    let l = storage(slf)?;
    let mut v = l.items.borrow_mut();
    for x in items {
        push_back(&mut v, x);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.extendleft", &args, 1, 1)?;
    let items = vm.collect(&rest[0])?;
    let l = storage(slf)?;
    let mut v = l.items.borrow_mut();
    for x in items {
        push_front(&mut v, x);
    }
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.rotate", &args, 0, 1)?;
    let n = match rest.first() {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let l = storage(slf)?;
    let mut v = l.items.borrow_mut();
    let h = head(&v);
    let len = v.len() - OFF - h;
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        v[OFF + h..].rotate_right(k);
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.clear", &args, 0, 0)?;
    set_items(&storage(slf)?, Vec::new());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.copy", &args, 0, 0)?;
    let items = items_of(&storage(slf)?);
    new_like(vm, slf, items)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.count", &args, 1, 1)?;
    let mut n = 0;
    for x in items_of(&storage(slf)?) {
        if vm.eq_or_identical(&x, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn find(vm: &mut Vm, items: &[Value], x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq_or_identical(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.index", &args, 1, 3)?;
    let items = items_of(&storage(slf)?);
    let start = match rest.get(1) {
        Some(v) => clamp_index(vm.index_value(v)?, items.len()),
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => clamp_index(vm.index_value(v)?, items.len()),
        None => items.len(),
    };
    match find(vm, &items, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&rest[0])?))),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.remove", &args, 1, 1)?;
    let l = storage(slf)?;
    let mut items = items_of(&l);
    let len = items.len();
    match find(vm, &items, &rest[0], 0, len)? {
        Some(i) => {
            items.remove(i);
            set_items(&l, items);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error(format!("{} is not in deque", vm.repr(&rest[0])?))),
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.insert", &args, 2, 2)?;
    let i = vm.index_value(&rest[0])?;
    let l = storage(slf)?;
    let mut items = items_of(&l);
    if max_of(&l.items.borrow()).is_some_and(|m| items.len() >= m) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let at = clamp_index(i, items.len());
    items.insert(at, rest[1].clone());
    set_items(&l, items);
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.reverse", &args, 0, 0)?;
    let l = storage(slf)?;
    let mut v = l.items.borrow_mut();
    let h = head(&v);
    v[OFF + h..].reverse();
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.__len__", &args, 0, 0)?;
    Ok(Value::Int(length(&storage(slf)?) as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.__iter__", &args, 0, 0)?;
    let items = items_of(&storage(slf)?);
    Ok(vm.new_iter(crate::objects::IterState::Seq { items, idx: 0, name: "_deque_iterator" }))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.__reversed__", &args, 0, 0)?;
    let mut items = items_of(&storage(slf)?);
    items.reverse();
    Ok(vm.new_iter(crate::objects::IterState::Seq { items, idx: 0, name: "_deque_reverse_iterator" }))
}

/// The list position of item `key` (an int index) of the deque.
fn position(vm: &mut Vm, l: &Rc<PyList>, key: &Value) -> PyResult<usize> {
    if !matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)) {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))));
    }
    let i = vm.index_value(key)?;
    let v = l.items.borrow();
    let h = head(&v);
    let n = (v.len() - OFF - h) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(OFF + h + j as usize)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__getitem__", &args, 1, 1)?;
    let l = storage(slf)?;
    let p = position(vm, &l, &rest[0])?;
    let x = l.items.borrow()[p].clone();
    Ok(x)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__setitem__", &args, 2, 2)?;
    let l = storage(slf)?;
    let p = position(vm, &l, &rest[0])?;
    let old = std::mem::replace(&mut l.items.borrow_mut()[p], rest[1].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__delitem__", &args, 1, 1)?;
    let l = storage(slf)?;
    let p = position(vm, &l, &rest[0])?;
    let old = l.items.borrow_mut().remove(p);
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__contains__", &args, 1, 1)?;
    let items = items_of(&storage(slf)?);
    let n = items.len();
    Ok(Value::bool(find(vm, &items, &rest[0], 0, n)?.is_some()))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("deque.__repr__", &args, 0, 0)?;
    let name = vm.type_of(slf).name();
    let l = storage(slf)?;
    let ptr = Rc::as_ptr(&l) as usize;
    if vm.repr_guard.borrow().contains(&ptr) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_guard.borrow_mut().push(ptr);
    let items = items_of(&l);
    let r = vm.repr(&Value::list(items));
    vm.repr_guard.borrow_mut().retain(|p| *p != ptr);
    let body = r?;
    let m = l.items.borrow()[1].clone();
    Ok(Value::string(match m {
        Value::Int(m) => format!("{}({body}, maxlen={m})", name.as_str()),
        _ => format!("{}({body})", name.as_str()),
    }))
}

/// The items of `other` if it is a deque.
fn other_items(vm: &mut Vm, other: &Value) -> Option<Vec<Value>> {
    let _ = vm;
    let Value::Instance(i) = other else { return None };
    match i.class().lookup("popleft") {
        Some(Value::Builtin(b)) if b.owner == "deque" => storage(other).ok().map(|l| items_of(&l)),
        _ => None,
    }
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__eq__", &args, 1, 1)?;
    let Some(b) = other_items(vm, &rest[0]) else { return Ok(Value::NotImplemented) };
    let a = items_of(&storage(slf)?);
    Ok(Value::bool(vm.seq_compare(&a, &b, op)?))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__add__", &args, 1, 1)?;
    let Some(b) = other_items(vm, &rest[0]) else {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&rest[0])
        )));
    };
    let mut a = items_of(&storage(slf)?);
    a.extend(b);
    new_like(vm, slf, a)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__iadd__", &args, 1, 1)?;
    let items = vm.collect(&rest[0])?;
    let l = storage(slf)?;
    let mut v = l.items.borrow_mut();
    for x in items {
        push_back(&mut v, x);
    }
    Ok(slf.clone())
}

fn repeated(vm: &mut Vm, slf: &Value, n: &Value) -> PyResult<Vec<Value>> {
    let n = vm.index_value(n)?.max(0) as usize;
    let items = items_of(&storage(slf)?);
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__mul__", &args, 1, 1)?;
    let items = repeated(vm, slf, &rest[0])?;
    new_like(vm, slf, items)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("deque.__imul__", &args, 1, 1)?;
    let items = repeated(vm, slf, &rest[0])?;
    set_items(&storage(slf)?, items);
    Ok(slf.clone())
}
