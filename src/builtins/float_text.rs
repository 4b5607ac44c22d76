//! Hexadecimal float text: `float.hex()` and `float.fromhex()`, correctly
//! rounded as in CPython.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use crate::objects::format;
use crate::vm::PyErr;

type PyResult<T> = Result<T, PyErr>;

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (subnormals: `0x0.` and p-1022).
pub fn float_hex(f: f64) -> String {
    if f.is_nan() || f.is_infinite() {
        return format::float_repr(f);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

fn invalid() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> PyErr {
    PyErr::overflow("hexadecimal value too large to represent as a float")
}

/// The parts of a hexadecimal float literal.
struct HexParts {
    negative: bool,
    /// The hex digits with the point removed.
    digits: Vec<u32>,
    /// Hex digits after the point.
    frac_digits: i64,
    exponent: i64,
}

/// `float.fromhex(s)`.
pub fn from_hex(s: &str) -> PyResult<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    let parts = parse_hex(negative, &lower)?;
    hex_value(&parts)
}

fn parse_hex(negative: bool, body: &str) -> PyResult<HexParts> {
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (coeff, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match coeff.find('.') {
        Some(i) => (&coeff[..i], &coeff[i + 1..]),
        None => (coeff, ""),
    };
    let digit = |c: char| c.to_digit(16).ok_or_else(invalid);
    let digits: Vec<u32> = int_part.chars().chain(frac_part.chars()).map(digit).collect::<PyResult<_>>()?;
    if digits.is_empty() {
        return Err(invalid());
    }
    let exponent = match exp {
        None => 0,
        Some(e) => {
            let d = e.strip_prefix(['+', '-']).unwrap_or(e);
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Absurd exponents only need to be big enough to overflow.
            let clamped: i64 = d.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -clamped
            } else {
                clamped
            }
        }
    };
    Ok(HexParts { negative, digits, frac_digits: frac_part.len() as i64, exponent })
}

/// The correctly rounded value of `coefficient * 2**exponent`.
fn hex_value(p: &HexParts) -> PyResult<f64> {
    let mut m = BigInt::zero();
    for d in &p.digits {
        m = (m << 4) + BigInt::from(*d);
    }
    let e2 = p.exponent.saturating_sub(4 * p.frac_digits);
    let f = scale_to_f64(&m, e2).ok_or_else(too_large)?;
    Ok(if p.negative { -f } else { f })
}

/// `m * 2**e` (m >= 0) rounded to the nearest double, ties to even;
/// None on overflow.
pub fn scale_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top >= 1024 {
        return None;
    }
    if top < -1076 {
        // Below half the smallest subnormal.
        return Some(0.0);
    }
    // The weight of the last mantissa bit: 53 significant bits, or the
    // subnormal quantum.
    let q = (top - 52).max(-1074);
    let shift = q - e;
    let mut mant = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let (quot, rem) = m.div_rem(&(BigInt::one() << shift as usize));
        let half = BigInt::one() << (shift - 1) as usize;
        if rem > half || (rem == half && quot.is_odd()) {
            quot + 1
        } else {
            quot
        }
    };
    let mut q = q;
    if mant.bits() > 53 {
        mant >>= 1;
        q += 1;
    }
    let mant = mant.to_u64()?;
    if mant < (1 << 52) {
        // Subnormal (q == -1074): the bits are the mantissa itself.
        return Some(f64::from_bits(mant));
    }
    let biased = q + 52 + 1023;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (mant - (1 << 52))))
}
