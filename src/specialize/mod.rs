//! The specializing adaptive interpreter's decisions (PEP 659).
//!
//! Adaptive instructions count down an `InlineCache::counter`; at zero the
//! eval loop calls [`Vm::specialize`], which asks the instruction's family
//! (one file each: `binary_op.rs`, `load_attr.rs`, `call.rs`, ...) for a
//! specialized form that fits the operands it sees now. The family fills
//! the cache with what its guards need and names the form, or names why it
//! cannot (`FailKind`). The instruction is then rewritten in place.
//!
//! Specialized forms run their guards in the eval loop using the small
//! functions each family file exports; a failed guard counts a miss and
//! runs the generic form, whose counter (cooldown 52) re-specializes the
//! instruction when it reaches zero. A guard never changes the result:
//! the generic path is always correct.

pub mod binary_op;
pub mod cache;
pub mod call;
pub mod compare_op;
pub mod contains_op;
pub mod counter;
pub mod events;
pub mod for_iter;
pub mod fuse;
pub mod load_attr;
pub mod load_attr_poly;
pub mod load_global;
pub mod stats;
pub mod store_attr;
pub mod subscr;
pub mod to_bool;
pub mod unpack;

use std::rc::Rc;

use crate::bytecode::{Instr, Op};
use crate::compile::code::Code;
use crate::vm::{Frame, Vm};
use cache::{bump, InlineCache};
use counter::Counter;
use events::{Event, EventKind};
use stats::FailKind;

/// What a family's specializer answers: the form to use, or why none fits.
pub type Decision = Result<Op, FailKind>;

impl Vm {
    /// Counts one execution of a generic adaptive instruction; true when
    /// its counter has reached zero and it should be specialized first.
    #[inline(always)]
    pub(crate) fn adaptive_due(&self, code: &Code, ins: Instr) -> bool {
        let Some(c) = code.cache_of(&ins) else { return false };
        if self.options.quicken {
            let ctr = c.counter.get();
            if ctr.is_zero() {
                return true;
            }
            c.counter.set(ctr.decrement());
        }
        bump(&c.stats.generic);
        false
    }

    /// Counts a specialized form whose guards held.
    #[inline(always)]
    pub(crate) fn spec_hit(code: &Code, ins: Instr) {
        if let Some(c) = code.cache_of(&ins) {
            bump(&c.stats.hits);
        }
    }

    /// Counts a specialized form whose guards failed (the caller then runs
    /// the generic form, which counts down towards re-specializing).
    #[cold]
    pub(crate) fn spec_miss(&mut self, frame: &Frame, ins: Instr) {
        let Some(c) = frame.code.cache_of(&ins) else { return };
        bump(&c.stats.misses);
        if !c.stats.miss_logged.replace(true) {
            let ip = frame.ip.saturating_sub(1);
            self.log_event(&frame.code, ip, ins.op, ins.op, EventKind::Miss, None);
        }
    }

    /// Specializes the instruction at `ip` for the operands on the stack now
    /// (or records why it cannot), rewriting it in place.
    #[cold]
    pub(crate) fn specialize(&mut self, frame: &Frame, ip: usize) {
        let code = frame.code.clone();
        let Some(cell) = code.instrs.get(ip) else { return };
        let ins = cell.get();
        let Some(cache) = code.cache_of(&ins) else { return };
        let decision = self.choose_form(frame, ins, cache);
        match decision {
            Ok(form) => {
                cell.set(Instr { op: form, ..ins });
                cache.counter.set(Counter::cooldown());
                cache.stats.specializations.set(cache.stats.specializations.get() + 1);
                cache.stats.miss_logged.set(false);
                self.log_event(&code, ip, ins.op, form, EventKind::Specialize, None);
            }
            Err(why) => {
                let family = ins.op.family();
                cell.set(Instr { op: family, ..ins });
                cache.counter.set(cache.counter.get().backed_off());
                cache.stats.failures.set(cache.stats.failures.get() + 1);
                cache.stats.last_failure.set(Some(why));
                if ins.op.is_specialized() {
                    cache.stats.deopts.set(cache.stats.deopts.get() + 1);
                    self.log_event(&code, ip, ins.op, family, EventKind::Deopt, Some(why));
                } else {
                    self.log_event(&code, ip, ins.op, family, EventKind::Fail, Some(why));
                }
            }
        }
    }

    fn choose_form(&mut self, frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
        match ins.op.family() {
            Op::BINARY_OP => binary_op::specialize(self, frame, ins, cache),
            Op::COMPARE_OP => compare_op::specialize(frame),
            Op::CONTAINS_OP => contains_op::specialize(frame),
            Op::TO_BOOL => to_bool::specialize(self, frame, cache),
            Op::BINARY_SUBSCR => subscr::specialize_load(frame),
            Op::STORE_SUBSCR => subscr::specialize_store(frame),
            Op::UNPACK_SEQUENCE => unpack::specialize(frame, ins),
            Op::FOR_ITER => for_iter::specialize(frame),
            Op::LOAD_GLOBAL => load_global::specialize(self, frame, ins, cache),
            Op::LOAD_ATTR => {
                let before = matches!(ins.op, Op::LOAD_ATTR_METHOD_WITH_VALUES | Op::LOAD_ATTR_METHOD_POLY)
                    .then(|| load_attr_poly::MethodEntry::from_cache(cache));
                let form = load_attr::specialize(self, frame, ins, cache)?;
                Ok(load_attr_poly::widen(&frame.code, ins, before, form, cache))
            }
            Op::STORE_ATTR => store_attr::specialize(frame, ins, cache),
            Op::CALL => call::specialize(self, frame, ins, cache),
            Op::CALL_KW => call::specialize_kw(frame, ins, cache),
            Op::SEND => match frame.peek(2) {
                crate::objects::Value::Generator(_) => Ok(Op::SEND_GEN),
                _ => Err(FailKind::IteratorKind),
            },
            _ => Err(FailKind::OperandTypes),
        }
    }

    fn log_event(&mut self, code: &Rc<Code>, ip: usize, from: Op, to: Op, kind: EventKind, reason: Option<FailKind>) {
        let time_ms = self.host.now_ms() - self.started_ms;
        self.events.push(Event { time_ms, code_id: code.id, offset: ip as u32, from, to, kind, reason });
    }
}
