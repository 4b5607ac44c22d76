//! BINARY_OP: arithmetic on ints, floats and strings.
//!
//! Cache layout: `index` = the local a `BINARY_OP_INPLACE_ADD_UNICODE`
//! stores into, or the row of [`EXTENSIONS`] a `BINARY_OP_EXTEND` runs.

use super::cache::InlineCache;
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{BinOp, Instr, Op};
use crate::objects::Value;
use crate::vm::{Frame, Vm};

pub fn specialize(_vm: &Vm, frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let (op, inplace) = BinOp::decode(ins.arg);
    let (a, b) = (frame.peek(2), frame.peek(1));
    let form = match (a, b, op) {
        (Value::Int(_), Value::Int(_), BinOp::Add) => Op::BINARY_OP_ADD_INT,
        (Value::Int(_), Value::Int(_), BinOp::Subtract) => Op::BINARY_OP_SUBTRACT_INT,
        (Value::Int(_), Value::Int(_), BinOp::Multiply) => Op::BINARY_OP_MULTIPLY_INT,
        (Value::Float(_), Value::Float(_), BinOp::Add) => Op::BINARY_OP_ADD_FLOAT,
        (Value::Float(_), Value::Float(_), BinOp::Subtract) => Op::BINARY_OP_SUBTRACT_FLOAT,
        (Value::Float(_), Value::Float(_), BinOp::Multiply) => Op::BINARY_OP_MULTIPLY_FLOAT,
        (Value::Str(_), Value::Str(_), BinOp::Add) => match inplace_target(frame, a) {
            Some(local) if inplace => {
                cache.index.set(local as u32);
                Op::BINARY_OP_INPLACE_ADD_UNICODE
            }
            _ => Op::BINARY_OP_ADD_UNICODE,
        },
        _ => match EXTENSIONS.iter().position(|e| e.op == op && (e.run)(a, b).is_some()) {
            Some(row) => {
                cache.index.set(row as u32);
                Op::BINARY_OP_EXTEND
            }
            None if matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)) => return Err(FailKind::BigInt),
            None => return Err(FailKind::OperandTypes),
        },
    };
    Ok(form)
}

/// The local that `s += t` stores into right after this instruction, when
/// `s` is that local's current value (the only case where appending in
/// place is invisible to Python).
fn inplace_target(frame: &Frame, left: &Value) -> Option<usize> {
    let next = frame.code.instrs.get(frame.ip)?.get();
    // By family: the STORE_FAST may start a superinstruction.
    if next.op.family() != Op::STORE_FAST {
        return None;
    }
    let local = next.arg as usize;
    frame.stack.get(local).filter(|v| v.is(left)).map(|_| local)
}

#[inline(always)]
pub fn add_int(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.checked_add(*y).map(Value::Int),
        _ => None,
    }
}

#[inline(always)]
pub fn subtract_int(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.checked_sub(*y).map(Value::Int),
        _ => None,
    }
}

#[inline(always)]
pub fn multiply_int(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.checked_mul(*y).map(Value::Int),
        _ => None,
    }
}

#[inline(always)]
pub fn float_op(a: &Value, b: &Value, f: fn(f64, f64) -> f64) -> Option<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(Value::float(f(x.get(), y.get()))),
        _ => None,
    }
}

pub fn add_unicode(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Some(Value::string(s))
        }
        _ => None,
    }
}

/// `s += t` followed by `STORE_FAST s`: appends to `s` in place when no one
/// else holds it, and performs the store. Returns false (nothing changed)
/// when the guards fail.
pub fn inplace_add_unicode(frame: &mut Frame, local: usize) -> bool {
    let len = frame.stack.len();
    if len < 2 || local >= frame.nlocals {
        return false;
    }
    let same = match (&frame.stack[local], &frame.stack[len - 2], &frame.stack[len - 1]) {
        (Value::Str(target), Value::Str(left), Value::Str(_)) => std::rc::Rc::ptr_eq(target, left),
        _ => false,
    };
    if !same {
        return false;
    }
    let Some(Value::Str(right)) = frame.stack.pop() else { return false };
    frame.stack.pop();
    let mut target = std::mem::take(&mut frame.stack[local]);
    let appended = match &mut target {
        Value::Str(rc) => match std::rc::Rc::get_mut(rc) {
            Some(s) => {
                s.push_str(&right);
                true
            }
            None => false,
        },
        _ => false,
    };
    if !appended {
        target = add_unicode(&target, &Value::Str(right)).unwrap_or(Value::Null);
    }
    frame.stack[local] = target;
    // The STORE_FAST that follows has been done here.
    frame.ip += 1;
    true
}

/// One operator on one pair of operand kinds, beyond the named forms. The
/// function returns `None` when its operands do not fit (the guard) or when
/// the generic path must decide (division by zero, overflow).
pub struct Extension {
    pub op: BinOp,
    pub name: &'static str,
    pub run: fn(&Value, &Value) -> Option<Value>,
}

fn ints(a: &Value, b: &Value) -> Option<(i64, i64)> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some((*x, *y)),
        _ => None,
    }
}

/// Float operands, where one may be an int (converted as CPython does:
/// correctly rounded, which `as f64` is).
fn mixed_floats(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some((x.get(), y.get())),
        (Value::Float(x), Value::Int(y)) => Some((x.get(), *y as f64)),
        (Value::Int(x), Value::Float(y)) => Some((*x as f64, y.get())),
        _ => None,
    }
}

fn int_floor_div(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = ints(a, b)?;
    if y == 0 || (x == i64::MIN && y == -1) {
        return None;
    }
    let q = x / y;
    Some(Value::Int(if x % y != 0 && ((x < 0) != (y < 0)) { q - 1 } else { q }))
}

fn int_remainder(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = ints(a, b)?;
    if y == 0 || (x == i64::MIN && y == -1) {
        return None;
    }
    let r = x % y;
    Some(Value::Int(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }))
}

/// int / int is exact when both fit in a double's 53-bit mantissa.
fn int_true_div(a: &Value, b: &Value) -> Option<Value> {
    const EXACT: i64 = 1 << 53;
    let (x, y) = ints(a, b)?;
    if y == 0 || !(-EXACT..=EXACT).contains(&x) || !(-EXACT..=EXACT).contains(&y) {
        return None;
    }
    Some(Value::float(x as f64 / y as f64))
}

fn int_lshift(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = ints(a, b)?;
    if !(0..63).contains(&y) {
        return None;
    }
    let r = x.checked_shl(y as u32)?;
    (r >> y == x).then_some(Value::Int(r))
}

fn int_rshift(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = ints(a, b)?;
    if y < 0 {
        return None;
    }
    Some(Value::Int(x >> y.min(63)))
}

fn float_true_div(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = mixed_floats(a, b)?;
    (y != 0.0).then(|| Value::float(x / y))
}

/// `x ** y` for a positive finite float base and a finite exponent: the
/// result is real and libm's `pow` is what CPython calls.
fn float_power(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = mixed_floats(a, b)?;
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return None;
    }
    let r = x.powf(y);
    // Overflow raises OverflowError in CPython: the generic path decides.
    r.is_finite().then_some(Value::float(r))
}

/// `x ** n` for a small non-negative exponent that does not overflow.
fn int_power(a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = ints(a, b)?;
    let n = u32::try_from(y).ok()?;
    x.checked_pow(n).map(Value::Int)
}

pub static EXTENSIONS: &[Extension] = &[
    Extension { op: BinOp::Power, name: "float ** float", run: float_power },
    Extension { op: BinOp::Power, name: "int ** int", run: int_power },
    Extension { op: BinOp::FloorDivide, name: "int // int", run: int_floor_div },
    Extension { op: BinOp::Remainder, name: "int % int", run: int_remainder },
    Extension { op: BinOp::TrueDivide, name: "int / int", run: int_true_div },
    Extension { op: BinOp::And, name: "int & int", run: |a, b| ints(a, b).map(|(x, y)| Value::Int(x & y)) },
    Extension { op: BinOp::Or, name: "int | int", run: |a, b| ints(a, b).map(|(x, y)| Value::Int(x | y)) },
    Extension { op: BinOp::Xor, name: "int ^ int", run: |a, b| ints(a, b).map(|(x, y)| Value::Int(x ^ y)) },
    Extension { op: BinOp::LShift, name: "int << int", run: int_lshift },
    Extension { op: BinOp::RShift, name: "int >> int", run: int_rshift },
    Extension { op: BinOp::TrueDivide, name: "float / float", run: float_true_div },
    Extension {
        op: BinOp::Add,
        name: "float + int (mixed)",
        run: |a, b| mixed_floats(a, b).map(|(x, y)| Value::float(x + y)),
    },
    Extension {
        op: BinOp::Subtract,
        name: "float - int (mixed)",
        run: |a, b| mixed_floats(a, b).map(|(x, y)| Value::float(x - y)),
    },
    Extension {
        op: BinOp::Multiply,
        name: "float * int (mixed)",
        run: |a, b| mixed_floats(a, b).map(|(x, y)| Value::float(x * y)),
    },
];

/// Runs the `BINARY_OP_EXTEND` row the cache names.
#[inline]
pub fn extend(row: u32, a: &Value, b: &Value) -> Option<Value> {
    EXTENSIONS.get(row as usize).and_then(|e| (e.run)(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python() {
        for x in [-7i64, -6, -1, 0, 1, 6, 7] {
            for y in [-3i64, -2, 2, 3] {
                let q = int_floor_div(&Value::Int(x), &Value::Int(y));
                let r = int_remainder(&Value::Int(x), &Value::Int(y));
                let (Some(Value::Int(q)), Some(Value::Int(r))) = (q, r) else { panic!("no result") };
                assert_eq!(q * y + r, x, "{x} {y}");
                assert!(r == 0 || (r < 0) == (y < 0), "{x} % {y} = {r}");
                assert_eq!(q, (x as f64 / y as f64).floor() as i64);
            }
        }
        assert!(int_floor_div(&Value::Int(1), &Value::Int(0)).is_none());
        assert!(int_floor_div(&Value::Int(i64::MIN), &Value::Int(-1)).is_none());
    }

    #[test]
    fn shifts_decline_on_overflow() {
        assert!(matches!(int_lshift(&Value::Int(1), &Value::Int(62)), Some(Value::Int(x)) if x == 1 << 62));
        assert!(int_lshift(&Value::Int(3), &Value::Int(62)).is_none());
        assert!(int_lshift(&Value::Int(1), &Value::Int(-1)).is_none());
        assert!(matches!(int_rshift(&Value::Int(-1), &Value::Int(100)), Some(Value::Int(-1))));
    }
}
