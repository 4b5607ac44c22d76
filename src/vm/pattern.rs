//! The instructions of structural pattern matching (`match`), as CPython's
//! MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS and
//! COPY_DICT_WITHOUT_KEYS. The compiler side is `compile/pattern.rs`.

use std::rc::Rc;

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::Op;
use crate::objects::{Class, PyDict, PyResult, PyStr, Value};

/// Builtin types whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] =
    &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

impl Vm {
    /// Executes one pattern-matching instruction.
    pub(super) fn pattern_op(&mut self, frame: &mut Frame, op: Op, arg: u32) -> PyResult<()> {
        match op {
            Op::MATCH_SEQUENCE => {
                let r = self.is_match_sequence(frame.top());
                frame.push(Value::bool(r));
            }
            Op::MATCH_MAPPING => {
                let r = self.is_match_mapping(frame.top());
                frame.push(Value::bool(r));
            }
            Op::GET_LEN => {
                let subject = frame.top().clone();
                let n = crate::modules::util::py_len(self, &subject)?;
                frame.push(Value::Int(n as i64));
            }
            Op::MATCH_KEYS => {
                let keys = frame.top().clone();
                let subject = frame.peek(2).clone();
                let r = self.match_keys(&subject, &keys)?;
                frame.push(r);
            }
            Op::MATCH_CLASS => {
                let names = frame.pop();
                let cls = frame.pop();
                let subject = frame.pop();
                let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                frame.push(r);
            }
            Op::COPY_DICT_WITHOUT_KEYS => {
                let keys = frame.pop();
                let subject = frame.top().clone();
                let rest = self.dict_without_keys(&subject, &keys)?;
                frame.push(rest);
            }
            _ => return Err(PyErr::new(ExcType::SystemError, "not a pattern instruction")),
        }
        Ok(())
    }

    /// Sequences for `case [...]`: list, tuple, range, deque and their
    /// subclasses; never str, bytes or bytearray.
    fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(_) => {
                let cls = self.type_of(v);
                let t = &self.types;
                Class::is_subclass(&cls, &t.list)
                    || Class::is_subclass(&cls, &t.tuple)
                    || Class::mro(&cls).iter().any(|c| c.name().as_str() == "deque" && c.is_builtin)
            }
            _ => false,
        }
    }

    /// Mappings for `case {...}`: dict and its subclasses (defaultdict,
    /// OrderedDict, Counter are dict subclasses here).
    fn is_match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) => Class::is_subclass(&self.type_of(v), &self.types.dict),
            _ => false,
        }
    }

    /// The values for `keys` in `subject` (a tuple), or None if one is missing.
    /// Uses `get` semantics: `__missing__` (defaultdict) is not triggered.
    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else { return Ok(Value::None) };
        let dict = self.mapping_dict(subject)?;
        let mut values = Vec::with_capacity(keys.items.len());
        for (i, k) in keys.items.iter().enumerate() {
            for prev in &keys.items[..i] {
                if self.eq(prev, k)? {
                    let r = self.repr(k)?;
                    return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
            match self.dict_get(&dict, k)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// The dict behind a mapping subject.
    fn mapping_dict(&self, subject: &Value) -> PyResult<Rc<PyDict>> {
        match subject.builtin_base() {
            Value::Dict(d) => Ok(d),
            _ => match self.payload_base(subject) {
                Some(Value::Dict(d)) => Ok(d),
                _ => Err(PyErr::type_error("mapping pattern subject is not a dict")),
            },
        }
    }

    /// `**rest`: a new dict of the subject's items whose keys are not in `keys`.
    fn dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let dict = self.mapping_dict(subject)?;
        let out = crate::objects::gc::track_dict(Rc::new(PyDict::new()));
        let keys: Vec<Value> = match keys {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        for (k, v) in dict.items() {
            let mut skip = false;
            for key in &keys {
                if self.eq(&k, key)? {
                    skip = true;
                    break;
                }
            }
            if !skip {
                self.dict_set(&out, k, v)?;
            }
        }
        Ok(Value::Dict(out))
    }

    /// `case Cls(p1, p2, kw=p3)`: the subject itself and the attributes the
    /// sub-patterns will match, as a tuple, or None when it does not match.
    fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Class(cls) = cls else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls) {
            return Ok(Value::None);
        }
        let kw_names: Vec<Value> = match names {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let mut attrs: Vec<Rc<PyStr>> = Vec::new();
        let mut values = Vec::with_capacity(npos + kw_names.len());
        if npos > 0 {
            let match_args = cls.lookup("__match_args__");
            match match_args {
                None if cls.is_builtin && SELF_MATCHING.contains(&cls.name().as_str()) => {
                    if npos > 1 {
                        return Err(too_many_positional(cls, 1, npos));
                    }
                    values.push(subject.clone());
                }
                None => return Err(too_many_positional(cls, 0, npos)),
                Some(Value::Tuple(t)) => {
                    if npos > t.items.len() {
                        return Err(too_many_positional(cls, t.items.len(), npos));
                    }
                    for item in &t.items[..npos] {
                        let Value::Str(s) = item else {
                            return Err(PyErr::type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                self.type_name(item)
                            )));
                        };
                        attrs.push(s.clone());
                    }
                }
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name().as_str(),
                        self.type_name(&other)
                    )))
                }
            }
        }
        for k in &kw_names {
            if let Value::Str(s) = k {
                if attrs.iter().any(|a| a.as_str() == s.as_str()) {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple sub-patterns for attribute '{}'",
                        cls.name().as_str(),
                        s.as_str()
                    )));
                }
                attrs.push(s.clone());
            }
        }
        for name in &attrs {
            match self.get_attr(subject, name) {
                Ok(v) => values.push(v),
                Err(e) if self.err_matches(&e, ExcType::AttributeError) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
        Ok(Value::tuple(values))
    }
}

fn too_many_positional(cls: &Class, allowed: usize, given: usize) -> PyErr {
    let s = if allowed == 1 { "" } else { "s" };
    PyErr::type_error(format!("{}() accepts {allowed} positional sub-pattern{s} ({given} given)", cls.name().as_str()))
}
