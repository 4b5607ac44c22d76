//! Translation of one hot loop (header .. its `JUMP_BACKWARD`) from the
//! quickened instruction stream into Cranelift IR.
//!
//! The translator abstractly interprets the loop body once, in instruction
//! order, with the types the locals have at the header (the specializer's
//! forms agree with them, or the region would not be hot in this shape).
//! Every value is a Cranelift variable of a known type: ints and floats stay
//! unboxed in registers for the whole loop, and each instruction knows its
//! operand types, so there is one type guard per value per region (at entry,
//! in `shape.rs`) and none inside. What remains inside are value guards:
//! int overflow (the machine's overflow flag), division by zero, shift
//! ranges. Each leaves through an exit block that stores the live values
//! into `regs` and returns the exit's index; the interpreter then runs that
//! same instruction itself.
//!
//! Boxed values (lists, any object) are handled by calls to Rust helpers
//! (`objects.rs`, `helpers.rs`), each followed by a side exit when the
//! helper's own guards fail. Loops containing anything else (calls other
//! than `len()`, attribute access, closures) are declined and stay
//! interpreted: a region never calls back into the VM's Python-level code,
//! so it cannot raise, and exceptions, tracebacks and generators are
//! untouched by the tier (errors are raised by the interpreter, redoing the
//! instruction a guard failed at).

use std::collections::HashMap;

use brisk::bytecode::{BinOp, CmpOp, Op};
use brisk::objects::Value;
use brisk::vm::Frame;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, Block, InstBuilder, MemFlagsData};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, Variable};

use super::shape::{iterated_list, range_state, ExitDesc, ExitKind, Shape, Ty, RANGE_REGS};

mod objects;

/// Back-edges a region runs before it leaves for the interpreter's periodic
/// check (interrupts); re-entering costs about as much as a few instructions.
pub const BACK_EDGE_BUDGET: i64 = 1 << 16;

type CValue = ir::Value;
pub type Declined = &'static str;

/// The abstract state at one instruction: the type of every tracked local
/// and of each value the region pushed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    locals: Vec<Ty>,
    stack: Vec<Ty>,
}

/// Which locals a loop uses and the jump targets inside it, from a scan.
struct Scan {
    locals: Vec<usize>,
    targets: Vec<usize>,
}

fn scan(frame: &Frame, header: usize, back_edge: usize) -> Result<Scan, Declined> {
    let mut locals = Vec::new();
    let mut targets = vec![header];
    for ip in header..=back_edge {
        let ins = frame.code.instrs[ip].get();
        if !supported(ins.op) {
            return Err(unsupported_reason(ins.op));
        }
        if matches!(ins.op.family(), Op::LOAD_FAST | Op::STORE_FAST) && !locals.contains(&(ins.arg as usize)) {
            locals.push(ins.arg as usize);
        }
        if is_jump(ins.op) {
            // A conditional jump's fall-through starts a block too.
            let conditional = matches!(ins.op, Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE);
            for t in [Some(ins.arg as usize), conditional.then_some(ip + 1)].into_iter().flatten() {
                if (header..=back_edge).contains(&t) && !targets.contains(&t) {
                    targets.push(t);
                }
            }
        }
    }
    Ok(Scan { locals, targets })
}

fn is_jump(op: Op) -> bool {
    // By family: an inner loop the tier gave up on ends in JUMP_BACKWARD_NO_JIT.
    matches!(op.family(), Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE)
}

/// Instructions a region can contain (by family: the types decide the code).
fn supported(op: Op) -> bool {
    op == Op::CALL_LEN
        || matches!(
            op.family(),
            Op::NOP
                | Op::LOAD_FAST
                | Op::STORE_FAST
                | Op::LOAD_CONST
                | Op::POP_TOP
                | Op::COPY
                | Op::SWAP
                | Op::BINARY_OP
                | Op::COMPARE_OP
                | Op::TO_BOOL
                | Op::UNARY_NOT
                | Op::UNARY_NEGATIVE
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::FOR_ITER
                | Op::BINARY_SUBSCR
                | Op::STORE_SUBSCR
                | Op::PUSH_NULL
                | Op::LOAD_GLOBAL
                | Op::LIST_APPEND
                | Op::LOAD_DEREF
        )
}

fn unsupported_reason(op: Op) -> Declined {
    match op.family() {
        Op::CALL | Op::CALL_KW | Op::CALL_FUNCTION_EX => "contains a call",
        Op::LOAD_ATTR | Op::STORE_ATTR => "contains attribute access",
        Op::LOAD_GLOBAL | Op::LOAD_NAME | Op::STORE_NAME | Op::STORE_GLOBAL => "uses globals or names",
        Op::BINARY_SUBSCR | Op::STORE_SUBSCR => "contains subscripts",
        // The family's name (a `&'static str`), so `--stats` says which.
        family => family.name(),
    }
}

/// Translates the loop into `builder`'s function `fn(regs: *mut i64) -> u32`.
pub fn translate(
    builder: FunctionBuilder<'_>,
    frame: &Frame,
    back_edge: usize,
    frontend: TargetFrontendConfig,
) -> Result<Shape, Declined> {
    let header = frame.ip;
    let scan = scan(frame, header, back_edge)?;
    let mut entry_tys = Vec::with_capacity(scan.locals.len());
    for &slot in &scan.locals {
        let ty = match frame.stack.get(slot) {
            Some(Value::Null) | None => return Err("a local is unbound at the loop header"),
            Some(v) => Ty::of(v).unwrap_or(Ty::Obj),
        };
        entry_tys.push(ty);
    }
    let head = frame.code.instrs[header].get();
    let for_iter = head.op.family() == Op::FOR_ITER;
    let range = for_iter && range_state(frame.stack.last()).is_some();
    let list_iter = for_iter && iterated_list(frame.stack.last()).is_some();
    if for_iter && !range && !list_iter {
        return Err("the loop iterates over something other than a range or list");
    }
    let shape = Shape {
        locals: scan.locals.clone(),
        entry_tys: entry_tys.clone(),
        range,
        list_iter,
        entry_depth: frame.stack.len() - frame.nlocals,
        max_depth: 0,
        exits: Vec::new(),
    };
    let mut t = Translator::new(builder, frame, header, back_edge, shape, frontend);
    t.emit_entry(&scan.targets)?;
    t.emit_body()?;
    Ok(t.finish())
}

struct Translator<'a, 'f> {
    b: FunctionBuilder<'a>,
    frame: &'f Frame,
    header: usize,
    back_edge: usize,
    shape: Shape,
    regs: CValue,
    /// The `*mut Ctx` helpers take.
    ctx: CValue,
    /// What boxed values on the stack were when compiled (by position), and
    /// boxed locals stored in the loop: samples the translator guesses item
    /// kinds from (the helpers check them).
    samples: Vec<Option<Value>>,
    local_samples: HashMap<usize, Value>,
    local_vars: Vec<[Variable; 3]>,
    stack_vars: Vec<[Variable; 3]>,
    range_vars: [Variable; RANGE_REGS],
    budget: Variable,
    blocks: HashMap<usize, Block>,
    block_states: HashMap<usize, State>,
    /// Exit blocks created by the current instruction, filled after it.
    pending: Vec<(Block, ExitDesc)>,
    frontend: TargetFrontendConfig,
}

impl<'a, 'f> Translator<'a, 'f> {
    fn new(
        mut b: FunctionBuilder<'a>,
        frame: &'f Frame,
        header: usize,
        back_edge: usize,
        shape: Shape,
        frontend: TargetFrontendConfig,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let regs = b.block_params(entry)[0];
        let ctx = b.block_params(entry)[1];
        let local_vars = shape.locals.iter().map(|_| Self::typed_vars(&mut b)).collect();
        let range_vars = [b.declare_var(types::I64), b.declare_var(types::I64), b.declare_var(types::I64)];
        let budget = b.declare_var(types::I64);
        Translator {
            b,
            frame,
            header,
            back_edge,
            shape,
            regs,
            ctx,
            samples: Vec::new(),
            local_samples: HashMap::new(),
            local_vars,
            stack_vars: Vec::new(),
            range_vars,
            budget,
            blocks: HashMap::new(),
            block_states: HashMap::new(),
            pending: Vec::new(),
            frontend,
        }
    }

    /// One variable per type a slot can hold (a local may change type in the loop).
    fn typed_vars(b: &mut FunctionBuilder<'_>) -> [Variable; 3] {
        Ty::ALL.map(|ty| b.declare_var(Self::clif_ty(ty)))
    }

    fn clif_ty(ty: Ty) -> ir::Type {
        match ty {
            Ty::Float => types::F64,
            _ => types::I64,
        }
    }

    fn local_var(&self, k: usize, ty: Ty) -> Variable {
        self.local_vars[k][ty.index()]
    }

    fn stack_var(&mut self, p: usize, ty: Ty) -> Variable {
        while self.stack_vars.len() <= p {
            let vars = Self::typed_vars(&mut self.b);
            self.stack_vars.push(vars);
        }
        self.stack_vars[p][ty.index()]
    }

    /// Register-file accesses: aligned and always in bounds (the file is
    /// sized from the shape), so they never trap.
    fn reg_flags() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    fn reg_offset(i: usize) -> i32 {
        (i * 8) as i32
    }

    fn load_reg(&mut self, i: usize, ty: ir::Type) -> CValue {
        self.b.ins().load(ty, Self::reg_flags(), self.regs, Self::reg_offset(i))
    }

    fn store_reg(&mut self, i: usize, v: CValue) {
        self.b.ins().store(Self::reg_flags(), v, self.regs, Self::reg_offset(i));
    }

    /// The entry block: registers into variables, then the loop header.
    fn emit_entry(&mut self, targets: &[usize]) -> Result<(), Declined> {
        for k in 0..self.shape.locals.len() {
            let ty = self.shape.entry_tys[k];
            if !ty.unboxed() {
                continue;
            }
            let v = self.load_reg(k, Self::clif_ty(ty));
            let var = self.local_var(k, ty);
            self.b.def_var(var, v);
        }
        if self.shape.range {
            for i in 0..RANGE_REGS {
                let v = self.load_reg(self.shape.range_base() + i, types::I64);
                self.b.def_var(self.range_vars[i], v);
            }
        }
        let budget = self.b.ins().iconst(types::I64, BACK_EDGE_BUDGET);
        self.b.def_var(self.budget, budget);
        for &t in targets {
            let blk = self.b.create_block();
            self.blocks.insert(t, blk);
        }
        let entry_state = State { locals: self.shape.entry_tys.clone(), stack: Vec::new() };
        self.block_states.insert(self.header, entry_state);
        let head = self.blocks[&self.header];
        self.b.ins().jump(head, &[]);
        Ok(())
    }

    fn emit_body(&mut self) -> Result<(), Declined> {
        let mut cur: Option<State> = None;
        for ip in self.header..=self.back_edge {
            if let Some(&blk) = self.blocks.get(&ip) {
                match (cur.take(), self.block_states.get(&ip).cloned()) {
                    (Some(st), Some(known)) => {
                        if st != known {
                            return Err("types differ where control flow merges");
                        }
                        self.b.ins().jump(blk, &[]);
                    }
                    (Some(st), None) => {
                        self.b.ins().jump(blk, &[]);
                        self.block_states.insert(ip, st);
                    }
                    (None, Some(_)) => {}
                    // Nothing reaches this instruction yet: a later backward
                    // jump to it would find no state and decline.
                    (None, None) => continue,
                }
                self.b.switch_to_block(blk);
                cur = self.block_states.get(&ip).cloned();
            }
            let Some(st) = cur.take() else { continue };
            cur = self.instruction(ip, st)?;
            self.fill_pending();
        }
        if let Some(st) = cur {
            // Falls off the end of the region: hand over after the back-edge.
            let blk = self.exit_block(self.back_edge + 1, ExitKind::LoopDone, &st);
            self.b.ins().jump(blk, &[]);
            self.fill_pending();
        }
        Ok(())
    }

    fn finish(mut self) -> Shape {
        self.b.seal_all_blocks();
        let shape = std::mem::take(&mut self.shape);
        self.b.finalize(self.frontend);
        shape
    }

    /// A block that leaves the region at `ip` with state `st`; filled after
    /// the current instruction's terminator.
    fn exit_block(&mut self, ip: usize, kind: ExitKind, st: &State) -> Block {
        let blk = self.b.create_block();
        let desc = ExitDesc { ip, kind, local_tys: st.locals.clone(), stack: st.stack.clone() };
        self.pending.push((blk, desc));
        blk
    }

    fn fill_pending(&mut self) {
        for (blk, desc) in std::mem::take(&mut self.pending) {
            self.b.switch_to_block(blk);
            for (k, &ty) in desc.local_tys.iter().enumerate() {
                if !ty.unboxed() {
                    continue;
                }
                let v = self.b.use_var(self.local_var(k, ty));
                self.store_reg(k, v);
            }
            if self.shape.range {
                for i in 0..RANGE_REGS {
                    let v = self.b.use_var(self.range_vars[i]);
                    self.store_reg(self.shape.range_base() + i, v);
                }
            }
            for (p, &ty) in desc.stack.iter().enumerate() {
                if !ty.unboxed() {
                    continue;
                }
                let var = self.stack_var(p, ty);
                let v = self.b.use_var(var);
                self.store_reg(self.shape.stack_base() + p, v);
            }
            let index = self.b.ins().iconst(types::I32, self.shape.exits.len() as i64);
            self.b.ins().return_(&[index]);
            self.shape.exits.push(desc);
        }
    }

    /// The block to branch to for a jump to `target` with state `st`.
    fn edge(&mut self, from: usize, target: usize, st: &State) -> Result<Block, Declined> {
        if !(self.header..=self.back_edge).contains(&target) {
            return Ok(self.exit_block(target, ExitKind::LoopDone, st));
        }
        let blk = self.blocks[&target];
        match self.block_states.get(&target) {
            Some(known) if known != st => Err("types differ where control flow merges"),
            Some(_) => Ok(blk),
            None if target <= from => Err("a backward jump into code not yet seen"),
            None => {
                self.block_states.insert(target, st.clone());
                Ok(blk)
            }
        }
    }

    fn push(&mut self, st: &mut State, ty: Ty, v: CValue) {
        let p = st.stack.len();
        self.set_sample(p, None);
        let var = self.stack_var(p, ty);
        self.b.def_var(var, v);
        st.stack.push(ty);
        self.shape.max_depth = self.shape.max_depth.max(st.stack.len());
    }

    fn pop(&mut self, st: &mut State) -> Result<(Ty, CValue), Declined> {
        let ty = st.stack.pop().ok_or("pops a value the loop did not push")?;
        if !ty.unboxed() {
            // Boxed values are not in variables: a placeholder the callers
            // that accept them ignore.
            return Ok((ty, self.b.ins().iconst(types::I64, 0)));
        }
        let var = self.stack_var(st.stack.len(), ty);
        Ok((ty, self.b.use_var(var)))
    }

    /// Branches to an exit at `ip` (state `before`) when `cond` is set and
    /// continues in a fresh block otherwise.
    fn guard(&mut self, cond: CValue, ip: usize, kind: ExitKind, before: &State) {
        let exit = self.exit_block(ip, kind, before);
        let cont = self.b.create_block();
        self.b.ins().brif(cond, exit, &[], cont, &[]);
        self.fill_pending();
        self.b.switch_to_block(cont);
    }

    /// Emits one instruction; returns the state after it, or `None` when
    /// control does not fall through.
    fn instruction(&mut self, ip: usize, mut st: State) -> Result<Option<State>, Declined> {
        let ins = self.frame.code.instrs[ip].get();
        let arg = ins.arg;
        let before = st.clone();
        match ins.op.family() {
            Op::NOP => {}
            Op::LOAD_FAST => {
                let k = self.local_index(arg)?;
                let ty = st.locals[k];
                if ty == Ty::Obj {
                    let sample = self.local_sample(arg as usize);
                    self.push_boxed(&mut st, Ty::Local(arg), sample);
                } else {
                    let v = self.b.use_var(self.local_var(k, ty));
                    self.push(&mut st, ty, v);
                }
            }
            Op::STORE_FAST => {
                let k = self.local_index(arg)?;
                if st.stack.contains(&Ty::Local(arg)) {
                    return Err("stores a local while a copy of it is on the stack");
                }
                let (ty, v) = self.pop(&mut st)?;
                if ty.unboxed() {
                    if st.locals[k] == Ty::Obj {
                        return Err("a local changes from an object to a number");
                    }
                    self.b.def_var(self.local_var(k, ty), v);
                    st.locals[k] = ty;
                } else {
                    self.store_boxed_local(ip, arg, ty, &st, &before)?;
                    st.locals[k] = Ty::Obj;
                }
            }
            Op::LOAD_CONST => {
                let (ty, v) = match self.frame.code.consts.get(arg as usize) {
                    Some(Value::Int(i)) => (Ty::Int, self.b.ins().iconst(types::I64, *i)),
                    Some(Value::Float(f)) => (Ty::Float, self.b.ins().f64const(f.get())),
                    Some(Value::Bool(b)) => (Ty::Bool, self.b.ins().iconst(types::I64, i64::from(*b))),
                    _ => return Err("loads a constant that is not an int, float or bool"),
                };
                self.push(&mut st, ty, v);
            }
            Op::POP_TOP => {
                self.pop(&mut st)?;
            }
            Op::COPY => {
                let n = arg as usize;
                if n == 0 || n > st.stack.len() {
                    return Err("copies a value the loop did not push");
                }
                let p = st.stack.len() - n;
                let ty = st.stack[p];
                if !ty.unboxed() {
                    self.copy_boxed(&mut st, p);
                    return Ok(Some(st));
                }
                let var = self.stack_var(p, ty);
                let v = self.b.use_var(var);
                self.push(&mut st, ty, v);
            }
            Op::SWAP => {
                let n = arg as usize;
                if n < 2 || n > st.stack.len() {
                    return Err("swaps a value the loop did not push");
                }
                let (top, low) = (st.stack.len() - 1, st.stack.len() - n);
                let (tt, lt) = (st.stack[top], st.stack[low]);
                if tt == Ty::Obj || lt == Ty::Obj {
                    self.swap_boxed(top, low);
                }
                let a = tt.unboxed().then(|| self.stack_var(top, tt)).map(|v| self.b.use_var(v));
                let b = lt.unboxed().then(|| self.stack_var(low, lt)).map(|v| self.b.use_var(v));
                if let Some(b) = b {
                    let ntop = self.stack_var(top, lt);
                    self.b.def_var(ntop, b);
                }
                if let Some(a) = a {
                    let nlow = self.stack_var(low, tt);
                    self.b.def_var(nlow, a);
                }
                st.stack.swap(top, low);
                self.swap_samples(top, low);
            }
            Op::BINARY_OP => {
                let (rt, r) = self.pop(&mut st)?;
                let (lt, l) = self.pop(&mut st)?;
                let (op, _) = BinOp::decode(arg);
                let (ty, v) = self.binary(op, (lt, l), (rt, r), ip, &before)?;
                self.push(&mut st, ty, v);
            }
            Op::COMPARE_OP => {
                let (rt, r) = self.pop(&mut st)?;
                let (lt, l) = self.pop(&mut st)?;
                let v = self.compare(CmpOp::from_arg(arg), (lt, l), (rt, r))?;
                self.push(&mut st, Ty::Bool, v);
            }
            Op::TO_BOOL => {
                let (ty, v) = self.pop(&mut st)?;
                if !ty.unboxed() {
                    return Err("truth of an object");
                }
                let b = self.truth(ty, v);
                self.push(&mut st, Ty::Bool, b);
            }
            Op::UNARY_NOT => {
                let (ty, v) = self.pop(&mut st)?;
                if ty != Ty::Bool {
                    return Err("`not` of a value that is not a bool");
                }
                let r = self.b.ins().bxor_imm_s(v, 1);
                self.push(&mut st, Ty::Bool, r);
            }
            Op::UNARY_NEGATIVE => {
                let (ty, v) = self.pop(&mut st)?;
                let r = match ty {
                    Ty::Int => {
                        let min = self.b.ins().icmp_imm_s(IntCC::Equal, v, i64::MIN);
                        self.guard(min, ip, ExitKind::Overflow, &before);
                        self.b.ins().ineg(v)
                    }
                    Ty::Float => self.b.ins().fneg(v),
                    _ => return Err("negates a bool or an object"),
                };
                self.push(&mut st, ty, r);
            }
            Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                let (ty, v) = self.pop(&mut st)?;
                if !ty.unboxed() {
                    return Err("branches on the truth of an object");
                }
                let cond = self.truth(ty, v);
                let taken = self.edge(ip, arg as usize, &st)?;
                let next = self.edge(ip, ip + 1, &st)?;
                if ins.op.family() == Op::POP_JUMP_IF_TRUE {
                    self.b.ins().brif(cond, taken, &[], next, &[]);
                } else {
                    self.b.ins().brif(cond, next, &[], taken, &[]);
                }
                return Ok(None);
            }
            Op::JUMP_FORWARD => {
                let blk = self.edge(ip, arg as usize, &st)?;
                self.b.ins().jump(blk, &[]);
                return Ok(None);
            }
            Op::JUMP_BACKWARD => {
                self.back_jump(ip, arg as usize, &st)?;
                return Ok(None);
            }
            Op::FOR_ITER => {
                if ip != self.header || !(self.shape.range || self.shape.list_iter) {
                    return Err("a FOR_ITER that is not the loop header");
                }
                if self.shape.range {
                    self.range_next(ip, &mut st, &before);
                } else {
                    self.list_next(ip, &mut st, &before);
                }
            }
            Op::BINARY_SUBSCR => self.subscr(ip, &mut st, &before)?,
            Op::STORE_SUBSCR => self.store_subscr(ip, &mut st, &before)?,
            Op::PUSH_NULL => self.push_boxed(&mut st, Ty::Null, None),
            Op::LIST_APPEND => self.list_append(ip, arg as usize, &mut st, &before)?,
            Op::LOAD_DEREF => self.load_deref(ip, arg as usize, &mut st, &before),
            Op::LOAD_GLOBAL => self.load_global(ip, ins, &mut st, &before)?,
            Op::CALL if ins.op == Op::CALL_LEN && arg == 1 => self.call_len(ip, ins, &mut st, &before)?,
            _ => return Err("contains an instruction the tier does not compile"),
        }
        Ok(Some(st))
    }

    fn local_index(&self, slot: u32) -> Result<usize, Declined> {
        self.shape.locals.iter().position(|&s| s == slot as usize).ok_or("an untracked local")
    }

    /// A backward jump counts down the budget; at zero the region exits at
    /// the `JUMP_BACKWARD` itself so the interpreter runs its periodic check.
    fn back_jump(&mut self, ip: usize, target: usize, st: &State) -> Result<(), Declined> {
        let blk = self.edge(ip, target, st)?;
        let left = self.b.use_var(self.budget);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.def_var(self.budget, left);
        let out = self.exit_block(ip, ExitKind::Budget, st);
        self.b.ins().brif(left, blk, &[], out, &[]);
        Ok(())
    }

    /// FOR_ITER over the header's range iterator, kept in three registers.
    fn range_next(&mut self, ip: usize, st: &mut State, before: &State) {
        let [next_var, step_var, left_var] = self.range_vars;
        let left = self.b.use_var(left_var);
        let done = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
        // Exhausted: the interpreter's FOR_ITER pops the iterator and jumps.
        self.guard(done, ip, ExitKind::RangeDone, before);
        let next = self.b.use_var(next_var);
        let step = self.b.use_var(step_var);
        let after = self.b.ins().iadd(next, step);
        self.b.def_var(next_var, after);
        let left = self.b.ins().iadd_imm_s(left, -1);
        self.b.def_var(left_var, left);
        self.push(st, Ty::Int, next);
    }

    /// Python truth of an unboxed value, as 0 or 1.
    fn truth(&mut self, ty: Ty, v: CValue) -> CValue {
        let flag = match ty {
            Ty::Bool | Ty::Obj | Ty::Local(_) | Ty::Null => return v,
            Ty::Int => self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0),
            Ty::Float => {
                let zero = self.b.ins().f64const(0.0);
                // NaN is true: unordered-or-not-equal.
                self.b.ins().fcmp(FloatCC::NotEqual, v, zero)
            }
        };
        self.b.ins().uextend(types::I64, flag)
    }

    fn compare(&mut self, op: CmpOp, l: (Ty, CValue), r: (Ty, CValue)) -> Result<CValue, Declined> {
        let flag = match (l.0, r.0) {
            (Ty::Int, Ty::Int) => {
                let cc = match op {
                    CmpOp::Lt => IntCC::SignedLessThan,
                    CmpOp::Le => IntCC::SignedLessThanOrEqual,
                    CmpOp::Eq => IntCC::Equal,
                    CmpOp::Ne => IntCC::NotEqual,
                    CmpOp::Gt => IntCC::SignedGreaterThan,
                    CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, l.1, r.1)
            }
            (Ty::Float, Ty::Float) => {
                // Ordered comparisons are false with a NaN; != is true (as Python).
                let cc = match op {
                    CmpOp::Lt => FloatCC::LessThan,
                    CmpOp::Le => FloatCC::LessThanOrEqual,
                    CmpOp::Eq => FloatCC::Equal,
                    CmpOp::Ne => FloatCC::NotEqual,
                    CmpOp::Gt => FloatCC::GreaterThan,
                    CmpOp::Ge => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, l.1, r.1)
            }
            _ => return Err("compares values of different kinds"),
        };
        Ok(self.b.ins().uextend(types::I64, flag))
    }

    fn binary(
        &mut self,
        op: BinOp,
        l: (Ty, CValue),
        r: (Ty, CValue),
        ip: usize,
        before: &State,
    ) -> Result<(Ty, CValue), Declined> {
        match (l.0, r.0) {
            (Ty::Int, Ty::Int) => self.int_binary(op, l.1, r.1, ip, before),
            (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int) if op == BinOp::Power => {
                Err("a power of mixed ints and floats")
            }
            (Ty::Float, Ty::Float) | (Ty::Float, Ty::Int) | (Ty::Int, Ty::Float) => {
                let x = self.as_float(l);
                let y = self.as_float(r);
                self.float_binary(op, x, y, ip, before).map(|v| (Ty::Float, v))
            }
            _ => Err("arithmetic on bools or objects"),
        }
    }

    fn as_float(&mut self, (ty, v): (Ty, CValue)) -> CValue {
        match ty {
            // Round to nearest, as CPython's int-to-float conversion.
            Ty::Int => self.b.ins().fcvt_from_sint(types::F64, v),
            _ => v,
        }
    }

    fn float_binary(&mut self, op: BinOp, x: CValue, y: CValue, ip: usize, before: &State) -> Result<CValue, Declined> {
        Ok(match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Subtract => self.b.ins().fsub(x, y),
            BinOp::Multiply => self.b.ins().fmul(x, y),
            BinOp::TrueDivide => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                // ZeroDivisionError is the interpreter's to raise.
                self.guard(is_zero, ip, ExitKind::OperandCheck, before);
                self.b.ins().fdiv(x, y)
            }
            BinOp::Power => self.float_pow(x, y, ip, before),
            _ => return Err("a float operator the tier does not compile"),
        })
    }

    fn int_binary(
        &mut self,
        op: BinOp,
        x: CValue,
        y: CValue,
        ip: usize,
        before: &State,
    ) -> Result<(Ty, CValue), Declined> {
        let v = match op {
            BinOp::Add | BinOp::Subtract | BinOp::Multiply => {
                let (v, overflow) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(x, y),
                    BinOp::Subtract => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.guard(overflow, ip, ExitKind::Overflow, before);
                v
            }
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::FloorDivide | BinOp::Remainder => self.int_division(op, x, y, ip, before),
            BinOp::TrueDivide => return self.int_true_divide(x, y, ip, before).map(|v| (Ty::Float, v)),
            BinOp::RShift => {
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.guard(negative, ip, ExitKind::OperandCheck, before);
                let max = self.b.ins().iconst(types::I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, y, max);
                let amount = self.b.ins().select(big, max, y);
                self.b.ins().sshr(x, amount)
            }
            BinOp::LShift => {
                // 0 <= y < 63 and no bits lost, else the interpreter decides.
                let out_of_range = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, y, 63);
                self.guard(out_of_range, ip, ExitKind::OperandCheck, before);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.guard(lost, ip, ExitKind::Overflow, before);
                r
            }
            _ => return Err("an int operator the tier does not compile"),
        };
        Ok((Ty::Int, v))
    }

    /// Python's floor division and modulo (results rounded towards minus
    /// infinity), after guards for a zero divisor and MIN // -1.
    fn int_division(&mut self, op: BinOp, x: CValue, y: CValue, ip: usize, before: &State) -> CValue {
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        self.guard(zero, ip, ExitKind::OperandCheck, before);
        let x_min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
        let y_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let both = self.b.ins().band(x_min, y_m1);
        self.guard(both, ip, ExitKind::Overflow, before);
        let q = self.b.ins().sdiv(x, y);
        let r = self.b.ins().srem(x, y);
        // The truncated remainder has the sign of x; it must take y's sign.
        let r_nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let signs = self.b.ins().bxor(r, y);
        let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let adjust = self.b.ins().band(r_nonzero, differ);
        if op == BinOp::FloorDivide {
            let q1 = self.b.ins().iadd_imm_s(q, -1);
            self.b.ins().select(adjust, q1, q)
        } else {
            let ry = self.b.ins().iadd(r, y);
            self.b.ins().select(adjust, ry, r)
        }
    }

    /// int / int, exact when both operands fit a double's 53-bit mantissa.
    fn int_true_divide(&mut self, x: CValue, y: CValue, ip: usize, before: &State) -> Result<CValue, Declined> {
        const EXACT: i64 = 1 << 53;
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        self.guard(zero, ip, ExitKind::OperandCheck, before);
        for v in [x, y] {
            let shifted = self.b.ins().iadd_imm_s(v, EXACT);
            // v + EXACT outside [0, 2 * EXACT] means |v| > EXACT.
            let outside = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, shifted, 2 * EXACT);
            self.guard(outside, ip, ExitKind::OperandCheck, before);
        }
        let fx = self.b.ins().fcvt_from_sint(types::F64, x);
        let fy = self.b.ins().fcvt_from_sint(types::F64, y);
        Ok(self.b.ins().fdiv(fx, fy))
    }
}
