//! Methods of generators and builtin iterators.

use super::{method, method_args};
use crate::objects::{Args, Class, PyResult, Value};
use crate::vm::generator::SendResult;
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    method(&g, "send", send);
    method(&g, "throw", throw);
    method(&g, "close", close);
    add_iterator_methods(&g);
    let c = vm.types.iterator_type("coroutine");
    method(&c, "send", send);
    method(&c, "throw", throw);
    method(&c, "close", close);
}

/// `__iter__` (returns self) and `__next__` for iterator types.
pub fn add_iterator_methods(cls: &std::rc::Rc<Class>) {
    method(cls, "__iter__", iter_self);
    method(cls, "__next__", iter_next);
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = method_args("__iter__", &args, 0, 0)?;
    Ok(it.clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (it, _) = method_args("__next__", &args, 0, 0)?;
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}

/// A StopIteration carrying a generator's return value.
pub(super) fn stop_with(vm: &mut Vm, v: Value) -> PyErr {
    let cls = vm.exc_class(ExcType::StopIteration);
    let args = if v.is_none() { vec![] } else { vec![v] };
    PyErr::Exc(vm.new_exception(cls, args))
}

fn finish(vm: &mut Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(stop_with(vm, v)),
    }
}

fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, rest) = method_args("send", &args, 1, 1)?;
    let Value::Generator(g) = g else { return Err(PyErr::type_error("send() needs a generator")) };
    let r = vm.gen_send(g, rest[0].clone())?;
    finish(vm, r)
}

fn throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, rest) = method_args("throw", &args, 1, 3)?;
    let Value::Generator(g) = g else { return Err(PyErr::type_error("throw() needs a generator")) };
    let exc = thrown_error(vm, rest)?;
    let r = vm.gen_throw(g, exc)?;
    finish(vm, r)
}

/// The exception `throw(type[, value[, tb]])` raises.
pub(super) fn thrown_error(vm: &mut Vm, rest: &[Value]) -> PyResult<PyErr> {
    Ok(match (&rest[0], rest.get(1)) {
        (Value::Class(c), Some(v)) if !v.is_none() => match v {
            Value::Instance(i) if i.exc().is_some() => PyErr::Exc(i.clone()),
            other => {
                let e = vm.call(&Value::Class(c.clone()), std::slice::from_ref(other))?;
                PyErr::Raise(e)
            }
        },
        (v, _) => PyErr::Exc(vm.exception_from_raise(v.clone())?),
    })
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (g, _) = method_args("close", &args, 0, 0)?;
    let Value::Generator(g) = g else { return Err(PyErr::type_error("close() needs a generator")) };
    vm.gen_close(g)?;
    Ok(Value::None)
}
