//! TEMPORARY minimal formatting (replaced by the full module).
use num_bigint::BigInt;

pub fn float_repr(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    let e = format!("{:e}", x);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{sign}{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!("{sign}{}.{}", &digits[..int_len as usize], &digits[int_len as usize..])
            }
        } else {
            format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        format!("{sign}{m}e{}{:02}", if exp < 0 { "-" } else { "+" }, exp.abs())
    }
}

pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => { out.push('\\'); out.push(c); }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

pub struct FormatSpec { pub fill: char, pub align: Option<char>, pub sign: Option<char>, pub alternate: bool, pub zero_pad: bool, pub width: Option<usize>, pub grouping: Option<char>, pub precision: Option<usize>, pub ty: Option<char> }
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let mut fs = FormatSpec { fill: ' ', align: None, sign: None, alternate: false, zero_pad: false, width: None, grouping: None, precision: None, ty: None };
    let mut s = spec;
    if let Some(p) = s.strip_prefix('.') { let (d, rest) = p.split_at(p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len())); fs.precision = d.parse().ok(); s = rest; }
    else { let (d, rest) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())); fs.width = d.parse().ok(); s = rest;
      if let Some(p) = s.strip_prefix('.') { let (d, rest) = p.split_at(p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len())); fs.precision = d.parse().ok(); s = rest; } }
    fs.ty = s.chars().next();
    Ok(fs)
}
fn pad(s: String, spec: &FormatSpec, right: bool) -> String {
    let w = spec.width.unwrap_or(0); let n = s.chars().count();
    if n >= w { return s; }
    if right { format!("{}{}", " ".repeat(w - n), s) } else { format!("{}{}", s, " ".repeat(w - n)) }
}
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> { Ok(pad(n.to_string(), spec, true)) }
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let s = match (spec.ty, spec.precision) { (Some('f'), p) => format!("{:.*}", p.unwrap_or(6), x), _ => float_repr(x) };
    Ok(pad(s, spec, true))
}
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> { Ok(pad(s.to_owned(), spec, false)) }
pub fn round_float(x: f64, nd: i64) -> Result<f64, String> { let p = 10f64.powi(nd as i32); Ok((x * p).round() / p) }
pub fn round_float_to_int(x: f64) -> Result<f64, String> { Ok(x.round_ties_even()) }
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    BigInt::parse_bytes(s.trim().replace('_', "").as_bytes(), if base == 0 { 10 } else { base }).ok_or_else(|| format!("invalid literal for int() with base {}: {}", base, str_repr(s)))
}
pub fn parse_float(s: &str) -> Result<f64, String> { s.trim().parse().map_err(|_| format!("could not convert string to float: {}", str_repr(s))) }
pub enum PercentValue { Int(BigInt), Float(f64), Str(String) }
pub struct PercentSpec { pub key: Option<String>, pub flags: String, pub width: Option<PercentNum>, pub precision: Option<PercentNum>, pub conv: char }
pub enum PercentNum { Star, Fixed(usize) }
pub enum PercentPiece { Literal(String), Spec(PercentSpec) }
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let mut out = Vec::new(); let mut lit = String::new(); let mut it = fmt.chars();
    while let Some(c) = it.next() { if c != '%' { lit.push(c); continue; }
        match it.next() { Some('%') => lit.push('%'), Some(k) => { out.push(PercentPiece::Literal(std::mem::take(&mut lit))); out.push(PercentPiece::Spec(PercentSpec { key: None, flags: String::new(), width: None, precision: None, conv: k })); } None => return Err("incomplete format".into()) } }
    out.push(PercentPiece::Literal(lit)); Ok(out)
}
pub fn render_percent(_spec: &PercentSpec, _w: Option<usize>, _p: Option<usize>, v: PercentValue) -> Result<String, String> {
    Ok(match v { PercentValue::Int(i) => i.to_string(), PercentValue::Float(f) => format!("{:.6}", f), PercentValue::Str(s) => s })
}
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: bool) -> String {
    let p = match radix { 16 => "0x", 8 => "0o", 2 => "0b", _ => "" };
    let neg = n.sign() == num_bigint::Sign::Minus;
    format!("{}{}{}", if neg { "-" } else { "" }, if prefix { p } else { "" }, n.magnitude().to_str_radix(radix))
}
