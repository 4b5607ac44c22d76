//! BINARY_SUBSCR and STORE_SUBSCR: indexing lists, tuples and strs by int,
//! and dicts by any key. Out-of-range indexes miss: the generic path raises
//! the IndexError with CPython's message.

use super::stats::FailKind;
use super::Decision;
use crate::bytecode::Op;
use crate::objects::Value;
use crate::vm::Frame;

pub fn specialize_load(frame: &Frame) -> Decision {
    match (frame.peek(2), frame.peek(1)) {
        (Value::List(l), Value::Int(i)) => in_range(*i, l.len()).map(|_| Op::BINARY_SUBSCR_LIST_INT),
        (Value::Tuple(t), Value::Int(i)) => in_range(*i, t.items.len()).map(|_| Op::BINARY_SUBSCR_TUPLE_INT),
        (Value::Str(s), Value::Int(i)) => in_range(*i, s.char_len()).map(|_| Op::BINARY_SUBSCR_STR_INT),
        (Value::Dict(_), _) => Ok(Op::BINARY_SUBSCR_DICT),
        _ => Err(FailKind::OperandTypes),
    }
}

pub fn specialize_store(frame: &Frame) -> Decision {
    match (frame.peek(2), frame.peek(1)) {
        (Value::List(l), Value::Int(i)) => in_range(*i, l.len()).map(|_| Op::STORE_SUBSCR_LIST_INT),
        (Value::Dict(_), _) => Ok(Op::STORE_SUBSCR_DICT),
        _ => Err(FailKind::OperandTypes),
    }
}

fn in_range(i: i64, len: usize) -> Result<usize, FailKind> {
    index(i, len).ok_or(FailKind::OutOfRange)
}

/// A Python index (negative counts from the end) as a position, if valid.
#[inline(always)]
pub fn index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

#[inline(always)]
pub fn list_int(obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.items.borrow();
            index(*i, items.len()).map(|j| items[j].clone())
        }
        _ => None,
    }
}

#[inline(always)]
pub fn tuple_int(obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::Tuple(t), Value::Int(i)) => index(*i, t.items.len()).map(|j| t.items[j].clone()),
        _ => None,
    }
}

/// The one-character string at `key`; ASCII characters come from a
/// shared table, so indexing allocates nothing.
pub fn str_int(obj: &Value, key: &Value, ascii: &[Value]) -> Option<Value> {
    match (obj, key) {
        (Value::Str(s), Value::Int(i)) => {
            let j = index(*i, s.char_len())?;
            let ch = s.char_at(j)?;
            match ascii.get(ch as usize) {
                Some(v) => Some(v.clone()),
                None => Some(Value::string(ch.to_string())),
            }
        }
        _ => None,
    }
}

/// Stores into a list slot; false (nothing stored) when the guards fail.
#[inline(always)]
pub fn store_list_int(obj: &Value, key: &Value, value: &mut Option<Value>) -> bool {
    let (Value::List(l), Value::Int(i)) = (obj, key) else { return false };
    let old = {
        let mut items = l.items.borrow_mut();
        let Some(j) = index(*i, items.len()) else { return false };
        match value.take() {
            Some(v) => std::mem::replace(&mut items[j], v),
            None => return false,
        }
    };
    // Dropped after the borrow ends: it may run a finalizer that reads the list.
    drop(old);
    true
}
