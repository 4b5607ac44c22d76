//! The browser build's JavaScript API (compiled only for `wasm32`).
//!
//! Built with `scripts/build-wasm.sh` (`wasm-pack build --target web`, then
//! `wasm-opt`) into `pkg/`. The API, as the playground page uses it (the
//! interpreter runs in a Web Worker, so `run` may block):
//!
//! ```js
//! import init, { Session } from "pkg/brisk.js";
//! await init();                                  // loads pkg/brisk_bg.wasm
//! const s = new Session({ quicken: true });       // options; unknown keys are ignored
//! // maxMemory: bytes of heap a run may use (default 1 GiB); past it, MemoryError
//! s.setInterruptBuffer(int32Array);               // element 0 != 0 → KeyboardInterrupt at the
//!                                                 // next periodic check; the session resets it to 0
//! const r = s.run(source, {                       // synchronous; returns when the program ends
//!   stdout: (text) => {}, stderr: (text) => {},   // batched; flushed every ~50 ms, before input() and at the end
//!   input: (prompt) => "line" | null,             // synchronous; null (or undefined) = end of input
//!   snapshot: (delta) => {},                      // at most every ~50 ms while running, and once at the end
//!   filename: "main.py",                          // optional: the name tracebacks show
//!   files: { "pkg/__init__.py": "...", "util.py": "..." },  // optional: modules `import` finds
//! });
//! // r = { ok, exit_code, error (traceback text or null), elapsed_ms, instructions }
//! s.disassemble(source);  // { error: null | SyntaxError report, code_objects: [...] }
//! s.stats();              // the last run's `brisk run --stats-json` document (null before a run)
//! opcodes();              // the instruction set: [{name, family, adaptive, specialized, doc}]
//! setUnicodeNamesLoader(() => bytes);  // synchronous; pkg/brisk_names.bin as a Uint8Array, or null
//! setStdlibLoader(() => bytes);        // synchronous; pkg/brisk_stdlib.bin as a Uint8Array, or null
//! ```
//!
//! - The table behind `\N{...}` escapes is not in the wasm (a tenth of its
//!   gzipped size, for a rare escape): the page serves `brisk_names.bin`
//!   beside it, and the loader is called on the first escape that names a
//!   listed character; it may fetch synchronously (a Worker's sync XHR).
//!   Until it succeeds such escapes are a SyntaxError that says so.
//! - Likewise the standard-library modules written in Python
//!   (`brisk_stdlib.bin`, about 125 KB gzipped): the loader is called on the first
//!   import of one (`complex`, `bytearray`, `memoryview`, `open` and
//!   exception groups are written in Python too). Until it succeeds such an
//!   import is an ImportError that says so.
//!
//! - `input(prompt)`: as in CPython the prompt is also written to stdout
//!   (flushed before the call), so the transcript matches CPython's.
//! - `delta` = `{ elapsed_ms, instructions, changes, rows, events, events_total, profile, done }`
//!   (and `code_ids` in the first), built by `introspect::live`:
//!   `changes: [{index, code, offset, opname}]` lists instructions the
//!   specializer rewrote since the previous delta; `rows: [{index, offset,
//!   opname, state, counter, executions, hits, misses}]` every adaptive
//!   instruction whose state or counters moved; `events` the quickening
//!   events logged since (the `stats()` event shape, at most 2,000, the
//!   newest; `events_total` counts all); `profile: [[index, ms]]` the time
//!   spent per code object since the previous delta (sampled at the
//!   periodic check; index -1 is code outside the program); `code_ids[i]`
//!   is the `Code::id` of code object `i`, the id events name. `index` is the code object's position in `disassemble(source)`'s
//!   `code_objects` (pre-order, the order `brisk dis` prints them in: the
//!   same for every compilation of a source); `code` is its `id`, the one
//!   `stats()` and its quickening events use (new at each compilation).
//! - `instructions` counts the eval loop's ticks (loop back-edges and calls),
//!   the unit of its periodic check.
//! - `code_objects[i]` = `{ index, id, parent (id), name, qualname, filename, first_line,
//!   instructions: [{offset, line, opname, family, specialized, arg, argrepr,
//!   is_jump_target}], exception_table: [{start, end, target, depth}] }`.
//! - A callback that throws stops the program (as KeyboardInterrupt would) and
//!   `run` rethrows that exception.
//! - A Rust panic (an interpreter bug) or a WebAssembly trap makes `run`,
//!   `disassemble` and `stats` throw an `Error` whose message is the panic
//!   message. The module stays usable: a new `Session` works. The panicked
//!   run's heap objects are leaked, so a page that sees one should recreate
//!   its worker when convenient.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Int32Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::compile::code::Code;
use crate::introspect::{disassembly_json, error_json, opcodes_json, LiveTracker};
use crate::specialize::events::EventRing;
use crate::vm::{Host, Periodic, Vm, VmOptions};
use crate::Outcome;

/// Snapshots and output flushes happen at most this often while a program runs.
const SNAPSHOT_INTERVAL_MS: f64 = 50.0;
/// Output is handed to JS once this much is buffered, even between snapshots.
const OUTPUT_BATCH_BYTES: usize = 8 * 1024;

/// Every allocation of the browser build is counted (`memory.rs`): the
/// memory limit then turns a runaway program into `MemoryError` before
/// `memory.grow` fails, which would abort the run (a trap).
#[global_allocator]
static ALLOCATOR: crate::memory::CountingAlloc = crate::memory::CountingAlloc;

/// The heap a run may use unless the session sets `maxMemory`. Browsers let
/// a wasm32 memory grow to 4 GiB at most, and the allocator refuses
/// outright at twice the limit (`memory::HARD_FACTOR`).
const DEFAULT_MAX_MEMORY: f64 = (1u64 << 30) as f64;

thread_local! {
    /// The message of the last panic, recorded by the hook for `guarded`.
    static LAST_PANIC: Cell<Option<String>> = const { Cell::new(None) };
    /// The page's loader for the Unicode name table (`setUnicodeNamesLoader`).
    static UNICODE_NAMES_LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// The page's loader for the standard library's Python sources (`setStdlibLoader`).
    static STDLIB_LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Records the panic message for `guarded` and logs it with its stack
/// (console_error_panic_hook); the panic then aborts (a wasm trap).
fn panic_hook(info: &std::panic::PanicHookInfo) {
    LAST_PANIC.with(|p| p.set(Some(info.to_string())));
    console_error_panic_hook::hook(info);
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(panic_hook)));
}

/// Runs `work` behind a JS `try`: wasm32 panics abort (a trap, which JS sees
/// as a `RuntimeError`), so `work` is called through a JS function call that
/// catches it. Then the Rust frames of `work` are gone, without destructors,
/// and the recorded panic message becomes the error. The caller's frames are
/// intact, and its epilogue restores the shadow-stack pointer.
fn guarded<T: 'static>(work: impl FnOnce() -> T + 'static) -> Result<T, JsValue> {
    LAST_PANIC.with(|p| p.set(None));
    let result: Rc<Cell<Option<T>>> = Rc::new(Cell::new(None));
    let slot = result.clone();
    let mut work = Some(work);
    let closure = Closure::<dyn FnMut()>::own_aborting(move || {
        if let Some(work) = work.take() {
            slot.set(Some(work()));
        }
    });
    let call: &Function = closure.as_js_value().unchecked_ref();
    let outcome = call.call0(&JsValue::NULL);
    drop(closure);
    match (outcome, result.take()) {
        (Ok(_), Some(value)) => Ok(value),
        (Ok(_), None) => Err(js_sys::Error::new("internal error in Brisk: the run produced no result").into()),
        (Err(trap), _) => Err(trap_error(trap)),
    }
}

/// The error thrown to JS for a panic or trap inside `guarded`.
fn trap_error(trap: JsValue) -> JsValue {
    let message = match LAST_PANIC.with(|p| p.take()) {
        Some(panic) => panic,
        None => {
            let text = js_sys::JSON::stringify(&trap).ok().and_then(|s| s.as_string()).unwrap_or_default();
            let described = trap.dyn_ref::<js_sys::Error>().map(|e| String::from(e.to_string())).unwrap_or(text);
            format!("internal error in Brisk: {described}")
        }
    };
    js_sys::Error::new(&message).into()
}

/// `performance.now()` where it exists (browsers, workers, Node), else `Date.now()`.
#[derive(Clone)]
struct Clock {
    performance: Option<(JsValue, Function)>,
}

impl Clock {
    fn new() -> Clock {
        let performance = Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok().and_then(|p| {
            let now = Reflect::get(&p, &JsValue::from_str("now")).ok()?.dyn_into::<Function>().ok()?;
            Some((p, now))
        });
        Clock { performance }
    }

    fn now_ms(&self) -> f64 {
        self.performance
            .as_ref()
            .and_then(|(perf, now)| now.call0(perf).ok()?.as_f64())
            .unwrap_or_else(js_sys::Date::now)
    }
}

/// The JS functions a run reports to (each optional).
struct Callbacks {
    stdout: Option<Function>,
    stderr: Option<Function>,
    input: Option<Function>,
    snapshot: Option<Function>,
    /// The `files` option: path → source of the user's own modules.
    files: Vec<(String, String)>,
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    if !obj.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

impl Callbacks {
    fn from_js(obj: &JsValue) -> Callbacks {
        let func = |key| get(obj, key).dyn_into::<Function>().ok();
        Callbacks {
            stdout: func("stdout"),
            stderr: func("stderr"),
            input: func("input"),
            snapshot: func("snapshot"),
            files: string_entries(&get(obj, "files")),
        }
    }
}

/// The string-valued properties of a plain object, as (key, value) pairs.
fn string_entries(obj: &JsValue) -> Vec<(String, String)> {
    let Some(obj) = obj.dyn_ref::<Object>() else { return Vec::new() };
    Object::entries(obj)
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Everything the host of one run owns; shared with `run_job`, which reads
/// the outcome once the VM is done.
struct HostState {
    callbacks: Callbacks,
    interrupt: Option<Int32Array>,
    clock: Clock,
    start_ms: f64,
    last_snapshot_ms: f64,
    stdout: String,
    stderr: String,
    tracker: Option<LiveTracker>,
    /// The first exception a callback threw; the run stops and rethrows it.
    callback_error: Option<JsValue>,
    #[cfg(feature = "test-hooks")]
    test_panic: Option<String>,
}

impl HostState {
    fn call(&mut self, which: fn(&Callbacks) -> &Option<Function>, arg: &JsValue) -> Option<JsValue> {
        let f = which(&self.callbacks).as_ref()?;
        match f.call1(&JsValue::NULL, arg) {
            Ok(v) => Some(v),
            Err(e) => {
                self.callback_error.get_or_insert(e);
                None
            }
        }
    }

    fn flush_stdout(&mut self) {
        if !self.stdout.is_empty() {
            let text = JsValue::from_str(&std::mem::take(&mut self.stdout));
            self.call(|c| &c.stdout, &text);
        }
    }

    fn flush_stderr(&mut self) {
        if !self.stderr.is_empty() {
            let text = JsValue::from_str(&std::mem::take(&mut self.stderr));
            self.call(|c| &c.stderr, &text);
        }
    }

    /// Reads and clears the interrupt flag.
    fn take_interrupt(&mut self) -> bool {
        let Some(flag) = &self.interrupt else { return false };
        match js_sys::Atomics::load(flag, 0) {
            Ok(0) | Err(_) => false,
            Ok(_) => {
                let _ = js_sys::Atomics::store(flag, 0, 0);
                true
            }
        }
    }

    fn send_snapshot(&mut self, now_ms: f64, ticks: u64, done: bool, events: &EventRing) {
        self.last_snapshot_ms = now_ms;
        if self.callbacks.snapshot.is_none() {
            return;
        }
        let live = match self.tracker.as_mut() {
            Some(t) => t.delta_json(events),
            None => "\"changes\":[],\"rows\":[],\"events\":[],\"events_total\":0,\"profile\":[]".to_owned(),
        };
        let json =
            format!("{{\"elapsed_ms\":{},\"instructions\":{ticks},{live},\"done\":{done}}}", now_ms - self.start_ms);
        if let Ok(delta) = js_sys::JSON::parse(&json) {
            self.call(|c| &c.snapshot, &delta);
        }
    }
}

/// The VM's host for one run: output and input go through the callbacks.
struct WasmHost(Rc<RefCell<HostState>>);

impl Host for WasmHost {
    fn write_stdout(&mut self, s: &str) {
        let mut st = self.0.borrow_mut();
        st.flush_stderr();
        st.stdout.push_str(s);
        if st.stdout.len() >= OUTPUT_BATCH_BYTES {
            st.flush_stdout();
        }
    }

    fn write_stderr(&mut self, s: &str) {
        let mut st = self.0.borrow_mut();
        st.flush_stdout();
        st.stderr.push_str(s);
        if st.stderr.len() >= OUTPUT_BATCH_BYTES {
            st.flush_stderr();
        }
    }

    fn read_line(&mut self, prompt: &str) -> Option<String> {
        let mut st = self.0.borrow_mut();
        st.flush_stderr();
        st.stdout.push_str(prompt);
        st.flush_stdout();
        let line = st.call(|c| &c.input, &JsValue::from_str(prompt))?.as_string()?;
        let line = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line);
        Some(line.to_owned())
    }

    fn flush(&mut self) {
        let mut st = self.0.borrow_mut();
        st.flush_stderr();
        st.flush_stdout();
    }

    fn interrupted(&mut self) -> bool {
        let mut st = self.0.borrow_mut();
        st.take_interrupt() || st.callback_error.is_some()
    }

    /// A user module from the run's `files`: `a.b` is `a/b.py` or `a/b/__init__.py`.
    fn module_source(&mut self, name: &str) -> Option<(String, String)> {
        let rel = name.replace('.', "/");
        let st = self.0.borrow();
        [format!("{rel}.py"), format!("{rel}/__init__.py")].into_iter().find_map(|path| {
            let (_, text) = st.callbacks.files.iter().find(|(p, _)| *p == path)?;
            Some((path, text.clone()))
        })
    }

    /// Quickening events are stamped with `performance.now()`.
    fn now_ms(&self) -> f64 {
        self.0.borrow().clock.now_ms()
    }

    /// The page's clocks: `performance.now()` and `Date.now()`.
    fn clock_ms(&mut self, monotonic: bool) -> Option<f64> {
        Some(if monotonic { self.0.borrow().clock.now_ms() } else { js_sys::Date::now() })
    }

    /// Sleeps for real, so a loop that prints and sleeps shows each line
    /// when it is printed: in slices of `Atomics.wait` on the interrupt flag
    /// (the page's Stop stores to it and notifies, which ends the wait at
    /// once); without a flag, or where waiting is not allowed (a page's main
    /// thread), by watching the clock.
    fn sleep(&mut self, secs: f64) -> Option<bool> {
        let mut st = self.0.borrow_mut();
        // What was printed before the pause shows during it.
        st.flush_stderr();
        st.flush_stdout();
        let end = st.clock.now_ms() + secs * 1000.0;
        loop {
            if st.take_interrupt() || st.callback_error.is_some() {
                return Some(true);
            }
            let left = end - st.clock.now_ms();
            if left <= 0.0 {
                return Some(false);
            }
            if let Some(flag) = &st.interrupt {
                let _ = js_sys::Atomics::wait_with_timeout(flag, 0, 0, left.min(1000.0));
            }
        }
    }

    fn periodic(&mut self, check: Periodic<'_>) -> bool {
        #[cfg(feature = "test-hooks")]
        if let Some(message) = self.0.borrow_mut().test_panic.take() {
            panic!("{message}");
        }
        let mut st = self.0.borrow_mut();
        if st.take_interrupt() {
            return true;
        }
        let now = st.clock.now_ms();
        if let Some(tracker) = st.tracker.as_mut() {
            tracker.sample(check.code_id, now);
        }
        if now - st.last_snapshot_ms >= SNAPSHOT_INTERVAL_MS {
            st.flush_stderr();
            st.flush_stdout();
            st.send_snapshot(now, check.ticks, false, check.events);
        }
        st.callback_error.is_some()
    }
}

/// What a run hands back to `Session::run`.
struct RunReport {
    outcome: Outcome,
    elapsed_ms: f64,
    ticks: u64,
    /// The `brisk run --stats-json` document of the run.
    stats_json: String,
    callback_error: Option<JsValue>,
}

impl RunReport {
    fn to_js(&self) -> JsValue {
        let (ok, exit_code, error) = match &self.outcome {
            Outcome::Ok => (true, 0, None),
            Outcome::Error(text) => (false, 1, Some(text.clone())),
            Outcome::Exit(n) => (*n == 0, *n, None),
        };
        let r = Object::new();
        set(&r, "ok", ok);
        set(&r, "exit_code", exit_code);
        set(&r, "error", error.map_or(JsValue::NULL, |e| JsValue::from_str(&e)));
        set(&r, "elapsed_ms", self.elapsed_ms);
        set(&r, "instructions", self.ticks as f64);
        r.into()
    }
}

/// One program run: owns everything, so it can run inside `guarded`.
struct RunJob {
    source: String,
    filename: String,
    options: VmOptions,
    callbacks: Callbacks,
    interrupt: Option<Int32Array>,
    #[cfg(feature = "test-hooks")]
    test_panic: Option<String>,
}

impl RunJob {
    fn run(self) -> RunReport {
        let clock = Clock::new();
        let start_ms = clock.now_ms();
        let state = Rc::new(RefCell::new(HostState {
            callbacks: self.callbacks,
            interrupt: self.interrupt,
            clock,
            start_ms,
            last_snapshot_ms: start_ms,
            stdout: String::new(),
            stderr: String::new(),
            tracker: None,
            callback_error: None,
            #[cfg(feature = "test-hooks")]
            test_panic: self.test_panic,
        }));
        let mut vm = Vm::new(Box::new(WasmHost(state.clone())), self.options);
        let outcome = match compile_program(&mut vm, &self.source, &self.filename) {
            Ok(code) => {
                state.borrow_mut().tracker = Some(LiveTracker::new(&code));
                crate::run_code(&mut vm, code)
            }
            Err(outcome) => outcome,
        };
        vm.host.flush();
        let ticks = vm.ticks;
        let stats_json = crate::stats_json(&vm);
        let mut st = state.borrow_mut();
        let now = st.clock.now_ms();
        st.send_snapshot(now, ticks, true, &vm.events);
        drop(vm);
        RunReport { outcome, elapsed_ms: now - start_ms, ticks, stats_json, callback_error: st.callback_error.take() }
    }
}

/// Compiles the program; a syntax error is reported on stderr, as `brisk run` does.
fn compile_program(vm: &mut Vm, source: &str, filename: &str) -> Result<Rc<Code>, Outcome> {
    crate::compile::compile(source, filename).map_err(|e| {
        let text = crate::format_compile_error(&e);
        vm.host.write_stderr(&text);
        Outcome::Error(text)
    })
}

/// `maxMemory` in bytes: a positive number, else the default.
fn max_memory_option(options: &JsValue) -> usize {
    match get(options, "maxMemory").as_f64() {
        Some(bytes) if bytes >= 1.0 => bytes.min(usize::MAX as f64) as usize,
        _ => DEFAULT_MAX_MEMORY as usize,
    }
}

/// An interpreter session: options, the interrupt flag, the last run's statistics.
#[wasm_bindgen]
pub struct Session {
    quicken: bool,
    /// The memory limit in bytes (`maxMemory`).
    max_memory: usize,
    interrupt: Option<Int32Array>,
    /// The last run's `--stats-json` document.
    last_stats: Option<String>,
    #[cfg(feature = "test-hooks")]
    test_panic: Option<String>,
}

#[wasm_bindgen]
impl Session {
    /// `new Session({ quicken: true })`; every option is optional.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Session {
        install_panic_hook();
        Session {
            quicken: get(&options, "quicken").as_bool().unwrap_or(true),
            max_memory: max_memory_option(&options),
            interrupt: None,
            last_stats: None,
            // Test builds only: panic inside the eval loop (the browser test of panics).
            #[cfg(feature = "test-hooks")]
            test_panic: get(&options, "testPanic").as_string(),
        }
    }

    /// Sets (or, with null, clears) the `Int32Array` whose element 0 requests a KeyboardInterrupt.
    #[wasm_bindgen(js_name = setInterruptBuffer)]
    pub fn set_interrupt_buffer(&mut self, buffer: JsValue) -> Result<(), JsValue> {
        if buffer.is_null() || buffer.is_undefined() {
            self.interrupt = None;
            return Ok(());
        }
        let array = buffer
            .dyn_into::<Int32Array>()
            .map_err(|_| JsValue::from(js_sys::TypeError::new("setInterruptBuffer expects an Int32Array")))?;
        if array.length() == 0 {
            return Err(js_sys::RangeError::new("setInterruptBuffer needs at least one element").into());
        }
        self.interrupt = Some(array);
        Ok(())
    }

    /// Runs a program to its end; see the module documentation for `callbacks`.
    pub fn run(&mut self, source: String, callbacks: JsValue) -> Result<JsValue, JsValue> {
        let filename = get(&callbacks, "filename").as_string().unwrap_or_else(|| "main.py".to_owned());
        // The page's program is its script: `sys.argv == [filename]`.
        let argv = vec![filename.clone()];
        let job = RunJob {
            source,
            filename,
            options: VmOptions { quicken: self.quicken, argv, ..VmOptions::default() },
            callbacks: Callbacks::from_js(&callbacks),
            interrupt: self.interrupt.clone(),
            #[cfg(feature = "test-hooks")]
            test_panic: self.test_panic.take(),
        };
        crate::memory::set_limit(self.max_memory);
        let report = guarded(move || job.run())?;
        self.last_stats = Some(report.stats_json.clone());
        if let Some(e) = report.callback_error.clone() {
            return Err(e);
        }
        Ok(report.to_js())
    }

    /// The code objects of `source` with their instructions, as JSON data.
    pub fn disassemble(&self, source: String) -> Result<JsValue, JsValue> {
        let json = guarded(move || match crate::compile::compile(&source, "main.py") {
            Ok(code) => disassembly_json(&code),
            Err(e) => error_json(&crate::format_compile_error(&e)),
        })?;
        js_sys::JSON::parse(&json)
    }

    /// Statistics of the last run: the `brisk run --stats-json` document
    /// (`{ quicken, specialized_share, families, code_objects, events_total,
    /// events }`), or null before the first run.
    pub fn stats(&self) -> Result<JsValue, JsValue> {
        match &self.last_stats {
            Some(json) => js_sys::JSON::parse(json),
            None => Ok(JsValue::NULL),
        }
    }
}

/// The instruction set, from the one table: `[{name, family, adaptive,
/// specialized, doc}]` (the page's legend).
#[wasm_bindgen]
pub fn opcodes() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&opcodes_json())
}

/// Registers the page's loader of `brisk_names.bin`, the table behind
/// `\N{...}` escapes: a function returning its bytes (a `Uint8Array`) or
/// null, called synchronously on the first escape that needs the table,
/// and again on the next one if it failed.
#[wasm_bindgen(js_name = setUnicodeNamesLoader)]
pub fn set_unicode_names_loader(loader: Function) {
    UNICODE_NAMES_LOADER.with(|l| *l.borrow_mut() = Some(loader));
    unicode_names2::set_loader(|| call_loader(&UNICODE_NAMES_LOADER));
}

/// Registers the page's loader of `brisk_stdlib.bin`, the standard-library
/// modules written in Python: a function returning its bytes (a
/// `Uint8Array`) or null, called synchronously on the first import of such
/// a module (`json`, or `complex` and `bytearray`, which are written in
/// Python too), and again on the next one if it failed. A blob from
/// another build is refused.
#[wasm_bindgen(js_name = setStdlibLoader)]
pub fn set_stdlib_loader(loader: Function) {
    STDLIB_LOADER.with(|l| *l.borrow_mut() = Some(loader));
    crate::modules::set_stdlib_loader(|| call_loader(&STDLIB_LOADER));
}

/// What the registered JS loader in `slot` answers, as bytes.
fn call_loader(slot: &'static std::thread::LocalKey<RefCell<Option<Function>>>) -> Option<Vec<u8>> {
    let loader = slot.with(|l| l.borrow().clone())?;
    let bytes = loader.call0(&JsValue::NULL).ok()?;
    bytes.dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec)
}
