//! `repr()`, `str()` and `format()`.

use super::{PyErr, Vm};
use crate::objects::format::{self, float_repr, str_repr};
use crate::objects::{PyResult, Value};

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.bigint_str(b)?,
            Value::Float(f) => float_repr(f.get()),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(&b.data),
            Value::List(l) => {
                let items = l.snapshot();
                self.guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)))?
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                if items.len() == 1 {
                    self.guarded(v, "(...)", |vm| Ok(format!("({},)", vm.repr(&items[0])?)))?
                } else {
                    self.guarded(v, "(...)", |vm| Ok(format!("({})", vm.join_reprs(&items)?)))?
                }
            }
            Value::Dict(d) => {
                let items = d.items();
                self.guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, val) in &items {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(s) => {
                let items = s.snapshot();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else {
                    let inner = self.guarded(v, "...", |vm| vm.join_reprs(&items))?;
                    if s.frozen {
                        format!("frozenset({{{inner}}})")
                    } else {
                        format!("{{{inner}}}")
                    }
                }
            }
            Value::DictView(dv) => {
                let items = self.collect(v)?;
                let name = v.kind_name();
                let _ = dv;
                format!("{name}([{}])", self.join_reprs(&items)?)
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                format!("slice({}, {}, {})", self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?)
            }
            Value::Function(f) => {
                format!("<function {} at {:#x}>", f.qualname.borrow().as_str(), v.heap_ptr().unwrap_or(0))
            }
            Value::Builtin(b) => {
                if b.is_method {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                } else {
                    format!("<built-in function {}>", b.name)
                }
            }
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_owned(),
                    Value::Builtin(b) => b.name.to_owned(),
                    _ => "?".into(),
                };
                if let Value::Builtin(b) = &m.func {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&m.self_),
                        m.self_.heap_ptr().unwrap_or(0)
                    )
                } else {
                    let srepr = self.repr(&m.self_)?;
                    format!("<bound method {fname} of {srepr}>")
                }
            }
            Value::Class(c) => {
                if let Some(r) = self.meta_repr(c)? {
                    return Ok(r);
                }
                let module = match c.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("<class '{}{}'>", module, c.qualname.borrow().as_str())
            }
            Value::Instance(inst) => {
                if let Some(r) = self.call_special(v, "__repr__", &[])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        other => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                let _ = inst;
                self.default_repr(v)?
            }
            Value::Module(m) => match (m.dict.get_str("__file__"), m.dict.get_str("__loader__")) {
                (Some(Value::Str(f)), _) => format!("<module '{}' from '{}'>", m.name.as_str(), f.as_str()),
                // Made by `types.ModuleType(name)`.
                (_, Some(Value::None)) => format!("<module '{}'>", m.name.as_str()),
                _ => format!("<module '{}' (built-in)>", m.name.as_str()),
            },
            Value::Generator(g) => {
                let kind = g.kind_name();
                format!("<{kind} object {} at {:#x}>", g.qualname.as_str(), v.heap_ptr().unwrap_or(0))
            }
            Value::Iter(it) => format!("<{} object at {:#x}>", it.type_name(), v.heap_ptr().unwrap_or(0)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.heap_ptr().unwrap_or(0),
                c.source.filename,
                c.first_line
            ),
            Value::Super(s) => {
                format!("<super: <class '{}'>, <{} object>>", s.this_class.name().as_str(), s.obj_type.name().as_str())
            }
            other => format!("<{} object at {:#x}>", self.type_name(other), other.heap_ptr().unwrap_or(0)),
        })
    }

    /// `<__main__.A object at 0x...>`
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        let module = match cls.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        Ok(format!("<{}{} object at {:#x}>", module, cls.qualname.borrow().as_str(), v.heap_ptr().unwrap_or(0)))
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr(it)?);
        }
        Ok(parts.join(", "))
    }

    /// Runs `f` unless `v` is already being repr'd (self-containing containers).
    fn guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.heap_ptr().unwrap_or(0);
        if self.repr_guard.borrow().contains(&id) {
            return Ok(placeholder.to_owned());
        }
        self.repr_guard.borrow_mut().push(id);
        let r = self.nested(" while getting the repr of an object", f);
        self.repr_guard.borrow_mut().retain(|x| *x != id);
        r
    }

    /// `str(big int)` with CPython's limit on digits.
    pub fn bigint_str(&self, b: &num_bigint::BigInt) -> PyResult<String> {
        // 2**14_281 has 4300 digits: below that, no value reaches the limit.
        if b.bits() > 14_280 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > 4300 {
                return Err(PyErr::value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".to_string()));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = cls.lookup("__str__") {
                    if !matches!(&f, Value::Builtin(b) if b.owner == "object") {
                        let r = self.call_special(v, "__str__", &[])?.unwrap_or(Value::None);
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            other => Err(PyErr::type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if let Some(data) = inst.exc() {
                    let args = data.borrow().args.clone();
                    let filename = inst.dict.as_ref().and_then(|d| d.get_str("filename"));
                    return self.exception_str(&cls, &args, filename);
                }
                if let crate::objects::Payload::Base(b) = &inst.payload {
                    // A set subclass's repr names the subclass: `S({1})`.
                    let named = matches!(&*b.borrow(), Value::Set(_));
                    if !named && cls.lookup("__repr__").is_some_and(|r| matches!(r, Value::Builtin(_))) {
                        let base = b.borrow().clone();
                        return self.str_of(&base);
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: the single argument, or the args tuple.
    fn exception_str(
        &mut self,
        cls: &std::rc::Rc<crate::objects::Class>,
        args: &[Value],
        filename: Option<Value>,
    ) -> PyResult<String> {
        let key_error = self.exc_class(super::ExcType::KeyError);
        let os_error = self.exc_class(super::ExcType::OSError);
        if args.len() == 2 && crate::objects::Class::is_subclass(cls, &os_error) {
            // OSError(errno, strerror[, filename]): "[Errno 2] No such file or directory: 'x'"
            let mut text = format!("[Errno {}] {}", self.str_of(&args[0])?, self.str_of(&args[1])?);
            if let Some(f) = filename.filter(|f| !f.is_none()) {
                text.push_str(&format!(": {}", self.repr(&f)?));
            }
            return Ok(text);
        }
        let syntax_error = self.exc_class(super::ExcType::SyntaxError);
        if let [msg, Value::Tuple(details)] = args {
            if crate::objects::Class::is_subclass(cls, &syntax_error) && details.items.len() >= 2 {
                // SyntaxError(msg, (filename, lineno, ...)): "msg (file.py, line 1)"
                let text = self.str_of(msg)?;
                let line = match &details.items[1] {
                    Value::Int(n) => Some(*n),
                    _ => None,
                };
                return Ok(match (&details.items[0], line) {
                    (Value::Str(f), Some(n)) => {
                        let base = f.as_str().rsplit('/').next().unwrap_or("");
                        format!("{text} ({base}, line {n})")
                    }
                    (Value::Str(f), None) => format!("{text} ({})", f.as_str().rsplit('/').next().unwrap_or("")),
                    (_, Some(n)) => format!("{text} (line {n})"),
                    _ => text,
                });
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if crate::objects::Class::is_subclass(cls, &key_error) => self.repr(&args[0]),
            1 => self.str_of(&args[0]),
            _ => self.repr(&Value::tuple(args.to_vec())),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let err = PyErr::from_format;
        match v {
            Value::Int(_) | Value::BigInt(_) => {
                let n = self.to_bigint(v).unwrap_or_default();
                if spec.is_empty() {
                    return self.repr(v);
                }
                let fs = format::parse_format_spec(spec).map_err(err)?;
                if matches!(fs.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                    let f = crate::vm::arith::big_to_f64(&n)?;
                    return format::format_float(f, &fs).map_err(err);
                }
                format::format_int(&n, &fs).map_err(err)
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b.get() { "True" } else { "False" }.into());
                }
                self.format_value(&Value::Int(i64::from(*b)), spec)
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(float_repr(f.get()));
                }
                let fs = format::parse_format_spec(spec).map_err(err)?;
                format::format_float(f.get(), &fs).map_err(err)
            }
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.as_str().to_owned());
                }
                let fs = format::parse_format_spec(spec).map_err(err)?;
                format::format_str(s.as_str(), &fs).map_err(err)
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(f) = cls.lookup("__format__") {
                    if !matches!(&f, Value::Builtin(b) if b.owner == "object") {
                        let r = self.call_special(v, "__format__", &[Value::str(spec)])?.unwrap_or(Value::None);
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            _ => Err(PyErr::type_error("__format__ must return a str")),
                        };
                    }
                }
                if let crate::objects::Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    if !spec.is_empty() {
                        return self.format_value(&base, spec);
                    }
                }
                if !spec.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        cls.name().as_str()
                    )));
                }
                self.str_of(v)
            }
            _ => {
                if !spec.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                self.str_of(v)
            }
        }
    }
}

/// `b'...'` with CPython's escaping and quote choice.
pub fn bytes_repr(data: &[u8]) -> String {
    let has_single = data.contains(&b'\'');
    let has_double = data.contains(&b'"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}
