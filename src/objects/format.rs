//! Number and string formatting/parsing that matches CPython 3.11 byte for byte.
//!
//! This module is independent of the interpreter: it only uses `std` and the
//! `num-*` crates.  Errors are returned as CPython's exception message text
//! (without the exception type name); [`error_type`] tells which Python
//! exception class a message belongs to.
//!
//! Layout:
//! * `format.rs` (this file): `format()` specs for int/float/str, float repr,
//!   `round()`, radix conversion, int/float conversions.
//! * `format/parse.rs`: `int(str, base)`, `float(str)`, `repr(str)`/`ascii(str)`
//!   and the character classes they need.
//! * `format/percent.rs`: printf-style `%` formatting.
//! * `format/tables.rs`: generated Unicode tables.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

mod parse;
mod percent;
mod tables;

pub use parse::{decimal_value, is_printable, is_space, parse_float, parse_int, str_ascii_repr, str_repr};
pub use percent::{
    parse_percent, parse_percent_partial, render_percent, PercentError, PercentNum, PercentPiece, PercentSpec,
    PercentValue,
};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

const MSG_INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
const MSG_ROUND_OVERFLOW: &str = "rounded value too large to represent";
const MSG_CHAR_RANGE: &str = "%c arg not in range(0x110000)";
const MSG_C_LONG: &str = "Python int too large to convert to C long";
const MSG_FLOAT_INF: &str = "cannot convert float infinity to integer";
const MSG_FLOAT_NAN: &str = "cannot convert float NaN to integer";
const MSG_CHAR_TYPE: &str = "%c requires int or char";

/// The Python exception class ("ValueError", "OverflowError" or "TypeError")
/// that CPython raises with an error message produced by this module.
pub fn error_type(msg: &str) -> &'static str {
    match msg {
        MSG_INT_TOO_LARGE_FOR_FLOAT
        | MSG_ROUND_OVERFLOW
        | MSG_CHAR_RANGE
        | MSG_C_LONG
        | MSG_FLOAT_INF
        | "precision too large" => "OverflowError",
        MSG_CHAR_TYPE | "must be real number, not str" => "TypeError",
        _ if msg.contains(" format: a") && msg.contains(" is required, not ") => "TypeError",
        _ => "ValueError",
    }
}

// ---------------------------------------------------------------------------
// Format specification mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (' ' by default; '0' when the `0` flag was used without an explicit fill).
    pub fill: char,
    /// Explicit alignment ('<', '>', '=', '^'); `None` means the type's default.
    pub align: Option<char>,
    /// '+', '-' or ' '.
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero to positive zero; floats only).
    pub no_neg_zero: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (only recorded when no explicit fill was given; `fill` is then '0').
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Parse a format spec.  The "Invalid format specifier" error names the type
/// "object"; use [`parse_format_spec_for`] to get CPython's exact message.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parse a format spec for a value of Python type `type_name` (used only in
/// the "Invalid format specifier '...' for object of type '...'" message).
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let at = |i: usize| c.get(i).copied();
    let is_align = |ch: Option<char>| matches!(ch, Some('<' | '>' | '=' | '^'));
    let mut f = FormatSpec::default();
    let mut pos = 0;
    let mut fill_specified = false;
    if is_align(at(1)) {
        f.fill = c[0];
        f.align = at(1);
        fill_specified = true;
        pos = 2;
    } else if is_align(at(0)) {
        f.align = at(0);
        pos = 1;
    }
    if let Some(s @ ('+' | '-' | ' ')) = at(pos) {
        f.sign = Some(s);
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        f.zero_pad = true;
        f.fill = '0';
        pos += 1;
    }
    f.width = spec_integer(&c, &mut pos)?;
    if at(pos) == Some(',') {
        f.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if at(pos) == Some('.') {
        pos += 1;
        f.precision = spec_integer(&c, &mut pos)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    match c.len() - pos {
        0 => {}
        1 => f.ty = Some(c[pos]),
        _ => return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")),
    }
    Ok(f)
}

/// Read a run of (Unicode) decimal digits; `None` when there are none.
fn spec_integer(c: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".into());
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Show a presentation type in an error message the way CPython does.
fn type_char_display(ty: char) -> String {
    if ty > ' ' && (ty as u32) < 128 {
        ty.to_string()
    } else {
        format!("\\x{:x}", ty as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!("Unknown format code '{}' for object of type '{type_name}'", type_char_display(ty))
}

/// Validate the grouping option against the (defaulted) presentation type
/// `ty` ('\0' = none); returns the group size and separator.
fn check_grouping(spec: &FormatSpec, ty: char) -> Result<Option<(usize, char)>, String> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((3, sep))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((4, '_'))),
        _ => Err(format!("Cannot specify '{sep}' with '{}'.", type_char_display(ty))),
    }
}

/// Default alignment for numbers: '=' with the `0` flag, else right.
fn number_align(spec: &FormatSpec) -> char {
    spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' })
}

// ---------------------------------------------------------------------------
// Number layout: padding, sign, prefix, grouping (CPython's fill_number)
// ---------------------------------------------------------------------------

/// A formatted number split into the parts that padding and grouping act on.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// Insert group separators into `digits`, padding with zeros up to
/// `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, group: Option<(usize, char)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    // Chunks are produced right to left, then reversed.
    let mut chunks: Vec<String> = Vec::new();
    let mut take = |len: i64, remaining: &mut i64, sep: Option<char>| {
        let zeros = (len - *remaining).max(0) as usize;
        let n = (*remaining).min(len).max(0);
        let end = *remaining as usize;
        let mut s = "0".repeat(zeros);
        s.push_str(&digits[end - n as usize..end]);
        if let Some(c) = sep {
            s.push(c);
        }
        chunks.push(s);
        *remaining -= n;
    };
    let mut finished = false;
    let mut sep = None;
    if let Some((size, sep_char)) = group {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            take(len, &mut remaining, sep);
            sep = Some(sep_char);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        take(len, &mut remaining, sep);
    }
    chunks.reverse();
    chunks.concat()
}

/// Lay out a number with sign, prefix, padding and grouping.
fn fill_number(num: &Number, spec: &FormatSpec, align: char, group: Option<(usize, char)>, upper: bool) -> String {
    let sign = match (num.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let n_fixed =
        sign.is_some() as i64 + num.prefix.len() as i64 + num.decimal as i64 + num.remainder.chars().count() as i64;
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && align == '=' { width - n_fixed } else { 0 };
    let mut grouped = if num.digits.is_empty() { String::new() } else { group_digits(num.digits, min_width, group) };
    let mut prefix = num.prefix.to_string();
    if upper {
        grouped.make_ascii_uppercase();
        prefix.make_ascii_uppercase();
    }
    let pad = width - (n_fixed + grouped.len() as i64);
    let (left, inner, right) = match (pad > 0, align) {
        (false, _) => (0, 0, 0),
        (true, '<') => (0, 0, pad),
        (true, '^') => (pad / 2, 0, pad - pad / 2),
        (true, '=') => (0, pad, 0),
        (true, _) => (pad, 0, 0),
    };
    let fill = |n: i64| spec.fill.to_string().repeat(n as usize);
    let mut out = fill(left);
    out.extend(sign);
    out.push_str(&prefix);
    out.push_str(&fill(inner));
    out.push_str(&grouped);
    if num.decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    out.push_str(&fill(right));
    out
}

// ---------------------------------------------------------------------------
// int formatting
// ---------------------------------------------------------------------------

/// `str(n)` honouring CPython's integer string conversion length limit.
pub fn int_to_decimal(n: &BigInt) -> Result<String, String> {
    let limit_msg = || {
        format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )
    };
    // Cheap early rejection of huge values.
    if n.bits() as f64 * std::f64::consts::LOG10_2 > INT_MAX_STR_DIGITS as f64 + 2.0 {
        return Err(limit_msg());
    }
    let s = n.to_string();
    let digits = s.len() - (n.sign() == Sign::Minus) as usize;
    if digits > INT_MAX_STR_DIGITS {
        return Err(limit_msg());
    }
    Ok(s)
}

/// `hex()`/`oct()`/`bin()` (with `prefix`) or plain digits in `radix` (2..=36).
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: bool) -> String {
    let mut out = String::new();
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&n.magnitude().to_str_radix(radix));
    out
}

/// `float(n)` for an int, correctly rounded (half-even), or the OverflowError message.
pub fn int_to_f64(n: &BigInt) -> Result<f64, String> {
    let mag = n.magnitude();
    let bits = mag.bits();
    let value = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let low_bits_zero = (mag & ((BigUint::from(1u8) << shift) - 1u8)).is_zero();
        let top = top | u64::from(!low_bits_zero);
        if shift > 2000 {
            f64::INFINITY
        } else {
            top as f64 * 2f64.powi(shift as i32)
        }
    };
    if value.is_infinite() {
        return Err(MSG_INT_TOO_LARGE_FOR_FLOAT.into());
    }
    Ok(if n.sign() == Sign::Minus { -value } else { value })
}

/// `format(n, spec)` parsing the spec for type `int`.
pub fn format_int_str(n: &BigInt, spec: &str) -> Result<String, String> {
    format_int(n, &parse_format_spec_for(spec, "int")?)
}

/// `format(n, spec)` for ints.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_body(n, spec, ty, group),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_body(int_to_f64(n)?, spec, group),
        _ => Err(unknown_code(ty, "int")),
    }
}

fn format_int_body(n: &BigInt, spec: &FormatSpec, ty: char, group: Option<(usize, char)>) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let align = number_align(spec);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        let ch = int_to_char(n)?.to_string();
        let num = Number { negative: false, prefix: "", digits: "", decimal: false, remainder: &ch };
        return Ok(fill_number(&num, spec, align, group, false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let magnitude = BigInt::from_biguint(Sign::Plus, n.magnitude().clone());
    let digits = if radix == 10 { int_to_decimal(&magnitude)? } else { n.magnitude().to_str_radix(radix) };
    let num = Number {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    let group = if ty == 'n' { None } else { group };
    Ok(fill_number(&num, spec, align, group, ty == 'X'))
}

/// The character for `format(n, 'c')` / `'%c' % n`.
fn int_to_char(n: &BigInt) -> Result<char, String> {
    let v = n.to_i64().ok_or_else(|| MSG_C_LONG.to_string())?;
    if !(0..=0x10FFFF).contains(&v) {
        return Err(MSG_CHAR_RANGE.into());
    }
    // Lone surrogates cannot live in a Rust string.
    char::from_u32(v as u32).ok_or_else(|| format!("surrogate code point {v:#x} cannot be represented"))
}

// ---------------------------------------------------------------------------
// float -> decimal digits (the part of CPython's dtoa we need)
// ---------------------------------------------------------------------------

/// Decimal digits `d1 d2 ... dn` (no trailing zeros; "0" for zero) meaning
/// `0.d1d2...dn * 10**decpt`, as returned by `_Py_dg_dtoa`.
struct Digits {
    digits: String,
    decpt: i64,
}

impl Digits {
    fn normalized(mut digits: String, mut decpt: i64) -> Digits {
        let lead = digits.len() - digits.trim_start_matches('0').len();
        digits.drain(..lead);
        decpt -= lead as i64;
        digits.truncate(digits.trim_end_matches('0').len());
        if digits.is_empty() {
            return Digits { digits: "0".into(), decpt: 1 };
        }
        Digits { digits, decpt }
    }

    /// Parse Rust's `{:e}` output ("1.2345e-7").
    fn from_sci(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        Digits::normalized(mantissa.replace('.', ""), exp + 1)
    }

    /// Shortest digits that round-trip (dtoa mode 0).  When two candidates
    /// of that length round-trip, dtoa takes the one nearest to `x` (ties to
    /// even), i.e. the correctly rounded one; Rust may pick the other.
    fn shortest(x: f64) -> Digits {
        let short = Digits::from_sci(&format!("{x:e}"));
        let nearest_text = format!("{:.*e}", short.digits.len() - 1, x);
        if nearest_text.parse::<f64>() == Ok(x) {
            let nearest = Digits::from_sci(&nearest_text);
            if nearest.digits.len() <= short.digits.len() {
                return nearest;
            }
        }
        short
    }

    /// `n` correctly rounded significant digits (dtoa mode 2).
    fn significant(x: f64, n: usize) -> Digits {
        Digits::from_sci(&format!("{:.*e}", n.max(1) - 1, x))
    }

    /// Correctly rounded to `p` digits after the point (dtoa mode 3).
    fn fixed(x: f64, p: usize) -> Digits {
        let s = format!("{x:.p$}");
        let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
        Digits::normalized(format!("{int}{frac}"), int.len() as i64)
    }

    fn is_zero(&self) -> bool {
        self.digits == "0"
    }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: code is one of
/// e E f F g G r.  Includes a leading '-' for negative values.
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if upper { "INF" } else { "inf" };
        return if negative { format!("-{inf}") } else { inf.into() };
    }
    let ax = x.abs();
    let (digits, precision) = match code.to_ascii_lowercase() {
        'e' => (Digits::significant(ax, precision + 1), precision + 1),
        'f' => (Digits::fixed(ax, precision), precision),
        'g' => {
            let p = precision.max(1);
            (Digits::significant(ax, p), p)
        }
        _ => (Digits::shortest(ax), 0),
    };
    let mut out = String::new();
    if negative && !(flags.no_neg_0 && digits.is_zero()) {
        out.push('-');
    }
    let code = code.to_ascii_lowercase();
    out.push_str(&layout_digits(&digits, code, precision as i64, flags));
    if upper {
        out = out.replace('e', "E");
    }
    out
}

/// Place the decimal point, pad with zeros, add an exponent
/// (the body of CPython's `format_float_short`).
fn layout_digits(d: &Digits, code: char, precision: i64, flags: DtoaFlags) -> String {
    let digits = d.digits.as_str();
    let len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vend = len;
    let use_exp = match code {
        'e' => {
            vend = precision;
            true
        }
        'f' => {
            vend = decpt + precision;
            false
        }
        'g' => {
            if flags.alt {
                vend = precision;
            }
            decpt <= -4 || decpt > precision - flags.add_dot_0 as i64
        }
        _ => decpt <= -4 || decpt > 16,
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 { vend.max(decpt + 1) } else { vend.max(decpt) };
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vstart));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vstart));
    }
    if 0 < decpt && decpt <= len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if len < decpt {
        out.push_str(&zeros(decpt - len));
        out.push('.');
        out.push_str(&zeros(vend - decpt));
    } else {
        out.push_str(&zeros(vend - len));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("e{sign}{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    double_to_string(x, 'r', 0, flags)
}

/// `'%.<precision><code>' % x` without padding (code: e E f F g G; `alt` is the `#` flag).
pub fn float_to_string(x: f64, code: char, precision: usize, alt: bool) -> String {
    let flags = DtoaFlags { alt, ..DtoaFlags::default() };
    double_to_string(x, code, precision, flags)
}

// ---------------------------------------------------------------------------
// float formatting
// ---------------------------------------------------------------------------

/// `format(x, spec)` parsing the spec for type `float`.
pub fn format_float_str(x: f64, spec: &str) -> Result<String, String> {
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

/// `format(x, spec)` for floats.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let group = check_grouping(spec, spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_body(x, spec, group),
        Some(ty) => Err(unknown_code(ty, "float")),
    }
}

/// CPython's `format_float_internal`.
fn format_float_body(x: f64, spec: &FormatSpec, group: Option<(usize, char)>) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
    let (mut code, default_precision) = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(t) => (t, 6),
    };
    let mut value = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(value, code, precision, flags);
    if percent {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let num = Number { negative, prefix: "", digits, decimal, remainder };
    let group = if spec.ty == Some('n') { None } else { group };
    Ok(fill_number(&num, spec, number_align(spec), group, false))
}

// ---------------------------------------------------------------------------
// str formatting
// ---------------------------------------------------------------------------

/// `format(s, spec)` parsing the spec for type `str`.
pub fn format_str_str(s: &str, spec: &str) -> Result<String, String> {
    format_str(s, &parse_format_spec_for(spec, "str")?)
}

/// `format(s, spec)` for str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let mut len = s.chars().count();
    let mut text = s;
    if let Some(p) = spec.precision.filter(|&p| p < len) {
        let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
        text = &s[..end];
        len = p;
    }
    Ok(pad_text(text, len, spec.width, align, spec.fill))
}

/// Pad `text` (of `len` code points) to `width` (CPython's `calc_padding`).
fn pad_text(text: &str, len: usize, width: Option<usize>, align: char, fill: char) -> String {
    let total = width.map_or(len, |w| w.max(len));
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let right = total - len - left;
    let fill = fill.to_string();
    let mut out = fill.repeat(left);
    out.push_str(text);
    out.push_str(&fill.repeat(right));
    out
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    // NDIGITS_MAX / NDIGITS_MIN from floatobject.c.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 { format!("{:.*}", ndigits as usize, x) } else { round_to_tens(x, (-ndigits) as usize) };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(MSG_ROUND_OVERFLOW.into());
    }
    Ok(rounded)
}

/// Round a finite `x` half-even to a multiple of `10**k` (k >= 1), exactly;
/// returns a decimal string such as "-12e3".
fn round_to_tens(x: f64, k: usize) -> String {
    let int_part = x.abs().trunc();
    let has_fraction = int_part != x.abs();
    let s = format!("{int_part:.0}");
    let s = format!("{}{s}", "0".repeat((k + 1).saturating_sub(s.len())));
    let (head, tail) = s.split_at(s.len() - k);
    let half = format!("5{}", "0".repeat(k - 1));
    let round_up = match tail.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => has_fraction || head.bytes().last().is_some_and(|b| (b - b'0') % 2 == 1),
    };
    let mut head: BigInt = head.parse().unwrap_or_default();
    if round_up {
        head += 1;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{head}e{k}")
}

/// `round(x)` without ndigits: the half-even integer value, or the error
/// CPython raises when converting inf (OverflowError) / nan (ValueError).
pub fn round_float_to_int(x: f64) -> Result<f64, String> {
    if x.is_infinite() {
        return Err(MSG_FLOAT_INF.into());
    }
    if x.is_nan() {
        return Err(MSG_FLOAT_NAN.into());
    }
    // `+ 0.0` turns -0.0 into 0.0 (the caller makes an int of it anyway).
    Ok(x.round_ties_even() + 0.0)
}

#[cfg(test)]
mod tests;
