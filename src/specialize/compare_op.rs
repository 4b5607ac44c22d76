//! COMPARE_OP: comparisons of two ints, two floats or two strs. No cache
//! fields are used: the operand kinds are the guard. Bools count as ints
//! (`int` is their base class and compares them as 0 and 1): flags
//! compared with `!=` are common in simulations.

use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{CmpOp, Op};
use crate::objects::Value;
use crate::vm::Frame;

pub fn specialize(frame: &Frame) -> Decision {
    match (frame.peek(2), frame.peek(1)) {
        (Value::Int(_) | Value::Bool(_), Value::Int(_) | Value::Bool(_)) => Ok(Op::COMPARE_OP_INT),
        (Value::Float(_), Value::Float(_)) => Ok(Op::COMPARE_OP_FLOAT),
        (Value::Str(_), Value::Str(_)) => Ok(Op::COMPARE_OP_STR),
        (Value::BigInt(_), _) | (_, Value::BigInt(_)) => Err(FailKind::BigInt),
        _ => Err(FailKind::OperandTypes),
    }
}

#[inline(always)]
pub fn apply<T: PartialOrd + ?Sized>(op: CmpOp, x: &T, y: &T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

#[inline(always)]
pub fn int(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(apply(CmpOp::from_arg(arg), x, y)),
        _ => int_with_bools(a, b, arg),
    }
}

/// Out of line, so that two ints take the same few instructions as before
/// bools were admitted.
#[inline(never)]
fn int_with_bools(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let small_int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    Some(apply(CmpOp::from_arg(arg), &small_int(a)?, &small_int(b)?))
}

#[inline(always)]
pub fn float(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(apply(CmpOp::from_arg(arg), &x.get(), &y.get())),
        _ => None,
    }
}

/// UTF-8 byte order is code point order, which is how Python orders strs.
#[inline(always)]
pub fn str(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(apply(CmpOp::from_arg(arg), x.as_str(), y.as_str())),
        _ => None,
    }
}
