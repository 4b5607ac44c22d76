//! The `heapq` module. The heap primitives are native and follow CPython's
//! sift algorithms exactly (so list layouts match); `nlargest`,
//! `nsmallest` and `merge` are Python compiled at import.

use std::rc::Rc;

use super::util::{add_fns, run_source};
use crate::builtins::check_args;
use crate::bytecode::CmpOp;
use crate::objects::{Args, PyDict, PyList, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(
        d,
        "heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    );
    run_source(vm, d, PY_SOURCE, "<heapq>")
}

/// `a < b`, with fast paths for numbers.
pub fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        (Value::Int(x), Value::Float(y)) => Ok((*x as f64) < y.get()),
        (Value::Float(x), Value::Int(y)) => Ok(x.get() < (*y as f64)),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = vm.compare(a, b, CmpOp::Lt)?;
            match r {
                Value::Bool(b) => Ok(b.get()),
                other => vm.truthy(&other),
            }
        }
    }
}

fn list_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<Rc<PyList>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        _ => match vm.payload_base(v) {
            Some(Value::List(l)) => Ok(l),
            _ => Err(PyErr::type_error(format!("{fname}() argument 1 must be list, not {}", vm.type_name(v)))),
        },
    }
}

fn get(l: &PyList, i: usize) -> PyResult<Value> {
    l.items.borrow().get(i).cloned().ok_or_else(|| PyErr::runtime_error("list changed size during iteration"))
}

fn put(l: &PyList, i: usize, v: Value) -> PyResult<()> {
    let old = match l.items.borrow_mut().get_mut(i) {
        Some(slot) => std::mem::replace(slot, v),
        None => return Err(PyErr::runtime_error("list changed size during iteration")),
    };
    drop(old);
    Ok(())
}

/// Ordering used by a heap: `lt(a, b)` for min-heaps, `lt(b, a)` for max-heaps.
fn before(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        less(vm, b, a)
    } else {
        less(vm, a, b)
    }
}

fn sift_down(vm: &mut Vm, heap: &PyList, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let newitem = get(heap, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = get(heap, parentpos)?;
        if before(vm, &newitem, &parent, max)? {
            put(heap, pos, parent)?;
            pos = parentpos;
            continue;
        }
        break;
    }
    put(heap, pos, newitem)
}

fn sift_up(vm: &mut Vm, heap: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let newitem = get(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (get(heap, child)?, get(heap, right)?);
            if !before(vm, &c, &r, max)? {
                child = right;
            }
        }
        let c = get(heap, child)?;
        put(heap, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(heap, pos, newitem)?;
    sift_down(vm, heap, start, pos, max)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("heappush", &args, 2, 2)?;
    let heap = list_arg(vm, "heappush", &p[0])?;
    heap.items.borrow_mut().push(p[1].clone());
    let n = heap.len();
    sift_down(vm, &heap, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, fname: &str, v: &Value, max: bool) -> PyResult<Value> {
    let heap = list_arg(vm, fname, v)?;
    let last = heap.items.borrow_mut().pop().ok_or_else(|| PyErr::index_error("index out of range"))?;
    if heap.is_empty() {
        return Ok(last);
    }
    let ret = get(&heap, 0)?;
    put(&heap, 0, last)?;
    sift_up(vm, &heap, 0, max)?;
    Ok(ret)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("heappop", &args, 1, 1)?;
    pop(vm, "heappop", &p[0], false)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("_heappop_max", &args, 1, 1)?;
    pop(vm, "_heappop_max", &p[0], true)
}

fn replace(vm: &mut Vm, fname: &str, p: &[Value], max: bool) -> PyResult<Value> {
    let heap = list_arg(vm, fname, &p[0])?;
    if heap.is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    let ret = get(&heap, 0)?;
    put(&heap, 0, p[1].clone())?;
    sift_up(vm, &heap, 0, max)?;
    Ok(ret)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("heapreplace", &args, 2, 2)?;
    replace(vm, "heapreplace", p, false)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("_heapreplace_max", &args, 2, 2)?;
    replace(vm, "_heapreplace_max", p, true)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("heappushpop", &args, 2, 2)?;
    let heap = list_arg(vm, "heappushpop", &p[0])?;
    if heap.is_empty() {
        return Ok(p[1].clone());
    }
    let top = get(&heap, 0)?;
    if !less(vm, &top, &p[1])? {
        return Ok(p[1].clone());
    }
    put(&heap, 0, p[1].clone())?;
    sift_up(vm, &heap, 0, false)?;
    Ok(top)
}

fn heapify_with(vm: &mut Vm, fname: &str, v: &Value, max: bool) -> PyResult<Value> {
    let heap = list_arg(vm, fname, v)?;
    let n = heap.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, &heap, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("heapify", &args, 1, 1)?;
    heapify_with(vm, "heapify", &p[0], false)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("_heapify_max", &args, 1, 1)?;
    heapify_with(vm, "_heapify_max", &p[0], true)
}

const PY_SOURCE: &str = r#"
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']
def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:max(n, 0)]

def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]

def _merge_entry(it, order, key, direction):
    value = next(it, _MARK)
    if value is _MARK:
        return None
    return [(value if key is None else key(value)), order * direction, value, it]

_MARK = object()

def merge(*iterables, key=None, reverse=False):
    direction = -1 if reverse else 1
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        entry = _merge_entry(it, order, key, direction)
        if entry is not None:
            entries.append(entry)
    return _merge_gen(entries, key, direction, reverse)

def _merge_gen(entries, key, direction, reverse):
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while entries:
        top = entries[0]
        yield top[2]
        value = next(top[3], _MARK)
        if value is _MARK:
            pop(entries)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        replace(entries, top)
"#;
