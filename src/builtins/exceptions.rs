//! Methods of `BaseException` (the classes themselves are built in `vm::types`).

use super::{method, method_args};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let base = vm.exc_class(crate::vm::ExcType::BaseException);
    method(&base, "__init__", exc_init);
    method(&base, "__repr__", exc_repr);
    method(&base, "with_traceback", exc_with_traceback);
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if let Some(Value::Instance(i)) = pos.first() {
        if let Some(d) = i.exc() {
            let mut exc_args = pos[1..].to_vec();
            let os_error = vm.exc_class(crate::vm::ExcType::OSError);
            if (3..=5).contains(&exc_args.len()) && crate::objects::Class::is_subclass(&i.class(), &os_error) {
                // OSError(errno, strerror, filename): the filename is an attribute, not an arg.
                if let Some(dict) = &i.dict {
                    dict.set_item_str("filename", exc_args[2].clone());
                }
                exc_args.truncate(2);
            }
            d.borrow_mut().args = exc_args;
        }
    }
    Ok(Value::None)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (e, _) = method_args("__repr__", &args, 0, 0)?;
    let Value::Instance(i) = e else { return Err(PyErr::type_error("__repr__ needs an exception")) };
    let name = i.class().name();
    let exc_args = i.exc().map(|d| d.borrow().args.clone()).unwrap_or_default();
    let inner = if exc_args.len() == 1 {
        vm.repr(&exc_args[0])?
    } else {
        let r = vm.repr(&Value::tuple(exc_args))?;
        r[1..r.len() - 1].to_owned()
    };
    Ok(Value::string(format!("{}({})", name.as_str(), inner)))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (e, _) = method_args("with_traceback", &args, 1, 1)?;
    Ok(e.clone())
}
