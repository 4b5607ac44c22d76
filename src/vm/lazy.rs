//! Builtins written in Python (`modules/py/_bytearray.py`, `_complex.py`),
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
}
