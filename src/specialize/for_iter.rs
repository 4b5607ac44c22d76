//! FOR_ITER: the next item of a range, list, tuple or str iterator, or of
//! a generator, without the generic `next()` dispatch. (CPython has no str
//! form; `for ch in text` is the hot loop of text-processing snippets.)

use super::stats::FailKind;
use super::Decision;
use crate::bytecode::Op;
use crate::objects::{IterState, Value};
use crate::vm::Frame;

pub fn specialize(frame: &Frame) -> Decision {
    match frame.top() {
        Value::Iter(it) => match &*it.state.borrow() {
            IterState::Range { .. } => Ok(Op::FOR_ITER_RANGE),
            IterState::List { .. } => Ok(Op::FOR_ITER_LIST),
            IterState::Tuple { .. } => Ok(Op::FOR_ITER_TUPLE),
            IterState::Str { .. } => Ok(Op::FOR_ITER_STR),
            _ => Err(FailKind::IteratorKind),
        },
        Value::Generator(_) => Ok(Op::FOR_ITER_GEN),
        _ => Err(FailKind::IteratorKind),
    }
}

/// What a specialized FOR_ITER found.
pub enum Step {
    Item(Value),
    Exhausted,
    /// The iterator is not of the kind this form handles.
    Miss,
}

/// `ascii` is the VM's table of one-character ASCII strings.
#[inline(always)]
pub fn next_native(form: Op, it: &Value, ascii: &[Value]) -> Step {
    let Value::Iter(ni) = it else { return Step::Miss };
    let Ok(mut st) = ni.state.try_borrow_mut() else { return Step::Miss };
    match (form, &mut *st) {
        (Op::FOR_ITER_RANGE, IterState::Range { next, step, remaining }) => {
            if *remaining <= 0 {
                return Step::Exhausted;
            }
            let v = *next;
            *remaining -= 1;
            // The last step may overflow past the end; it is never read.
            *next = next.wrapping_add(*step);
            Step::Item(Value::Int(v))
        }
        (Op::FOR_ITER_LIST, IterState::List { list, idx }) => {
            let items = list.items.borrow();
            if let Some(v) = items.get(*idx) {
                let v = v.clone();
                *idx += 1;
                return Step::Item(v);
            }
            drop(items);
            // As the generic iterator: once exhausted, it lets go of the list.
            *st = IterState::Exhausted("list_iterator");
            Step::Exhausted
        }
        (Op::FOR_ITER_TUPLE, IterState::Tuple { tuple, idx }) => match tuple.items.get(*idx) {
            Some(v) => {
                *idx += 1;
                Step::Item(v.clone())
            }
            None => Step::Exhausted,
        },
        (Op::FOR_ITER_STR, IterState::Str { s, byte }) => {
            let Some(c) = s.as_str()[*byte..].chars().next() else { return Step::Exhausted };
            *byte += c.len_utf8();
            Step::Item(match ascii.get(c as usize) {
                Some(v) => v.clone(),
                None => Value::string(c.to_string()),
            })
        }
        _ => Step::Miss,
    }
}
