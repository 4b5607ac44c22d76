//! One compiled region: its machine code (in its own `JITModule`, so it can
//! be freed alone), the shape that says how to enter and leave it, and its
//! counters. The two `unsafe` operations of the tier live here.

use std::fmt::Write;
use std::rc::{Rc, Weak};

use brisk::objects::{Code, PyDict};
use brisk::vm::Frame;
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};

use super::helpers::Ctx;
use super::shape::{ExitKind, Shape};
use super::translate::{translate, Declined};
use brisk::objects::Value;

/// The compiled loop: `regs` is the register file described by the shape,
/// `ctx` what its helper calls get; the result is the index of the exit taken.
type RegionFn = unsafe extern "C" fn(regs: *mut i64, ctx: *mut Ctx) -> u32;

/// The ISA of the machine we run on, optimizing for speed.
pub fn host_isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("use_colocated_libcalls", "false").map_err(|e| e.to_string())?;
    flags.set("is_pic", "false").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder().map_err(|e| e.to_string())?;
    isa.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

pub struct Region {
    /// The code object the loop belongs to; the region dies with it.
    code: Weak<Code>,
    pub code_id: u32,
    pub back_edge: usize,
    header: usize,
    name: String,
    line: u32,
    shape: Shape,
    func: RegionFn,
    /// Owns the machine code `func` points into (freed in `Drop`).
    module: Option<JITModule>,
    pub code_bytes: usize,
    pub compile_ns: u64,
    pub entries: u64,
    pub entry_misses: u64,
    pub guard_exits: u64,
    exit_counts: Vec<u64>,
    /// The boxed stack scratch, reused across entries (empty between them).
    objs: Vec<Value>,
}

impl Region {
    /// Compiles the loop closed by the `JUMP_BACKWARD` at `back_edge`, with
    /// `frame` at its header.
    pub fn compile(isa: &OwnedTargetIsa, frame: &Frame, back_edge: usize) -> Result<Region, Declined> {
        let mut module = JITModule::new(JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names()));
        let mut sig = Signature::new(isa.default_call_conv());
        sig.params.push(AbiParam::new(isa.pointer_type()));
        sig.params.push(AbiParam::new(isa.pointer_type()));
        sig.returns.push(AbiParam::new(types::I32));
        let id = module.declare_function("region", Linkage::Local, &sig).map_err(|_| "cannot declare")?;
        let mut ctx = module.make_context();
        ctx.func.signature = sig;
        let mut fctx = FunctionBuilderContext::new();
        let shape = translate(FunctionBuilder::new(&mut ctx.func, &mut fctx), frame, back_edge, isa.frontend_config());
        let shape = match shape {
            Ok(s) => s,
            Err(why) => {
                // SAFETY: nothing was finalized, so no pointer into the module exists.
                unsafe { module.free_memory() };
                return Err(why);
            }
        };
        if module.define_function(id, &mut ctx).is_err() || module.finalize_definitions().is_err() {
            // SAFETY: as above, no function pointer was taken.
            unsafe { module.free_memory() };
            return Err("Cranelift rejected the function");
        }
        let code_bytes = ctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
        let ptr = module.get_finalized_function(id);
        // SAFETY: `ptr` is the finalized (executable) code of the function
        // declared above with signature `(pointer, pointer) -> i32` in the ISA's
        // default calling convention, which is the C convention of the host
        // (System V on x86-64 Linux, AAPCS64 on aarch64), exactly `RegionFn`.
        // It stays valid while `module` lives, and `module` is only freed in
        // `Drop`, together with `func`.
        let func = unsafe { std::mem::transmute::<*const u8, RegionFn>(ptr) };
        let exits = shape.exits.len();
        Ok(Region {
            code: Rc::downgrade(&frame.code),
            code_id: frame.code.id,
            back_edge,
            header: frame.ip,
            name: frame.code.qualname.as_str().to_owned(),
            line: frame.code.line_at(frame.ip),
            shape,
            func,
            module: Some(module),
            code_bytes,
            compile_ns: 0,
            entries: 0,
            entry_misses: 0,
            guard_exits: 0,
            exit_counts: vec![0; exits],
            objs: Vec::new(),
        })
    }

    /// Whether `frame` stands at this region's loop header in the code
    /// object it was compiled from. (Any region of that code starting at
    /// that header is a faithful translation from there, whichever of the
    /// loop's back-edges was counted.)
    pub fn belongs_to(&self, frame: &Frame) -> bool {
        frame.ip == self.header && std::ptr::eq(self.code.as_ptr(), Rc::as_ptr(&frame.code))
    }

    pub fn code_is_dead(&self) -> bool {
        self.code.strong_count() == 0
    }

    /// Runs the region on `frame` (at the loop header) and returns the kind
    /// of exit taken; `None` when the entry guards failed and nothing ran.
    pub fn run(&mut self, frame: &mut Frame, regs: &mut Vec<i64>, builtins: Option<&Rc<PyDict>>) -> Option<ExitKind> {
        regs.resize(self.shape.nregs(), 0);
        if !self.shape.load_entry(frame, regs) {
            self.entry_misses += 1;
            return None;
        }
        self.entries += 1;
        let mut objs = std::mem::take(&mut self.objs);
        objs.resize(self.shape.max_depth, Value::Null);
        let mut ctx = Ctx {
            word: 0,
            frame: frame as *mut Frame,
            objs,
            dead: Vec::new(),
            builtins: builtins.map_or(std::ptr::null(), Rc::as_ptr),
        };
        // SAFETY: `func` is live machine code (see `compile`); it reads and
        // writes only `regs[0 .. shape.nregs()]` (offsets are computed from
        // the same shape by `translate`; `regs` was just resized to that
        // length) and `ctx.word`, and otherwise only calls the helpers of
        // `helpers.rs` with `ctx`, which reach the frame through `ctx.frame`
        // (see `Ctx::frame`: `frame` is not used here until the call returns)
        // and scratch positions below `shape.max_depth` (checked there).
        let exit = unsafe { (self.func)(regs.as_mut_ptr(), &mut ctx) } as usize;
        self.exit_counts[exit] += 1;
        let kind = self.shape.exits[exit].kind;
        if kind.is_guard() {
            self.guard_exits += 1;
        }
        let Ctx { mut objs, dead, .. } = ctx;
        self.shape.store_exit(exit, frame, regs, &mut objs);
        objs.clear();
        self.objs = objs;
        // Dropped after the frame is whole again (see `Ctx::dead`).
        drop(dead);
        Some(kind)
    }

    /// One line per region and one per exit taken, for `--stats`.
    pub fn report_line(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "  region {} line {}: {} bytes, compiled in {:.1} us, {} entries, {} entry guard misses",
            self.name,
            self.line,
            self.code_bytes,
            self.compile_ns as f64 / 1e3,
            self.entries,
            self.entry_misses
        );
        let mut by_exit: Vec<(ExitKind, usize, u64)> = Vec::new();
        for (desc, &n) in self.shape.exits.iter().zip(&self.exit_counts) {
            if n == 0 {
                continue;
            }
            match by_exit.iter_mut().find(|(k, ip, _)| *k == desc.kind && *ip == desc.ip) {
                Some(e) => e.2 += n,
                None => by_exit.push((desc.kind, desc.ip, n)),
            }
        }
        by_exit.sort();
        for (kind, ip, n) in by_exit {
            let _ = writeln!(s, "    exit at {ip} ({}): {n}", kind.name());
        }
        s
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        if let Some(module) = self.module.take() {
            // SAFETY: the only pointer into this module's memory is `func`,
            // which is dropped with `self` and is not running: regions are
            // dropped by `Jit` outside `Region::run`.
            unsafe { module.free_memory() };
        }
    }
}
