//! Expressions.

use rustpython_parser::ast;

use super::stmt::{binop_arg, NameCtx};
use super::unit::Label;
use super::{CompileError, Compiler};
use crate::bytecode::{CmpOp, Op};
use crate::objects::{PyBytes, Value};

type R = Result<(), CompileError>;

#[derive(Copy, Clone, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Converts a literal from the parser into a constant value.
pub(super) fn constant(c: &ast::Constant) -> Option<Value> {
    Some(match c {
        ast::Constant::None => Value::None,
        ast::Constant::Bool(b) => Value::bool(*b),
        ast::Constant::Str(s) => Value::str(s),
        ast::Constant::Bytes(b) => Value::Bytes(std::rc::Rc::new(PyBytes { data: b.clone().into_boxed_slice() })),
        ast::Constant::Int(i) => Value::bigint(i.clone()),
        ast::Constant::Tuple(items) => Value::tuple(items.iter().map(constant).collect::<Option<Vec<_>>>()?),
        ast::Constant::Float(f) => Value::float(*f),
        ast::Constant::Complex { .. } => return None,
        ast::Constant::Ellipsis => Value::Ellipsis,
    })
}

/// A literal, or a negated int or float literal (`-1`, `-2.5`), as a
/// constant: CPython folds those too, and `x[-1]`, `range(n, -1, -1)` and
/// `s[::-1]` then load one constant instead of negating at run time.
fn folded_constant(e: &ast::Expr) -> Option<Value> {
    match e {
        ast::Expr::Constant(c) => constant(&c.value),
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match &u.operand.as_ref() {
            ast::Expr::Constant(c) => match &c.value {
                ast::Constant::Int(i) => Some(Value::bigint(-i.clone())),
                ast::Constant::Float(f) => Some(Value::float(-*f)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// A slice whose bounds are all literal ints or absent (`s[::-1]`,
/// `a[1:3]`), built once as a constant: slices are immutable.
fn constant_slice(s: &ast::ExprSlice) -> Option<Value> {
    let part = |p: &Option<Box<ast::Expr>>| match p {
        None => Some(Value::None),
        Some(e) => folded_constant(e).filter(|v| matches!(v, Value::Int(_))),
    };
    let (start, stop, step) = (part(&s.lower)?, part(&s.upper)?, part(&s.step)?);
    Some(Value::Slice(std::rc::Rc::new(crate::objects::PySlice { start, stop, step })))
}

impl Compiler<'_> {
    /// A condition for a conditional jump: the value converted to a bool
    /// by TO_BOOL (which specializes on the value's type, as in CPython
    /// 3.13), unless the expression already yields a bool.
    pub(super) fn condition(&mut self, e: &ast::Expr) -> R {
        self.expr(e)?;
        let is_bool = match e {
            ast::Expr::Compare(_) => true,
            ast::Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::Not),
            ast::Expr::Constant(c) => matches!(c.value, ast::Constant::Bool(_)),
            _ => false,
        };
        if !is_bool {
            self.emit(Op::TO_BOOL, 0);
        }
        Ok(())
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> R {
        let saved = self.set_line_of(e);
        let r = self.expr_inner(e);
        self.unit().line = saved;
        r
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> R {
        use ast::Expr::*;
        match e {
            Constant(c) => match (&c.value, constant(&c.value)) {
                (_, Some(v)) => self.load_const(v),
                (ast::Constant::Complex { real, imag }, None) => {
                    self.load_const(Value::tuple(vec![Value::float(*real), Value::float(*imag)]));
                    self.emit(Op::MAKE_COMPLEX, 0);
                }
                (_, None) => return Err(self.err("unsupported constant", e)),
            },
            Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_arg(&b.op));
            }
            UnaryOp(_) if folded_constant(e).is_some() => {
                self.load_const(folded_constant(e).expect("checked"));
            }
            UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => {
                        self.emit(Op::TO_BOOL, 0);
                        self.emit(Op::UNARY_NOT, 0);
                    }
                    ast::UnaryOp::USub => self.emit(Op::UNARY_NEGATIVE, 0),
                    ast::UnaryOp::UAdd => self.emit(Op::UNARY_POSITIVE, 0),
                    ast::UnaryOp::Invert => self.emit(Op::UNARY_INVERT, 0),
                }
            }
            BoolOp(b) => {
                let end = self.unit().new_label();
                let jump = match b.op {
                    ast::BoolOp::And => Op::POP_JUMP_IF_FALSE,
                    ast::BoolOp::Or => Op::POP_JUMP_IF_TRUE,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit(Op::COPY, 1);
                        self.emit(jump, end);
                        self.emit(Op::POP_TOP, 0);
                    }
                }
                self.unit().bind_label(end);
            }
            Compare(c) => self.compare(c)?,
            IfExp(i) => {
                let orelse = self.unit().new_label();
                let end = self.unit().new_label();
                self.condition(&i.test)?;
                self.emit(Op::POP_JUMP_IF_FALSE, orelse);
                self.expr(&i.body)?;
                self.emit(Op::JUMP_FORWARD, end);
                self.unit().bind_label(orelse);
                self.expr(&i.orelse)?;
                self.unit().bind_label(end);
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store_target(&n.target)?;
            }
            Attribute(a) => {
                self.expr(&a.value)?;
                let idx = self.mangled_name_index(a.attr.as_str());
                self.emit(Op::LOAD_ATTR, idx << 1);
            }
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            Slice(s) if constant_slice(s).is_some() => {
                self.load_const(constant_slice(s).expect("checked"));
            }
            Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Op::BUILD_SLICE, 3);
                    }
                    None => self.emit(Op::BUILD_SLICE, 2),
                }
            }
            Call(c) => self.call(c)?,
            Tuple(t) => {
                if let Some(v) = self.constant_tuple(&t.elts) {
                    self.load_const(v);
                } else {
                    self.sequence(&t.elts, Op::BUILD_TUPLE)?;
                }
            }
            List(l) => self.sequence(&l.elts, Op::BUILD_LIST)?,
            Set(s) => self.sequence(&s.elts, Op::BUILD_SET)?,
            Dict(d) => self.dict(d)?,
            ListComp(c) => self.comprehension(c, CompKind::List, &c.generators, &c.elt, None)?,
            SetComp(c) => self.comprehension(c, CompKind::Set, &c.generators, &c.elt, None)?,
            DictComp(c) => self.comprehension(c, CompKind::Dict, &c.generators, &c.key, Some(&c.value))?,
            GeneratorExp(c) => self.comprehension(c, CompKind::Gen, &c.generators, &c.elt, None)?,
            Lambda(l) => {
                let flags = self.push_defaults(&l.args)?;
                let scope = self.table.scope_for(l);
                let line = self.unit().line;
                self.enter_scope(scope, "<lambda>", line);
                self.set_params(&l.args);
                self.unit().const_index(Value::None);
                self.expr(&l.body)?;
                self.emit(Op::RETURN_VALUE, 0);
                let code = self.leave_scope()?;
                self.make_function(code, flags);
            }
            JoinedStr(j) => self.joined_str(j)?,
            FormattedValue(f) => self.formatted_value(f)?,
            Yield(y) => {
                // In an async generator a plain yield (arg 0) is what
                // `__anext__` returns; awaits inside yield with arg 1.
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            YieldFrom(y) => {
                if self.scope().is_coroutine {
                    return Err(self.err_r("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            Await(a) => self.await_expr(a)?,
            Starred(s) => return Err(self.err_r("can't use starred expression here", s.range)),
        }
        Ok(())
    }

    /// [iter, value] → sends until the sub-iterator returns; leaves its result.
    pub(super) fn yield_from_loop(&mut self) {
        let start = self.unit().new_label();
        let exit = self.unit().new_label();
        self.unit().bind_label(start);
        self.emit(Op::SEND, exit);
        self.emit(Op::YIELD_VALUE, 1);
        self.emit(Op::JUMP_BACKWARD, start);
        self.unit().bind_label(exit);
        self.emit(Op::END_SEND, 0);
    }

    fn constant_tuple(&self, elts: &[ast::Expr]) -> Option<Value> {
        let mut items = Vec::with_capacity(elts.len());
        for e in elts {
            items.push(folded_constant(e)?);
        }
        Some(Value::tuple(items))
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.compare_op(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::SWAP, 2);
                self.emit(Op::COPY, 2);
                self.compare_op(op);
                self.emit(Op::COPY, 1);
                self.emit(Op::POP_JUMP_IF_FALSE, cleanup);
                self.emit(Op::POP_TOP, 0);
            } else {
                self.compare_op(op);
            }
        }
        self.emit(Op::JUMP_FORWARD, end);
        self.unit().bind_label(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.unit().bind_label(end);
        Ok(())
    }

    fn compare_op(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit(Op::COMPARE_OP, CmpOp::Eq as u32),
            NotEq => self.emit(Op::COMPARE_OP, CmpOp::Ne as u32),
            Lt => self.emit(Op::COMPARE_OP, CmpOp::Lt as u32),
            LtE => self.emit(Op::COMPARE_OP, CmpOp::Le as u32),
            Gt => self.emit(Op::COMPARE_OP, CmpOp::Gt as u32),
            GtE => self.emit(Op::COMPARE_OP, CmpOp::Ge as u32),
            Is => self.emit(Op::IS_OP, 0),
            IsNot => self.emit(Op::IS_OP, 1),
            In => self.emit(Op::CONTAINS_OP, 0),
            NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// A list/tuple/set display, with `*iterable` items.
    fn sequence(&mut self, elts: &[ast::Expr], build: Op) -> R {
        self.sequence_in(elts, build, 0)
    }

    /// `sequence`, with `extend_flags` or'd into each `LIST_EXTEND` argument
    /// (`EXTEND_IN_CALL` marks a call's `*args`, for CPython's error wording).
    fn sequence_in(&mut self, elts: &[ast::Expr], build: Op, extend_flags: u32) -> R {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        let Some(first_star) = star else {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        };
        let (start, add, extend) = if build == Op::BUILD_SET {
            (Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE)
        } else {
            (Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND)
        };
        for e in &elts[..first_star] {
            self.expr(e)?;
        }
        self.emit(start, first_star as u32);
        for e in &elts[first_star..] {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    let flags = if extend == Op::LIST_EXTEND { extend_flags } else { 0 };
                    self.emit(extend, 1 | flags);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &ast::ExprDict) -> R {
        let mut pending = 0u32;
        let mut built = false;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    if built {
                        self.emit(Op::MAP_ADD, 1);
                    } else {
                        pending += 1;
                    }
                }
                None => {
                    if !built {
                        self.emit(Op::BUILD_MAP, pending);
                        built = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        if !built {
            self.emit(Op::BUILD_MAP, pending);
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> R {
        if c.args.len() + c.keywords.len() > 1 {
            for a in &c.args {
                // `f(x for x in y, 1)`: only a sole argument may be a bare generator.
                let start = ast::Ranged::range(a).start().to_usize();
                if matches!(a, ast::Expr::GeneratorExp(_)) && !self.src.text[start..].starts_with('(') {
                    return Err(self.err("Generator expression must be parenthesized", a));
                }
            }
        }
        let has_star =
            c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            ast::Expr::Attribute(a) if !has_star => {
                self.expr(&a.value)?;
                let idx = self.mangled_name_index(a.attr.as_str());
                self.unit().line = self.src.line_of(a.range.start().to_usize());
                self.emit(Op::LOAD_ATTR, (idx << 1) | 1);
            }
            f => {
                self.expr(f)?;
                self.emit(Op::PUSH_NULL, 0);
            }
        }
        if has_star {
            return self.call_ex(c);
        }
        for a in &c.args {
            self.expr(a)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::CALL, c.args.len() as u32);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in &c.keywords {
            self.expr(&k.value)?;
            names.push(Value::str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
        }
        let n = (c.args.len() + names.len()) as u32;
        self.load_const(Value::tuple(names));
        self.emit(Op::CALL_KW, n);
        Ok(())
    }

    fn call_ex(&mut self, c: &ast::ExprCall) -> R {
        // As CPython, only a lone `*x` names the function when `x` is not iterable.
        let lone = if c.args.len() == 1 { crate::bytecode::EXTEND_IN_CALL } else { 0 };
        self.sequence_in(&c.args, Op::BUILD_TUPLE, lone)?;
        if c.keywords.is_empty() {
            self.emit(Op::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(Op::BUILD_MAP, 0);
        let mut after_double_star = false;
        for k in &c.keywords {
            match &k.arg {
                // After a `**`, a named keyword may repeat one it supplied:
                // merge it so that the duplicate is reported.
                Some(name) if after_double_star => {
                    self.load_const(Value::str(name.as_str()));
                    self.expr(&k.value)?;
                    self.emit(Op::BUILD_MAP, 1);
                    self.emit(Op::DICT_MERGE, 1);
                }
                Some(name) => {
                    self.load_const(Value::str(name.as_str()));
                    self.expr(&k.value)?;
                    self.emit(Op::MAP_ADD, 1);
                }
                None => {
                    after_double_star = true;
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Op::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn joined_str(&mut self, j: &ast::ExprJoinedStr) -> R {
        let mut n = 0;
        for v in &j.values {
            match v {
                ast::Expr::Constant(c) => match &c.value {
                    ast::Constant::Str(s) => self.load_const(Value::str(s)),
                    other => match constant(other) {
                        Some(v) => self.load_const(v),
                        None => return Err(self.err("unsupported constant", v)),
                    },
                },
                ast::Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
            n += 1;
        }
        match n {
            0 => self.load_const(Value::str("")),
            1 if matches!(j.values[0], ast::Expr::FormattedValue(_)) => {}
            _ => self.emit(Op::BUILD_STRING, n),
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &ast::ExprFormattedValue) -> R {
        self.expr(&f.value)?;
        match f.conversion {
            ast::ConversionFlag::Str => self.emit(Op::CONVERT_VALUE, 1),
            ast::ConversionFlag::Repr => self.emit(Op::CONVERT_VALUE, 2),
            ast::ConversionFlag::Ascii => self.emit(Op::CONVERT_VALUE, 3),
            ast::ConversionFlag::None => {}
        }
        match &f.format_spec {
            Some(spec) => {
                self.expr(spec)?;
                self.emit(Op::FORMAT_WITH_SPEC, 0);
            }
            None => self.emit(Op::FORMAT_SIMPLE, 0),
        }
        Ok(())
    }

    fn comprehension<N: ast::Ranged + 'static>(
        &mut self,
        node: &N,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> R {
        let scope = self.table.scope_for(node);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Gen && !self.scope().is_coroutine {
            return Err(self.err("asynchronous comprehension outside of an asynchronous function", elt));
        }
        let line = self.unit().line;
        self.enter_scope(scope, name, line);
        let varnames = self.scope().varnames.clone();
        self.unit().varnames = varnames;
        self.unit().argcount = 1;
        self.unit().const_index(Value::None);
        match kind {
            CompKind::List => self.emit(Op::BUILD_LIST, 0),
            CompKind::Set => self.emit(Op::BUILD_SET, 0),
            CompKind::Dict => self.emit(Op::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comp_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Value::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_scope()?;
        self.make_function(code, 0);
        self.emit(Op::PUSH_NULL, 0);
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async { Op::GET_AITER } else { Op::GET_ITER }, 0);
        self.emit(Op::CALL, 1);
        if is_async && kind != CompKind::Gen {
            self.emit_await();
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> R {
        let g = &gens[i];
        let start: Label = self.unit().new_label();
        let skip = self.unit().new_label();
        let end = self.unit().new_label();
        if i == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GET_AITER } else { Op::GET_ITER }, 0);
        }
        self.unit().bind_label(start);
        let handler = self.unit().new_label();
        if g.is_async {
            // [result?, iterators...] stay below; StopAsyncIteration from
            // the awaited __anext__ ends this loop at END_ASYNC_FOR.
            let below = usize::from(kind != CompKind::Gen) + i + 1;
            self.unit().push_handler(handler, below as u32);
            self.emit(Op::GET_ANEXT, 0);
            self.load_const(Value::None);
            self.yield_from_loop();
            self.unit().pop_handler();
        } else {
            self.emit(Op::FOR_ITER, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.condition(cond)?;
            self.emit(Op::POP_JUMP_IF_FALSE, skip);
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, elt, value)?;
        } else {
            let depth = (i + 2) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Op::MAP_ADD, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        self.unit().bind_label(skip);
        self.emit(Op::JUMP_BACKWARD, start);
        if g.is_async {
            self.unit().bind_label(handler);
            self.emit(Op::END_ASYNC_FOR, 0);
        }
        self.unit().bind_label(end);
        Ok(())
    }
}
