//! Arithmetic and comparison: the generic paths of BINARY_OP, COMPARE_OP
//! and the unary operators, with Python's int/float semantics (floor
//! division and modulo round toward negative infinity; ints never overflow).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use super::error::unsupported_operands;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{PyResult, Value};

/// Largest result size (in bits) we let `**` and `<<` build.
const MAX_INT_BITS: u64 = 1 << 27;

fn int_floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

fn int_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if a == i64::MIN && b == -1 {
        return Some(0);
    }
    let r = a % b;
    Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    // As CPython's float_divmod: the quotient from the unadjusted fmod, less
    // one when the remainder takes the divisor's sign (`-5 // inf` is -1.0).
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && (b < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    if div == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    }
}

pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Converts a big integer to float with CPython's overflow error.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(PyErr::overflow("int too large to convert to float"));
    }
    Ok(f)
}

fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(f.get())),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(f64::from(u8::from(*b)))),
        Value::BigInt(b) => Some(big_to_f64(b)),
        _ => None,
    }
}

fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(PyErr::value_error(
            "complex results are not supported yet (negative number to a fractional power)",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::new(ExcType::OverflowError, "(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Arithmetic on two ints (inline or big).
fn int_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Subtract => x.checked_sub(y),
            BinOp::Multiply => x.checked_mul(y),
            BinOp::FloorDivide => {
                if y == 0 {
                    return Err(PyErr::zero_division("integer division or modulo by zero"));
                }
                int_floordiv(x, y)
            }
            BinOp::Remainder => {
                if y == 0 {
                    return Err(PyErr::zero_division("integer modulo by zero"));
                }
                int_mod(x, y)
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::TrueDivide => {
                if y == 0 {
                    return Err(PyErr::zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::float(x as f64 / y as f64));
                }
                None
            }
            BinOp::Power => {
                if y < 0 {
                    if x == 0 {
                        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return float_pow(x as f64, y as f64);
                }
                u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
            }
            BinOp::MatMul => return Err(unsupported_operands("@", "int", "int")),
        };
        if let Some(r) = fast {
            return Ok(Value::Int(r));
        }
    }
    let (Some(x), Some(y)) = (as_big(a), as_big(b)) else {
        return Err(PyErr::type_error("bad operand"));
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::FloorDivide => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Remainder => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let s = y.to_u64().filter(|s| *s + x.bits() <= MAX_INT_BITS).ok_or_else(PyErr::memory_error)?;
            if x.is_zero() {
                BigInt::zero()
            } else {
                x << s
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < x.bits() + 1 => x >> s,
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::TrueDivide => {
            if y.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            return Ok(Value::float(big_true_div(&x, &y)?));
        }
        BinOp::Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
                }
                return float_pow(big_to_f64(&x)?, big_to_f64(&y)?);
            }
            let e = y.to_u64().ok_or_else(PyErr::memory_error)?;
            if x.bits() > 1 && x.bits().saturating_mul(e) > MAX_INT_BITS {
                return Err(PyErr::memory_error());
            }
            if x.bits() <= 1 {
                // 0, 1, -1 to any power.
                if x.is_zero() {
                    if e == 0 {
                        BigInt::from(1)
                    } else {
                        BigInt::zero()
                    }
                } else if x.is_negative() && e % 2 == 1 {
                    BigInt::from(-1)
                } else {
                    BigInt::from(1)
                }
            } else {
                Pow::pow(x, e)
            }
        }
        BinOp::MatMul => return Err(unsupported_operands("@", "int", "int")),
    };
    Ok(Value::bigint(r))
}

/// Correctly rounded big-int true division (as CPython: exact when both fit).
fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
    }
    // Scale so the quotient has 64+ significant bits, then convert.
    let shift = (y.bits() as i64 - x.bits() as i64 + 64).max(0) as u64;
    let q = (x << shift) / y;
    let f = q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
    if f.is_infinite() {
        return Err(PyErr::overflow("integer division result too large for a float"));
    }
    Ok(f)
}

fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Remainder => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Power => return float_pow(x, y),
        _ => return Err(PyErr::type_error("bad operand")),
    }))
}

/// The size of one list or tuple slot.
const VALUE_SIZE: usize = std::mem::size_of::<Value>();

fn repeat_count(n: &Value) -> Option<i64> {
    match n {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::BigInt(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
        _ => None,
    }
}

/// Guards sequence repetition of `len` items of `item_size` bytes against
/// the memory limit (raises MemoryError before allocating).
fn check_repeat(len: usize, n: i64, item_size: usize) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    let count = usize::try_from(n).map_err(|_| PyErr::memory_error())?;
    let items = len.checked_mul(count).ok_or_else(PyErr::memory_error)?;
    crate::memory::reserve_items(items, item_size)?;
    Ok(count)
}

impl Vm {
    /// The generic BINARY_OP: builtin fast paths, then dunders.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        // In-place operators on mutable containers must update the object itself.
        if !inplace || !matches!(a, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
            if let Some(r) = self.builtin_binary(a, b, op)? {
                return Ok(r);
            }
        }
        if inplace {
            if let Value::List(l) = a {
                if op == BinOp::Add {
                    let items = self
                        .collect(b)
                        .map_err(|_| PyErr::type_error(format!("'{}' object is not iterable", self.type_name(b))))?;
                    l.items.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                if op == BinOp::Multiply {
                    if let Some(n) = repeat_count(b) {
                        let snapshot = l.snapshot();
                        let n = check_repeat(snapshot.len(), n, VALUE_SIZE)?;
                        let mut items = l.items.borrow_mut();
                        items.clear();
                        for _ in 0..n {
                            items.extend(snapshot.iter().cloned());
                        }
                        return Ok(a.clone());
                    }
                }
            }
        }
        self.dunder_binary(a, b, op, inplace)
    }

    /// Operations between builtin types; `None` when not applicable.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::bool(x.get() & y.get()))),
                BinOp::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
                BinOp::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        if is_int(a) && is_int(b) {
            return int_op(a, b, op).map(Some);
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
                if matches!(
                    op,
                    BinOp::Add
                        | BinOp::Subtract
                        | BinOp::Multiply
                        | BinOp::TrueDivide
                        | BinOp::FloorDivide
                        | BinOp::Remainder
                        | BinOp::Power
                ) {
                    let (x, y) = (x?, y?);
                    if op == BinOp::Power && x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                        // As CPython: a negative base to a fractional power is complex.
                        return self.complex_power(x, y).map(Some);
                    }
                    return float_op(x, y, op).map(Some);
                }
                return Ok(None);
            }
        }
        match (a, b, op) {
            (Value::Str(x), Value::Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(Value::string(s)))
            }
            (Value::Str(s), n, BinOp::Multiply) | (n, Value::Str(s), BinOp::Multiply) if repeat_count(n).is_some() => {
                let n = check_repeat(s.as_str().len(), repeat_count(n).unwrap_or(0), 1)?;
                Ok(Some(Value::string(s.as_str().repeat(n))))
            }
            (Value::Str(s), args, BinOp::Remainder) => {
                crate::builtins::percent_format(self, s.as_str(), args).map(Some)
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                let mut items = x.snapshot();
                items.extend(y.items.borrow().iter().cloned());
                Ok(Some(Value::list(items)))
            }
            (Value::List(l), n, BinOp::Multiply) | (n, Value::List(l), BinOp::Multiply)
                if repeat_count(n).is_some() =>
            {
                let items = l.snapshot();
                let n = check_repeat(items.len(), repeat_count(n).unwrap_or(0), VALUE_SIZE)?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Ok(Some(Value::list(out)))
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                let mut items = x.items.to_vec();
                items.extend(y.items.iter().cloned());
                Ok(Some(Value::tuple(items)))
            }
            (Value::Tuple(t), n, BinOp::Multiply) | (n, Value::Tuple(t), BinOp::Multiply)
                if repeat_count(n).is_some() =>
            {
                let n = check_repeat(t.items.len(), repeat_count(n).unwrap_or(0), VALUE_SIZE)?;
                let mut out = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    out.extend(t.items.iter().cloned());
                }
                Ok(Some(Value::tuple(out)))
            }
            (Value::Bytes(x), Value::Bytes(y), BinOp::Add) => {
                let mut d = x.data.to_vec();
                d.extend_from_slice(&y.data);
                Ok(Some(Value::Bytes(Rc::new(crate::objects::PyBytes { data: d.into_boxed_slice() }))))
            }
            (Value::Bytes(x), n, BinOp::Multiply) if repeat_count(n).is_some() => {
                let n = check_repeat(x.data.len(), repeat_count(n).unwrap_or(0), 1)?;
                Ok(Some(Value::Bytes(Rc::new(crate::objects::PyBytes { data: x.data.repeat(n).into_boxed_slice() }))))
            }
            (Value::Set(_), Value::Set(_), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                crate::builtins::set_operator(self, a, b, op).map(Some)
            }
            (Value::DictView(_), _, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
                crate::builtins::set_operator(self, a, b, op).map(Some)
            }
            (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
                let d = Rc::new(crate::objects::PyDict::from_table(x.table.borrow().clone()));
                self.dict_update_from(&d, &Value::Dict(y.clone()), false)?;
                Ok(Some(Value::Dict(d)))
            }
            _ => Ok(None),
        }
    }

    fn dunder_binary(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        let (name, rname, iname) = op.dunders();
        if inplace {
            if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method wins over the base's normal one.
        let try_reflected_first =
            !Rc::ptr_eq(&ta, &tb) && crate::objects::Class::is_subclass(&tb, &ta) && tb.lookup(rname).is_some();
        if try_reflected_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !try_reflected_first && !Rc::ptr_eq(&ta, &tb) {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Builtin subclasses fall back to their builtin value.
        let (ba, bb) = (a.builtin_base(), b.builtin_base());
        if !ba.is(a) || !bb.is(b) {
            if let Some(r) = self.builtin_binary(&ba, &bb, op)? {
                return Ok(r);
            }
        }
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_owned() };
        if op == BinOp::Power && !inplace {
            return Err(unsupported_operands("** or pow()", &self.type_name(a), &self.type_name(b)));
        }
        if let (Value::Str(_), BinOp::Add) = (a, op) {
            return Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b))));
        }
        if let (Value::List(_), BinOp::Add) = (a, op) {
            return Err(PyErr::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )));
        }
        if let (Value::Tuple(_), BinOp::Add) = (a, op) {
            return Err(PyErr::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            )));
        }
        if op == BinOp::Multiply && matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            )));
        }
        if op == BinOp::Or {
            if let Some(u) = self.type_union(a, b)? {
                return Ok(u);
            }
        }
        Err(unsupported_operands(&sym, &self.type_name(a), &self.type_name(b)))
    }

    pub fn negate(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-i64::from(*b))),
            Value::BigInt(b) => Ok(Value::bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::float(-f.get())),
            _ => self.unary_dunder(v, "__neg__", "-"),
        }
    }

    pub fn positive(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
            _ => self.unary_dunder(v, "__pos__", "+"),
        }
    }

    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!i64::from(*b))),
            Value::BigInt(b) => Ok(Value::bigint(-(**b).clone() - 1)),
            _ => self.unary_dunder(v, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
        match self.call_special(v, name, &[])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v)))),
        }
    }

    /// The generic COMPARE_OP.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let swapped = op.swapped();
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && crate::objects::Class::is_subclass(&tb, &ta);
        if reflected_first {
            if let Some(r) = self.call_special(b, swapped.dunder(), std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, op.dunder(), std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !reflected_first {
            if let Some(r) = self.call_special(b, swapped.dunder(), std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (ba, bb) = (a.builtin_base(), b.builtin_base());
        if !ba.is(a) || !bb.is(b) {
            if let Some(r) = self.builtin_compare(&ba, &bb, op)? {
                return Ok(Value::bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparisons between builtin values; `None` when not applicable.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            _ if is_int(a) && is_int(b) => Some(as_big(a).cmp(&as_big(b))),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Some(cmp_partial(x.get().partial_cmp(&y.get()), op)));
            }
            (Value::Float(x), i) | (i, Value::Float(x)) if is_int(i) => {
                let flipped = !matches!(a, Value::Float(_));
                let o = float_int_cmp(x.get(), &as_big(i).unwrap_or_default());
                let o = if flipped { o.map(Ordering::reverse) } else { o };
                return Ok(Some(cmp_partial(o, op)));
            }
            (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.data.cmp(&y.data)),
            (Value::None, Value::None) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    Some(Ordering::Equal)
                } else {
                    None
                }
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.items.to_vec(), y.items.to_vec());
                return self.seq_compare(&x, &y, op).map(Some);
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                return self.seq_compare(&x, &y, op).map(Some);
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.nested(" in comparison", |vm| vm.dict_eq(x, y))?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Value::Set(_) | Value::DictView(_), Value::Set(_) | Value::DictView(_)) => {
                return crate::builtins::set_compare(self, a, b, op);
            }
            // Bound methods are equal when bound to the same object (CPython 3.8+).
            (Value::BoundMethod(x), Value::BoundMethod(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = x.self_.is(&y.self_) && x.func.is(&y.func);
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = (x.len() == y.len())
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            _ => None,
        };
        Ok(ord.map(|o| cmp_ord(o, op)))
    }

    fn dict_eq(&mut self, x: &crate::objects::PyDict, y: &crate::objects::PyDict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match self.dict_get(y, &k)? {
                Some(v2) => {
                    if !self.eq_or_identical(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of sequences.
    pub fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        self.nested(" in comparison", |vm| vm.seq_compare_items(x, y, op))
    }

    fn seq_compare_items(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y) {
            if !self.eq_or_identical(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(p, q, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_ord(x.len().cmp(&y.len()), op))
    }
}

fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

fn cmp_partial(o: Option<std::cmp::Ordering>, op: CmpOp) -> bool {
    match o {
        Some(o) => cmp_ord(o, op),
        None => op == CmpOp::Ne,
    }
}

/// Exact comparison of a float with an integer (no rounding of the int).
fn float_int_cmp(x: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    let fl = x.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() >= 1e38 {
        num_bigint::BigInt::parse_bytes(format!("{fl:.0}").as_bytes(), 10).unwrap_or(fi)
    } else {
        fi
    };
    match fi.cmp(i) {
        std::cmp::Ordering::Equal => {
            if x > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
