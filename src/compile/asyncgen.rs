//! Coroutines: `await`, `async for` and `async with`, compiled as CPython
//! 3.11 does. An `await` is a `yield from` over the awaitable's iterator
//! (GET_AWAITABLE, then the SEND loop), so a coroutine is a generator frame
//! whose code is flagged as a coroutine; the event loop lives in Python
//! (`asyncio`).

use rustpython_parser::ast;

use super::symtable::ScopeKind;
use super::unit::FBlockKind;
use super::{CompileError, Compiler};
use crate::bytecode::Op;
use crate::objects::Value;

type R = Result<(), CompileError>;

impl Compiler<'_> {
    fn check_in_coroutine(&self, what: &str, range: rustpython_parser::text_size::TextRange) -> R {
        if self.scope().is_coroutine {
            Ok(())
        } else {
            Err(self.err_r(format!("{what} outside async function"), range))
        }
    }

    /// Awaits the awaitable on top: [awaitable] → [result].
    pub(super) fn emit_await(&mut self) {
        self.emit(Op::GET_AWAITABLE, 0);
        self.load_const(Value::None);
        self.yield_from_loop();
    }

    pub(super) fn await_expr(&mut self, a: &ast::ExprAwait) -> R {
        if matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class) {
            return Err(self.err_r("'await' outside function", a.range));
        }
        self.check_in_coroutine("'await'", a.range)?;
        self.expr(&a.value)?;
        self.emit_await();
        Ok(())
    }

    /// `async for t in it: body else: orelse` — `__anext__()` is awaited
    /// under a handler that ends the loop on StopAsyncIteration.
    pub(super) fn async_for(&mut self, f: &ast::StmtAsyncFor) -> R {
        self.check_in_coroutine("'async for'", f.range)?;
        let start = self.unit().new_label();
        let handler = self.unit().new_label();
        let end = self.unit().new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GET_AITER, 0);
        self.unit().bind_label(start);
        let depth = self.unit().block_depth();
        self.unit().push_handler(handler, depth + 1);
        self.emit(Op::GET_ANEXT, 0);
        self.load_const(Value::None);
        self.yield_from_loop();
        self.unit().pop_handler();
        self.unit().push_fblock(FBlockKind::ForLoop { start, end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::JUMP_BACKWARD, start);
        self.unit().bind_label(handler);
        self.emit(Op::END_ASYNC_FOR, 0);
        self.stmts(&f.orelse)?;
        self.unit().bind_label(end);
        Ok(())
    }

    /// `async with`: as `with`, with `__aenter__`/`__aexit__` awaited.
    pub(super) fn async_with(&mut self, w: &ast::StmtAsyncWith) -> R {
        self.check_in_coroutine("'async with'", w.range)?;
        self.async_with_items(&w.items, &w.body)
    }

    fn async_with_items(&mut self, items: &[ast::WithItem], body: &[ast::Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc_handler = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let suppress = self.unit().new_label();
        let end = self.unit().new_label();
        self.expr(&item.context_expr)?;
        self.emit(Op::BEFORE_ASYNC_WITH, 0);
        self.load_const(Value::None);
        self.yield_from_loop();
        let depth = self.unit().block_depth();
        self.unit().push_handler(exc_handler, depth + 1);
        self.unit().push_fblock(FBlockKind::AsyncWith);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        self.async_with_items(rest, body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.call_aexit_normally();
        self.emit(Op::JUMP_FORWARD, end);
        // [exit, exc] → await __aexit__(type, exc, tb) to decide on suppression.
        self.unit().bind_label(exc_handler);
        self.unit().push_handler(cleanup, depth + 2);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.emit_await();
        self.emit(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.unit().pop_handler();
        self.unit().bind_label(suppress);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::JUMP_FORWARD, end);
        self.emit_handler_cleanup(cleanup);
        self.unit().bind_label(end);
        Ok(())
    }

    /// [aexit] → awaits `aexit(None, None, None)` and drops the result.
    pub(super) fn call_aexit_normally(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::CALL, 2);
        self.emit_await();
        self.emit(Op::POP_TOP, 0);
    }
}
