//! Methods of `BaseException` (the classes themselves are built in `vm::types`).

use std::rc::Rc;

use super::{method, method_args};
use crate::objects::class::TbEntry;
use crate::objects::{Args, Instance, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let base = vm.exc_class(crate::vm::ExcType::BaseException);
    method(&base, "__init__", exc_init);
    method(&base, "__repr__", exc_repr);
    method(&base, "with_traceback", exc_with_traceback);
    method(&base, "add_note", exc_add_note);
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

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (e, rest) = method_args("with_traceback", &args, 1, 1)?;
    if let Value::Instance(i) = e {
        set_traceback(vm, i, &rest[0])?;
    }
    Ok(e.clone())
}

/// `exc.add_note(note)`: appends to the `__notes__` list, creating it.
fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (e, rest) = method_args("add_note", &args, 1, 1)?;
    let Value::Str(_) = &rest[0] else {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", vm.type_name(&rest[0]))));
    };
    let notes_name = crate::compile::intern("__notes__");
    let notes = match vm.get_attr(e, &notes_name) {
        Ok(n) => n,
        Err(err) if vm.err_matches(&err, ExcType::AttributeError) => {
            let n = Value::list(Vec::new());
            vm.set_attr(e, &notes_name, n.clone())?;
            n
        }
        Err(err) => return Err(err),
    };
    let Value::List(l) = &notes else { return Err(PyErr::type_error("Cannot add note: __notes__ is not a list")) };
    l.items.borrow_mut().push(rest[0].clone());
    Ok(Value::None)
}

/// Assignments to the attributes an exception keeps outside its dict
/// (`args`, `__cause__`, `__context__`, `__suppress_context__`,
/// `__traceback__`); false for any other name.
pub fn set_exc_attr(vm: &mut Vm, inst: &Rc<Instance>, name: &str, value: &Value) -> PyResult<bool> {
    let Some(data) = inst.exc() else { return Ok(false) };
    let exception_or_none = |v: &Value| match v {
        Value::None => Some(None),
        Value::Instance(i) if i.exc().is_some() => Some(Some(v.clone())),
        _ => None,
    };
    match name {
        "args" => {
            let items = vm.collect(value)?;
            data.borrow_mut().args = items;
        }
        "__cause__" => {
            let cause = exception_or_none(value)
                .ok_or_else(|| PyErr::type_error("exception cause must be None or derive from BaseException"))?;
            let mut d = data.borrow_mut();
            d.cause = cause;
            d.suppress_context = true;
        }
        "__context__" => {
            let context = exception_or_none(value)
                .ok_or_else(|| PyErr::type_error("exception context must be None or derive from BaseException"))?;
            data.borrow_mut().context = context;
        }
        "__suppress_context__" => {
            let flag = vm.truthy(value)?;
            data.borrow_mut().suppress_context = flag;
        }
        "__traceback__" => set_traceback(vm, inst, value)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `exc.__traceback__ = tb`: None clears it; a traceback object's chain
/// (outermost first) becomes the entries, with the source lines it kept.
fn set_traceback(vm: &mut Vm, inst: &Rc<Instance>, tb: &Value) -> PyResult<()> {
    let Some(data) = inst.exc() else { return Ok(()) };
    if matches!(tb, Value::None) {
        data.borrow_mut().traceback.clear();
        return Ok(());
    }
    let is_tb = |v: &Value| matches!(v, Value::Instance(t) if Rc::ptr_eq(&t.class(), &vm.types.traceback));
    if !is_tb(tb) {
        return Err(PyErr::type_error("__traceback__ must be a traceback or None"));
    }
    let mut entries = Vec::new();
    let mut cur = tb.clone();
    while let Value::Instance(t) = &cur {
        let Some(d) = &t.dict else { break };
        if let Some(Value::Tuple(e)) = d.get_str("_entry") {
            if let (Some(Value::Str(file)), Some(Value::Int(line)), Some(Value::Str(func)), Some(Value::Str(text))) =
                (e.items.first(), e.items.get(1), e.items.get(2), e.items.get(3))
            {
                entries.push(TbEntry {
                    filename: Rc::from(file.as_str()),
                    name: func.clone(),
                    line: *line as u32,
                    source: None,
                    text: Some(Rc::from(text.as_str())),
                });
            }
        }
        cur = d.get_str("tb_next").unwrap_or(Value::None);
    }
    // Stored innermost first, as frames are left.
    entries.reverse();
    data.borrow_mut().traceback = entries;
    Ok(())
}
