//! Calls: argument binding, frame creation, and the generic call protocol.

use std::rc::Rc;

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::objects::{Args, Class, Function, PyDict, PyResult, PyStr, Value};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a', 'b' and 'c'`
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Vm {
    /// Builds the frame for calling `func` with positional values followed
    /// by keyword values named by `kwnames`.
    pub fn make_frame(&mut self, func: &Rc<Function>, args: &[Value], kwnames: &[Value]) -> PyResult<Box<Frame>> {
        let code = func.code.clone();
        let nlocals = code.varnames.len();
        let npos = args.len() - kwnames.len();
        let argcount = code.argcount;
        let qualname = || func.qualname.borrow().as_str().to_owned();
        let mut frame = self.pooled_frame(&code, &func.globals, nlocals + code.stacksize);
        frame.nlocals = nlocals;
        frame.func = Some(func.clone());
        let stack = &mut frame.stack;

        // Fast path: exact positional call, no defaults needed.
        if kwnames.is_empty()
            && npos == argcount
            && !code.flags.varargs
            && !code.flags.varkeywords
            && code.kwonlyargcount == 0
        {
            stack.extend_from_slice(args);
            stack.resize(nlocals, Value::Null);
        } else {
            stack.resize(nlocals, Value::Null);
            if let Err(e) = self.bind_slow(func, &mut frame.stack, args, kwnames, &qualname) {
                self.recycle_frame(frame);
                return Err(e);
            }
        }
        frame.make_cells(&code, func);
        Ok(frame)
    }

    fn bind_slow(
        &mut self,
        func: &Rc<Function>,
        locals: &mut [Value],
        args: &[Value],
        kwnames: &[Value],
        qualname: &dyn Fn() -> String,
    ) -> PyResult<()> {
        let code = &func.code;
        let npos = args.len() - kwnames.len();
        let argcount = code.argcount;
        let kwonly = code.kwonlyargcount;
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + usize::from(code.flags.varargs);
        let ncopy = npos.min(argcount);
        locals[..ncopy].clone_from_slice(&args[..ncopy]);
        if npos > argcount {
            if code.flags.varargs {
                locals[varargs_idx] = Value::tuple(args[argcount..npos].to_vec());
            } else {
                let defaults = func.defaults.borrow().len();
                let takes = if defaults > 0 {
                    format!("from {} to {} positional arguments", argcount - defaults, argcount)
                } else {
                    plural(argcount, "positional argument")
                };
                let given = if npos == 1 { "1 was".to_owned() } else { format!("{npos} were") };
                return Err(PyErr::type_error(format!("{}() takes {} but {} given", qualname(), takes, given)));
            }
        } else if code.flags.varargs {
            locals[varargs_idx] = Value::tuple(Vec::new());
        }
        let kwdict = if code.flags.varkeywords {
            let d = crate::objects::gc::track_dict(Rc::new(PyDict::new()));
            locals[varkw_idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name, value) in kwnames.iter().zip(&args[npos..]) {
            let name_str = name.as_str().map(|s| s.as_str()).unwrap_or("");
            let idx = code.varnames[..argcount + kwonly].iter().position(|v| v.as_str() == name_str);
            match idx {
                Some(i) if i >= code.posonlyargcount => {
                    if !locals[i].is_null() {
                        return Err(PyErr::type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname(),
                            name_str
                        )));
                    }
                    locals[i] = value.clone();
                }
                other => match &kwdict {
                    Some(d) => {
                        let key = match name {
                            Value::Str(s) => s.clone(),
                            _ => Rc::new(PyStr::new(name_str)),
                        };
                        d.set_str(key, value.clone());
                    }
                    None if other.is_some() => posonly_as_kw.push(name_str.to_owned()),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname(),
                            name_str
                        )))
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing: Vec<String> = Vec::new();
        for i in npos.min(argcount)..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required positional {}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow();
        let kwonly_names = &code.varnames[argcount..argcount + kwonly];
        for (slot, name) in locals[argcount..argcount + kwonly].iter_mut().zip(kwonly_names) {
            if slot.is_null() {
                if let Some(v) = kwdefaults.as_ref().and_then(|d| d.get_str(name.as_str())) {
                    *slot = v;
                } else {
                    missing.push(name.as_str().to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() missing {} required keyword-only {}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// Calls any callable with positional arguments.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }

    /// Calls any callable; the last `kwnames.len()` values are keyword arguments.
    pub fn call_kw(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        match callable {
            Value::Function(f) => self.call_function(f, args, kwnames),
            Value::Builtin(b) => (b.func)(self, Args { values: args, kwnames }),
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_.clone());
                full.extend_from_slice(args);
                self.call_kw(&m.func, &full, kwnames)
            }
            Value::Class(c) => self.call_class(c, args, kwnames),
            Value::StaticMethod(w) => self.call_kw(&w.func.clone(), args, kwnames),
            Value::Instance(_) => {
                let cls = self.type_of(callable);
                match cls.lookup("__call__") {
                    Some(f) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend_from_slice(args);
                        self.call_kw(&f, &full, kwnames)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
            _ => Err(self.not_callable(callable)),
        }
    }

    pub fn not_callable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls a Python function: a new frame, run to completion (or a new
    /// generator object when the code is a generator).
    pub fn call_function(&mut self, f: &Rc<Function>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let frame = self.make_frame(f, args, kwnames)?;
        if f.code.flags.generator {
            return Ok(self.new_generator(frame));
        }
        self.run_frame(frame)
    }

    /// Calls `obj.name(*args)`, looking the method up on the type.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let (callable, self_arg) = self.load_method(obj, name)?;
        match self_arg {
            Some(s) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(s);
                full.extend_from_slice(args);
                self.call(&callable, &full)
            }
            None => self.call(&callable, args),
        }
    }

    /// Looks `name` up on the type of `obj` only (as CPython does for
    /// special methods) and calls it, or returns None if it is absent.
    pub fn call_special(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(f) = cls.lookup(name) else { return Ok(None) };
        let bound = self.bind_descriptor(f, obj.clone(), &cls)?;
        self.call(&bound, args).map(Some)
    }

    /// Calls a class: its metaclass's `__call__` when overridden, else
    /// `type.__call__`.
    pub fn call_class(&mut self, cls: &Rc<Class>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if let Some(call) = self.meta_call_override(cls) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Class(cls.clone()));
            full.extend_from_slice(args);
            return self.call_kw(&call, &full, kwnames);
        }
        self.type_call(cls, args, kwnames)
    }

    /// `type.__call__`: instantiates a class, `__new__` then `__init__`.
    pub fn type_call(&mut self, cls: &Rc<Class>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(Value::Class(self.type_of(&args[0])));
        }
        let new = cls.lookup("__new__");
        let obj = match new {
            Some(Value::Builtin(b)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Class(cls.clone()));
                full.extend_from_slice(args);
                (b.func)(self, Args { values: &full, kwnames })?
            }
            Some(other) => {
                let f = match other {
                    Value::StaticMethod(w) => w.func.clone(),
                    v => v,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Class(cls.clone()));
                full.extend_from_slice(args);
                self.call_kw(&f, &full, kwnames)?
            }
            None => return Err(PyErr::type_error(format!("cannot create '{}' instances", cls.name().as_str()))),
        };
        // __init__ runs only when __new__ returned an instance of cls.
        let obj_type = self.type_of(&obj);
        if !Class::is_subclass(&obj_type, cls) {
            return Ok(obj);
        }
        if let Some(init) = obj_type.lookup("__init__") {
            if let Value::Builtin(b) = &init {
                if b.name == "__init__" && b.owner == "object" {
                    if cls
                        .lookup("__new__")
                        .is_some_and(|n| matches!(n, Value::Builtin(ref nb) if nb.owner == "object"))
                        && !args.is_empty()
                    {
                        return Err(PyErr::type_error(format!("{}() takes no arguments", cls.name().as_str())));
                    }
                    return Ok(obj);
                }
            }
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            let r = self.call_kw(&init, &full, kwnames)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
            }
        }
        Ok(obj)
    }

    /// Collects `*args` and `**kwargs` of CALL_FUNCTION_EX into a flat call.
    pub fn call_ex(&mut self, callable: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let mut values: Vec<Value> = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => self.collect(other)?,
        };
        let mut names: Vec<Value> = Vec::new();
        if let Some(kw) = kwargs {
            let Value::Dict(d) = kw else {
                return Err(PyErr::type_error("argument after ** must be a mapping"));
            };
            for (k, v) in d.items() {
                if !matches!(k, Value::Str(_)) {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                names.push(k);
                values.push(v);
            }
        }
        self.call_kw(callable, &values, &names)
    }

    pub fn check_recursion(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
