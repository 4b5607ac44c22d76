//! printf-style `str % args` formatting (CPython's `PyUnicode_Format`).
//!
//! The interpreter drives the loop: it walks the pieces from
//! [`parse_percent_partial`], fetches `*` widths/precisions and the value for
//! each conversion from its arguments, converts the value as documented on
//! [`render_percent`], and concatenates the results.

use super::{
    float_repr, float_to_string, int_to_char, int_to_decimal, int_to_f64, round_float_to_int, MSG_CHAR_RANGE,
    MSG_CHAR_TYPE, MSG_C_LONG,
};
use num_bigint::{BigInt, Sign};
use num_traits::FromPrimitive;

/// A value for one conversion, already converted by the caller.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    Int(BigInt),
    Float(f64),
    Str(String),
}

/// A width or precision: a literal number or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentNum {
    Star,
    Fixed(usize),
}

/// One `%` conversion: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: Option<String>,
    /// The flag characters (`-`, `+`, ` `, `#`, `0`) in source order.
    pub flags: String,
    pub width: Option<PercentNum>,
    pub precision: Option<PercentNum>,
    pub conv: char,
}

/// A literal run of text (`%%` already turned into `%`) or a conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    Literal(String),
    Spec(PercentSpec),
}

/// A parse error of a format string.  When `after_arg` is true the error is
/// an unsupported conversion character: its spec is the last piece returned,
/// and CPython raises the error only after fetching that conversion's `*`
/// arguments and value (so "not enough arguments for format string" wins
/// when the arguments run out).  Otherwise it is raised when reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentError {
    pub message: String,
    pub after_arg: bool,
}

/// Parse a whole format string; any error is returned (see
/// [`parse_percent_partial`] for CPython's exact error ordering).
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    match parse_percent_partial(fmt) {
        (pieces, None) => Ok(pieces),
        (_, Some(err)) => Err(err.message),
    }
}

/// Parse a format string up to its first error: the pieces before the error
/// (all pieces if there is none) and the error.
pub fn parse_percent_partial(fmt: &str) -> (Vec<PercentPiece>, Option<PercentError>) {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            literal.push(chars[pos]);
            pos += 1;
            continue;
        }
        let mut cur = Cursor { chars: &chars, pos: pos + 1, cnt: (chars.len() - pos - 1) as isize };
        if cur.read() == '%' {
            literal.push('%');
            pos += 2;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        match parse_spec(&mut cur) {
            Ok(spec) => {
                let conv = spec.conv;
                pieces.push(PercentPiece::Spec(spec));
                if !"srainduoxXeEfFgGc".contains(conv) {
                    let message = unsupported(conv, cur.pos - 1);
                    return (pieces, Some(PercentError { message, after_arg: true }));
                }
            }
            Err(message) => return (pieces, Some(PercentError { message, after_arg: false })),
        }
        pos = cur.pos;
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    (pieces, None)
}

fn unsupported(conv: char, index: usize) -> String {
    let shown = if (31..=126).contains(&(conv as u32)) { conv } else { '?' };
    format!("unsupported format character '{shown}' (0x{:x}) at index {index}", conv as u32)
}

/// Mirrors the `fmtpos`/`fmtcnt` bookkeeping of `unicode_format_arg_parse`.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    cnt: isize,
}

impl Cursor<'_> {
    fn read(&self) -> char {
        self.chars.get(self.pos).copied().unwrap_or('\0')
    }

    /// `if (--fmtcnt >= 0) { ch = READ; fmtpos++; }`
    fn next(&mut self) -> Option<char> {
        self.cnt -= 1;
        if self.cnt < 0 {
            return None;
        }
        let ch = self.read();
        self.pos += 1;
        Some(ch)
    }

    /// Read digits following `first`; returns the number and the next char.
    fn number(&mut self, first: char, max: usize, err: &str) -> Result<(usize, char), String> {
        let mut value = first as usize - '0' as usize;
        let mut ch = first;
        while let Some(c) = self.next() {
            ch = c;
            let Some(d) = c.to_digit(10) else { break };
            if value > (max - d as usize) / 10 {
                return Err(err.into());
            }
            value = value * 10 + d as usize;
        }
        Ok((value, ch))
    }
}

/// Parse one conversion; the cursor is just after the '%'.
fn parse_spec(cur: &mut Cursor) -> Result<PercentSpec, String> {
    let mut ch = cur.read();
    let mut key = None;
    if ch == '(' {
        cur.pos += 1;
        cur.cnt -= 1;
        let start = cur.pos;
        let mut depth = 1;
        while depth > 0 {
            let Some(c) = cur.next() else { break };
            ch = c;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if cur.cnt < 0 || depth > 0 {
            return Err("incomplete format key".into());
        }
        key = Some(cur.chars[start..cur.pos - 1].iter().collect());
    }
    let mut flags = String::new();
    while let Some(c) = cur.next() {
        ch = c;
        if !matches!(c, '-' | '+' | ' ' | '#' | '0') {
            break;
        }
        flags.push(c);
    }
    let mut width = None;
    if ch == '*' {
        width = Some(PercentNum::Star);
        ch = cur.next().unwrap_or(ch);
    } else if ch.is_ascii_digit() {
        let (w, next) = cur.number(ch, isize::MAX as usize, "width too big")?;
        width = Some(PercentNum::Fixed(w));
        ch = next;
    }
    let mut precision = None;
    if ch == '.' {
        precision = Some(PercentNum::Fixed(0));
        ch = cur.next().unwrap_or(ch);
        if ch == '*' {
            precision = Some(PercentNum::Star);
            ch = cur.next().unwrap_or(ch);
        } else if ch.is_ascii_digit() {
            let (p, next) = cur.number(ch, i32::MAX as usize, "precision too big")?;
            precision = Some(PercentNum::Fixed(p));
            ch = next;
        }
    }
    if cur.cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        ch = cur.next().unwrap_or(ch);
    }
    if cur.cnt < 0 {
        return Err("incomplete format".into());
    }
    Ok(PercentSpec { key, flags, width, precision, conv: ch })
}

/// Render one conversion.  `width`/`precision` are the resolved values
/// (`None` = not given).  For a negative `*` width the caller adds '-' to
/// `spec.flags` and passes the absolute value; a negative `*` precision is
/// passed as 0.  Values: for s/r/a a `Str` holding str()/repr()/ascii() of
/// the argument; for d i u o x X an `Int` (a `Float` is truncated for d/i/u);
/// for e E f F g G a `Float` (an `Int` is converted); for c an `Int` or a
/// one-character `Str`.
pub fn render_percent(
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    value: PercentValue,
) -> Result<String, String> {
    let conv = spec.conv;
    let alt = spec.flags.contains('#');
    let (text, numeric) = match conv {
        's' | 'r' | 'a' => (value_text(value)?, false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(&int_value(value, conv)?, alt, precision, conv)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_value(value)?;
            (float_to_string(x, conv, precision.unwrap_or(6), alt), true)
        }
        'c' => (char_value(value)?.to_string(), false),
        _ => return Err(unsupported(conv, 0)),
    };
    Ok(pad_output(&text, spec, numeric, width, precision))
}

fn value_text(value: PercentValue) -> Result<String, String> {
    Ok(match value {
        PercentValue::Str(s) => s,
        PercentValue::Int(n) => int_to_decimal(&n)?,
        PercentValue::Float(x) => float_repr(x),
    })
}

fn int_value(value: PercentValue, conv: char) -> Result<BigInt, String> {
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    let requirement = if integer_only { "an integer" } else { "a real number" };
    match value {
        PercentValue::Int(n) => Ok(n),
        PercentValue::Float(x) if !integer_only => {
            round_float_to_int(x)?;
            Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
        }
        PercentValue::Float(_) => Err(format!("%{conv} format: {requirement} is required, not float")),
        PercentValue::Str(_) => Err(format!("%{conv} format: {requirement} is required, not str")),
    }
}

fn float_value(value: PercentValue) -> Result<f64, String> {
    match value {
        PercentValue::Float(x) => Ok(x),
        PercentValue::Int(n) => int_to_f64(&n),
        PercentValue::Str(_) => Err("must be real number, not str".into()),
    }
}

fn char_value(value: PercentValue) -> Result<char, String> {
    match value {
        // PyLong_AsLongAndOverflow: a C long overflow is reported as out of range.
        PercentValue::Int(n) => {
            int_to_char(&n).map_err(|e| if e == MSG_C_LONG { MSG_CHAR_RANGE.to_string() } else { e })
        }
        PercentValue::Str(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap_or('\0')),
        _ => Err(MSG_CHAR_TYPE.into()),
    }
}

/// CPython's `_PyUnicode_FormatLong`: sign, optional 0o/0x/0X prefix, digits
/// zero-padded to `precision`.
fn format_long(n: &BigInt, alt: bool, precision: Option<usize>, conv: char) -> Result<String, String> {
    if precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err("precision too large".into());
    }
    let magnitude = BigInt::from_biguint(Sign::Plus, n.magnitude().clone());
    let (digits, prefix) = match conv {
        'o' => (n.magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (n.magnitude().to_str_radix(16), "0x"),
        _ => (int_to_decimal(&magnitude)?, ""),
    };
    let mut out = String::new();
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    let precision = precision.unwrap_or(0);
    if precision > digits.len() {
        out.push_str(&"0".repeat(precision - digits.len()));
    }
    out.push_str(&digits);
    if conv == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// CPython's `unicode_format_arg_output`: truncation, sign, prefix, padding.
fn pad_output(text: &str, spec: &PercentSpec, numeric: bool, width: Option<usize>, precision: Option<usize>) -> String {
    let has = |f: char| spec.flags.contains(f);
    let show_sign = has('+') || has(' ');
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    if width.is_none_or(|w| w <= len) && precision.is_none_or(|p| p >= len) && !show_sign {
        return text.to_string();
    }
    let fill = if numeric && has('0') { '0' } else { ' ' };
    if matches!(spec.conv, 's' | 'r' | 'a') {
        len = len.min(precision.unwrap_or(len));
    }
    let mut start = 0;
    let mut sign = None;
    if numeric {
        sign = match chars.first() {
            Some(&c @ ('-' | '+')) => {
                len -= 1;
                start = 1;
                Some(c)
            }
            _ if has('+') => Some('+'),
            _ if has(' ') => Some(' '),
            _ => None,
        };
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::new();
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = has('#') && matches!(spec.conv, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !has('-') {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if prefixed {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}
