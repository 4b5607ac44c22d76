//! User-defined metaclasses (subclasses of `type`), as in CPython 3.11.
//!
//! A class records its metaclass only when it is not `type`
//! (`Class::metaclass`), so plain classes pay one `None` test. The pieces
//! here are the metaclass calculation of `__build_class__` and
//! `type.__new__`, attribute lookup through the metaclass
//! (`type.__getattribute__`), and the `__call__` / `__repr__` overrides.
//!
//! The specializer declines every class that has a metaclass
//! (`FailKind::MetaclassAttribute`): a metaclass can gain a data descriptor
//! or `__call__` without the class's version tag changing, so no guard on
//! the class alone could keep such a fast path correct.

use std::rc::Rc;

use super::{PyErr, Vm};
use crate::objects::{Class, PyResult, Value};

const CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

impl Vm {
    /// Whether `c` is `type` or derives from it.
    pub fn is_type_subclass(&self, c: &Rc<Class>) -> bool {
        Class::is_subclass(c, &self.types.type_)
    }

    /// The most derived of `meta` and the metaclasses of `bases`
    /// (CPython's `_PyType_CalculateMetaclass`), or the conflict TypeError.
    pub fn calculate_metaclass(&self, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
        let mut winner = meta.clone();
        for b in bases {
            let base_meta = self.type_of(b);
            if Class::is_subclass(&winner, &base_meta) {
                continue;
            }
            if Class::is_subclass(&base_meta, &winner) {
                winner = base_meta;
                continue;
            }
            return Err(PyErr::type_error(CONFLICT));
        }
        Ok(winner)
    }

    /// The metaclass's own `__call__`, when it overrides `type.__call__`.
    pub fn meta_call_override(&self, cls: &Class) -> Option<Value> {
        let meta = cls.metaclass()?;
        match meta.lookup("__call__")? {
            Value::Builtin(b) if b.owner == "type" => None,
            f => Some(f),
        }
    }

    /// An attribute the metaclass provides for the class `c`; `data_only`
    /// asks only for data descriptors (properties), which take precedence
    /// over the class's own attributes.
    pub fn meta_attr(&mut self, c: &Rc<Class>, name: &str, data_only: bool) -> PyResult<Option<Value>> {
        let Some(meta) = c.metaclass() else { return Ok(None) };
        let Some(v) = meta.lookup(name) else { return Ok(None) };
        let is_data = matches!(&v, Value::Property(_))
            || (matches!(&v, Value::Instance(_)) && {
                let t = self.type_of(&v);
                t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
            });
        if data_only && !is_data {
            return Ok(None);
        }
        self.bind_descriptor(v, Value::Class(c.clone()), &meta).map(Some)
    }

    /// `cls.name = value` through a data descriptor of the metaclass (a
    /// property with a setter, or an object with `__set__`); false when
    /// the metaclass has none and the class's own dict takes the value.
    pub fn meta_set(&mut self, c: &Rc<Class>, name: &str, value: &Value) -> PyResult<bool> {
        let Some(meta) = c.metaclass() else { return Ok(false) };
        let target = Value::Class(c.clone());
        match meta.lookup(name) {
            Some(Value::Property(p)) => {
                if p.fset.is_none() {
                    let q = meta.qualname.borrow().clone();
                    return Err(PyErr::attribute_error(p.missing("setter", q.as_str())));
                }
                self.call(&p.fset.clone(), &[target, value.clone()])?;
                Ok(true)
            }
            Some(d @ Value::Instance(_)) => match self.type_of(&d).lookup("__set__") {
                Some(set) => {
                    self.call(&set, &[d.clone(), target, value.clone()])?;
                    Ok(true)
                }
                None => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// Calls the special method `name` of the class's metaclass on the
    /// class, when the metaclass itself (not `type`) defines it.
    pub fn meta_dunder(&mut self, c: &Rc<Class>, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(meta) = c.metaclass() else { return Ok(None) };
        match meta.lookup(name) {
            None | Some(Value::Builtin(_)) => Ok(None),
            Some(f) => {
                let f = self.bind_descriptor(f, Value::Class(c.clone()), &meta)?;
                self.call(&f, args).map(Some)
            }
        }
    }

    /// `repr(cls)` through a metaclass `__repr__`, if one is defined.
    pub fn meta_repr(&mut self, c: &Rc<Class>) -> PyResult<Option<String>> {
        let Some(meta) = c.metaclass() else { return Ok(None) };
        match meta.lookup("__repr__") {
            Some(Value::Builtin(b)) if b.owner == "object" => Ok(None),
            None => Ok(None),
            Some(f) => match self.call(&f, &[Value::Class(c.clone())])? {
                Value::Str(s) => Ok(Some(s.as_str().to_owned())),
                other => {
                    Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other))))
                }
            },
        }
    }
}
