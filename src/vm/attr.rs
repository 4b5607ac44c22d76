//! Attribute access: the generic LOAD_ATTR / STORE_ATTR / DELETE_ATTR,
//! descriptors (functions, properties, static and class methods) and the
//! few special attributes of builtin objects.

use std::rc::Rc;

use super::{ExcType, PyErr, Vm};
use crate::objects::{BoundMethod, Class, Payload, PyResult, PyStr, Value};

/// True for descriptors that take precedence over the instance dict.
fn is_data_descriptor(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Property(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(v);
            t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
        }
        _ => false,
    }
}

impl Vm {
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        self.note_attribute_error(obj, name);
        match obj {
            Value::Class(c) => {
                PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", c.name().as_str(), name))
            }
            Value::Module(m) => {
                PyErr::attribute_error(format!("module '{}' has no attribute '{}'", m.name.as_str(), name))
            }
            _ => PyErr::attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name)),
        }
    }

    /// Applies the descriptor protocol to a value found on a type.
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::BoundMethod(crate::objects::gc::track_method(Rc::new(BoundMethod {
                self_: obj,
                func: attr,
                gc: Default::default(),
            }))),
            Value::Builtin(ref b) if b.is_method => {
                Value::BoundMethod(crate::objects::gc::track_method(Rc::new(BoundMethod {
                    self_: obj,
                    func: attr,
                    gc: Default::default(),
                })))
            }
            Value::StaticMethod(w) => w.func.clone(),
            Value::ClassMethod(w) => Value::BoundMethod(crate::objects::gc::track_method(Rc::new(BoundMethod {
                self_: Value::Class(cls.clone()),
                func: w.func.clone(),
                gc: Default::default(),
            }))),
            Value::Property(p) => {
                if p.fget.is_none() {
                    let q = self.type_of(&obj).qualname.borrow().clone();
                    return Err(PyErr::attribute_error(p.missing("getter", q.as_str())));
                }
                self.call(&p.fget, &[obj])?
            }
            Value::Instance(_) => {
                let t = self.type_of(&attr);
                match t.lookup("__get__") {
                    Some(get) => {
                        let get = self.bind_descriptor(get, attr.clone(), &t)?;
                        self.call(&get, &[obj, Value::Class(cls.clone())])?
                    }
                    None => attr,
                }
            }
            other => other,
        })
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let cls = inst.class();
            if !cls.custom_getattribute() && cls.slots.is_none() {
                if !cls.has_data_descriptors() {
                    // No descriptor can override the instance dict: look there first.
                    if let Some(v) = inst.dict.as_ref().and_then(|d| d.get_pystr(name)) {
                        return Ok(v);
                    }
                }
                // The common case, with the name's cached hash.
                let type_attr = cls.lookup_name(name);
                let is_data = type_attr.as_ref().is_some_and(|t| is_data_descriptor(self, t));
                if !is_data {
                    if let Some(v) = inst.dict.as_ref().and_then(|d| d.get_pystr(name)) {
                        return Ok(v);
                    }
                    if let Some(t) = type_attr {
                        return self.bind_descriptor(t, obj.clone(), &cls);
                    }
                }
            }
        }
        self.get_attr_str(obj, name.as_str())
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None if name == "__dict__" => Ok(Value::Dict(m.dict.clone())),
                // `builtins.open` before any code named `open`: the builtins
                // written in Python load on first use, by name or attribute.
                None if Rc::ptr_eq(&m.dict, &self.builtins) => match self.lazy_builtin(name)? {
                    Some(v) => Ok(v),
                    None => Err(self.no_attribute(obj, name)),
                },
                // PEP 562: a module-level `__getattr__` answers for missing names.
                None => match m.dict.get_str("__getattr__") {
                    Some(f) => self.call(&f, &[Value::str(name)]),
                    None => Err(self.no_attribute(obj, name)),
                },
            },
            Value::Super(s) => self.super_getattr(s, name),
            Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::Generator(_)
            | Value::Property(_) => {
                // Their own attributes (`__name__`, `__module__`, `__doc__`)
                // take precedence over the type's.
                if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
                    return Ok(v);
                }
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(v) => self.bind_descriptor(v, obj.clone(), &cls),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
            _ => {
                let cls = self.type_of(obj);
                if let Some(v) = cls.lookup(name) {
                    return self.bind_descriptor(v, obj.clone(), &cls);
                }
                if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
                    return Ok(v);
                }
                Err(self.no_attribute(obj, name))
            }
        }
    }

    fn instance_getattr(&mut self, obj: &Value, inst: &Rc<crate::objects::Instance>, name: &str) -> PyResult<Value> {
        let cls = inst.class();
        if cls.custom_getattribute() {
            if let Some(ga) = cls.lookup("__getattribute__") {
                let r = self.call(&ga, &[obj.clone(), Value::str(name)]);
                return match r {
                    Err(e) if self.err_matches(&e, ExcType::AttributeError) => {
                        self.getattr_fallback(obj, &cls, name, e)
                    }
                    other => other,
                };
            }
        }
        match self.generic_getattr(obj, inst, &cls, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, ExcType::AttributeError) => self.getattr_fallback(obj, &cls, name, e),
            Err(e) => Err(e),
        }
    }

    fn getattr_fallback(&mut self, obj: &Value, cls: &Rc<Class>, name: &str, err: PyErr) -> PyResult<Value> {
        match cls.lookup("__getattr__") {
            Some(ga) => self.call(&ga, &[obj.clone(), Value::str(name)]),
            None => Err(err),
        }
    }

    /// `object.__getattribute__`: data descriptors, instance dict, then the type.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<crate::objects::Instance>,
        cls: &Rc<Class>,
        name: &str,
    ) -> PyResult<Value> {
        let type_attr = cls.lookup(name);
        if let Some(t) = &type_attr {
            if is_data_descriptor(self, t) {
                return self.bind_descriptor(t.clone(), obj.clone(), cls);
            }
        }
        if let Some(d) = &inst.dict {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        if let Some(slots) = &cls.slots {
            if let Some(i) = slots.iter().position(|s| s.as_str() == name) {
                let v = inst.slots.borrow().get(i).cloned().unwrap_or(Value::Null);
                if v.is_null() {
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        cls.name().as_str(),
                        name
                    )));
                }
                return Ok(v);
            }
        }
        if let Some(t) = type_attr {
            return self.bind_descriptor(t, obj.clone(), cls);
        }
        if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Value> {
        // `type.__getattribute__`: the metaclass's data descriptors first,
        // then the class's MRO, then anything else the metaclass has.
        let has_meta = c.metaclass.borrow().is_some();
        if has_meta {
            if let Some(v) = self.meta_attr(c, name, true)? {
                return Ok(v);
            }
        }
        if let Some(v) = c.lookup(name) {
            return Ok(match v {
                Value::StaticMethod(w) => w.func.clone(),
                Value::ClassMethod(w) => Value::BoundMethod(crate::objects::gc::track_method(Rc::new(BoundMethod {
                    self_: Value::Class(c.clone()),
                    func: w.func.clone(),
                    gc: Default::default(),
                }))),
                Value::Instance(_) => {
                    let t = self.type_of(&v);
                    match t.lookup("__get__") {
                        Some(get) => {
                            let get = self.bind_descriptor(get, v.clone(), &t)?;
                            self.call(&get, &[Value::None, Value::Class(c.clone())])?
                        }
                        None => v,
                    }
                }
                other => other,
            });
        }
        let cv = Value::Class(c.clone());
        if let Some(v) = crate::builtins::special_attr(self, &cv, name)? {
            return Ok(v);
        }
        if has_meta {
            if let Some(v) = self.meta_attr(c, name, false)? {
                return Ok(v);
            }
            // A metaclass `__getattr__` is the last resort, as on instances.
            if let Some(v) = self.meta_dunder(c, "__getattr__", &[Value::str(name)])? {
                return Ok(v);
            }
        }
        // Methods of `type` itself (mro(), __subclasses__()).
        if let Some(v) = self.types.type_.lookup(name) {
            let tt = self.types.type_.clone();
            return self.bind_descriptor(v, cv, &tt);
        }
        Err(self.no_attribute(&cv, name))
    }

    fn super_getattr(&mut self, s: &crate::objects::Super, name: &str) -> PyResult<Value> {
        let mro = Class::mro(&s.obj_type);
        let start = mro.iter().position(|c| Rc::ptr_eq(c, &s.this_class)).map(|i| i + 1).unwrap_or(mro.len());
        for c in &mro[start..] {
            if let Some(v) = c.dict.get_str(name) {
                // `super(C, C).f` is the plain function; through a class
                // whose metaclass is searched (`super().__call__` in a
                // metaclass), the class is bound as `self`.
                if let Value::Class(obj) = &s.obj {
                    if Rc::ptr_eq(obj, &s.obj_type) && matches!(v, Value::Function(_)) {
                        return Ok(v);
                    }
                }
                return self.bind_descriptor(v, s.obj.clone(), &s.obj_type);
            }
        }
        if name == "__class__" {
            return Ok(Value::Class(self.types.super_.clone()));
        }
        Err(PyErr::attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    /// LOAD_ATTR in method mode: returns (callable, Some(self)) when the
    /// attribute is a plain method, avoiding the bound-method allocation.
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, Option<Value>)> {
        match self.find_method(obj, name, crate::objects::hash::hash_str(name)) {
            Some(m) => Ok(m),
            None => Ok((self.get_attr_str(obj, name)?, None)),
        }
    }

    /// `load_method` for a name from a code object, whose hash is cached:
    /// the generic LOAD_ATTR method form runs on every miss of a polymorphic
    /// call site, so it must not rehash the name.
    pub fn load_method_name(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Option<Value>)> {
        match self.find_method(obj, name.as_str(), name.hash()) {
            Some(m) => Ok(m),
            None => Ok((self.get_attr(obj, name)?, None)),
        }
    }

    /// The unbound method and `self` when `obj.name` is a plain method found
    /// on the type (no instance attribute shadows it), else `None`.
    fn find_method(&mut self, obj: &Value, name: &str, hash: i64) -> Option<(Value, Option<Value>)> {
        let cls = self.type_of(obj);
        let plain = match obj {
            Value::Instance(inst) => {
                !cls.custom_getattribute() && inst.dict.as_ref().is_none_or(|d| !d.contains_hashed(name, hash))
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) => false,
            _ => true,
        };
        if !plain {
            return None;
        }
        let v = cls.lookup_hashed(name, hash)?;
        match &v {
            Value::Function(_) => Some((v, Some(obj.clone()))),
            Value::Builtin(b) if b.is_method => Some((v, Some(obj.clone()))),
            _ => None,
        }
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.custom_setattr() {
                    if let Some(sa) = cls.lookup("__setattr__") {
                        if !matches!(&sa, Value::Builtin(b) if b.owner == "object") {
                            self.call(&sa, &[obj.clone(), Value::Str(name.clone()), value])?;
                            return Ok(());
                        }
                    }
                }
                self.generic_setattr(obj, inst, name, value)
            }
            Value::Class(c) => {
                if self.meta_set(c, name.as_str(), &value)? {
                    return Ok(());
                }
                if c.is_builtin {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        c.name().as_str()
                    )));
                }
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *c.name.borrow_mut() = s.clone();
                        }
                    }
                    "__bases__" => return self.set_bases(c, &value),
                    _ => c.dict.set_str(name.clone(), value),
                }
                c.modified();
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__defaults__" => {
                        let new = match &value {
                            Value::Tuple(t) => t.items.to_vec(),
                            Value::None => Vec::new(),
                            _ => return Err(PyErr::type_error("__defaults__ must be set to a tuple object")),
                        };
                        let old = std::mem::replace(&mut *f.defaults.borrow_mut(), new);
                        drop(old);
                    }
                    "__kwdefaults__" => {
                        let new = match &value {
                            Value::Dict(d) => Some(d.clone()),
                            Value::None => None,
                            _ => return Err(PyErr::type_error("__kwdefaults__ must be set to a dict object")),
                        };
                        let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), new);
                        drop(old);
                    }
                    _ => f.dict.set_str(name.clone(), value),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            _ => Err(self.builtin_attr_fixed(obj, name)),
        }
    }

    /// Setting or deleting an attribute of a builtin value: CPython's
    /// "read-only" when its type has the name, else "has no attribute".
    fn builtin_attr_fixed(&self, obj: &Value, name: &Rc<PyStr>) -> PyErr {
        let cls = self.type_of(obj);
        if cls.lookup(name.as_str()).is_some() {
            PyErr::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                cls.name().as_str(),
                name.as_str()
            ))
        } else {
            PyErr::attribute_error(format!("'{}' object has no attribute '{}'", cls.name().as_str(), name.as_str()))
        }
    }

    /// `cls.__bases__ = (...)`: new bases, a new MRO for the class and
    /// everything derived from it, new versions for all of them.
    fn set_bases(&mut self, c: &Rc<Class>, value: &Value) -> PyResult<()> {
        let cname = c.name();
        let Value::Tuple(t) = value else {
            return Err(PyErr::type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                cname.as_str(),
                self.type_name(value)
            )));
        };
        if t.items.is_empty() {
            return Err(PyErr::type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                cname.as_str()
            )));
        }
        let mut bases = Vec::with_capacity(t.items.len());
        for b in t.items.iter() {
            let Value::Class(b) = b else {
                return Err(PyErr::type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    cname.as_str(),
                    self.type_name(b)
                )));
            };
            if Class::is_subclass(b, c) {
                return Err(PyErr::type_error("a __bases__ item causes an inheritance cycle"));
            }
            bases.push(b.clone());
        }
        let old_bases = c.bases.borrow().clone();
        let solid =
            |bs: &[Rc<Class>]| bs.iter().map(|b| b.kind).find(|k| *k != crate::objects::class::BuiltinKind::Object);
        if solid(&bases) != solid(&old_bases) {
            return Err(PyErr::type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                bases[0].name().as_str(),
                old_bases.first().map(|b| b.name()).unwrap_or_else(|| cname.clone()).as_str()
            )));
        }
        let mro_rest = super::types::compute_mro(&bases).map_err(PyErr::type_error)?;
        for b in &old_bases {
            b.subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, c)));
        }
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(c));
        }
        *c.bases.borrow_mut() = bases;
        *c.mro_rest.borrow_mut() = mro_rest;
        // Subclasses linearize over this class's new MRO (parents first, so a
        // class reached twice in a diamond ends with its final MRO).
        fn relinearize(c: &Rc<Class>) {
            let subs: Vec<Rc<Class>> = c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
            for s in subs {
                let bases = s.bases.borrow().clone();
                if let Ok(m) = super::types::compute_mro(&bases) {
                    *s.mro_rest.borrow_mut() = m;
                }
                relinearize(&s);
            }
        }
        relinearize(c);
        c.modified();
        Ok(())
    }

    /// `object.__setattr__`.
    /// `exc.args = ...`, `exc.__cause__ = ...`: the fields that `str(exc)` and
    /// tracebacks read. Gives the value back for any other name.
    fn set_exception_field(
        &mut self,
        data: &std::cell::RefCell<crate::objects::class::ExcData>,
        name: &str,
        value: Value,
    ) -> PyResult<Option<Value>> {
        let exc_or_none = |v: &Value, what: &str| -> PyResult<Option<Value>> {
            match v {
                Value::None => Ok(None),
                Value::Instance(i) if i.exc().is_some() => Ok(Some(v.clone())),
                _ => Err(PyErr::type_error(format!("exception {what} must be None or derive from BaseException"))),
            }
        };
        match name {
            "args" => {
                let items = self.collect(&value)?;
                data.borrow_mut().args = items;
            }
            "__cause__" => {
                let cause = exc_or_none(&value, "cause")?;
                let mut d = data.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
            "__context__" => {
                let context = exc_or_none(&value, "context")?;
                data.borrow_mut().context = context;
            }
            "__suppress_context__" => {
                let flag = self.truthy(&value)?;
                data.borrow_mut().suppress_context = flag;
            }
            _ => return Ok(Some(value)),
        }
        Ok(None)
    }

    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<crate::objects::Instance>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let cls = inst.class();
        let type_attr = if cls.has_data_descriptors() { cls.lookup_name(name) } else { None };
        if let Some(t) = type_attr {
            match &t {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        let q = cls.qualname.borrow().clone();
                        return Err(PyErr::attribute_error(p.missing("setter", q.as_str())));
                    }
                    self.call(&p.fset.clone(), &[obj.clone(), value])?;
                    return Ok(());
                }
                Value::Instance(_) => {
                    let tt = self.type_of(&t);
                    if let Some(set) = tt.lookup("__set__") {
                        self.call(&set, &[t.clone(), obj.clone(), value])?;
                        return Ok(());
                    }
                    if tt.lookup("__delete__").is_some() {
                        // A data descriptor through `__delete__` alone.
                        return Err(PyErr::attribute_error("__set__"));
                    }
                }
                _ => {}
            }
        }
        if let Some(slots) = &cls.slots {
            if let Some(i) = slots.iter().position(|s| s.as_str() == name.as_str()) {
                let mut s = inst.slots.borrow_mut();
                if s.len() <= i {
                    s.resize(slots.len(), Value::Null);
                }
                let old = std::mem::replace(&mut s[i], value);
                drop(s);
                drop(old);
                return Ok(());
            }
        }
        let value = match inst.exc() {
            Some(data) => match self.set_exception_field(data, name.as_str(), value)? {
                // Not one of the fields the VM keeps: an ordinary attribute.
                Some(value) => value,
                None => return Ok(()),
            },
            None => value,
        };
        if name.as_str() == "__class__" {
            let Value::Class(c) = value else {
                return Err(PyErr::type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(&value)
                )));
            };
            if c.is_builtin || cls.is_builtin {
                return Err(PyErr::type_error(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses",
                ));
            }
            let same_slots = match (&c.slots, &cls.slots) {
                (None, None) => true,
                (Some(a), Some(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.as_str() == y.as_str()),
                _ => false,
            };
            if c.kind != cls.kind || c.has_dict != cls.has_dict || !same_slots {
                return Err(PyErr::type_error(format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    c.name().as_str(),
                    cls.name().as_str()
                )));
            }
            *inst.class.borrow_mut() = c;
            return Ok(());
        }
        if inst.exc().is_some() && crate::builtins::exceptions::set_exc_attr(self, inst, name.as_str(), &value)? {
            return Ok(());
        }
        match &inst.dict {
            Some(d) => {
                d.set_str(name.clone(), value);
                Ok(())
            }
            None => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                cls.name().as_str(),
                name.as_str()
            ))),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(da) = cls.lookup("__delattr__") {
                    if !matches!(&da, Value::Builtin(b) if b.owner == "object") {
                        self.call(&da, &[obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, inst, name)
            }
            Value::Class(c) if !c.is_builtin => {
                if c.dict.del_str(name.as_str()).is_none() {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                c.modified();
                Ok(())
            }
            Value::Function(f) => {
                if f.dict.del_str(name.as_str()).is_none() {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.del_str(name.as_str()).is_none() {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                Ok(())
            }
            _ => Err(self.builtin_attr_fixed(obj, name)),
        }
    }

    pub fn generic_delattr(
        &mut self,
        obj: &Value,
        inst: &Rc<crate::objects::Instance>,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        let cls = inst.class();
        match cls.lookup(name.as_str()) {
            Some(Value::Property(p)) => {
                if p.fdel.is_none() {
                    let q = cls.qualname.borrow().clone();
                    return Err(PyErr::attribute_error(p.missing("deleter", q.as_str())));
                }
                self.call(&p.fdel.clone(), std::slice::from_ref(obj))?;
                return Ok(());
            }
            Some(t @ Value::Instance(_)) => {
                let tt = self.type_of(&t);
                if let Some(del) = tt.lookup("__delete__") {
                    self.call(&del, &[t.clone(), obj.clone()])?;
                    return Ok(());
                }
                if tt.lookup("__set__").is_some() {
                    // A data descriptor through `__set__` alone.
                    return Err(PyErr::attribute_error("__delete__"));
                }
            }
            _ => {}
        }
        if let Some(slots) = &cls.slots {
            if let Some(i) = slots.iter().position(|s| s.as_str() == name.as_str()) {
                let old = inst.slots.borrow_mut().get_mut(i).map(std::mem::take);
                if old.is_none_or(|v| v.is_null()) {
                    return Err(PyErr::attribute_error(name.as_str().to_owned()));
                }
                return Ok(());
            }
        }
        let removed = inst.dict.as_ref().and_then(|d| d.del_str(name.as_str()));
        if removed.is_none() {
            return Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                cls.name().as_str(),
                name.as_str()
            )));
        }
        Ok(())
    }

    /// The payload of an instance of a builtin subclass, if any.
    pub fn payload_base(&self, obj: &Value) -> Option<Value> {
        if let Value::Instance(i) = obj {
            if let Payload::Base(b) = &i.payload {
                return Some(b.borrow().clone());
            }
        }
        None
    }
}
