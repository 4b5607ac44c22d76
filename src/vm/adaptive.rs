//! The generic forms of the adaptive instruction families.
//!
//! Each runs the family's full semantics, and first counts down the
//! instruction's adaptive counter: at zero it asks the specializer for a
//! form that fits what it sees, and returns so the eval loop re-dispatches
//! the (possibly rewritten) instruction. Specialized forms call these when a
//! guard fails, so a miss always produces the generic result.

use super::frame::Frame;
use super::{PyErr, Vm};
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::objects::Value;

/// Small-int and float arithmetic done inline (no call, no allocation);
/// `None` sends the operation down the fully generic path. This is part of
/// the generic form: with quickening off, it is the interpreter's baseline.
#[inline]
fn inline_arith(a: &Value, b: &Value, arg: u32) -> Option<Value> {
    let (op, _) = BinOp::decode(arg);
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(*y)?,
                BinOp::Subtract => x.checked_sub(*y)?,
                BinOp::Multiply => x.checked_mul(*y)?,
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                _ => return None,
            };
            Some(Value::Int(r))
        }
        (Value::Float(x), Value::Float(y)) => Some(Value::float(match (op, x.get(), y.get()) {
            (BinOp::Add, x, y) => x + y,
            (BinOp::Subtract, x, y) => x - y,
            (BinOp::Multiply, x, y) => x * y,
            (BinOp::TrueDivide, x, y) if y != 0.0 => x / y,
            _ => return None,
        })),
        _ => None,
    }
}

impl Vm {
    /// Counts the execution; when the counter is due, specializes and asks
    /// the caller to re-dispatch (returns true).
    #[inline(always)]
    fn respecialize_first(&mut self, frame: &mut Frame, ins: Instr) -> bool {
        if self.adaptive_due(&frame.code, ins) {
            let ip = frame.ip - 1;
            self.specialize(frame, ip);
            frame.ip = ip;
            return true;
        }
        false
    }

    pub(crate) fn op_binary_op(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        if let Some(r) = inline_arith(frame.peek(2), frame.peek(1), ins.arg) {
            frame.pop().discard();
            frame.set_top(r);
            return Ok(());
        }
        let b = frame.pop();
        let a = frame.pop();
        let (op, inplace) = BinOp::decode(ins.arg);
        let r = self.binary_op(&a, &b, op, inplace)?;
        frame.push(r);
        Ok(())
    }

    pub(crate) fn op_compare_op(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        if let Some(r) = crate::specialize::compare_op::int(frame.peek(2), frame.peek(1), ins.arg) {
            frame.pop().discard();
            frame.set_top(Value::bool(r));
            return Ok(());
        }
        let b = frame.pop();
        let a = frame.pop();
        let r = self.compare(&a, &b, CmpOp::from_arg(ins.arg))?;
        frame.push(r);
        Ok(())
    }

    pub(crate) fn op_contains_op(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let container = frame.pop();
        let item = frame.pop();
        let r = self.contains(&container, &item)?;
        frame.push(Value::bool(r != (ins.arg == 1)));
        Ok(())
    }

    pub(crate) fn op_to_bool(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let v = frame.pop();
        let b = match v {
            Value::Bool(b) => b.get(),
            other => self.truthy(&other)?,
        };
        frame.push(Value::bool(b));
        Ok(())
    }

    pub(crate) fn op_binary_subscr(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let key = frame.pop();
        let obj = frame.pop();
        let r = self.get_item(&obj, &key)?;
        frame.push(r);
        Ok(())
    }

    pub(crate) fn op_store_subscr(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let key = frame.pop();
        let obj = frame.pop();
        let v = frame.pop();
        self.set_item(&obj, key, v)?;
        drop(obj);
        self.run_due_finalizers();
        Ok(())
    }

    pub(crate) fn op_unpack_sequence(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let seq = frame.pop();
        let items = self.unpack(&seq, ins.arg as usize)?;
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }

    pub(crate) fn op_for_iter(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let it = frame.top().clone();
        match self.next(&it)? {
            Some(v) => frame.push(v),
            None => {
                frame.pop();
                frame.ip = ins.arg as usize;
            }
        }
        Ok(())
    }

    pub(crate) fn op_load_global(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let name = frame.code.names[(ins.arg >> 1) as usize].clone();
        let v = self.load_global(frame, &name)?;
        frame.push(v);
        if ins.arg & 1 == 1 {
            frame.push(Value::Null);
        }
        Ok(())
    }

    pub(crate) fn op_load_attr(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let name = frame.code.names[(ins.arg >> 1) as usize].clone();
        let obj = frame.pop();
        if ins.arg & 1 == 1 {
            let (callable, self_arg) = self.load_method_name(&obj, &name)?;
            frame.push(callable);
            frame.push(self_arg.unwrap_or(Value::Null));
        } else {
            let v = self.get_attr(&obj, &name)?;
            frame.push(v);
        }
        Ok(())
    }

    pub(crate) fn op_store_attr(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let name = frame.code.names[ins.arg as usize].clone();
        let obj = frame.pop();
        let v = frame.pop();
        self.set_attr(&obj, &name, v)?;
        drop(obj);
        self.run_due_finalizers();
        Ok(())
    }

    pub(crate) fn op_call(&mut self, frame: &mut Box<Frame>, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let nkw = usize::from(ins.op.family() == crate::bytecode::Op::CALL_KW);
        if let Some(r) = self.do_call(frame, ins.arg as usize, nkw)? {
            frame.push(r);
            self.run_due_finalizers();
        }
        Ok(())
    }

    pub(crate) fn op_send(&mut self, frame: &mut Frame, ins: Instr) -> Result<(), PyErr> {
        if self.respecialize_first(frame, ins) {
            return Ok(());
        }
        let v = frame.pop();
        let it = frame.top().clone();
        match self.send(&it, v)? {
            super::generator::SendResult::Yield(y) => frame.push(y),
            super::generator::SendResult::Return(r) => {
                frame.push(r);
                frame.ip = ins.arg as usize;
            }
        }
        Ok(())
    }
}
