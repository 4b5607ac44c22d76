//! Methods of async generators and of the awaitables their `asend`,
//! `athrow` and `aclose` return (the driving logic is `vm/asyncgen.rs`).

use super::generator::{stop_with, thrown_error};
use super::{function, method, method_args};
use crate::objects::iter::AgenOp;
use crate::objects::{Args, PyResult, Value};
use crate::vm::asyncgen::{as_agen_step, StepInput};
use crate::vm::generator::SendResult;
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let g = vm.types.async_generator.clone();
    method(&g, "__aiter__", aiter_self);
    method(&g, "__anext__", anext);
    method(&g, "asend", asend);
    method(&g, "athrow", athrow);
    method(&g, "aclose", aclose);
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let c = vm.types.iterator_type(name);
        method(&c, "__await__", await_self);
        method(&c, "__next__", step_next);
        method(&c, "send", step_send);
        method(&c, "throw", step_throw);
        method(&c, "close", step_close);
    }
    function(vm, "aiter", builtin_aiter);
    function(vm, "anext", builtin_anext);
}

/// The receiver, checked to be an async generator.
fn agen_arg<'a>(name: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    let (g, rest) = method_args(name, args, min, max)?;
    match g {
        Value::Generator(gen) if gen.is_async_gen => Ok((g, rest)),
        _ => Err(PyErr::type_error(format!("descriptor '{name}' requires an 'async_generator' object"))),
    }
}

fn aiter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, _) = agen_arg("__aiter__", &args, 0, 0)?;
    Ok(g.clone())
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, _) = agen_arg("__anext__", &args, 0, 0)?;
    Ok(vm.agen_awaitable(g, AgenOp::Send(Value::None)))
}

fn asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, rest) = agen_arg("asend", &args, 1, 1)?;
    Ok(vm.agen_awaitable(g, AgenOp::Send(rest[0].clone())))
}

fn athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, rest) = agen_arg("athrow", &args, 1, 3)?;
    let exc = match thrown_error(vm, rest)? {
        PyErr::Raise(v) => Value::Instance(vm.exception_from_raise(v)?),
        other => Value::Instance(vm.normalize(other)),
    };
    Ok(vm.agen_awaitable(g, AgenOp::Throw(exc)))
}

fn aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, _) = agen_arg("aclose", &args, 0, 0)?;
    Ok(vm.agen_awaitable(g, AgenOp::Close))
}

fn await_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = method_args("__await__", &args, 0, 0)?;
    Ok(it.clone())
}

/// Runs one step and reports it as an iterator does: a yielded value, or
/// StopIteration carrying the await's result.
fn step(vm: &mut Vm, it: &Value, input: StepInput) -> PyResult<Value> {
    let Some(ni) = as_agen_step(it) else {
        return Err(PyErr::runtime_error("cannot reuse already awaited aclose()/athrow()"));
    };
    match vm.agen_step(ni, input)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(stop_with(vm, v)),
    }
}

fn step_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = method_args("__next__", &args, 0, 0)?;
    step(vm, it, StepInput::Send(Value::None))
}

fn step_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, rest) = method_args("send", &args, 1, 1)?;
    step(vm, it, StepInput::Send(rest[0].clone()))
}

fn step_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, rest) = method_args("throw", &args, 1, 3)?;
    let err = thrown_error(vm, rest)?;
    step(vm, it, StepInput::Throw(err))
}

/// Closing the awaitable only stops it; the generator itself stays as it is.
fn step_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = method_args("close", &args, 0, 0)?;
    if let Some(ni) = as_agen_step(it) {
        let name = ni.type_name();
        *ni.state.borrow_mut() = crate::objects::iter::IterState::Exhausted(name);
    }
    Ok(Value::None)
}

/// `aiter(x)`: `x.__aiter__()`.
fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = super::check_args("aiter", &args, 1, 1)?;
    match vm.call_special(&pos[0], "__aiter__", &[])? {
        Some(it) => Ok(it),
        None => Err(PyErr::type_error(format!("'{}' object is not an async iterable", vm.type_name(&pos[0])))),
    }
}

/// `anext(it)`: `it.__anext__()` (the two-argument form is not supported).
fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = super::check_args("anext", &args, 1, 1)?;
    match vm.call_special(&pos[0], "__anext__", &[])? {
        Some(aw) => Ok(aw),
        None => Err(PyErr::type_error(format!("'{}' object is not an async iterator", vm.type_name(&pos[0])))),
    }
}
