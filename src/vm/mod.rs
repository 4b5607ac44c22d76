//! The virtual machine: state shared by all frames, and the entry points.
//!
//! `eval.rs` is the instruction loop; `call.rs` binds arguments and builds
//! frames; `ops.rs`, `arith.rs`, `attr.rs` and `iter.rs` implement the
//! generic (unspecialized) semantics of operators, attributes and iteration.

pub mod adaptive;
pub mod arith;
pub mod asyncgen;
pub mod attr;
pub mod call;
mod callargs;
mod classhooks;
mod coroutine;
pub mod depth;
pub mod error;
pub mod eval;
mod eval_rare;
mod except_star;
pub mod frame;
pub mod generator;
mod import;
pub mod iter;
mod lazy;
mod metaclass;
pub mod ops;
mod pattern;
mod report;
pub mod repr;
pub use report::format_frames;
mod suggest;
pub mod tier;
pub mod types;

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::code::Code;
use crate::objects::class::{TbEntry, HAS_PENDING_FINALIZERS, PENDING_FINALIZERS};
use crate::objects::{Class, ExcData, Instance, Payload, PyDict, PyResult, PyStr, Value};
pub use error::{ExcType, PyErr};
pub use frame::Frame;
pub use types::Types;

/// Where a program's output goes and its input comes from.
/// The errno a host returns when it has no file system.
pub const ENOSYS: i32 = 38;

pub trait Host {
    fn write_stdout(&mut self, s: &str);
    fn write_stderr(&mut self, s: &str);
    /// Reads one line (without the newline); `None` at end of input.
    fn read_line(&mut self, prompt: &str) -> Option<String>;
    /// Milliseconds of the wall clock (since the Unix epoch) or, with
    /// `monotonic`, of a monotonic clock, where the host has one: wasm32's
    /// std has no clock, the browser build reads the page's. `None`: the
    /// `time` module uses its own.
    fn clock_ms(&mut self, _monotonic: bool) -> Option<f64> {
        None
    }
    /// Sleeps for `secs` seconds where the host can (the browser build blocks
    /// its worker); `Some(true)` when an interrupt cut the sleep short.
    /// `None`: the host cannot sleep and `time.sleep` does it its own way.
    fn sleep(&mut self, _secs: f64) -> Option<bool> {
        None
    }
    fn flush(&mut self) {}
    /// Milliseconds on a monotonic clock (quickening events are stamped
    /// with it). Hosts without a clock may keep the default.
    fn now_ms(&self) -> f64 {
        0.0
    }
    /// Polled periodically; returning true raises KeyboardInterrupt.
    fn interrupted(&mut self) -> bool {
        false
    }
    /// The source of a user module `name` (dotted), as (filename, text):
    /// the CLI reads the script's folder, the page passes named sources.
    fn module_source(&mut self, name: &str) -> Option<(String, String)> {
        let _ = name;
        None
    }
    /// Reads a whole file for `open()`, or (errno, message). The default
    /// host has no file system (ENOSYS): `open()` then keeps files in memory
    /// for the session.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, (i32, String)> {
        let _ = path;
        Err((ENOSYS, "Function not implemented".to_owned()))
    }
    /// Writes (or appends to) a whole file for `open()`.
    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), (i32, String)> {
        let _ = (path, data, append);
        Err((ENOSYS, "Function not implemented".to_owned()))
    }
    /// Deletes a file for `os.remove`.
    fn remove_file(&mut self, path: &str) -> Result<(), (i32, String)> {
        let _ = path;
        Err((ENOSYS, "Function not implemented".to_owned()))
    }
    /// Called by the eval loop's periodic check (about every 1,024 ticks); hosts
    /// hang timers on it (the browser build's snapshots and its profile).
    /// Returning true raises KeyboardInterrupt.
    fn periodic(&mut self, _check: Periodic<'_>) -> bool {
        self.interrupted()
    }
}

/// What the eval loop tells the host at a periodic check.
pub struct Periodic<'a> {
    /// Ticks (loop back-edges and calls) so far.
    pub ticks: u64,
    /// `Code::id` of the code object running (or being entered) now.
    pub code_id: u32,
    /// The quickening events logged so far.
    pub events: &'a crate::specialize::events::EventRing,
}

/// A host that collects output in memory (tests, embedding).
#[derive(Default)]
pub struct BufferHost {
    pub stdout: String,
    pub stderr: String,
    pub input: Vec<String>,
}

impl Host for BufferHost {
    fn write_stdout(&mut self, s: &str) {
        self.stdout.push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.stderr.push_str(s);
    }
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        self.stdout.push_str(prompt);
        if self.input.is_empty() {
            None
        } else {
            Some(self.input.remove(0))
        }
    }
}

/// A host shared with whoever made the VM (tests and embedders read its
/// output after the run while the VM owns a clone): every call goes through.
impl<H: Host> Host for Rc<RefCell<H>> {
    fn write_stdout(&mut self, s: &str) {
        self.borrow_mut().write_stdout(s)
    }
    fn write_stderr(&mut self, s: &str) {
        self.borrow_mut().write_stderr(s)
    }
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        self.borrow_mut().read_line(prompt)
    }
    fn clock_ms(&mut self, monotonic: bool) -> Option<f64> {
        self.borrow_mut().clock_ms(monotonic)
    }
    fn sleep(&mut self, secs: f64) -> Option<bool> {
        self.borrow_mut().sleep(secs)
    }
    fn flush(&mut self) {
        self.borrow_mut().flush()
    }
    fn now_ms(&self) -> f64 {
        self.borrow().now_ms()
    }
    fn interrupted(&mut self) -> bool {
        self.borrow_mut().interrupted()
    }
    fn module_source(&mut self, name: &str) -> Option<(String, String)> {
        self.borrow_mut().module_source(name)
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, (i32, String)> {
        self.borrow_mut().read_file(path)
    }
    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), (i32, String)> {
        self.borrow_mut().write_file(path, data, append)
    }
    fn remove_file(&mut self, path: &str) -> Result<(), (i32, String)> {
        self.borrow_mut().remove_file(path)
    }
    fn periodic(&mut self, check: Periodic<'_>) -> bool {
        self.borrow_mut().periodic(check)
    }
}

/// Options fixed when a VM is created.
#[derive(Clone, Debug)]
pub struct VmOptions {
    pub quicken: bool,
    pub recursion_limit: usize,
    /// `sys.argv` (the script, then its arguments); `['']` when empty.
    pub argv: Vec<String>,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions { quicken: true, recursion_limit: 1000, argv: Vec::new() }
    }
}

/// Information about the calling Python frame, made available to the few
/// builtins that need it (`super()`, `locals()`, `globals()`, `vars()`).
#[derive(Clone)]
pub struct CallerInfo {
    pub globals: Rc<PyDict>,
    pub locals: Option<Value>,
    pub first_arg: Option<Value>,
    pub class_cell: Option<Value>,
}

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    pub modules: Rc<PyDict>,
    /// Frames of Python callers suspended while a callee runs.
    pub frame_stack: Vec<Box<Frame>>,
    /// Python frames currently live (inline and nested).
    pub depth: usize,
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub host: Box<dyn Host>,
    pub options: VmOptions,
    pub caller: Option<CallerInfo>,
    /// Instructions executed (for statistics and periodic checks).
    pub ticks: u64,
    /// The tick count of the next periodic check (`eval::check_gap`).
    pub(crate) next_check: u64,
    /// Set by a periodic check in the browser build: the eval loop returns
    /// to be called again (`eval.rs`, `REENTER_AFTER_CHECKS`).
    pub(crate) reenter_due: bool,
    /// Objects being repr'd, to print `[...]` for self-containing containers.
    pub repr_guard: RefCell<Vec<usize>>,
    /// Set by RERAISE so unwinding does not add a second traceback entry.
    pub reraising: bool,
    /// Finished frames kept for reuse.
    pub frame_pool: Vec<Box<Frame>>,
    /// Shared empty dict that pooled frames point at.
    pub empty_dict: Rc<PyDict>,
    /// The quickening event ring (timeline view, `--stats-json`).
    pub events: crate::specialize::events::EventRing,
    /// `host.now_ms()` when the VM was created; events are relative to it.
    pub started_ms: f64,
    /// One-character strings for code points below 128, shared so that
    /// indexing ASCII text allocates nothing.
    pub ascii_chars: Vec<Value>,
    /// Top-level code objects run by this VM (the roots of `--stats`).
    pub codes: Vec<Rc<Code>>,
    /// The native tier, when the host installed one (see `tier.rs`).
    pub tier: Option<Box<dyn tier::Tier>>,
    /// `functools._lru_cache_wrapper` once imported: CALL runs a cache miss
    /// as an inline frame (`modules::functools::lookup`).
    pub lru_class: Option<Rc<crate::objects::Class>>,
}

impl Drop for Vm {
    /// The page makes a VM per run, so what a program leaves in reference
    /// cycles (every function and its module's globals, self-referencing
    /// data) must go with its VM. As CPython's shutdown does, the modules'
    /// namespaces are cleared, then full collections free what is left.
    /// Finalizers are not called: their output would come after the run.
    fn drop(&mut self) {
        self.frame_stack.clear();
        self.frame_pool.clear();
        self.exc_info = Value::None;
        // Each table is taken out before its contents drop, as a
        // destructor may look at the dict.
        for (_, module) in self.modules.items() {
            if let Value::Module(m) = module {
                let entries = m.dict.table.borrow_mut().clear();
                drop(entries);
            }
        }
        let entries = self.modules.table.borrow_mut().clear();
        drop(entries);
        // Builtins written in Python (`complex`) are cycles with their module.
        let entries = self.builtins.table.borrow_mut().clear();
        drop(entries);
        suggest::forget();
        // The first pass marks garbage with `__del__` finalized and frees
        // nothing; the second frees it.
        for _ in 0..2 {
            drop(crate::objects::gc::collect(true).finalize);
        }
        // Nothing queued by this VM may run in the next one. A queued
        // generator loses its frame first, or dropping it would queue it
        // again; dropping frames can queue more, hence the loop.
        loop {
            let pending = PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let callbacks = crate::objects::weakref::take_pending_callbacks();
            if pending.is_empty() && callbacks.is_empty() {
                break;
            }
            for v in &pending {
                if let Value::Generator(g) = v {
                    let frame = g.frame.borrow_mut().take();
                    drop(frame);
                }
            }
            drop((pending, callbacks));
        }
        HAS_PENDING_FINALIZERS.with(|f| f.set(false));
    }
}

impl Vm {
    pub fn new(host: Box<dyn Host>, options: VmOptions) -> Vm {
        let types = Types::new();
        let builtins = Rc::new(PyDict::new());
        let started_ms = host.now_ms();
        let mut vm = Vm {
            types,
            builtins,
            modules: Rc::new(PyDict::new()),
            frame_stack: Vec::new(),
            depth: 0,
            recursion_limit: options.recursion_limit,
            exc_info: Value::None,
            host,
            options,
            caller: None,
            ticks: 0,
            next_check: 1024,
            reenter_due: false,
            repr_guard: RefCell::new(Vec::new()),
            reraising: false,
            frame_pool: Vec::new(),
            empty_dict: Rc::new(PyDict::new()),
            events: Default::default(),
            started_ms,
            ascii_chars: (0u8..128).map(|b| Value::string(char::from(b).to_string())).collect(),
            codes: Vec::new(),
            tier: None,
            lru_class: None,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Runs a module's code in a fresh `__main__` namespace.
    pub fn run_main(&mut self, code: Rc<Code>) -> PyResult<Value> {
        // Tracked: the functions defined in it point back at it, a cycle.
        let globals = PyDict::new_tracked();
        globals.set_item_str("__name__", Value::str("__main__"));
        // In `__main__`, as in CPython, `__builtins__` is the module itself.
        let builtins = Value::Module(Rc::new(crate::objects::Module {
            name: Rc::new(PyStr::new("builtins")),
            dict: self.builtins.clone(),
        }));
        globals.set_item_str("__builtins__", builtins);
        globals.set_item_str("__doc__", Value::None);
        // The other names a script's namespace starts with under CPython.
        globals.set_item_str("__file__", Value::str(&code.source.filename));
        for name in ["__package__", "__spec__", "__loader__", "__cached__"] {
            globals.set_item_str(name, Value::None);
        }
        globals.set_item_str("__annotations__", Value::Dict(PyDict::new_tracked()));
        let module = Rc::new(crate::objects::Module { name: Rc::new(PyStr::new("__main__")), dict: globals.clone() });
        self.modules.set_item_str("__main__", Value::Module(module));
        self.run_code(code, globals.clone(), Some(globals))
    }

    /// Runs module-level code with the given namespaces.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> PyResult<Value> {
        self.codes.push(code.clone());
        if self.options.quicken {
            crate::specialize::fuse::fuse(&code);
        }
        let frame = Frame::for_module(code, globals, locals);
        let r = self.run_frame(frame);
        self.run_finalizers();
        r
    }

    /// Runs the cycle collector now (`gc.collect()`): finalizers of the
    /// garbage run first, then what is still unreachable is freed. Returns
    /// the number of unreachable objects found.
    pub fn collect_cycles(&mut self, full: bool) -> usize {
        let first = crate::objects::gc::collect(full);
        let found = first.unreachable;
        let mut finalize = first.finalize;
        // Each pass finalizes what it found; the next frees it unless a
        // finalizer resurrected it. New garbage made by finalizers can need
        // a pass of its own, so this repeats (boundedly).
        for _ in 0..4 {
            if finalize.is_empty() {
                break;
            }
            self.queue_finalizers(finalize);
            self.run_finalizers();
            finalize = crate::objects::gc::collect(full).finalize;
        }
        self.queue_finalizers(finalize);
        found
    }

    /// The end of a program, as CPython's exit does it: `__main__` is let
    /// go, so what only it held is freed. Its namespace is usually a cycle
    /// (functions point back at their globals), which a full collection
    /// finds: the finalizers of everything in it run in allocation order,
    /// while the namespace is still intact, as CPython's do. Their output
    /// still reaches the host.
    pub fn finalize_main(&mut self) {
        self.run_finalizers();
        self.run_atexit_handlers();
        self.exc_info = Value::None;
        // Remembered for a NameError hint: it would keep the namespace alive.
        suggest::forget();
        let main = self.modules.del_str("__main__");
        let globals = match &main {
            Some(Value::Module(m)) => Rc::downgrade(&m.dict),
            _ => std::rc::Weak::new(),
        };
        drop(main);
        self.run_due_finalizers();
        self.collect_cycles(true);
        // Still held (by something the collector cannot see into): cleared
        // name by name, as CPython clears the modules that survive.
        if let Some(globals) = globals.upgrade() {
            for key in globals.keys() {
                if let Value::Str(name) = key {
                    let old = globals.del_str(name.as_str());
                    drop(old);
                    self.run_due_finalizers();
                }
            }
            drop(globals);
            self.collect_cycles(true);
        }
        self.run_finalizers();
    }

    /// `atexit`'s handlers (and so `weakref.finalize`'s), if it was imported.
    fn run_atexit_handlers(&mut self) {
        let Some(Value::Module(atexit)) = self.modules.get_str("atexit") else { return };
        let Some(run) = atexit.dict.get_str("_run_exitfuncs") else { return };
        if let Err(e) = self.call(&run, &[]) {
            self.report_ignored("atexit callbacks", &e);
        }
        self.run_finalizers();
    }

    /// The automatic collection, when the young generation is full.
    pub(crate) fn collect_cycles_due(&mut self) {
        let found = crate::objects::gc::collect_due();
        self.queue_finalizers(found.finalize);
    }

    /// Queues `__del__` calls for the eval loop to run at its next safe point.
    fn queue_finalizers(&mut self, objs: Vec<Value>) {
        if objs.is_empty() {
            return;
        }
        PENDING_FINALIZERS.with(|p| p.borrow_mut().extend(objs));
        HAS_PENDING_FINALIZERS.with(|f| f.set(true));
    }

    /// Runs the finalizers and weakref callbacks queued since the last
    /// check, if any (one flag test when there are none).
    #[inline(always)]
    pub(crate) fn run_due_finalizers(&mut self) {
        if HAS_PENDING_FINALIZERS.get() {
            self.run_finalizers();
        }
    }

    /// Reports an exception that cannot propagate (a finalizer's, a
    /// callback's), naming where it happened, as CPython does.
    fn report_ignored(&mut self, place: &str, err: &PyErr) {
        let text = self.format_exception_only(err);
        self.host.flush();
        self.host.write_stderr(&format!("Exception ignored in: {place}\n{text}"));
    }

    /// Runs `__del__` of objects whose last reference went away (and
    /// closes dead generators, calls weakref callbacks).
    pub fn run_finalizers(&mut self) {
        if !HAS_PENDING_FINALIZERS.with(|f| f.replace(false)) {
            return;
        }
        loop {
            let pending: Vec<Value> = PENDING_FINALIZERS.with(|p| std::mem::take(&mut *p.borrow_mut()));
            let callbacks = crate::objects::weakref::take_pending_callbacks();
            if pending.is_empty() && callbacks.is_empty() {
                break;
            }
            for (callback, weakref) in callbacks {
                if let Err(e) = self.call(&callback, &[weakref]) {
                    let name = self.repr(&callback).unwrap_or_default();
                    self.report_ignored(&name, &e);
                }
            }
            for obj in pending {
                let result = match &obj {
                    Value::Generator(g) if g.is_async_gen => self.agen_finalize(g),
                    Value::Generator(g) => self.gen_close(g),
                    _ => self.call_method(&obj, "__del__", &[]).map(|_| ()),
                };
                if let Err(e) = result {
                    // Named by the generator or the `__del__` function.
                    let culprit = match &obj {
                        Value::Instance(i) => i.class().lookup("__del__").unwrap_or(Value::None),
                        other => other.clone(),
                    };
                    let name = self.repr(&culprit).unwrap_or_default();
                    self.report_ignored(&name, &e);
                }
            }
        }
    }

    pub fn exc_class(&self, kind: ExcType) -> Rc<Class> {
        self.types.exceptions[kind as usize].clone()
    }

    /// Creates an exception instance of `cls` with `args`.
    pub fn new_exception(&self, cls: Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        let dict = Some(crate::objects::gc::track_dict(Rc::new(PyDict::new_shaped())));
        crate::objects::gc::track_instance(Rc::new(Instance {
            class: RefCell::new(cls),
            dict,
            slots: RefCell::new(Vec::new()),
            payload: Payload::Exception(RefCell::new(ExcData { args, ..Default::default() })),
            finalized: Default::default(),
            weakly_referenced: Default::default(),
            gc: Default::default(),
        }))
    }

    /// Turns any error into an exception instance.
    pub fn normalize(&mut self, err: PyErr) -> Rc<Instance> {
        match err {
            PyErr::Exc(e) => e,
            PyErr::New(kind, msg) => {
                let args = if msg.is_empty()
                    && matches!(
                        kind,
                        ExcType::StopIteration
                            | ExcType::MemoryError
                            | ExcType::KeyboardInterrupt
                            | ExcType::GeneratorExit
                    ) {
                    vec![]
                } else {
                    vec![Value::string(msg)]
                };
                self.new_exception(self.exc_class(kind), args)
            }
            PyErr::Raise(v) => match self.exception_from_raise(v) {
                Ok(e) => e,
                Err(e) => self.normalize(e),
            },
        }
    }

    /// `raise X`: X may be an exception class (instantiated with no
    /// arguments) or instance; anything else is a TypeError.
    pub fn exception_from_raise(&mut self, v: Value) -> PyResult<Rc<Instance>> {
        let base = self.exc_class(ExcType::BaseException);
        match &v {
            Value::Instance(i) if i.exc().is_some() => Ok(i.clone()),
            Value::Class(c) if Class::is_subclass(c, &base) => match self.call(&v, &[])? {
                Value::Instance(i) if i.exc().is_some() => Ok(i),
                _ => Err(PyErr::type_error("calling the exception class did not return an exception")),
            },
            _ => Err(PyErr::type_error("exceptions must derive from BaseException")),
        }
    }

    /// Whether `err` is an instance of the builtin exception `kind`.
    pub fn err_matches(&mut self, err: &PyErr, kind: ExcType) -> bool {
        match err {
            PyErr::New(k, _) => {
                let mut k = *k;
                loop {
                    if k == kind {
                        return true;
                    }
                    if k.base() == k {
                        return false;
                    }
                    k = k.base();
                }
            }
            PyErr::Exc(e) => Class::is_subclass(&e.class(), &self.exc_class(kind)),
            PyErr::Raise(_) => false,
        }
    }

    /// Adds a traceback entry for the frame an exception is leaving.
    pub fn add_traceback(&mut self, exc: &Rc<Instance>, code: &Code, line: u32) {
        if let Some(data) = exc.exc() {
            data.borrow_mut().traceback.push(TbEntry {
                filename: code.source.filename.clone(),
                name: code.name.clone(),
                line,
                source: Some(code.source.clone()),
                text: None,
            });
        }
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.host.write_stdout(s);
    }
}
