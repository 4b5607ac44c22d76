//! Per-character Unicode properties and case mappings with CPython 3.11's
//! definitions (see `unicode_tables.rs`), with ASCII fast paths.

use super::unicode_tables as t;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&(c as u32), |&(k, _)| k).ok().map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(t::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DECIMAL, c)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(t::PRINTABLE, c)
}

/// Python's whitespace: bidirectional types WS, B, S and category Zs.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// A line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(t::XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(t::XID_CONTINUE, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(t::LOWERCASE, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(t::UPPERCASE, c)
}

pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(t::TITLECASE, c)
}

/// The Cased property: Lowercase, Uppercase or titlecase letter.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_table(t::CASE_IGNORABLE, c)
}

/// Characters that Rust's (newer) Unicode data gives case mappings which
/// Unicode 14, and so CPython 3.11, does not have: they map to themselves.
/// Found by comparing every code point with CPython.
#[rustfmt::skip]
static NEWER_CASE_MAPPINGS: &[(u32, u32)] = &[
    (0x19B, 0x19B), (0x264, 0x264), (0x1C89, 0x1C8A), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D5), (0xA7DA, 0xA7DC),
    (0x10D50, 0x10D65), (0x10D70, 0x10D85), (0x16EA0, 0x16EB8), (0x16EBB, 0x16ED3),
];

/// Whether Rust's case mappings of the non-ASCII `c` agree with Unicode 14.
fn std_case_applies(c: char) -> bool {
    !in_table(NEWER_CASE_MAPPINGS, c)
}

pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if std_case_applies(c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// The full lowercase mapping, without the final-sigma rule.
pub fn push_lower_simple(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if std_case_applies(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

pub fn push_title(out: &mut String, c: char) {
    match mapped(t::TITLE, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

pub fn push_casefold(out: &mut String, c: char) {
    match mapped(t::CASEFOLD, c) {
        Some(m) => out.push_str(m),
        None => push_lower_simple(out, c),
    }
}

/// Lowercases `chars[i]`, applying the Final_Sigma rule to capital sigma:
/// `\p{cased}\p{case-ignorable}*Σ!(\p{case-ignorable}*\p{cased})` → `ς`.
pub fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        return push_lower_simple(out, c);
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let mut final_sigma = before.is_some_and(|&p| is_cased(p));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&n| !is_case_ignorable(n));
        final_sigma = !after.is_some_and(|&n| is_cased(n));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// The value of a decimal digit (any script's `Nd` character), as CPython's
/// `Py_UNICODE_TODECIMAL`. Unicode encodes every decimal digit in runs of ten
/// starting at zero, so the value is the offset within its run.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, hi)| hi < n);
    match t::DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= n => Some((n - lo) % 10),
        _ => None,
    }
}
