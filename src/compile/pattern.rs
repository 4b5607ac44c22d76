//! The `match` statement (PEP 634), compiled as CPython does.
//!
//! Each pattern receives its subject on top of the stack and consumes it.
//! While a pattern runs it may leave more items above the case's base
//! (sequence items, a mapping's keys tuple, ...); `on_top` counts them. A
//! failed test jumps to `fail_pop[on_top]`: a ladder of `POP_TOP`s emitted
//! after the case, so every failure path leaves the stack as it found it.
//! Names are bound as soon as their sub-pattern matches (PEP 634 allows
//! bindings of a failed match to persist).

use rustpython_parser::ast::{self, Ranged};

use super::expr::constant;
use super::stmt::NameCtx;
use super::unit::Label;
use super::{CompileError, Compiler};
use crate::bytecode::{CmpOp, Op};
use crate::objects::Value;

type R = Result<(), CompileError>;

/// The failure ladder of one case (or one alternative of an or-pattern).
struct PatternCtx {
    fail_pop: Vec<Label>,
    on_top: u32,
    /// Names bound so far, to check that alternatives agree.
    bound: Vec<String>,
}

impl Compiler<'_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.unit().new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            if !last && case.guard.is_none() && irrefutable(&case.pattern) {
                return Err(self.unreachable_error(&case.pattern));
            }
            self.set_line_of(&case.pattern);
            if !last {
                self.emit(Op::COPY, 1);
            }
            let mut pc = PatternCtx { fail_pop: Vec::new(), on_top: 1, bound: Vec::new() };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                self.emit(Op::TO_BOOL, 0);
                let fail = self.fail_label(&mut pc, 0);
                self.emit(Op::POP_JUMP_IF_FALSE, fail);
            }
            if !last {
                self.emit(Op::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            if !self.unit().last_is_terminal() {
                self.emit(Op::JUMP_FORWARD, end);
            }
            self.emit_fail_ladder(&pc);
        }
        self.unit().bind_label(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, n: u32) -> Label {
        while pc.fail_pop.len() <= n as usize {
            let l = self.unit().new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n as usize]
    }

    /// A conditional jump to the failure ladder with `on_top` items left.
    fn jump_fail(&mut self, op: Op, pc: &mut PatternCtx) {
        let l = self.fail_label(pc, pc.on_top);
        self.emit(op, l);
    }

    /// `fail_pop[k]: POP_TOP` for k from the highest down; `fail_pop[0]` falls through.
    fn emit_fail_ladder(&mut self, pc: &PatternCtx) {
        for (k, label) in pc.fail_pop.iter().enumerate().rev() {
            self.unit().bind_label(*label);
            if k > 0 {
                self.emit(Op::POP_TOP, 0);
            }
        }
    }

    fn unreachable_error(&self, p: &ast::Pattern) -> CompileError {
        match capture_name(p) {
            Some(name) => self.err(format!("name capture '{name}' makes remaining patterns unreachable"), p),
            None => self.err("wildcard makes remaining patterns unreachable", p),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern, pc: &mut PatternCtx) -> R {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
                self.emit(Op::TO_BOOL, 0);
                pc.on_top -= 1;
                self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
            }
            MatchSingleton(s) => {
                self.load_const(constant(&s.value).unwrap_or(Value::None));
                self.emit(Op::IS_OP, 0);
                pc.on_top -= 1;
                self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
            }
            MatchAs(a) => self.as_pattern(a, pc)?,
            MatchStar(s) => self.capture(s.name.as_ref().map(|n| n.as_str()), p, pc)?,
            MatchSequence(s) => self.sequence_pattern(&s.patterns, pc)?,
            MatchMapping(m) => self.mapping_pattern(m, pc)?,
            MatchClass(c) => self.class_pattern(c, pc)?,
            MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    /// Stores the subject into `name` (or drops it for `_`).
    fn capture(&mut self, name: Option<&str>, node: &ast::Pattern, pc: &mut PatternCtx) -> R {
        match name {
            Some(n) => {
                if pc.bound.iter().any(|b| b == n) {
                    return Err(self.err(format!("multiple assignments to name '{n}' in pattern"), node));
                }
                pc.bound.push(n.to_owned());
                self.name_op(n, NameCtx::Store);
            }
            None => self.emit(Op::POP_TOP, 0),
        }
        pc.on_top -= 1;
        Ok(())
    }

    fn as_pattern(&mut self, a: &ast::PatternMatchAs, pc: &mut PatternCtx) -> R {
        let node = ast::Pattern::MatchAs(a.clone());
        match &a.pattern {
            None => self.capture(a.name.as_ref().map(|n| n.as_str()), &node, pc),
            Some(inner) => {
                self.emit(Op::COPY, 1);
                pc.on_top += 1;
                self.pattern(inner, pc)?;
                self.capture(a.name.as_ref().map(|n| n.as_str()), &node, pc)
            }
        }
    }

    fn sequence_pattern(&mut self, patterns: &[ast::Pattern], pc: &mut PatternCtx) -> R {
        let star = patterns.iter().position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        if patterns.iter().filter(|p| matches!(p, ast::Pattern::MatchStar(_))).count() > 1 {
            let second = patterns.iter().filter(|p| matches!(p, ast::Pattern::MatchStar(_))).nth(1);
            if let Some(p) = second {
                return Err(self.err("multiple starred names in sequence pattern", p));
            }
        }
        self.emit(Op::MATCH_SEQUENCE, 0);
        self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
        let n = patterns.len();
        self.emit(Op::GET_LEN, 0);
        match star {
            None => {
                self.load_const(Value::Int(n as i64));
                self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
            }
            Some(_) => {
                self.load_const(Value::Int(n as i64 - 1));
                self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
            }
        }
        self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
        match star {
            None => self.emit(Op::UNPACK_SEQUENCE, n as u32),
            Some(i) => self.emit(Op::UNPACK_EX, (i as u32) | (((n - i - 1) as u32) << 8)),
        }
        pc.on_top = pc.on_top - 1 + n as u32;
        for p in patterns {
            self.pattern(p, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &ast::PatternMatchMapping, pc: &mut PatternCtx) -> R {
        self.emit(Op::MATCH_MAPPING, 0);
        self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
        let n = m.keys.len();
        if n > 0 {
            self.emit(Op::GET_LEN, 0);
            self.load_const(Value::Int(n as i64));
            self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
            self.jump_fail(Op::POP_JUMP_IF_FALSE, pc);
        }
        self.check_duplicate_keys(&m.keys)?;
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Op::BUILD_TUPLE, n as u32);
        pc.on_top += 1;
        self.emit(Op::MATCH_KEYS, 0);
        pc.on_top += 1;
        self.emit(Op::COPY, 1);
        self.jump_fail(Op::POP_JUMP_IF_NONE, pc);
        self.emit(Op::UNPACK_SEQUENCE, n as u32);
        pc.on_top = pc.on_top - 1 + n as u32;
        for p in &m.patterns {
            self.pattern(p, pc)?;
        }
        // Stack: subject, keys.
        match &m.rest {
            Some(rest) => {
                self.emit(Op::COPY_DICT_WITHOUT_KEYS, 0);
                let node = ast::Pattern::MatchStar(ast::PatternMatchStar { range: m.range, name: Some(rest.clone()) });
                self.capture(Some(rest.as_str()), &node, pc)?;
                self.emit(Op::POP_TOP, 0);
                pc.on_top -= 1;
            }
            None => {
                self.emit(Op::POP_TOP, 0);
                self.emit(Op::POP_TOP, 0);
                pc.on_top -= 2;
            }
        }
        Ok(())
    }

    /// Literal keys must be distinct (a SyntaxError, as CPython).
    fn check_duplicate_keys(&self, keys: &[ast::Expr]) -> R {
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let ast::Expr::Constant(c) = k {
                let text = format!("{:?}", c.value);
                if seen.contains(&text) {
                    let shown = constant(&c.value).map(const_repr).unwrap_or_default();
                    return Err(self.err(format!("mapping pattern checks duplicate key ({shown})"), k));
                }
                seen.push(text);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &ast::PatternMatchClass, pc: &mut PatternCtx) -> R {
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].iter().any(|b| b.as_str() == a.as_str()) {
                let at = c.kwd_patterns.get(i).map(|p| p.start()).unwrap_or(c.start());
                let msg = format!("attribute name repeated in class pattern: {}", a.as_str());
                return Err(CompileError::syntax(msg, &self.src, at.to_usize()));
            }
        }
        self.expr(&c.cls)?;
        let names: Vec<Value> = c.kwd_attrs.iter().map(|a| Value::str(a.as_str())).collect();
        self.load_const(Value::tuple(names));
        self.emit(Op::MATCH_CLASS, c.patterns.len() as u32);
        self.emit(Op::COPY, 1);
        self.jump_fail(Op::POP_JUMP_IF_NONE, pc);
        let n = c.patterns.len() + c.kwd_patterns.len();
        self.emit(Op::UNPACK_SEQUENCE, n as u32);
        pc.on_top = pc.on_top - 1 + n as u32;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            self.pattern(p, pc)?;
        }
        Ok(())
    }

    /// Each alternative works on a copy of the subject with its own failure
    /// ladder; the first that matches drops the original and jumps past the rest.
    fn or_pattern(&mut self, o: &ast::PatternMatchOr, pc: &mut PatternCtx) -> R {
        let end = self.unit().new_label();
        let mut first_names: Option<Vec<String>> = None;
        let outer_bound = pc.bound.clone();
        for alt in &o.patterns {
            self.emit(Op::COPY, 1);
            let mut sub = PatternCtx { fail_pop: Vec::new(), on_top: 1, bound: outer_bound.clone() };
            self.pattern(alt, &mut sub)?;
            let mut names: Vec<String> = sub.bound[outer_bound.len()..].to_vec();
            names.sort();
            match &first_names {
                None => first_names = Some(names),
                Some(f) if *f != names => return Err(self.err("alternative patterns bind different names", alt)),
                Some(_) => {}
            }
            self.emit(Op::POP_TOP, 0);
            self.emit(Op::JUMP_FORWARD, end);
            self.emit_fail_ladder(&sub);
        }
        self.jump_fail(Op::JUMP_FORWARD, pc);
        self.unit().bind_label(end);
        if let Some(names) = first_names {
            pc.bound.extend(names);
        }
        pc.on_top -= 1;
        Ok(())
    }
}

/// Whether a pattern matches anything (a capture or `_`, possibly in an or).
fn irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.as_deref().is_none_or(irrefutable),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}

fn capture_name(p: &ast::Pattern) -> Option<&str> {
    match p {
        ast::Pattern::MatchAs(a) => match &a.pattern {
            None => a.name.as_ref().map(|n| n.as_str()),
            Some(inner) => capture_name(inner),
        },
        ast::Pattern::MatchOr(o) => o.patterns.iter().find(|p| irrefutable(p)).and_then(capture_name),
        _ => None,
    }
}

/// The repr of a literal key, for the duplicate-key message.
fn const_repr(v: Value) -> String {
    match v {
        Value::Str(s) => format!("'{}'", s.as_str()),
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.to_owned(),
        Value::None => "None".to_owned(),
        Value::Float(f) => format!("{f:?}"),
        _ => "...".to_owned(),
    }
}
