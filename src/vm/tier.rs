//! The hook a native tier (the JIT in `native/src/jit/`) hangs off the
//! eval loop. The interpreter crate knows nothing about machine code: it
//! counts loop back-edges per `JUMP_BACKWARD` in `Code::jit_slots` and, when
//! a counter says hot, asks the tier to compile the loop; afterwards it asks
//! the tier to run the compiled region. A region always leaves the frame at
//! an instruction boundary with locals, stack and `ip` rebuilt, so the loop
//! simply continues at `frame.ip` (a side exit is just "carry on here").
//!
//! The browser build never installs a tier: `Vm::tier` stays `None` and the
//! only cost is one branch per back-edge.

use std::cell::Cell;

use super::frame::Frame;
use super::Vm;
use crate::bytecode::{Instr, Op};
use crate::compile::code::Code;

/// Per-instruction state in `Code::jit_slots` (only `JUMP_BACKWARD` uses it):
/// a back-edge count below [`REGION`], `REGION | id` once compiled, or
/// [`BLACKLISTED`] when the tier declined or gave up on the loop.
pub const REGION: u32 = 1 << 31;
pub const BLACKLISTED: u32 = u32::MAX;

/// What running a compiled region asks the interpreter to do with its slot.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Entered {
    /// The region ran (or declined this entry); keep it.
    Keep,
    /// Its guards fail too often: never enter it again from this back-edge.
    Blacklist,
    /// The region was dropped (its types changed): count again, compile anew.
    Recompile,
}

/// A native tier.
pub trait Tier {
    /// Back-edges a loop must take before it is compiled (1 compiles at the
    /// first opportunity).
    fn threshold(&self) -> u32;

    /// Compiles the loop closed by the `JUMP_BACKWARD` at `back_edge` (whose
    /// target is `frame.ip`); `frame` is the state at the loop header.
    /// Returns a region id below [`REGION`], or `None` to blacklist the loop.
    fn compile_loop(&mut self, frame: &Frame, back_edge: usize) -> Option<u32>;

    /// Runs region `id` on `frame` (positioned at the loop header). On return
    /// the frame is consistent and `frame.ip` is where the interpreter goes on.
    fn enter(&mut self, id: u32, frame: &mut Frame) -> Entered;

    /// The tier's part of the `--stats` report.
    fn report(&self) -> String;

    /// For tests and tools that know the concrete tier.
    fn as_any(&self) -> &dyn std::any::Any;
}

/// A fresh slot table for a code object with `n` instructions.
pub fn new_slots(n: usize) -> Box<[Cell<u32>]> {
    (0..n).map(|_| Cell::new(0)).collect()
}

/// Marks the loop closed at `back_edge` as never to be compiled: the slot
/// says so (for tools and a tier that looks), and the instruction becomes
/// `JUMP_BACKWARD_NO_JIT`, whose arm is the plain back-edge of `--jit=off`.
/// So a declined loop costs nothing per iteration, not even the slot load
/// and compare (measured: ~20 instructions per back-edge, 1.5% of `life`).
/// Safe to do at any time: the two forms differ only in consulting the
/// tier, the frame's `ip` already points past the instruction, and nothing
/// turns a blacklisted slot back (a region is only ever dropped for
/// recompilation, which resets the slot to 0, never from BLACKLISTED).
pub fn blacklist(code: &Code, back_edge: usize) {
    if let Some(slot) = code.jit_slots.get(back_edge) {
        slot.set(BLACKLISTED);
    }
    if let Some(cell) = code.instrs.get(back_edge) {
        let ins = cell.get();
        if ins.op == Op::JUMP_BACKWARD {
            cell.set(Instr { op: Op::JUMP_BACKWARD_NO_JIT, ..ins });
        }
    }
}

impl Vm {
    /// Called by `JUMP_BACKWARD` at `back_edge` after `frame.ip` was set to
    /// the loop header: counts, compiles when hot, or runs the region.
    #[inline]
    pub(crate) fn tier_back_edge(&mut self, frame: &mut Frame, back_edge: usize) {
        let Some(tier) = self.tier.as_mut() else { return };
        let Some(state) = frame.code.jit_slots.get(back_edge).map(Cell::get) else { return };
        let set = |frame: &Frame, v: u32| match v {
            BLACKLISTED => blacklist(&frame.code, back_edge),
            v => frame.code.jit_slots[back_edge].set(v),
        };
        if state == BLACKLISTED {
            // Blacklisted by another VM's tier sharing this code object.
            set(frame, BLACKLISTED);
            return;
        }
        if state & REGION != 0 {
            match tier.enter(state & !REGION, frame) {
                Entered::Keep => {}
                Entered::Blacklist => set(frame, BLACKLISTED),
                Entered::Recompile => set(frame, 0),
            }
            return;
        }
        if state + 1 < tier.threshold() {
            set(frame, state + 1);
            return;
        }
        match tier.compile_loop(frame, back_edge) {
            Some(id) if id < REGION => {
                set(frame, REGION | id);
                match tier.enter(id, frame) {
                    Entered::Keep => {}
                    Entered::Blacklist => set(frame, BLACKLISTED),
                    Entered::Recompile => set(frame, 0),
                }
            }
            _ => set(frame, BLACKLISTED),
        }
    }
}
