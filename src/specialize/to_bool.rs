//! TO_BOOL: truth of a value, for `not x` and conditions on plain values.
//!
//! Cache layout (`TO_BOOL_ALWAYS_TRUE`): `version` = the class version of
//! instances whose class has neither `__bool__` nor `__len__`.

use super::cache::InlineCache;
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::Op;
use crate::objects::Value;
use crate::vm::{Frame, Vm};

pub fn specialize(vm: &Vm, frame: &Frame, cache: &InlineCache) -> Decision {
    match frame.peek(1) {
        Value::Bool(_) => Ok(Op::TO_BOOL_BOOL),
        Value::Int(_) => Ok(Op::TO_BOOL_INT),
        Value::None => Ok(Op::TO_BOOL_NONE),
        Value::Str(_) => Ok(Op::TO_BOOL_STR),
        Value::List(_) => Ok(Op::TO_BOOL_LIST),
        v @ Value::Instance(inst) => {
            let cls = vm.type_of(v);
            let is_plain = matches!(inst.payload, crate::objects::Payload::None);
            if is_plain && cls.lookup("__bool__").is_none() && cls.lookup("__len__").is_none() {
                cache.version.set(cls.version.get());
                Ok(Op::TO_BOOL_ALWAYS_TRUE)
            } else {
                Err(FailKind::TruthKind)
            }
        }
        _ => Err(FailKind::TruthKind),
    }
}

/// The truth of `v` if it is of the kind `form` handles.
#[inline(always)]
pub fn truth(form: Op, v: &Value, cache_version: u32) -> Option<bool> {
    match (form, v) {
        (Op::TO_BOOL_BOOL, Value::Bool(b)) => Some(b.get()),
        (Op::TO_BOOL_INT, Value::Int(i)) => Some(*i != 0),
        (Op::TO_BOOL_NONE, Value::None) => Some(false),
        (Op::TO_BOOL_STR, Value::Str(s)) => Some(!s.as_str().is_empty()),
        (Op::TO_BOOL_LIST, Value::List(l)) => Some(!l.is_empty()),
        (Op::TO_BOOL_ALWAYS_TRUE, Value::Instance(i)) => {
            (i.class.borrow().version.get() == cache_version).then_some(true)
        }
        _ => None,
    }
}
