//! The coroutine instructions: GET_AWAITABLE, GET_AITER, GET_ANEXT,
//! END_ASYNC_FOR and BEFORE_ASYNC_WITH (the compiler side is
//! `compile/asyncgen.rs`). A coroutine is a generator whose code is
//! flagged `coroutine`; awaiting drives an iterator with the SEND loop.

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::Op;
use crate::objects::{PyResult, Value};

impl Vm {
    pub(super) fn coroutine_op(&mut self, frame: &mut Frame, op: Op) -> PyResult<()> {
        match op {
            Op::GET_AWAITABLE => {
                let v = frame.pop();
                let it = self.awaitable_iter(&v)?;
                frame.push(it);
            }
            Op::GET_AITER => {
                let v = frame.pop();
                let it = self.async_iter(&v)?;
                frame.push(it);
            }
            Op::GET_ANEXT => {
                let it = frame.top().clone();
                let r = match self.call_special(&it, "__anext__", &[])? {
                    Some(r) => r,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {}",
                            self.type_name(&it)
                        )))
                    }
                };
                let aw = self.awaitable_iter(&r).map_err(|_| {
                    PyErr::type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        self.type_name(&r)
                    ))
                })?;
                frame.push(aw);
            }
            Op::END_ASYNC_FOR => {
                let exc = frame.pop();
                let stop = self.exc_class(ExcType::StopAsyncIteration);
                if self.isinstance(&exc, &stop) {
                    frame.pop();
                } else {
                    return Err(self.reraise_value(exc));
                }
            }
            Op::BEFORE_ASYNC_WITH => {
                let mgr = frame.pop();
                let cls = self.type_of(&mgr);
                let (Some(enter), Some(exit)) = (cls.lookup("__aenter__"), cls.lookup("__aexit__")) else {
                    let missing = if cls.lookup("__aenter__").is_none() { "" } else { " (missed __aexit__ method)" };
                    return Err(PyErr::type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol{missing}",
                        cls.name().as_str()
                    )));
                };
                let exit = self.bind_descriptor(exit, mgr.clone(), &cls)?;
                frame.push(exit);
                let enter = self.bind_descriptor(enter, mgr, &cls)?;
                let r = self.call(&enter, &[])?;
                let aw = self.awaitable_iter(&r)?;
                frame.push(aw);
            }
            _ => return Err(PyErr::new(ExcType::SystemError, "not a coroutine instruction")),
        }
        Ok(())
    }

    /// What `await v` iterates: a coroutine itself, or the iterator `v.__await__()` returns.
    pub fn awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.is_coroutine {
                return Ok(v.clone());
            }
        }
        if super::asyncgen::as_agen_step(v).is_some() {
            return Ok(v.clone());
        }
        if !matches!(v, Value::Instance(_)) || self.type_of(v).lookup("__await__").is_none() {
            return Err(PyErr::type_error(format!("object {} can't be used in 'await' expression", self.type_name(v))));
        }
        let it = self.call_special(v, "__await__", &[])?.unwrap_or(Value::None);
        let is_iterator = match &it {
            Value::Generator(g) => !g.is_coroutine,
            Value::Iter(_) => true,
            other => self.type_of(other).lookup("__next__").is_some(),
        };
        if !is_iterator {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    fn async_iter(&mut self, v: &Value) -> PyResult<Value> {
        match self.call_special(v, "__aiter__", &[])? {
            Some(it) => Ok(it),
            None => Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            ))),
        }
    }

    /// Raises an exception value again (END_ASYNC_FOR's non-matching case).
    fn reraise_value(&mut self, exc: Value) -> PyErr {
        match exc {
            Value::Instance(i) => {
                self.reraising = true;
                PyErr::Exc(i)
            }
            _ => PyErr::new(ExcType::SystemError, "END_ASYNC_FOR without an exception"),
        }
    }
}
