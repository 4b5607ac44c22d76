//! `try` ... `except*` (PEP 654), compiled as CPython 3.11 does.
//!
//! The handler keeps [prev_exc, orig, raised, rest] on the stack: the
//! exception as caught, a list of what the clauses raise, and the part
//! no clause has matched yet. Each clause's CHECK_EG_MATCH splits `rest`
//! (making the matched part the current exception while its body runs);
//! an exception leaving a body is appended to the list. At the end the
//! unmatched rest joins the list and PREP_RERAISE_STAR decides what, if
//! anything, propagates.

use rustpython_parser::ast::{self, Ranged};

use super::stmt::{NameCtx, TryLabels};
use super::unit::FBlockKind;
use super::{CompileError, Compiler};
use crate::bytecode::Op;
use crate::objects::Value;

type R = Result<(), CompileError>;

impl Compiler<'_> {
    pub(super) fn try_star_except(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
    ) -> R {
        let TryLabels { handler, cleanup, end, depth } = self.try_body(body, orelse)?;

        // [exc] → [prev, orig, [], exc]
        self.unit().bind_label(handler);
        self.unit().push_handler(cleanup, depth + 1);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::COPY, 1);
        self.emit(Op::BUILD_LIST, 0);
        self.emit(Op::SWAP, 2);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.unit().line = self.src.line_of(h.range.start().to_usize());
            let no_match = self.unit().new_label();
            let next = self.unit().new_label();
            let body_raised = self.unit().new_label();
            let Some(t) = &h.type_ else {
                return Err(self.err_r("expected one or more exception types", h.range));
            };
            // [.., rest] → [.., rest', match]
            self.expr(t)?;
            self.emit(Op::CHECK_EG_MATCH, 0);
            self.emit(Op::COPY, 1);
            self.emit(Op::POP_JUMP_IF_NONE, no_match);
            let name = h.name.as_ref().map(|n| n.as_str().to_owned());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.emit(Op::POP_TOP, 0),
            }
            self.unit().push_handler(body_raised, depth + 4);
            self.unit().push_fblock(FBlockKind::ExceptStarHandler);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().pop_handler();
            self.clear_handler_name(name.as_deref());
            self.emit(Op::JUMP_FORWARD, next);
            // [.., rest, raised] → the raised exception joins the list.
            self.unit().bind_label(body_raised);
            self.clear_handler_name(name.as_deref());
            self.emit(Op::LIST_APPEND, 2);
            self.emit(Op::JUMP_FORWARD, next);
            // [.., rest, None]
            self.unit().bind_label(no_match);
            self.emit(Op::POP_TOP, 0);
            self.unit().bind_label(next);
        }
        // [prev, orig, list, rest] → [prev, to_raise]
        let reraise = self.unit().new_label();
        self.emit(Op::LIST_APPEND, 1);
        self.emit(Op::PREP_RERAISE_STAR, 0);
        self.emit(Op::COPY, 1);
        self.emit(Op::POP_JUMP_IF_NOT_NONE, reraise);
        // Below here the previous exception is restored before leaving.
        self.unit().pop_handler();
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::JUMP_FORWARD, end);
        self.unit().bind_label(reraise);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.emit_handler_cleanup(cleanup);
        self.unit().bind_label(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* T as name` body.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.name_op(n, NameCtx::Store);
            self.name_op(n, NameCtx::Del);
        }
    }

    /// 3.11 refuses `break` and `continue` (leaving an enclosing loop) and
    /// `return` inside an `except*` body.
    pub(super) fn check_not_in_except_star(&self, s: &ast::Stmt, to_loop: bool) -> R {
        for b in self.units.last().expect("unit").fblocks.iter().rev() {
            match b.kind {
                FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. } if to_loop => return Ok(()),
                FBlockKind::ExceptStarHandler => {
                    return Err(
                        self.err_r("'break', 'continue' and 'return' cannot appear in an except* block", s.range())
                    )
                }
                _ => {}
            }
        }
        Ok(())
    }
}
