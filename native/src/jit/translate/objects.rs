//! Instructions on boxed values, translated as calls to the helpers of
//! `helpers.rs`: list and tuple indexing, list stores, the list iterator at
//! the header, locals holding objects, float powers. Every call is followed
//! by a side exit on the helper's `MISS`, at the instruction itself with the
//! state before it, so the interpreter redoes the instruction (raising,
//! dispatching to a subclass, running a finalizer) with the frame exact.
//!
//! Kinds of items are guessed from the values the loop had when compiled
//! (`samples`): a list of floats is read as floats, unboxed; the helper
//! checks each item, so a wrong guess costs a side exit, never an answer.

use brisk::bytecode::{Instr, Op};
use brisk::objects::Value;
use brisk::specialize::load_global::cached_entry;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Signature};

use super::{CValue, Declined, State, Translator};
use crate::jit::helpers::{self, WANT_BOOL, WANT_FLOAT, WANT_INT, WANT_OBJ};
use crate::jit::shape::{iterated_list, ExitKind, Ty};

/// Items of a sample looked at to guess the kind of all of them.
const SAMPLED_ITEMS: usize = 16;

/// The kind to read items of `container` as, and a sample item.
fn item_kind(container: Option<&Value>) -> (Ty, Option<Value>) {
    let items: Vec<Value> = match container {
        Some(Value::List(l)) => l.items.borrow().iter().take(SAMPLED_ITEMS).cloned().collect(),
        Some(Value::Tuple(t)) => t.items.iter().take(SAMPLED_ITEMS).cloned().collect(),
        _ => return (Ty::Obj, None),
    };
    let first = items.first().cloned();
    match first.as_ref().and_then(Ty::of) {
        Some(ty) if items.iter().all(|v| Ty::of(v) == Some(ty)) => (ty, first),
        _ => (Ty::Obj, first),
    }
}

fn want(ty: Ty) -> i64 {
    match ty {
        Ty::Int => WANT_INT,
        Ty::Float => WANT_FLOAT,
        Ty::Bool => WANT_BOOL,
        _ => WANT_OBJ,
    }
}

impl Translator<'_, '_> {
    pub(super) fn set_sample(&mut self, p: usize, v: Option<Value>) {
        if self.samples.len() <= p {
            self.samples.resize(p + 1, None);
        }
        self.samples[p] = v;
    }

    fn sample(&self, p: usize) -> Option<Value> {
        self.samples.get(p).cloned().flatten()
    }

    pub(super) fn swap_samples(&mut self, a: usize, b: usize) {
        self.set_sample(a.max(b), self.sample(a.max(b)));
        self.samples.swap(a, b);
    }

    /// What an object local held (when compiled, or when last stored in the loop).
    pub(super) fn local_sample(&self, slot: usize) -> Option<Value> {
        self.local_samples.get(&slot).cloned().or_else(|| self.frame.stack.get(slot).cloned())
    }

    /// Pushes a boxed value (no code: `Obj` values are already in their
    /// scratch position, `Local`s and `Null`s are materialized at exits).
    pub(super) fn push_boxed(&mut self, st: &mut State, ty: Ty, sample: Option<Value>) {
        let p = st.stack.len();
        self.set_sample(p, sample);
        st.stack.push(ty);
        self.shape.max_depth = self.shape.max_depth.max(st.stack.len());
    }

    /// Where a helper finds a boxed stack value at `p` of type `ty` (see `Ctx::get`).
    fn src(ty: Ty, p: usize) -> i64 {
        match ty {
            Ty::Local(slot) => slot as i64,
            _ => -1 - p as i64,
        }
    }

    /// Calls helper `addr` with `args` (pointer-sized ints, or `f64`s where
    /// `floats` says) after the context; returns its `i64` status.
    fn call(&mut self, addr: usize, args: &[CValue], floats: &[bool]) -> CValue {
        let ptr = self.frontend.pointer_type();
        let mut sig = Signature::new(self.frontend.default_call_conv);
        sig.params.push(AbiParam::new(ptr));
        for i in 0..args.len() {
            let ty = if floats.get(i).copied().unwrap_or(false) { types::F64 } else { types::I64 };
            sig.params.push(AbiParam::new(ty));
        }
        sig.returns.push(AbiParam::new(types::I64));
        let sig = self.b.import_signature(sig);
        let callee = self.b.ins().iconst(ptr, addr as i64);
        let mut all = vec![self.ctx];
        all.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sig, callee, &all);
        self.b.inst_results(call)[0]
    }

    fn int(&mut self, v: i64) -> CValue {
        self.b.ins().iconst(types::I64, v)
    }

    /// Side exit at `ip` (state `before`) unless the helper answered OK.
    fn check(&mut self, status: CValue, ip: usize, before: &State) {
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, status, helpers::OK);
        self.guard(failed, ip, ExitKind::ObjectGuard, before);
    }

    /// A helper's unboxed result (`Ctx::word`, at offset 0).
    fn word(&mut self, ty: Ty) -> CValue {
        self.b.ins().load(Self::clif_ty(ty), MemFlagsData::trusted(), self.ctx, 0)
    }

    /// Pushes the result a helper delivered as `ty` at position `p`.
    fn push_result(&mut self, st: &mut State, ty: Ty, sample: Option<Value>) {
        if ty.unboxed() {
            let v = self.word(ty);
            self.push(st, ty, v);
        } else {
            self.push_boxed(st, Ty::Obj, sample);
        }
    }

    /// STORE_FAST of a boxed value (`Obj` or `Local`) into an object local.
    pub(super) fn store_boxed_local(
        &mut self,
        ip: usize,
        slot: u32,
        ty: Ty,
        st: &State,
        before: &State,
    ) -> Result<(), Declined> {
        let p = st.stack.len();
        if ty == Ty::Null {
            return Err("stores the null marker");
        }
        if ty == Ty::Local(slot) {
            return Ok(());
        }
        let (s, src) = (self.int(slot as i64), self.int(Self::src(ty, p)));
        let status = self.call(helpers::store_local as *const () as usize, &[s, src], &[]);
        self.check(status, ip, before);
        if let Some(v) = self.sample(p) {
            self.local_samples.insert(slot as usize, v);
        }
        Ok(())
    }

    /// COPY of a boxed value at `p` onto the top.
    pub(super) fn copy_boxed(&mut self, st: &mut State, p: usize) {
        let ty = st.stack[p];
        let q = st.stack.len();
        if ty == Ty::Obj {
            let (from, to) = (self.int(p as i64), self.int(q as i64));
            self.call(helpers::copy_obj as *const () as usize, &[from, to], &[]);
        }
        let sample = self.sample(p);
        self.push_boxed(st, ty, sample);
    }

    pub(super) fn swap_boxed(&mut self, top: usize, low: usize) {
        let (a, b) = (self.int(top as i64), self.int(low as i64));
        self.call(helpers::swap_obj as *const () as usize, &[a, b], &[]);
    }

    /// BINARY_SUBSCR: `container[int]` of a list or tuple.
    pub(super) fn subscr(&mut self, ip: usize, st: &mut State, before: &State) -> Result<(), Declined> {
        let (it, i) = self.pop(st)?;
        let (ct, _) = self.pop(st)?;
        if it != Ty::Int || !matches!(ct, Ty::Obj | Ty::Local(_)) {
            return Err("a subscript other than object[int]");
        }
        let p = st.stack.len();
        let (ty, sample) = item_kind(self.sample(p).as_ref());
        let (src, w, out) = (self.int(Self::src(ct, p)), self.int(want(ty)), self.int(p as i64));
        let status = self.call(helpers::subscr as *const () as usize, &[src, i, w, out], &[]);
        self.check(status, ip, before);
        self.push_result(st, ty, sample);
        Ok(())
    }

    /// STORE_SUBSCR: `container[int] = value` into a list.
    pub(super) fn store_subscr(&mut self, ip: usize, st: &mut State, before: &State) -> Result<(), Declined> {
        let (it, i) = self.pop(st)?;
        let (ct, _) = self.pop(st)?;
        let (vt, v) = self.pop(st)?;
        if it != Ty::Int || !matches!(ct, Ty::Obj | Ty::Local(_)) || vt == Ty::Null {
            return Err("a subscript store other than object[int] = value");
        }
        let p = st.stack.len();
        let word = if vt == Ty::Float { self.b.ins().bitcast(types::I64, MemFlagsData::new(), v) } else { v };
        let src = self.int(Self::src(ct, p + 1));
        let (ty, vsrc) = (self.int(want(vt)), self.int(Self::src(vt, p)));
        let status = self.call(helpers::store_subscr as *const () as usize, &[src, i, ty, word, vsrc], &[]);
        self.check(status, ip, before);
        Ok(())
    }

    /// FOR_ITER over the header's list iterator.
    pub(super) fn list_next(&mut self, ip: usize, st: &mut State, before: &State) {
        let list = iterated_list(self.frame.stack.last());
        let (ty, sample) = item_kind(list.as_ref());
        let p = st.stack.len();
        let (w, out) = (self.int(want(ty)), self.int(p as i64));
        let status = self.call(helpers::list_next as *const () as usize, &[w, out], &[]);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, status, helpers::DONE);
        // Exhausted: the interpreter's FOR_ITER finds it so, pops and jumps.
        self.guard(done, ip, ExitKind::ListDone, before);
        self.check(status, ip, before);
        self.push_result(st, ty, sample);
    }

    /// `x ** y` of floats, by the interpreter's own `powf` where it cannot raise.
    pub(super) fn float_pow(&mut self, x: CValue, y: CValue, ip: usize, before: &State) -> CValue {
        let status = self.call(helpers::float_pow as *const () as usize, &[x, y], &[true, true]);
        self.check(status, ip, before);
        self.word(Ty::Float)
    }

    /// LOAD_GLOBAL in a specialized form: the cached entry, under the same
    /// layout guards (`helpers::load_global`); a number is unboxed.
    pub(super) fn load_global(
        &mut self,
        ip: usize,
        ins: Instr,
        st: &mut State,
        before: &State,
    ) -> Result<(), Declined> {
        let builtin = match ins.op {
            Op::LOAD_GLOBAL_MODULE => false,
            Op::LOAD_GLOBAL_BUILTIN => true,
            _ => return Err("a global the specializer has not cached"),
        };
        let cache = self.frame.code.cache_of(&ins).ok_or("a global the specializer has not cached")?;
        let (keys, aux, index) = (cache.keys.get(), cache.aux.get(), cache.index.get());
        let sample = if builtin { None } else { cached_entry(&self.frame.globals, keys, index) };
        let ty = sample.as_ref().and_then(Ty::of).unwrap_or(Ty::Obj);
        let p = st.stack.len();
        let args = [keys as i64, aux as i64, index as i64, i64::from(builtin), want(ty), p as i64].map(|v| self.int(v));
        let status = self.call(helpers::load_global as *const () as usize, &args, &[]);
        self.check(status, ip, before);
        self.push_result(st, ty, sample);
        if ins.arg & 1 == 1 {
            self.push_boxed(st, Ty::Null, None);
        }
        Ok(())
    }

    /// CALL_LEN: `len(x)` of a list, tuple or str, the callable checked.
    pub(super) fn call_len(&mut self, ip: usize, ins: Instr, st: &mut State, before: &State) -> Result<(), Declined> {
        let addr = self.frame.code.cache_of(&ins).ok_or("a call the specializer has not cached")?.keys.get();
        let (xt, _) = self.pop(st)?;
        let (nt, _) = self.pop(st)?;
        let (ct, _) = self.pop(st)?;
        if !matches!(xt, Ty::Obj | Ty::Local(_)) || nt != Ty::Null || !matches!(ct, Ty::Obj | Ty::Local(_)) {
            return Err("len() of something other than an object");
        }
        let p = st.stack.len();
        let args = [Self::src(ct, p), addr as i64, Self::src(xt, p + 2)].map(|v| self.int(v));
        let status = self.call(helpers::call_len as *const () as usize, &args, &[]);
        self.check(status, ip, before);
        self.push_result(st, Ty::Int, None);
        Ok(())
    }

    /// LIST_APPEND(n): the list is the n-th value from the top after the pop.
    pub(super) fn list_append(&mut self, ip: usize, n: usize, st: &mut State, before: &State) -> Result<(), Declined> {
        let (vt, v) = self.pop(st)?;
        if vt == Ty::Null {
            return Err("appends the null marker");
        }
        let len = st.stack.len();
        let src = if n <= len {
            let p = len - n;
            match st.stack[p] {
                ty @ (Ty::Obj | Ty::Local(_)) => Self::src(ty, p),
                _ => return Err("appends to something other than an object"),
            }
        } else {
            // Below the region's values: the frame's own stack, in place.
            let below = n - len;
            if below > self.shape.entry_depth {
                return Err("appends to a list the loop cannot reach");
            }
            (self.frame.nlocals + self.shape.entry_depth - below) as i64
        };
        let word = if vt == Ty::Float { self.b.ins().bitcast(types::I64, MemFlagsData::new(), v) } else { v };
        let (src, ty, vsrc) = (self.int(src), self.int(want(vt)), self.int(Self::src(vt, len)));
        let status = self.call(helpers::list_append as *const () as usize, &[src, ty, word, vsrc], &[]);
        self.check(status, ip, before);
        Ok(())
    }

    /// LOAD_DEREF: read through the cell each time (an inner function may
    /// rebind it); a number is unboxed, its kind checked by the helper.
    pub(super) fn load_deref(&mut self, ip: usize, i: usize, st: &mut State, before: &State) {
        let sample = self.frame.cells.get(i).map(|c| c.get());
        let ty = sample.as_ref().and_then(Ty::of).unwrap_or(Ty::Obj);
        let p = st.stack.len();
        let args = [i as i64, want(ty), p as i64].map(|v| self.int(v));
        let status = self.call(helpers::load_deref as *const () as usize, &args, &[]);
        self.check(status, ip, before);
        self.push_result(st, ty, sample);
    }
}
