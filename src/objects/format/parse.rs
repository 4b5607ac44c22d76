//! `int(str, base)`, `float(str)`, `repr(str)` and `ascii(str)` as CPython 3.11.

use super::tables::{DECIMAL_ZEROS, NON_PRINTABLE};
use super::INT_MAX_STR_DIGITS;
use num_bigint::BigInt;
use num_traits::Zero;

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x20' | '\u{85}' | '\u{a0}' | '\u{1680}')
        || matches!(c, '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}')
        || matches!(c, '\u{205f}' | '\u{3000}')
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    let idx = NON_PRINTABLE.partition_point(|&(_, hi)| hi < c);
    NON_PRINTABLE.get(idx).is_none_or(|&(lo, _)| c < lo)
}

/// The value of a Unicode decimal digit (category Nd), like `unicodedata.decimal`.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    if (0x30..=0x39).contains(&c) {
        return Some(c - 0x30);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces
/// become ' ', Unicode digits become ASCII digits, the first other non-ASCII
/// character becomes '?' and ends the string.
fn to_ascii_number(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C `isspace` on ASCII (what `Py_ISSPACE` tests).
fn c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `repr(s)` truncated to 200 code points (CPython's `%.200R`).
fn repr_200(s: &str) -> String {
    str_repr(s).chars().take(200).collect()
}

/// `int(s, base)` for a str argument.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".into());
    }
    let ascii = to_ascii_number(s);
    parse_int_ascii(&ascii, base)
        .map_err(|e| e.unwrap_or_else(|| format!("invalid literal for int() with base {base}: {}", repr_200(s))))
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// CPython's `PyLong_FromString`; `Err(None)` means "invalid literal",
/// `Err(Some(msg))` another error.
fn parse_int_ascii(s: &[u8], base: u32) -> Result<BigInt, Option<String>> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while c_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefixed = matches!((base, at(i + 1).to_ascii_lowercase()), (16, b'x') | (8, b'o') | (2, b'b'));
    if at(i) == b'0' && prefixed {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(None);
    }
    let start = i;
    let mut clean = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(i)) < base || at(i) == b'_' {
        if at(i) == b'_' && prev == b'_' {
            return Err(None);
        }
        if at(i) != b'_' {
            clean.push(at(i));
        }
        prev = at(i);
        i += 1;
    }
    if prev == b'_' {
        return Err(None);
    }
    if base & (base - 1) != 0 && clean.len() > INT_MAX_STR_DIGITS {
        return Err(Some(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let value = BigInt::parse_bytes(&clean, base).unwrap_or_default();
    if (error_if_nonzero && !value.is_zero()) || i == start {
        return Err(None);
    }
    while c_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(None);
    }
    Ok(if negative { -value } else { value })
}

/// `float(s)` for a str argument.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let err = || format!("could not convert string to float: {}", str_repr(s));
    let ascii = to_ascii_number(s);
    let cleaned = remove_underscores(&ascii).ok_or_else(err)?;
    let mut body = cleaned.as_slice();
    while let [b, rest @ ..] = body {
        if !c_space(*b) {
            break;
        }
        body = rest;
    }
    while let [rest @ .., b] = body {
        if !c_space(*b) {
            break;
        }
        body = rest;
    }
    float_literal(body).ok_or_else(err)
}

/// Drop underscores, which are only allowed between two digits.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// Parse a complete float literal (no surrounding whitespace): an optional
/// sign and either inf/infinity/nan or a decimal number with optional exponent.
fn float_literal(s: &[u8]) -> Option<f64> {
    let (negative, rest) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let word = rest.to_ascii_lowercase();
    let value = match word.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => {
            if !is_decimal_literal(rest) {
                return None;
            }
            std::str::from_utf8(rest).ok()?.parse::<f64>().ok()?
        }
    };
    Some(if negative { -value } else { value })
}

/// digits [. digits] | . digits, then optionally [eE] [+-] digits.
fn is_decimal_literal(s: &[u8]) -> bool {
    let count = |s: &[u8], i: usize| s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = count(s, 0);
    let mut mantissa_digits = i;
    if s.get(i) == Some(&b'.') {
        let n = count(s, i + 1);
        mantissa_digits += n;
        i += 1 + n;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = count(s, i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == s.len()
}

/// `repr(s)` for a str, exactly as CPython (quote choice and escapes).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if (c as u32) >= 0x80 && is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)` for a str: `repr(s)` with every non-ASCII character escaped.
pub fn str_ascii_repr(s: &str) -> String {
    let mut out = String::new();
    for c in str_repr(s).chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `\xHH`, `\uHHHH` or `\UHHHHHHHH`.
fn push_escape(out: &mut String, c: char) {
    let v = c as u32;
    let text = if v < 0x100 {
        format!("\\x{v:02x}")
    } else if v < 0x10000 {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    };
    out.push_str(&text);
}
