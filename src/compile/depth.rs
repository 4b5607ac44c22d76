//! On wasm32, source whose expressions nest too deeply is rejected before
//! parsing: the AST of `-(-(-...))`, `a + b + ... + z`, `f()()()` or a
//! lambda chain is as deep as it is long, and the symbol table, the code
//! generator and the AST's drop all recurse on it. The browser's engine
//! stack (about 1 MB in Chromium and Node.js) holds only a few hundred such
//! levels, whereas the native CLI has a 512 MiB stack and no such limit.
//!
//! The depth is estimated from tokens (so strings and comments do not
//! count): every operator, `not`, `lambda`, `if`/`else`, `.` and opening
//! bracket adds a level to the comma-separated item it is in, and an
//! item's levels add to those of the brackets around it. Flat data (long
//! lists, calls with many arguments) stays shallow.

use rustpython_parser::{lexer, Mode, Tok};

use super::code::Source;
use super::CompileError;

/// The most estimated levels of expression nesting accepted on wasm32.
pub const MAX_EXPRESSION_DEPTH: usize = 300;

/// Whether a token makes its expression one level deeper.
fn deepens(tok: &Tok) -> bool {
    use Tok::*;
    matches!(
        tok,
        Plus | Minus
            | Star
            | Slash
            | DoubleSlash
            | Percent
            | DoubleStar
            | At
            | Vbar
            | Amper
            | CircumFlex
            | Tilde
            | LeftShift
            | RightShift
            | Less
            | Greater
            | EqEqual
            | NotEqual
            | LessEqual
            | GreaterEqual
            | Dot
            | And
            | Or
            | Not
            | In
            | Is
            | Lambda
            | If
            | Else
            | Await
            | Yield
            | Lpar
            | Lsqb
            | Lbrace
    )
}

/// Rejects source nested deeper than `MAX_EXPRESSION_DEPTH` (see above).
/// Lexical errors are left for the parser to report.
pub fn check_expression_depth(src: &Source, mode: Mode) -> Result<(), CompileError> {
    // Levels of the current comma-separated item, per open bracket.
    let mut levels: Vec<usize> = vec![0];
    let mut total = 0usize;
    for item in lexer::lex(&src.text, mode) {
        let Ok((tok, range)) = item else { return Ok(()) };
        if deepens(&tok) {
            if let Some(top) = levels.last_mut() {
                *top += 1;
            }
            total += 1;
            if total > MAX_EXPRESSION_DEPTH {
                let offset = u32::from(range.start()) as usize;
                return Err(CompileError::syntax("too many nested expressions", src, offset));
            }
        }
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => levels.push(0),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if levels.len() > 1 => total -= levels.pop().unwrap_or(0),
            Tok::Comma => {
                if let Some(top) = levels.last_mut() {
                    total -= std::mem::take(top);
                }
            }
            Tok::Newline | Tok::Semi => {
                levels.clear();
                levels.push(0);
                total = 0;
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(text: &str) -> bool {
        check_expression_depth(&Source::new("<test>", text), Mode::Module).is_ok()
    }

    #[test]
    fn long_chains_are_rejected() {
        let n = MAX_EXPRESSION_DEPTH + 1;
        assert!(!depth_ok(&format!("x = 1{}\n", " + 1".repeat(n))));
        assert!(!depth_ok(&format!("x = {}1\n", "-".repeat(n))));
        assert!(!depth_ok(&format!("x = {}1\n", "lambda: ".repeat(n))));
        assert!(!depth_ok(&format!("f = 0\nx = f{}\n", "()".repeat(n))));
    }

    #[test]
    fn flat_and_separate_code_is_accepted() {
        let items: Vec<String> = (0..5000).map(|i| format!("-{i}")).collect();
        assert!(depth_ok(&format!("x = [{}]\n", items.join(", "))));
        assert!(depth_ok(&"x = 1 + 2 + 3\n".repeat(1000)));
        assert!(depth_ok(&format!("x = '{}'  # {}\n", "-".repeat(5000), "+".repeat(5000))));
        assert!(depth_ok(&format!("x = 1{}\n", " + 1".repeat(MAX_EXPRESSION_DEPTH - 1))));
    }
}
