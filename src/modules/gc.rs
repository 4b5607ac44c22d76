//! The `gc` module: the cycle collector's controls (`objects/gc.rs` is the
//! collector).

use std::rc::Rc;

use super::util::add_fns;
use crate::builtins::check_args;
use crate::objects::gc;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(
        d,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("get_stats", get_stats),
        ],
    );
    // Brisk frees uncollectable cycles too (finalizers run first, PEP 442),
    // so `garbage` stays empty, as it does in CPython without DEBUG_SAVEALL.
    d.set_item_str("garbage", Value::list(Vec::new()));
    d.set_item_str("callbacks", Value::list(Vec::new()));
    Ok(())
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("collect", &args, 0, 1)?;
    let full = match pos.first() {
        None => true,
        Some(Value::Int(g @ 0..=2)) => *g > 0,
        Some(Value::Int(_)) => return Err(PyErr::value_error("invalid generation")),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::Int(vm.collect_cycles(full) as i64))
}

fn enable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("enable", &args, 0, 0)?;
    gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("disable", &args, 0, 0)?;
    gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("isenabled", &args, 0, 0)?;
    Ok(Value::bool(gc::is_enabled()))
}

fn get_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("get_count", &args, 0, 0)?;
    Ok(Value::tuple(vec![Value::Int(gc::young_count() as i64), Value::Int(0), Value::Int(0)]))
}

/// Brisk has two generations; the middle one's settings are kept for
/// CPython compatibility (code that saves and restores them).
fn get_threshold(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("get_threshold", &args, 0, 0)?;
    Ok(Value::tuple(vec![Value::Int(gc::threshold() as i64), Value::Int(10), Value::Int(10)]))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("set_threshold", &args, 1, 3)?;
    let mut first = 0;
    for (i, v) in pos.iter().enumerate() {
        match v {
            Value::Int(n) if i == 0 => first = (*n).clamp(0, i64::from(u32::MAX)) as usize,
            Value::Int(_) | Value::Bool(_) => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        }
    }
    gc::set_threshold(first);
    Ok(Value::None)
}

fn is_tracked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("is_tracked", &args, 1, 1)?;
    Ok(Value::bool(gc::is_tracked(&pos[0])))
}

/// One dict per generation, as CPython's (the middle one always empty).
fn get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("get_stats", &args, 0, 0)?;
    let [young, full] = gc::stats();
    let mut out = Vec::new();
    for (collections, collected) in [young, (0, 0), full] {
        let d = PyDict::new_tracked();
        vm.dict_set(&d, Value::str("collections"), Value::Int(collections as i64))?;
        vm.dict_set(&d, Value::str("collected"), Value::Int(collected as i64))?;
        vm.dict_set(&d, Value::str("uncollectable"), Value::Int(0))?;
        out.push(Value::Dict(d));
    }
    Ok(Value::list(out))
}
