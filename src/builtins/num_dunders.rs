//! Arithmetic, bitwise, comparison and unary special methods of `int`,
//! `bool` and `float` (`int.__add__`, `float.__rtruediv__`, ...).
//!
//! Each one unwraps its operands to plain numbers (also for instances of
//! subclasses) and returns NotImplemented when the other operand is not a
//! number the type handles, as CPython's number slots do. The work is then
//! done by the VM's operators on plain values, which never dispatch back here.

use super::argcheck::{bad_receiver, noargs, onearg, posargs};
use super::int_float::{float_value, int_value};
use super::method;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{Args, NativeFn, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    for (name, f) in INT_BINOPS.iter().chain(INT_OTHER) {
        method(&int, name, *f);
    }
    let float = vm.types.float.clone();
    for (name, f) in FLOAT_BINOPS.iter().chain(FLOAT_OTHER) {
        method(&float, name, *f);
    }
    let b = vm.types.bool_.clone();
    for (name, f) in BOOL_OPS {
        method(&b, name, *f);
    }
}

/// Defines `fn`s for a binary operator and its reflected form, plus a
/// table of (dunder name, fn).
macro_rules! binops {
    ($table:ident, $imp:ident, $ty:literal: $($op:expr => $f:ident $dunder:literal, $rf:ident $rdunder:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, args, concat!($ty, ".", $dunder), $op, false)
            }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, args, concat!($ty, ".", $rdunder), $op, true)
            }
        )*
        const $table: &[(&str, NativeFn)] = &[$(($dunder, $f), ($rdunder, $rf)),*];
    };
}

binops!(INT_BINOPS, int_binary, "int":
    BinOp::Add => int_add "__add__", int_radd "__radd__";
    BinOp::Subtract => int_sub "__sub__", int_rsub "__rsub__";
    BinOp::Multiply => int_mul "__mul__", int_rmul "__rmul__";
    BinOp::TrueDivide => int_truediv "__truediv__", int_rtruediv "__rtruediv__";
    BinOp::FloorDivide => int_floordiv "__floordiv__", int_rfloordiv "__rfloordiv__";
    BinOp::Remainder => int_mod "__mod__", int_rmod "__rmod__";
    BinOp::LShift => int_lshift "__lshift__", int_rlshift "__rlshift__";
    BinOp::RShift => int_rshift "__rshift__", int_rrshift "__rrshift__";
    BinOp::And => int_and "__and__", int_rand "__rand__";
    BinOp::Or => int_or "__or__", int_ror "__ror__";
    BinOp::Xor => int_xor "__xor__", int_rxor "__rxor__";
    BinOp::Power => int_pow "__pow__", int_rpow "__rpow__";
    BinOp::Remainder => int_divmod "__divmod__", int_rdivmod "__rdivmod__";
);

binops!(FLOAT_BINOPS, float_binary, "float":
    BinOp::Add => float_add "__add__", float_radd "__radd__";
    BinOp::Subtract => float_sub "__sub__", float_rsub "__rsub__";
    BinOp::Multiply => float_mul "__mul__", float_rmul "__rmul__";
    BinOp::TrueDivide => float_truediv "__truediv__", float_rtruediv "__rtruediv__";
    BinOp::FloorDivide => float_floordiv "__floordiv__", float_rfloordiv "__rfloordiv__";
    BinOp::Remainder => float_mod "__mod__", float_rmod "__rmod__";
    BinOp::Power => float_pow "__pow__", float_rpow "__rpow__";
    BinOp::Remainder => float_divmod "__divmod__", float_rdivmod "__rdivmod__";
);

binops!(BOOL_OPS, bool_binary, "bool":
    BinOp::And => bool_and "__and__", bool_rand "__rand__";
    BinOp::Or => bool_or "__or__", bool_ror "__ror__";
    BinOp::Xor => bool_xor "__xor__", bool_rxor "__rxor__";
);

const INT_OTHER: &[(&str, NativeFn)] = &[
    ("__eq__", int_eq),
    ("__ne__", int_ne),
    ("__lt__", int_lt),
    ("__le__", int_le),
    ("__gt__", int_gt),
    ("__ge__", int_ge),
    ("__neg__", int_neg),
    ("__pos__", int_pos),
    ("__abs__", int_abs),
    ("__invert__", int_invert),
    ("__bool__", int_bool),
];

const FLOAT_OTHER: &[(&str, NativeFn)] = &[
    ("__eq__", float_eq),
    ("__ne__", float_ne),
    ("__lt__", float_lt),
    ("__le__", float_le),
    ("__gt__", float_gt),
    ("__ge__", float_ge),
    ("__neg__", float_neg),
    ("__pos__", float_pos),
    ("__abs__", float_abs),
    ("__bool__", float_bool),
];

/// The operator name part of a qualified dunder name (`"int.__divmod__"`).
fn is_divmod(qual: &str) -> bool {
    qual.ends_with("divmod__")
}

/// `divmod(a, b)` on plain numbers.
fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        let zero = match b {
            Value::Float(f) => f.get() == 0.0,
            other => vm.to_bigint(other).is_some_and(|n| n == 0.into()),
        };
        if zero {
            return Err(PyErr::zero_division("float divmod()"));
        }
    }
    let q = vm.binary_op(a, b, BinOp::FloorDivide, false)?;
    let r = vm.binary_op(a, b, BinOp::Remainder, false)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `pow(a, b, m)` on plain ints, through the builtin `pow`.
fn pow3(vm: &mut Vm, a: Value, b: Value, m: Value) -> PyResult<Value> {
    let Some(pow) = vm.builtins.get_str("pow") else {
        return Err(PyErr::type_error("pow() is not available"));
    };
    vm.call(&pow, &[a, b, m])
}

/// Applies `op` to two plain numbers, in the order given by `reflected`.
fn apply(vm: &mut Vm, qual: &str, x: Value, y: Value, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if is_divmod(qual) {
        return divmod(vm, &l, &r);
    }
    vm.binary_op(&l, &r, op, false)
}

/// The receiver, the other operand and the optional modulus of `__pow__`.
fn operands<'a>(qual: &str, args: &Args<'a>, op: BinOp) -> PyResult<(&'a Value, &'a Value, Option<&'a Value>)> {
    if op == BinOp::Power && !is_divmod(qual) {
        let (a, rest) = posargs(qual, args, 1, 2)?;
        return Ok((a, &rest[0], rest.get(1).filter(|m| !m.is_none())));
    }
    let (a, b) = onearg(qual, args)?;
    Ok((a, b, None))
}

fn int_binary(vm: &mut Vm, args: Args, qual: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b, modulus) = operands(qual, &args, op)?;
    let x = int_value(a).ok_or_else(|| bad_receiver(vm, qual, "int", a))?;
    let Some(y) = int_value(b) else { return Ok(Value::NotImplemented) };
    if let Some(m) = modulus {
        let Some(m) = int_value(m) else { return Ok(Value::NotImplemented) };
        let (l, r) = if reflected { (y, x) } else { (x, y) };
        return pow3(vm, l, r, m);
    }
    apply(vm, qual, x, y, op, reflected)
}

/// A float operand: a float or an int (as plain values).
fn float_operand(v: &Value) -> Option<Value> {
    match float_value(v) {
        Some(f) => Some(Value::float(f)),
        None => int_value(v),
    }
}

fn float_binary(vm: &mut Vm, args: Args, qual: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b, modulus) = operands(qual, &args, op)?;
    let x = float_value(a).ok_or_else(|| bad_receiver(vm, qual, "float", a))?;
    let Some(y) = float_operand(b) else { return Ok(Value::NotImplemented) };
    if modulus.is_some() {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    apply(vm, qual, Value::float(x), y, op, reflected)
}

/// `&`, `|`, `^` of bools give bools; with other ints, ints.
fn bool_binary(vm: &mut Vm, args: Args, qual: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b) = onearg(qual, &args)?;
    let Value::Bool(x) = a else { return Err(bad_receiver(vm, qual, "bool", a)) };
    if let Value::Bool(y) = b {
        return Ok(Value::bool(match op {
            BinOp::And => x.get() & y.get(),
            BinOp::Or => x.get() | y.get(),
            _ => x.get() ^ y.get(),
        }));
    }
    let Some(y) = int_value(b) else { return Ok(Value::NotImplemented) };
    apply(vm, qual, Value::Int(i64::from(*x)), y, op, reflected)
}

// ----- comparisons -----

fn int_compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (a, b) = onearg(qual, &args)?;
    let x = int_value(a).ok_or_else(|| bad_receiver(vm, qual, "int", a))?;
    match int_value(b) {
        Some(y) => vm.compare(&x, &y, op),
        None => Ok(Value::NotImplemented),
    }
}

fn float_compare(vm: &mut Vm, args: Args, qual: &str, op: CmpOp) -> PyResult<Value> {
    let (a, b) = onearg(qual, &args)?;
    let x = float_value(a).ok_or_else(|| bad_receiver(vm, qual, "float", a))?;
    match float_operand(b) {
        Some(y) => vm.compare(&Value::float(x), &y, op),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! comparisons {
    ($imp:ident, $ty:literal: $($f:ident $dunder:literal $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                $imp(vm, args, concat!($ty, ".", $dunder), $op)
            }
        )*
    };
}

comparisons!(int_compare, "int":
    int_eq "__eq__" CmpOp::Eq;
    int_ne "__ne__" CmpOp::Ne;
    int_lt "__lt__" CmpOp::Lt;
    int_le "__le__" CmpOp::Le;
    int_gt "__gt__" CmpOp::Gt;
    int_ge "__ge__" CmpOp::Ge;
);

comparisons!(float_compare, "float":
    float_eq "__eq__" CmpOp::Eq;
    float_ne "__ne__" CmpOp::Ne;
    float_lt "__lt__" CmpOp::Lt;
    float_le "__le__" CmpOp::Le;
    float_gt "__gt__" CmpOp::Gt;
    float_ge "__ge__" CmpOp::Ge;
);

// ----- unary operators -----

fn int_self(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<Value> {
    let a = noargs(qual, args)?;
    int_value(a).ok_or_else(|| bad_receiver(vm, qual, "int", a))
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_self(vm, &args, "int.__neg__")?;
    vm.negate(&x)
}

fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, &args, "int.__pos__")
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_self(vm, &args, "int.__abs__")?;
    let negative = vm.to_bigint(&x).is_some_and(|n| n < 0.into());
    if negative {
        vm.negate(&x)
    } else {
        Ok(x)
    }
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_self(vm, &args, "int.__invert__")?;
    vm.invert(&x)
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = int_self(vm, &args, "int.__bool__")?;
    Ok(Value::bool(vm.truthy(&x)?))
}

fn float_self(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<f64> {
    let a = noargs(qual, args)?;
    float_value(a).ok_or_else(|| bad_receiver(vm, qual, "float", a))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(-float_self(vm, &args, "float.__neg__")?))
}

fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_self(vm, &args, "float.__pos__")?))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_self(vm, &args, "float.__abs__")?.abs()))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(float_self(vm, &args, "float.__bool__")? != 0.0))
}
