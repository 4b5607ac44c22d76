//! Python regular-expression syntax → `fancy-regex` syntax.
//!
//! Both are Perl-style backtracking dialects; the differences that matter
//! for ordinary patterns are rewritten here: `(?P=name)` backreferences,
//! `$` (which in Python also matches before a final newline), `\Z`,
//! `{,n}`, octal escapes, a `[` or `&&`/`--`/`~~` inside a class (set
//! operations in Rust), lone braces, and VERBOSE mode (stripped here so
//! whitespace inside classes keeps Python's meaning).

/// Python's flag bits (`re.I` ...), as in CPython.
pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// The translated pattern, with the flags applied as an inline group.
pub fn translate(pattern: &str, flags: i64) -> Result<String, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let (mut flags, start) = leading_inline_flags(&chars, flags);
    if flags & VERBOSE != 0 {
        let stripped = strip_verbose(&chars[start..]);
        return translate_body(&stripped, &mut flags);
    }
    translate_body(&chars[start..], &mut flags)
}

fn translate_body(chars: &[char], flags: &mut i64) -> Result<String, String> {
    let mut out = String::with_capacity(chars.len() + 16);
    let mut i = 0;
    // Where each still-open group starts.
    let mut opens: Vec<usize> = Vec::new();
    let ascii = *flags & ASCII != 0;
    let mut names: Vec<String> = Vec::new();
    let mut groups = 0usize;
    let mut cond_refs: Vec<(usize, usize)> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => i = escape(chars, i, &mut out, false, ascii)?,
            '[' => i = class(chars, i, &mut out, ascii)?,
            '$' => {
                if *flags & MULTILINE != 0 {
                    out.push_str("(?m:$)");
                } else {
                    out.push_str(r"(?=\n?\z)");
                }
                i += 1;
            }
            '{' => i = brace(chars, i, &mut out),
            '}' => {
                out.push_str(r"\}");
                i += 1;
            }
            '(' => {
                check_group_name(chars, i, &mut names)?;
                if chars.get(i + 1) == Some(&'?') && chars.get(i + 2) == Some(&'(') {
                    // A conditional: `(?(N)` or `(?(name)`; its condition is no group.
                    if let Some(len) = chars[i + 3..].iter().position(|&c| c == ')') {
                        let cond: String = chars[i + 3..i + 3 + len].iter().collect();
                        if !cond.is_empty() && cond.chars().all(|d| d.is_ascii_digit()) {
                            cond_refs.push((cond.parse().unwrap_or(usize::MAX), i + 3));
                        }
                        out.extend(&chars[i..i + 4 + len]);
                        opens.push(i);
                        i += 4 + len;
                        continue;
                    }
                } else if chars.get(i + 1) != Some(&'?') || chars.get(i + 2..i + 4) == Some(&['P', '<']) {
                    groups += 1;
                }
                let (next, opened) = group_open(chars, i, &mut out)?;
                if opened {
                    opens.push(i);
                }
                i = next;
            }
            ')' => {
                if opens.pop().is_none() {
                    return Err(format!("unbalanced parenthesis at position {i}"));
                }
                out.push(')');
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    if let Some(at) = opens.last() {
        return Err(format!("missing ), unterminated subpattern at position {at}"));
    }
    // `(?(N)...)` must name a group of the pattern, as sre checks once it is
    // parsed (fancy-regex would take a missing group as never matched).
    for (n, at) in cond_refs {
        if n == 0 {
            return Err(format!("bad group number at position {at}"));
        }
        if n > groups {
            return Err(format!("invalid group reference {n} at position {at}"));
        }
    }
    let mut prefix = String::new();
    if *flags & IGNORECASE != 0 {
        prefix.push('i');
    }
    if *flags & MULTILINE != 0 {
        prefix.push('m');
    }
    if *flags & DOTALL != 0 {
        prefix.push('s');
    }
    Ok(if prefix.is_empty() { out } else { format!("(?{prefix}){out}") })
}

/// `(?imsx)` at the very start sets flags for the whole pattern (Python semantics).
fn leading_inline_flags(chars: &[char], mut flags: i64) -> (i64, usize) {
    let mut i = 0;
    while chars.get(i) == Some(&'(') && chars.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(&c) = chars.get(j) {
            match c {
                'i' => f |= IGNORECASE,
                'm' => f |= MULTILINE,
                's' => f |= DOTALL,
                'x' => f |= VERBOSE,
                'a' => f |= ASCII,
                'u' => f |= UNICODE,
                'L' => f |= LOCALE,
                _ => break,
            }
            j += 1;
        }
        if j == i + 2 || chars.get(j) != Some(&')') {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    (flags, i)
}

/// Removes VERBOSE whitespace and comments outside character classes.
fn strip_verbose(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            out.push(c);
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if in_class {
            if c == ']' {
                in_class = false;
            }
            out.push(c);
        } else if c == '[' {
            in_class = true;
            out.push(c);
            // A ']' right after '[' or '[^' is a literal.
            if chars.get(i + 1) == Some(&'^') {
                out.push('^');
                i += 1;
            }
            if chars.get(i + 1) == Some(&']') {
                out.push(']');
                i += 1;
            }
        } else if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if !c.is_whitespace() {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// `(?P<name>` must name a new group with an identifier, as in Python.
fn check_group_name(chars: &[char], i: usize, names: &mut Vec<String>) -> Result<(), String> {
    let head: String = chars[i..].iter().take(4).collect();
    if head != "(?P<" {
        return Ok(());
    }
    let name: String = chars[i + 4..].iter().take_while(|&&c| c != '>').collect();
    let valid = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !valid {
        return Err(format!("bad character in group name '{name}' at position {}", i + 4));
    }
    if names.contains(&name) {
        return Err(format!("redefinition of group name '{name}' at position {}", i + 4));
    }
    names.push(name);
    Ok(())
}

/// The ASCII-only form of `\d`, `\w`, `\s` and their negations (re.ASCII).
fn ascii_class(c: char, in_class: bool) -> Option<&'static str> {
    Some(match (c, in_class) {
        ('d', true) => "0-9",
        ('w', true) => "0-9A-Za-z_",
        ('s', true) => " \\t\\n\\r\\x0B\\x0C",
        ('d', false) => "[0-9]",
        ('w', false) => "[0-9A-Za-z_]",
        ('s', false) => "[ \\t\\n\\r\\x0B\\x0C]",
        ('D', false) => "[^0-9]",
        ('W', false) => "[^0-9A-Za-z_]",
        ('S', false) => "[^ \\t\\n\\r\\x0B\\x0C]",
        _ => return None,
    })
}

/// An escape at `chars[i] == '\\'`; returns the index after it.
fn escape(chars: &[char], i: usize, out: &mut String, in_class: bool, ascii: bool) -> Result<usize, String> {
    let Some(&c) = chars.get(i + 1) else {
        return Err(format!("bad escape (end of pattern) at position {i}"));
    };
    if let Some(class) = ascii.then(|| ascii_class(c, in_class)).flatten() {
        out.push_str(class);
        return Ok(i + 2);
    }
    match c {
        'Z' if !in_class => out.push_str(r"\z"),
        'A' | 'b' | 'B' if !in_class => {
            out.push('\\');
            out.push(c);
        }
        'b' => out.push_str(r"\x08"),
        'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' | 'a' => match c {
            'v' => out.push_str(r"\x0B"),
            'a' => out.push_str(r"\x07"),
            _ => {
                out.push('\\');
                out.push(c);
            }
        },
        'x' => {
            let hex: String = chars.iter().skip(i + 2).take(2).collect();
            if hex.len() != 2 || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                return Err(format!("incomplete escape \\x{hex} at position {i}"));
            }
            out.push_str(&format!("\\x{{{hex}}}"));
            return Ok(i + 4);
        }
        'u' | 'U' => {
            let n = if c == 'u' { 4 } else { 8 };
            let hex: String = chars.iter().skip(i + 2).take(n).collect();
            if hex.len() != n || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                return Err(format!("incomplete escape \\{c}{hex} at position {i}"));
            }
            out.push_str(&format!("\\x{{{hex}}}"));
            return Ok(i + 2 + n);
        }
        '0'..='9' => {
            // Octal (\0, \012) or a group reference (\1 .. \99).
            let digits: String = chars.iter().skip(i + 1).take(3).take_while(|d| d.is_ascii_digit()).collect();
            let is_octal = c == '0' || (digits.len() == 3 && digits.chars().all(|d| ('0'..='7').contains(&d)));
            if is_octal || in_class {
                let oct: String = digits.chars().take_while(|d| ('0'..='7').contains(d)).take(3).collect();
                let value = u32::from_str_radix(if oct.is_empty() { "0" } else { &oct }, 8).unwrap_or(0);
                out.push_str(&format!("\\x{{{value:x}}}"));
                return Ok(i + 1 + oct.len().max(1));
            }
            let group: String = digits.chars().take(2).collect();
            out.push('\\');
            out.push_str(&group);
            return Ok(i + 1 + group.len());
        }
        c if c.is_ascii_alphabetic() => return Err(format!("bad escape \\{c} at position {i}")),
        c if c.is_ascii() => {
            out.push('\\');
            out.push(c);
        }
        c => out.push(c),
    }
    Ok(i + 2)
}

/// A character class starting at `chars[i] == '['`.
fn class(chars: &[char], i: usize, out: &mut String, ascii: bool) -> Result<usize, String> {
    let mut j = i + 1;
    out.push('[');
    if chars.get(j) == Some(&'^') {
        out.push('^');
        j += 1;
    }
    if chars.get(j) == Some(&']') {
        out.push_str(r"\]");
        j += 1;
    }
    while j < chars.len() {
        let c = chars[j];
        match c {
            ']' => {
                out.push(']');
                return Ok(j + 1);
            }
            '\\' => j = escape(chars, j, out, true, ascii)?,
            '[' | '&' | '~' => {
                out.push('\\');
                out.push(c);
                j += 1;
            }
            '-' if chars.get(j + 1) == Some(&'-') => {
                out.push_str(r"\-");
                j += 1;
            }
            _ => {
                out.push(c);
                j += 1;
            }
        }
    }
    Err(format!("unterminated character set at position {i}"))
}

/// `{m,n}` quantifiers pass (with `{,n}` → `{0,n}`); anything else is a literal brace.
fn brace(chars: &[char], i: usize, out: &mut String) -> usize {
    let rest: String = chars[i + 1..].iter().take_while(|&&c| c != '}').collect();
    let closed = chars.len() > i + 1 + rest.len();
    let (lo, hi) = match rest.split_once(',') {
        Some((lo, hi)) => (lo, Some(hi)),
        None => (rest.as_str(), None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let valid = closed && digits(lo) && hi.is_none_or(digits) && !(lo.is_empty() && hi.is_none_or(|h| h.is_empty()));
    if !valid {
        out.push_str(r"\{");
        return i + 1;
    }
    let lo = if lo.is_empty() { "0" } else { lo };
    match hi {
        Some(h) => out.push_str(&format!("{{{lo},{h}}}")),
        None => out.push_str(&format!("{{{lo}}}")),
    }
    i + 2 + rest.len()
}

/// `(`, `(?:`, `(?P<name>`, lookaround, inline flags; `(?P=name)` and
/// `(?#...)` are complete here. Returns the next index and whether a group opened.
fn group_open(chars: &[char], i: usize, out: &mut String) -> Result<(usize, bool), String> {
    if chars.get(i + 1) != Some(&'?') {
        out.push('(');
        return Ok((i + 1, true));
    }
    let rest: String = chars[i + 2..].iter().take(2).collect();
    if rest == "P<" {
        out.push_str("(?P<");
        return Ok((i + 4, true));
    }
    if rest == "P=" {
        let name: String = chars[i + 4..].iter().take_while(|&&c| c != ')').collect();
        if i + 4 + name.len() >= chars.len() {
            return Err(format!("missing ), unterminated name at position {}", i + 4));
        }
        out.push_str(&format!("\\k<{name}>"));
        return Ok((i + 5 + name.len(), false));
    }
    if rest.starts_with('#') {
        let mut j = i + 2;
        while j < chars.len() && chars[j] != ')' {
            j += 1;
        }
        if j >= chars.len() {
            return Err("missing ), unterminated comment".to_owned());
        }
        return Ok((j + 1, false));
    }
    out.push_str("(?");
    Ok((i + 2, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_python_only_syntax() {
        assert_eq!(translate(r"a$", 0).unwrap(), r"a(?=\n?\z)");
        assert_eq!(translate(r"\d{,3}", 0).unwrap(), r"\d{0,3}");
        assert_eq!(translate(r"a{", 0).unwrap(), r"a\{");
        assert_eq!(translate(r"[[a]", 0).unwrap(), r"[\[a]");
        assert_eq!(translate(r"(?P<x>a)(?P=x)", 0).unwrap(), r"(?P<x>a)\k<x>");
        assert_eq!(translate(r"x\Z", 0).unwrap(), r"x\z");
        assert_eq!(translate("a b # c\n d", VERBOSE).unwrap(), "abd");
        assert_eq!(translate(r"\0", 0).unwrap(), r"\x{0}");
        assert!(translate(r"(a", 0).is_err());
        assert!(translate(r"\q", 0).is_err());
        assert!(translate(r"(?P<a>x)(?P<a>y)", 0).is_err());
        assert!(translate(r"(?P<1>x)", 0).is_err());
        assert!(translate(r"(?(1)a|b)", 0).is_err());
        assert!(translate(r"(?(2)a|b)(x)", 0).is_err());
        assert!(translate(r"(?(1)a|b)(?:x)(?P<n>y)", 0).is_ok());
        assert_eq!(translate(r"\d\W[\s]", ASCII).unwrap(), r"[0-9][^0-9A-Za-z_][ \t\n\r\x0B\x0C]");
    }
}
