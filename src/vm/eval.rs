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
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::objects::class::HAS_PENDING_FINALIZERS;
use crate::objects::{Args, Class, Function, PyDict, PyResult, PyStr, Value};

/// How an entry frame left the loop.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded; the frame is handed back to its generator.
    Yield(Value, Box<Frame>),
}

/// Small-int and float arithmetic done inline (no call, no allocation);
/// `None` sends the operation down the generic path.
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
        (Value::Float(x), Value::Float(y)) => Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Subtract => x - y,
            BinOp::Multiply => x * y,
            BinOp::TrueDivide if *y != 0.0 => x / y,
            _ => return None,
        })),
        _ => None,
    }
}

/// How often (in loop back-edges and calls) the host is asked about interrupts.
const INTERRUPT_CHECK_MASK: u64 = 0x3ff;

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
        if let Some(e) = err {
            if let Err(e) = self.unwind(&mut frame, base, e) {
                self.depth -= 1;
                return Err(e);
            }
        }
        let result = loop {
            let err = match self.dispatch(&mut frame, base) {
                Ok(exit) => break Ok(exit),
                Err(e) => e,
            };
            if let Err(e) = self.unwind(&mut frame, base, err) {
                break Err(e);
            }
        };
        self.depth -= 1;
        if !matches!(result, Ok(Exit::Yield(..))) {
            self.recycle_frame(frame);
        }
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
                frame.stack.truncate(keep);
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

    fn periodic_check(&mut self) -> PyResult<()> {
        self.ticks += 1;
        if self.ticks & INTERRUPT_CHECK_MASK == 0 && self.host.periodic(self.ticks) {
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    /// Pushes a new frame for an inline Python call.
    fn push_frame(&mut self, frame: &mut Box<Frame>, new: Box<Frame>) -> PyResult<()> {
        self.check_recursion()?;
        self.periodic_check()?;
        self.depth += 1;
        let caller = std::mem::replace(frame, new);
        self.frame_stack.push(caller);
        Ok(())
    }

    /// Executes a CALL whose arguments start at `args_at` in the frame's stack
    /// (the callable and self-or-NULL sit just below).
    fn do_call(&mut self, frame: &mut Box<Frame>, argc: usize, nkw: usize) -> PyResult<Option<Value>> {
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
                frame.stack.truncate(callable_at);
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
                    frame.stack.truncate(callable_at);
                    self.push_frame(frame, new)?;
                    return Ok(None);
                }
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
            frame.stack.truncate(callable_at);
            return r.map(Some);
        }
        let args: Vec<Value> = frame.stack.split_off(args_start);
        frame.stack.truncate(callable_at);
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

    fn name_error(&self, name: &str) -> PyErr {
        PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))
    }

    fn load_global(&mut self, frame: &Frame, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = frame.globals.get_pystr(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get_pystr(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_str()))
    }

    fn deref_name(code: &crate::compile::code::Code, i: usize) -> &str {
        let ncell = code.cellvars.len();
        if i < ncell {
            code.cellvars[i].as_str()
        } else {
            code.freevars.get(i - ncell).map(|s| s.as_str()).unwrap_or("?")
        }
    }

    #[allow(clippy::cognitive_complexity)]
    fn dispatch(&mut self, frame: &mut Box<Frame>, base: usize) -> PyResult<Exit> {
        loop {
            let Some(ins) = frame.code.instrs.get(frame.ip).map(std::cell::Cell::get) else {
                return Err(PyErr::new(ExcType::SystemError, "instruction pointer out of range"));
            };
            frame.ip += 1;
            let arg = ins.arg;
            match ins.op {
                Op::NOP => {}
                Op::POP_TOP => {
                    frame.pop();
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
                }
                Op::PUSH_NULL => frame.push(Value::Null),
                Op::COPY => {
                    let v = frame.peek(arg as usize).clone();
                    frame.push(v);
                }
                Op::SWAP => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - arg as usize);
                }
                Op::LOAD_CONST => {
                    let v = frame.code.consts[arg as usize].clone();
                    frame.push(v);
                }
                Op::RETURN_VALUE => {
                    let v = frame.pop();
                    if self.frame_stack.len() == base {
                        return Ok(Exit::Return(v));
                    }
                    let caller = self.frame_stack.pop().expect("caller");
                    let done = std::mem::replace(frame, caller);
                    self.depth -= 1;
                    self.recycle_frame(done);
                    frame.push(v);
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
                }
                Op::LOAD_FAST => {
                    let v = frame.stack[arg as usize].clone();
                    if v.is_null() {
                        let name = frame.code.varnames[arg as usize].as_str();
                        return Err(PyErr::new(
                            ExcType::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    frame.push(v);
                }
                Op::STORE_FAST => {
                    let v = frame.pop();
                    let old = std::mem::replace(&mut frame.stack[arg as usize], v);
                    drop(old);
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
                }
                Op::DELETE_FAST => {
                    if frame.stack[arg as usize].is_null() {
                        let name = frame.code.varnames[arg as usize].as_str();
                        return Err(PyErr::new(
                            ExcType::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    frame.stack[arg as usize] = Value::Null;
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
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
                }
                Op::DELETE_DEREF => {
                    frame.cells[arg as usize].set(Value::Null);
                }
                Op::LOAD_CLOSURE => {
                    let c = frame.cells[arg as usize].clone();
                    frame.push(Value::Cell(c));
                }
                Op::LOAD_FROM_DICT_OR_DEREF => {
                    let name = Self::deref_name(&frame.code, arg as usize).to_owned();
                    let from_ns = frame.namespace.as_ref().and_then(|ns| ns.get_str(&name));
                    let v = match from_ns {
                        Some(v) => v,
                        None => {
                            let v = frame.cells[arg as usize].get();
                            if v.is_null() {
                                return Err(self.name_error(&name));
                            }
                            v
                        }
                    };
                    frame.push(v);
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
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
                }
                Op::DELETE_NAME => {
                    let name = frame.code.names[arg as usize].clone();
                    let ns = frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
                    if ns.del_str(name.as_str()).is_none() {
                        return Err(self.name_error(name.as_str()));
                    }
                    if HAS_PENDING_FINALIZERS.get() {
                        self.run_finalizers();
                    }
                }
                Op::LOAD_GLOBAL => {
                    let name = frame.code.names[(arg >> 1) as usize].clone();
                    let v = self.load_global(frame, &name)?;
                    frame.push(v);
                    if arg & 1 == 1 {
                        frame.push(Value::Null);
                    }
                }
                Op::STORE_GLOBAL => {
                    let name = frame.code.names[arg as usize].clone();
                    let v = frame.pop();
                    frame.globals.set_str(name, v);
                }
                Op::DELETE_GLOBAL => {
                    let name = frame.code.names[arg as usize].clone();
                    if frame.globals.del_str(name.as_str()).is_none() {
                        return Err(self.name_error(name.as_str()));
                    }
                }
                Op::LOAD_ATTR => {
                    let name = frame.code.names[(arg >> 1) as usize].clone();
                    let obj = frame.pop();
                    if arg & 1 == 1 {
                        let (callable, self_arg) = self.load_method(&obj, name.as_str())?;
                        frame.push(callable);
                        frame.push(self_arg.unwrap_or(Value::Null));
                    } else {
                        let v = self.get_attr(&obj, &name)?;
                        frame.push(v);
                    }
                }
                Op::STORE_ATTR => {
                    let name = frame.code.names[arg as usize].clone();
                    let obj = frame.pop();
                    let v = frame.pop();
                    self.set_attr(&obj, &name, v)?;
                }
                Op::DELETE_ATTR => {
                    let name = frame.code.names[arg as usize].clone();
                    let obj = frame.pop();
                    self.del_attr(&obj, &name)?;
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
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    frame.push(Value::Bool(!b));
                }
                Op::TO_BOOL => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    frame.push(Value::Bool(b));
                }
                Op::BINARY_OP => {
                    if let Some(r) = inline_arith(frame.peek(2), frame.peek(1), arg) {
                        frame.pop();
                        *frame.stack.last_mut().expect("operand") = r;
                        continue;
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let (op, inplace) = BinOp::decode(arg);
                    let r = self.binary_op(&a, &b, op, inplace)?;
                    frame.push(r);
                }
                Op::COMPARE_OP => {
                    if let (Value::Int(x), Value::Int(y)) = (frame.peek(2), frame.peek(1)) {
                        let r = match CmpOp::from_arg(arg) {
                            CmpOp::Lt => x < y,
                            CmpOp::Le => x <= y,
                            CmpOp::Eq => x == y,
                            CmpOp::Ne => x != y,
                            CmpOp::Gt => x > y,
                            CmpOp::Ge => x >= y,
                        };
                        frame.pop();
                        *frame.stack.last_mut().expect("operand") = Value::Bool(r);
                        continue;
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = self.compare(&a, &b, CmpOp::from_arg(arg))?;
                    frame.push(r);
                }
                Op::IS_OP => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(a.is(&b) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    let container = frame.pop();
                    let item = frame.pop();
                    let r = self.contains(&container, &item)?;
                    frame.push(Value::Bool(r != (arg == 1)));
                }
                Op::BINARY_SUBSCR => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    let r = self.get_item(&obj, &key)?;
                    frame.push(r);
                }
                Op::STORE_SUBSCR => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    self.set_item(&obj, key, v)?;
                }
                Op::DELETE_SUBSCR => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    self.del_item(&obj, &key)?;
                }
                Op::BUILD_SLICE => {
                    let step = if arg == 3 { frame.pop() } else { Value::None };
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame.push(Value::Slice(Rc::new(crate::objects::PySlice { start, stop, step })));
                }
                Op::BUILD_TUPLE => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::tuple(items));
                }
                Op::BUILD_LIST => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::list(items));
                }
                Op::BUILD_SET => {
                    let items = frame.pop_n(arg as usize);
                    let set = self.new_set(false);
                    for item in items {
                        self.set_add(&set, item)?;
                    }
                    frame.push(Value::Set(set));
                }
                Op::BUILD_MAP => {
                    let items = frame.pop_n(2 * arg as usize);
                    let d = Rc::new(PyDict::new());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    frame.push(Value::Dict(d));
                }
                Op::BUILD_STRING => {
                    let items = frame.pop_n(arg as usize);
                    let mut s = String::new();
                    for it in &items {
                        if let Value::Str(p) = it {
                            s.push_str(p.as_str());
                        }
                    }
                    frame.push(Value::string(s));
                }
                Op::LIST_APPEND => {
                    let v = frame.pop();
                    if let Value::List(l) = frame.peek(arg as usize) {
                        l.items.borrow_mut().push(v);
                    }
                }
                Op::SET_ADD => {
                    let v = frame.pop();
                    if let Value::Set(s) = frame.peek(arg as usize).clone() {
                        self.set_add(&s, v)?;
                    }
                }
                Op::MAP_ADD => {
                    let v = frame.pop();
                    let k = frame.pop();
                    if let Value::Dict(d) = frame.peek(arg as usize).clone() {
                        self.dict_set(&d, k, v)?;
                    }
                }
                Op::LIST_EXTEND => {
                    let iterable = frame.pop();
                    let items = self.collect(&iterable).map_err(|e| self.star_error(e, &iterable))?;
                    if let Value::List(l) = frame.peek(arg as usize) {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Op::SET_UPDATE => {
                    let iterable = frame.pop();
                    if let Value::Set(s) = frame.peek(arg as usize).clone() {
                        crate::builtins::update_internal(self, &s, &iterable)?;
                    }
                }
                Op::DICT_UPDATE | Op::DICT_MERGE => {
                    let other = frame.pop();
                    if let Value::Dict(d) = frame.peek(arg as usize).clone() {
                        self.dict_update_from(&d, &other, ins.op == Op::DICT_MERGE)?;
                    }
                }
                Op::LIST_TO_TUPLE => {
                    let v = frame.pop();
                    let items = match &v {
                        Value::List(l) => l.snapshot(),
                        _ => Vec::new(),
                    };
                    frame.push(Value::tuple(items));
                }
                Op::CONVERT_VALUE => {
                    let v = frame.pop();
                    let s = match arg {
                        2 => self.repr(&v)?,
                        3 => crate::builtins::ascii_of(&self.repr(&v)?),
                        _ => self.str_of(&v)?,
                    };
                    frame.push(Value::string(s));
                }
                Op::FORMAT_SIMPLE => {
                    let v = frame.pop();
                    let s = match &v {
                        Value::Str(_) => v,
                        _ => Value::string(self.format_value(&v, "")?),
                    };
                    frame.push(s);
                }
                Op::FORMAT_WITH_SPEC => {
                    let spec = frame.pop();
                    let v = frame.pop();
                    let spec = spec.as_str().map(|s| s.as_str().to_owned()).unwrap_or_default();
                    let s = self.format_value(&v, &spec)?;
                    frame.push(Value::string(s));
                }
                Op::UNPACK_SEQUENCE => {
                    let seq = frame.pop();
                    let items = self.unpack(&seq, arg as usize)?;
                    for v in items.into_iter().rev() {
                        frame.push(v);
                    }
                }
                Op::UNPACK_EX => {
                    let seq = frame.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.collect(&seq).map_err(|e| self.star_error(e, &seq))?;
                    if items.len() < before + after {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid_end = items.len() - after;
                    let mut out: Vec<Value> = items[..before].to_vec();
                    out.push(Value::list(items[before..mid_end].to_vec()));
                    out.extend_from_slice(&items[mid_end..]);
                    for v in out.into_iter().rev() {
                        frame.push(v);
                    }
                }
                Op::JUMP_FORWARD => frame.ip = arg as usize,
                Op::JUMP_BACKWARD => {
                    self.periodic_check()?;
                    frame.ip = arg as usize;
                }
                Op::POP_JUMP_IF_FALSE => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if !b {
                        frame.ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_TRUE => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if b {
                        frame.ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NONE => {
                    if frame.pop().is_none() {
                        frame.ip = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_NOT_NONE => {
                    if !frame.pop().is_none() {
                        frame.ip = arg as usize;
                    }
                }
                Op::GET_ITER => {
                    let v = frame.pop();
                    let it = self.get_iter(&v)?;
                    frame.push(it);
                }
                Op::FOR_ITER => {
                    let it = frame.top().clone();
                    match self.next(&it)? {
                        Some(v) => frame.push(v),
                        None => {
                            frame.pop();
                            frame.ip = arg as usize;
                        }
                    }
                }
                Op::MAKE_FUNCTION => {
                    let code = match frame.pop() {
                        Value::Code(c) => c,
                        _ => return Err(PyErr::new(ExcType::SystemError, "MAKE_FUNCTION without code")),
                    };
                    let closure = if arg & 8 != 0 {
                        match frame.pop() {
                            Value::Tuple(t) => t
                                .items
                                .iter()
                                .filter_map(|c| match c {
                                    Value::Cell(c) => Some(c.clone()),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let kwdefaults = if arg & 2 != 0 {
                        match frame.pop() {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let defaults = if arg & 1 != 0 {
                        match frame.pop() {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let doc = code.consts.first().cloned().filter(|c| matches!(c, Value::Str(_)));
                    let func = Function {
                        name: std::cell::RefCell::new(code.name.clone()),
                        qualname: std::cell::RefCell::new(code.qualname.clone()),
                        globals: frame.globals.clone(),
                        defaults: std::cell::RefCell::new(defaults),
                        kwdefaults: std::cell::RefCell::new(kwdefaults),
                        closure: closure.into_boxed_slice(),
                        dict: Rc::new(PyDict::new()),
                        code,
                    };
                    if let Some(d) = doc {
                        func.dict.set_item_str("__doc__", d);
                    }
                    frame.push(Value::Function(Rc::new(func)));
                }
                Op::CALL | Op::CALL_KW => {
                    let nkw = usize::from(ins.op == Op::CALL_KW);
                    if let Some(r) = self.do_call(frame, arg as usize, nkw)? {
                        frame.push(r);
                        if HAS_PENDING_FINALIZERS.get() {
                            self.run_finalizers();
                        }
                    }
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(frame.pop()) } else { None };
                    let args = frame.pop();
                    let self_slot = frame.pop();
                    let callable = frame.pop();
                    let r = if self_slot.is_null() {
                        self.call_ex(&callable, &args, kwargs.as_ref())?
                    } else {
                        let mut full = vec![self_slot];
                        full.extend(self.collect(&args)?);
                        self.call_ex(&callable, &Value::tuple(full), kwargs.as_ref())?
                    };
                    frame.push(r);
                }
                Op::LOAD_BUILD_CLASS => {
                    let bc = self.builtins.get_str("__build_class__").unwrap_or(Value::None);
                    frame.push(bc);
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
                Op::CHECK_EXC_MATCH => {
                    let typ = frame.pop();
                    let exc = frame.top().clone();
                    let r = self.exception_matches(&exc, &typ)?;
                    frame.push(Value::Bool(r));
                }
                Op::LOAD_ASSERTION_ERROR => {
                    frame.push(Value::Class(self.exc_class(ExcType::AssertionError)));
                }
                Op::BEFORE_WITH => {
                    let mgr = frame.pop();
                    let cls = self.type_of(&mgr);
                    let (Some(enter), Some(exit)) = (cls.lookup("__enter__"), cls.lookup("__exit__")) else {
                        let missing = if cls.lookup("__enter__").is_none() { "" } else { " (missed __exit__ method)" };
                        return Err(PyErr::type_error(format!(
                            "'{}' object does not support the context manager protocol{}",
                            cls.name().as_str(),
                            missing
                        )));
                    };
                    let exit = self.bind_descriptor(exit, mgr.clone(), &cls)?;
                    frame.push(exit);
                    let enter = self.bind_descriptor(enter, mgr.clone(), &cls)?;
                    let r = self.call(&enter, &[])?;
                    frame.push(r);
                }
                Op::WITH_EXCEPT_START => {
                    // [exit, prev, exc]
                    let exc = frame.peek(1).clone();
                    let exit = frame.peek(3).clone();
                    let typ = Value::Class(self.type_of(&exc));
                    let tb = self.traceback_object(&exc);
                    let r = self.call(&exit, &[typ, exc, tb])?;
                    frame.push(r);
                }
                Op::YIELD_VALUE => {
                    let v = frame.pop();
                    if self.frame_stack.len() != base {
                        return Err(PyErr::new(ExcType::SystemError, "yield from an inline frame"));
                    }
                    let placeholder = self.blank_frame(frame);
                    let suspended = std::mem::replace(frame, placeholder);
                    return Ok(Exit::Yield(v, suspended));
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = frame.pop();
                    let it = match v {
                        Value::Generator(_) => v,
                        other => self.get_iter(&other)?,
                    };
                    frame.push(it);
                }
                Op::SEND => {
                    let v = frame.pop();
                    let it = frame.top().clone();
                    match self.send(&it, v)? {
                        super::generator::SendResult::Yield(y) => frame.push(y),
                        super::generator::SendResult::Return(r) => {
                            frame.push(r);
                            frame.ip = arg as usize;
                        }
                    }
                }
                Op::END_SEND => {
                    let v = frame.pop();
                    frame.pop();
                    frame.push(v);
                }
                Op::IMPORT_NAME => {
                    let name = frame.code.names[arg as usize].clone();
                    let _fromlist = frame.pop();
                    let _level = frame.pop();
                    let m = self.import_module(name.as_str())?;
                    frame.push(m);
                }
                Op::IMPORT_FROM => {
                    let name = frame.code.names[arg as usize].clone();
                    let module = frame.top().clone();
                    let v = self.get_attr(&module, &name).map_err(|_| {
                        let mname = match &module {
                            Value::Module(m) => m.name.as_str().to_owned(),
                            _ => "?".to_owned(),
                        };
                        PyErr::new(
                            ExcType::ImportError,
                            format!("cannot import name '{}' from '{}'", name.as_str(), mname),
                        )
                    })?;
                    frame.push(v);
                }
                Op::IMPORT_STAR => {
                    let module = frame.pop();
                    if let Value::Module(m) = module {
                        let ns = frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
                        if let Some(all) = m.dict.get_str("__all__") {
                            for name in self.collect(&all)? {
                                let Value::Str(n) = &name else { continue };
                                let v = self.get_attr(&Value::Module(m.clone()), n)?;
                                ns.set_str(n.clone(), v);
                            }
                            continue;
                        }
                        for (k, v) in m.dict.items() {
                            if let Value::Str(s) = &k {
                                if !s.as_str().starts_with('_') {
                                    ns.set_str(s.clone(), v);
                                }
                            }
                        }
                    }
                }
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
                let cause = match cause {
                    Value::None => None,
                    c => Some(Value::Instance(self.exception_from_raise(c)?)),
                };
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

    /// `*x` on something that is not iterable names the type, as CPython does.
    fn star_error(&self, e: PyErr, v: &Value) -> PyErr {
        if e.is_new(ExcType::TypeError) && !matches!(v, Value::Instance(_) | Value::Generator(_)) {
            PyErr::type_error(format!("Value after * must be an iterable, not {}", self.type_name(v)))
        } else {
            e
        }
    }
}
