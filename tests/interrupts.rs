//! The interrupt flag, set from another thread as a page's Stop button or
//! the CLI's Ctrl-C would, ends long-running code with a catchable
//! KeyboardInterrupt that names the line, within a bounded latency, in the
//! eval loop and inside long builtins.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use brisk::vm::{Host, VmOptions};
use brisk::Outcome;

/// A host whose interrupt flag another thread sets.
struct FlagHost {
    flag: Arc<AtomicBool>,
    out: Arc<std::sync::Mutex<String>>,
}

impl Host for FlagHost {
    fn write_stdout(&mut self, s: &str) {
        self.out.lock().expect("lock").push_str(s);
    }
    fn write_stderr(&mut self, _: &str) {}
    fn read_line(&mut self, _: &str) -> Option<String> {
        None
    }
    fn interrupted(&mut self) -> bool {
        self.flag.swap(false, Ordering::Relaxed)
    }
}

/// Runs `src`, sets the flag after `after`, and returns (outcome, stdout,
/// time from setting the flag to the end of the run).
fn interrupt(src: &str, after: Duration) -> (Outcome, String, Duration) {
    let flag = Arc::new(AtomicBool::new(false));
    let out = Arc::new(std::sync::Mutex::new(String::new()));
    let host = FlagHost { flag: flag.clone(), out: out.clone() };
    let src = src.to_owned();
    let runner = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || brisk::run_source(&src, "t.py", Box::new(host), VmOptions::default()).0)
        .expect("thread");
    std::thread::sleep(after);
    let set_at = Instant::now();
    flag.store(true, Ordering::Relaxed);
    let outcome = runner.join().expect("no panic");
    let latency = set_at.elapsed();
    let text = out.lock().expect("lock").clone();
    (outcome, text, latency)
}

/// The program is interrupted at one of `lines` within the latency bound.
fn assert_interrupted_at(src: &str, lines: &[u32]) -> Duration {
    let (outcome, _, latency) = interrupt(src, Duration::from_millis(200));
    match outcome {
        Outcome::Error(text) => {
            assert!(text.ends_with("KeyboardInterrupt\n"), "{src}\n{text}");
            assert!(lines.iter().any(|line| text.contains(&format!("line {line},"))), "{src}\n{text}");
        }
        other => panic!("{src}: expected KeyboardInterrupt, got {other:?}"),
    }
    assert!(latency < Duration::from_millis(500), "{src}: {latency:?}");
    eprintln!("interrupt latency {latency:?}: {}", src.lines().last().unwrap_or(""));
    latency
}

#[test]
fn interrupts_stop_loops_and_long_builtins() {
    let cases = [
        ("while True:\n    pass\n", &[2][..]),
        ("x = 0\nwhile True:\n    x += 1\n", &[3]),
        ("def f():\n    return f2()\ndef f2():\n    while True: pass\nf()\n", &[4]),
        ("print(sum(range(10**18)))\n", &[1]),
        ("import time\ntime.sleep(1000)\n", &[2]),
        // `itertools.count` is a Python class here: the periodic check
        // (its gap varies, see `check_gap`) lands on the loop's back-edge,
        // line 3, as CPython reports, or on the call of its `__next__` at
        // the `for`, line 2. `in` loops natively over that `__next__`: each
        // nested run of Python code counts as a call for the check.
        ("import itertools\nfor _ in itertools.count():\n    pass\n", &[2, 3]),
        ("import itertools\nprint(-1 in itertools.count())\n", &[2]),
        ("x = [0] * 10**6\nwhile True:\n    x.sort()\n", &[3]),
    ];
    let worst = cases.iter().map(|(src, lines)| assert_interrupted_at(src, lines)).max();
    eprintln!("worst interrupt latency: {worst:?}");
}

#[test]
fn keyboard_interrupt_is_catchable_and_finally_runs() {
    let src = "try:\n    try:\n        while True: pass\n    finally:\n        print('finally')\nexcept KeyboardInterrupt:\n    print('caught')\nprint('after', sum(range(10)))\n";
    let (outcome, out, _) = interrupt(src, Duration::from_millis(100));
    assert_eq!(outcome, Outcome::Ok);
    assert_eq!(out, "finally\ncaught\nafter 45\n");
}
