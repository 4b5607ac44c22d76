//! Class-level protocols without metaclasses (a user metaclass's own
//! `__iter__`, `__len__` and `__contains__` are tried first). CPython gives `Enum` classes
//! iteration, `len()` and `in` through their metaclass; Brisk classes have
//! no metaclass machinery, so a class may instead define the classmethods
//! `__class_iter__`, `__class_len__` and `__class_contains__` (as
//! `__class_getitem__` already works for `Cls[...]`). They are consulted
//! only on class objects, on paths that would otherwise raise TypeError,
//! so ordinary code pays nothing for them.

use std::rc::Rc;

use super::Vm;
use crate::objects::{Class, PyResult, Value};

impl Vm {
    /// Calls the class hook `name` of `cls` if it defines one.
    pub fn class_hook(&mut self, cls: &Rc<Class>, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        // A real metaclass's dunder (`__class_iter__` -> `__iter__`) wins.
        if let Some(dunder) = name.strip_prefix("__class_") {
            if let Some(r) = self.meta_dunder(cls, &format!("__{dunder}"), args)? {
                return Ok(Some(r));
            }
        }
        let Some(f) = cls.lookup(name) else { return Ok(None) };
        let f = self.bind_descriptor(f, Value::Class(cls.clone()), cls)?;
        Ok(Some(self.call(&f, args)?))
    }
}
