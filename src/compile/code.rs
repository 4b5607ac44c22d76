//! Code objects: the compiler's output and the VM's input.

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::{Instr, InstrStream, Op, NO_CACHE};
use crate::objects::{PyStr, Value};
use crate::specialize::cache::InlineCache;

static NEXT_CODE_ID: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A fresh id for a code object (events and the page refer to code by id).
pub fn next_code_id() -> u32 {
    NEXT_CODE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A source file, shared by all code objects compiled from it (tracebacks
/// print source lines from here).
#[derive(Debug)]
pub struct Source {
    pub filename: Rc<str>,
    pub text: Rc<str>,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(filename: &str, text: &str) -> Source {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Source { filename: filename.into(), text: text.into(), line_starts }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset) as u32
    }

    /// 0-based column (in characters) of a byte offset.
    pub fn column_of(&self, offset: usize) -> usize {
        let line = self.line_of(offset) as usize;
        let start = self.line_starts[line - 1];
        self.text.get(start..offset).map(|s| s.chars().count()).unwrap_or(0)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)?;
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        self.text.get(start..end).map(|s| s.trim_end_matches(['\n', '\r']))
    }
}

/// One row of the exception table: instructions in `start..end` that raise
/// jump to `target` with the value stack cut to `depth` and the exception
/// pushed. Nothing is executed on entry to a `try`: this is what makes
/// try/except free until something is raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// An `async def`: calling it makes a coroutine (a generator frame).
    pub coroutine: bool,
    /// An `async def` that yields (or an async genexp): calling it makes an
    /// `async_generator`.
    pub async_generator: bool,
    /// Module and class bodies use a namespace dict (the NAME instructions).
    pub uses_namespace: bool,
}

/// A compiled function, class body, comprehension or module.
#[derive(Debug)]
pub struct Code {
    /// Unique per code object, in creation order.
    pub id: u32,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub source: Rc<Source>,
    pub flags: CodeFlags,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub first_line: u32,
    pub instrs: InstrStream,
    /// One inline cache per adaptive instruction (`Instr::cache` indexes it).
    pub caches: Box<[InlineCache]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    /// Fast locals: parameters first, then other locals, then compiler temporaries.
    pub varnames: Box<[Rc<PyStr>]>,
    pub cellvars: Box<[Rc<PyStr>]>,
    pub freevars: Box<[Rc<PyStr>]>,
    /// For each cell variable that is also a parameter, the parameter's index.
    pub cell2arg: Box<[Option<usize>]>,
    pub exc_table: Box<[ExcEntry]>,
    /// An upper bound on the value stack depth.
    pub stacksize: usize,
    /// Per-instruction state of the native tier (`vm/tier.rs`): back-edge
    /// counters and compiled-region ids of `JUMP_BACKWARD` instructions.
    pub jit_slots: Box<[Cell<u32>]>,
    /// Whether `specialize::fuse` has formed this code's superinstructions.
    pub fused: Cell<bool>,
    /// The receivers of this code's LOAD_ATTR_METHOD_POLY instructions
    /// (`specialize/load_attr_poly.rs`).
    pub poly_methods: crate::specialize::load_attr_poly::MethodRows,
}

impl Code {
    pub fn filename(&self) -> &str {
        &self.source.filename
    }

    /// The source line of the instruction at `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// The handler for an exception raised by the instruction at `ip`.
    pub fn handler_for(&self, ip: usize) -> Option<ExcEntry> {
        let ip = ip as u32;
        // Entries are sorted by start and do not overlap.
        let idx = self.exc_table.partition_point(|e| e.end <= ip);
        self.exc_table.get(idx).copied().filter(|e| e.start <= ip && ip < e.end)
    }

    /// Total number of parameters, counting *args and **kwargs.
    pub fn total_args(&self) -> usize {
        self.argcount + self.kwonlyargcount + usize::from(self.flags.varargs) + usize::from(self.flags.varkeywords)
    }

    pub fn op_at(&self, ip: usize) -> Op {
        self.instrs[ip].get().op
    }

    /// The inline cache of an instruction of this code object, if it has one.
    #[inline(always)]
    pub fn cache_of(&self, ins: &Instr) -> Option<&InlineCache> {
        // `allocate_caches` makes at most NO_CACHE caches, so the index
        // NO_CACHE is always out of range: one bounds check decides both.
        self.caches.get(ins.cache as usize)
    }

    /// Assigns an inline cache to every adaptive instruction.
    pub fn allocate_caches(instrs: &mut [Instr]) -> Box<[InlineCache]> {
        let mut n = 0usize;
        for ins in instrs.iter_mut() {
            if ins.op.is_adaptive() && n < NO_CACHE as usize {
                ins.cache = n as u16;
                n += 1;
            }
        }
        debug_assert!(n <= NO_CACHE as usize, "cache_of relies on NO_CACHE being out of range");
        (0..n).map(|_| InlineCache::new()).collect()
    }
}
