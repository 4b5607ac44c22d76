//! Builtins written in Python (`modules/py/_bytearray.py`, `_complex.py`, `_memoryview.py`),
//! loaded the first time a program names them, so that programs which never
//! use them pay nothing at startup. Imaginary literals (`2j`) build their
//! value through the same lazily loaded `complex`.

use super::frame::Frame;
use super::{PyErr, Vm};
use crate::objects::{PyResult, Value};

impl Vm {
    /// The value of a builtin that is loaded on first use, if `name` is one.
    pub(super) fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        let module = match name {
            "bytearray" => "_bytearray",
            "complex" => "_complex",
            "memoryview" => "_memoryview",
            "open" => "_fileio",
            "BaseExceptionGroup" | "ExceptionGroup" => "_excgroup",
            _ => return Ok(None),
        };
        let m = self.import_module(module)?;
        let Value::Module(m) = m else { return Ok(None) };
        let Some(v) = m.dict.get_str(name) else { return Ok(None) };
        self.builtins.set_item_str(name, v.clone());
        Ok(Some(v))
    }

    /// MAKE_COMPLEX: replaces the constant `(real, imag)` on top with a complex number.
    pub(super) fn make_complex(&mut self, frame: &mut Frame) -> PyResult<()> {
        let parts = frame.pop();
        let Value::Tuple(t) = &parts else { return Err(PyErr::type_error("MAKE_COMPLEX needs (real, imag)")) };
        let cls = match self.builtins.get_str("complex") {
            Some(c) => c,
            None => self.lazy_builtin("complex")?.ok_or_else(|| PyErr::runtime_error("complex is unavailable"))?,
        };
        let v = self.call(&cls, &t.items)?;
        frame.push(v);
        Ok(())
    }

    /// `x ** y` for a negative float `x` and a fractional `y`: `complex(x) ** y`.
    pub(super) fn complex_power(&mut self, x: f64, y: f64) -> PyResult<Value> {
        let cls = match self.builtins.get_str("complex") {
            Some(c) => c,
            None => self.lazy_builtin("complex")?.ok_or_else(|| PyErr::runtime_error("complex is unavailable"))?,
        };
        let base = self.call(&cls, &[Value::float(x)])?;
        self.binary_op(&base, &Value::float(y), crate::bytecode::BinOp::Power, false)
    }

    /// `int | str` and `list[int] | None`: a `types.UnionType`, when both
    /// operands are types (asked only after the operator found nothing else).
    pub fn type_union(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let type_like = |v: &Value| match v {
            Value::Class(_) | Value::None => true,
            Value::Instance(i) => matches!(i.class().name().as_str(), "UnionType" | "GenericAlias"),
            _ => false,
        };
        if !type_like(a) || !type_like(b) {
            return Ok(None);
        }
        let union = self.types_attr("UnionType")?;
        let make = self.get_attr(&union, &crate::compile::intern("_make"))?;
        Ok(Some(self.call(&make, &[a.clone(), b.clone()])?))
    }

    /// `list[int]` for a builtin class: a `types.GenericAlias`.
    pub fn generic_alias(&mut self, cls: &Value, args: &Value) -> PyResult<Value> {
        let alias = self.types_attr("GenericAlias")?;
        self.call(&alias, &[cls.clone(), args.clone()])
    }

    fn types_attr(&mut self, name: &str) -> PyResult<Value> {
        let m = self.import_module("types")?;
        self.get_attr(&m, &crate::compile::intern(name))
    }
}
