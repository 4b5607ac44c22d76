//! Source → AST (rustpython-parser) → symbol table → bytecode.
//!
//! `unit.rs` holds the per-code-object emitter (labels, line table,
//! exception table); `stmt.rs` and `expr.rs` walk the AST.

mod annotations;
mod asyncgen;
pub mod code;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod depth;
mod except_star;
mod expr;
mod pattern;
mod stmt;
pub mod symtable;
mod unit;

pub use unit::intern;

use std::rc::Rc;

use rustpython_parser::{ast, Mode};

use code::{Code, Source};
use symtable::{ScopeId, SymTable};
use unit::Unit;

/// A compile-time error (reported to Python as `SyntaxError`).
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub column: usize,
    pub text: Option<String>,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, src: &Source, offset: usize) -> CompileError {
        let line = src.line_of(offset);
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            filename: src.filename.to_string(),
            line,
            column: src.column_of(offset),
            text: src.line_text(line).map(str::to_owned),
        }
    }
}

/// Deep nesting is rejected before parsing so the recursive-descent stages
/// (parser, symbol table, code generator) can never exhaust the native stack.
const MAX_NESTING: usize = 200;

fn check_nesting(src: &Source) -> Result<(), CompileError> {
    let mut depth = 0usize;
    for (i, b) in src.text.bytes().enumerate() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(CompileError::syntax("too many nested parentheses", src, i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let mut prev_indent = 0usize;
    let mut levels = 0usize;
    let mut offset = 0usize;
    for line in src.text.split('\n') {
        let trimmed = line.trim_start_matches([' ', '\t']);
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            let indent = line.len() - trimmed.len();
            if indent > prev_indent {
                levels += 1;
            } else if indent < prev_indent {
                levels = levels.saturating_sub(1).min(indent);
            }
            prev_indent = indent;
            if levels > 100 {
                return Err(CompileError {
                    kind: "IndentationError",
                    ..CompileError::syntax("too many levels of indentation", src, offset)
                });
            }
        }
        offset += line.len() + 1;
    }
    Ok(())
}

/// Compiles a module's source text.
pub fn compile(text: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile_mode(text, filename, Mode::Module)
}

/// Compiles source for `exec`/`eval` style use (`Mode::Expression` returns its value).
pub fn compile_mode(text: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    let src = Rc::new(Source::new(filename, text));
    check_nesting(&src)?;
    #[cfg(target_arch = "wasm32")]
    depth::check_expression_depth(&src, mode)?;
    let parsed = rustpython_parser::parse(text, mode, filename).map_err(|e| parse_error(&src, e))?;
    let (body, is_eval) = match parsed {
        ast::Mod::Module(m) => (m.body, false),
        ast::Mod::Interactive(m) => (m.body, false),
        ast::Mod::Expression(e) => {
            let range = ast::Ranged::range(&*e.body);
            (vec![ast::Stmt::Expr(ast::StmtExpr { range, value: e.body })], true)
        }
        ast::Mod::FunctionType(_) => (Vec::new(), false),
    };
    let table = SymTable::build(&body, &src)?;
    let mut c = Compiler { src: src.clone(), table: &table, units: Vec::new() };
    c.units.push(Unit::new(0, "<module>", "<module>".into(), src.clone(), 1));
    match (&body[..], is_eval) {
        ([ast::Stmt::Expr(e)], true) => {
            c.expr(&e.value)?;
            c.emit(crate::bytecode::Op::RETURN_VALUE, 0);
        }
        _ => c.module_body(&body)?,
    }
    let unit = c.units.pop().expect("unit");
    Ok(Rc::new(unit.finish(&table)?))
}

/// The message for a `\N{...}` escape the parser could not resolve. The
/// browser build fetches the name table on first use; when that failed, the
/// name may be fine and the message says so.
fn unicode_name_error() -> &'static str {
    if unicode_names2::table_available() {
        // CPython also names the byte positions inside the literal, which
        // the parser does not report.
        "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name"
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes: the Unicode character name table could not be loaded"
    }
}

fn parse_error(src: &Source, e: rustpython_parser::ParseError) -> CompileError {
    use rustpython_parser::lexer::LexicalErrorType as L;
    use rustpython_parser::ParseErrorType as P;
    let offset = e.offset.to_usize();
    let (kind, msg) = match &e.error {
        P::Eof => ("SyntaxError", "unexpected EOF while parsing".to_owned()),
        P::Lexical(L::IndentationError) => {
            ("IndentationError", "unindent does not match any outer indentation level".to_owned())
        }
        P::Lexical(L::TabError) | P::Lexical(L::TabsAfterSpaces) => {
            ("TabError", "inconsistent use of tabs and spaces in indentation".to_owned())
        }
        P::Lexical(L::DefaultArgumentError) => {
            ("SyntaxError", "non-default argument follows default argument".to_owned())
        }
        P::Lexical(L::DuplicateArgumentError(name)) => {
            ("SyntaxError", format!("duplicate argument '{name}' in function definition"))
        }
        P::Lexical(L::PositionalArgumentError) => {
            ("SyntaxError", "positional argument follows keyword argument".to_owned())
        }
        P::Lexical(L::DuplicateKeywordArgumentError(name)) => {
            ("SyntaxError", format!("keyword argument repeated: {name}"))
        }
        P::Lexical(L::OtherError(m)) => ("SyntaxError", m.clone()),
        P::Lexical(L::UnicodeError) => ("SyntaxError", unicode_name_error().to_owned()),
        P::UnrecognizedToken(tok, _) if format!("{tok:?}") == "Indent" => {
            ("IndentationError", "unexpected indent".to_owned())
        }
        P::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            ("IndentationError", "expected an indented block".to_owned())
        }
        _ => ("SyntaxError", "invalid syntax".to_owned()),
    };
    CompileError { kind, ..CompileError::syntax(msg, src, offset.min(src.text.len())) }
}

/// The code generator: a stack of units, one per code object being built.
pub(crate) struct Compiler<'t> {
    src: Rc<Source>,
    table: &'t SymTable,
    units: Vec<Unit>,
}

impl Compiler<'_> {
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("unit")
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    fn emit(&mut self, op: crate::bytecode::Op, arg: u32) {
        self.unit().emit(op, arg);
    }

    fn err(&self, msg: impl Into<String>, node: &impl ast::Ranged) -> CompileError {
        CompileError::syntax(msg, &self.src, node.start().to_usize())
    }

    fn err_r(&self, msg: impl Into<String>, range: rustpython_parser::text_size::TextRange) -> CompileError {
        CompileError::syntax(msg, &self.src, range.start().to_usize())
    }

    fn set_line_of(&mut self, node: &impl ast::Ranged) -> u32 {
        let line = self.src.line_of(node.start().to_usize());
        let unit = self.unit();
        std::mem::replace(&mut unit.line, line)
    }

    /// Starts compiling a nested code object for the given scope.
    fn enter_scope(&mut self, scope: ScopeId, name: &str, first_line: u32) {
        let parent = self.units.last().expect("unit");
        let parent_scope = &self.table.scopes[parent.scope];
        let qualname = match parent_scope.kind {
            symtable::ScopeKind::Module => name.to_owned(),
            symtable::ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        };
        let private = match self.table.scopes[scope].kind {
            symtable::ScopeKind::Class => Some(name.to_owned()),
            _ => parent.private.clone(),
        };
        let mut unit = Unit::new(scope, name, qualname, self.src.clone(), first_line);
        unit.private = private;
        self.units.push(unit);
    }

    /// CPython's private-name mangling (`_Py_Mangle`): inside a class,
    /// `__x` (not a dunder, no dot) becomes `_Class__x`, with the class
    /// name's leading underscores stripped.
    fn mangle(&self, name: &str) -> String {
        let Some(private) = self.units.last().and_then(|u| u.private.as_deref()) else {
            return name.to_owned();
        };
        let stripped = private.trim_start_matches('_');
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty() {
            return name.to_owned();
        }
        format!("_{stripped}{name}")
    }

    /// The name-table index of an attribute or global name, mangled.
    fn mangled_name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.unit().name_index(&mangled)
    }

    fn leave_scope(&mut self) -> Result<Rc<Code>, CompileError> {
        let unit = self.units.pop().expect("unit");
        Ok(Rc::new(unit.finish(self.table)?))
    }
}
