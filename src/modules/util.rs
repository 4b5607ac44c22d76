//! Helpers shared by the builtin modules.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::{Args, Builtin, NativeFn, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

/// A module-level builtin function.
pub fn builtin(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner }))
}

/// Stores module-level builtin functions into a module dict.
pub fn add_fns(d: &PyDict, owner: &'static str, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        d.set_item_str(name, builtin(owner, name, *f));
    }
}

/// Runs Python source into a module's namespace (module code written in Python).
pub fn run_source(vm: &mut Vm, d: &Rc<PyDict>, src: &str, filename: &str) -> PyResult<()> {
    if !d.contains_str("__builtins__") {
        d.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let code = crate::compile::compile(src, filename)
        .map_err(|e| PyErr::new(ExcType::SyntaxError, format!("{} ({filename}, line {})", e.msg, e.line)))?;
    vm.run_code(code, d.clone(), Some(d.clone()))?;
    Ok(())
}

/// An integer argument as a BigInt (`__index__` semantics).
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            if let Some(b) = vm.to_bigint(&r) {
                return Ok(b);
            }
            return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r))));
        }
        if let Some(base) = vm.payload_base(v) {
            if let Some(b) = vm.to_bigint(&base) {
                return Ok(b);
            }
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// A real-number argument as f64 (`__float__` / `__index__`), with the
/// math module's "must be real number" error.
pub fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::vm::arith::big_to_f64(b),
        Value::Instance(_) => {
            if let Some(base) = vm.payload_base(v) {
                if matches!(base, Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    return real(vm, &base);
                }
            }
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f.get()),
                    _ => Err(PyErr::type_error(format!("{}.__float__ returned non-float", vm.type_name(v)))),
                };
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return real(vm, &r);
            }
            Err(not_real(vm, v))
        }
        _ => Err(not_real(vm, v)),
    }
}

fn not_real(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))
}

/// Keyword arguments for a function taking only the listed names; errors
/// on unknown keywords.
pub fn kwargs<'a>(fname: &str, args: &Args<'a>, allowed: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in args.kwargs() {
        match allowed.iter().position(|a| *a == k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
            }
        }
    }
    Ok(out)
}

/// `len(v)`.
pub fn py_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::List(l) => Ok(l.len()),
        Value::Tuple(t) => Ok(t.items.len()),
        Value::Str(s) => Ok(s.char_len()),
        Value::Range(r) => Ok(r.len() as usize),
        _ => {
            let f = vm.builtins.get_str("len").ok_or_else(|| PyErr::runtime_error("len missing"))?;
            let n = vm.call(&f, std::slice::from_ref(v))?;
            Ok(vm.index_value(&n)? as usize)
        }
    }
}

/// The attribute dict of an instance (for native classes keeping state there).
pub fn inst_dict(v: &Value) -> PyResult<Rc<PyDict>> {
    match v {
        Value::Instance(i) => i.dict.clone().ok_or_else(|| PyErr::type_error("instance has no __dict__")),
        _ => Err(PyErr::type_error("descriptor requires an instance")),
    }
}
