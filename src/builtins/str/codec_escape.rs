//! The `unicode_escape` and `raw_unicode_escape` codecs: Python's string
//! escapes as bytes (`'é\n'.encode('unicode_escape')` is `b'\\xe9\\n'`) and
//! back, with CPython's error messages.

use super::codec::decode_error_msg;
use crate::objects::PyResult;

/// Encodes `text`; the raw variant escapes only code points above U+00FF.
pub fn encode(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        match c {
            _ if raw && n < 0x100 => out.push(n as u8),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            _ if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
        }
    }
    out
}

/// Reads up to `max` digits of `radix` at `data[i..]`: (value, digits read).
fn digits(data: &[u8], i: usize, max: usize, radix: u32) -> (u32, usize) {
    let mut value = 0u32;
    let mut n = 0;
    while n < max && i + n < data.len() {
        match char::from(data[i + n]).to_digit(radix) {
            Some(d) => value = value.wrapping_mul(radix).wrapping_add(d),
            None => break,
        }
        n += 1;
    }
    (value, n)
}

/// Decodes `data` (Latin-1 text with escapes); the raw variant reads only
/// `\uXXXX` and `\UXXXXXXXX`.
pub fn decode(data: &[u8], raw: bool, errors: &str) -> PyResult<String> {
    let codec = if raw { "rawunicodeescape" } else { "unicodeescape" };
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = data.get(i + 1) else {
            if raw {
                out.push('\\');
                break;
            }
            return Err(decode_error_msg(codec, data, start, data.len(), "\\ at end of string"));
        };
        if raw && e != b'u' && e != b'U' {
            out.push('\\');
            i += 1;
            continue;
        }
        i += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            continue;
        }
        let (wanted, what) = match e {
            b'0'..=b'7' => {
                let (v, n) = digits(data, i - 1, 3, 8);
                i += n - 1;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                continue;
            }
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' if !raw => {
                let close = data[i..].iter().position(|&b| b == b'}');
                let named = match (data.get(i), close) {
                    (Some(b'{'), Some(end)) if end > 1 => {
                        let name = String::from_utf8_lossy(&data[i + 1..i + end]).into_owned();
                        i += end + 1;
                        unicode_names2::character(&name).ok_or("unknown Unicode character name")
                    }
                    _ => Err("malformed \\N character escape"),
                };
                match named {
                    Ok(c) => out.push(c),
                    Err(reason) => {
                        let end = i.min(data.len());
                        bad(&mut out, errors, || decode_error_msg(codec, data, start, end.max(start + 2), reason))?;
                    }
                }
                continue;
            }
            other => {
                out.push('\\');
                out.push(char::from(other));
                continue;
            }
        };
        let (v, n) = digits(data, i, wanted, 16);
        i += n;
        if n < wanted {
            bad(&mut out, errors, || decode_error_msg(codec, data, start, i, what))?;
            continue;
        }
        match char::from_u32(v) {
            Some(c) => out.push(c),
            None => bad(&mut out, errors, || decode_error_msg(codec, data, start, i, "illegal Unicode character"))?,
        }
    }
    Ok(out)
}

/// Applies the error handler to one bad escape.
fn bad(out: &mut String, errors: &str, err: impl FnOnce() -> crate::vm::PyErr) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        _ => Err(err()),
    }
}
