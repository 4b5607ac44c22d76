//! The instructions kept out of `dispatch`'s body: ones that are rare in
//! hot loops or bulky (making functions, imports, `with`, star-unpacking,
//! container displays, f-string parts, deletions). The eval loop's
//! function stays smaller, which helps its register allocation natively,
//! and in the browser build V8, which compiles each function on its first
//! call, compiles these only when a program first uses one.

use std::rc::Rc;

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::bytecode::{Instr, Op};
use crate::objects::{Function, PyDict, PyResult, Value};

impl Vm {
    /// Runs one of the instructions listed in `dispatch`'s `rare_op` arm.
    #[inline(never)]
    pub(super) fn rare_op(&mut self, frame: &mut Box<Frame>, ins: Instr) -> PyResult<()> {
        let arg = ins.arg;
        match ins.op {
            Op::DELETE_FAST => {
                if frame.stack[arg as usize].is_null() {
                    return Err(Self::unbound_local(frame, arg as usize));
                }
                frame.stack[arg as usize] = Value::Null;
            }
            Op::LOAD_FROM_DICT_OR_DEREF => {
                let name = Self::deref_name(&frame.code, arg as usize).to_owned();
                let from_ns = frame.namespace.as_ref().and_then(|ns| ns.get_str(&name));
                let v = match from_ns {
                    Some(v) => v,
                    None => {
                        let v = frame.cells[arg as usize].get();
                        if v.is_null() {
                            return Err(self.name_error(frame, &name));
                        }
                        v
                    }
                };
                frame.push(v);
            }
            Op::DELETE_NAME => {
                let name = frame.code.names[arg as usize].clone();
                let ns = frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
                if ns.del_str(name.as_str()).is_none() {
                    return Err(self.name_error(frame, name.as_str()));
                }
            }
            Op::STORE_GLOBAL => {
                let name = frame.code.names[arg as usize].clone();
                let v = frame.pop();
                frame.globals.set_str(name, v);
            }
            Op::DELETE_GLOBAL => {
                let name = frame.code.names[arg as usize].clone();
                if frame.globals.del_str(name.as_str()).is_none() {
                    return Err(self.name_error(frame, name.as_str()));
                }
            }
            Op::DELETE_ATTR => {
                let name = frame.code.names[arg as usize].clone();
                let obj = frame.pop();
                self.del_attr(&obj, &name)?;
            }
            Op::DELETE_SUBSCR => {
                let key = frame.pop();
                let obj = frame.pop();
                self.del_item(&obj, &key)?;
            }
            Op::BUILD_SLICE => {
                let step = if arg == 3 { frame.pop() } else { Value::None };
                let stop = frame.pop();
                let start = frame.pop();
                frame.push(Value::Slice(Rc::new(crate::objects::PySlice { start, stop, step })));
            }
            Op::BUILD_SET => {
                let items = frame.pop_n(arg as usize);
                let set = self.new_set(false);
                for item in items {
                    self.set_add(&set, item)?;
                }
                frame.push(Value::Set(set));
            }
            Op::BUILD_MAP => {
                let items = frame.pop_n(2 * arg as usize);
                let d = crate::objects::gc::track_dict(Rc::new(PyDict::new()));
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                frame.push(Value::Dict(d));
            }
            Op::BUILD_STRING => {
                let items = frame.pop_n(arg as usize);
                let mut s = String::new();
                for it in &items {
                    if let Value::Str(p) = it {
                        s.push_str(p.as_str());
                    }
                }
                frame.push(Value::string(s));
            }
            Op::SET_ADD => {
                let v = frame.pop();
                if let Value::Set(s) = frame.peek(arg as usize).clone() {
                    self.set_add(&s, v)?;
                }
            }
            Op::MAP_ADD => {
                let v = frame.pop();
                let k = frame.pop();
                if let Value::Dict(d) = frame.peek(arg as usize).clone() {
                    self.dict_set(&d, k, v)?;
                }
            }
            Op::LIST_EXTEND => {
                let iterable = frame.pop();
                let depth = (arg & !crate::bytecode::EXTEND_IN_CALL) as usize;
                let items = self.collect(&iterable).map_err(|e| {
                    if arg & crate::bytecode::EXTEND_IN_CALL != 0 {
                        // [callable, self-or-NULL, list]
                        self.call_star_error(e, &iterable, frame.peek(depth + 2))
                    } else {
                        self.star_error(e, &iterable)
                    }
                })?;
                if let Value::List(l) = frame.peek(depth) {
                    l.items.borrow_mut().extend(items);
                }
            }
            Op::SET_UPDATE => {
                let iterable = frame.pop();
                if let Value::Set(s) = frame.peek(arg as usize).clone() {
                    crate::builtins::update_internal(self, &s, &iterable)?;
                }
            }
            Op::DICT_UPDATE => {
                let other = frame.pop();
                if let Value::Dict(d) = frame.peek(arg as usize).clone() {
                    self.dict_update_from(&d, &other, false)?;
                }
            }
            Op::DICT_MERGE => {
                let other = frame.pop();
                if let Value::Dict(d) = frame.peek(arg as usize).clone() {
                    // [callable, self-or-NULL, args, dict]
                    let callable = frame.peek(arg as usize + 3).clone();
                    self.merge_call_kwargs(&d, &other, &callable)?;
                }
            }
            Op::LIST_TO_TUPLE => {
                let v = frame.pop();
                let items = match &v {
                    Value::List(l) => l.snapshot(),
                    _ => Vec::new(),
                };
                frame.push(Value::tuple(items));
            }
            Op::CONVERT_VALUE => {
                let v = frame.pop();
                let s = match arg {
                    2 => self.repr(&v)?,
                    3 => crate::builtins::ascii_of(&self.repr(&v)?),
                    _ => self.str_of(&v)?,
                };
                frame.push(Value::string(s));
            }
            Op::FORMAT_SIMPLE => {
                let v = frame.pop();
                let s = match &v {
                    Value::Str(_) => v,
                    _ => Value::string(self.format_value(&v, "")?),
                };
                frame.push(s);
            }
            Op::FORMAT_WITH_SPEC => {
                let spec = frame.pop();
                let v = frame.pop();
                let spec = spec.as_str().map(|s| s.as_str().to_owned()).unwrap_or_default();
                let s = self.format_value(&v, &spec)?;
                frame.push(Value::string(s));
            }
            Op::UNPACK_EX => {
                let seq = frame.pop();
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = self.collect(&seq).map_err(|e| self.unpack_error(e, &seq))?;
                if items.len() < before + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mid_end = items.len() - after;
                let mut out: Vec<Value> = items[..before].to_vec();
                out.push(Value::list(items[before..mid_end].to_vec()));
                out.extend_from_slice(&items[mid_end..]);
                for v in out.into_iter().rev() {
                    frame.push(v);
                }
            }
            Op::MAKE_FUNCTION => {
                let code = match frame.pop() {
                    Value::Code(c) => c,
                    _ => return Err(PyErr::new(ExcType::SystemError, "MAKE_FUNCTION without code")),
                };
                let closure = if arg & 8 != 0 {
                    match frame.pop() {
                        Value::Tuple(t) => t
                            .items
                            .iter()
                            .filter_map(|c| match c {
                                Value::Cell(c) => Some(c.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let kwdefaults = if arg & 2 != 0 {
                    match frame.pop() {
                        Value::Dict(d) => Some(d),
                        _ => None,
                    }
                } else {
                    None
                };
                let defaults = if arg & 1 != 0 {
                    match frame.pop() {
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let doc = code.consts.first().cloned().filter(|c| matches!(c, Value::Str(_)));
                if self.options.quicken {
                    crate::specialize::fuse::fuse(&code);
                }
                let func = Function {
                    name: std::cell::RefCell::new(code.name.clone()),
                    qualname: std::cell::RefCell::new(code.qualname.clone()),
                    globals: frame.globals.clone(),
                    defaults: std::cell::RefCell::new(defaults),
                    kwdefaults: std::cell::RefCell::new(kwdefaults),
                    closure: closure.into_boxed_slice(),
                    weakly_referenced: Default::default(),
                    gc: Default::default(),
                    dict: crate::objects::gc::track_dict(Rc::new(PyDict::new())),
                    code,
                };
                if let Some(d) = doc {
                    func.dict.set_item_str("__doc__", d);
                }
                frame.push(Value::Function(crate::objects::gc::track_function(Rc::new(func))));
            }
            Op::CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 != 0 { Some(frame.pop()) } else { None };
                let args = frame.pop();
                let self_slot = frame.pop();
                let callable = frame.pop();
                let r = if self_slot.is_null() {
                    self.call_ex(&callable, &args, kwargs.as_ref())?
                } else {
                    let mut full = vec![self_slot];
                    full.extend(self.collect(&args)?);
                    self.call_ex(&callable, &Value::tuple(full), kwargs.as_ref())?
                };
                frame.push(r);
            }
            Op::LOAD_BUILD_CLASS => {
                let bc = self.builtins.get_str("__build_class__").unwrap_or(Value::None);
                frame.push(bc);
            }
            Op::CHECK_EXC_MATCH => {
                let typ = frame.pop();
                let exc = frame.top().clone();
                let r = self.exception_matches(&exc, &typ)?;
                frame.push(Value::bool(r));
            }
            Op::CHECK_EG_MATCH => self.check_eg_match(frame)?,
            Op::PREP_RERAISE_STAR => self.prep_reraise_star(frame)?,
            Op::LOAD_ASSERTION_ERROR => {
                frame.push(Value::Class(self.exc_class(ExcType::AssertionError)));
            }
            Op::BEFORE_WITH => {
                let mgr = frame.pop();
                let cls = self.type_of(&mgr);
                let (Some(enter), Some(exit)) = (cls.lookup("__enter__"), cls.lookup("__exit__")) else {
                    let missing = if cls.lookup("__enter__").is_none() { "" } else { " (missed __exit__ method)" };
                    return Err(PyErr::type_error(format!(
                        "'{}' object does not support the context manager protocol{}",
                        cls.name().as_str(),
                        missing
                    )));
                };
                let exit = self.bind_descriptor(exit, mgr.clone(), &cls)?;
                frame.push(exit);
                let enter = self.bind_descriptor(enter, mgr.clone(), &cls)?;
                let r = self.call(&enter, &[])?;
                frame.push(r);
            }
            Op::WITH_EXCEPT_START => {
                // [exit, prev, exc]
                let exc = frame.peek(1).clone();
                let exit = frame.peek(3).clone();
                let typ = Value::Class(self.type_of(&exc));
                let tb = self.traceback_object(&exc);
                let r = self.call(&exit, &[typ, exc, tb])?;
                frame.push(r);
            }
            Op::GET_YIELD_FROM_ITER => {
                let v = frame.pop();
                let it = match v {
                    Value::Generator(_) => v,
                    other => self.get_iter(&other)?,
                };
                frame.push(it);
            }
            Op::IMPORT_NAME => {
                let name = frame.code.names[arg as usize].clone();
                let fromlist = frame.pop();
                let _level = frame.pop();
                let m = self.import_name(name.as_str(), !fromlist.is_none())?;
                frame.push(m);
            }
            Op::IMPORT_FROM => {
                let name = frame.code.names[arg as usize].clone();
                let module = frame.top().clone();
                let v = self.import_from(&module, &name)?;
                frame.push(v);
            }
            Op::IMPORT_STAR => {
                let module = frame.pop();
                if let Value::Module(m) = module {
                    let ns = frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
                    if let Some(all) = m.dict.get_str("__all__") {
                        for name in self.collect(&all)? {
                            let Value::Str(n) = &name else { continue };
                            let v = self.get_attr(&Value::Module(m.clone()), n)?;
                            ns.set_str(n.clone(), v);
                        }
                        return Ok(());
                    }
                    for (k, v) in m.dict.items() {
                        if let Value::Str(s) = &k {
                            if !s.as_str().starts_with('_') {
                                ns.set_str(s.clone(), v);
                            }
                        }
                    }
                }
            }
            op => {
                return Err(PyErr::new(ExcType::SystemError, format!("{} is not a rare instruction", op.name())));
            }
        }
        // Deleting or rebinding can free an object with a finalizer or
        // weakref callbacks; CPython runs those before the next instruction.
        self.run_due_finalizers();
        Ok(())
    }

    /// The `Y` of `raise X from Y`: None, an exception instance, or an
    /// exception class (instantiated); anything else is CPython's TypeError.
    #[cold]
    #[inline(never)]
    pub(super) fn raise_cause(&mut self, cause: Value) -> PyResult<Option<Value>> {
        let base = self.exc_class(ExcType::BaseException);
        match &cause {
            Value::None => Ok(None),
            Value::Instance(i) if i.exc().is_some() => Ok(Some(cause)),
            Value::Class(c) if crate::objects::Class::is_subclass(c, &base) => match self.call(&cause, &[])? {
                Value::Instance(i) if i.exc().is_some() => Ok(Some(Value::Instance(i))),
                v => Err(PyErr::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr(&cause)?,
                    self.type_name(&v)
                ))),
            },
            _ => Err(PyErr::type_error("exception causes must derive from BaseException")),
        }
    }

    /// `a, *b = x` on something that is not iterable: CPython's message.
    #[cold]
    #[inline(never)]
    fn unpack_error(&self, e: PyErr, v: &Value) -> PyErr {
        if e.is_new(ExcType::TypeError) && self.lacks_iteration(v) {
            self.not_unpackable(v)
        } else {
            e
        }
    }

    /// CPython's TypeError for unpacking (`a, b = x`, `a, *b = x`) a value
    /// that cannot be iterated.
    pub(super) fn not_unpackable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(v)))
    }
}
