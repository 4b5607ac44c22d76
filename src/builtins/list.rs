//! `list`: constructor and methods.

use std::rc::Rc;

use super::{method, method_args, static_fn};
use crate::objects::{Args, PyList, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let l = vm.types.list.clone();
    static_fn(&l, "__new__", list_new);
    method(&l, "__init__", list_init);
    method(&l, "append", append);
    method(&l, "extend", extend);
    method(&l, "pop", pop);
    method(&l, "insert", insert);
    method(&l, "sort", sort);
    method(&l, "reverse", reverse);
    method(&l, "index", index);
    method(&l, "count", count);
    method(&l, "remove", remove);
    method(&l, "clear", clear);
    method(&l, "copy", copy);
}

/// The list behind a receiver (also for list subclasses).
pub fn recv(vm: &Vm, v: &Value) -> PyResult<Rc<PyList>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::List(l) => Ok(l),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.kind_name()
        ))),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("list.__new__ needs a type")) };
    if Rc::ptr_eq(cls, &vm.types.list) {
        if pos.len() > 2 {
            return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", pos.len() - 1)));
        }
        let items = match pos.get(1) {
            Some(v) => vm.collect(v)?,
            None => Vec::new(),
        };
        return Ok(Value::list(items));
    }
    let payload = crate::objects::Payload::Base(std::cell::RefCell::new(Value::list(Vec::new())));
    Ok(super::object::new_instance(cls, payload))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if let (Some(obj), Some(src)) = (pos.first(), pos.get(1)) {
        if let Value::Instance(_) = obj {
            let l = recv(vm, obj)?;
            let items = vm.collect(src)?;
            *l.items.borrow_mut() = items;
        }
    }
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("append", &args, 1, 1)?;
    recv(vm, l)?.items.borrow_mut().push(rest[0].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("extend", &args, 1, 1)?;
    let l = recv(vm, l)?;
    let items = vm.collect(&rest[0])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("pop", &args, 0, 1)?;
    let l = recv(vm, l)?;
    let len = l.len();
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match rest.first() {
        Some(i) => {
            let i = vm.index_value(i)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(PyErr::index_error("pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.items.borrow_mut().remove(i);
    Ok(v)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("insert", &args, 2, 2)?;
    let l = recv(vm, l)?;
    let len = l.len() as i64;
    let i = vm.index_value(&rest[0])?;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.items.borrow_mut().insert(j as usize, rest[1].clone());
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let l = recv(vm, &pos[0])?;
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    // Sort a copy; the list appears empty meanwhile, as in CPython.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(vm, items.clone(), args.kw("key"), reverse);
    let mut current = l.items.borrow_mut();
    let modified = !current.is_empty();
    match r {
        Ok(sorted) => {
            *current = sorted;
            if modified {
                return Err(PyErr::value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *current = items;
            Err(e)
        }
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = method_args("reverse", &args, 0, 0)?;
    recv(vm, l)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("index", &args, 1, 3)?;
    let items = recv(vm, l)?.snapshot();
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match rest.get(1) { Some(v) => norm(vm.index_value(v)?), None => 0 };
    let stop = match rest.get(2) { Some(v) => norm(vm.index_value(v)?), None => len };
    for i in start..stop {
        if vm.eq_or_identical(&items[i as usize], &rest[0])? {
            return Ok(Value::Int(i));
        }
    }
    let r = vm.repr(&rest[0])?;
    Err(PyErr::value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("count", &args, 1, 1)?;
    let items = recv(vm, l)?.snapshot();
    let mut n = 0;
    for it in &items {
        if vm.eq_or_identical(it, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = method_args("remove", &args, 1, 1)?;
    let list = recv(vm, l)?;
    let items = list.snapshot();
    for (i, it) in items.iter().enumerate() {
        if vm.eq_or_identical(it, &rest[0])? {
            let v = list.items.borrow_mut().remove(i);
            drop(v);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = method_args("clear", &args, 0, 0)?;
    let old = std::mem::take(&mut *recv(vm, l)?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = method_args("copy", &args, 0, 0)?;
    Ok(Value::list(recv(vm, l)?.snapshot()))
}
