//! CALL and CALL_KW: Python functions entered without argument binding,
//! builtins called straight from the stack, the common builtins (`len`,
//! `isinstance`, `type`, `str`, `tuple`, `list.append`) done inline, and
//! class instantiation that enters a Python `__init__` as an inline frame.
//!
//! Cache layout: `keys` = the id of the function's code object (Python
//! functions, bound methods) or the native function's address (builtins); `version`,
//! `index`, `aux` = the class version and the MRO place of `__init__`
//! (`CALL_ALLOC_AND_ENTER_INIT`).
//!
//! The stack under a CALL is `[callable, self_or_NULL, args...]`; the
//! helpers below leave it untouched when a guard fails.

use std::rc::Rc;

use super::cache::InlineCache;
use super::load_attr::{mro_find, mro_value};
use super::stats::FailKind;
use super::Decision;
use crate::bytecode::{Instr, Op};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, Function, NativeFn, Value};
use crate::vm::{ExcType, Frame, PyErr, Vm};

/// CALL_KW: the stack is `[callable, self_or_NULL, args..., kwnames]`.
pub fn specialize_kw(frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let argc = ins.arg as usize;
    let at = frame.stack.len().checked_sub(argc + 3).ok_or(FailKind::NotAFunction)?;
    let self_null = frame.stack[at + 1].is_null();
    let python = |f: &Function| -> Decision {
        if f.code.flags.generator {
            return Err(FailKind::Generator);
        }
        cache.keys.set(code_key(f));
        Ok(Op::CALL_KW_PY)
    };
    match &frame.stack[at] {
        Value::Function(f) => python(f),
        Value::BoundMethod(m) if self_null => match &m.func {
            Value::Function(f) => python(f).map(|_| Op::CALL_KW_BOUND_METHOD),
            _ => Err(FailKind::NotAFunction),
        },
        Value::Builtin(b) if self_null && !crate::builtins::needs_caller(b) => {
            cache.keys.set(b.func as usize as u64);
            Ok(Op::CALL_KW_NON_PY)
        }
        _ => Err(FailKind::NotAFunction),
    }
}

pub fn specialize(vm: &Vm, frame: &Frame, ins: Instr, cache: &InlineCache) -> Decision {
    let argc = ins.arg as usize;
    let len = frame.stack.len();
    let at = len.checked_sub(argc + 2).ok_or(FailKind::NotAFunction)?;
    let with_self = !frame.stack[at + 1].is_null();
    let nargs = argc + usize::from(with_self);
    // Re-specializing a site whose cached function missed for another one:
    // it calls several, so no function is cached any more.
    let several = |f: &Function| is_py_call_form(ins.op) && cache.keys.get() != code_key(f);
    match &frame.stack[at] {
        Value::Function(f) => {
            let form = python_form(f, nargs)?;
            if several(f) || ins.op == Op::CALL_PY_GENERAL {
                return Ok(Op::CALL_PY_GENERAL);
            }
            cache.keys.set(code_key(f));
            Ok(form)
        }
        Value::BoundMethod(m) if !with_self => match &m.func {
            Value::Function(f) => {
                let form = python_form(f, nargs + 1)?;
                if several(f) || ins.op == Op::CALL_BOUND_METHOD_GENERAL {
                    return Ok(Op::CALL_BOUND_METHOD_GENERAL);
                }
                if form != Op::CALL_PY_EXACT_ARGS {
                    return Err(FailKind::ArgumentCount);
                }
                cache.keys.set(code_key(f));
                Ok(Op::CALL_BOUND_METHOD_EXACT_ARGS)
            }
            _ => Err(FailKind::NotAFunction),
        },
        Value::Builtin(b) => {
            if crate::builtins::needs_caller(b) {
                return Err(FailKind::NotAFunction);
            }
            cache.keys.set(b.func as usize as u64);
            Ok(match (b.owner, b.name, nargs, with_self) {
                ("builtins", "len", 1, false) => Op::CALL_LEN,
                ("builtins", "isinstance", 2, false) => Op::CALL_ISINSTANCE,
                ("list", "append", 2, true) => Op::CALL_LIST_APPEND,
                (_, _, 1, true) => Op::CALL_METHOD_DESCRIPTOR_NOARGS,
                (_, _, 2, true) => Op::CALL_METHOD_DESCRIPTOR_O,
                (_, _, _, true) => Op::CALL_METHOD_DESCRIPTOR_FAST,
                (_, _, 1, false) => Op::CALL_BUILTIN_O,
                _ => Op::CALL_BUILTIN_FAST,
            })
        }
        Value::Class(c) if !with_self => {
            // A metaclass may override `__call__` (now or later, without
            // the class's version changing): always the generic call.
            if c.metaclass.borrow().is_some() {
                return Err(FailKind::MetaclassAttribute);
            }
            let t = &vm.types;
            if Rc::ptr_eq(c, &t.type_) && argc == 1 {
                return Ok(Op::CALL_TYPE_1);
            }
            if Rc::ptr_eq(c, &t.str_) && argc == 1 {
                return Ok(Op::CALL_STR_1);
            }
            if Rc::ptr_eq(c, &t.tuple) && argc == 1 {
                return Ok(Op::CALL_TUPLE_1);
            }
            // Zero-argument super() reads its caller's frame: generic path only.
            if c.is_builtin && !Rc::ptr_eq(c, &t.super_) {
                cache.version.set(c.version.get());
                return Ok(Op::CALL_BUILTIN_CLASS);
            }
            alloc_and_init(c, argc, cache)
        }
        _ => Err(FailKind::NotAFunction),
    }
}

/// The forms that enter a Python function's frame (see `Vm::call_py_fast`).
pub fn is_py_call_form(op: Op) -> bool {
    matches!(
        op,
        Op::CALL_PY_EXACT_ARGS
            | Op::CALL_PY_WITH_DEFAULTS
            | Op::CALL_BOUND_METHOD_EXACT_ARGS
            | Op::CALL_PY_GENERAL
            | Op::CALL_BOUND_METHOD_GENERAL
    )
}

/// What a Python call site guards on: the code object, not the function,
/// so that a site calling fresh closures of one `def` stays specialized.
/// Everything the fast path takes from the function itself (globals,
/// closure cells, defaults) is read from the function on the stack; what
/// it relies on (parameter counts and kinds) belongs to the code.
fn code_key(f: &Function) -> u64 {
    u64::from(f.code.id)
}

/// The form for calling a Python function with `nargs` positional values.
fn python_form(f: &Function, nargs: usize) -> Decision {
    let code = &f.code;
    if code.flags.generator {
        return Err(FailKind::Generator);
    }
    if code.flags.varargs || code.flags.varkeywords || code.kwonlyargcount > 0 {
        return Err(FailKind::ComplexParameters);
    }
    if nargs == code.argcount {
        Ok(Op::CALL_PY_EXACT_ARGS)
    } else if nargs < code.argcount && code.argcount - nargs <= f.defaults.borrow().len() {
        Ok(Op::CALL_PY_WITH_DEFAULTS)
    } else {
        Err(FailKind::ArgumentCount)
    }
}

fn alloc_and_init(c: &Rc<crate::objects::Class>, argc: usize, cache: &InlineCache) -> Decision {
    if c.is_builtin || c.kind != BuiltinKind::Object {
        return Err(FailKind::CustomNew);
    }
    let plain_new = matches!(c.lookup("__new__"), Some(Value::Builtin(b)) if b.owner == "object");
    let Some((depth, index, Value::Function(init))) = mro_find(c, &crate::compile::intern("__init__")) else {
        return Err(FailKind::CustomNew);
    };
    if !plain_new {
        return Err(FailKind::CustomNew);
    }
    // Exact or with defaults: `enter_python` fills missing arguments.
    python_form(&init, argc + 1)?;
    cache.version.set(c.version.get());
    cache.index.set(index as u32);
    cache.aux.set(depth as u64);
    Ok(Op::CALL_ALLOC_AND_ENTER_INIT)
}

/// Where the arguments start, counting a non-NULL self slot as the first.
fn args_start(frame: &Frame, at: usize) -> usize {
    if frame.stack[at + 1].is_null() {
        at + 2
    } else {
        at + 1
    }
}

impl Vm {
    /// The forms of `is_py_call_form`: enters the function's frame. False
    /// (nothing done) when the guards fail. The exact forms check the
    /// cached code object `id`, whose parameters the specializer vetted;
    /// the general forms vet each callee's parameters here instead.
    pub(crate) fn call_py_fast(
        &mut self,
        frame: &mut Box<Frame>,
        form: Op,
        argc: usize,
        id: u64,
    ) -> Result<bool, PyErr> {
        let Some(at) = frame.stack.len().checked_sub(argc + 2) else { return Ok(false) };
        let bound = matches!(form, Op::CALL_BOUND_METHOD_EXACT_ARGS | Op::CALL_BOUND_METHOD_GENERAL);
        let self_null = frame.stack[at + 1].is_null();
        let (func, nargs) = match &frame.stack[at] {
            Value::BoundMethod(m) if bound && self_null => {
                let Value::Function(f) = &m.func else { return Ok(false) };
                (f, argc + 1)
            }
            Value::Function(f) if !bound => (f, argc + usize::from(!self_null)),
            _ => return Ok(false),
        };
        let fits = match form {
            Op::CALL_PY_GENERAL | Op::CALL_BOUND_METHOD_GENERAL => python_form(func, nargs).is_ok(),
            _ if code_key(func) != id => false,
            _ => match func.code.argcount.checked_sub(nargs) {
                Some(0) => true,
                Some(m) => form == Op::CALL_PY_WITH_DEFAULTS && m <= func.defaults.borrow().len(),
                None => false,
            },
        };
        if !fits {
            return Ok(false);
        }
        // All guards held: only now may the stack change. A plain function
        // is moved out of its slot (which the call drops anyway), so the
        // call costs no reference-count traffic on it.
        let func = if let Value::BoundMethod(m) = &frame.stack[at] {
            let Value::Function(f) = &m.func else { return Ok(false) };
            let (f, s) = (f.clone(), m.self_.clone());
            frame.stack[at + 1] = s;
            f
        } else {
            // Always a function here (matched above).
            let Value::Function(f) = std::mem::take(&mut frame.stack[at]) else { return Ok(false) };
            f
        };
        let start = args_start(frame, at);
        self.enter_python(frame, func, at, start, None)?;
        Ok(true)
    }

    /// Moves the arguments at `start..` into a new frame for `func` (filling
    /// defaults), drops the callable slots from `at`, and pushes the frame.
    /// `init_self` marks an `__init__` frame whose caller receives `self`.
    pub(crate) fn enter_python(
        &mut self,
        frame: &mut Box<Frame>,
        func: Rc<Function>,
        at: usize,
        start: usize,
        init_self: Option<Value>,
    ) -> Result<(), PyErr> {
        self.check_recursion()?;
        let code = &func.code;
        let nlocals = code.varnames.len();
        let mut new = self.pooled_frame(code, &func.globals, nlocals + code.stacksize);
        new.nlocals = nlocals;
        // Moved, not cloned: no reference-count traffic for the arguments.
        for v in &mut frame.stack[start..] {
            new.stack.push(std::mem::take(v));
        }
        frame.truncate_stack(at);
        let nargs = new.stack.len();
        if nargs < code.argcount {
            let defaults = func.defaults.borrow();
            let first = code.argcount - defaults.len();
            for d in &defaults[nargs - first..] {
                new.stack.push(d.clone());
            }
        }
        while new.stack.len() < nlocals {
            new.stack.push(Value::Null);
        }
        new.make_cells(code, &func);
        new.func = Some(func);
        if init_self.is_some() {
            new.init_self = init_self;
        }
        self.push_frame(frame, new)
    }

    /// CALL_ALLOC_AND_ENTER_INIT: allocates the instance and enters
    /// `__init__` with it as the first argument.
    pub(crate) fn call_alloc_and_init(
        &mut self,
        frame: &mut Box<Frame>,
        argc: usize,
        cache: (u32, u32, u64),
    ) -> Result<bool, PyErr> {
        let (version, index, depth) = cache;
        let Some(at) = frame.stack.len().checked_sub(argc + 2) else { return Ok(false) };
        let Value::Class(cls) = &frame.stack[at] else { return Ok(false) };
        if cls.version.get() != version || !frame.stack[at + 1].is_null() {
            return Ok(false);
        }
        let Some(Value::Function(init)) = mro_value(cls, depth, index) else { return Ok(false) };
        let fits = init.code.argcount.checked_sub(argc + 1).is_some_and(|m| m <= init.defaults.borrow().len());
        if !fits {
            return Ok(false);
        }
        let obj = crate::builtins::object_new_instance(cls);
        frame.stack[at + 1] = obj.clone();
        self.enter_python(frame, init, at, at + 1, Some(obj))?;
        Ok(true)
    }

    /// The builtin-call forms: the native function (checked by address)
    /// runs on the arguments where they lie. `None` when the guards fail.
    pub(crate) fn call_native_fast(
        &mut self,
        frame: &mut Frame,
        form: Op,
        argc: usize,
        addr: u64,
    ) -> Option<Result<Value, PyErr>> {
        let at = frame.stack.len().checked_sub(argc + 2)?;
        let Value::Builtin(b) = &frame.stack[at] else { return None };
        let func: NativeFn = b.func;
        if func as usize as u64 != addr {
            return None;
        }
        let start = args_start(frame, at);
        let with_self = start == at + 1;
        let wants_self = matches!(
            form,
            Op::CALL_METHOD_DESCRIPTOR_NOARGS
                | Op::CALL_METHOD_DESCRIPTOR_O
                | Op::CALL_METHOD_DESCRIPTOR_FAST
                | Op::CALL_LIST_APPEND
        );
        if with_self != wants_self {
            return None;
        }
        let args = &frame.stack[start..];
        let inline = match (form, args) {
            (Op::CALL_LEN, [v]) => inline_len(v).map(Ok),
            (Op::CALL_LIST_APPEND, [Value::List(l), item]) => {
                l.items.borrow_mut().push(item.clone());
                Some(Ok(Value::None))
            }
            _ => None,
        };
        let r = match inline {
            Some(r) => r,
            None => func(self, Args::new(args)),
        };
        frame.truncate_stack(at);
        Some(r)
    }

    /// CALL_KW_PY / CALL_KW_BOUND_METHOD / CALL_KW_NON_PY: binds keyword
    /// arguments (Python) or passes them through (builtins) directly.
    pub(crate) fn call_kw_fast(
        &mut self,
        frame: &mut Box<Frame>,
        form: Op,
        argc: usize,
        id: u64,
    ) -> Result<bool, PyErr> {
        let Some(at) = frame.stack.len().checked_sub(argc + 3) else { return Ok(false) };
        let Value::Tuple(kwnames) = frame.top().clone() else { return Ok(false) };
        let self_null = frame.stack[at + 1].is_null();
        let callable = frame.stack[at].clone();
        match (form, &callable) {
            (Op::CALL_KW_PY, Value::Function(f)) if code_key(f) == id => {
                frame.pop();
                let start = args_start(frame, at);
                let new = self.make_frame(f, &frame.stack[start..], &kwnames.items)?;
                frame.truncate_stack(at);
                self.push_frame(frame, new)?;
                Ok(true)
            }
            (Op::CALL_KW_BOUND_METHOD, Value::BoundMethod(m)) if self_null => {
                let Value::Function(f) = &m.func else { return Ok(false) };
                if code_key(f) != id {
                    return Ok(false);
                }
                frame.pop();
                frame.stack[at + 1] = m.self_.clone();
                let new = self.make_frame(f, &frame.stack[at + 1..], &kwnames.items)?;
                frame.truncate_stack(at);
                self.push_frame(frame, new)?;
                Ok(true)
            }
            (Op::CALL_KW_NON_PY, Value::Builtin(b)) if b.func as usize as u64 == id => {
                let func = b.func;
                frame.pop();
                let start = args_start(frame, at);
                let r = func(self, Args { values: &frame.stack[start..], kwnames: &kwnames.items });
                frame.truncate_stack(at);
                frame.push(r?);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// CALL_BUILTIN_CLASS: `int(x)`, `float(x)`, `list(x)`...: the class
    /// (version checked) is called without the generic dispatch on the callable.
    pub(crate) fn call_builtin_class(
        &mut self,
        frame: &mut Frame,
        argc: usize,
        version: u32,
    ) -> Option<Result<Value, PyErr>> {
        let at = frame.stack.len().checked_sub(argc + 2)?;
        let Value::Class(c) = &frame.stack[at] else { return None };
        if c.version.get() != version || !frame.stack[at + 1].is_null() {
            return None;
        }
        let c = c.clone();
        let r = self.call_class(&c, &frame.stack[at + 2..], &[]);
        frame.truncate_stack(at);
        Some(r)
    }

    /// CALL_TYPE_1 / CALL_STR_1 / CALL_TUPLE_1.
    pub(crate) fn call_class_1(&mut self, frame: &mut Frame, form: Op) -> Option<Result<Value, PyErr>> {
        let at = frame.stack.len().checked_sub(3)?;
        let Value::Class(c) = &frame.stack[at] else { return None };
        let t = &self.types;
        let expected = match form {
            Op::CALL_TYPE_1 => &t.type_,
            Op::CALL_STR_1 => &t.str_,
            _ => &t.tuple,
        };
        if !Rc::ptr_eq(c, expected) || !frame.stack[at + 1].is_null() {
            return None;
        }
        let arg = frame.stack[at + 2].clone();
        frame.truncate_stack(at);
        Some(match (form, arg) {
            (Op::CALL_TYPE_1, v) => Ok(Value::Class(self.type_of(&v))),
            (Op::CALL_STR_1, Value::Str(s)) => Ok(Value::Str(s)),
            (Op::CALL_STR_1, v) => self.str_of(&v).map(Value::string),
            (_, Value::Tuple(t)) => Ok(Value::Tuple(t)),
            (_, v) => self.collect(&v).map(Value::tuple),
        })
    }
}

/// `len(v)` for the builtin containers, without a call.
fn inline_len(v: &Value) -> Option<Value> {
    let n = match v {
        Value::List(l) => l.len(),
        Value::Str(s) => s.char_len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Bytes(b) => b.data.len(),
        _ => return None,
    };
    Some(Value::Int(n as i64))
}

/// The error CPython raises when `__init__` returns something else.
pub fn init_returned(vm: &Vm, v: &Value) -> PyErr {
    PyErr::new(ExcType::TypeError, format!("__init__() should return None, not '{}'", vm.type_name(v)))
}
