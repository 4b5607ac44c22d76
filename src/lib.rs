//! Brisk: a specializing adaptive Python interpreter.
//!
//! Pipeline: source → `rustpython-parser` AST → `compile` (symbol table,
//! code generator) → `bytecode` → `vm` (the eval loop, with `objects`,
//! `builtins` and `modules` underneath).

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod introspect;
pub mod memory;
pub mod modules;
pub mod objects;
pub mod specialize;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use std::rc::Rc;

use compile::CompileError;
use objects::Value;
use vm::{ExcType, Host, PyErr, Vm, VmOptions};

/// Turns a compile error into a Python `SyntaxError` instance.
pub fn compile_error_to_exc(vm: &mut Vm, e: &CompileError) -> PyErr {
    let kind = match e.kind {
        "IndentationError" => ExcType::IndentationError,
        "TabError" => ExcType::TabError,
        _ => ExcType::SyntaxError,
    };
    let cls = vm.exc_class(kind);
    let details = Value::tuple(vec![
        Value::str(&e.filename),
        Value::Int(e.line as i64),
        Value::Int(e.column as i64 + 1),
        e.text.as_deref().map(Value::str).unwrap_or(Value::None),
    ]);
    PyErr::Exc(vm.new_exception(cls, vec![Value::str(&e.msg), details]))
}

/// How a program run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// An uncaught exception; the text is the traceback as printed.
    Error(String),
    /// `sys.exit(code)`.
    Exit(i32),
}

/// The CPython-style report of a syntax error.
pub fn format_compile_error(e: &CompileError) -> String {
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.line);
    if let Some(text) = &e.text {
        let trimmed = text.trim_start();
        let indent = text.len() - trimmed.len();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let caret = e.column.saturating_sub(indent);
        out.push_str(&format!("    {}^\n", " ".repeat(caret)));
    }
    out.push_str(&format!("{}: {}\n", e.kind, e.msg));
    out
}

/// Compiles and runs a program in a fresh VM; prints uncaught errors to the host's stderr.
pub fn run_source(source: &str, filename: &str, host: Box<dyn Host>, options: VmOptions) -> (Outcome, Vm) {
    let mut vm = Vm::new(host, options);
    let outcome = run_in(&mut vm, source, filename);
    (outcome, vm)
}

/// Compiles and runs a program in an existing VM.
pub fn run_in(vm: &mut Vm, source: &str, filename: &str) -> Outcome {
    let code = match compile::compile(source, filename) {
        Ok(c) => c,
        Err(e) => {
            let text = format_compile_error(&e);
            vm.host.flush();
            vm.host.write_stderr(&text);
            return Outcome::Error(text);
        }
    };
    run_code(vm, code)
}

/// Runs compiled module code as `__main__`.
pub fn run_code(vm: &mut Vm, code: Rc<compile::code::Code>) -> Outcome {
    let result = vm.run_main(code);
    vm.run_finalizers();
    let outcome = match result {
        Ok(_) => Outcome::Ok,
        Err(e) => {
            if vm.err_matches(&e, ExcType::SystemExit) {
                let exc = vm.normalize(e);
                let code = exc.exc().and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None);
                match code {
                    Value::None => Outcome::Exit(0),
                    Value::Int(n) => Outcome::Exit(n as i32),
                    Value::Bool(b) => Outcome::Exit(i32::from(b)),
                    other => {
                        let msg = vm.str_of(&other).unwrap_or_default();
                        vm.host.flush();
                        vm.host.write_stderr(&format!("{msg}\n"));
                        Outcome::Exit(1)
                    }
                }
            } else {
                let text = vm.format_traceback(&e);
                vm.host.flush();
                vm.host.write_stderr(&text);
                Outcome::Error(text)
            }
        }
    };
    // The program's output goes out before the exit's finalizers run.
    vm.host.flush();
    vm.finalize_main();
    vm.host.flush();
    outcome
}

/// The `--stats` report for everything this VM ran.
pub fn stats_text(vm: &Vm) -> String {
    let codes = specialize::stats::all_codes(&vm.codes);
    specialize::stats::text_report(&codes, vm.events.total, vm.options.quicken)
}

/// The `--stats-json` document (the playground reads the same structure).
pub fn stats_json(vm: &Vm) -> String {
    let codes = specialize::stats::all_codes(&vm.codes);
    specialize::stats::json_report(&codes, vm.events.iter(), vm.events.total, vm.options.quicken)
}
