//! The contract between a compiled region and the interpreter's frame, in
//! safe Rust: which locals the region keeps unboxed in registers (and with
//! which types it was compiled), where each value sits in the register file
//! (`regs`, an `i64` array the machine code reads at entry and writes at
//! exit), and, for every exit, how to rebuild the frame from `regs`.
//!
//! Entry checks every tracked value's type once (the region's only type
//! guards: inside it, types are known). Exit boxes the values back into the
//! frame and sets `ip`, so the interpreter continues exactly there.

use brisk::objects::{IterState, Value};
use brisk::vm::Frame;

/// The kinds of value a region handles. Registers hold ints as `i64`,
/// floats as their bits, bools as 0 or 1; the others are boxed and never in
/// registers: `Obj` is any value, held in its frame slot (a local) or in
/// `Ctx::objs` at its stack position (a pushed value); `Local(slot)` is a
/// pushed copy of an `Obj` local not materialized (the translator keeps the
/// slot unchanged while the copy is on the stack); `Null` is the marker
/// `PUSH_NULL` and method loads push.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Obj,
    Local(u32),
    Null,
}

impl Ty {
    /// The kinds kept unboxed in registers.
    pub const ALL: [Ty; 3] = [Ty::Int, Ty::Float, Ty::Bool];

    pub fn unboxed(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    /// The type of a value a region can hold unboxed.
    pub fn of(v: &Value) -> Option<Ty> {
        match v {
            Value::Int(_) => Some(Ty::Int),
            Value::Float(_) => Some(Ty::Float),
            Value::Bool(_) => Some(Ty::Bool),
            _ => None,
        }
    }

    /// Unboxes `v` into a register word, when it has this type (the guard).
    fn unbox(self, v: &Value) -> Option<i64> {
        match (self, v) {
            (Ty::Int, Value::Int(i)) => Some(*i),
            (Ty::Float, Value::Float(f)) => Some(f.get().to_bits() as i64),
            (Ty::Bool, Value::Bool(b)) => Some(i64::from(*b)),
            // An object local may hold anything bound (helpers check kinds).
            (Ty::Obj, v) if !matches!(v, Value::Null) => Some(0),
            _ => None,
        }
    }

    /// Only called for unboxed kinds (`store_exit` handles the others).
    fn boxed(self, word: i64) -> Value {
        match self {
            Ty::Int => Value::Int(word),
            Ty::Float => Value::float(f64::from_bits(word as u64)),
            Ty::Bool => Value::bool(word != 0),
            Ty::Obj | Ty::Local(_) | Ty::Null => Value::Null,
        }
    }

    /// The variable index of an unboxed kind.
    pub fn index(self) -> usize {
        match self {
            Ty::Int => 0,
            Ty::Float => 1,
            _ => 2,
        }
    }
}

/// Why compiled code left the region (the guard that failed, or a normal exit).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExitKind {
    /// A jump out of the loop (its condition became false, or `break`).
    LoopDone,
    /// The header's range iterator is exhausted.
    RangeDone,
    /// An int operation would overflow a machine word (the interpreter goes to big ints).
    Overflow,
    /// An operand check of division, modulo or shift failed (zero, range).
    OperandCheck,
    /// The back-edge budget ran out: the interpreter runs its periodic check.
    Budget,
    /// The header's list iterator is exhausted.
    ListDone,
    /// A helper's guard on a boxed value failed (not an exact list, index
    /// out of range, an item of another kind, a value whose drop could run
    /// a finalizer, a float power that would raise).
    ObjectGuard,
}

impl ExitKind {
    pub fn name(self) -> &'static str {
        match self {
            ExitKind::LoopDone => "loop exit",
            ExitKind::RangeDone => "range exhausted",
            ExitKind::Overflow => "int overflow guard",
            ExitKind::OperandCheck => "operand guard",
            ExitKind::Budget => "back-edge budget",
            ExitKind::ListDone => "list exhausted",
            ExitKind::ObjectGuard => "object guard",
        }
    }

    /// Exits that mean a guard failed (the others are the loop's normal ends).
    pub fn is_guard(self) -> bool {
        matches!(self, ExitKind::Overflow | ExitKind::OperandCheck | ExitKind::ObjectGuard)
    }
}

/// One way out of the region: resume at `ip` with the locals' types and the
/// region's part of the value stack as given.
#[derive(Clone, Debug)]
pub struct ExitDesc {
    pub ip: usize,
    pub kind: ExitKind,
    pub local_tys: Vec<Ty>,
    pub stack: Vec<Ty>,
}

/// Registers of the header's range iterator: next value, step, items left.
pub const RANGE_REGS: usize = 3;

#[derive(Clone, Debug, Default)]
pub struct Shape {
    /// Frame slots of the tracked locals; local `k` lives in `regs[k]`.
    pub locals: Vec<usize>,
    pub entry_tys: Vec<Ty>,
    /// Whether the header is a FOR_ITER over a range iterator on top of the
    /// frame's stack; its state lives in `regs[range_base()..][..3]`.
    pub range: bool,
    /// Whether the header is a FOR_ITER over a list iterator on top of the
    /// frame's stack (advanced in place by a helper, no registers).
    pub list_iter: bool,
    /// Depth of the frame's value stack at the header.
    pub entry_depth: usize,
    /// Deepest the region's own part of the stack gets.
    pub max_depth: usize,
    pub exits: Vec<ExitDesc>,
}

impl Shape {
    pub fn range_base(&self) -> usize {
        self.locals.len()
    }

    pub fn stack_base(&self) -> usize {
        self.locals.len() + RANGE_REGS
    }

    /// Size of the register file the machine code reads and writes.
    pub fn nregs(&self) -> usize {
        self.stack_base() + self.max_depth
    }

    /// Fills `regs` from the frame at the loop header. `false` when a value
    /// no longer has the type the region was compiled for (nothing changed).
    pub fn load_entry(&self, frame: &Frame, regs: &mut [i64]) -> bool {
        if frame.stack.len() != frame.nlocals + self.entry_depth || regs.len() < self.nregs() {
            return false;
        }
        for (k, (&slot, ty)) in self.locals.iter().zip(&self.entry_tys).enumerate() {
            match frame.stack.get(slot).and_then(|v| ty.unbox(v)) {
                Some(word) => regs[k] = word,
                None => return false,
            }
        }
        if self.range {
            let Some((next, step, remaining)) = range_state(frame.stack.last()) else { return false };
            let base = self.range_base();
            regs[base..base + RANGE_REGS].copy_from_slice(&[next, step, remaining]);
        }
        if self.list_iter && !is_list_iter(frame.stack.last()) {
            return false;
        }
        true
    }

    /// Rebuilds the frame after compiled code returned `exit`; `objs` is the
    /// region's boxed stack scratch (its values are moved out).
    pub fn store_exit(&self, exit: usize, frame: &mut Frame, regs: &[i64], objs: &mut [Value]) {
        let desc = &self.exits[exit];
        for (k, (&slot, ty)) in self.locals.iter().zip(&desc.local_tys).enumerate() {
            // An object local's frame slot is already its value.
            if ty.unboxed() {
                frame.stack[slot] = ty.boxed(regs[k]);
            }
        }
        if self.range {
            let base = self.range_base();
            set_range_state(frame.stack.last(), regs[base], regs[base + 2]);
        }
        let base = self.stack_base();
        for (p, ty) in desc.stack.iter().enumerate() {
            let v = match ty {
                Ty::Obj => objs.get_mut(p).map(std::mem::take).unwrap_or_default(),
                Ty::Local(slot) => frame.stack[*slot as usize].clone(),
                Ty::Null => Value::Null,
                _ => ty.boxed(regs[base + p]),
            };
            frame.stack.push(v);
        }
        frame.ip = desc.ip;
    }
}

/// (next, step, remaining) of a range iterator.
pub fn range_state(v: Option<&Value>) -> Option<(i64, i64, i64)> {
    let Some(Value::Iter(it)) = v else { return None };
    match &*it.state.try_borrow().ok()? {
        IterState::Range { next, step, remaining } => Some((*next, *step, *remaining)),
        _ => None,
    }
}

/// Whether `v` is a list iterator (not yet exhausted).
pub fn is_list_iter(v: Option<&Value>) -> bool {
    let Some(Value::Iter(it)) = v else { return false };
    it.state.try_borrow().is_ok_and(|st| matches!(&*st, IterState::List { .. }))
}

/// The list a list iterator walks (a sample for the translator).
pub fn iterated_list(v: Option<&Value>) -> Option<Value> {
    let Some(Value::Iter(it)) = v else { return None };
    match &*it.state.try_borrow().ok()? {
        IterState::List { list, .. } => Some(Value::List(list.clone())),
        _ => None,
    }
}

/// Writes back what the region consumed of a range iterator (it is the same
/// object `load_entry` read: nothing else ran in between).
fn set_range_state(v: Option<&Value>, new_next: i64, new_remaining: i64) {
    let Some(Value::Iter(it)) = v else { return };
    if let Ok(mut st) = it.state.try_borrow_mut() {
        if let IterState::Range { next, remaining, .. } = &mut *st {
            *next = new_next;
            *remaining = new_remaining;
        }
    }
}
