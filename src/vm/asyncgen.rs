//! Async generators (PEP 525), as CPython 3.11 runs them. An async
//! generator is a generator frame whose code is flagged `async_generator`.
//! Its plain `yield` is `YIELD_VALUE 0`; the awaits inside it yield with
//! arg 1 (the SEND loop). `asend`/`__anext__`/`athrow`/`aclose` return an
//! awaitable (an `IterState::AsyncGen` iterator) that drives the frame: a
//! value from an await passes through to the event loop, a plain `yield`
//! finishes the awaitable with that value (StopIteration(value)), and the
//! frame returning ends iteration (StopAsyncIteration).

use std::rc::Rc;

use super::generator::{Generator, SendResult};
use super::{ExcType, PyErr, Vm};
use crate::bytecode::Op;
use crate::objects::iter::{AgenOp, IterState, NativeIter};
use crate::objects::{PyResult, Value};

/// What the awaitable's driver passes in at one step.
pub enum StepInput {
    Send(Value),
    Throw(PyErr),
}

/// The awaitable behind an `asend`/`athrow`, if `v` is one.
pub fn as_agen_step(v: &Value) -> Option<&Rc<NativeIter>> {
    match v {
        Value::Iter(ni)
            if matches!(
                &*ni.state.borrow(),
                IterState::AsyncGen { .. } | IterState::Exhausted("async_generator_asend" | "async_generator_athrow")
            ) =>
        {
            Some(ni)
        }
        _ => None,
    }
}

/// Whether the suspended frame stopped at a plain `yield` (not an await).
fn yielded_directly(gen: &Generator) -> bool {
    gen.frame.borrow().as_ref().is_some_and(|f| {
        f.ip > 0 && {
            let prev = f.code.instrs[f.ip - 1].get();
            prev.op == Op::YIELD_VALUE && prev.arg == 0
        }
    })
}

impl Vm {
    /// `agen.asend(v)` / `agen.athrow(exc)` / `agen.aclose()`: a fresh awaitable.
    pub fn agen_awaitable(&mut self, agen: &Value, op: AgenOp) -> Value {
        self.new_iter(IterState::AsyncGen { agen: agen.clone(), op, started: false })
    }

    /// One step of an async generator awaitable. `Return(v)` means the
    /// await is over with result `v`; `Yield(v)` passes `v` to the event loop.
    pub fn agen_step(&mut self, ni: &Rc<NativeIter>, input: StepInput) -> PyResult<SendResult> {
        let (agen, op, started) = match &mut *ni.state.borrow_mut() {
            IterState::AsyncGen { agen, op, started } => {
                let first = !*started;
                *started = true;
                (agen.clone(), op.clone(), !first)
            }
            IterState::Exhausted("async_generator_asend") => {
                return Err(PyErr::runtime_error("cannot reuse already awaited __anext__()/asend()"))
            }
            _ => return Err(PyErr::runtime_error("cannot reuse already awaited aclose()/athrow()")),
        };
        let Value::Generator(gen) = &agen else {
            return Err(PyErr::new(ExcType::SystemError, "async generator awaitable without a generator"));
        };
        let is_close = matches!(op, AgenOp::Close);
        let r = if started {
            match input {
                StepInput::Send(v) => self.gen_send(gen, v),
                StepInput::Throw(e) => self.gen_throw(gen, e),
            }
        } else {
            self.agen_first_step(gen, op, input)
        };
        let done = |ni: &Rc<NativeIter>| {
            let name = ni.type_name();
            *ni.state.borrow_mut() = IterState::Exhausted(name);
        };
        match r {
            Ok(SendResult::Yield(v)) if !yielded_directly(gen) => Ok(SendResult::Yield(v)),
            Ok(SendResult::Yield(v)) => {
                done(ni);
                if is_close {
                    return Err(PyErr::runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(SendResult::Return(v))
            }
            Ok(SendResult::Return(_)) => {
                done(ni);
                if is_close {
                    return Ok(SendResult::Return(Value::None));
                }
                Err(PyErr::new(ExcType::StopAsyncIteration, ""))
            }
            Err(e) => {
                done(ni);
                let stop = self.err_matches(&e, ExcType::StopAsyncIteration);
                if is_close && (stop || self.err_matches(&e, ExcType::GeneratorExit)) {
                    return Ok(SendResult::Return(Value::None));
                }
                Err(e)
            }
        }
    }

    /// A dropped async generator: with no event loop hook to schedule its
    /// `aclose()`, GeneratorExit is raised in it and cleanup runs up to the
    /// first await, where the frame is abandoned (a plain `yield` there is
    /// CPython's "ignored GeneratorExit").
    pub fn agen_finalize(&mut self, gen: &Generator) -> PyResult<()> {
        let r = self.gen_close_step(gen);
        match r {
            Ok(SendResult::Yield(_)) if yielded_directly(gen) => {
                gen.frame.borrow_mut().take();
                Err(PyErr::runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(_) => {
                gen.frame.borrow_mut().take();
                Ok(())
            }
            Err(e) if self.err_matches(&e, ExcType::GeneratorExit) => Ok(()),
            Err(e) if self.err_matches(&e, ExcType::StopAsyncIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn gen_close_step(&mut self, gen: &Generator) -> PyResult<SendResult> {
        if gen.frame.borrow().is_none() || !gen.started.get() {
            gen.frame.borrow_mut().take();
            return Ok(SendResult::Return(Value::None));
        }
        self.gen_throw(gen, PyErr::new(ExcType::GeneratorExit, ""))
    }

    /// The first step runs the awaitable's own operation; a value sent in
    /// replaces the `asend` argument only when it is not None.
    fn agen_first_step(&mut self, gen: &Generator, op: AgenOp, input: StepInput) -> PyResult<SendResult> {
        let sent = match input {
            StepInput::Throw(e) => return Err(e),
            StepInput::Send(v) => v,
        };
        let finished = gen.frame.borrow().is_none();
        match op {
            AgenOp::Send(v) => {
                if finished {
                    return Err(PyErr::new(ExcType::StopAsyncIteration, ""));
                }
                self.gen_send(gen, if sent.is_none() { v } else { sent })
            }
            AgenOp::Throw(exc) => {
                if finished {
                    return Err(PyErr::new(ExcType::StopAsyncIteration, ""));
                }
                let err = match exc {
                    Value::Instance(i) => PyErr::Exc(i),
                    other => PyErr::Raise(other),
                };
                self.gen_throw(gen, err)
            }
            AgenOp::Close => {
                if finished || !gen.started.get() {
                    self.gen_close(gen)?;
                    return Ok(SendResult::Return(Value::None));
                }
                self.gen_throw(gen, PyErr::new(ExcType::GeneratorExit, ""))
            }
        }
    }
}
