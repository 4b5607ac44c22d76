//! Shrinks the embedded standard-library sources (`src/modules/py/`) for
//! the binary: comment lines and docstrings become blank lines and block
//! indentation shrinks from four spaces to one. Line numbers are kept, so
//! tracebacks into these modules point at the right lines of the originals.
//! About 6 KB of the browser build's gzipped size (measured with `gzip -9`).
//!
//! The scan knows Python's string literals (quotes, triple quotes,
//! escapes) well enough to never touch their contents; what it removes is
//! only ever a comment or a bare string statement, which has no effect
//! besides `__doc__`. `embedded::tests` compiles every result.

/// Where a line starts relative to the multi-line strings around it.
#[derive(Clone, Copy, PartialEq)]
enum Start {
    Code,
    /// Inside a triple-quoted string opened on an earlier line.
    InString(&'static str),
}

struct Line<'a> {
    text: &'a str,
    start: Start,
    /// Whether the line continues a statement (inside brackets, or after a
    /// backslash): its indentation means nothing to Python.
    continuation: bool,
    /// The code part without a trailing comment (whole line when in a string).
    code: &'a str,
    /// Where the line ends: in code, or inside a still-open triple string.
    end: Start,
}

/// Splits `src` into lines, marking which are inside multi-line strings and
/// where each line's comment begins.
fn scan(src: &str) -> Vec<Line<'_>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut state = Start::Code;
    let mut depth = 0usize;
    for text in src.split('\n') {
        let start = state;
        let backslash = lines.last().is_some_and(|p| p.end == Start::Code && p.code.ends_with('\\'));
        let continuation = depth > 0 || backslash;
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut code_end = text.len();
        let mut open = match start {
            Start::InString(d) => Some(d),
            Start::Code => None,
        };
        while i < bytes.len() {
            if let Some(delim) = open {
                if bytes[i] == b'\\' {
                    i += 2;
                    continue;
                }
                if text[i..].starts_with(delim) {
                    i += delim.len();
                    open = None;
                    continue;
                }
                i += 1;
                continue;
            }
            match bytes[i] {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                b'#' => {
                    code_end = i;
                    break;
                }
                b'"' | b'\'' => {
                    let triple = if bytes[i] == b'"' { "\"\"\"" } else { "'''" };
                    if text[i..].starts_with(triple) {
                        open = Some(triple);
                        i += 3;
                    } else {
                        // A one-line string: skip to its closing quote.
                        let q = bytes[i];
                        i += 1;
                        while i < bytes.len() && bytes[i] != q {
                            i += if bytes[i] == b'\\' { 2 } else { 1 };
                        }
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        state = match open {
            Some(d) => Start::InString(d),
            None => Start::Code,
        };
        // Trailing spaces are code only when the line does not end in a string.
        let code = match (start, state) {
            (Start::Code, Start::Code) => text[..code_end.min(text.len())].trim_end(),
            _ => text,
        };
        lines.push(Line { text, start, continuation, code, end: state });
    }
    lines
}

fn indent_of(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

/// Whether line `i` begins a bare string statement that opens a block (a
/// docstring): the previous code line ends a block header with `:`, or
/// there is none (the module's docstring).
fn starts_docstring(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    if l.start != Start::Code {
        return false;
    }
    let t = l.code.trim_start();
    let t = t.strip_prefix(['r', 'R']).unwrap_or(t);
    if !(t.starts_with("\"\"\"") || t.starts_with("'''") || t.starts_with('"') || t.starts_with('\'')) {
        return false;
    }
    let prev = lines[..i].iter().rev().find(|p| p.start == Start::Code && !p.code.trim().is_empty());
    match prev {
        None => true,
        Some(p) => {
            p.code.ends_with(':') && p.end == Start::Code && !l.continuation && indent_of(l.text) > indent_of(p.text)
        }
    }
}

/// The index one past the last line of the string statement starting at `i`.
fn statement_end(lines: &[Line], i: usize) -> usize {
    let mut j = i;
    while lines[j].end != Start::Code {
        j += 1;
    }
    j + 1
}

pub fn minify(src: &str) -> String {
    let lines = scan(src);
    // Block indentation shrinks only when every statement is indented by
    // fours, so that nesting is kept exactly.
    let by_fours = lines
        .iter()
        .filter(|l| l.start == Start::Code && !l.continuation && !l.code.trim().is_empty())
        .all(|l| indent_of(l.code).is_multiple_of(4));
    let shrink = |n: usize| if by_fours { n / 4 } else { n };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if starts_docstring(&lines, i) {
            let end = statement_end(&lines, i);
            // Only a whole statement (nothing after the closing quotes).
            let whole = lines[end - 1].code.trim_end().ends_with(['"', '\'']);
            if whole {
                let indent = indent_of(l.text);
                let next = lines[end..].iter().find(|n| n.start == Start::Code && !n.code.trim().is_empty());
                let more_in_block = next.is_some_and(|n| indent_of(n.text) == indent);
                for k in i..end {
                    // A block made of only its docstring keeps a `pass`.
                    out.push(if k == i && !more_in_block && i > 0 {
                        format!("{}pass", " ".repeat(shrink(indent)))
                    } else {
                        String::new()
                    });
                }
                i = end;
                continue;
            }
        }
        out.push(match l.start {
            Start::InString(_) => l.text.to_owned(),
            Start::Code if l.code.trim().is_empty() => String::new(),
            Start::Code if l.continuation => l.code.to_owned(),
            Start::Code => {
                let n = indent_of(l.code);
                format!("{}{}", " ".repeat(shrink(n)), &l.code[n..])
            }
        });
        i += 1;
    }
    out.join("\n")
}
