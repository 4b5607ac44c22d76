//! Machine-readable views of compiled code, for the browser build and tools:
//! the disassembly as JSON (the same data as `brisk dis`), and the tracker
//! that reports which instructions the specializer rewrote since it last
//! looked (the "changes" of the page's live snapshots).
//!
//! Target-independent, so it is unit-tested natively; `src/wasm.rs` hands the
//! JSON text to `JSON.parse`. Code objects are numbered in pre-order (the
//! module first, then each nested code object where it appears among the
//! constants), which is also the order `brisk dis` prints them in: compiling
//! the same source twice gives the same numbering, so the page can draw the
//! table from `disassemble(source)` and apply a run's changes to it.

use std::fmt::Write;
use std::rc::Rc;

use crate::bytecode::dis::arg_meaning;
use crate::bytecode::{ArgKind, Op};

pub mod live;
use crate::compile::code::Code;
use crate::objects::Value;
pub use live::LiveTracker;

/// Every code object reachable from `root`, in pre-order.
pub fn code_objects(root: &Rc<Code>) -> Vec<Rc<Code>> {
    let mut out = Vec::new();
    // An explicit stack: nesting depth is bounded by the compiler, but a
    // loop costs nothing and cannot grow the native stack.
    let mut stack = vec![root.clone()];
    while let Some(code) = stack.pop() {
        let children: Vec<Rc<Code>> = code
            .consts
            .iter()
            .filter_map(|c| match c {
                Value::Code(inner) => Some(inner.clone()),
                _ => None,
            })
            .collect();
        out.push(code);
        stack.extend(children.into_iter().rev());
    }
    out
}

/// Appends `s` as a JSON string literal.
pub fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_json_str(&mut out, s);
    out
}

/// `{"error": null, "code_objects": [...]}` for compiled code.
pub fn disassembly_json(root: &Rc<Code>) -> String {
    let codes = code_objects(root);
    let mut out = String::from("{\"error\":null,\"code_objects\":[");
    for (id, code) in codes.iter().enumerate() {
        if id > 0 {
            out.push(',');
        }
        let parent =
            codes.iter().position(|c| c.consts.iter().any(|k| matches!(k, Value::Code(x) if Rc::ptr_eq(x, code))));
        push_code_json(&mut out, id, parent.map(|p| codes[p].id), code);
    }
    out.push_str("]}");
    out
}

/// The instruction set as JSON, from the one table in `bytecode`: the
/// page's legend. `[{"name", "family", "adaptive", "specialized", "doc"}]`.
pub fn opcodes_json() -> String {
    let mut out = String::from("[");
    for (i, op) in Op::ALL.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"name\":{},\"family\":{},\"adaptive\":{},\"specialized\":{},\"doc\":{}}}",
            json_str(op.name()),
            json_str(op.family().name()),
            op.is_adaptive(),
            op.is_specialized(),
            json_str(op.doc()),
        );
    }
    out.push(']');
    out
}

/// `{"error": "<the SyntaxError report>", "code_objects": []}`.
pub fn error_json(report: &str) -> String {
    format!("{{\"error\":{},\"code_objects\":[]}}", json_str(report))
}

/// `index` is the pre-order position; `id` and `parent` are `Code::id`s
/// (unique per compilation, the ids that statistics and events use).
fn push_code_json(out: &mut String, index: usize, parent: Option<u32>, code: &Code) {
    let parent = parent.map_or("null".to_owned(), |p| p.to_string());
    let _ = write!(
        out,
        "{{\"index\":{index},\"id\":{},\"parent\":{parent},\"name\":{},\"qualname\":{},\"filename\":{},\"first_line\":{},\"instructions\":[",
        code.id,
        json_str(code.name.as_str()),
        json_str(code.qualname.as_str()),
        json_str(code.filename()),
        code.first_line,
    );
    let targets = jump_targets(code);
    for (ip, cell) in code.instrs.iter().enumerate() {
        if ip > 0 {
            out.push(',');
        }
        let ins = cell.get();
        let arg = if ins.op.arg_kind() == ArgKind::None { "null".to_owned() } else { ins.arg.to_string() };
        let _ = write!(
            out,
            "{{\"offset\":{ip},\"line\":{},\"opname\":{},\"family\":{},\"specialized\":{},\"arg\":{arg},\"argrepr\":{},\"is_jump_target\":{}}}",
            code.line_at(ip),
            json_str(ins.op.name()),
            json_str(ins.op.family().name()),
            ins.op != ins.op.family(),
            json_str(&arg_meaning(code, ins.op, ins.arg)),
            targets.get(ip).copied().unwrap_or(false),
        );
    }
    out.push_str("],\"exception_table\":[");
    for (i, e) in code.exc_table.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ =
            write!(out, "{{\"start\":{},\"end\":{},\"target\":{},\"depth\":{}}}", e.start, e.end, e.target, e.depth);
    }
    out.push_str("]}");
}

/// For each instruction, whether some jump lands on it.
fn jump_targets(code: &Code) -> Vec<bool> {
    let mut targets = vec![false; code.instrs.len()];
    for cell in code.instrs.iter() {
        let ins = cell.get();
        if ins.op.arg_kind() == ArgKind::Jump {
            if let Some(t) = targets.get_mut(ins.arg as usize) {
                *t = true;
            }
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(src: &str) -> Rc<Code> {
        crate::compile::compile(src, "<test>").expect("compiles")
    }

    #[test]
    fn code_objects_are_in_dis_order() {
        let code = compile("def f():\n    def g():\n        pass\nclass C:\n    def m(self):\n        pass\n");
        let names: Vec<String> = code_objects(&code).iter().map(|c| c.qualname.as_str().to_owned()).collect();
        assert_eq!(names, ["<module>", "f", "f.<locals>.g", "C", "C.m"]);
        let text = crate::bytecode::dis::disassemble(&code, &|_, _| String::new());
        let printed: Vec<&str> =
            text.lines().filter_map(|l| l.strip_prefix("Disassembly of <code object ")?.split(' ').next()).collect();
        assert_eq!(printed, names);
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}é"), "\"a\\\"b\\\\c\\nd\\u0001é\"");
    }

    #[test]
    fn disassembly_lists_every_instruction() {
        let code = compile("x = 1\nfor i in range(3):\n    x = x + i\n");
        let json = disassembly_json(&code);
        let start = format!(
            "{{\"error\":null,\"code_objects\":[{{\"index\":0,\"id\":{},\"parent\":null,\"name\":\"<module>\"",
            code.id
        );
        assert!(json.starts_with(&start), "{json}");
        assert_eq!(json.matches("\"offset\":").count(), code.instrs.len());
        assert!(json.contains("\"opname\":\"BINARY_OP\",\"family\":\"BINARY_OP\",\"specialized\":false"));
        assert!(json.contains("\"argrepr\":\"+\""));
        assert!(json.contains("\"is_jump_target\":true"));
    }

    #[test]
    fn nested_code_objects_name_their_parent() {
        let code = compile("def f():\n    return [x for x in ()]\n");
        let json = disassembly_json(&code);
        let codes = code_objects(&code);
        let f = format!("{{\"index\":1,\"id\":{},\"parent\":{},\"name\":\"f\"", codes[1].id, codes[0].id);
        let comp = format!("{{\"index\":2,\"id\":{},\"parent\":{},\"name\":\"<listcomp>\"", codes[2].id, codes[1].id);
        assert!(json.contains(&f), "{json}");
        assert!(json.contains(&comp), "{json}");
    }

    #[test]
    fn opcodes_come_from_the_table() {
        let json = opcodes_json();
        assert_eq!(json.matches("\"name\":").count(), Op::ALL.len());
        assert!(json.contains(
            "{\"name\":\"BINARY_OP_ADD_INT\",\"family\":\"BINARY_OP\",\"adaptive\":true,\"specialized\":true,"
        ));
        assert!(json.contains(&format!("\"doc\":{}", json_str(Op::BINARY_OP_ADD_INT.doc()))));
    }

    #[test]
    fn error_json_carries_the_report() {
        assert_eq!(error_json("SyntaxError: x\n"), "{\"error\":\"SyntaxError: x\\n\",\"code_objects\":[]}");
    }
}
