//! Text encodings for `str.encode` and `str(bytes, encoding, errors)`:
//! UTF-8 (and `utf-8-sig`), ASCII, Latin-1, UTF-16 and UTF-32, with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` error handlers and CPython's error messages.

use super::args::{need_str, parse_kw};
use crate::builtins::bytes::new_bytes;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
    UnicodeEscape,
    RawUnicodeEscape,
}

/// Byte order; `Native` writes a BOM and little-endian data (as CPython on x86).
#[derive(Clone, Copy, PartialEq)]
enum Endian {
    Native,
    Little,
    Big,
}

impl Codec {
    /// Looks an encoding up by name, normalising like CPython's codec registry.
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String =
            name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
                Codec::Latin1
            }
            "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Native),
            "utf_16_le" | "utf_16le" => Codec::Utf16(Endian::Little),
            "utf_16_be" | "utf_16be" => Codec::Utf16(Endian::Big),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Native),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
            "unicode_escape" => Codec::UnicodeEscape,
            "raw_unicode_escape" => Codec::RawUnicodeEscape,
            _ => return Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {name}"))),
        })
    }

    /// The codec name used in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Native) => "utf-16",
            Codec::Utf16(Endian::Little) => "utf-16-le",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf32(Endian::Native) => "utf-32",
            Codec::Utf32(Endian::Little) => "utf-32-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// The largest code point the codec can encode, plus one.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => 0x110000,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => return Err(PyErr::new(ExcType::LookupError, format!("unknown error handler name '{name}'"))),
    })
}

fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn push_unit(out: &mut Vec<u8>, unit: u32, bytes: usize, big: bool) {
    let all = unit.to_le_bytes();
    let slice = &all[..bytes];
    if big {
        out.extend(slice.iter().rev());
    } else {
        out.extend_from_slice(slice);
    }
}

fn encode_unicode(text: &str, codec: Codec) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2);
    match codec {
        Codec::Utf16(e) => {
            if e == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for unit in text.encode_utf16() {
                push_unit(&mut out, u32::from(unit), 2, e == Endian::Big);
            }
        }
        Codec::Utf32(e) => {
            if e == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                push_unit(&mut out, c as u32, 4, e == Endian::Big);
            }
        }
        Codec::Utf8Sig => {
            out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            out.extend_from_slice(text.as_bytes());
        }
        _ => out.extend_from_slice(text.as_bytes()),
    }
    out
}

/// Encodes with a single-byte codec (ASCII, Latin-1).
fn encode_narrow(text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|&&c| c as u32 >= limit).count();
        match handler(errors)? {
            Handler::Strict => return Err(encode_error(codec, &chars, i, end)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                chars[i..end].iter().for_each(|&c| out.extend_from_slice(escaped_char(c).as_bytes()))
            }
            Handler::XmlCharRefReplace => {
                chars[i..end].iter().for_each(|&c| out.extend_from_slice(format!("&#{};", c as u32).as_bytes()))
            }
        }
        i = end;
    }
    Ok(out)
}

fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize) -> PyErr {
    let reason = format!("ordinal not in range({})", codec.limit());
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't encode character '{}' in position {start}: {reason}",
            codec.name(),
            escaped_char(chars[start])
        )
    } else {
        format!("'{}' codec can't encode characters in position {start}-{}: {reason}", codec.name(), end - 1)
    };
    PyErr::new(ExcType::UnicodeEncodeError, msg)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, params) = parse_kw(vm, &args, "encode", &["encoding", "errors"])?;
    let encoding = match params[0] {
        Some(v) => need_str(vm, v, "encode() argument 'encoding' ")?.as_str().to_owned(),
        None => "utf-8".to_owned(),
    };
    let errors = match params[1] {
        Some(v) => need_str(vm, v, "encode() argument 'errors' ")?.as_str().to_owned(),
        None => "strict".to_owned(),
    };
    let codec = Codec::lookup(&encoding)?;
    let data = match codec {
        Codec::Ascii | Codec::Latin1 => encode_narrow(s.as_str(), codec, &errors)?,
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            super::codec_escape::encode(s.as_str(), codec == Codec::RawUnicodeEscape)
        }
        _ => encode_unicode(s.as_str(), codec),
    };
    Ok(new_bytes(data))
}

// ----- decoding -----

pub(super) fn decode_error_msg(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!("'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data[start])
    } else {
        format!("'{codec}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    };
    PyErr::new(ExcType::UnicodeDecodeError, msg)
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!("'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}", codec.name(), data[start])
    } else {
        format!("'{}' codec can't decode bytes in position {start}-{}: {reason}", codec.name(), end - 1)
    };
    PyErr::new(ExcType::UnicodeDecodeError, msg)
}

/// Applies a decode error handler to the undecodable bytes `data[start..end]`.
fn handle_bad_bytes(out: &mut String, data: &[u8], start: usize, end: usize, h: Handler) {
    match h {
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => data[start..end].iter().for_each(|b| out.push_str(&format!("\\x{b:02x}"))),
        _ => {}
    }
}

fn decode_utf8(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let (len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) if matches!(rest[good], 0x80..=0xc1 | 0xf5..=0xff) => (n, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                let (start, end) = (offset + good, offset + good + len);
                let h = handler(errors)?;
                if h == Handler::Strict || h == Handler::XmlCharRefReplace {
                    return Err(decode_error(Codec::Utf8, data, start, end, reason));
                }
                handle_bad_bytes(&mut out, data, start, end, h);
                rest = &rest[good + len..];
                offset = end;
            }
        }
    }
}

fn decode_narrow(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        if u32::from(b) < codec.limit() {
            out.push(char::from(b));
            continue;
        }
        let h = handler(errors)?;
        if h == Handler::Strict || h == Handler::XmlCharRefReplace {
            return Err(decode_error(codec, data, i, i + 1, "ordinal not in range(128)"));
        }
        handle_bad_bytes(&mut out, data, i, i + 1, h);
    }
    Ok(out)
}

/// Decodes UTF-16/UTF-32 (strict; a BOM selects the byte order).
fn decode_wide(data: &[u8], codec: Codec, unit: usize, endian: Endian) -> PyResult<String> {
    let whole = data;
    let (mut data, mut big) = (data, endian == Endian::Big);
    if endian == Endian::Native {
        let bom_le: &[u8] = if unit == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let bom_be: &[u8] = if unit == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if data.starts_with(bom_le) {
            data = &data[unit..];
        } else if data.starts_with(bom_be) {
            data = &data[unit..];
            big = true;
        }
    }
    if data.len() % unit != 0 {
        // Reported as CPython does: under the byte order in effect, at the
        // position in the whole input.
        let codec = match codec {
            Codec::Utf16(_) => Codec::Utf16(if big { Endian::Big } else { Endian::Little }),
            _ => Codec::Utf32(if big { Endian::Big } else { Endian::Little }),
        };
        let skipped = whole.len() - data.len();
        let start = skipped + data.len() - data.len() % unit;
        return Err(decode_error(codec, whole, start, whole.len(), "truncated data"));
    }
    let units = data.chunks(unit).map(|c| {
        let mut bytes = [0u8; 4];
        bytes[..unit].copy_from_slice(c);
        if big {
            bytes[..unit].reverse();
        }
        u32::from_le_bytes(bytes)
    });
    if unit == 2 {
        let units: Vec<u16> = units.map(|u| u as u16).collect();
        return String::from_utf16(&units).map_err(|_| {
            PyErr::new(
                ExcType::UnicodeDecodeError,
                format!("'{}' codec can't decode: illegal UTF-16 surrogate", codec.name()),
            )
        });
    }
    units
        .map(|u| {
            char::from_u32(u).ok_or_else(|| {
                PyErr::new(
                    ExcType::UnicodeDecodeError,
                    format!("'{}' codec can't decode: code point not in range(0x110000)", codec.name()),
                )
            })
        })
        .collect()
}

/// `bytes.decode(encoding, errors)` as used by the `str()` constructor.
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Utf8Sig => decode_utf8(data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data), errors),
        Codec::Ascii => decode_narrow(data, codec, errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Utf16(e) => decode_wide(data, codec, 2, e),
        Codec::Utf32(e) => decode_wide(data, codec, 4, e),
        Codec::UnicodeEscape => super::codec_escape::decode(data, false, errors),
        Codec::RawUnicodeEscape => super::codec_escape::decode(data, true, errors),
    }
}
