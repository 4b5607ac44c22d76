//! CONTAINS_OP: `x in container` for exact dicts and sets, which skip the
//! generic dispatch on the container's type.

use super::stats::FailKind;
use super::Decision;
use crate::bytecode::Op;
use crate::objects::Value;
use crate::vm::Frame;

pub fn specialize(frame: &Frame) -> Decision {
    match frame.peek(1) {
        Value::Dict(_) => Ok(Op::CONTAINS_OP_DICT),
        Value::Set(_) => Ok(Op::CONTAINS_OP_SET),
        _ => Err(FailKind::ContainerKind),
    }
}
