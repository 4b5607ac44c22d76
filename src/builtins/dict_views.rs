//! `dict.keys()`, `dict.values()`, `dict.items()`: methods of the view
//! types, and the set operations of keys and items views (CPython's
//! `dictviews_*` functions in `Objects/dictobject.c`).

use crate::objects::BoolBits;
use std::rc::Rc;

use super::argcheck::{bad_receiver, noargs, onearg};
use super::method;
use super::set_ops::{self as ops, anyset};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::iter::DictView;
use crate::objects::{Args, DictViewObj, IterState, NativeFn, PyDict, PyResult, PySet, Value};
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let all: &[(&'static str, NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__contains__", view_contains_method),
        ("__reversed__", view_reversed),
    ];
    let setlike: &[(&'static str, NativeFn)] = &[
        ("isdisjoint", isdisjoint),
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    let t = &vm.types;
    for cls in [t.dict_keys.clone(), t.dict_values.clone(), t.dict_items.clone()] {
        for (name, f) in all {
            method(&cls, name, *f);
        }
        cls.dict.set_item_str("__hash__", Value::None);
    }
    for cls in [t.dict_keys.clone(), t.dict_items.clone()] {
        for (name, f) in setlike {
            method(&cls, name, *f);
        }
    }
}

fn this(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<DictViewObj>> {
    match v {
        Value::DictView(d) => Ok(d.clone()),
        _ => Err(bad_receiver(vm, qual, qual.split('.').next().unwrap_or("dict_keys"), v)),
    }
}

/// A keys or items view (the views that behave like sets).
fn setview(v: &Value) -> Option<Rc<DictViewObj>> {
    match v {
        Value::DictView(d) if d.kind != DictView::Values => Some(d.clone()),
        _ => None,
    }
}

/// The items a view yields, in order.
fn view_values(view: &DictViewObj) -> Vec<Value> {
    let t = view.dict.table.borrow();
    t.iter()
        .map(|e| match view.kind {
            DictView::Keys => e.key.clone(),
            DictView::Values => e.value.clone(),
            DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect()
}

/// `x in view`.
pub fn view_contains(vm: &mut Vm, view: &DictViewObj, x: &Value) -> PyResult<bool> {
    match view.kind {
        DictView::Keys => Ok(vm.dict_get(&view.dict, x)?.is_some()),
        DictView::Items => {
            let Value::Tuple(t) = x else { return Ok(false) };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(&view.dict, &t.items[0])? {
                Some(v) => vm.eq_or_identical(&v, &t.items[1]),
                None => Ok(false),
            }
        }
        DictView::Values => {
            for v in view_values(view) {
                if vm.eq_or_identical(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `x in container` for a set or a view (other containers: the generic way).
fn contained_in(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    if let Value::DictView(v) = container {
        return view_contains(vm, v, x);
    }
    if let Some(s) = anyset(container) {
        let (key, h) = ops::lookup_key(vm, x)?;
        return ops::contains_hashed(vm, &s, h, &key);
    }
    vm.contains(container, x)
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("dict_keys.__len__", &args)?;
    Ok(Value::Int(this(vm, "dict_keys.__len__", v)?.dict.len() as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("dict_keys.__iter__", &args)?;
    let v = this(vm, "dict_keys.__iter__", v)?;
    let len = v.dict.len();
    Ok(vm.new_iter(IterState::Dict { dict: v.dict.clone(), slot: 0, view: v.kind, len }))
}

fn view_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, x) = onearg("dict_keys.__contains__", &args)?;
    let v = this(vm, "dict_keys.__contains__", v)?;
    Ok(Value::bool(view_contains(vm, &v, x)?))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("dict_keys.__reversed__", &args)?;
    let v = this(vm, "dict_keys.__reversed__", v)?;
    let mut items = view_values(&v);
    items.reverse();
    let name = crate::objects::iter::reversed_view_name(v.kind);
    Ok(vm.new_iter(IterState::Seq { items, idx: 0, name }))
}

/// `reversed(d)` for a dict: its keys, last first.
pub fn reversed_keys(vm: &mut Vm, d: &PyDict) -> Value {
    let mut items = d.keys();
    items.reverse();
    vm.new_iter(IterState::Seq { items, idx: 0, name: "dict_reversekeyiterator" })
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, other) = onearg("dict_keys.isdisjoint", &args)?;
    let view = this(vm, "dict_keys.isdisjoint", v)?;
    if let Value::DictView(o) = other {
        if Rc::ptr_eq(o, &view) {
            return Ok(Value::bool(view.dict.is_empty()));
        }
    }
    // Iterate the smaller operand when both are set-like.
    let (big, small) = match (anyset(other).map(|s| s.len()), setview(other).map(|o| o.dict.len())) {
        (Some(n), _) | (None, Some(n)) if n > view.dict.len() => (other.clone(), v.clone()),
        _ => (v.clone(), other.clone()),
    };
    let it = vm.get_iter(&small)?;
    while let Some(x) = vm.next(&it)? {
        if contained_in(vm, &big, &x)? {
            return Ok(Value::Bool(BoolBits::FALSE));
        }
    }
    Ok(Value::Bool(BoolBits::TRUE))
}

/// CPython's `dictviews_to_set`.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match v {
        Value::DictView(d) if d.kind == DictView::Keys => ops::from_iterable(vm, &Value::Dict(d.dict.clone()), false),
        other => ops::from_iterable(vm, other, false),
    }
}

/// `a op b` where `a` or `b` is a keys or items view.
pub fn view_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if setview(a).is_none() && setview(b).is_none() {
        return Err(crate::vm::error::unsupported_operands(op.symbol(), &vm.type_name(a), &vm.type_name(b)));
    }
    let result = match op {
        BinOp::And => intersect(vm, a, b)?,
        BinOp::Or => {
            let r = to_set(vm, a)?;
            ops::update_internal(vm, &r, b)?;
            r
        }
        BinOp::Subtract => {
            let r = to_set(vm, a)?;
            ops::difference_update_internal(vm, &r, b)?;
            r
        }
        _ => match (setview(a), setview(b)) {
            (Some(x), Some(y)) if x.kind == DictView::Items && y.kind == DictView::Items => items_xor(vm, &x, &y)?,
            _ => {
                let r = to_set(vm, a)?;
                ops::symmetric_difference_update(vm, &r, b)?;
                r
            }
        },
    };
    Ok(Value::Set(result))
}

/// CPython's `_PyDictView_Intersect`.
fn intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Rc<PySet>> {
    let (mut this, mut other) = if setview(a).is_some() { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
    let len_self = setview(&this).map(|v| v.dict.len()).unwrap_or(0);
    if let Value::Set(s) = &other {
        if !s.frozen && len_self <= s.len() {
            return ops::intersection(vm, s, &this);
        }
    }
    if let Some(o) = setview(&other) {
        if o.dict.len() > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let Some(view) = setview(&this) else { return Ok(ops::new_set(false)) };
    let result = ops::new_set(false);
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, &view, &x)? {
            vm.set_add(&result, x)?;
        }
    }
    Ok(result)
}

/// CPython's `dictitems_xor`: pairs in exactly one of the two item views.
fn items_xor(vm: &mut Vm, a: &DictViewObj, b: &DictViewObj) -> PyResult<Rc<PySet>> {
    let temp = Rc::new(PyDict::from_table(a.dict.table.borrow().clone()));
    let result = ops::new_set(false);
    for (key, val2) in b.dict.items() {
        let to_delete = match vm.dict_get(&temp, &key)? {
            Some(val1) => vm.eq_or_identical(&val1, &val2)?,
            None => false,
        };
        if to_delete {
            vm.dict_del(&temp, &key)?;
        } else {
            vm.set_add(&result, Value::tuple(vec![key, val2]))?;
        }
    }
    let remaining = Value::DictView(Rc::new(DictViewObj { dict: temp, kind: DictView::Items }));
    ops::update_internal(vm, &result, &remaining)?;
    Ok(result)
}

fn operator(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let q = format!("dict_keys.{name}");
    let (v, other) = onearg(&q, &args)?;
    this(vm, &q, v)?;
    let (a, b) = if reflected { (other, v) } else { (v, other) };
    view_operator(vm, a, b, op)
}

fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__and__", BinOp::And, false)
}
fn rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rand__", BinOp::And, true)
}
fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__or__", BinOp::Or, false)
}
fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__ror__", BinOp::Or, true)
}
fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__sub__", BinOp::Subtract, false)
}
fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rsub__", BinOp::Subtract, true)
}
fn xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__xor__", BinOp::Xor, false)
}
fn rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rxor__", BinOp::Xor, true)
}

/// The size of a set or set-like view.
fn setlike_len(v: &Value) -> Option<usize> {
    match (anyset(v), setview(v)) {
        (Some(s), _) => Some(s.len()),
        (None, Some(d)) => Some(d.dict.len()),
        _ => None,
    }
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !contained_in(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `dictview_richcompare`; None when not applicable.
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let (Some(la), Some(lb)) = (setlike_len(a), setlike_len(b)) else { return Ok(None) };
    if setview(a).is_none() && setview(b).is_none() {
        return Ok(None);
    }
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    }))
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let q = format!("dict_keys.{name}");
    let (v, other) = onearg(&q, &args)?;
    this(vm, &q, v)?;
    Ok(view_compare(vm, v, other, op)?.map(Value::bool).unwrap_or(Value::NotImplemented))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CmpOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CmpOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CmpOp::Ge)
}
