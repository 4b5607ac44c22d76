//! The instruction loop.
//!
//! `dispatch` runs instructions until the entry frame returns or yields, or
//! an exception is raised; `unwind` then finds a handler through the
//! exception table (walking out through inline-called frames), and the
//! loop resumes there. Python-to-Python calls made by CALL push a frame and
//! continue in the same loop: no Rust recursion.

use std::rc::Rc;

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::Op;
use crate::objects::{Args, Class, PyResult, PyStr, Value};
use crate::specialize::cache::counted_hit;
use crate::specialize::for_iter::Step;
use crate::specialize::{
    binary_op, compare_op, for_iter, load_attr, load_attr_poly, load_global, store_attr, subscr, to_bool, unpack,
};

/// How an entry frame left the loop.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded; the frame is handed back to its generator.
    Yield(Value, Box<Frame>),
}

/// How `dispatch` leaves: the frame at `base` returned or yielded, or the
/// loop stepped out only to be called again (`REENTER_AFTER_CHECKS`).
enum Leave {
    Exit(Exit),
    Reenter,
}

/// In the browser build the eval loop returns to its caller after each
/// periodic check and is called again at once. WebAssembly engines first
/// compile a function with their baseline compiler and use the optimised
/// code from the function's next call on (V8 and SpiderMonkey have no
/// on-stack replacement for wasm), and one `dispatch` call would run a
/// whole program: it stayed baseline code for the program's life. With
/// the re-entries bench/fib.py runs twice as fast in Node. A re-entry
/// resumes at `frame.ip`, as dispatch does after an exception handler is
/// found. Natively there is nothing to gain, and the check compiles away.
const REENTER_AFTER_CHECKS: bool = cfg!(target_arch = "wasm32");

/// How often (in loop back-edges and calls) the host is asked about
/// interrupts: every 768 to 1,279 ticks, 1,024 on average. The gap varies
/// (a hash of the tick count) because the host's profile charges the time
/// between checks to the code running at the check: with a fixed even gap,
/// a loop that alternates a call and a back-edge would always be sampled
/// at the back-edge and its callee would never show.
pub(crate) fn check_gap(ticks: u64) -> u64 {
    768 + (ticks.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55)
}

impl Vm {
    /// Runs a frame to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => Err(PyErr::new(ExcType::SystemError, "unexpected yield")),
        }
    }

    /// Runs a frame until it returns or yields.
    pub fn execute(&mut self, frame: Box<Frame>) -> PyResult<Exit> {
        self.execute_inner(frame, None)
    }

    /// Resumes a frame by raising `err` at its current instruction (generator `throw`).
    pub fn execute_with_error(&mut self, frame: Box<Frame>, err: PyErr) -> PyResult<Exit> {
        self.execute_inner(frame, Some(err))
    }

    fn execute_inner(&mut self, frame: Box<Frame>, err: Option<PyErr>) -> PyResult<Exit> {
        self.check_recursion()?;
        self.check_native_depth()?;
        self.depth += 1;
        let base = self.frame_stack.len();
        let mut frame = frame;
        // A nested run counts as a call, so native loops over Python
        // callbacks (`x in it` over a class's `__next__`, sort keys) stay
        // interruptible; the interrupt is raised in the frame, as `throw`.
        let err = match err {
            None => self.periodic_check(frame.code.id).err(),
            e => e,
        };
        if let Some(e) = err {
            if let Err(e) = self.unwind(&mut frame, base, e) {
                self.depth -= 1;
                return Err(e);
            }
        }
        let result = loop {
            let err = match self.dispatch(&mut frame, base) {
                Ok(Leave::Exit(exit)) => break Ok(exit),
                Ok(Leave::Reenter) => continue,
                Err(e) => e,
            };
            if let Err(e) = self.unwind(&mut frame, base, err) {
                break Err(e);
            }
        };
        self.depth -= 1;
        // After a yield this is the blank stand-in (the generator took its
        // frame): pooling it too keeps a yield free of allocations.
        self.recycle_frame(frame);
        result
    }

    /// Finds a handler for `err`, leaving `frame` positioned at it; or
    /// returns the error when it leaves the entry frame.
    fn unwind(&mut self, frame: &mut Box<Frame>, base: usize, err: PyErr) -> PyResult<()> {
        let reraised = std::mem::replace(&mut self.reraising, false);
        let exc = self.normalize(err);
        if !reraised {
            self.set_context(&exc);
        }
        let mut add_entry = !reraised;
        loop {
            if add_entry {
                let line = frame.current_line();
                let code = frame.code.clone();
                self.add_traceback(&exc, &code, line);
            }
            if let Some(h) = frame.code.handler_for(frame.ip.saturating_sub(1)) {
                let keep = frame.nlocals + h.depth as usize;
                frame.truncate_stack(keep);
                frame.push(Value::Instance(exc));
                frame.ip = h.target as usize;
                return Ok(());
            }
            if self.frame_stack.len() == base {
                return Err(PyErr::Exc(exc));
            }
            let caller = self.frame_stack.pop().expect("caller frame");
            let done = std::mem::replace(frame, caller);
            self.recycle_frame(done);
            self.depth -= 1;
            add_entry = true;
        }
    }

    /// Links a newly raised exception to the one being handled.
    fn set_context(&mut self, exc: &Rc<crate::objects::Instance>) {
        if let Value::Instance(current) = &self.exc_info {
            if !Rc::ptr_eq(current, exc) {
                if let Some(d) = exc.exc() {
                    let mut d = d.borrow_mut();
                    if d.context.is_none() {
                        d.context = Some(self.exc_info.clone());
                    }
                }
            }
        }
    }

    /// Counts a tick; about every 1,024th also checks the memory limit and lets
    /// the host look (interrupts, snapshots). `code_id` is the code running.
    #[inline(always)]
    fn periodic_check(&mut self, code_id: u32) -> PyResult<()> {
        self.ticks += 1;
        if self.ticks >= self.next_check {
            return self.periodic_check_due(code_id);
        }
        Ok(())
    }

    /// The check itself, out of line: the loop's fast path is the count.
    #[inline(never)]
    fn periodic_check_due(&mut self, code_id: u32) -> PyResult<()> {
        self.next_check = self.ticks + check_gap(self.ticks);
        self.reenter_due = REENTER_AFTER_CHECKS;
        crate::memory::check()?;
        if crate::objects::gc::due() {
            self.collect_cycles_due();
        }
        let check = super::Periodic { ticks: self.ticks, code_id, events: &self.events };
        if self.host.periodic(check) {
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    /// Whether the eval loop should step out to be called again (and
    /// forget that it should): always false natively.
    #[inline(always)]
    fn take_reenter(&mut self) -> bool {
        REENTER_AFTER_CHECKS && std::mem::take(&mut self.reenter_due)
    }

    /// Pushes a new frame for an inline Python call.
    pub(crate) fn push_frame(&mut self, frame: &mut Box<Frame>, new: Box<Frame>) -> PyResult<()> {
        self.check_recursion()?;
        self.periodic_check(new.code.id)?;
        self.depth += 1;
        let caller = std::mem::replace(frame, new);
        self.frame_stack.push(caller);
        Ok(())
    }

    /// Executes a CALL whose arguments start at `args_at` in the frame's stack
    /// (the callable and self-or-NULL sit just below).
    pub(crate) fn do_call(&mut self, frame: &mut Box<Frame>, argc: usize, nkw: usize) -> PyResult<Option<Value>> {
        let kwnames: Vec<Value> = if nkw > 0 {
            match frame.pop() {
                Value::Tuple(t) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let len = frame.stack.len();
        let callable_at = len - argc - 2;
        let self_slot = std::mem::take(&mut frame.stack[callable_at + 1]);
        let callable = std::mem::take(&mut frame.stack[callable_at]);
        let args_start = if self_slot.is_null() { callable_at + 2 } else { callable_at + 1 };
        if !self_slot.is_null() {
            frame.stack[callable_at + 1] = self_slot;
        }
        // Inline Python-to-Python call: no Rust recursion.
        if let Value::Function(f) = &callable {
            if !f.code.flags.generator {
                let new = self.make_frame(f, &frame.stack[args_start..], &kwnames)?;
                frame.truncate_stack(callable_at);
                self.push_frame(frame, new)?;
                return Ok(None);
            }
        }
        if let Value::BoundMethod(m) = &callable {
            if let Value::Function(f) = &m.func {
                if !f.code.flags.generator {
                    let mut args = Vec::with_capacity(len - args_start + 1);
                    args.push(m.self_.clone());
                    args.extend_from_slice(&frame.stack[args_start..]);
                    let new = self.make_frame(f, &args, &kwnames)?;
                    frame.truncate_stack(callable_at);
                    self.push_frame(frame, new)?;
                    return Ok(None);
                }
            }
        }
        if let Value::Instance(obj) = &callable {
            if self.lru_class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &obj.class.borrow())) {
                return self.call_lru(frame, &callable, callable_at, args_start, &kwnames);
            }
        }
        if let Value::Builtin(b) = &callable {
            // Args are passed straight from the stack: no copy.
            let needs = crate::builtins::needs_caller(b);
            if needs {
                self.caller = Some(self.caller_info(frame, true));
            }
            let r = (b.func)(self, Args { values: &frame.stack[args_start..], kwnames: &kwnames });
            if needs {
                self.caller = None;
            }
            frame.truncate_stack(callable_at);
            return r.map(Some);
        }
        let args: Vec<Value> = frame.stack.split_off(args_start);
        frame.truncate_stack(callable_at);
        if let Value::Class(c) = &callable {
            // Zero-argument super() reads `__class__` and the first argument.
            if Rc::ptr_eq(c, &self.types.super_) && args.is_empty() {
                self.caller = Some(self.caller_info(frame, false));
                let r = self.call_kw(&callable, &args, &kwnames);
                self.caller = None;
                return r.map(Some);
            }
        }
        self.call_kw(&callable, &args, &kwnames).map(Some)
    }

    /// A call of an `lru_cache` wrapper: a hit is answered from the cache; a
    /// miss of a Python function enters it inline (its RETURN_VALUE stores
    /// the result), so memoized recursion uses no native stack per level.
    fn call_lru(
        &mut self,
        frame: &mut Box<Frame>,
        wrapper: &Value,
        callable_at: usize,
        args_start: usize,
        kwnames: &[Value],
    ) -> PyResult<Option<Value>> {
        use crate::modules::functools::{call_and_store, lookup, Lookup};
        // The arguments move off the stack, behind the wrapper (`self`).
        let mut values = Vec::with_capacity(frame.stack.len() - args_start + 1);
        values.push(wrapper.clone());
        values.extend(frame.stack.drain(args_start..));
        frame.truncate_stack(callable_at);
        let args = Args { values: &values, kwnames };
        match lookup(self, &args)? {
            Lookup::Hit(v) => Ok(Some(v)),
            Lookup::Miss { func: Value::Function(f), store: pending } if !f.code.flags.generator => {
                let mut new = self.make_frame(&f, &values[1..], kwnames)?;
                new.lru_store = pending.map(Box::new);
                self.push_frame(frame, new)?;
                Ok(None)
            }
            Lookup::Miss { func, store: pending } => {
                call_and_store(self, &func, &values[1..], kwnames, pending).map(Some)
            }
        }
    }

    /// What frame-reading builtins need; `locals()` is built only when asked for.
    fn caller_info(&self, frame: &Frame, with_locals: bool) -> super::CallerInfo {
        let first_arg = if frame.code.argcount > 0 || frame.code.flags.varargs {
            let v = frame.stack.first().cloned().unwrap_or(Value::Null);
            let v = if v.is_null() {
                // The first argument may live in a cell.
                frame
                    .code
                    .cell2arg
                    .iter()
                    .position(|a| *a == Some(0))
                    .map(|i| frame.cells[i].get())
                    .unwrap_or(Value::Null)
            } else {
                v
            };
            Some(v)
        } else {
            None
        };
        let class_cell = frame
            .code
            .cellvars
            .iter()
            .chain(frame.code.freevars.iter())
            .position(|n| n.as_str() == "__class__")
            .and_then(|i| frame.cells.get(i))
            .map(|c| c.get());
        super::CallerInfo {
            globals: frame.globals.clone(),
            locals: with_locals.then(|| Value::Dict(frame.locals_dict())),
            first_arg,
            class_cell,
        }
    }

    /// UnboundLocalError for reading fast local `index` before assignment.
    #[cold]
    pub(super) fn unbound_local(frame: &Frame, index: usize) -> PyErr {
        let name = frame.code.varnames[index].as_str();
        PyErr::new(
            ExcType::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    pub(super) fn name_error(&self, frame: &Frame, name: &str) -> PyErr {
        self.name_error_in(frame, name)
    }

    pub(crate) fn load_global(&mut self, frame: &Frame, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = frame.globals.get_pystr(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get_pystr(name) {
            return Ok(v);
        }
        if let Some(v) = self.lazy_builtin(name.as_str())? {
            return Ok(v);
        }
        Err(self.name_error(frame, name.as_str()))
    }

    pub(super) fn deref_name(code: &crate::compile::code::Code, i: usize) -> &str {
        let ncell = code.cellvars.len();
        if i < ncell {
            code.cellvars[i].as_str()
        } else {
            code.freevars.get(i - ncell).map(|s| s.as_str()).unwrap_or("?")
        }
    }

    #[allow(clippy::cognitive_complexity)]
    fn dispatch(&mut self, frame: &mut Box<Frame>, base: usize) -> PyResult<Leave> {
        // The fetch reads the instruction stream and the instruction pointer
        // from these locals, not through `frame` (three dependent loads
        // fewer per instruction). `frame.ip` is still written at every fetch,
        // so errors, the specializer and calls see the right position. The
        // common arms end in `continue` and move `ip` themselves; every other
        // arm may jump through `frame.ip` or switch frames, so after it both
        // locals are read back from the (possibly new) current frame.
        let mut instrs = frame.instrs.clone();
        let mut ip = frame.ip;
        loop {
            let Some(ins) = instrs.get(ip).map(std::cell::Cell::get) else {
                return Err(PyErr::new(ExcType::SystemError, "instruction pointer out of range"));
            };
            ip += 1;
            frame.ip = ip;
            let arg = ins.arg;
            // A specialized two-operand form: `$fast` computes the result from the
            // two operands on top, or `None` when its guards fail, in which case
            // the miss is counted and the family's generic form `$generic` runs.
            macro_rules! binary_fast {
                ($fast:expr, $generic:ident) => {{
                    let fast = $fast;
                    match fast(frame.peek(2), frame.peek(1)) {
                        Some(r) => {
                            frame.pop().discard();
                            frame.set_top(r);
                            Self::spec_hit(&frame.code, ins);
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.$generic(frame, ins)?;
                        }
                    }
                }};
            }
            // The bodies of LOAD_FAST, STORE_FAST and LOAD_CONST, shared with
            // the superinstructions made of them (`specialize/fuse.rs`).
            macro_rules! load_fast {
                ($index:expr) => {{
                    let index = $index as usize;
                    let slot = &frame.stack[index];
                    if slot.is_null() {
                        return Err(Self::unbound_local(frame, index));
                    }
                    let v = slot.clone();
                    frame.push(v);
                }};
            }
            macro_rules! store_fast {
                ($index:expr) => {{
                    let v = frame.pop();
                    std::mem::replace(&mut frame.stack[$index as usize], v).discard();
                    self.run_due_finalizers();
                }};
            }
            macro_rules! load_const {
                ($index:expr) => {{
                    let v = frame.code.consts[$index as usize].clone();
                    frame.push(v);
                }};
            }
            // A superinstruction's second half: the argument of the next
            // instruction, which `ip` then steps over (so an error in that
            // half is reported at that instruction, as without fusing).
            macro_rules! second_arg {
                () => {{
                    match instrs.get(ip) {
                        Some(next) => {
                            ip += 1;
                            frame.ip = ip;
                            next.get().arg
                        }
                        None => {
                            return Err(PyErr::new(ExcType::SystemError, "superinstruction without its second half"))
                        }
                    }
                }};
            }
            match ins.op {
                Op::NOP => continue,
                Op::POP_TOP => {
                    frame.pop().discard();
                    self.run_due_finalizers();
                    continue;
                }
                Op::PUSH_NULL => {
                    frame.push(Value::Null);
                    continue;
                }
                Op::COPY => {
                    let v = frame.peek(arg as usize).clone();
                    frame.push(v);
                    continue;
                }
                Op::SWAP => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - arg as usize);
                    continue;
                }
                Op::LOAD_CONST => {
                    load_const!(arg);
                    continue;
                }
                Op::RETURN_VALUE => {
                    let mut v = frame.pop();
                    if self.frame_stack.len() == base {
                        return Ok(Leave::Exit(Exit::Return(v)));
                    }
                    let init_self = frame.init_self.take();
                    let lru_store = frame.lru_store.take();
                    let caller = self.frame_stack.pop().expect("caller");
                    let done = std::mem::replace(frame, caller);
                    self.depth -= 1;
                    self.recycle_frame(done);
                    if let Some(obj) = init_self {
                        // The class call returns the new object; its __init__ must return None.
                        if !v.is_none() {
                            return Err(crate::specialize::call::init_returned(self, &v));
                        }
                        v = obj;
                    }
                    if let Some(store) = lru_store {
                        crate::modules::functools::store(self, *store, v.clone())?;
                    }
                    frame.push(v);
                    self.run_due_finalizers();
                }
                Op::LOAD_FAST => {
                    load_fast!(arg);
                    continue;
                }
                Op::STORE_FAST => {
                    store_fast!(arg);
                    continue;
                }
                Op::LOAD_FAST__LOAD_FAST => {
                    load_fast!(arg);
                    load_fast!(second_arg!());
                    continue;
                }
                Op::LOAD_FAST__LOAD_CONST => {
                    load_fast!(arg);
                    load_const!(second_arg!());
                    continue;
                }
                Op::LOAD_CONST__LOAD_FAST => {
                    load_const!(arg);
                    load_fast!(second_arg!());
                    continue;
                }
                Op::STORE_FAST__LOAD_FAST => {
                    store_fast!(arg);
                    load_fast!(second_arg!());
                    continue;
                }
                Op::STORE_FAST__STORE_FAST => {
                    store_fast!(arg);
                    store_fast!(second_arg!());
                    continue;
                }
                Op::LOAD_DEREF => {
                    let v = frame.cells[arg as usize].get();
                    if v.is_null() {
                        let name = Self::deref_name(&frame.code, arg as usize);
                        let msg = if (arg as usize) < frame.code.cellvars.len() {
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        } else {
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                        };
                        let kind = if (arg as usize) < frame.code.cellvars.len() {
                            ExcType::UnboundLocalError
                        } else {
                            ExcType::NameError
                        };
                        return Err(PyErr::new(kind, msg));
                    }
                    frame.push(v);
                }
                Op::STORE_DEREF => {
                    let v = frame.pop();
                    frame.cells[arg as usize].set(v);
                    self.run_due_finalizers();
                }
                Op::DELETE_DEREF => {
                    frame.cells[arg as usize].set(Value::Null);
                    self.run_due_finalizers();
                }
                Op::LOAD_CLOSURE => {
                    let c = frame.cells[arg as usize].clone();
                    frame.push(Value::Cell(c));
                }
                Op::LOAD_NAME => {
                    let name = frame.code.names[arg as usize].clone();
                    let local = frame.namespace.as_ref().and_then(|ns| ns.get_pystr(&name));
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(frame, &name)?,
                    };
                    frame.push(v);
                }
                Op::STORE_NAME => {
                    let name = frame.code.names[arg as usize].clone();
                    let v = frame.pop();
                    match &frame.namespace {
                        Some(ns) => ns.set_str(name, v),
                        None => frame.globals.set_str(name, v),
                    }
                    self.run_due_finalizers();
                }
                Op::LOAD_GLOBAL => self.op_load_global(frame, ins)?,
                Op::LOAD_GLOBAL_MODULE | Op::LOAD_GLOBAL_BUILTIN => {
                    let found = match frame.code.cache_of(&ins) {
                        Some(c) if ins.op == Op::LOAD_GLOBAL_MODULE => counted_hit(c, load_global::module(frame, c)),
                        Some(c) => counted_hit(c, load_global::builtin(self, frame, c)),
                        None => None,
                    };
                    match found {
                        Some(v) => {
                            frame.push(v);
                            if arg & 1 == 1 {
                                frame.push(Value::Null);
                            }
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_load_global(frame, ins)?;
                        }
                    }
                }
                Op::LOAD_ATTR => self.op_load_attr(frame, ins)?,
                Op::LOAD_ATTR_INSTANCE_VALUE
                | Op::LOAD_ATTR_WITH_HINT
                | Op::LOAD_ATTR_SLOT
                | Op::LOAD_ATTR_MODULE
                | Op::LOAD_ATTR_CLASS
                | Op::LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES => {
                    let found = frame.code.cache_of(&ins).and_then(|c| {
                        let obj = frame.top();
                        let found = match ins.op {
                            Op::LOAD_ATTR_INSTANCE_VALUE => load_attr::instance_value(obj, c),
                            Op::LOAD_ATTR_WITH_HINT => {
                                load_attr::with_hint(obj, &frame.code.names[(arg >> 1) as usize], c)
                            }
                            Op::LOAD_ATTR_SLOT => load_attr::slot(obj, c),
                            Op::LOAD_ATTR_MODULE => load_attr::module(obj, c),
                            Op::LOAD_ATTR_CLASS => load_attr::class(obj, c),
                            _ => load_attr::unshadowed_class_attr(obj, c),
                        };
                        counted_hit(c, found)
                    });
                    match found {
                        Some(v) => {
                            frame.set_top(v);
                            if arg & 1 == 1 {
                                frame.push(Value::Null);
                            }
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_load_attr(frame, ins)?;
                        }
                    }
                }
                Op::LOAD_ATTR_METHOD_WITH_VALUES | Op::LOAD_ATTR_METHOD_NO_DICT | Op::LOAD_ATTR_METHOD_POLY => {
                    let lookup = |vm: &Vm, frame: &Frame| {
                        frame.code.cache_of(&ins).and_then(|c| {
                            let found = match ins.op {
                                Op::LOAD_ATTR_METHOD_WITH_VALUES => load_attr::unshadowed_class_attr(frame.top(), c),
                                Op::LOAD_ATTR_METHOD_POLY => load_attr_poly::method(&frame.code, frame.top(), c),
                                _ => load_attr::method_no_dict(vm, frame.top(), c),
                            };
                            counted_hit(c, found)
                        })
                    };
                    let mut found = lookup(self, frame);
                    if found.is_none() && ins.op == Op::LOAD_ATTR_METHOD_POLY && self.poly_method_learn(frame, ins) {
                        found = lookup(self, frame);
                    }
                    match found {
                        Some(method) => {
                            // [obj] -> [method, obj]: the object becomes the self argument.
                            let obj = std::mem::replace(frame.stack.last_mut().expect("operand"), method);
                            frame.push(obj);
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_load_attr(frame, ins)?;
                        }
                    }
                }
                Op::LOAD_ATTR_PROPERTY | Op::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN => {
                    let func =
                        frame.code.cache_of(&ins).and_then(|c| load_attr::entered_function(ins.op, frame.top(), c));
                    match func {
                        Some(f) => {
                            // [obj] (and the name) become the arguments; the
                            // result lands where obj was.
                            let at = frame.stack.len() - 1;
                            if ins.op == Op::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN {
                                frame.push(Value::Str(frame.code.names[(arg >> 1) as usize].clone()));
                            }
                            self.enter_python(frame, f, at, at, None)?;
                            if let Some(caller) = self.frame_stack.last() {
                                Self::spec_hit(&caller.code, ins);
                            }
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_load_attr(frame, ins)?;
                        }
                    }
                }
                Op::STORE_ATTR => self.op_store_attr(frame, ins)?,
                Op::STORE_ATTR_INSTANCE_VALUE | Op::STORE_ATTR_WITH_HINT | Op::STORE_ATTR_SLOT => {
                    let stored = match frame.code.cache_of(&ins) {
                        Some(c) => {
                            let value = frame.peek(2).clone();
                            let name = &frame.code.names[arg as usize];
                            let obj = frame.top();
                            match ins.op {
                                Op::STORE_ATTR_INSTANCE_VALUE => store_attr::instance_value(obj, name, value, c),
                                Op::STORE_ATTR_WITH_HINT => store_attr::with_hint(obj, name, value, c),
                                _ => store_attr::slot(obj, value, c),
                            }
                            .is_ok()
                        }
                        None => false,
                    };
                    if stored {
                        Self::spec_hit(&frame.code, ins);
                        frame.pop();
                        frame.pop();
                        self.run_due_finalizers();
                        continue;
                    }
                    self.spec_miss(frame, ins);
                    self.op_store_attr(frame, ins)?;
                }
                Op::UNARY_NEGATIVE => {
                    let v = frame.pop();
                    let r = self.negate(&v)?;
                    frame.push(r);
                }
                Op::UNARY_POSITIVE => {
                    let v = frame.pop();
                    let r = self.positive(&v)?;
                    frame.push(r);
                }
                Op::UNARY_INVERT => {
                    let v = frame.pop();
                    let r = self.invert(&v)?;
                    frame.push(r);
                }
                Op::UNARY_NOT => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b.get(),
                        other => self.truthy(&other)?,
                    };
                    frame.push(Value::bool(!b));
                }
                Op::TO_BOOL => self.op_to_bool(frame, ins)?,
                Op::TO_BOOL_BOOL
                | Op::TO_BOOL_INT
                | Op::TO_BOOL_NONE
                | Op::TO_BOOL_STR
                | Op::TO_BOOL_LIST
                | Op::TO_BOOL_ALWAYS_TRUE => {
                    let version = frame.code.cache_of(&ins).map_or(0, |c| c.version.get());
                    match to_bool::truth(ins.op, frame.top(), version) {
                        Some(b) => {
                            frame.set_top(Value::bool(b));
                            Self::spec_hit(&frame.code, ins);
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_to_bool(frame, ins)?;
                        }
                    }
                }
                Op::BINARY_OP => self.op_binary_op(frame, ins)?,
                Op::BINARY_OP_ADD_INT => binary_fast!(binary_op::add_int, op_binary_op),
                Op::BINARY_OP_SUBTRACT_INT => binary_fast!(binary_op::subtract_int, op_binary_op),
                Op::BINARY_OP_MULTIPLY_INT => binary_fast!(binary_op::multiply_int, op_binary_op),
                Op::BINARY_OP_ADD_FLOAT => binary_fast!(|a, b| binary_op::float_op(a, b, |x, y| x + y), op_binary_op),
                Op::BINARY_OP_SUBTRACT_FLOAT => {
                    binary_fast!(|a, b| binary_op::float_op(a, b, |x, y| x - y), op_binary_op)
                }
                Op::BINARY_OP_MULTIPLY_FLOAT => {
                    binary_fast!(|a, b| binary_op::float_op(a, b, |x, y| x * y), op_binary_op)
                }
                Op::BINARY_OP_ADD_UNICODE => binary_fast!(binary_op::add_unicode, op_binary_op),
                Op::BINARY_OP_EXTEND => {
                    let row = frame.code.cache_of(&ins).map_or(u32::MAX, |c| c.index.get());
                    binary_fast!(|a, b| binary_op::extend(row, a, b), op_binary_op)
                }
                Op::BINARY_OP_INPLACE_ADD_UNICODE => {
                    let local = frame.code.cache_of(&ins).map_or(usize::MAX, |c| c.index.get() as usize);
                    if binary_op::inplace_add_unicode(frame, local) {
                        Self::spec_hit(&frame.code, ins);
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_binary_op(frame, ins)?;
                    }
                }
                Op::COMPARE_OP => self.op_compare_op(frame, ins)?,
                Op::COMPARE_OP_INT => binary_fast!(|a, b| compare_op::int(a, b, arg).map(Value::bool), op_compare_op),
                Op::COMPARE_OP_FLOAT => {
                    binary_fast!(|a, b| compare_op::float(a, b, arg).map(Value::bool), op_compare_op)
                }
                Op::COMPARE_OP_STR => binary_fast!(|a, b| compare_op::str(a, b, arg).map(Value::bool), op_compare_op),
                Op::IS_OP => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::bool(a.is(&b) != (arg == 1)));
                    continue;
                }
                Op::CONTAINS_OP => self.op_contains_op(frame, ins)?,
                Op::CONTAINS_OP_DICT => {
                    if let Value::Dict(d) = frame.top().clone() {
                        Self::spec_hit(&frame.code, ins);
                        frame.pop();
                        let item = frame.pop();
                        let found = self.dict_get(&d, &item)?.is_some();
                        frame.push(Value::bool(found != (arg == 1)));
                        continue;
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_contains_op(frame, ins)?;
                    }
                }
                Op::CONTAINS_OP_SET => {
                    if let Value::Set(set) = frame.top().clone() {
                        Self::spec_hit(&frame.code, ins);
                        frame.pop();
                        let item = frame.pop();
                        let (key, hash) = crate::builtins::lookup_key(self, &item)?;
                        let found = self.set_contains_hashed(&set, &key, hash)?;
                        frame.push(Value::bool(found != (arg == 1)));
                        continue;
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_contains_op(frame, ins)?;
                    }
                }
                Op::BINARY_SUBSCR => self.op_binary_subscr(frame, ins)?,
                Op::BINARY_SUBSCR_LIST_INT => binary_fast!(subscr::list_int, op_binary_subscr),
                Op::BINARY_SUBSCR_TUPLE_INT => binary_fast!(subscr::tuple_int, op_binary_subscr),
                Op::BINARY_SUBSCR_STR_INT => {
                    let r = subscr::str_int(frame.peek(2), frame.peek(1), &self.ascii_chars);
                    binary_fast!(|_: &Value, _: &Value| r, op_binary_subscr)
                }
                Op::BINARY_SUBSCR_DICT => {
                    if let Value::Dict(d) = frame.peek(2).clone() {
                        Self::spec_hit(&frame.code, ins);
                        let key = frame.pop();
                        match self.dict_get(&d, &key)? {
                            Some(v) => frame.set_top(v),
                            None => {
                                frame.pop();
                                return Err(PyErr::Exc(self.key_error(key)));
                            }
                        }
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_binary_subscr(frame, ins)?;
                    }
                }
                Op::STORE_SUBSCR => self.op_store_subscr(frame, ins)?,
                Op::STORE_SUBSCR_LIST_INT => {
                    let mut value = Some(frame.peek(3).clone());
                    if subscr::store_list_int(frame.peek(2), frame.peek(1), &mut value) {
                        Self::spec_hit(&frame.code, ins);
                        frame.truncate_stack(frame.stack.len() - 3);
                        self.run_due_finalizers();
                        continue;
                    }
                    self.spec_miss(frame, ins);
                    self.op_store_subscr(frame, ins)?;
                }
                Op::STORE_SUBSCR_DICT => {
                    if let Value::Dict(d) = frame.peek(2).clone() {
                        Self::spec_hit(&frame.code, ins);
                        let key = frame.pop();
                        frame.pop();
                        let v = frame.pop();
                        self.dict_set(&d, key, v)?;
                        drop(d);
                        self.run_due_finalizers();
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_store_subscr(frame, ins)?;
                    }
                }
                Op::BUILD_TUPLE => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::tuple(items));
                    continue;
                }
                Op::BUILD_LIST => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::list(items));
                    continue;
                }
                Op::LIST_APPEND => {
                    let v = frame.pop();
                    if let Value::List(l) = frame.peek(arg as usize) {
                        l.items.borrow_mut().push(v);
                    }
                    continue;
                }
                Op::UNPACK_SEQUENCE => self.op_unpack_sequence(frame, ins)?,
                Op::UNPACK_SEQUENCE_TWO_TUPLE => {
                    if unpack::unpack_two(frame) {
                        Self::spec_hit(&frame.code, ins);
                        continue;
                    }
                    self.spec_miss(frame, ins);
                    self.op_unpack_sequence(frame, ins)?;
                }
                Op::UNPACK_SEQUENCE_TUPLE | Op::UNPACK_SEQUENCE_LIST => {
                    if unpack::unpack(frame, ins.op, arg as usize) {
                        Self::spec_hit(&frame.code, ins);
                        continue;
                    }
                    self.spec_miss(frame, ins);
                    self.op_unpack_sequence(frame, ins)?;
                }
                Op::JUMP_FORWARD => {
                    ip = arg as usize;
                    continue;
                }
                // The loop's tier slot said never: the back-edge `--jit=off` runs.
                Op::JUMP_BACKWARD_NO_JIT => {
                    self.periodic_check(frame.code.id)?;
                    ip = arg as usize;
                    if self.take_reenter() {
                        frame.ip = ip;
                        return Ok(Leave::Reenter);
                    }
                    continue;
                }
                Op::JUMP_BACKWARD => {
                    self.periodic_check(frame.code.id)?;
                    let back_edge = ip - 1;
                    ip = arg as usize;
                    if self.take_reenter() {
                        frame.ip = ip;
                        return Ok(Leave::Reenter);
                    }
                    if self.tier.is_none() {
                        continue;
                    }
                    // Compiled code, if it runs, leaves the frame where it exits.
                    frame.ip = ip;
                    self.tier_back_edge(frame, back_edge);
                    // The tier never switches frames or streams: only `ip` moved.
                    ip = frame.ip;
                    continue;
                }
                Op::POP_JUMP_IF_FALSE => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b.get(),
                        other => self.truthy(&other)?,
                    };
                    if !b {
                        ip = arg as usize;
                    }
                    continue;
                }
                Op::POP_JUMP_IF_TRUE => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b.get(),
                        other => self.truthy(&other)?,
                    };
                    if b {
                        ip = arg as usize;
                    }
                    continue;
                }
                Op::POP_JUMP_IF_NONE => {
                    if frame.pop().is_none() {
                        ip = arg as usize;
                    }
                    continue;
                }
                Op::POP_JUMP_IF_NOT_NONE => {
                    if !frame.pop().is_none() {
                        ip = arg as usize;
                    }
                    continue;
                }
                Op::GET_ITER => {
                    let v = frame.pop();
                    let it = self.get_iter(&v)?;
                    frame.push(it);
                }
                Op::FOR_ITER => self.op_for_iter(frame, ins)?,
                Op::FOR_ITER_RANGE | Op::FOR_ITER_LIST | Op::FOR_ITER_TUPLE | Op::FOR_ITER_STR => {
                    match for_iter::next_native(ins.op, frame.top(), &self.ascii_chars) {
                        Step::Item(v) => {
                            Self::spec_hit(&frame.code, ins);
                            frame.push(v);
                            continue;
                        }
                        Step::Exhausted => {
                            Self::spec_hit(&frame.code, ins);
                            frame.pop();
                            ip = arg as usize;
                            continue;
                        }
                        Step::Miss => {
                            self.spec_miss(frame, ins);
                            self.op_for_iter(frame, ins)?;
                        }
                    }
                }
                Op::FOR_ITER_GEN => {
                    if let Value::Generator(g) = frame.top().clone() {
                        Self::spec_hit(&frame.code, ins);
                        match self.gen_send(&g, Value::None)? {
                            super::generator::SendResult::Yield(v) => frame.push(v),
                            super::generator::SendResult::Return(_) => {
                                frame.pop();
                                frame.ip = arg as usize;
                            }
                        }
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_for_iter(frame, ins)?;
                    }
                }
                Op::DELETE_FAST
                | Op::LOAD_FROM_DICT_OR_DEREF
                | Op::DELETE_NAME
                | Op::STORE_GLOBAL
                | Op::DELETE_GLOBAL
                | Op::DELETE_ATTR
                | Op::DELETE_SUBSCR
                | Op::BUILD_SLICE
                | Op::BUILD_SET
                | Op::BUILD_MAP
                | Op::BUILD_STRING
                | Op::SET_ADD
                | Op::MAP_ADD
                | Op::LIST_EXTEND
                | Op::SET_UPDATE
                | Op::DICT_UPDATE
                | Op::DICT_MERGE
                | Op::LIST_TO_TUPLE
                | Op::CONVERT_VALUE
                | Op::FORMAT_SIMPLE
                | Op::FORMAT_WITH_SPEC
                | Op::UNPACK_EX
                | Op::MAKE_FUNCTION
                | Op::CALL_FUNCTION_EX
                | Op::LOAD_BUILD_CLASS
                | Op::CHECK_EXC_MATCH
                | Op::CHECK_EG_MATCH
                | Op::PREP_RERAISE_STAR
                | Op::LOAD_ASSERTION_ERROR
                | Op::BEFORE_WITH
                | Op::WITH_EXCEPT_START
                | Op::GET_YIELD_FROM_ITER
                | Op::IMPORT_NAME
                | Op::IMPORT_FROM
                | Op::IMPORT_STAR => self.rare_op(frame, ins)?,
                Op::CALL | Op::CALL_KW => self.op_call(frame, ins)?,
                Op::CALL_PY_EXACT_ARGS
                | Op::CALL_PY_WITH_DEFAULTS
                | Op::CALL_BOUND_METHOD_EXACT_ARGS
                | Op::CALL_PY_GENERAL
                | Op::CALL_BOUND_METHOD_GENERAL => {
                    let id = frame.code.cache_of(&ins).map_or(0, |c| c.keys.get());
                    if self.call_py_fast(frame, ins.op, arg as usize, id)? {
                        // The callee's frame is current now: count in the caller's code.
                        if let Some(caller) = self.frame_stack.last() {
                            Self::spec_hit(&caller.code, ins);
                        }
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_call(frame, ins)?;
                    }
                }
                Op::CALL_ALLOC_AND_ENTER_INIT => {
                    let place =
                        frame.code.cache_of(&ins).map_or((0, 0, 0), |c| (c.version.get(), c.index.get(), c.aux.get()));
                    if self.call_alloc_and_init(frame, arg as usize, place)? {
                        if let Some(caller) = self.frame_stack.last() {
                            Self::spec_hit(&caller.code, ins);
                        }
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_call(frame, ins)?;
                    }
                }
                Op::CALL_BUILTIN_O
                | Op::CALL_BUILTIN_FAST
                | Op::CALL_METHOD_DESCRIPTOR_NOARGS
                | Op::CALL_METHOD_DESCRIPTOR_O
                | Op::CALL_METHOD_DESCRIPTOR_FAST
                | Op::CALL_LEN
                | Op::CALL_ISINSTANCE
                | Op::CALL_LIST_APPEND => {
                    let addr = frame.code.cache_of(&ins).map_or(0, |c| c.keys.get());
                    match self.call_native_fast(frame, ins.op, arg as usize, addr) {
                        Some(r) => {
                            Self::spec_hit(&frame.code, ins);
                            frame.push(r?);
                            self.run_due_finalizers();
                            continue;
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_call(frame, ins)?;
                        }
                    }
                }
                Op::CALL_BUILTIN_CLASS => {
                    let version = frame.code.cache_of(&ins).map_or(0, |c| c.version.get());
                    match self.call_builtin_class(frame, arg as usize, version) {
                        Some(r) => {
                            Self::spec_hit(&frame.code, ins);
                            frame.push(r?);
                        }
                        None => {
                            self.spec_miss(frame, ins);
                            self.op_call(frame, ins)?;
                        }
                    }
                }
                Op::CALL_TYPE_1 | Op::CALL_STR_1 | Op::CALL_TUPLE_1 => match self.call_class_1(frame, ins.op) {
                    Some(r) => {
                        Self::spec_hit(&frame.code, ins);
                        frame.push(r?);
                    }
                    None => {
                        self.spec_miss(frame, ins);
                        self.op_call(frame, ins)?;
                    }
                },
                Op::CALL_KW_PY | Op::CALL_KW_BOUND_METHOD | Op::CALL_KW_NON_PY => {
                    let id = frame.code.cache_of(&ins).map_or(0, |c| c.keys.get());
                    if self.call_kw_fast(frame, ins.op, arg as usize, id)? {
                        Self::spec_hit(&frame.code, ins);
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_call(frame, ins)?;
                    }
                }
                Op::RAISE_VARARGS => {
                    return Err(self.do_raise(frame, arg)?);
                }
                Op::RERAISE => {
                    let exc = frame.pop();
                    self.reraising = true;
                    return Err(match exc {
                        Value::Instance(i) => PyErr::Exc(i),
                        other => PyErr::Raise(other),
                    });
                }
                Op::PUSH_EXC_INFO => {
                    let exc = frame.pop();
                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                    frame.push(prev);
                    frame.push(exc);
                }
                Op::POP_EXCEPT => {
                    let prev = frame.pop();
                    self.exc_info = prev;
                }
                Op::YIELD_VALUE => {
                    let v = frame.pop();
                    if self.frame_stack.len() != base {
                        return Err(PyErr::new(ExcType::SystemError, "yield from an inline frame"));
                    }
                    let placeholder = self.blank_frame(frame);
                    let suspended = std::mem::replace(frame, placeholder);
                    return Ok(Leave::Exit(Exit::Yield(v, suspended)));
                }
                Op::SEND_GEN => {
                    if let Value::Generator(g) = frame.peek(2).clone() {
                        Self::spec_hit(&frame.code, ins);
                        let v = frame.pop();
                        match self.gen_send(&g, v)? {
                            super::generator::SendResult::Yield(y) => frame.push(y),
                            super::generator::SendResult::Return(r) => {
                                frame.push(r);
                                frame.ip = arg as usize;
                            }
                        }
                    } else {
                        self.spec_miss(frame, ins);
                        self.op_send(frame, ins)?;
                    }
                }
                Op::SEND => self.op_send(frame, ins)?,
                Op::END_SEND => {
                    let v = frame.pop();
                    frame.pop();
                    frame.push(v);
                }
                Op::MATCH_SEQUENCE
                | Op::MATCH_MAPPING
                | Op::GET_LEN
                | Op::MATCH_KEYS
                | Op::MATCH_CLASS
                | Op::COPY_DICT_WITHOUT_KEYS => self.pattern_op(frame, ins.op, arg)?,
                Op::MAKE_COMPLEX => self.make_complex(frame)?,
                Op::GET_AWAITABLE | Op::GET_AITER | Op::GET_ANEXT | Op::END_ASYNC_FOR | Op::BEFORE_ASYNC_WITH => {
                    self.coroutine_op(frame, ins.op)?
                }
            }
            if self.take_reenter() {
                return Ok(Leave::Reenter);
            }
            ip = frame.ip;
            if !Rc::ptr_eq(&instrs, &frame.instrs) {
                instrs = frame.instrs.clone();
            }
        }
    }

    /// Builds the exception for RAISE_VARARGS (returned as the error to raise).
    fn do_raise(&mut self, frame: &mut Box<Frame>, argc: u32) -> PyResult<PyErr> {
        match argc {
            0 => match &self.exc_info {
                Value::Instance(i) => {
                    self.reraising = true;
                    Ok(PyErr::Exc(i.clone()))
                }
                _ => Ok(PyErr::runtime_error("No active exception to reraise")),
            },
            1 => {
                let v = frame.pop();
                Ok(PyErr::Exc(self.exception_from_raise(v)?))
            }
            _ => {
                let cause = frame.pop();
                let v = frame.pop();
                let exc = self.exception_from_raise(v)?;
                let cause = self.raise_cause(cause)?;
                if let Some(d) = exc.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(PyErr::Exc(exc))
            }
        }
    }

    /// `except T:` matching, where T is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let exc_cls = self.type_of(exc);
        match typ {
            Value::Class(c) => {
                let base = self.exc_class(ExcType::BaseException);
                if !Class::is_subclass(c, &base) {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(Class::is_subclass(&exc_cls, c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// A minimal traceback object (`tb_lineno`) for `__exit__` and `__traceback__`.
    pub fn traceback_object(&mut self, exc: &Value) -> Value {
        let Value::Instance(i) = exc else { return Value::None };
        let Some(data) = i.exc() else { return Value::None };
        let line = data.borrow().traceback.first().map(|t| t.line).unwrap_or(0);
        let cls = self.types.traceback.clone();
        let tb = crate::builtins::object_new_instance(&cls);
        if let Value::Instance(t) = &tb {
            if let Some(d) = &t.dict {
                d.set_item_str("tb_lineno", Value::Int(i64::from(line)));
                d.set_item_str("tb_next", Value::None);
            }
        }
        tb
    }

    /// Whether `v`'s type has neither `__iter__` nor `__getitem__` (its
    /// TypeError from iteration is the VM's own, not one the object raised).
    pub(super) fn lacks_iteration(&self, v: &Value) -> bool {
        match v {
            Value::Instance(i) => {
                let cls = i.class();
                cls.lookup("__iter__").is_none() && cls.lookup("__getitem__").is_none()
            }
            Value::Generator(_) => false,
            _ => true,
        }
    }

    /// `*x` on something that is not iterable names the type, as CPython does.
    pub(super) fn star_error(&self, e: PyErr, v: &Value) -> PyErr {
        if e.is_new(ExcType::TypeError) && self.lacks_iteration(v) {
            PyErr::type_error(format!("Value after * must be an iterable, not {}", self.type_name(v)))
        } else {
            e
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check_gap;

    #[test]
    fn check_gaps_vary_around_1024_and_have_both_parities() {
        let mut ticks = 0u64;
        let gaps: Vec<u64> = (0..4096)
            .map(|_| {
                let gap = check_gap(ticks);
                ticks += gap;
                gap
            })
            .collect();
        assert!(gaps.iter().all(|g| (768..1280).contains(g)));
        let mean = gaps.iter().sum::<u64>() as f64 / gaps.len() as f64;
        assert!((mean - 1024.0).abs() < 64.0, "mean gap {mean}");
        let odd = gaps.iter().filter(|g| *g % 2 == 1).count();
        assert!(odd > 1500 && odd < 2600, "{odd} odd gaps: a call/back-edge loop is sampled at both");
    }
}
