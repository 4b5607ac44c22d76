//! Statements: control flow, definitions, exception handling.

use std::rc::Rc;

use rustpython_parser::ast::{self, Ranged};

use super::symtable::{Resolution, ScopeKind};
use super::unit::{FBlockKind, Label};
use super::{CompileError, Compiler};
use crate::bytecode::{BinOp, Op};
use crate::objects::Value;

type R = Result<(), CompileError>;

#[derive(Copy, Clone, PartialEq, Eq)]
pub(super) enum NameCtx {
    Load,
    Store,
    Del,
}

/// Labels and depth of a `try` statement's handler (`Compiler::try_body`).
pub(super) struct TryLabels {
    pub handler: Label,
    pub cleanup: Label,
    pub end: Label,
    pub depth: u32,
}

impl Compiler<'_> {
    pub(super) fn module_body(&mut self, body: &[ast::Stmt]) -> R {
        if let Some(doc) = docstring(body) {
            self.load_const(Value::str(doc));
            self.name_op("__doc__", NameCtx::Store);
        }
        self.setup_annotations(body);
        self.stmts(body)?;
        self.load_const(Value::None);
        self.emit(Op::RETURN_VALUE, 0);
        Ok(())
    }

    pub(super) fn stmts(&mut self, body: &[ast::Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn load_const(&mut self, v: Value) {
        let i = self.unit().const_index(v);
        self.emit(Op::LOAD_CONST, i);
    }

    /// Emits the load, store or delete of a name, as the symbol table resolved it.
    pub(super) fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let scope = self.scope();
        let res = scope.resolve(name);
        let kind = scope.kind;
        let deref_index = |s: &super::symtable::Scope| -> u32 {
            if let Some(i) = s.cellvars.iter().position(|c| c == name) {
                i as u32
            } else {
                (s.cellvars.len() + s.freevars.iter().position(|c| c == name).unwrap_or(0)) as u32
            }
        };
        let idx = deref_index(scope);
        let function_like = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        match (res, ctx) {
            (Resolution::Cell | Resolution::Free, NameCtx::Load) if kind == ScopeKind::Class => {
                self.emit(Op::LOAD_FROM_DICT_OR_DEREF, idx)
            }
            (Resolution::Cell | Resolution::Free, NameCtx::Load) => self.emit(Op::LOAD_DEREF, idx),
            (Resolution::Cell | Resolution::Free, NameCtx::Store) => self.emit(Op::STORE_DEREF, idx),
            (Resolution::Cell | Resolution::Free, NameCtx::Del) => self.emit(Op::DELETE_DEREF, idx),
            (Resolution::Local, _) if function_like => {
                let i = self.unit().varname_index(name);
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_FAST,
                    NameCtx::Store => Op::STORE_FAST,
                    NameCtx::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            (Resolution::GlobalExplicit, _) | (Resolution::GlobalImplicit, _) if function_like => {
                let i = self.mangled_name_index(name);
                match ctx {
                    NameCtx::Load => self.emit(Op::LOAD_GLOBAL, i << 1),
                    NameCtx::Store => self.emit(Op::STORE_GLOBAL, i),
                    NameCtx::Del => self.emit(Op::DELETE_GLOBAL, i),
                }
            }
            (Resolution::GlobalExplicit, _) => {
                let i = self.mangled_name_index(name);
                match ctx {
                    NameCtx::Load => self.emit(Op::LOAD_GLOBAL, i << 1),
                    NameCtx::Store => self.emit(Op::STORE_GLOBAL, i),
                    NameCtx::Del => self.emit(Op::DELETE_GLOBAL, i),
                }
            }
            _ => {
                let i = self.mangled_name_index(name);
                let op = match ctx {
                    NameCtx::Load => Op::LOAD_NAME,
                    NameCtx::Store => Op::STORE_NAME,
                    NameCtx::Del => Op::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
    }

    fn jump(&mut self, op: Op, label: Label) {
        self.emit(op, label);
    }

    fn stmt(&mut self, s: &ast::Stmt) -> R {
        use ast::Stmt::*;
        let line = self.src.line_of(s.start().to_usize());
        self.unit().line = line;
        match s {
            FunctionDef(f) => self.function_def(f, f.name.as_str(), &f.args, &f.body, &f.decorator_list, s),
            AsyncFunctionDef(f) => self.function_def(f, f.name.as_str(), &f.args, &f.body, &f.decorator_list, s),
            ClassDef(c) => self.class_def(c),
            Return(r) => self.return_stmt(s, r.value.as_deref()),
            Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            AugAssign(a) => self.aug_assign(a),
            AnnAssign(a) => self.ann_assign(a),
            For(f) => self.for_stmt(f),
            While(w) => self.while_stmt(w),
            If(i) => self.if_stmt(i),
            With(w) => self.with_stmt(&w.items, &w.body),
            Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, false),
            TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, true),
            Assert(a) => {
                let end = self.unit().new_label();
                self.condition(&a.test)?;
                self.jump(Op::POP_JUMP_IF_TRUE, end);
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Op::PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(Op::CALL, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.unit().bind_label(end);
                Ok(())
            }
            Import(i) => {
                for alias in &i.names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let idx = self.unit().name_index(alias.name.as_str());
                    self.emit(Op::IMPORT_NAME, idx);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = alias.name.as_str().split('.').collect();
                            for p in &parts[1..] {
                                let idx = self.unit().name_index(p);
                                self.emit(Op::IMPORT_FROM, idx);
                                self.emit(Op::SWAP, 2);
                                self.emit(Op::POP_TOP, 0);
                            }
                            self.name_op(asname.as_str(), NameCtx::Store);
                        }
                        None => {
                            let top = alias.name.as_str().split('.').next().unwrap_or("");
                            self.name_op(top, NameCtx::Store);
                        }
                    }
                }
                Ok(())
            }
            ImportFrom(i) => {
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                self.load_const(Value::Int(level as i64));
                let names: Vec<Value> = i.names.iter().map(|a| Value::str(a.name.as_str())).collect();
                self.load_const(Value::tuple(names));
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let idx = self.unit().name_index(module);
                self.emit(Op::IMPORT_NAME, idx);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::IMPORT_STAR, 0);
                    return Ok(());
                }
                for alias in &i.names {
                    let idx = self.unit().name_index(alias.name.as_str());
                    self.emit(Op::IMPORT_FROM, idx);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(bound.as_str(), NameCtx::Store);
                }
                self.emit(Op::POP_TOP, 0);
                Ok(())
            }
            Global(_) | Nonlocal(_) | Pass(_) => Ok(()),
            Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::POP_TOP, 0);
                Ok(())
            }
            Break(_) => self.break_continue(s, true),
            Continue(_) => self.break_continue(s, false),
            AsyncFor(f) => self.async_for(f),
            AsyncWith(w) => self.async_with(w),
            Match(m) => self.match_stmt(m),
            TypeAlias(t) => Err(self.err_r("'type' statements are not supported", t.range)),
        }
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> R {
        let else_label = self.unit().new_label();
        let end = self.unit().new_label();
        self.condition(&i.test)?;
        self.jump(Op::POP_JUMP_IF_FALSE, else_label);
        self.stmts(&i.body)?;
        if !i.orelse.is_empty() {
            if !self.unit().last_is_terminal() {
                self.jump(Op::JUMP_FORWARD, end);
            }
            self.unit().bind_label(else_label);
            self.stmts(&i.orelse)?;
        } else {
            self.unit().bind_label(else_label);
        }
        self.unit().bind_label(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> R {
        let start = self.unit().new_label();
        let orelse = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind_label(start);
        self.condition(&w.test)?;
        self.jump(Op::POP_JUMP_IF_FALSE, orelse);
        self.unit().push_fblock(FBlockKind::WhileLoop { start, end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::JUMP_BACKWARD, start);
        self.unit().bind_label(orelse);
        self.stmts(&w.orelse)?;
        self.unit().bind_label(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> R {
        let start = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GET_ITER, 0);
        self.unit().bind_label(start);
        self.jump(Op::FOR_ITER, cleanup);
        self.unit().push_fblock(FBlockKind::ForLoop { start, end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::JUMP_BACKWARD, start);
        self.unit().bind_label(cleanup);
        self.stmts(&f.orelse)?;
        self.unit().bind_label(end);
        Ok(())
    }

    fn break_continue(&mut self, s: &ast::Stmt, is_break: bool) -> R {
        self.check_not_in_except_star(s, true)?;
        let loop_pos = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b.kind, FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }));
        let Some(pos) = loop_pos else {
            let what = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.err(what, s));
        };
        self.unwind_fblocks(pos + 1)?;
        let (start, end, is_for) = match self.unit().fblocks[pos].kind {
            FBlockKind::WhileLoop { start, end } => (start, end, false),
            FBlockKind::ForLoop { start, end } => (start, end, true),
            _ => unreachable!("loop block"),
        };
        if is_break {
            if is_for {
                self.emit(Op::POP_TOP, 0);
            }
            self.jump(Op::JUMP_FORWARD, end);
        } else {
            self.jump(Op::JUMP_BACKWARD, start);
        }
        Ok(())
    }

    fn return_stmt(&mut self, s: &ast::Stmt, value: Option<&ast::Expr>) -> R {
        self.check_not_in_except_star(s, false)?;
        if let Some(v) = value {
            let scope = self.scope();
            if scope.is_coroutine && scope.has_yield {
                return Err(self.err("'return' with value in async generator", v));
            }
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::None),
        }
        if self.unit().fblocks.iter().any(|b| !matches!(b.kind, FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept)) {
            let tmp = self.unit().new_temp();
            self.emit(Op::STORE_FAST, tmp);
            self.unwind_fblocks(0)?;
            self.emit(Op::LOAD_FAST, tmp);
        }
        self.emit(Op::RETURN_VALUE, 0);
        Ok(())
    }

    /// Emits the cleanup of every block above `keep` (innermost first), as
    /// when `return`/`break`/`continue` leaves them. The blocks and handlers
    /// are restored afterwards for the code that follows.
    fn unwind_fblocks(&mut self, keep: usize) -> R {
        let saved_blocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().handler_stack.clone();
        while self.unit().fblocks.len() > keep {
            let block = self.unit().fblocks.pop().expect("block");
            self.unit().handler_stack.truncate(block.handler_len);
            match block.kind {
                FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept | FBlockKind::ExceptStarHandler => {}
                FBlockKind::ForLoop { .. } => self.emit(Op::POP_TOP, 0),
                FBlockKind::FinallyTry { body } => self.stmts(&body)?,
                FBlockKind::FinallyEnd => {
                    self.emit(Op::POP_TOP, 0);
                    self.emit(Op::POP_EXCEPT, 0);
                }
                FBlockKind::HandlerCleanup { name } => {
                    self.emit(Op::POP_EXCEPT, 0);
                    if let Some(n) = name {
                        self.load_const(Value::None);
                        self.name_op(&n, NameCtx::Store);
                        self.name_op(&n, NameCtx::Del);
                    }
                }
                FBlockKind::With => self.call_exit_normally(),
                FBlockKind::AsyncWith => self.call_aexit_normally(),
            }
        }
        self.unit().fblocks = saved_blocks;
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on top of the stack; pops it.
    pub(super) fn call_exit_normally(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::CALL, 2);
        self.emit(Op::POP_TOP, 0);
    }

    /// The cleanup a handler body needs: restore the previous exception and re-raise.
    pub(super) fn emit_handler_cleanup(&mut self, label: Label) {
        self.unit().bind_label(label);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
        star: bool,
    ) -> R {
        if finalbody.is_empty() {
            return self.try_handlers(body, handlers, orelse, star);
        }
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let depth = self.unit().block_depth();
        self.unit().push_handler(handler, depth);
        self.unit().push_fblock(FBlockKind::FinallyTry { body: finalbody.to_vec() });
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_handlers(body, handlers, orelse, star)?;
        }
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(finalbody)?;
        self.jump(Op::JUMP_FORWARD, end);
        // Exceptional path: [exc] → run the finally body, then re-raise.
        self.unit().bind_label(handler);
        self.unit().push_handler(cleanup, depth + 1);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.unit().push_fblock(FBlockKind::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::RERAISE, 0);
        self.unit().pop_handler();
        self.emit_handler_cleanup(cleanup);
        self.unit().bind_label(end);
        Ok(())
    }

    /// `try` with `except` clauses, or with `except*` ones when `star`.
    fn try_handlers(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        star: bool,
    ) -> R {
        if star {
            self.try_star_except(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// The part `try ... except` and `try ... except*` share: the body
    /// under a handler, then the `else` block and a jump to the end.
    /// Returns the (handler, cleanup, end) labels and the block depth.
    pub(super) fn try_body(&mut self, body: &[ast::Stmt], orelse: &[ast::Stmt]) -> Result<TryLabels, CompileError> {
        let handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        let depth = self.unit().block_depth();
        self.unit().push_handler(handler, depth);
        self.unit().push_fblock(FBlockKind::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(orelse)?;
        self.jump(Op::JUMP_FORWARD, end);
        Ok(TryLabels { handler, cleanup, end, depth })
    }

    fn try_except(&mut self, body: &[ast::Stmt], handlers: &[ast::ExceptHandler], orelse: &[ast::Stmt]) -> R {
        let TryLabels { handler, cleanup, end, depth } = self.try_body(body, orelse)?;

        self.unit().bind_label(handler);
        self.unit().push_handler(cleanup, depth + 1);
        self.emit(Op::PUSH_EXC_INFO, 0);
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.unit().line = self.src.line_of(h.range.start().to_usize());
            let next = self.unit().new_label();
            match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CHECK_EXC_MATCH, 0);
                    self.jump(Op::POP_JUMP_IF_FALSE, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(self.err_r("default 'except:' must be last", h.range));
                }
                None => {}
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_owned());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.emit(Op::POP_TOP, 0),
            }
            self.unit().push_fblock(FBlockKind::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::POP_EXCEPT, 0);
            if let Some(n) = &name {
                self.load_const(Value::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.jump(Op::JUMP_FORWARD, end);
            self.unit().bind_label(next);
        }
        // No clause matched: re-raise (through the cleanup handler).
        self.emit(Op::RERAISE, 0);
        self.unit().pop_handler();
        self.emit_handler_cleanup(cleanup);
        self.unit().bind_label(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &[ast::WithItem], body: &[ast::Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc_handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let suppress = self.unit().new_label();
        let end = self.unit().new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::BEFORE_WITH, 0);
        let depth = self.unit().block_depth();
        self.unit().push_handler(exc_handler, depth + 1);
        self.unit().push_fblock(FBlockKind::With);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.call_exit_normally();
        self.jump(Op::JUMP_FORWARD, end);
        // [exit, exc] → ask __exit__ whether to suppress.
        self.unit().bind_label(exc_handler);
        self.unit().push_handler(cleanup, depth + 2);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.unit().pop_handler();
        self.unit().bind_label(suppress);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.jump(Op::JUMP_FORWARD, end);
        self.emit_handler_cleanup(cleanup);
        self.unit().bind_label(end);
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> R {
        let op = binop_arg(&a.op) + BinOp::INPLACE;
        match &*a.target {
            ast::Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let idx = self.mangled_name_index(at.attr.as_str());
                self.emit(Op::LOAD_ATTR, idx << 1);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_ATTR, idx);
            }
            ast::Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            other => return Err(self.err("'expression' is an illegal expression for augmented assignment", other)),
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &ast::Expr) -> R {
        match t {
            ast::Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name_index(a.attr.as_str());
                self.emit(Op::STORE_ATTR, idx);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::STORE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)?
            }
            ast::Expr::Starred(s) => {
                return Err(self.err_r("starred assignment target must be in a list or tuple", s.range))
            }
            other => return Err(self.err("cannot assign to expression", other)),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &[ast::Expr], node: &ast::Expr) -> R {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        match star {
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
            Some(i) => {
                if elts.iter().filter(|e| matches!(e, ast::Expr::Starred(_))).count() > 1 {
                    return Err(self.err("multiple starred expressions in assignment", node));
                }
                let after = elts.len() - i - 1;
                self.emit(Op::UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
        }
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &ast::Expr) -> R {
        match t {
            ast::Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Del),
            ast::Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name_index(a.attr.as_str());
                self.emit(Op::DELETE_ATTR, idx);
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DELETE_SUBSCR, 0);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.err("cannot delete expression", other)),
        }
        Ok(())
    }

    /// Pushes defaults/kwdefaults and returns MAKE_FUNCTION's flags (closure added later).
    pub(super) fn push_defaults(&mut self, args: &ast::Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        let defaults: Vec<&ast::Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> =
            args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                self.load_const(Value::str(name));
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kwdefaults.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes the cells a nested code object closes over; returns whether any.
    fn push_closure(&mut self, code: &crate::objects::Code) -> bool {
        if code.freevars.is_empty() {
            return false;
        }
        for name in code.freevars.iter() {
            let scope = self.scope();
            let idx = if let Some(i) = scope.cellvars.iter().position(|c| c == name.as_str()) {
                i
            } else {
                scope.cellvars.len() + scope.freevars.iter().position(|c| c == name.as_str()).unwrap_or(0)
            };
            self.emit(Op::LOAD_CLOSURE, idx as u32);
        }
        self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
        true
    }

    /// Emits MAKE_FUNCTION for a finished code object.
    pub(super) fn make_function(&mut self, code: Rc<crate::objects::Code>, mut flags: u32) {
        if self.push_closure(&code) {
            flags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MAKE_FUNCTION, flags);
    }

    /// Sets up parameters of a new unit from `args`.
    pub(super) fn set_params(&mut self, args: &ast::Arguments) {
        let scope_varnames = self.scope().varnames.clone();
        let u = self.unit();
        u.varnames = scope_varnames;
        u.posonlyargcount = args.posonlyargs.len();
        u.argcount = args.posonlyargs.len() + args.args.len();
        u.kwonlyargcount = args.kwonlyargs.len();
        u.varargs = args.vararg.is_some();
        u.varkeywords = args.kwarg.is_some();
        // CPython's order: positional, keyword-only, *args, **kwargs.
        let mut order: Vec<String> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            order.push(a.def.arg.as_str().to_owned());
        }
        if let Some(v) = &args.vararg {
            order.push(v.arg.as_str().to_owned());
        }
        if let Some(k) = &args.kwarg {
            order.push(k.arg.as_str().to_owned());
        }
        let rest: Vec<String> = u.varnames.iter().filter(|n| !order.contains(n)).cloned().collect();
        order.extend(rest);
        u.varnames = order;
    }

    fn function_def<N: Ranged + 'static>(
        &mut self,
        node: &N,
        name: &str,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        decorators: &[ast::Expr],
        stmt: &ast::Stmt,
    ) -> R {
        for d in decorators {
            self.expr(d)?;
            self.emit(Op::PUSH_NULL, 0);
        }
        let flags = self.push_defaults(args)?;
        let scope = self.table.scope_for(node);
        let line = self.src.line_of(stmt.start().to_usize());
        self.enter_scope(scope, name, line);
        // co_firstlineno is the first decorator's line, as in CPython
        // (inspect.getsource starts there); the body keeps its own lines.
        if let Some(d) = decorators.first() {
            self.unit().first_line = self.src.line_of(d.start().to_usize()).min(line);
        }
        self.set_params(args);
        // A docstring becomes the first constant (CPython's convention).
        let doc = docstring(body);
        self.unit().const_index(doc.map(Value::str).unwrap_or(Value::None));
        self.stmts(body)?;
        // Always end with a return: a label may point just past the body.
        self.load_const(Value::None);
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_scope()?;
        self.unit().line = line;
        self.make_function(code, flags);
        let returns = match stmt {
            ast::Stmt::FunctionDef(f) => f.returns.as_deref(),
            ast::Stmt::AsyncFunctionDef(f) => f.returns.as_deref(),
            _ => None,
        };
        self.function_annotations(args, returns)?;
        for _ in decorators {
            self.emit(Op::CALL, 1);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> R {
        for d in &c.decorator_list {
            self.expr(d)?;
            self.emit(Op::PUSH_NULL, 0);
        }
        let line = self.src.line_of(c.range.start().to_usize());
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        self.emit(Op::PUSH_NULL, 0);
        let scope = self.table.scope_for(c);
        self.enter_scope(scope, c.name.as_str(), line);
        if let Some(d) = c.decorator_list.first() {
            self.unit().first_line = self.src.line_of(d.start().to_usize()).min(line);
        }
        let qualname = self.unit().qualname.clone();
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Value::str(&qualname));
        self.name_op("__qualname__", NameCtx::Store);
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Value::str(doc));
            self.name_op("__doc__", NameCtx::Store);
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        if self.scope().needs_class_cell {
            let idx = self.scope().cellvars.iter().position(|n| n == "__class__").unwrap_or(0);
            self.emit(Op::LOAD_CLOSURE, idx as u32);
            let i = self.unit().name_index("__classcell__");
            self.emit(Op::STORE_NAME, i);
        }
        self.load_const(Value::None);
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_scope()?;
        self.unit().line = line;
        self.make_function(code, 0);
        self.load_const(Value::str(c.name.as_str()));
        for b in &c.bases {
            self.expr(b)?;
        }
        let nargs = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(Op::CALL, nargs);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                let Some(arg) = &k.arg else {
                    return Err(self.err_r("**kwargs in class definitions is not supported", k.range));
                };
                self.expr(&k.value)?;
                names.push(Value::str(arg.as_str()));
            }
            let n = names.len() as u32;
            self.load_const(Value::tuple(names));
            self.emit(Op::CALL_KW, nargs + n);
        }
        for _ in &c.decorator_list {
            self.emit(Op::CALL, 1);
        }
        self.name_op(c.name.as_str(), NameCtx::Store);
        Ok(())
    }
}

pub(super) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn binop_arg(op: &ast::Operator) -> u32 {
    use ast::Operator::*;
    let b = match op {
        Add => BinOp::Add,
        Sub => BinOp::Subtract,
        Mult => BinOp::Multiply,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDivide,
        Mod => BinOp::Remainder,
        Pow => BinOp::Power,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDivide,
    };
    b as u32
}
