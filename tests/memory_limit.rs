//! The memory limit: huge allocations and runaway growth raise MemoryError,
//! and the session keeps working afterwards. This binary installs the same
//! counting allocator as the CLI; its cases run one after another in one
//! test because the limit and the usage are process-wide.

use std::cell::RefCell;
use std::rc::Rc;

use brisk::vm::{BufferHost, VmOptions};
use brisk::Outcome;

// The browser build's library installs the same allocator itself (src/wasm.rs).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: brisk::memory::CountingAlloc = brisk::memory::CountingAlloc;

const LIMIT: usize = 256 << 20;

/// Runs `src` in a fresh session; returns the last line of the error, or
/// the program's output when it succeeds.
fn run(src: &str) -> Result<String, String> {
    let src = src.to_owned();
    let thread = std::thread::Builder::new().stack_size(64 << 20).spawn(move || {
        let buf = Rc::new(RefCell::new(BufferHost::default()));
        let (outcome, _vm) = brisk::run_source(&src, "t.py", Box::new(buf.clone()), VmOptions::default());
        let out = buf.borrow().stdout.clone();
        match outcome {
            Outcome::Error(text) => Err(text.lines().last().unwrap_or("").to_owned()),
            _ => Ok(out),
        }
    });
    thread.expect("thread").join().expect("no panic")
}

fn assert_memory_error(src: &str) {
    assert_eq!(run(src), Err("MemoryError".to_owned()), "{src}");
    // Everything the failed program held is gone again.
    assert!(brisk::memory::used() < LIMIT / 2, "{src}: {} bytes still in use", brisk::memory::used());
}

#[test]
fn memory_limit_raises_memory_error_and_the_session_recovers() {
    brisk::memory::set_limit(LIMIT);
    assert_memory_error("x = [0] * 10**10\n");
    assert_memory_error("x = 'x' * 10**12\n");
    assert_memory_error("x = (1, 2) * 10**9\n");
    assert_memory_error("x = bytearray(10**11)\n");
    assert_memory_error("x = bytes(10**11)\n");
    assert_memory_error("a = []\nwhile True:\n    a.append(1)\n");
    assert_memory_error("import itertools\nx = list(itertools.count())\n");
    assert_memory_error("x = list(range(10**10))\n");
    assert_memory_error("x = ''.join(['y' * 10**6] * 10**4)\n");
    let recovers = "a = []\ntry:\n    while True:\n        a.append([1])\nexcept MemoryError:\n    a = None\n    print('recovered')\nprint(sum([i for i in range(100000)]))\n";
    assert_eq!(run(recovers), Ok("recovered\n4999950000\n".to_owned()));
    assert!(brisk::memory::peak() < LIMIT * brisk::memory::HARD_FACTOR);
    // Below the limit, big allocations still work.
    assert_eq!(run("x = [0] * 10**6\nprint(len(x), len('y' * 10**7))\n"), Ok("1000000 10000000\n".to_owned()));
    // Garbage cycles are collected as the program runs: a million of them
    // (list, dict and instance cycles, some 300 MB if kept) fit in 32 MB.
    // Without the cycle collector this is a MemoryError.
    brisk::memory::set_limit(32 << 20);
    let cycles = "class N:\n    pass\nfor i in range(10**6):\n    a = []\n    a.append(a)\n    n = N()\n    n.me = n\n    d = {}\n    d['d'] = d\nprint('flat')\n";
    assert_eq!(run(cycles), Ok("flat\n".to_owned()));
    brisk::memory::set_limit(LIMIT);
    vm_teardown_frees_what_the_program_left();
}

/// The page makes a VM per run: what a program leaves behind (functions and
/// their globals, classes whose methods use `super()`, imported modules,
/// exceptions with tracebacks, suspended generators) must go with its VM.
fn vm_teardown_frees_what_the_program_left() {
    let programs = [
        "d = {}\nd['d'] = d\ndef f():\n    return f\n",
        "class A:\n    def __init__(self):\n        super().__init__()\n    @classmethod\n    def make(cls):\n        return cls()\n    @property\n    def p(self):\n        return 1\na = A.make()\n",
        "import dataclasses\n@dataclasses.dataclass\nclass P:\n    x: int\n    y: int = 0\nprint(P(1))\n",
        "import enum\nclass C(enum.Enum):\n    R = 1\nprint(C.R)\n",
        "import re\ntry:\n    re.compile('(')\nexcept re.error as e:\n    err = e\n",
        "def g():\n    try:\n        yield 1\n    finally:\n        pass\nit = g()\nnext(it)\n",
        include_str!("conformance/mod_dataclasses.py"),
        include_str!("conformance/class_static_classmethod.py"),
        include_str!("robustness/shared_method_wrappers_at_exit.py"),
        include_str!("robustness/generators_suspended_at_exit.py"),
        "import collections, functools, itertools, json, random, string\n",
    ];
    for src in programs {
        run(src).expect("the program runs");
        let before = brisk::memory::used();
        for _ in 0..5 {
            run(src).expect("the program runs");
        }
        let grown = brisk::memory::used().saturating_sub(before);
        eprintln!("{grown:>8} bytes kept by 5 runs of {src:?}");
        assert!(grown < 4096, "{grown} bytes kept by 5 runs of {src:?}");
    }
}
