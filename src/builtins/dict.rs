//! `dict`: constructor and methods.

use std::rc::Rc;

use super::{method, method_args, static_fn};
use crate::objects::iter::DictView;
use crate::objects::{Args, DictViewObj, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    static_fn(&d, "__new__", dict_new);
    method(&d, "__init__", dict_init);
    method(&d, "get", get);
    method(&d, "keys", keys);
    method(&d, "values", values);
    method(&d, "items", items);
    method(&d, "pop", pop);
    method(&d, "setdefault", setdefault);
    method(&d, "update", update);
    method(&d, "clear", clear);
    method(&d, "copy", copy);
    method(&d, "popitem", popitem);
    static_fn(&d, "fromkeys", fromkeys);
}

pub fn recv(vm: &Vm, v: &Value) -> PyResult<Rc<PyDict>> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Dict(d) => Ok(d),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            other.kind_name()
        ))),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("dict.__new__ needs a type")) };
    if Rc::ptr_eq(cls, &vm.types.dict) {
        let d = Rc::new(PyDict::new());
        fill(vm, &d, &args, 1)?;
        return Ok(Value::Dict(d));
    }
    let payload = crate::objects::Payload::Base(std::cell::RefCell::new(Value::Dict(Rc::new(PyDict::new()))));
    Ok(super::object::new_instance(cls, payload))
}

/// dict(mapping_or_pairs, **kwargs) into `d`; positional arguments start at `first`.
fn fill(vm: &mut Vm, d: &Rc<PyDict>, args: &Args, first: usize) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > first + 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", pos.len() - first)));
    }
    if let Some(src) = pos.get(first) {
        match src {
            Value::Dict(_) => vm.dict_update_from(d, src, false)?,
            _ if vm.type_of(src).lookup("keys").is_some() => vm.dict_update_from(d, src, false)?,
            _ => {
                let items = vm.collect(src)?;
                for (i, item) in items.into_iter().enumerate() {
                    let pair = vm.collect(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    if pair.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
                    vm.dict_set(d, k, v)?;
                }
            }
        }
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if let Some(obj @ Value::Instance(_)) = pos.first() {
        let d = recv(vm, obj)?;
        fill(vm, &d, &args, 1)?;
    }
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = method_args("get", &args, 1, 2)?;
    let d = recv(vm, d)?;
    Ok(vm.dict_get(&d, &rest[0])?.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, name: &str, kind: DictView) -> PyResult<Value> {
    let (d, _) = method_args(name, &args, 0, 0)?;
    Ok(Value::DictView(Rc::new(DictViewObj { dict: recv(vm, d)?, kind })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "keys", DictView::Keys)
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "values", DictView::Values)
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "items", DictView::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = method_args("pop", &args, 1, 2)?;
    let d = recv(vm, d)?;
    match vm.dict_del(&d, &rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::Exc(vm.key_error(rest[0].clone()))),
        },
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, rest) = method_args("setdefault", &args, 1, 2)?;
    let d = recv(vm, d)?;
    if let Some(v) = vm.dict_get(&d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(obj) = pos.first() else { return Err(PyErr::type_error("update needs a dict")) };
    let d = recv(vm, obj)?;
    fill(vm, &d, &args, 1)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = method_args("clear", &args, 0, 0)?;
    let d = recv(vm, d)?;
    let old = d.table.borrow_mut().clear();
    d.bump_version();
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = method_args("copy", &args, 0, 0)?;
    let d = recv(vm, d)?;
    let t = d.table.borrow().clone();
    Ok(Value::Dict(Rc::new(PyDict::from_table(t))))
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = method_args("popitem", &args, 0, 0)?;
    let d = recv(vm, d)?;
    let e = d.table.borrow_mut().pop_last();
    d.bump_version();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::Exc({
            let cls = vm.exc_class(crate::vm::ExcType::KeyError);
            vm.new_exception(cls, vec![Value::str("popitem(): dictionary is empty")])
        })),
    }
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (keys, value) = match pos {
        [_, k] => (k, Value::None),
        [_, k, v] => (k, v.clone()),
        _ => return Err(PyErr::type_error("fromkeys expected 1 or 2 arguments")),
    };
    let d = Rc::new(PyDict::new());
    for k in vm.collect(keys)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}
