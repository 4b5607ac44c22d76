//! Bad input never crashes the interpreter: it ends in a Python exception.

use brisk::vm::{BufferHost, Host, VmOptions};
use brisk::Outcome;

/// Runs `src` on a thread with the CLI's stack size; returns (outcome, stdout).
fn run(src: &str) -> (Outcome, String) {
    let src = src.to_owned();
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let buf = std::rc::Rc::new(std::cell::RefCell::new(BufferHost::default()));
            let (outcome, _vm) = brisk::run_source(&src, "t.py", Box::new(buf.clone()), VmOptions::default());
            let out = buf.borrow().stdout.clone();
            (outcome, out)
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

fn error_of(src: &str) -> String {
    match run(src).0 {
        Outcome::Error(text) => text.lines().last().unwrap_or("").to_owned(),
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn deep_python_recursion_is_a_recursion_error() {
    let last = error_of("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(last, "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn recursion_through_dunder_methods_is_bounded() {
    let last = error_of("class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n");
    assert!(last.starts_with("RecursionError"), "{last}");
}

#[test]
fn deeply_nested_source_is_a_syntax_error() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert!(error_of(&src).starts_with("SyntaxError"));
    let list = format!("x = {}{}\n", "[".repeat(5000), "]".repeat(5000));
    assert!(error_of(&list).starts_with("SyntaxError"));
}

#[test]
fn deeply_nested_blocks_are_rejected_cleanly() {
    let mut src = String::new();
    for depth in 0..1000 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if True:\n");
    }
    src.push_str(&" ".repeat(1000));
    src.push_str("pass\n");
    let last = error_of(&src);
    assert!(last.starts_with("IndentationError") || last.starts_with("SyntaxError"), "{last}");
}

#[test]
fn huge_repetition_is_a_memory_error() {
    assert_eq!(error_of("x = [0] * 10**10\n"), "MemoryError");
    assert_eq!(error_of("x = 'x' * 10**12\n"), "MemoryError");
}

#[test]
fn self_referential_containers_print_like_cpython() {
    let (outcome, out) = run("a = [1]\na.append(a)\nprint(a)\nd = {}\nd['k'] = d\nprint(d)\n");
    assert_eq!(outcome, Outcome::Ok);
    assert_eq!(out, "[1, [...]]\n{'k': {...}}\n");
}

#[test]
fn exceptions_are_caught_after_errors_in_nested_frames() {
    let src = "def g():\n    return 1 / 0\ndef f():\n    try:\n        g()\n    except ZeroDivisionError as e:\n        return str(e)\nprint(f())\n";
    let (outcome, out) = run(src);
    assert_eq!(outcome, Outcome::Ok);
    assert_eq!(out, "division by zero\n");
}

#[test]
fn tracebacks_name_every_frame_with_lines() {
    let src = "def inner():\n    raise ValueError('bad')\n\ndef outer():\n    inner()\n\nouter()\n";
    match run(src).0 {
        Outcome::Error(text) => {
            assert!(text.starts_with("Traceback (most recent call last):\n"), "{text}");
            assert!(text.contains("File \"t.py\", line 7, in <module>"), "{text}");
            assert!(text.contains("File \"t.py\", line 5, in outer"), "{text}");
            assert!(text.contains("File \"t.py\", line 2, in inner"), "{text}");
            assert!(text.ends_with("ValueError: bad\n"), "{text}");
        }
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn open_keeps_files_in_memory_without_a_host_file_system() {
    let src = "with open('notes.txt', 'w') as f:\n    f.write('a\\nb\\n')\nwith open('notes.txt', 'a') as f:\n    f.write('c')\nprint(open('notes.txt').read().split())\ntry:\n    open('missing.txt')\nexcept FileNotFoundError as e:\n    print(e)\n";
    let (outcome, out) = run(src);
    assert_eq!(outcome, Outcome::Ok);
    assert_eq!(out, "['a', 'b', 'c']\n[Errno 2] No such file or directory: 'missing.txt'\n");
}

#[test]
fn uncaught_name_and_attribute_errors_suggest_close_names() {
    let last = error_of("length = 3\nprint(lenght)\n");
    assert_eq!(last, "NameError: name 'lenght' is not defined. Did you mean: 'length'?");
    let last = error_of("def f():\n    counter = 1\n    return countr\nf()\n");
    assert_eq!(last, "NameError: name 'countr' is not defined. Did you mean: 'counter'?");
    let last = error_of("[].apend(1)\n");
    assert_eq!(last, "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?");
    let last = error_of("import math\nmath.sqr(2)\n");
    assert_eq!(last, "AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?");
    let last = error_of("x = 1\nprint(qqqqqq)\n");
    assert_eq!(last, "NameError: name 'qqqqqq' is not defined");
}

/// The catalogue: every `tests/robustness/NAME.py` runs to completion (bad
/// input ends in a caught Python exception, never a crash or a hang) and
/// prints exactly `NAME.expected`, which is CPython 3.11's output.
#[test]
fn catalogue_of_bad_inputs_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/robustness");
    let mut programs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/robustness")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 60, "only {} programs", programs.len());
    let mut failures = Vec::new();
    for path in &programs {
        let src = std::fs::read_to_string(path).expect("source");
        let expected = std::fs::read_to_string(path.with_extension("expected")).expect("expected output");
        let (outcome, out) = run(&src);
        if outcome != Outcome::Ok || out != expected {
            failures.push(format!("{}: {outcome:?}\n--- expected\n{expected}--- got\n{out}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A host whose input is interrupted: `read_line` gives no line and the interrupt flag is up.
struct InterruptedInput(std::rc::Rc<std::cell::RefCell<String>>);

impl Host for InterruptedInput {
    fn write_stdout(&mut self, s: &str) {
        self.0.borrow_mut().push_str(s)
    }
    fn write_stderr(&mut self, _s: &str) {}
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        self.0.borrow_mut().push_str(prompt);
        None
    }
    fn interrupted(&mut self) -> bool {
        true
    }
}

#[test]
fn input_interrupted_while_waiting_is_a_keyboard_interrupt() {
    let out = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let src = "try:\n    input('name? ')\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    let (outcome, _vm) = brisk::run_source(src, "t.py", Box::new(InterruptedInput(out.clone())), VmOptions::default());
    assert_eq!(outcome, Outcome::Ok);
    assert_eq!(*out.borrow(), "name? interrupted\n");
}

#[test]
fn input_at_end_of_input_is_an_eof_error() {
    assert_eq!(error_of("input('name? ')\n"), "EOFError: EOF when reading a line");
}
