//! UNPACK_SEQUENCE: `a, b = t` for tuples and lists of the right length.

use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{Instr, Op};
use crate::objects::Value;
use crate::vm::Frame;

pub fn specialize(frame: &Frame, ins: Instr) -> Decision {
    let n = ins.arg as usize;
    match frame.peek(1) {
        Value::Tuple(t) if t.items.len() == n && n == 2 => Ok(Op::UNPACK_SEQUENCE_TWO_TUPLE),
        Value::Tuple(t) if t.items.len() == n => Ok(Op::UNPACK_SEQUENCE_TUPLE),
        Value::List(l) if l.len() == n => Ok(Op::UNPACK_SEQUENCE_LIST),
        _ => Err(FailKind::SequenceKind),
    }
}

/// Replaces the sequence on top with its `n` items, the first on top.
/// Returns false, changing nothing, when the guards fail.
#[inline]
pub fn unpack(frame: &mut Frame, form: Op, n: usize) -> bool {
    let items: Vec<Value> = match (form, frame.top()) {
        (Op::UNPACK_SEQUENCE_TWO_TUPLE | Op::UNPACK_SEQUENCE_TUPLE, Value::Tuple(t)) if t.items.len() == n => {
            t.items.iter().rev().cloned().collect()
        }
        (Op::UNPACK_SEQUENCE_LIST, Value::List(l)) if l.len() == n => l.items.borrow().iter().rev().cloned().collect(),
        _ => return false,
    };
    frame.pop();
    frame.stack.extend(items);
    true
}

/// The two-tuple case without an intermediate vector.
#[inline(always)]
pub fn unpack_two(frame: &mut Frame) -> bool {
    let (a, b) = match frame.top() {
        Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
        _ => return false,
    };
    if let Some(top) = frame.stack.last_mut() {
        *top = b;
    }
    frame.push(a);
    true
}
