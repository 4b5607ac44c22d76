//! Variable annotations (`x: int = 1`) in module and class bodies: CPython
//! stores them in the scope's `__annotations__` dict, which dataclasses,
//! `typing.NamedTuple` and friends read. Annotations of function locals
//! are not evaluated, as in CPython.

use rustpython_parser::ast;

use super::symtable::ScopeKind;
use super::{CompileError, Compiler};
use crate::bytecode::Op;
use crate::objects::Value;

type R = Result<(), CompileError>;

/// Whether a body annotates a simple name, looking into compound
/// statements but not into nested functions or classes.
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl Compiler<'_> {
    /// [func] → [func] with `func.__annotations__` set from the parameter and
    /// return annotations, evaluated at definition time as in CPython.
    pub(super) fn function_annotations(&mut self, args: &ast::Arguments, returns: Option<&ast::Expr>) -> R {
        let mut items: Vec<(&str, &ast::Expr)> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(t) = &a.def.annotation {
                items.push((a.def.arg.as_str(), t));
            }
        }
        if let Some(t) = args.vararg.as_ref().and_then(|v| v.annotation.as_deref().map(|t| (v.arg.as_str(), t))) {
            items.push(t);
        }
        for a in &args.kwonlyargs {
            if let Some(t) = &a.def.annotation {
                items.push((a.def.arg.as_str(), t));
            }
        }
        if let Some(t) = args.kwarg.as_ref().and_then(|v| v.annotation.as_deref().map(|t| (v.arg.as_str(), t))) {
            items.push(t);
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(());
        }
        self.emit(Op::COPY, 1);
        let n = items.len() as u32;
        for (name, ann) in items {
            self.load_const(Value::str(name));
            self.expr(ann)?;
        }
        self.emit(Op::BUILD_MAP, n);
        self.emit(Op::SWAP, 2);
        let idx = self.unit().name_index("__annotations__");
        self.emit(Op::STORE_ATTR, idx);
        Ok(())
    }

    /// At the start of a module or class body: `__annotations__ = {}` if needed.
    pub(super) fn setup_annotations(&mut self, body: &[ast::Stmt]) {
        if has_annotations(body) {
            self.emit(Op::BUILD_MAP, 0);
            let idx = self.unit().name_index("__annotations__");
            self.emit(Op::STORE_NAME, idx);
        }
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let records = matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class);
        if let (ast::Expr::Name(n), true, true) = (&*a.target, a.simple, records) {
            self.expr(&a.annotation)?;
            let idx = self.unit().name_index("__annotations__");
            self.emit(Op::LOAD_NAME, idx);
            self.load_const(Value::str(n.id.as_str()));
            self.emit(Op::STORE_SUBSCR, 0);
        }
        Ok(())
    }
}
