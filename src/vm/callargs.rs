//! Errors from building a call's `*args` and `**kwargs` name the function
//! being called, as CPython's do: `__main__.f() argument after ** must be a
//! mapping, not list`, `f() got multiple values for keyword argument 'a'`.

use super::{ExcType, PyErr, Vm};
use crate::objects::{PyDict, PyResult, Value};

impl Vm {
    /// `module.qualname()` for a callable, the module left out for builtins.
    pub(super) fn function_str(&self, callable: &Value) -> String {
        let qualified = |module: Option<Value>, qualname: &str| match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), qualname),
            _ => format!("{qualname}()"),
        };
        match callable {
            Value::Function(f) => qualified(f.globals.get_str("__name__"), f.qualname.borrow().as_str()),
            Value::BoundMethod(m) => self.function_str(&m.func),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => qualified(c.dict.get_str("__module__"), c.qualname.borrow().as_str()),
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// `f(*x)` where `x` is not iterable.
    pub(super) fn call_star_error(&self, e: PyErr, v: &Value, callable: &Value) -> PyErr {
        if e.is_new(ExcType::TypeError) && self.lacks_iteration(v) {
            PyErr::type_error(format!(
                "{} argument after * must be an iterable, not {}",
                self.function_str(callable),
                self.type_name(v)
            ))
        } else {
            e
        }
    }

    /// DICT_MERGE: `f(**other)` adds `other` to the call's keyword dict `d`.
    pub(super) fn merge_call_kwargs(&mut self, d: &PyDict, other: &Value, callable: &Value) -> PyResult<()> {
        let is_mapping = matches!(other, Value::Dict(_)) || self.type_of(other).lookup("keys").is_some();
        if !is_mapping {
            return Err(PyErr::type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                self.function_str(callable),
                self.type_name(other)
            )));
        }
        self.dict_update_from(d, other, true).map_err(|e| match e {
            PyErr::New(kind, msg) if msg.starts_with("got multiple values") => {
                PyErr::New(kind, format!("{} {}", self.function_str(callable), msg))
            }
            e => e,
        })
    }
}
