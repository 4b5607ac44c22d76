//! The disassembler, derived from the instruction table: prints code
//! objects like CPython's `dis` (line, offset, name, argument, meaning).

use std::fmt::Write;

use super::{ArgKind, BinOp, CmpOp, Op};
use crate::compile::code::Code;
use crate::objects::Value;

/// Human-readable meaning of an instruction's argument.
pub fn arg_meaning(code: &Code, op: Op, arg: u32) -> String {
    let name = |i: usize| code.names.get(i).map(|n| n.as_str().to_owned()).unwrap_or_default();
    match op.arg_kind() {
        ArgKind::None | ArgKind::Count => match op {
            Op::CONVERT_VALUE => ["", "str", "repr", "ascii"].get(arg as usize).unwrap_or(&"").to_string(),
            Op::IS_OP => {
                if arg == 1 {
                    "is not".into()
                } else {
                    "is".into()
                }
            }
            Op::CONTAINS_OP => {
                if arg == 1 {
                    "not in".into()
                } else {
                    "in".into()
                }
            }
            _ => String::new(),
        },
        ArgKind::Const => code.consts.get(arg as usize).map(const_repr).unwrap_or_default(),
        ArgKind::Name => name(arg as usize),
        ArgKind::NameFlag => {
            let n = name((arg >> 1) as usize);
            match (op, arg & 1) {
                (Op::LOAD_GLOBAL, 1) => format!("NULL + {n}"),
                (Op::LOAD_ATTR, 1) => format!("{n} + NULL|self"),
                _ => n,
            }
        }
        ArgKind::Local => code.varnames.get(arg as usize).map(|n| n.as_str().to_owned()).unwrap_or_default(),
        ArgKind::Deref => {
            let i = arg as usize;
            let ncell = code.cellvars.len();
            if i < ncell {
                code.cellvars[i].as_str().to_owned()
            } else {
                code.freevars.get(i - ncell).map(|n| n.as_str().to_owned()).unwrap_or_default()
            }
        }
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinaryOp => {
            let (b, inplace) = BinOp::decode(arg);
            if inplace {
                format!("{}=", b.symbol())
            } else {
                b.symbol().to_owned()
            }
        }
        ArgKind::CompareOp => CmpOp::from_arg(arg).symbol().to_owned(),
    }
}

fn const_repr(v: &Value) -> String {
    match v {
        Value::Code(c) => format!("<code object {} at line {}>", c.name.as_str(), c.first_line),
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Value::Slice(s) => format!("slice({}, {}, {})", const_repr(&s.start), const_repr(&s.stop), const_repr(&s.step)),
        other => format!("{other:?}"),
    }
}

/// Disassembles `code` and, recursively, the code objects among its constants.
/// `extra` may add a column per instruction (the adaptive view uses it).
pub fn disassemble(code: &Code, extra: &dyn Fn(&Code, usize) -> String) -> String {
    let mut out = String::new();
    disassemble_into(code, extra, &mut out);
    out
}

fn disassemble_into(code: &Code, extra: &dyn Fn(&Code, usize) -> String, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {} at line {}>:", code.qualname.as_str(), code.first_line);
    let targets: Vec<u32> =
        code.instrs.iter().map(|c| c.get()).filter(|i| i.op.arg_kind() == ArgKind::Jump).map(|i| i.arg).collect();
    let mut last_line = 0;
    for (ip, cell) in code.instrs.iter().enumerate() {
        let ins = cell.get();
        let line = code.line_at(ip);
        if line != last_line && ip > 0 {
            out.push('\n');
        }
        let line_col = if line != last_line { format!("{line:>4}") } else { "    ".to_owned() };
        last_line = line;
        let marker = if targets.contains(&(ip as u32)) { ">>" } else { "  " };
        let arg = if ins.op.arg_kind() == ArgKind::None { String::new() } else { ins.arg.to_string() };
        let meaning = arg_meaning(code, ins.op, ins.arg);
        let meaning = if meaning.is_empty() { String::new() } else { format!("({meaning})") };
        let more = extra(code, ip);
        let _ = writeln!(out, "{line_col} {marker} {ip:>5} {:<28} {arg:>5} {meaning}{more}", ins.op.name());
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in code.exc_table.iter() {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", e.start, e.end.saturating_sub(1), e.target, e.depth);
        }
    }
    for c in code.consts.iter() {
        if let Value::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, extra, out);
        }
    }
}

/// The extra column of `dis --adaptive`: counter and counts of adaptive
/// instructions, after a run has quickened them.
pub fn adaptive_column(code: &Code, ip: usize) -> String {
    let ins = code.instrs[ip].get();
    let Some(c) = code.cache_of(&ins) else { return String::new() };
    let s = &c.stats;
    let mut out = format!(
        "  [{}; counter {}; {} generic, {} hits, {} misses",
        crate::specialize::stats::instr_state(ins.op, c),
        c.counter.get().value(),
        s.generic.get(),
        s.hits.get(),
        s.misses.get()
    );
    if s.deopts.get() > 0 {
        let _ = write!(out, ", {} deopts", s.deopts.get());
    }
    if let Some(f) = s.last_failure.get() {
        let _ = write!(out, "; last failure: {}", f.describe());
    }
    out.push(']');
    out
}
