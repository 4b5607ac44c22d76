//! The symbol table: which names are local, global, free or cell in each
//! scope. Scopes are keyed by the address of their AST node so the code
//! generator can find them without depending on traversal order.

use std::collections::{HashMap, HashSet};

use rustpython_parser::ast::{self, Ranged};

use super::CompileError;

pub type ScopeId = usize;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A comprehension or generator expression (compiled as a function).
    Comprehension,
}

/// Where a name lives, as decided by `analyze`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell.
    Free,
    /// Local, but captured by an inner function: stored in a cell.
    Cell,
}

#[derive(Default, Clone, Copy, Debug)]
struct SymFlags {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Parameters first, in CPython's order, then other locals in order of appearance.
    pub varnames: Vec<String>,
    order: Vec<String>,
    flags: HashMap<String, SymFlags>,
    pub resolved: HashMap<String, Resolution>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// An `async def` body (its calls make coroutines).
    pub is_coroutine: bool,
    /// The body yields: with `is_coroutine`, an async generator.
    pub has_yield: bool,
    /// A method here mentions `super` or `__class__`: the class needs a `__class__` cell.
    pub needs_class_cell: bool,
    uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            parent,
            children: Vec::new(),
            varnames: Vec::new(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_yield: false,
            needs_class_cell: false,
            uses_super: false,
        }
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Resolution::GlobalImplicit,
            _ => Resolution::GlobalImplicit,
        }
    }

    fn flag(&mut self, name: &str) -> &mut SymFlags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_owned());
        }
        self.flags.entry(name.to_owned()).or_default()
    }
}

/// Identifies a scope-creating AST node by its kind and source span, not
/// its address: the code generator compiles some statements twice (a
/// `finally` body is inlined on every early exit, from a clone of the AST),
/// and both copies must find the same scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeKey(std::any::TypeId, u32, u32);

impl NodeKey {
    pub fn of<T: Ranged + 'static>(node: &T) -> NodeKey {
        let r = node.range();
        NodeKey(std::any::TypeId::of::<T>(), r.start().to_u32(), r.end().to_u32())
    }

    fn module() -> NodeKey {
        NodeKey(std::any::TypeId::of::<SymTable>(), 0, 0)
    }
}

#[derive(Debug, Default)]
pub struct SymTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<NodeKey, ScopeId>,
}

impl SymTable {
    /// The scope of a function, class, lambda or comprehension node (the
    /// module scope if the node is unknown, which the builder rules out).
    pub fn scope_for<T: Ranged + 'static>(&self, node: &T) -> ScopeId {
        self.by_node.get(&NodeKey::of(node)).copied().unwrap_or(0)
    }

    pub fn build(module: &[ast::Stmt], src: &super::code::Source) -> Result<SymTable, CompileError> {
        let mut b = Builder { table: SymTable::default(), stack: Vec::new(), src, async_function: None };
        let top = b.push_scope(ScopeKind::Module, "<module>", NodeKey::module());
        b.stmts(module)?;
        b.stack.pop();
        let mut table = b.table;
        analyze(&mut table, top, &HashSet::new(), src)?;
        Ok(table)
    }
}

struct Builder<'a> {
    table: SymTable,
    stack: Vec<ScopeId>,
    src: &'a super::code::Source,
    /// Set while entering an `async def` (keyed by its node) so its scope is marked a coroutine.
    async_function: Option<NodeKey>,
}

impl Builder<'_> {
    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: NodeKey) -> ScopeId {
        let id = self.table.scopes.len();
        let parent = self.stack.last().copied();
        self.table.scopes.push(Scope::new(kind, name, parent));
        if let Some(p) = parent {
            self.table.scopes[p].children.push(id);
        }
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope");
        &mut self.table.scopes[id]
    }

    fn err(&self, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
        CompileError::syntax(msg, self.src, node.start().to_usize())
    }

    fn bind(&mut self, name: &str) {
        let f = self.cur().flag(name);
        f.assigned = true;
    }

    fn use_name(&mut self, name: &str) {
        if name == "super" || name == "__class__" {
            self.cur().uses_super = true;
        }
        self.cur().flag(name).used = true;
    }

    fn param(&mut self, name: &str) {
        let s = self.cur();
        s.flag(name).param = true;
        s.varnames.push(name.to_owned());
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments_defaults(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(ann) = &a.def.annotation {
                self.expr(ann)?;
            }
        }
        for a in args.vararg.iter().chain(args.kwarg.iter()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.param(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            self.param(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            self.param(k.arg.as_str());
        }
    }

    fn function(
        &mut self,
        key: NodeKey,
        name: &str,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        decorators: &[ast::Expr],
        returns: Option<&ast::Expr>,
    ) -> Result<(), CompileError> {
        for d in decorators {
            self.expr(d)?;
        }
        self.arguments_defaults(args)?;
        self.annotations(args)?;
        if let Some(r) = returns {
            self.expr(r)?;
        }
        self.bind(name);
        self.push_scope(ScopeKind::Function, name, key);
        if self.async_function.take() == Some(key) {
            self.cur().is_generator = true;
            self.cur().is_coroutine = true;
        }
        self.params(args);
        self.stmts(body)?;
        self.stack.pop();
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt::*;
        match s {
            FunctionDef(f) => self.function(
                NodeKey::of(f),
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
            )?,
            AsyncFunctionDef(f) => {
                self.async_function = Some(NodeKey::of(f));
                self.function(
                    NodeKey::of(f),
                    f.name.as_str(),
                    &f.args,
                    &f.body,
                    &f.decorator_list,
                    f.returns.as_deref(),
                )?
            }
            ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(c.name.as_str());
                self.push_scope(ScopeKind::Class, c.name.as_str(), NodeKey::of(c));
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            Return(r) => {
                if self.cur().kind == ScopeKind::Module || self.cur().kind == ScopeKind::Class {
                    return Err(self.err("'return' outside function", s));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if !matches!(&*a.target, ast::Expr::Name(_)) {
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = &*a.target {
                    // `x: int` alone still makes x local in a function.
                    if self.cur().kind == ScopeKind::Function {
                        self.bind(n.id.as_str());
                    }
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                }
            }
            For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            AsyncFor(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(bound);
                }
            }
            ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.as_str());
                }
            }
            Global(g) => {
                for n in &g.names {
                    let kind = self.cur().kind;
                    let f = self.cur().flag(n.as_str());
                    if (f.assigned || f.used) && kind != ScopeKind::Module {
                        let msg = if f.assigned {
                            format!("name '{}' is assigned to before global declaration", n.as_str())
                        } else {
                            format!("name '{}' is used prior to global declaration", n.as_str())
                        };
                        return Err(self.err(msg, s));
                    }
                    self.cur().flag(n.as_str()).global = true;
                }
            }
            Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", s));
                }
                for n in &g.names {
                    self.cur().flag(n.as_str()).nonlocal = true;
                }
            }
            Expr(e) => self.expr(&e.value)?,
            Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            TypeAlias(_) => return Err(self.err("type aliases are not supported", s)),
            Pass(_) | Break(_) | Continue(_) => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value)?,
            MatchSingleton(_) => {}
            MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn try_parts(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
    ) -> Result<(), CompileError> {
        self.stmts(body)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.bind(n.as_str());
            }
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(finalbody)
    }

    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        match t {
            Name(n) => self.bind(n.id.as_str()),
            Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Starred(s) => self.target(&s.value)?,
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            _ => return Err(self.err("cannot assign to expression", t)),
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: NodeKey,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        is_genexp: bool,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.push_scope(ScopeKind::Comprehension, name, key);
        self.cur().is_generator = is_genexp;
        self.cur().has_yield = is_genexp;
        // An `async for` makes the comprehension a coroutine (a genexp an
        // async generator); so does an `await` in it, found below.
        if generators.iter().any(|g| g.is_async) {
            self.mark_comprehension_async();
        }
        self.param(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let inner_awaits = self.cur().is_coroutine && !is_genexp;
        self.stack.pop();
        // Awaiting an async list/set/dict comprehension suspends the
        // enclosing comprehension too.
        if inner_awaits && self.cur().kind == ScopeKind::Comprehension {
            self.mark_comprehension_async();
        }
        Ok(())
    }

    /// The current comprehension awaits: it runs as a coroutine frame.
    fn mark_comprehension_async(&mut self) {
        let cur = self.cur();
        cur.is_coroutine = true;
        cur.is_generator = true;
    }

    /// A walrus target inside a comprehension binds in the nearest
    /// enclosing function or module scope.
    fn walrus_target(&mut self, name: &str) {
        let mut idx = self.stack.len() - 1;
        if self.table.scopes[self.stack[idx]].kind != ScopeKind::Comprehension {
            self.bind(name);
            return;
        }
        while idx > 0 && self.table.scopes[self.stack[idx]].kind == ScopeKind::Comprehension {
            let sid = self.stack[idx];
            self.table.scopes[sid].flag(name).nonlocal = true;
            idx -= 1;
        }
        let owner = self.stack[idx];
        let owner_kind = self.table.scopes[owner].kind;
        self.table.scopes[owner].flag(name).assigned = true;
        if owner_kind == ScopeKind::Module {
            // Reached as a global from the comprehension.
            for &sid in &self.stack[idx + 1..] {
                let f = self.table.scopes[sid].flag(name);
                f.nonlocal = false;
                f.global = true;
            }
        }
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr::*;
        match e {
            BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            NamedExpr(n) => {
                self.expr(&n.value)?;
                if let Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str());
                }
            }
            BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            UnaryOp(u) => self.expr(&u.operand)?,
            Lambda(l) => {
                self.arguments_defaults(&l.args)?;
                self.push_scope(ScopeKind::Function, "<lambda>", NodeKey::of(l));
                self.params(&l.args);
                self.expr(&l.body)?;
                self.stack.pop();
            }
            IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            ListComp(c) => self.comprehension(NodeKey::of(c), "<listcomp>", &c.generators, &[&c.elt], false)?,
            SetComp(c) => self.comprehension(NodeKey::of(c), "<setcomp>", &c.generators, &[&c.elt], false)?,
            DictComp(c) => {
                self.comprehension(NodeKey::of(c), "<dictcomp>", &c.generators, &[&c.key, &c.value], false)?
            }
            GeneratorExp(c) => self.comprehension(NodeKey::of(c), "<genexpr>", &c.generators, &[&c.elt], true)?,
            Await(a) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.mark_comprehension_async();
                }
                self.expr(&a.value)?
            }
            Yield(y) => {
                self.mark_generator(e)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            YieldFrom(y) => {
                self.mark_generator(e)?;
                self.expr(&y.value)?;
            }
            Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Constant(_) => {}
            Attribute(a) => self.expr(&a.value)?,
            Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Starred(s) => self.expr(&s.value)?,
            Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        match self.cur().kind {
            ScopeKind::Function => {
                self.cur().is_generator = true;
                self.cur().has_yield = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(self.err("'yield' inside list comprehension", e)),
            _ => Err(self.err("'yield' outside function", e)),
        }
    }
}

/// Resolves every name of `id` and its children; returns the names this
/// scope needs from enclosing scopes (its free variables).
fn analyze(
    table: &mut SymTable,
    id: ScopeId,
    enclosing: &HashSet<String>,
    src: &super::code::Source,
) -> Result<HashSet<String>, CompileError> {
    let kind = table.scopes[id].kind;
    let is_function = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
    let mut free: HashSet<String> = HashSet::new();
    let mut bound: HashSet<String> = HashSet::new();
    let order = table.scopes[id].order.clone();
    for name in &order {
        let f = table.scopes[id].flags[name];
        let res = if f.global {
            Resolution::GlobalExplicit
        } else if f.nonlocal {
            if !enclosing.contains(name) {
                return Err(CompileError::syntax(format!("no binding for nonlocal '{name}' found"), src, 0));
            }
            free.insert(name.clone());
            Resolution::Free
        } else if f.assigned || f.param {
            bound.insert(name.clone());
            Resolution::Local
        } else if enclosing.contains(name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
        table.scopes[id].resolved.insert(name.clone(), res);
    }
    if is_function {
        // Locals in order of first appearance follow the parameters.
        for name in &order {
            let s = &mut table.scopes[id];
            if s.resolved[name] == Resolution::Local && !s.flags[name].param {
                s.varnames.push(name.clone());
            }
        }
    }
    let child_enclosing: HashSet<String> = match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            let mut e = enclosing.clone();
            for n in &bound {
                e.insert(n.clone());
            }
            for n in &free {
                e.insert(n.clone());
            }
            for (n, r) in &table.scopes[id].resolved {
                if *r == Resolution::GlobalExplicit {
                    e.remove(n);
                }
            }
            e
        }
        ScopeKind::Class => {
            let mut e = enclosing.clone();
            e.insert("__class__".to_owned());
            e
        }
        ScopeKind::Module => HashSet::new(),
    };
    let children = table.scopes[id].children.clone();
    let mut cells: Vec<String> = Vec::new();
    for child in children {
        if table.scopes[child].uses_super && table.scopes[child].kind != ScopeKind::Class {
            table.scopes[child].flag("__class__").used = true;
        }
        let child_free = analyze(table, child, &child_enclosing, src)?;
        let mut names: Vec<String> = child_free.into_iter().collect();
        names.sort();
        for name in names {
            if kind == ScopeKind::Class && name == "__class__" {
                table.scopes[id].needs_class_cell = true;
                continue;
            }
            let here = table.scopes[id].resolved.get(&name).copied();
            match here {
                Some(Resolution::Local) | Some(Resolution::Cell) if is_function => {
                    table.scopes[id].resolved.insert(name.clone(), Resolution::Cell);
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                }
                Some(Resolution::Free) => {}
                _ => {
                    // Passing through: free here too (class bodies forward cells to methods).
                    if kind != ScopeKind::Class || here.is_none() {
                        table.scopes[id].resolved.insert(name.clone(), Resolution::Free);
                    }
                    free.insert(name);
                }
            }
        }
    }
    let s = &mut table.scopes[id];
    if s.needs_class_cell {
        cells.push("__class__".to_owned());
    }
    s.cellvars = cells;
    let mut fv: Vec<String> = free.iter().cloned().collect();
    fv.sort();
    s.freevars = fv;
    Ok(free)
}
