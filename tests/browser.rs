//! Browser tests of the WebAssembly build, run in real Firefox by
//! `wasm-pack test --headless --firefox -- --features test-hooks`
//! (`scripts/test.sh`; the script fails when Firefox ran no test).
//!
//! They drive the same `Session` API that the page uses, with JS closures
//! as callbacks: every conformance program against CPython's recorded
//! output, then interrupts, `input()`, deep recursion, deeply nested source,
//! panics and the shapes of `disassemble` and the snapshots.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use brisk::wasm::Session;
use js_sys::{Function, Int32Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What a run sent to its callbacks.
#[derive(Default)]
struct Captured {
    stdout: Vec<String>,
    stderr: Vec<String>,
    prompts: Vec<String>,
    snapshots: Vec<JsValue>,
}

impl Captured {
    fn stdout(&self) -> String {
        self.stdout.concat()
    }
    fn stderr(&self) -> String {
        self.stderr.concat()
    }
}

/// The result object of `Session::run`, read back from JS.
struct RunResult {
    ok: bool,
    exit_code: i32,
    error: Option<String>,
    elapsed_ms: f64,
    instructions: f64,
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).expect("readable property")
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    Reflect::set(obj, &JsValue::from_str(key), value).expect("settable property");
}

impl RunResult {
    fn from_js(r: &JsValue) -> RunResult {
        RunResult {
            ok: field(r, "ok").as_bool().expect("ok is a bool"),
            exit_code: field(r, "exit_code").as_f64().expect("exit_code is a number") as i32,
            error: field(r, "error").as_string(),
            elapsed_ms: field(r, "elapsed_ms").as_f64().expect("elapsed_ms is a number"),
            instructions: field(r, "instructions").as_f64().expect("instructions is a number"),
        }
    }
}

/// A JS function that appends its string argument to `sink`.
fn collector(sink: Rc<RefCell<Captured>>, pick: fn(&mut Captured) -> &mut Vec<String>) -> Function {
    let f = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        pick(&mut sink.borrow_mut()).push(text.as_string().expect("a string"));
    });
    f.into_js_value().unchecked_into()
}

/// Callbacks for stdout, stderr and snapshots that capture everything, plus
/// an input callback answering from `lines` (then null: end of input).
fn callbacks(captured: &Rc<RefCell<Captured>>, lines: &[&str]) -> Object {
    let obj = Object::new();
    set(&obj, "stdout", &collector(captured.clone(), |c| &mut c.stdout));
    set(&obj, "stderr", &collector(captured.clone(), |c| &mut c.stderr));
    let sink = captured.clone();
    let snapshot = Closure::<dyn FnMut(JsValue)>::new(move |delta: JsValue| sink.borrow_mut().snapshots.push(delta));
    set(&obj, "snapshot", &snapshot.into_js_value());
    let sink = captured.clone();
    let mut answers: Vec<String> = lines.iter().rev().map(|s| s.to_string()).collect();
    let input = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |prompt: JsValue| {
        sink.borrow_mut().prompts.push(prompt.as_string().expect("the prompt is a string"));
        answers.pop().map_or(JsValue::NULL, |s| JsValue::from_str(&s))
    });
    set(&obj, "input", &input.into_js_value());
    obj
}

fn session() -> Session {
    new_session(JsValue::UNDEFINED)
}

/// A session with both of the page's loaders registered, as the worker
/// registers them.
fn new_session(options: JsValue) -> Session {
    register_names_loader(Some(NAMES_TABLE));
    register_stdlib_loader(Some(STDLIB));
    Session::new(options)
}

/// The file the page serves as `brisk_names.bin` beside the wasm.
const NAMES_TABLE: &[u8] = include_bytes!("../crates/unicode-names/names.txt");
/// The file the page serves as `brisk_stdlib.bin` (build.rs writes it).
const STDLIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/brisk_stdlib.bin"));

/// Registers a loader of the standard library's blob that answers `blob`.
fn register_stdlib_loader(blob: Option<&'static [u8]>) {
    brisk::wasm::set_stdlib_loader(loader_answering(blob));
}

/// A JS loader function answering `bytes` (null when `None`), as the page's
/// worker answers with what it fetched.
fn loader_answering(bytes: Option<&'static [u8]>) -> Function {
    let loader = Closure::<dyn Fn() -> JsValue>::new(move || match bytes {
        Some(bytes) => js_sys::Uint8Array::from(bytes).into(),
        None => JsValue::NULL,
    });
    loader.into_js_value().unchecked_into()
}

#[wasm_bindgen_test]
fn the_standard_library_is_loaded_on_first_import() {
    brisk::modules::forget_loaded_stdlib();
    register_names_loader(Some(NAMES_TABLE));
    // Without the blob, an import of a module written in Python fails and
    // says why; modules written in Rust need no blob.
    register_stdlib_loader(None);
    let mut s = Session::new(JsValue::UNDEFINED);
    let (r, out) = run_in(&mut s, "import math\nprint(math.gcd(12, 18))\nimport json", &[]);
    assert!(!r.ok);
    assert_eq!(out.stdout(), "6\n");
    assert!(out.stderr().contains("ImportError: cannot import module 'json'"), "{}", out.stderr());
    assert!(out.stderr().contains("brisk_stdlib.bin) could not be loaded"), "{}", out.stderr());
    // Builtins written in Python are imported the same way.
    let (r, out) = run_in(&mut s, "print(complex(1, 2))", &[]);
    assert!(!r.ok);
    assert!(out.stderr().contains("cannot import module '_complex'"), "{}", out.stderr());
    // Another build's blob is refused.
    register_stdlib_loader(Some(b"print('not this build')\n"));
    let (r, _) = run_in(&mut s, "import json", &[]);
    assert!(!r.ok);
    // A loader that answers makes the same session's next run work.
    register_stdlib_loader(Some(STDLIB));
    let (r, out) = run_in(&mut s, "import json\nprint(json.dumps({'a': [1, 2]}), complex(1, 2))", &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "{\"a\": [1, 2]} (1+2j)\n");
    // The loaded blob is kept: a loader that would fail is not asked again.
    register_stdlib_loader(None);
    let (r, out) = run_in(&mut s, "import textwrap\nprint(textwrap.wrap('aa bb cc', 5))", &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "['aa bb', 'cc']\n");
    register_stdlib_loader(Some(STDLIB));
}

/// Registers a loader of the `\N{...}` name table that answers `table`.
fn register_names_loader(table: Option<&'static [u8]>) {
    brisk::wasm::set_unicode_names_loader(loader_answering(table));
}

#[wasm_bindgen_test]
fn the_unicode_name_table_is_loaded_on_first_use() {
    unicode_names2::forget_loaded_table();
    let program = "print(len('\\N{SNOWMAN}'), '\\N{latin small letter a}')";
    // Without the table, the escape fails and says why (not "unknown name").
    register_names_loader(None);
    let mut s = Session::new(JsValue::UNDEFINED);
    let (r, out) = run_in(&mut s, program, &[]);
    assert!(!r.ok, "{}", out.stdout());
    assert!(out.stderr().contains("SyntaxError"), "{}", out.stderr());
    assert!(out.stderr().contains("name table could not be loaded"), "{}", out.stderr());
    // Names computed from the code point need no table.
    let (r, out) = run_in(&mut s, "print(ord('\\N{HANGUL SYLLABLE GA}'))", &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "44032\n");
    // A loader that answers makes the same session's next run work.
    register_names_loader(Some(NAMES_TABLE));
    let (r, out) = run_in(&mut s, program, &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "1 a\n");
    // The loaded table is kept: a loader that would fail is not asked again.
    register_names_loader(None);
    let (r, out) = run_in(&mut s, "print('\\N{GREEK SMALL LETTER ALPHA}')", &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "\u{3b1}\n");
    let (_, out) = run_in(&mut s, "print('\\N{NO SUCH CHARACTER}')", &[]);
    assert!(out.stderr().contains("unknown Unicode character name"), "{}", out.stderr());
}

/// Runs `source` in a fresh session, capturing the callbacks.
fn run(source: &str) -> (RunResult, Captured) {
    run_in(&mut session(), source, &[])
}

fn run_in(s: &mut Session, source: &str, input: &[&str]) -> (RunResult, Captured) {
    let captured = Rc::new(RefCell::new(Captured::default()));
    let r = s.run(source.to_owned(), callbacks(&captured, input).into()).expect("run returns a result");
    let result = RunResult::from_js(&r);
    let captured = captured.replace(Captured::default());
    (result, captured)
}

/// Programs whose output in the wasm build is known to differ from
/// CPython's, and why. They still run: the test fails if one crashes or
/// starts to match (then it must be removed from this list).
const KNOWN_WASM32_DIFFERENCES: &[(&str, &str)] =
    &[("mod_math", "math.exp is Rust's libm on wasm32, 1 ulp from glibc's: math.exp(1) prints 2.7182818284590455")];

fn check_conformance(name: &str, program: &str, recorded: &str) {
    let (status_line, expected) = recorded.split_once('\n').expect("an exit=N line, then stdout");
    let status: i32 = status_line.strip_prefix("exit=").and_then(|s| s.trim().parse().ok()).expect("exit=N");
    let captured = Rc::new(RefCell::new(Captured::default()));
    let options = callbacks(&captured, &[]);
    let files = Object::new();
    for (path, source) in MODULE_FILES {
        set(&files, path, &JsValue::from_str(source));
    }
    set(&options, "files", &files);
    // As natively: tracebacks name the program's own file.
    set(&options, "filename", &JsValue::from_str(&format!("{name}.py")));
    let r = session().run(program.to_owned(), options.into()).expect("run returns a result");
    let r = RunResult::from_js(&r);
    let out = captured.replace(Captured::default());
    let stdout = out.stdout();
    if let Some((_, why)) = KNOWN_WASM32_DIFFERENCES.iter().find(|(n, _)| *n == name) {
        assert_ne!(stdout, expected, "{name} now matches CPython: remove it from KNOWN_WASM32_DIFFERENCES ({why})");
        assert_eq!(r.exit_code, status, "{name}: exit status (stderr: {})", out.stderr());
        return;
    }
    if stdout != expected {
        let line = expected.lines().zip(stdout.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name}: stdout differs from CPython's at line {}:\n  expected: {:?}\n  actual:   {:?}\nstderr:\n{}",
            line + 1,
            expected.lines().nth(line),
            stdout.lines().nth(line),
            out.stderr()
        );
    }
    assert_eq!(r.exit_code, status, "{name}: exit status (stderr: {})", out.stderr());
}

/// A program of the hostile-input catalogue: it runs to its end (each bad
/// input ends in a Python exception the program catches and prints) and
/// prints what CPython printed, as `tests/robustness.rs` checks natively.
fn check_robustness(name: &str, program: &str, expected: &str) {
    let (r, out) = run(program);
    let stdout = out.stdout();
    if stdout != expected {
        let line = expected.lines().zip(stdout.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name}: stdout differs from CPython's at line {}:\n  expected: {:?}\n  actual:   {:?}\nstderr:\n{}",
            line + 1,
            expected.lines().nth(line),
            stdout.lines().nth(line),
            out.stderr()
        );
    }
    assert!(r.ok, "{name} did not finish: {}", out.stderr());
}

include!(concat!(env!("OUT_DIR"), "/conformance_tests.rs"));

#[wasm_bindgen_test]
fn hello_and_the_result_object() {
    let (r, out) = run("print('hi')\nprint(6 * 7)");
    assert!(r.ok);
    assert_eq!(r.exit_code, 0);
    assert_eq!(r.error, None);
    assert_eq!(out.stdout(), "hi\n42\n");
    assert!(r.elapsed_ms >= 0.0);
    assert!(out.stderr.is_empty());
}

#[wasm_bindgen_test]
fn output_is_batched_and_ordered() {
    let (r, out) = run("import sys\nfor i in range(2000):\n    print(i)\nprint('err', file=sys.stderr)\nprint('end')");
    assert!(r.ok);
    let expected: String = (0..2000).map(|i| format!("{i}\n")).collect::<String>() + "end\n";
    assert_eq!(out.stdout(), expected);
    assert!(out.stdout.len() < 20, "2000 prints arrived in {} stdout calls", out.stdout.len());
    assert_eq!(out.stderr(), "err\n");
}

#[wasm_bindgen_test]
fn uncaught_exception_reports_the_traceback() {
    let (r, out) = run("def f():\n    return 1 / 0\nprint('before')\nf()\n");
    assert!(!r.ok);
    assert_eq!(r.exit_code, 1);
    let error = r.error.expect("the traceback");
    assert!(error.starts_with("Traceback (most recent call last):\n"), "{error}");
    assert!(error.contains("  File \"main.py\", line 2, in f\n"), "{error}");
    assert!(error.ends_with("ZeroDivisionError: division by zero\n"), "{error}");
    assert_eq!(out.stderr(), error);
    assert_eq!(out.stdout(), "before\n");
}

#[wasm_bindgen_test]
fn syntax_errors_and_sys_exit() {
    let (r, out) = run("x = (1,\n");
    assert!(!r.ok);
    assert!(r.error.as_deref().is_some_and(|e| e.contains("SyntaxError")), "{:?}", r.error);
    assert_eq!(out.stderr(), r.error.unwrap_or_default());
    let (r, _) = run("import sys\nsys.exit(3)");
    assert!(!r.ok);
    assert_eq!(r.exit_code, 3);
    assert_eq!(r.error, None);
    let (r, _) = run("import sys\nsys.exit()");
    assert!(r.ok);
    assert_eq!(r.exit_code, 0);
}

#[wasm_bindgen_test]
fn input_goes_through_the_callback() {
    let mut s = session();
    let src = "a = input('name? ')\nb = input()\nprint(a + '|' + b)\ntry:\n    input('more? ')\nexcept EOFError as e:\n    print('EOF:', e)\n";
    let (r, out) = run_in(&mut s, src, &["Ada", "Lovelace\n"]);
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.prompts, ["name? ", "", "more? "]);
    assert_eq!(out.stdout(), "name? Ada|Lovelace\nmore? EOF: EOF when reading a line\n");
}

#[wasm_bindgen_test]
fn output_is_flushed_before_input() {
    let captured = Rc::new(RefCell::new(Captured::default()));
    let obj = callbacks(&captured, &[]);
    let sink = captured.clone();
    // The input callback sees everything printed before it, prompt included.
    let input = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |_prompt: JsValue| {
        let seen = sink.borrow().stdout();
        JsValue::from_str(&seen.replace('\n', "/"))
    });
    set(&obj, "input", &input.into_js_value());
    let r = session().run("print('one')\nx = input('two ')\nprint(repr(x))".into(), obj.into()).expect("runs");
    assert!(RunResult::from_js(&r).ok);
    assert_eq!(captured.borrow().stdout(), "one\ntwo 'one/two '\n");
}

/// A session whose interrupt flag is a fresh Int32Array (on a
/// SharedArrayBuffer where the page allows one, as the playground does).
fn session_with_flag() -> (Session, Int32Array) {
    let mut s = session();
    let shared = Reflect::get(&js_sys::global(), &JsValue::from_str("SharedArrayBuffer"))
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok());
    let flag = match shared {
        Some(ctor) => {
            let buffer =
                Reflect::construct(&ctor, &js_sys::Array::of1(&JsValue::from(4))).expect("a SharedArrayBuffer");
            Int32Array::new(&buffer)
        }
        None => Int32Array::new_with_length(1),
    };
    s.set_interrupt_buffer(flag.clone().into()).expect("an Int32Array is accepted");
    (s, flag)
}

#[wasm_bindgen_test]
fn interrupt_flag_stops_an_endless_loop() {
    let (mut s, flag) = session_with_flag();
    let obj = Object::new();
    let snapshots = Rc::new(RefCell::new(0));
    let (count, raise) = (snapshots.clone(), flag.clone());
    // The page sets the flag from another thread; here the snapshot callback
    // does, after the loop has been running for a few snapshots.
    let snapshot = Closure::<dyn FnMut(JsValue)>::new(move |_delta: JsValue| {
        *count.borrow_mut() += 1;
        if *count.borrow() == 3 {
            raise.set_index(0, 1);
        }
    });
    set(&obj, "snapshot", &snapshot.into_js_value());
    let r = RunResult::from_js(&s.run("n = 0\nwhile True:\n    n += 1\n".into(), obj.into()).expect("runs"));
    assert!(!r.ok);
    let error = r.error.expect("a traceback");
    assert!(error.ends_with("KeyboardInterrupt\n"), "{error}");
    assert!(error.contains("line 3"), "{error}");
    assert!(*snapshots.borrow() >= 3, "snapshots arrived while the loop ran");
    assert_eq!(flag.get_index(0), 0, "the session resets the flag");
    assert!(r.instructions > 0.0);
    // The session is usable again, and a flag set before a run interrupts it at once.
    let (r, out) = run_in(&mut s, "print('again')", &[]);
    assert!(r.ok);
    assert_eq!(out.stdout(), "again\n");
    flag.set_index(0, 1);
    let (r, _) = run_in(&mut s, "while True:\n    pass\n", &[]);
    assert!(r.error.is_some_and(|e| e.ends_with("KeyboardInterrupt\n")));
}

#[wasm_bindgen_test]
fn interrupt_reaches_long_running_builtins_and_handlers() {
    let (mut s, flag) = session_with_flag();
    flag.set_index(0, 1);
    let src = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n";
    let (r, out) = run_in(&mut s, src, &[]);
    assert!(r.ok);
    assert_eq!(out.stdout(), "caught\n");
    assert!(s.set_interrupt_buffer(JsValue::from_str("nope")).is_err(), "only an Int32Array is accepted");
}

#[wasm_bindgen_test]
fn snapshots_are_periodic_deltas() {
    let (r, out) = run("n = 0\nfor i in range(3_000_000):\n    n += i\nprint(n)");
    assert!(r.ok);
    assert_eq!(out.stdout(), format!("{}\n", (0..3_000_000u64).sum::<u64>()));
    let last = out.snapshots.last().expect("a final snapshot");
    assert_eq!(field(last, "done").as_bool(), Some(true));
    assert_eq!(field(last, "instructions").as_f64(), Some(r.instructions));
    let mut previous = -1.0;
    for delta in &out.snapshots {
        let elapsed = field(delta, "elapsed_ms").as_f64().expect("elapsed_ms");
        assert!(elapsed >= previous, "elapsed time grows");
        previous = elapsed;
        assert!(js_sys::Array::is_array(&field(delta, "changes")));
    }
    // At most one periodic delta per 50 ms, plus the final one.
    let allowed = (r.elapsed_ms / 50.0).floor() as usize + 1;
    assert!(out.snapshots.len() <= allowed, "{} snapshots in {} ms", out.snapshots.len(), r.elapsed_ms);
}

#[wasm_bindgen_test]
fn a_throwing_callback_stops_the_run_and_is_rethrown() {
    let obj = Object::new();
    let stdout = Closure::<dyn FnMut(JsValue)>::new(|_text: JsValue| {
        wasm_bindgen::throw_str("stdout is closed");
    });
    set(&obj, "stdout", &stdout.into_js_value());
    let err = session().run("while True:\n    print('x')\n".into(), obj.into()).expect_err("the callback's error");
    assert_eq!(
        err.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).ok().as_deref(),
        Some("stdout is closed")
    );
}

#[wasm_bindgen_test]
fn deep_python_recursion_is_a_recursion_error() {
    let (r, _) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    let error = r.error.expect("a RecursionError");
    assert!(error.ends_with("RecursionError: maximum recursion depth exceeded\n"), "{}", &error[error.len() - 200..]);
    // Python frames use no native stack: 15,000 of them work (the cap on
    // sys.setrecursionlimit is 20,000).
    let (r, out) = run("import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(15000))\n");
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.stdout(), "15000\n");
}

/// Native code calling back into Python recurses on the wasm stack; each
/// case must end in RecursionError (caught, then the program goes on).
#[wasm_bindgen_test]
fn native_reentry_recursion_is_a_recursion_error() {
    let cases = [
        "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())",
        "class A:\n    def __eq__(self, other):\n        return [self] == [other]\nA() == A()",
        "class A:\n    def __lt__(self, other):\n        return sorted([other, self]) and True\nsorted([A(), A()])",
        "def key(x):\n    return sorted([x, x], key=key)\nsorted([1, 2], key=key)",
        "class A:\n    def __hash__(self):\n        return hash((self,)) if {self: 1} else 0\nhash(A())",
        "class A:\n    def __getattr__(self, name):\n        return getattr(self, name)\nA().x",
        "class A:\n    def __str__(self):\n        return '%s' % self\nstr(A())",
        "class A:\n    def __len__(self):\n        return len(self)\nlen(A())",
        "def g():\n    yield from map(lambda x: list(g()), [1])\nlist(g())",
    ];
    for case in cases {
        let (mut s, _) = session_with_flag();
        for limit in [1000, 100000] {
            let src = format!(
                "import sys\nsys.setrecursionlimit({limit})\ntry:\n{}\nexcept RecursionError as e:\n    print('RecursionError', e)\n",
                case.lines().map(|l| format!("    {l}\n")).collect::<String>()
            );
            let (r, out) = run_in(&mut s, &src, &[]);
            assert!(r.ok, "limit {limit}:\n{case}\n{:?}", r.error);
            assert!(
                out.stdout().starts_with("RecursionError maximum recursion depth exceeded"),
                "{case}: {}",
                out.stdout()
            );
        }
    }
}

/// Below the wasm32 cap (`NATIVE_LEVELS`, 400), native reentry runs to the
/// end as in CPython: a 300-deep `lru_cache` recursion (each level is the
/// native wrapper calling the function) and 300 nested `__str__` calls.
#[wasm_bindgen_test]
fn native_reentry_below_the_cap_completes() {
    let src = "import functools\n@functools.lru_cache(None)\ndef f(n):\n    return n if n < 1 else f(n - 1) + 1\nprint(f(300))\nclass S:\n    def __init__(self, n):\n        self.n = n\n    def __str__(self):\n        return '%s' % (S(self.n - 1) if self.n else 'end')\nprint(str(S(300)))\n";
    let (r, out) = run(src);
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.stdout(), "300\nend\n");
}

/// Deeply nested data walked by native code (repr, ==, hash) ends in
/// RecursionError. (Nesting is 3,000 here: freeing data nested ~10,000 deep
/// still recurses in Rust's drop glue, a known open problem.)
#[wasm_bindgen_test]
fn deeply_nested_data_does_not_overflow() {
    let src = "a = []\nfor i in range(3000):\n    a = [a]\ntry:\n    repr(a)\nexcept RecursionError:\n    print('repr')\nb = []\nfor i in range(3000):\n    b = [b]\ntry:\n    a == b\nexcept RecursionError:\n    print('eq')\nt = ()\nfor i in range(3000):\n    t = (t,)\ntry:\n    hash(t)\nexcept RecursionError:\n    print('hash')\ndel a, b, t\nprint('done')\n";
    let (r, out) = run(src);
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.stdout(), "repr\neq\nhash\ndone\n");
}

/// Source nested past what the compiler accepts is a SyntaxError (or, as in
/// CPython, a RecursionError or MemoryError), never a wasm stack overflow.
#[wasm_bindgen_test]
fn deeply_nested_source_is_an_error_not_a_crash() {
    let n = 100_000;
    let cases = [
        format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
        format!("x = {}1{}", "[".repeat(n), "]".repeat(n)),
        format!("x = {}1", "-".repeat(n)),
        format!("x = {}1", "not ".repeat(n)),
        format!("x = 1{}", " + 1".repeat(n)),
        format!("x = 1{}", " ** 1".repeat(n)),
        format!("x = 0{}", ".real".repeat(n)),
        format!("x = {}1", "lambda: ".repeat(n)),
        format!("x = 1{}", " if 1 else 1".repeat(n)),
        (0..200).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(200) + "pass\n",
    ];
    // Nesting within the limit still compiles and runs.
    let (r, out) = run(&format!(
        "print(1{})\nprint({}1)\nf = lambda: f\nprint(f{} is f)",
        " + 1".repeat(250),
        "-".repeat(251),
        "()".repeat(250)
    ));
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.stdout(), "251\n-1\nTrue\n");
    for src in &cases {
        let (r, out) = run(src);
        let error = r.error.unwrap_or_default();
        let last = error.lines().last().unwrap_or_default().to_owned();
        assert!(
            last.starts_with("SyntaxError")
                || last.starts_with("IndentationError")
                || last.starts_with("RecursionError")
                || last.starts_with("MemoryError"),
            "{}...: {last:?} {}",
            &src[..40],
            out.stdout()
        );
    }
}

#[wasm_bindgen_test]
fn disassemble_returns_code_objects() {
    let s = session();
    let d = s.disassemble("def add(a, b):\n    return a + b\nprint(add(1, 2))\n".into()).expect("disassembles");
    assert!(field(&d, "error").is_null());
    let codes: js_sys::Array = field(&d, "code_objects").dyn_into().expect("an array");
    assert_eq!(codes.length(), 2);
    let add = codes.get(1);
    assert_eq!(field(&add, "name").as_string().as_deref(), Some("add"));
    assert_eq!(field(&add, "index").as_f64(), Some(1.0));
    assert_eq!(field(&add, "parent").as_f64(), field(&codes.get(0), "id").as_f64());
    let instructions: js_sys::Array = field(&add, "instructions").dyn_into().expect("an array");
    let names: Vec<String> = instructions.iter().map(|i| field(&i, "opname").as_string().expect("opname")).collect();
    assert!(names.contains(&"BINARY_OP".to_owned()), "{names:?}");
    let d = s.disassemble("def f(:\n".into()).expect("a syntax error is data");
    assert!(field(&d, "error").as_string().is_some_and(|e| e.contains("SyntaxError")));
}

#[wasm_bindgen_test]
fn stats_are_the_stats_json_document() {
    let mut s = new_session(Object::new().into());
    assert!(s.stats().expect("stats").is_null(), "no statistics before a run");
    run_in(&mut s, "for i in range(10000):\n    pass\n", &[]);
    let stats = s.stats().expect("stats");
    assert_eq!(field(&stats, "quicken").as_bool(), Some(true));
    for key in ["families", "code_objects", "events"] {
        assert!(js_sys::Array::is_array(&field(&stats, key)), "{key} is an array");
    }
    let options = Object::new();
    set(&options, "quicken", &JsValue::FALSE);
    set(&options, "unknown", &JsValue::TRUE);
    let mut s = new_session(options.into());
    run_in(&mut s, "print(1)", &[]);
    assert_eq!(field(&s.stats().expect("stats"), "quicken").as_bool(), Some(false));
}

/// The opnames of `code_objects[qualname].instructions` in a stats document.
fn stats_opnames(stats: &JsValue, qualname: &str) -> Vec<String> {
    let codes: js_sys::Array = field(stats, "code_objects").dyn_into().expect("an array");
    let code =
        codes.iter().find(|c| field(c, "qualname").as_string().as_deref() == Some(qualname)).expect("the code object");
    let instructions: js_sys::Array = field(&code, "instructions").dyn_into().expect("an array");
    instructions.iter().map(|i| field(&i, "opname").as_string().expect("opname")).collect()
}

#[wasm_bindgen_test]
fn a_loop_specializes_binary_op_to_add_int() {
    let src = "def total(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\nprint(total(1000))\n";
    let mut s = session();
    let (r, out) = run_in(&mut s, src, &[]);
    assert!(r.ok, "{:?}", r.error);
    assert_eq!(out.stdout(), "499500\n");
    let opnames = stats_opnames(&s.stats().expect("stats"), "total");
    assert!(opnames.iter().any(|o| o == "BINARY_OP_ADD_INT"), "{opnames:?}");
    assert!(!opnames.iter().any(|o| o == "BINARY_OP"), "{opnames:?}");
    // The snapshots reported the rewrite, by pre-order index (1: `total`).
    let changes: Vec<(f64, String)> = out
        .snapshots
        .iter()
        .flat_map(|d| js_sys::Array::from(&field(d, "changes")).iter().collect::<Vec<_>>())
        .map(|c| (field(&c, "index").as_f64().expect("index"), field(&c, "opname").as_string().expect("opname")))
        .collect();
    assert!(changes.contains(&(1.0, "BINARY_OP_ADD_INT".to_owned())), "{changes:?}");
    // Without quickening the instruction stays generic.
    let options = Object::new();
    set(&options, "quicken", &JsValue::FALSE);
    let mut s = new_session(options.into());
    let (r, out) = run_in(&mut s, src, &[]);
    assert!(r.ok);
    assert_eq!(out.stdout(), "499500\n");
    assert!(out.snapshots.iter().all(|d| js_sys::Array::from(&field(d, "changes")).length() == 0));
    let opnames = stats_opnames(&s.stats().expect("stats"), "total");
    assert!(
        opnames.iter().any(|o| o == "BINARY_OP") && !opnames.iter().any(|o| o == "BINARY_OP_ADD_INT"),
        "{opnames:?}"
    );
}

fn delta_items(snapshots: &[JsValue], key: &str) -> Vec<JsValue> {
    snapshots.iter().flat_map(|d| js_sys::Array::from(&field(d, key)).iter().collect::<Vec<_>>()).collect()
}

#[wasm_bindgen_test]
fn deltas_carry_rows_events_and_the_profile() {
    // A call site that sees ints, then floats: specialize, miss, respecialize.
    let src = "def add(a, b):\n    return a + b\nfor i in range(30000):\n    add(i, 1)\nfor i in range(30000):\n    add(i + 0.5, 1.0)\n";
    let (r, out) = run(src);
    assert!(r.ok, "{:?}", r.error);
    let first = out.snapshots.first().expect("a snapshot");
    let ids = js_sys::Array::from(&field(first, "code_ids"));
    assert_eq!(ids.length(), 2, "the module and `add`");
    let add_id = ids.get(1).as_f64().expect("an id");
    // Rows: the addition in `add` (code object 1) ends specialized for floats,
    // with every execution counted.
    let rows = delta_items(&out.snapshots, "rows");
    let last_add = rows
        .iter()
        .rev()
        .find(|row| {
            field(row, "index").as_f64() == Some(1.0)
                && field(row, "opname").as_string().is_some_and(|o| o.starts_with("BINARY_OP"))
        })
        .expect("a row for the addition");
    assert_eq!(field(last_add, "opname").as_string().as_deref(), Some("BINARY_OP_ADD_FLOAT"));
    assert_eq!(field(last_add, "executions").as_f64(), Some(60000.0));
    assert!(field(last_add, "misses").as_f64().unwrap_or(0.0) >= 1.0);
    // Events: specialize to int, a miss or deopt, specialize to float.
    let events = delta_items(&out.snapshots, "events");
    let kinds: Vec<(String, String)> = events
        .iter()
        .filter(|e| field(e, "code").as_f64() == Some(add_id))
        .map(|e| (field(e, "kind").as_string().unwrap_or_default(), field(e, "to").as_string().unwrap_or_default()))
        .collect();
    let at = |kind: &str, to: &str| kinds.iter().position(|(k, t)| k == kind && t == to);
    let int = at("specialize", "BINARY_OP_ADD_INT").expect("specialized for ints");
    let float = at("specialize", "BINARY_OP_ADD_FLOAT").expect("respecialized for floats");
    assert!(kinds[int..float].iter().any(|(k, _)| k == "miss" || k == "deopt"), "{kinds:?}");
    let times: Vec<f64> = events.iter().map(|e| field(e, "time_ms").as_f64().expect("time_ms")).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "events are in time order: {times:?}");
    assert!(times.last().is_some_and(|&t| t > 0.0 && t <= r.elapsed_ms), "stamped with the page's clock: {times:?}");
    let total = field(out.snapshots.last().expect("final"), "events_total").as_f64().expect("events_total");
    assert_eq!(total as usize, events.len(), "every event reached a delta");
    // The profile charged time to `add` and the module.
    let profile = delta_items(&out.snapshots, "profile");
    let indexes: Vec<f64> = profile.iter().map(|p| js_sys::Array::from(p).get(0).as_f64().expect("index")).collect();
    assert!(indexes.contains(&1.0), "{indexes:?}");
}

#[wasm_bindgen_test]
fn opcodes_list_the_instruction_table() {
    let ops = js_sys::Array::from(&brisk::wasm::opcodes().expect("opcodes"));
    assert!(ops.length() > 100, "{} opcodes", ops.length());
    let add = ops
        .iter()
        .find(|o| field(o, "name").as_string().as_deref() == Some("BINARY_OP_ADD_INT"))
        .expect("BINARY_OP_ADD_INT");
    assert_eq!(field(&add, "family").as_string().as_deref(), Some("BINARY_OP"));
    assert_eq!(field(&add, "specialized").as_bool(), Some(true));
    assert!(field(&add, "doc").as_string().is_some_and(|d| !d.is_empty()));
}

fn panicking_session(message: &str) -> Session {
    let options = Object::new();
    set(&options, "testPanic", &JsValue::from_str(message));
    new_session(options.into())
}

#[wasm_bindgen_test]
fn a_panic_is_an_error_with_its_message_and_sessions_work_after_it() {
    for round in 0..25 {
        let message = format!("deliberate test panic {round}");
        let mut s = panicking_session(&message);
        let err = s
            .run(
                "def f(n):\n    return f(n + 1) if n < 500 else g()\ndef g():\n    while True:\n        pass\nf(0)\n"
                    .into(),
                JsValue::UNDEFINED,
            )
            .expect_err("the panic is thrown");
        let text = err.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).expect("an Error");
        assert!(text.contains(&message), "{text}");
        let (r, out) = run("print(sum(range(10)))");
        assert!(r.ok);
        assert_eq!(out.stdout(), "45\n");
    }
    // The stack is whole again: deep native recursion still ends cleanly.
    native_reentry_recursion_is_a_recursion_error();
}

/// The browser build counts its heap: a program that keeps allocating
/// small objects gets `MemoryError` at the session's `maxMemory` (here
/// 48 MiB) instead of growing the wasm memory until the run aborts, and the
/// session runs the next program normally.
#[wasm_bindgen_test]
fn runaway_allocation_is_a_memory_error() {
    let options = Object::new();
    set(&options, "maxMemory", &JsValue::from_f64((48u32 << 20) as f64));
    let mut s = new_session(options.into());
    let hog = "chunks = []\nwhile True:\n    chunks.append('x' * 4000 + str(len(chunks)))\n";
    let (r, out) = run_in(&mut s, hog, &[]);
    assert!(!r.ok, "the loop cannot finish");
    assert_eq!(out.stderr().lines().last(), Some("MemoryError"), "stderr: {}", out.stderr());
    let caught = "try:\n    chunks = []\n    while True:\n        chunks.append(bytes(4000))\nexcept MemoryError:\n    n = len(chunks)\n    chunks = None\n    print('caught', n > 1000)\n";
    let (r, out) = run_in(&mut s, caught, &[]);
    assert!(r.ok, "{}", out.stderr());
    assert_eq!(out.stdout(), "caught True\n");
    let (r, out) = run_in(&mut s, "print(sum(range(10)))", &[]);
    assert!(r.ok);
    assert_eq!(out.stdout(), "45\n");
}
