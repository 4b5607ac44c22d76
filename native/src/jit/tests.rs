//! The tier's side exits, each forced, with the interpreter's answer as the
//! reference; and a stress test that compiles and frees thousands of regions.

use std::cell::RefCell;
use std::rc::Rc;

use brisk::vm::{Host, Vm, VmOptions};

use super::shape::ExitKind;
use super::{Jit, Mode};

#[derive(Default)]
struct Captured {
    out: String,
    err: String,
}

struct TestHost(Rc<RefCell<Captured>>);

impl Host for TestHost {
    fn write_stdout(&mut self, s: &str) {
        self.0.borrow_mut().out.push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.0.borrow_mut().err.push_str(s);
    }
    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
}

fn vm_with(mode: Mode) -> (Vm, Rc<RefCell<Captured>>) {
    let cap = Rc::new(RefCell::new(Captured::default()));
    let mut vm = Vm::new(Box::new(TestHost(cap.clone())), VmOptions::default());
    if mode != Mode::Off {
        vm.tier = Some(Box::new(Jit::new(mode).expect("host ISA").with_builtins(vm.builtins.clone())));
    }
    (vm, cap)
}

fn jit_of(vm: &Vm) -> &Jit {
    vm.tier.as_ref().and_then(|t| t.as_any().downcast_ref::<Jit>()).expect("a Jit tier")
}

/// Runs `src` with the tier forced and without it; both outputs must agree.
/// Returns the forced run's output, stderr and the report.
fn run_both(src: &str) -> (String, String, String) {
    run_both_in(Mode::Always, src)
}

/// As `run_both`, with the tier in `mode` (`On` compiles loops only once
/// their instructions are specialized, as `len()` and globals need).
fn run_both_in(mode: Mode, src: &str) -> (String, String, String) {
    let (mut off, off_cap) = vm_with(Mode::Off);
    let _ = brisk::run_in(&mut off, src, "t.py");
    let (mut on, on_cap) = vm_with(mode);
    let _ = brisk::run_in(&mut on, src, "t.py");
    let (a, b) = (off_cap.borrow(), on_cap.borrow());
    assert_eq!(a.out, b.out, "stdout with and without the tier");
    assert_eq!(a.err, b.err, "stderr (tracebacks) with and without the tier");
    (b.out.clone(), b.err.clone(), jit_of(&on).report())
}

/// How often exits of `kind` were taken (over live and freed regions).
fn exits(src: &str, kind: ExitKind) -> u64 {
    let (mut vm, _) = vm_with(Mode::Always);
    let _ = brisk::run_in(&mut vm, src, "t.py");
    jit_of(&vm).totals.exits.get(&kind).copied().unwrap_or(0)
}

#[test]
fn int_loop_is_compiled_and_exact() {
    let src = "def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t = t + i * i\n        i = i + 1\n    return t\nprint(f(1000), f(0), f(-3))\n";
    let (out, _, report) = run_both(src);
    assert_eq!(out, "332833500 0 0\n");
    assert!(report.contains("regions compiled 1,"), "{report}");
    assert!(exits(src, ExitKind::LoopDone) >= 1);
}

#[test]
fn range_loop_keeps_the_iterator_in_registers() {
    let src = "def f(n):\n    t = 0\n    for i in range(3, n, 2):\n        t += i\n    return t\nprint(f(10001), f(3), f(2))\n";
    run_both(src);
    assert!(exits(src, ExitKind::RangeDone) >= 1);
}

#[test]
fn int_overflow_in_a_compiled_loop_resumes_with_big_ints() {
    let src = "def f():\n    x = 1\n    for i in range(100):\n        x = x * 3\n    return x\nprint(f())\n";
    let (out, _, _) = run_both(src);
    assert_eq!(out.trim(), "515377520732011331036461129765621272702107522001");
    assert!(exits(src, ExitKind::Overflow) >= 1);
}

#[test]
fn division_by_zero_leaves_for_the_interpreter_with_its_traceback() {
    let src = "def f():\n    t = 0\n    for i in range(10):\n        t += 10 // (5 - i)\n    return t\nprint(f())\n";
    let (_, err, _) = run_both(src);
    assert!(err.contains("line 4, in f"), "{err}");
    assert!(err.contains("ZeroDivisionError"), "{err}");
    assert!(exits(src, ExitKind::OperandCheck) >= 1);
}

#[test]
fn a_type_change_between_entries_fails_the_entry_guard_and_recompiles() {
    // The loop is compiled for ints, then entered with floats: the entry
    // guard refuses, the interpreter runs it, and after enough misses the
    // loop is compiled again for floats.
    let src = "def f(x):\n    i = 0\n    while i < 20:\n        x = x + x\n        i = i + 1\n    return x\nfor k in range(40):\n    a = f(k)\nfor k in range(40):\n    b = f(k + 0.5)\nprint(a, b)\n";
    let (_, _, report) = run_both(src);
    assert!(report.contains("recompiled 1,"), "{report}");
}

#[test]
fn float_semantics_match_the_interpreter() {
    let src = "nan = float('nan')\ndef f(n, nan):\n    a = 0.0\n    b = 1.5\n    c = 0\n    i = 0\n    while i < n:\n        a = a + b * 2.0 - i / 3\n        if a != a or a < nan or a == nan:\n            c = c + 1\n        b = -b\n        i = i + 1\n    return a, b, c\ndef g(x):\n    i = 0\n    while i < 3:\n        x = x * 1e308\n        i = i + 1\n    return x, x != x, x - x\nprint(f(1000, nan), g(1.0), g(nan))\n";
    let (_, _, report) = run_both(src);
    assert!(report.contains("regions compiled 2,"), "{report}");
}

#[test]
fn int_operators_match_the_interpreter() {
    let src = "def f(n):\n    r = []\n    i = -n\n    acc = 0\n    while i < n:\n        acc = acc + (i // 7) + (i % 7) + (i // -3) + (i % -3) + (i & 12) + (i | 3) + (i ^ 5) + (i >> 2) + (acc << 1 >> 1) - (-i)\n        acc = acc % 1000003\n        i = i + 1\n    return acc, 7 / 2, i / 4\nprint(f(500))\n";
    let (_, _, report) = run_both(src);
    assert!(report.contains("regions compiled 1,"), "{report}");
}

#[test]
fn loops_with_calls_stay_interpreted_and_are_counted() {
    let src = "def f(n):\n    t = []\n    for i in range(n):\n        t.append(i)\n    return len(t)\nprint(f(10))\n";
    let (_, _, report) = run_both(src);
    assert!(report.contains("regions compiled 0,"), "{report}");
    assert!(report.contains("loops declined (contains attribute access): 1"), "{report}");
}

#[test]
fn thousands_of_regions_are_compiled_and_freed() {
    let (mut vm, cap) = vm_with(Mode::Always);
    for n in 0..3000 {
        // A new code object each time. `del f` breaks the function/globals
        // cycle (the VM has no cycle collector yet), so the code dies.
        let src = format!(
            "def f():\n    t = 0\n    for i in range({n}, {n} + 3):\n        t += i\n    return t\nf()\ndel f\n"
        );
        let _ = brisk::run_in(&mut vm, &src, "t.py");
        vm.codes.clear();
    }
    assert!(cap.borrow().err.is_empty(), "{}", cap.borrow().err);
    let jit = jit_of(&vm);
    assert!(jit.totals.compiled >= 3000, "{}", jit.report());
    assert!(jit.live_regions() <= 200, "regions are freed when their code dies: {} live", jit.live_regions());
    assert!(jit.totals.freed >= 2800, "{}", jit.totals.freed);
}

#[test]
fn a_code_object_shared_by_two_vms_runs_each_tiers_own_regions() {
    // Both tiers number their regions from 0, and the slots live in the
    // shared code object: each tier must recognise the other's ids as
    // not its own and compile its own region.
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    u = 1\n    while u < n:\n        u = u * 2\n    return t, u\nprint(f(100))\nprint(f(1000))\n";
    let code = brisk::compile::compile(src, "t.py").expect("compiles");
    let (mut a, a_cap) = vm_with(Mode::Always);
    let (mut b, b_cap) = vm_with(Mode::Always);
    for _ in 0..2 {
        let _ = brisk::run_code(&mut a, code.clone());
        let _ = brisk::run_code(&mut b, code.clone());
    }
    let expected = "(4950, 128)\n(499500, 1024)\n".repeat(2);
    assert_eq!(a_cap.borrow().out, expected);
    assert_eq!(b_cap.borrow().out, expected);
    assert!(jit_of(&a).totals.compiled >= 2 && jit_of(&b).totals.compiled >= 2);
}

/// The code object of the function `name` defined at the top of `module`.
fn function_code(module: &brisk::objects::Code, name: &str) -> Rc<brisk::objects::Code> {
    module
        .consts
        .iter()
        .find_map(|c| match c {
            brisk::objects::Value::Code(c) if c.qualname.as_str() == name => Some(c.clone()),
            _ => None,
        })
        .expect("the function's code is a constant of the module")
}

/// The back-edges (`JUMP_BACKWARD` family) of `code` and their forms.
fn back_edges(code: &brisk::objects::Code) -> Vec<(usize, brisk::bytecode::Op)> {
    use brisk::bytecode::Op;
    (0..code.instrs.len())
        .map(|ip| (ip, code.instrs[ip].get().op))
        .filter(|(_, op)| op.family() == Op::JUMP_BACKWARD)
        .collect()
}

#[test]
fn a_declined_loop_is_rewritten_and_never_offered_again() {
    use brisk::bytecode::Op;
    use brisk::vm::tier::BLACKLISTED;
    // The loop calls a global: declined at the first back-edge, after
    // which its back-edge is the plain one and the tier hears no more of it.
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += abs(i)\n    return t\nfor k in range(50):\n    r = f(300)\nprint(r)\n";
    let code = brisk::compile::compile(src, "t.py").expect("compiles");
    let f = function_code(&code, "f");
    let (mut vm, cap) = vm_with(Mode::On);
    let _ = brisk::run_code(&mut vm, code.clone());
    assert_eq!(cap.borrow().out, "44850\n");
    let edges = back_edges(&f);
    assert_eq!(edges.len(), 1);
    let (at, op) = edges[0];
    assert_eq!(op, Op::JUMP_BACKWARD_NO_JIT);
    assert_eq!(f.jit_slots[at].get(), BLACKLISTED);
    let declined: u64 = jit_of(&vm).totals.declined.values().sum();
    // (The module's own loop runs 50 times: never hot under `--jit=on`.)
    assert_eq!(declined, 1, "{}", jit_of(&vm).report());
    let _ = brisk::run_code(&mut vm, code);
    let again: u64 = jit_of(&vm).totals.declined.values().sum();
    assert_eq!(again, declined, "a blacklisted loop is not translated again");
}

#[test]
fn a_region_that_keeps_exiting_through_guards_is_blacklisted_and_no_longer_entered() {
    use brisk::bytecode::Op;
    // Every iteration overflows `x * 3` (x = 2**62): each entry leaves
    // through the overflow guard at once, so the region cannot pay off.
    let src = "def f(x):\n    i = 0\n    t = False\n    while i < 10:\n        t = x * 3 > 0\n        i = i + 1\n    return t, i\nfor k in range(20):\n    r = f(2 ** 62)\nprint(r)\n";
    let (out, _, _) = run_both(src);
    assert_eq!(out, "(True, 10)\n");
    let code = brisk::compile::compile(src, "t.py").expect("compiles");
    let f = function_code(&code, "f");
    let (mut vm, _) = vm_with(Mode::Always);
    let _ = brisk::run_code(&mut vm, code.clone());
    let jit = jit_of(&vm);
    assert_eq!(jit.totals.blacklisted, 1, "{}", jit.report());
    let overflows = jit.totals.exits.get(&ExitKind::Overflow).copied().unwrap_or(0);
    assert!(overflows >= 16, "{}", jit.report());
    assert!(back_edges(&f).iter().all(|(_, op)| *op == Op::JUMP_BACKWARD_NO_JIT));
    // Twenty more calls: no entry, no exit, no compile.
    let compiled = jit.totals.compiled;
    let exits: u64 = jit.totals.exits.values().sum();
    let _ = brisk::run_code(&mut vm, code);
    let jit = jit_of(&vm);
    assert_eq!(jit.totals.compiled, compiled);
    assert_eq!(jit.totals.exits.values().sum::<u64>(), exits, "{}", jit.report());
    assert_eq!(jit.live_regions(), 0);
}

#[test]
fn an_index_out_of_range_leaves_at_the_subscript_with_its_traceback() {
    let src = "def f(a, n):\n    t = 0\n    i = 0\n    while i < n:\n        t += a[i]\n        i += 1\n    return t\nprint(f(list(range(50)), 50), f([1, 2, 3], 3))\nf([7] * 20, 21)\n";
    let (out, err, report) = run_both(src);
    assert_eq!(out, "1225 6\n");
    assert!(err.contains("line 5, in f") && err.contains("IndexError: list index out of range"), "{err}");
    assert!(report.contains("object guard"), "{report}");
    assert!(exits(src, ExitKind::ObjectGuard) >= 1);
}

#[test]
fn negative_indexes_and_stores_through_aliases_match_the_interpreter() {
    let src = "def f(a, b):\n    for i in range(len(a)):\n        b[-i - 1] = a[i] * 2 + b[i - 1]\n    return b\nx = list(range(40))\nprint(f(x, x)[:6], f(x, [0] * 40)[-4:])\nf(x, [0] * 39)\n";
    let (out, err, _) = run_both(src);
    assert!(out.starts_with('['), "{out}");
    assert!(err.contains("line 3, in f") && err.contains("IndexError"), "{err}");
}

#[test]
fn an_item_of_another_kind_leaves_through_the_object_guard_and_resumes() {
    // Compiled for a list of ints; a float, a bool and then a str come along.
    let src = "def f(a):\n    t = 0\n    for i in range(len(a)):\n        t = t + a[i]\n    return t\nprint(f([1] * 50 + [0.5] + [True] * 3))\nprint(f([2] * 40 + ['x']))\n";
    let (out, err, _) = run_both(src);
    assert_eq!(out, "53.5\n");
    assert!(err.contains("line 4, in f") && err.contains("TypeError"), "{err}");
    assert!(exits(src, ExitKind::ObjectGuard) >= 1);
}

#[test]
fn a_list_resized_between_entries_is_indexed_by_its_new_length() {
    // The loop is compiled while the list is long, then the list shrinks
    // and grows between entries (the region never caches a length).
    let src = "def f(a, n):\n    t = 0\n    for i in range(n):\n        t += a[i] * (i + 1)\n    return t\na = list(range(100))\nr = [f(a, 100)]\ndel a[10:]\nr.append(f(a, 10))\na.extend([5] * 200)\nr.append(f(a, 210))\nprint(r)\nf(a, 211)\n";
    let (out, err, _) = run_both(src);
    assert_eq!(out, "[333300, 330, 110830]\n");
    assert!(err.contains("IndexError"), "{err}");
}

#[test]
fn a_list_iterator_in_registers_of_helpers_sees_stores_and_exhausts() {
    let src = "def f(xs):\n    n = 0\n    t = 0.0\n    for x in xs:\n        if n + 1 < len(xs):\n            xs[n + 1] = xs[n + 1] + x\n        t = t + x\n        n += 1\n    return n, t\nprint(f([1.0] * 60), f([0.5] * 30 + [2] + [1.0] * 5))\n";
    let (_, _, _) = run_both(src);
    let src2 = "def g(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\nit = iter(list(range(100)))\nprint(g(it), g(it), g([]), g([3] * 20 + [0.5]))\n";
    let (out, _, _) = run_both(src2);
    assert_eq!(out, "4950 0 0 60.5\n");
    assert!(exits(src2, ExitKind::ListDone) >= 1);
    assert!(exits(src2, ExitKind::ObjectGuard) >= 1);
}

#[test]
fn a_store_that_would_free_an_object_with_a_finalizer_is_left_to_the_interpreter() {
    let src = "class D:\n    def __del__(self):\n        print('del')\ndef f(a):\n    for i in range(len(a)):\n        a[i] = i\n    return a[-1]\nprint(f([0] * 20 + [D()] + [0] * 10 + [D()]), f([0] * 30))\n";
    let (out, _, _) = run_both(src);
    assert_eq!(out, "del\ndel\n31 29\n");
    assert!(exits(src, ExitKind::ObjectGuard) >= 1);
}

#[test]
fn a_list_subclass_is_never_indexed_by_compiled_code() {
    let src = "class L(list):\n    def __getitem__(self, i):\n        return 7\ndef f(a):\n    t = 0\n    for i in range(len(a)):\n        t += a[i]\n    return t\nprint(f(list(range(100))), f(L(range(100))))\n";
    let (out, _, _) = run_both(src);
    assert_eq!(out, "4950 700\n");
}

#[test]
fn a_float_power_that_would_raise_leaves_for_the_interpreter() {
    let src = "def f(xs):\n    t = 0.0\n    for i in range(len(xs)):\n        t = t + xs[i] ** 0.5 + xs[i] ** 2.0\n    return t\nprint(f([4.0] * 50 + [0.0, -2.0]))\ndef g(xs):\n    t = 0.0\n    for i in range(len(xs)):\n        t = t + xs[i] ** -1.0\n    return t\nprint(g([2.0] * 40))\ng([2.0] * 40 + [0.0])\n";
    let (_, err, _) = run_both(src);
    assert!(err.contains("ZeroDivisionError") && err.contains("line 10, in g"), "{err}");
}

#[test]
fn comprehensions_and_len_of_globals_compile_and_follow_rebinding() {
    // Under `On`, so LOAD_GLOBAL and CALL are specialized when compiled.
    let src = "K = 3\ndef f(xs):\n    return [x * K for x in xs]\ndef g(a):\n    i = 0\n    t = 0\n    while i < len(a):\n        t += a[i]\n        i += 1\n    return t\nr = [sum(f(list(range(1000)))), g(list(range(1000)))]\nK = 0.5\nr.append(sum(f(list(range(1000)))))\ndef len(x):\n    return 3\nr.append(g(list(range(1000))))\nprint(r)\n";
    let (out, _, report) = run_both_in(Mode::On, src);
    assert_eq!(out, "[1498500, 499500, 249750.0, 3]\n");
    assert!(report.contains("regions compiled 2,"), "{report}");
    assert!(report.contains("object guard"), "{report}");
}

#[test]
fn an_empty_cell_read_in_a_compiled_loop_raises_from_the_interpreter() {
    let src = "def outer():\n    def inner(n):\n        t = 0\n        for i in range(n):\n            if i == 50:\n                t += later\n            t += i\n        return t\n    r = []\n    later = 7\n    r.append(inner(100))\n    del later\n    try:\n        inner(100)\n    except NameError as e:\n        r.append(str(e))\n    return r\nprint(outer())\n";
    let (out, _, _) = run_both(src);
    assert!(out.contains("free variable 'later'") && out.contains("4957"), "{out}");
    assert!(exits(src, ExitKind::ObjectGuard) >= 1);
}
