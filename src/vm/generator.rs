//! Generators: a suspended frame plus the send/throw/close protocol.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::Exit;
use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::Op;
use crate::objects::class::{HAS_PENDING_FINALIZERS, PENDING_FINALIZERS};
use crate::objects::{PyResult, PyStr, Value};

pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// Made by calling an `async def` (type `coroutine`).
    pub is_coroutine: bool,
    /// Made by calling an `async def` that yields (type `async_generator`;
    /// `is_coroutine` is false: it is not awaitable).
    pub is_async_gen: bool,
    /// The exception its frame was handling when it last yielded (its own
    /// `sys.exc_info()`, swapped in while it runs), or None.
    pub exc_state: RefCell<Value>,
    pub gc: crate::objects::gc::GcSlot,
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator {}>", self.qualname.as_str())
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        crate::objects::gc::untrack(&self.gc);
        // A generator suspended inside try/finally or with must run its
        // cleanup when it dies (CPython closes it); the VM does that at the
        // next instruction boundary.
        if !self.needs_close() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else { return };
        // The revived generator is built only once it can be queued: one
        // dropped unqueued (the queue gone at thread exit) would revive
        // itself again from its own `Drop`, without end.
        let _ = PENDING_FINALIZERS.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(Value::Generator(crate::objects::gc::track_generator(Rc::new(Generator {
                    frame: RefCell::new(Some(frame)),
                    running: Cell::new(false),
                    started: Cell::new(true),
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    is_coroutine: self.is_coroutine,
                    is_async_gen: self.is_async_gen,
                    exc_state: RefCell::new(self.exc_state.get_mut().clone()),
                    gc: Default::default(),
                }))));
            }
        });
        let _ = HAS_PENDING_FINALIZERS.try_with(|f| f.set(true));
    }
}

impl Generator {
    /// Whether it is suspended inside `try`/`with`, so that it must be
    /// closed (its cleanup run) before it is freed.
    pub fn needs_close(&self) -> bool {
        self.started.get()
            && !self.running.get()
            && self.frame.try_borrow().is_ok_and(|f| f.as_ref().is_some_and(|f| !f.code.exc_table.is_empty()))
    }

    /// The Python type name: `generator`, `coroutine` or `async_generator`.
    pub fn kind_name(&self) -> &'static str {
        if self.is_async_gen {
            "async_generator"
        } else if self.is_coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }
}

impl Generator {
    /// The kind in CPython's messages ("async generator raised ...").
    pub fn kind_words(&self) -> &'static str {
        if self.is_async_gen {
            "async generator"
        } else {
            self.kind_name()
        }
    }
}

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn new_generator(&mut self, frame: Box<Frame>) -> Value {
        let name = frame.code.name.clone();
        let qualname = frame.code.qualname.clone();
        let is_async_gen = frame.code.flags.async_generator;
        let is_coroutine = frame.code.flags.coroutine && !is_async_gen;
        Value::Generator(crate::objects::gc::track_generator(Rc::new(Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name,
            qualname,
            is_coroutine,
            is_async_gen,
            exc_state: RefCell::new(Value::None),
            gc: Default::default(),
        })))
    }

    fn take_frame(&self, gen: &Generator) -> PyResult<Option<Box<Frame>>> {
        if gen.running.get() {
            return Err(PyErr::value_error("generator already executing"));
        }
        Ok(gen.frame.borrow_mut().take())
    }

    /// Runs a generator frame (optionally raising `err` in it first).
    fn resume(&mut self, gen: &Generator, frame: Box<Frame>, err: Option<PyErr>) -> PyResult<SendResult> {
        gen.running.set(true);
        gen.started.set(true);
        // Like CPython, a generator has its own handled exception: what it
        // was handling when it yielded comes back when it resumes, and the
        // caller's comes back when it yields or ends.
        let outer = self.exc_info.clone();
        let own = std::mem::replace(&mut *gen.exc_state.borrow_mut(), Value::None);
        if !own.is_none() {
            self.exc_info = own;
        }
        let r = match err {
            None => self.execute(frame),
            Some(e) => self.execute_with_error(frame, e),
        };
        gen.running.set(false);
        let inner = std::mem::replace(&mut self.exc_info, outer.clone());
        match r {
            Ok(Exit::Yield(v, f)) => {
                if !inner.is_none() && !inner.is(&outer) {
                    *gen.exc_state.borrow_mut() = inner;
                }
                *gen.frame.borrow_mut() = Some(f);
                Ok(SendResult::Yield(v))
            }
            Ok(Exit::Return(v)) => Ok(SendResult::Return(v)),
            Err(e) => {
                if self.err_matches(&e, ExcType::StopIteration) {
                    let cause = self.normalize(e);
                    let kind = gen.kind_words();
                    let exc = self.normalize(PyErr::runtime_error(format!("{kind} raised StopIteration")));
                    if let Some(d) = exc.exc() {
                        d.borrow_mut().cause = Some(Value::Instance(cause));
                    }
                    return Err(PyErr::Exc(exc));
                }
                Err(e)
            }
        }
    }

    pub fn gen_send(&mut self, gen: &Generator, value: Value) -> PyResult<SendResult> {
        let Some(mut frame) = self.take_frame(gen)? else {
            return Ok(SendResult::Return(Value::None));
        };
        if gen.started.get() {
            frame.push(value);
        } else if !value.is_none() {
            *gen.frame.borrow_mut() = Some(frame);
            let kind = gen.kind_words();
            return Err(PyErr::type_error(format!("can't send non-None value to a just-started {kind}")));
        }
        self.resume(gen, frame, None)
    }

    /// `gen.throw(exc)`: raises `err` at the suspension point (delegating to
    /// a sub-iterator when suspended in `yield from`).
    pub fn gen_throw(&mut self, gen: &Generator, err: PyErr) -> PyResult<SendResult> {
        let Some(mut frame) = self.take_frame(gen)? else { return Err(err) };
        if !gen.started.get() {
            gen.started.set(true);
            return Err(err);
        }
        let in_yield_from = frame.ip > 0 && {
            let prev = frame.code.instrs[frame.ip - 1].get();
            prev.op == Op::YIELD_VALUE && prev.arg == 1
        };
        let mut err = err;
        if in_yield_from {
            let delegate = frame.top().clone();
            let is_exit = self.err_matches(&err, ExcType::GeneratorExit);
            let outcome = if is_exit {
                match self.close_iterator(&delegate) {
                    Ok(()) => None,
                    Err(e) => Some(Err(e)),
                }
            } else {
                Some(self.throw_into(&delegate, err.clone()))
            };
            match outcome {
                None => {}
                Some(Ok(Some(SendResult::Yield(v)))) => {
                    *gen.frame.borrow_mut() = Some(frame);
                    return Ok(SendResult::Yield(v));
                }
                Some(Ok(Some(SendResult::Return(r)))) => {
                    // The sub-iterator finished: continue after the yield-from loop.
                    let jump = frame.code.instrs[frame.ip].get();
                    let send = frame.code.instrs[jump.arg as usize].get();
                    frame.push(r);
                    frame.ip = send.arg as usize;
                    return self.resume(gen, frame, None);
                }
                Some(Ok(None)) => {}
                Some(Err(e)) => err = e,
            }
        }
        self.resume(gen, frame, Some(err))
    }

    /// Throws into any iterator: generators directly, others via `.throw()`.
    /// `Ok(None)` means it has no throw method.
    fn throw_into(&mut self, it: &Value, err: PyErr) -> PyResult<Option<SendResult>> {
        if let Value::Generator(g) = it {
            return self.gen_throw(g, err).map(Some);
        }
        if self.type_of(it).lookup("throw").is_none() {
            return Ok(None);
        }
        let exc = Value::Instance(self.normalize(err));
        match self.call_method(it, "throw", &[exc]) {
            Ok(v) => Ok(Some(SendResult::Yield(v))),
            Err(e) if self.err_matches(&e, ExcType::StopIteration) => {
                let v = self.stop_iteration_value(e);
                Ok(Some(SendResult::Return(v)))
            }
            Err(e) => Err(e),
        }
    }

    fn close_iterator(&mut self, it: &Value) -> PyResult<()> {
        match it {
            Value::Generator(g) => self.gen_close(g),
            other => {
                if self.type_of(other).lookup("close").is_some() {
                    self.call_method(other, "close", &[])?;
                }
                Ok(())
            }
        }
    }

    pub fn gen_close(&mut self, gen: &Generator) -> PyResult<()> {
        if gen.frame.borrow().is_none() {
            return Ok(());
        }
        if !gen.started.get() {
            gen.frame.borrow_mut().take();
            return Ok(());
        }
        match self.gen_throw(gen, PyErr::new(ExcType::GeneratorExit, "")) {
            Ok(SendResult::Yield(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(SendResult::Return(_)) => Ok(()),
            Err(e) if self.err_matches(&e, ExcType::GeneratorExit) || self.err_matches(&e, ExcType::StopIteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The `value` of a StopIteration error (None when absent).
    pub fn stop_iteration_value(&mut self, e: PyErr) -> Value {
        let exc = self.normalize(e);
        exc.exc().and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None)
    }

    /// SEND: one step of `yield from`.
    pub fn send(&mut self, it: &Value, v: Value) -> PyResult<SendResult> {
        if let Value::Generator(g) = it {
            return self.gen_send(g, v);
        }
        if let Some(step) = super::asyncgen::as_agen_step(it) {
            return self.agen_step(step, super::asyncgen::StepInput::Send(v));
        }
        if v.is_none() {
            return match self.next(it)? {
                Some(y) => Ok(SendResult::Yield(y)),
                None => Ok(SendResult::Return(Value::None)),
            };
        }
        match self.call_method(it, "send", &[v]) {
            Ok(y) => Ok(SendResult::Yield(y)),
            Err(e) if self.err_matches(&e, ExcType::StopIteration) => {
                Ok(SendResult::Return(self.stop_iteration_value(e)))
            }
            Err(e) => Err(e),
        }
    }
}
