//! Frames: the state of one running code object. Frames are plain data on
//! a VM-managed stack, so Python-to-Python calls never recurse on the Rust
//! stack and a generator can keep its frame while suspended.

use std::rc::Rc;

use crate::compile::code::Code;
use crate::objects::{Function, PyCell, PyDict, Value};

pub struct Frame {
    pub code: Rc<Code>,
    /// `code.instrs`, held here so that the eval loop's fetch is one hop
    /// shorter (frame, instruction instead of frame, code, instruction);
    /// every place that sets `code` sets this with it.
    pub instrs: crate::bytecode::InstrStream,
    /// Index of the next instruction.
    pub ip: usize,
    /// Fast locals in `[0, nlocals)`, then the value stack.
    pub stack: Vec<Value>,
    pub nlocals: usize,
    /// Cell variables followed by free variables.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies (NAME instructions).
    pub namespace: Option<Rc<PyDict>>,
    pub func: Option<Rc<Function>>,
    /// Set on an `__init__` frame entered by `CALL_ALLOC_AND_ENTER_INIT`:
    /// the new object, which its caller receives instead of `None`.
    pub init_self: Option<Value>,
    /// Set on a frame entered for an `lru_cache` miss: where its return
    /// value is cached.
    pub(crate) lru_store: Option<Box<crate::modules::functools::LruStore>>,
}

impl Frame {
    /// Everything the frame references, for the cycle collector to drop
    /// after it has cleared every garbage object.
    pub fn into_values(self) -> Vec<Value> {
        let Frame { mut stack, cells, globals, namespace, func, init_self, .. } = self;
        stack.extend(cells.into_iter().map(Value::Cell));
        stack.push(Value::Dict(globals));
        stack.extend(namespace.map(Value::Dict));
        stack.extend(func.map(Value::Function));
        stack.extend(init_self);
        stack
    }

    /// The cells of a call's frame: its own (an argument captured by an
    /// inner function moves into its cell), tracked by the cycle collector
    /// like every cell, then the function's closure.
    #[inline(always)]
    pub fn make_cells(&mut self, code: &Code, func: &Function) {
        if !(code.cellvars.is_empty() && code.freevars.is_empty()) {
            self.fill_cells(code, func);
        }
    }

    fn fill_cells(&mut self, code: &Code, func: &Function) {
        for arg_idx in code.cell2arg.iter() {
            let v = match arg_idx {
                Some(i) => std::mem::take(&mut self.stack[*i]),
                None => Value::Null,
            };
            self.cells.push(crate::objects::gc::track_cell(Rc::new(PyCell::new(v))));
        }
        self.cells.extend(func.closure.iter().cloned());
    }

    pub fn for_module(code: Rc<Code>, globals: Rc<PyDict>, namespace: Option<Rc<PyDict>>) -> Box<Frame> {
        let nlocals = code.varnames.len();
        let mut stack = Vec::with_capacity(nlocals + code.stacksize);
        stack.resize(nlocals, Value::Null);
        let cells = code.cellvars.iter().map(|_| crate::objects::gc::track_cell(Rc::new(PyCell::default()))).collect();
        Box::new(Frame {
            instrs: code.instrs.clone(),
            code,
            ip: 0,
            stack,
            nlocals,
            cells,
            globals,
            namespace,
            func: None,
            init_self: None,
            lru_store: None,
        })
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    // The compiler's stack-depth analysis (`compile/depth.rs`) guarantees
    // that the value stack never underflows into the locals below it.
    // Debug builds (all tests) assert it; release builds do not pay for a
    // check on every push and pop, and a bug there would still be memory
    // safe: `Vec` bounds-checks, and an empty stack yields Null.
    #[inline]
    pub fn pop(&mut self) -> Value {
        debug_assert!(self.stack.len() > self.nlocals, "value stack underflow");
        // Not `unwrap_or(Value::Null)`: that drops the unused default
        // through `Value`'s out-of-line drop glue on every pop.
        match self.stack.pop() {
            Some(v) => v,
            None => Value::Null,
        }
    }

    /// Shrinks the stack to `len` entries. Unlike `Vec::truncate`, this drops
    /// inline values (most stack entries: ints, floats, Null) without calling
    /// `Value`'s drop glue, an out-of-line jump table.
    #[inline]
    pub fn truncate_stack(&mut self, len: usize) {
        while self.stack.len() > len {
            if let Some(v) = self.stack.pop() {
                v.discard();
            }
        }
    }

    /// Replaces the top of the stack (the result of a unary or, after one
    /// pop, a binary operation).
    #[inline(always)]
    pub fn set_top(&mut self, v: Value) {
        debug_assert!(self.stack.len() > self.nlocals, "value stack underflow");
        if let Some(top) = self.stack.last_mut() {
            std::mem::replace(top, v).discard();
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// The item `n` places from the top (1 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        debug_assert!(n >= 1 && n <= self.stack.len() - self.nlocals, "value stack underflow");
        // An out-of-range `n` wraps to an index past the end: Null.
        self.stack.get(self.stack.len().wrapping_sub(n)).unwrap_or(&Value::Null)
    }

    /// Pops `n` items, returned in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n).max(self.nlocals);
        self.stack.split_off(at)
    }

    /// Line of the instruction that is executing (ip was already advanced).
    pub fn current_line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }

    /// Values of the fast locals and cells by name (for `locals()`).
    pub fn locals_dict(&self) -> Rc<PyDict> {
        if let Some(ns) = &self.namespace {
            return ns.clone();
        }
        let d = Rc::new(PyDict::new());
        for (i, name) in self.code.varnames.iter().enumerate() {
            if name.as_str().starts_with('$') || name.as_str().starts_with('.') {
                continue;
            }
            if let Some(v) = self.stack.get(i) {
                if !v.is_null() {
                    d.set_str(name.clone(), v.clone());
                }
            }
        }
        let names = self.code.cellvars.iter().chain(self.code.freevars.iter());
        for (name, cell) in names.zip(self.cells.iter()) {
            let v = cell.get();
            if !v.is_null() {
                d.set_str(name.clone(), v);
            }
        }
        d
    }
}

/// How many finished frames are kept for reuse (each call would otherwise
/// allocate a frame and its stack).
const FRAME_POOL_SIZE: usize = 64;

impl crate::vm::Vm {
    /// A frame from the pool (or a new one), reset for `code`. A recursive
    /// call usually gets back the frame its own code just left, whose code
    /// and stream then need no reassigning (two reference counts fewer).
    pub fn pooled_frame(&mut self, code: &Rc<Code>, globals: &Rc<PyDict>, capacity: usize) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                if !Rc::ptr_eq(&f.code, code) {
                    f.instrs = code.instrs.clone();
                    f.code = code.clone();
                }
                f.ip = 0;
                f.stack.reserve(capacity);
                f.globals = globals.clone();
                f
            }
            None => Box::new(Frame {
                instrs: code.instrs.clone(),
                code: code.clone(),
                ip: 0,
                stack: Vec::with_capacity(capacity),
                nlocals: 0,
                cells: Vec::new(),
                globals: globals.clone(),
                namespace: None,
                func: None,
                init_self: None,
                lru_store: None,
            }),
        }
    }

    /// Returns a finished frame to the pool, dropping what it references.
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        f.truncate_stack(0);
        f.cells.clear();
        f.namespace = None;
        f.func = None;
        f.init_self = None;
        f.lru_store = None;
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            f.globals = self.empty_dict.clone();
            self.frame_pool.push(f);
        }
    }

    /// An empty stand-in frame (used while a generator's frame is handed back).
    pub fn blank_frame(&mut self, like: &Frame) -> Box<Frame> {
        let globals = self.empty_dict.clone();
        let mut f = self.pooled_frame(&like.code, &globals, 0);
        f.nlocals = 0;
        f
    }
}
