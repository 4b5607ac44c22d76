//! The `bisect` module (native): bisect_left/right and insort_left/right,
//! with `lo`, `hi` and `key` as in CPython 3.11.

use std::rc::Rc;

use super::heapq::less;
use super::util::{add_fns, kwargs, py_len};
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(
        d,
        "bisect",
        &[
            ("bisect_left", bisect_left),
            ("bisect_right", bisect_right),
            ("bisect", bisect_right),
            ("insort_left", insort_left),
            ("insort_right", insort_right),
            ("insort", insort_right),
        ],
    );
    Ok(())
}

struct Call {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Option<Value>,
}

fn parse(vm: &mut Vm, fname: &str, args: &Args) -> PyResult<Call> {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "{fname}() takes from 2 to 4 positional arguments but {} were given",
            pos.len()
        )));
    }
    let kw = kwargs(fname, args, &["lo", "hi", "key"])?;
    let lo = match kw[0].or(pos.get(2)) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match kw[1].or(pos.get(3)) {
        None | Some(Value::None) => py_len(vm, &pos[0])? as i64,
        Some(v) => vm.index_value(v)?,
    };
    let key = kw[2].filter(|k| !k.is_none()).cloned();
    Ok(Call { a: pos[0].clone(), x: pos[1].clone(), lo: lo as usize, hi: hi.max(0) as usize, key })
}

fn item(vm: &mut Vm, c: &Call, i: usize) -> PyResult<Value> {
    let v = match &c.a {
        Value::List(l) => l.items.borrow().get(i).cloned(),
        _ => None,
    };
    let v = match v {
        Some(v) => v,
        None => vm.get_item(&c.a, &Value::Int(i as i64))?,
    };
    match &c.key {
        Some(k) => vm.call(k, &[v]),
        None => Ok(v),
    }
}

/// The insertion point; `right` puts x after equal items.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (c.lo, c.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let m = item(vm, c, mid)?;
        let go_left = if right { less(vm, x, &m)? } else { !less(vm, &m, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, "bisect_left", &args)?;
    let x = c.x.clone();
    Ok(Value::Int(search(vm, &c, &x, false)? as i64))
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, "bisect_right", &args)?;
    let x = c.x.clone();
    Ok(Value::Int(search(vm, &c, &x, true)? as i64))
}

fn insort(vm: &mut Vm, fname: &str, args: Args, right: bool) -> PyResult<Value> {
    let c = parse(vm, fname, &args)?;
    let kx = match &c.key {
        Some(k) => vm.call(k, std::slice::from_ref(&c.x))?,
        None => c.x.clone(),
    };
    let at = search(vm, &c, &kx, right)?;
    if let Value::List(l) = &c.a {
        let mut items = l.items.borrow_mut();
        let at = at.min(items.len());
        items.insert(at, c.x.clone());
        return Ok(Value::None);
    }
    vm.call_method(&c.a, "insert", &[Value::Int(at as i64), c.x.clone()])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_left", args, false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_right", args, true)
}
