//! `set` and `frozenset`: constructors, methods and special methods. The
//! algorithms live in `set_ops.rs`.

use std::rc::Rc;

use super::argcheck::{bad_receiver, check_count, noargs, onearg, varargs};
use super::set_ops::{self as ops, anyset};
use super::{method, static_fn};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Args, IterState, NativeFn, PyResult, PySet, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
        ("__len__", dunder_len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__or__", or),
        ("__ror__", ror),
        ("__and__", and),
        ("__rand__", rand),
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
    for cls in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        static_fn(&cls, "__new__", set_new);
        for (name, f) in shared {
            method(&cls, name, *f);
        }
    }
    let set_only: &[(&'static str, NativeFn)] = &[
        ("__init__", set_init),
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__ior__", ior),
        ("__iand__", iand),
        ("__isub__", isub),
        ("__ixor__", ixor),
    ];
    let s = vm.types.set.clone();
    for (name, f) in set_only {
        method(&s, name, *f);
    }
    s.dict.set_item_str("__hash__", Value::None);
    method(&vm.types.frozenset.clone(), "__hash__", frozenset_hash);
}

/// `"set.name"` or `"frozenset.name"` after the receiver's type.
fn qual(args: &Args, name: &str) -> String {
    match args.pos().first().map(Value::builtin_base) {
        Some(Value::Set(s)) if s.frozen => format!("frozenset.{name}"),
        _ => format!("set.{name}"),
    }
}

fn this(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PySet>> {
    anyset(v).ok_or_else(|| bad_receiver(vm, qual, qual.split('.').next().unwrap_or("set"), v))
}

/// A mutable set receiver (not a frozenset).
fn this_mut(vm: &Vm, qual: &str, v: &Value) -> PyResult<Rc<PySet>> {
    match anyset(v) {
        Some(s) if !s.frozen => Ok(s),
        _ => Err(bad_receiver(vm, qual, "set", v)),
    }
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("set.__new__(X): X is not a type object"));
    };
    let frozen = crate::objects::Class::is_subclass(cls, &vm.types.frozenset);
    let base = if frozen { vm.types.frozenset.clone() } else { vm.types.set.clone() };
    let exact = Rc::ptr_eq(cls, &base);
    let name = if frozen { "frozenset" } else { "set" };
    if exact && args.has_kwargs() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if !frozen {
        // set.__init__ fills the set.
        return Ok(super::wrap_for_subclass(vm, cls, Value::Set(ops::new_set(false)), &base));
    }
    check_count(name, pos.len() - 1, 0, 1)?;
    let s = match pos.get(1) {
        Some(Value::Set(f)) if exact && f.frozen => return Ok(Value::Set(f.clone())),
        Some(src) => ops::from_iterable(vm, src, true)?,
        None => ops::new_set(true),
    };
    Ok(super::wrap_for_subclass(vm, cls, Value::Set(s), &base))
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((obj, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__init__' of 'set' object needs an argument"));
    };
    let s = this_mut(vm, "set.__init__", obj)?;
    if args.has_kwargs() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    check_count("set", rest.len(), 0, 1)?;
    ops::clear_set(&s);
    if let Some(src) = rest.first() {
        ops::update_internal(vm, &s, src)?;
    }
    Ok(Value::None)
}

// ----- methods -----

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "union");
    let (s, others) = varargs(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::Set(ops::union(vm, &s, others)?))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "intersection");
    let (s, others) = varargs(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::Set(ops::intersection_multi(vm, &s, others)?))
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "difference");
    let (s, others) = varargs(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::Set(ops::difference_multi(vm, &s, others)?))
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "symmetric_difference");
    let (s, other) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::Set(ops::symmetric_difference(vm, &s, other)?))
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "issubset");
    let (s, other) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::bool(ops::issubset(vm, &s, other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "issuperset");
    let (s, other) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::bool(ops::issuperset(vm, &s, other)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "isdisjoint");
    let (s, other) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(Value::bool(ops::isdisjoint(vm, &s, other)?))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "copy");
    let obj = noargs(&q, &args)?;
    let s = this(vm, &q, obj)?;
    if s.frozen && matches!(obj, Value::Set(_)) {
        return Ok(obj.clone());
    }
    Ok(Value::Set(ops::copy_of(&s, s.frozen)))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, x) = onearg("set.add", &args)?;
    let s = this_mut(vm, "set.add", s)?;
    vm.set_add(&s, x.clone())?;
    Ok(Value::None)
}

/// Removes `x` (a set stands for the equal frozenset); whether it was found.
fn discard_key(vm: &mut Vm, s: &PySet, x: &Value) -> PyResult<bool> {
    let (key, h) = ops::lookup_key(vm, x)?;
    ops::discard_hashed(vm, s, h, &key)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, x) = onearg("set.discard", &args)?;
    let s = this_mut(vm, "set.discard", s)?;
    discard_key(vm, &s, x)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, x) = onearg("set.remove", &args)?;
    let s = this_mut(vm, "set.remove", s)?;
    if !discard_key(vm, &s, x)? {
        return Err(PyErr::Exc(vm.key_error(x.clone())));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = noargs("set.pop", &args)?;
    let s = this_mut(vm, "set.pop", s)?;
    let r = s.table.borrow_mut().pop();
    match r {
        Some((_, k)) => Ok(k),
        None => Err(PyErr::Exc({
            let cls = vm.exc_class(ExcType::KeyError);
            vm.new_exception(cls, vec![Value::str("pop from an empty set")])
        })),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = noargs("set.clear", &args)?;
    let s = this_mut(vm, "set.clear", s)?;
    ops::clear_set(&s);
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = varargs("set.update", &args)?;
    let s = this_mut(vm, "set.update", s)?;
    for other in others {
        ops::update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = varargs("set.intersection_update", &args)?;
    let s = this_mut(vm, "set.intersection_update", s)?;
    let tmp = ops::intersection_multi(vm, &s, others)?;
    ops::swap_in(&s, &tmp);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = varargs("set.difference_update", &args)?;
    let s = this_mut(vm, "set.difference_update", s)?;
    for other in others {
        ops::difference_update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = onearg("set.symmetric_difference_update", &args)?;
    let s = this_mut(vm, "set.symmetric_difference_update", s)?;
    ops::symmetric_difference_update(vm, &s, other)?;
    Ok(Value::None)
}

// ----- special methods -----

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "__len__");
    let s = noargs(&q, &args)?;
    Ok(Value::Int(this(vm, &q, s)?.len() as i64))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "__contains__");
    let (s, x) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    let (key, h) = ops::lookup_key(vm, x)?;
    Ok(Value::bool(ops::contains_hashed(vm, &s, h, &key)?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "__iter__");
    let s = noargs(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(vm.new_iter(IterState::Set { items: s.snapshot(), idx: 0, len: s.len(), set: s }))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let q = qual(&args, "__repr__");
    let obj = noargs(&q, &args)?;
    let s = this(vm, &q, obj)?;
    if matches!(obj, Value::Set(_)) {
        return Ok(Value::string(vm.repr(obj)?));
    }
    let name = vm.type_name(obj);
    if s.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let mut parts = Vec::with_capacity(s.len());
    for item in s.snapshot() {
        parts.push(vm.repr(&item)?);
    }
    Ok(Value::string(format!("{name}({{{}}})", parts.join(", "))))
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = noargs("frozenset.__hash__", &args)?;
    match anyset(s) {
        Some(f) if f.frozen => Ok(Value::Int(vm.hash(&Value::Set(f))?)),
        _ => Err(bad_receiver(vm, "frozenset.__hash__", "frozenset", s)),
    }
}

/// `a op b` for two anysets (None when either is not one).
fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Rc<PySet>>> {
    let (Some(x), Some(_)) = (anyset(a), anyset(b)) else { return Ok(None) };
    Ok(Some(match op {
        BinOp::Or => ops::union(vm, &x, std::slice::from_ref(b))?,
        BinOp::And => ops::intersection(vm, &x, b)?,
        BinOp::Subtract => ops::difference(vm, &x, b)?,
        _ => ops::symmetric_difference(vm, &x, b)?,
    }))
}

fn operator(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let q = qual(&args, name);
    let (s, other) = onearg(&q, &args)?;
    this(vm, &q, s)?;
    let (a, b) = if reflected { (other, s) } else { (s, other) };
    Ok(binary(vm, a, b, op)?.map(Value::Set).unwrap_or(Value::NotImplemented))
}

fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__or__", BinOp::Or, false)
}
fn ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__ror__", BinOp::Or, true)
}
fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__and__", BinOp::And, false)
}
fn rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__rand__", BinOp::And, true)
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

/// `s op= other` for a set `s` and an anyset `other`: updates `s` in place.
fn inplace(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let q = format!("set.{name}");
    let (obj, other) = onearg(&q, &args)?;
    let s = this_mut(vm, &q, obj)?;
    if anyset(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    match op {
        BinOp::Or => ops::update_internal(vm, &s, other)?,
        BinOp::And => {
            let tmp = ops::intersection(vm, &s, other)?;
            ops::swap_in(&s, &tmp);
        }
        BinOp::Subtract => ops::difference_update_internal(vm, &s, other)?,
        _ => ops::symmetric_difference_update(vm, &s, other)?,
    }
    Ok(obj.clone())
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ior__", BinOp::Or)
}
fn iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__iand__", BinOp::And)
}
fn isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__isub__", BinOp::Subtract)
}
fn ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", BinOp::Xor)
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let q = qual(&args, name);
    let (s, other) = onearg(&q, &args)?;
    let s = this(vm, &q, s)?;
    Ok(match ops::richcompare(vm, &s, other, op)? {
        Some(r) => Value::bool(r),
        None => Value::NotImplemented,
    })
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

// ----- entry points for the VM's operators -----

/// `a | b`, `a & b`, `a - b`, `a ^ b` where `a` is a set or a dict view.
pub fn set_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = binary(vm, a, b, op)? {
        return Ok(Value::Set(r));
    }
    super::dict_views::view_operator(vm, a, b, op)
}

/// Subset/superset/equality comparisons between sets and dict views.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let Some(x) = anyset(a) {
        if let Some(r) = ops::richcompare(vm, &x, b, op)? {
            return Ok(Some(r));
        }
    }
    super::dict_views::view_compare(vm, a, b, op)
}
