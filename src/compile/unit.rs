//! One code object under construction: instructions with symbolic labels,
//! the line of each instruction, and the handler (if any) covering it, from
//! which the exception table is built at the end.

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::{ArgKind, Instr, Op};
use crate::objects::{PyStr, Value};

use super::code::{Code, CodeFlags, ExcEntry, Source};
use super::symtable::{ScopeId, ScopeKind, SymTable};
use super::CompileError;

pub type Label = u32;

/// What an enclosing statement leaves on the stack and must undo when
/// `return`, `break` or `continue` leaves it early.
#[derive(Clone)]
pub enum FBlockKind {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    /// Inside a `try` body that has handlers (nothing on the stack).
    TryExcept,
    /// Inside a `try` body whose `finally` must run when leaving early.
    FinallyTry {
        body: Vec<rustpython_parser::ast::Stmt>,
    },
    /// Inside a `finally` block entered by an exception: [prev_exc, exc].
    FinallyEnd,
    /// Inside an `except` body: [prev_exc]; the bound name is cleared on exit.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside an `except*` body: [prev_exc, orig, raised list, rest].
    ExceptStarHandler,
    /// Inside a `with` body: [exit].
    With,
    /// Inside an `async with` body: [aexit].
    AsyncWith,
}

#[derive(Clone)]
pub struct FBlock {
    pub kind: FBlockKind,
    /// Length of the handler stack when this block was entered.
    pub handler_len: usize,
}

impl FBlockKind {
    /// Values this block keeps on the stack while its body runs.
    pub fn stack_items(&self) -> u32 {
        match self {
            FBlockKind::ForLoop { .. }
            | FBlockKind::With
            | FBlockKind::AsyncWith
            | FBlockKind::HandlerCleanup { .. } => 1,
            FBlockKind::FinallyEnd => 2,
            FBlockKind::ExceptStarHandler => 4,
            _ => 0,
        }
    }
}

pub struct Unit {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub src: Rc<Source>,
    pub first_line: u32,
    pub line: u32,
    /// Name of the innermost enclosing class, for private-name mangling
    /// (`__x` inside `class C` means `_C__x`).
    pub private: Option<String>,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    handlers: Vec<Option<(Label, u32)>>,
    labels: Vec<Option<u32>>,
    consts: Vec<Value>,
    names: Vec<String>,
    pub varnames: Vec<String>,
    pub fblocks: Vec<FBlock>,
    pub handler_stack: Vec<(Label, u32)>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub varargs: bool,
    pub varkeywords: bool,
    temps: usize,
    /// Position of the most recently bound label.
    label_here: Option<usize>,
}

impl Unit {
    pub fn new(scope: ScopeId, name: &str, qualname: String, src: Rc<Source>, first_line: u32) -> Unit {
        Unit {
            scope,
            name: name.to_owned(),
            qualname,
            src,
            first_line,
            line: first_line,
            private: None,
            instrs: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            fblocks: Vec::new(),
            handler_stack: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            temps: 0,
            label_here: None,
        }
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        self.instrs.push(Instr::new(op, arg));
        self.lines.push(self.line);
        self.handlers.push(self.handler_stack.last().copied());
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        (self.labels.len() - 1) as Label
    }

    pub fn bind_label(&mut self, label: Label) {
        self.labels[label as usize] = Some(self.instrs.len() as u32);
        self.label_here = Some(self.instrs.len());
    }

    /// Whether control cannot reach the next instruction by falling
    /// through: the last instruction never falls through and no jump
    /// targets the current position.
    pub fn last_is_terminal(&self) -> bool {
        self.label_here != Some(self.instrs.len())
            && matches!(
                self.instrs.last().map(|i| i.op),
                Some(Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE | Op::JUMP_FORWARD | Op::JUMP_BACKWARD)
            )
    }

    /// Stack depth kept by enclosing statements (where a handler cuts to).
    pub fn block_depth(&self) -> u32 {
        self.fblocks.iter().map(|b| b.kind.stack_items()).sum()
    }

    pub fn push_handler(&mut self, label: Label, depth: u32) {
        self.handler_stack.push((label, depth));
    }

    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    pub fn push_fblock(&mut self, kind: FBlockKind) {
        let handler_len = self.handler_stack.len();
        self.fblocks.push(FBlock { kind, handler_len });
    }

    pub fn const_index(&mut self, v: Value) -> u32 {
        for (i, c) in self.consts.iter().enumerate() {
            if same_const(c, &v) {
                return i as u32;
            }
        }
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.names.iter().position(|n| n == name) {
            return i as u32;
        }
        self.names.push(name.to_owned());
        (self.names.len() - 1) as u32
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        self.varnames.push(name.to_owned());
        (self.varnames.len() - 1) as u32
    }

    /// A fresh hidden local (names with `$` cannot clash with Python names).
    pub fn new_temp(&mut self) -> u32 {
        self.temps += 1;
        let name = format!("${}", self.temps);
        self.varname_index(&name)
    }

    pub fn finish(self, table: &SymTable) -> Result<Code, CompileError> {
        let scope = &table.scopes[self.scope];
        let resolve = |l: u32| -> u32 { self.labels[l as usize].expect("unbound label") };
        let mut instrs = self.instrs.clone();
        for ins in instrs.iter_mut() {
            if ins.op.arg_kind() == ArgKind::Jump {
                ins.arg = resolve(ins.arg);
            }
        }
        let exc_table = build_exc_table(&self.handlers, &resolve);
        let stacksize = max_stack_depth(&instrs, &exc_table);
        let cell2arg = scope
            .cellvars
            .iter()
            .map(|c| {
                let nargs =
                    self.argcount + self.kwonlyargcount + usize::from(self.varargs) + usize::from(self.varkeywords);
                self.varnames[..nargs.min(self.varnames.len())].iter().position(|v| v == c)
            })
            .collect();
        let caches = Code::allocate_caches(&mut instrs);
        let ninstrs = instrs.len();
        let strs = |v: &[String]| -> Box<[Rc<PyStr>]> { v.iter().map(|s| intern(s)).collect() };
        Ok(Code {
            id: super::code::next_code_id(),
            name: intern(&self.name),
            qualname: Rc::new(PyStr::new(&self.qualname)),
            source: self.src.clone(),
            flags: CodeFlags {
                varargs: self.varargs,
                varkeywords: self.varkeywords,
                generator: scope.is_generator,
                coroutine: scope.is_coroutine,
                async_generator: scope.is_coroutine && scope.has_yield,
                uses_namespace: matches!(scope.kind, ScopeKind::Module | ScopeKind::Class),
            },
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            first_line: self.first_line,
            instrs: instrs.into_iter().map(Cell::new).collect(),
            caches,
            lines: self.lines.into_boxed_slice(),
            consts: self.consts.into_boxed_slice(),
            names: strs(&self.names),
            varnames: strs(&self.varnames),
            cellvars: strs(&scope.cellvars),
            freevars: strs(&scope.freevars),
            cell2arg,
            exc_table: exc_table.into_boxed_slice(),
            stacksize,
            jit_slots: crate::vm::tier::new_slots(ninstrs),
            fused: Cell::new(false),
            poly_methods: Default::default(),
        })
    }
}

thread_local! {
    static INTERNED: std::cell::RefCell<std::collections::HashMap<String, Rc<PyStr>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// One shared string object per identifier, so that name lookups in
/// dicts usually succeed on pointer equality before comparing bytes.
pub fn intern(s: &str) -> Rc<PyStr> {
    // `try_with`: at thread exit the table may already be gone while other
    // thread-locals drop values that look names up.
    INTERNED
        .try_with(|m| {
            let mut m = m.borrow_mut();
            if let Some(p) = m.get(s) {
                return p.clone();
            }
            let p = Rc::new(PyStr::new(s));
            m.insert(s.to_owned(), p.clone());
            p
        })
        .unwrap_or_else(|_| Rc::new(PyStr::new(s)))
}

fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.get().to_bits() == y.get().to_bits(),
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        _ => false,
    }
}

/// Groups consecutive instructions with the same handler into table rows.
fn build_exc_table(handlers: &[Option<(Label, u32)>], resolve: &dyn Fn(u32) -> u32) -> Vec<ExcEntry> {
    let mut table: Vec<ExcEntry> = Vec::new();
    for (i, h) in handlers.iter().enumerate() {
        let Some((label, depth)) = *h else { continue };
        let target = resolve(label);
        let i = i as u32;
        if let Some(last) = table.last_mut() {
            if last.end == i && last.target == target && last.depth == depth {
                last.end = i + 1;
                continue;
            }
        }
        table.push(ExcEntry { start: i, end: i + 1, target, depth });
    }
    table
}

/// Effect on the stack when a jumping instruction takes its jump.
fn jump_effect(op: Op, arg: u32) -> i32 {
    match op {
        Op::FOR_ITER => -1,
        Op::SEND => 0,
        _ => op.stack_effect(arg),
    }
}

/// The deepest the value stack can get, by flow analysis over the stream
/// using the table's stack effects.
fn max_stack_depth(instrs: &[Instr], exc: &[ExcEntry]) -> usize {
    let n = instrs.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    for e in exc {
        work.push((e.target as usize, e.depth as i32 + 1));
    }
    let mut max = 0i32;
    while let Some((mut ip, mut depth)) = work.pop() {
        while ip < n {
            if let Some(d) = depth_at[ip] {
                if d >= depth {
                    break;
                }
            }
            depth_at[ip] = Some(depth);
            let ins = instrs[ip];
            if ins.op.arg_kind() == ArgKind::Jump {
                let jd = depth + jump_effect(ins.op, ins.arg);
                max = max.max(jd);
                work.push((ins.arg as usize, jd));
            }
            depth += ins.op.stack_effect(ins.arg);
            max = max.max(depth);
            match ins.op {
                Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE | Op::JUMP_FORWARD | Op::JUMP_BACKWARD => break,
                _ => ip += 1,
            }
        }
    }
    max.max(0) as usize + 1
}
