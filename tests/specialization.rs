//! The specializer, family by family: each test runs a small program,
//! checks that an instruction became the expected specialized form, then
//! changes the operand types and checks that the misses are counted, the
//! results stay right, and the instruction is specialized again (for the
//! new types) after the cooldown.

use std::cell::RefCell;
use std::rc::Rc;

use brisk::bytecode::Op;
use brisk::compile::code::Code;
use brisk::specialize::counter::COOLDOWN;
use brisk::specialize::events::EventKind;
use brisk::specialize::stats::all_codes;
use brisk::vm::{Host, Vm, VmOptions};

struct SharedHost(Rc<RefCell<String>>);

impl Host for SharedHost {
    fn write_stdout(&mut self, s: &str) {
        self.0.borrow_mut().push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.0.borrow_mut().push_str(s);
    }
    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
}

fn run_with(src: &str, quicken: bool) -> (Vm, String) {
    let out = Rc::new(RefCell::new(String::new()));
    let options = VmOptions { quicken, ..VmOptions::default() };
    let (outcome, vm) = brisk::run_source(src, "<test>", Box::new(SharedHost(out.clone())), options);
    assert_eq!(outcome, brisk::Outcome::Ok, "program failed:\n{}", out.borrow());
    let text = out.borrow().clone();
    (vm, text)
}

fn run(src: &str) -> (Vm, String) {
    let (vm, out) = run_with(src, true);
    let (_, plain) = run_with(src, false);
    assert_eq!(out, plain, "quickening changed the output");
    (vm, out)
}

fn code_named(vm: &Vm, name: &str) -> Rc<Code> {
    all_codes(&vm.codes).into_iter().find(|c| c.name.as_str() == name).expect("code object")
}

/// The offsets of the instructions of `family` in `code`.
fn offsets(code: &Code, family: Op) -> Vec<usize> {
    (0..code.instrs.len()).filter(|&ip| code.instrs[ip].get().op.family() == family).collect()
}

/// The only instruction of `family` in function `func`.
fn only(vm: &Vm, func: &str, family: Op) -> (Rc<Code>, usize) {
    let code = code_named(vm, func);
    let offs = offsets(&code, family);
    assert_eq!(offs.len(), 1, "{func} has {} {} instructions", offs.len(), family.name());
    (code, offs[0])
}

fn op_at(code: &Code, ip: usize) -> Op {
    code.instrs[ip].get().op
}

/// Checks the life of one instruction: specialized as `first`, then missed
/// at least a cooldown's worth of times, then specialized as `second`.
fn check_respecialized(vm: &Vm, code: &Code, ip: usize, first: Op, second: Op) {
    let ins = code.instrs[ip].get();
    let cache = code.cache_of(&ins).expect("an adaptive instruction has a cache");
    let kinds: Vec<(EventKind, Op)> =
        vm.events.iter().filter(|e| e.code_id == code.id && e.offset as usize == ip).map(|e| (e.kind, e.to)).collect();
    assert_eq!(kinds.first(), Some(&(EventKind::Specialize, first)), "events: {kinds:?}");
    assert!(kinds.contains(&(EventKind::Miss, first)), "a miss is logged: {kinds:?}");
    assert_eq!(kinds.last(), Some(&(EventKind::Specialize, second)), "events: {kinds:?}");
    assert!(cache.stats.misses.get() >= u64::from(COOLDOWN), "misses: {}", cache.stats.misses.get());
    assert!(cache.stats.hits.get() > 0);
    assert_eq!(op_at(code, ip), second);
}

/// A program that calls `f(a, b)` 100 times with the first operands, then
/// 100 times with the second, printing a running total of the results.
fn two_phase(body: &str, first: &str, second: &str) -> String {
    format!(
        "{body}\nacc = []\nfor i in range(100):\n    acc.append(f({first}))\nprint(acc[-1])\nfor i in range(100):\n    acc.append(f({second}))\nprint(acc[-1], len(acc))\n"
    )
}

#[test]
fn binary_op_int_then_float() {
    let src = two_phase("def f(a, b):\n    return a + b", "i, 1", "i * 0.5, 0.25");
    let (vm, out) = run(&src);
    assert_eq!(out, "100\n49.75 200\n");
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    check_respecialized(&vm, &code, ip, Op::BINARY_OP_ADD_INT, Op::BINARY_OP_ADD_FLOAT);
}

#[test]
fn binary_op_int_overflow_takes_the_generic_path() {
    let src = "def f(a, b):\n    return a * b\nx = 1\nfor i in range(80):\n    x = f(x, 3)\nprint(x)\n";
    let (vm, out) = run(src);
    assert_eq!(out, format!("{}\n", num_bigint::BigInt::from(3).pow(80u32)));
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    let ins = code.instrs[ip].get();
    let cache = code.cache_of(&ins).unwrap();
    assert!(cache.stats.hits.get() >= 30, "small products ran specialized");
    assert!(cache.stats.misses.get() > 0, "overflow counted as a miss");
}

#[test]
fn binary_op_str_and_extend() {
    let src = two_phase("def f(a, b):\n    return a + b", "'x', 'y'", "i, 2.5");
    let (vm, out) = run(&src);
    assert_eq!(out, "xy\n101.5 200\n");
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    check_respecialized(&vm, &code, ip, Op::BINARY_OP_ADD_UNICODE, Op::BINARY_OP_EXTEND);
}

#[test]
fn inplace_add_unicode_appends() {
    let src =
        "def f(n):\n    s = ''\n    for i in range(n):\n        s += 'ab'\n    return s\nprint(len(f(1000)), f(3))\n";
    let (vm, out) = run(src);
    assert_eq!(out, "2000 ababab\n");
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    assert_eq!(op_at(&code, ip), Op::BINARY_OP_INPLACE_ADD_UNICODE);
}

#[test]
fn compare_op_int_then_str() {
    let src = two_phase("def f(a, b):\n    return a < b", "i, 50", "str(i), '5'");
    let (vm, out) = run(&src);
    assert_eq!(out, "False\nFalse 200\n");
    let (code, ip) = only(&vm, "f", Op::COMPARE_OP);
    check_respecialized(&vm, &code, ip, Op::COMPARE_OP_INT, Op::COMPARE_OP_STR);
}

#[test]
fn compare_op_int_takes_bools_then_floats_miss() {
    let src = two_phase("def f(a, b):\n    return a != b", "i % 2 == 0, True", "i / 2, 49.5");
    let (vm, out) = run(&src);
    assert_eq!(out, "True\nFalse 200\n");
    let (code, ip) = only(&vm, "f", Op::COMPARE_OP);
    check_respecialized(&vm, &code, ip, Op::COMPARE_OP_INT, Op::COMPARE_OP_FLOAT);
}

#[test]
fn contains_op_dict_then_set() {
    let src = two_phase("def f(a, b):\n    return a in b", "i, {1: 2, 99: 3}", "i, {98, 99}");
    let (vm, out) = run(&src);
    assert_eq!(out, "True\nTrue 200\n");
    let (code, ip) = only(&vm, "f", Op::CONTAINS_OP);
    check_respecialized(&vm, &code, ip, Op::CONTAINS_OP_DICT, Op::CONTAINS_OP_SET);
}

#[test]
fn to_bool_int_then_list() {
    let src = two_phase("def f(a, b):\n    return not a", "i, 0", "[i] * (i % 2), 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "False\nFalse 200\n");
    let (code, ip) = only(&vm, "f", Op::TO_BOOL);
    check_respecialized(&vm, &code, ip, Op::TO_BOOL_INT, Op::TO_BOOL_LIST);
}

#[test]
fn subscr_list_then_dict() {
    let src = two_phase("def f(a, b):\n    return a[b]", "[1, 2, 3], i % 3", "{'k': i}, 'k'");
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n99 200\n");
    let (code, ip) = only(&vm, "f", Op::BINARY_SUBSCR);
    check_respecialized(&vm, &code, ip, Op::BINARY_SUBSCR_LIST_INT, Op::BINARY_SUBSCR_DICT);
}

#[test]
fn subscr_out_of_range_misses_and_raises() {
    let src = "def f(a, b):\n    return a[b]\nl = [1, 2, 3]\nt = 0\nfor i in range(100):\n    try:\n        t += f(l, i % 4)\n    except IndexError as e:\n        t += 100\nprint(t)\n";
    let (vm, out) = run(src);
    assert_eq!(out, format!("{}\n", 25 * (1 + 2 + 3) + 25 * 100));
    let (code, ip) = only(&vm, "f", Op::BINARY_SUBSCR);
    let cache = code.cache_of(&code.instrs[ip].get()).unwrap();
    assert!(cache.stats.misses.get() > 0);
    assert!(cache.stats.hits.get() > 50);
}

#[test]
fn store_subscr_list_then_dict() {
    let src = "def f(a, b):\n    a[b] = b\n    return a\nl = [0, 0]\nd = {}\nfor i in range(100):\n    f(l, i % 2)\nfor i in range(100):\n    f(d, i)\nprint(l, len(d), d[99])\n";
    let (vm, out) = run(src);
    assert_eq!(out, "[0, 1] 100 99\n");
    let (code, ip) = only(&vm, "f", Op::STORE_SUBSCR);
    check_respecialized(&vm, &code, ip, Op::STORE_SUBSCR_LIST_INT, Op::STORE_SUBSCR_DICT);
}

#[test]
fn unpack_tuple_then_list() {
    let src = two_phase("def f(a, b):\n    x, y = a\n    return x - y", "(i, 1), 0", "[i, 2], 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "98\n97 200\n");
    let (code, ip) = only(&vm, "f", Op::UNPACK_SEQUENCE);
    check_respecialized(&vm, &code, ip, Op::UNPACK_SEQUENCE_TWO_TUPLE, Op::UNPACK_SEQUENCE_LIST);
}

#[test]
fn for_iter_list_then_range() {
    let src =
        two_phase("def f(a, b):\n    t = 0\n    for x in a:\n        t += x\n    return t", "[1, 2], 0", "range(3), 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "3\n3 200\n");
    let (code, ip) = only(&vm, "f", Op::FOR_ITER);
    check_respecialized(&vm, &code, ip, Op::FOR_ITER_LIST, Op::FOR_ITER_RANGE);
}

#[test]
fn for_iter_str_then_list() {
    let src = two_phase(
        "def f(a, b):\n    t = 0\n    for ch in a:\n        t += len(ch)\n    return t",
        "'a\\u00e9z', 0",
        "['xy'], 0",
    );
    let (vm, out) = run(&src);
    assert_eq!(out, "3\n2 200\n");
    let (code, ip) = only(&vm, "f", Op::FOR_ITER);
    check_respecialized(&vm, &code, ip, Op::FOR_ITER_STR, Op::FOR_ITER_LIST);
}

#[test]
fn for_iter_generator() {
    let src = "def g(n):\n    for i in range(n):\n        yield i\ndef f(n):\n    t = 0\n    for x in g(n):\n        t += x\n    return t\nprint(f(100))\n";
    let (vm, out) = run(src);
    assert_eq!(out, "4950\n");
    let (code, ip) = only(&vm, "f", Op::FOR_ITER);
    assert_eq!(op_at(&code, ip), Op::FOR_ITER_GEN);
}

#[test]
fn load_global_module_then_builtin() {
    let src = "def f():\n    return len\nlen = 5\nfor i in range(100):\n    f()\nprint(f())\ndel len\nfor i in range(100):\n    f()\nprint(f())\n";
    let (vm, out) = run(src);
    assert_eq!(out, "5\n<built-in function len>\n");
    let (code, ip) = only(&vm, "f", Op::LOAD_GLOBAL);
    let kinds: Vec<(EventKind, Op)> =
        vm.events.iter().filter(|e| e.code_id == code.id && e.offset as usize == ip).map(|e| (e.kind, e.to)).collect();
    assert_eq!(kinds.first(), Some(&(EventKind::Specialize, Op::LOAD_GLOBAL_MODULE)));
    assert_eq!(op_at(&code, ip), Op::LOAD_GLOBAL_BUILTIN);
}

#[test]
fn load_attr_instance_values_by_shape() {
    let src = "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\nclass B:\n    def __init__(self):\n        self.y = 5\ndef f(o, b):\n    return o.y\n";
    let src = two_phase(src, "A(), 0", "B(), 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "2\n5 200\n");
    let (code, ip) = only(&vm, "f", Op::LOAD_ATTR);
    check_respecialized(&vm, &code, ip, Op::LOAD_ATTR_INSTANCE_VALUE, Op::LOAD_ATTR_INSTANCE_VALUE);
}

#[test]
fn load_attr_sees_deleted_attributes_and_class_changes() {
    let src = "class A:\n    z = 7\n    def __init__(self):\n        self.x = 1\ndef f(o):\n    return o.x\na = A()\nt = 0\nfor i in range(100):\n    t += f(a)\ndel a.x\ntry:\n    f(a)\nexcept AttributeError as e:\n    print(e)\nA.x = 40\nfor i in range(100):\n    t += f(a)\nprint(t)\n";
    let (vm, out) = run(src);
    assert_eq!(out, "'A' object has no attribute 'x'\n4100\n");
    let (code, ip) = only(&vm, "f", Op::LOAD_ATTR);
    // The deletion left the dict without a shared shape: the generic form
    // runs, and says why.
    assert_eq!(op_at(&code, ip), Op::LOAD_ATTR);
    let c = code.cache_of(&code.instrs[ip].get()).unwrap();
    assert_eq!(c.stats.last_failure.get(), Some(brisk::specialize::stats::FailKind::NoSharedShape));
    assert!(c.stats.deopts.get() >= 1);
}

#[test]
fn load_attr_method_forms() {
    let src = "class A:\n    def m(self):\n        return 1\nclass S:\n    __slots__ = ('v',)\n    def m(self):\n        return 2\ndef f(o, b):\n    return o.m()\n";
    let src = two_phase(src, "A(), 0", "S(), 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n2 200\n");
    let (code, ip) = only(&vm, "f", Op::LOAD_ATTR);
    check_respecialized(&vm, &code, ip, Op::LOAD_ATTR_METHOD_WITH_VALUES, Op::LOAD_ATTR_METHOD_NO_DICT);
}

#[test]
fn load_attr_method_site_with_several_classes_goes_poly() {
    let src = "class A:\n    def m(self):\n        return 1\nclass B:\n    def m(self):\n        return 2\nclass C(B):\n    pass\ndef f(o):\n    return o.m()\nobjs = [A(), B(), C()]\nt = 0\nfor i in range(300):\n    t += f(objs[i // 100])\nprint(t)\nfor i in range(300):\n    t += f(objs[i % 3])\nprint(t)\n";
    let (vm, out) = run(src);
    assert_eq!(out, "500\n1000\n");
    let (code, ip) = only(&vm, "f", Op::LOAD_ATTR);
    check_respecialized(&vm, &code, ip, Op::LOAD_ATTR_METHOD_WITH_VALUES, Op::LOAD_ATTR_METHOD_POLY);
    // Once it has seen the three classes, the site stops missing.
    let cache = code.cache_of(&code.instrs[ip].get()).expect("a cache");
    let misses = cache.stats.misses.get();
    let (vm2, _) = run(&format!("{src}for i in range(3000):\n    t += f(objs[i % 3])\n"));
    let (code2, ip2) = only(&vm2, "f", Op::LOAD_ATTR);
    let cache2 = code2.cache_of(&code2.instrs[ip2].get()).expect("a cache");
    assert_eq!(op_at(&code2, ip2), Op::LOAD_ATTR_METHOD_POLY);
    assert_eq!(cache2.stats.misses.get(), misses, "no misses once every class is known");
    // Phases that make the site go polymorphic again and again reuse one row.
    let phases = "for k in range(20):\n    for i in range(200):\n        t += f(objs[0] if k % 2 else objs[i % 3])\n        t += f(5 if k % 4 == 1 and i % 2 else objs[1])\n";
    let (vm3, _) = run(&format!("{src}{}", phases.replace("f(5 if", "f(objs[2] if")));
    let (code3, _) = only(&vm3, "f", Op::LOAD_ATTR);
    assert_eq!(code3.poly_methods.borrow().len(), 1, "one row per polymorphic site");
}

#[test]
fn load_attr_module_class_and_slot() {
    let src = "import math\nclass K:\n    c = 3\nclass S:\n    __slots__ = ('v',)\n    def __init__(self):\n        self.v = 4\ns = S()\ndef f(o, b):\n    return math.pi > 3, K.c, s.v\n";
    let src = two_phase(src, "0, 0", "0, 0");
    let (vm, out) = run(&src);
    assert_eq!(out, "(True, 3, 4)\n(True, 3, 4) 200\n");
    let code = code_named(&vm, "f");
    let forms: Vec<Op> = offsets(&code, Op::LOAD_ATTR).into_iter().map(|ip| op_at(&code, ip)).collect();
    assert_eq!(forms, vec![Op::LOAD_ATTR_MODULE, Op::LOAD_ATTR_CLASS, Op::LOAD_ATTR_SLOT]);
}

#[test]
fn store_attr_adds_and_replaces() {
    let src = "class A:\n    pass\ndef f(o, v):\n    o.x = v\n    return o.x\nclass B:\n    __slots__ = ('x',)\n";
    let src = two_phase(src, "A(), i", "B(), i");
    let (vm, out) = run(&src);
    assert_eq!(out, "99\n99 200\n");
    let (code, ip) = only(&vm, "f", Op::STORE_ATTR);
    check_respecialized(&vm, &code, ip, Op::STORE_ATTR_INSTANCE_VALUE, Op::STORE_ATTR_SLOT);
}

#[test]
fn call_forms() {
    let src = "def g(a, b=2):\n    return a + b\nclass C:\n    def __init__(self, v):\n        self.v = v\n    def m(self):\n        return self.v\ndef f(i):\n    return g(i), g(i, 1), C(i).v, len('ab'), isinstance(i, int), type(i), str(i), C(i).m()\n";
    let src = format!("{src}for i in range(100):\n    r = f(i)\nprint(r)\n");
    let (vm, out) = run(&src);
    assert_eq!(out, "(101, 100, 99, 2, True, <class 'int'>, '99', 99)\n");
    let code = code_named(&vm, "f");
    let forms: Vec<Op> = offsets(&code, Op::CALL).into_iter().map(|ip| op_at(&code, ip)).collect();
    assert_eq!(
        forms,
        vec![
            Op::CALL_PY_WITH_DEFAULTS,
            Op::CALL_PY_EXACT_ARGS,
            Op::CALL_ALLOC_AND_ENTER_INIT,
            Op::CALL_LEN,
            Op::CALL_ISINSTANCE,
            Op::CALL_TYPE_1,
            Op::CALL_STR_1,
            Op::CALL_ALLOC_AND_ENTER_INIT,
            Op::CALL_PY_EXACT_ARGS,
        ]
    );
}

#[test]
fn call_site_that_changes_callee() {
    let src = two_phase(
        "def one(x):\n    return 1\ndef two(x):\n    return 2\ndef f(g, x):\n    return g(x)",
        "one, i",
        "len, [i]",
    );
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n1 200\n");
    let (code, ip) = only(&vm, "f", Op::CALL);
    check_respecialized(&vm, &code, ip, Op::CALL_PY_EXACT_ARGS, Op::CALL_LEN);
}

#[test]
fn call_site_that_sees_several_functions_goes_general() {
    // `one` for a phase, then `two` and a defaults-taking `three` in turn:
    // once the cached function has missed, the site takes any of them.
    let src = two_phase(
        "def one(x):\n    return 1\ndef two(x):\n    return 2\ndef three(x, y=1):\n    return 3\ndef f(g, x):\n    return g(x)",
        "one, i",
        "(two if i % 2 else three), i",
    );
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n2 200\n");
    let (code, ip) = only(&vm, "f", Op::CALL);
    check_respecialized(&vm, &code, ip, Op::CALL_PY_EXACT_ARGS, Op::CALL_PY_GENERAL);
    // The general form then runs both callees without missing.
    let cache = code.cache_of(&code.instrs[ip].get()).expect("a cache");
    let misses = cache.stats.misses.get();
    assert!(misses <= u64::from(COOLDOWN) + 2, "misses after going general: {misses}");
    // Bound methods of several classes: the bound-method form.
    let src = two_phase(
        "class A:\n    def m(self, x):\n        return 1\nclass B:\n    def m(self, x):\n        return 2\nclass C:\n    def m(self, x, y=0):\n        return 3\nA.k = A().m\ndef f(o, x):\n    g = o.m\n    return g(x)",
        "A(), i",
        "(B() if i % 2 else C()), i",
    );
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n2 200\n");
    let (code, ip) = only(&vm, "f", Op::CALL);
    check_respecialized(&vm, &code, ip, Op::CALL_BOUND_METHOD_EXACT_ARGS, Op::CALL_BOUND_METHOD_GENERAL);
    // A callee the general form cannot take (here *args) is a miss with the
    // right answer, then the site specializes for what it sees.
    let src = two_phase(
        "def one(x):\n    return 1\ndef two(x):\n    return 2\ndef star(*a):\n    return len(a)\ndef f(g, x):\n    return g(x)",
        "(one if i % 2 else two), i",
        "star, i",
    );
    let (vm, out) = run(&src);
    assert_eq!(out, "1\n1 200\n");
    let (code, ip) = only(&vm, "f", Op::CALL);
    let cache = code.cache_of(&code.instrs[ip].get()).expect("a cache");
    assert!(cache.stats.misses.get() > 0);
    assert_ne!(op_at(&code, ip), Op::CALL_PY_GENERAL);
}

#[test]
fn init_returning_a_value_is_a_type_error() {
    let src = "class A:\n    def __init__(self):\n        return 3\nn = 0\nfor i in range(50):\n    try:\n        A()\n    except TypeError as e:\n        n += 1\n        msg = str(e)\nprint(n, msg)\n";
    let (_, out) = run(src);
    assert_eq!(out, "50 __init__() should return None, not 'int'\n");
}

#[test]
fn call_kw_and_send() {
    let src = "def g(a, *, k=1):\n    return a * k\ndef inner():\n    yield 1\n    yield 2\ndef outer():\n    yield from inner()\ndef f(i):\n    return g(i, k=2), list(outer())\n";
    let src = format!("{src}for i in range(100):\n    r = f(i)\nprint(r)\n");
    let (vm, out) = run(&src);
    assert_eq!(out, "(198, [1, 2])\n");
    let (code, ip) = only(&vm, "f", Op::CALL_KW);
    assert_eq!(op_at(&code, ip), Op::CALL_KW_PY);
    let (code, ip) = only(&vm, "outer", Op::SEND);
    assert_eq!(op_at(&code, ip), Op::SEND_GEN);
}

#[test]
fn quickening_off_never_rewrites() {
    let src = two_phase("def f(a, b):\n    return a + b", "i, 1", "i, 2");
    let (vm, _) = run_with(&src, false);
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    assert_eq!(op_at(&code, ip), Op::BINARY_OP);
    assert_eq!(vm.events.total, 0);
    let c = code.cache_of(&code.instrs[ip].get()).unwrap();
    assert_eq!(c.stats.generic.get(), 200);
}

#[test]
fn failed_attempts_back_off() {
    // list * int has no specialized form: attempts back off exponentially.
    let src = "def f(a, b):\n    return a * b\nfor i in range(2000):\n    f([1], 2)\n";
    let (vm, _) = run(src);
    let (code, ip) = only(&vm, "f", Op::BINARY_OP);
    let c = code.cache_of(&code.instrs[ip].get()).unwrap();
    let failures = c.stats.failures.get();
    assert!((5..=12).contains(&failures), "{failures} attempts for 2000 executions");
    assert_eq!(op_at(&code, ip), Op::BINARY_OP);
}

#[test]
fn calls_of_fresh_closures_stay_specialized() {
    let src = "def make(k):\n    def add(x):\n        return x + k\n    return add\ndef f(i):\n    return make(i)(1)\nt = 0\nfor i in range(200):\n    t += f(i)\nprint(t)\n";
    let (vm, out) = run(src);
    assert_eq!(out, "20100\n");
    let code = code_named(&vm, "f");
    let ip = offsets(&code, Op::CALL)[1];
    assert_eq!(op_at(&code, ip), Op::CALL_PY_EXACT_ARGS);
    let c = code.cache_of(&code.instrs[ip].get()).unwrap();
    assert_eq!(c.stats.misses.get(), 0, "every closure of `add` shares its code object");
}

#[test]
fn builtin_class_calls_and_powers() {
    let src =
        "def f(i):\n    return float(i) ** 0.5, int(str(i)), i ** 2\nfor i in range(100):\n    r = f(i)\nprint(r)\n";
    let (vm, out) = run(src);
    assert_eq!(out, "(9.9498743710662, 99, 9801)\n");
    let code = code_named(&vm, "f");
    let calls: Vec<Op> = offsets(&code, Op::CALL).into_iter().map(|ip| op_at(&code, ip)).collect();
    assert_eq!(calls, vec![Op::CALL_BUILTIN_CLASS, Op::CALL_STR_1, Op::CALL_BUILTIN_CLASS]);
    let pows: Vec<Op> = offsets(&code, Op::BINARY_OP).into_iter().map(|ip| op_at(&code, ip)).collect();
    assert_eq!(pows, vec![Op::BINARY_OP_EXTEND, Op::BINARY_OP_EXTEND]);
}

#[test]
fn properties_and_getattribute_enter_frames() {
    let src = "class P:\n    def __init__(self):\n        self._v = 3\n    @property\n    def v(self):\n        return self._v * 2\nclass G:\n    def __getattribute__(self, name):\n        return name.upper()\ndef f(p, g):\n    return p.v, g.abc\np, g = P(), G()\nfor i in range(100):\n    r = f(p, g)\nprint(r)\nP.v = property(lambda self: -1)\nprint(f(p, g))\n";
    let (vm, out) = run(src);
    assert_eq!(out, "(6, 'ABC')\n(-1, 'ABC')\n");
    let code = code_named(&vm, "f");
    let forms: Vec<Op> = offsets(&code, Op::LOAD_ATTR).into_iter().map(|ip| op_at(&code, ip)).collect();
    assert_eq!(forms, vec![Op::LOAD_ATTR_PROPERTY, Op::LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN]);
    let ip = offsets(&code, Op::LOAD_ATTR)[0];
    let c = code.cache_of(&code.instrs[ip].get()).unwrap();
    assert_eq!(c.stats.misses.get(), 1, "the class changed: one miss, then the generic path");
}

#[test]
fn superinstructions_only_with_quickening() {
    let src = "def f(a, b):\n    t = a + b\n    u = t\n    return u\nprint(f(1, 2))\n";
    let count = |vm: &Vm| {
        let code = code_named(vm, "f");
        (0..code.instrs.len()).filter(|&ip| op_at(&code, ip).is_superinstruction()).count()
    };
    let (quick, out) = run(src);
    assert_eq!(out, "3\n");
    let code = code_named(&quick, "f");
    assert_eq!(op_at(&code, 0), Op::LOAD_FAST__LOAD_FAST);
    assert_eq!(op_at(&code, 1), Op::LOAD_FAST, "the second half stays in the stream");
    assert!(count(&quick) >= 2);
    let (plain, _) = run_with(src, false);
    assert_eq!(count(&plain), 0, "--no-quicken leaves code unfused");
}
