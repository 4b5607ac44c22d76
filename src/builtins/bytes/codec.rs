//! Text conversions: `decode` (through the shared codecs of `str`),
//! `hex` and the classmethod `bytes.fromhex`.

use super::args::{bytes_of, c_int_arg, parse_kw};
use super::new_bytes;
use super::split::is_space;
use crate::builtins::str::as_str;
use crate::builtins::str::codec::decode_bytes;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// An optional `str` argument of `decode`, or its default.
fn text_param(vm: &Vm, v: Option<&Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_owned()),
        Some(v) => as_str(vm, v).map(|s| s.as_str().to_owned()).ok_or_else(|| {
            PyErr::type_error(format!("decode() argument '{what}' must be str, not {}", vm.type_name(v)))
        }),
    }
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, params) = parse_kw(vm, &args, "decode", &["encoding", "errors"])?;
    let encoding = text_param(vm, params[0], "encoding", "utf-8")?;
    let errors = text_param(vm, params[1], "errors", "strict")?;
    if b.data.is_empty() {
        // CPython returns '' before looking the codec up.
        return Ok(Value::str(""));
    }
    decode_bytes(&b.data, &encoding, &errors).map(Value::string)
}

/// The `sep` argument of `hex`: one ASCII character, as str or bytes.
fn hex_sep(vm: &Vm, v: &Value) -> PyResult<u8> {
    let (len, first) = if let Some(s) = as_str(vm, v) {
        (s.char_len(), s.as_str().chars().next().map(u32::from))
    } else if let Some(b) = bytes_of(vm, v) {
        (b.data.len(), b.data.first().map(|&c| u32::from(c)))
    } else {
        return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
    };
    if len != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    match first {
        Some(c) if c < 0x80 => Ok(c as u8),
        _ => Err(PyErr::value_error("sep must be ASCII.")),
    }
}

/// Hex digits with `sep` between groups of `per` bytes; positive `per`
/// counts groups from the right, negative from the left.
fn hex_grouped(data: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let sep = sep.filter(|_| group > 0);
    let lead = if per > 0 && group > 0 { data.len() % group } else { 0 };
    let mut out = String::with_capacity(data.len() * 3);
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && (i + group - lead).is_multiple_of(group) {
                out.push(char::from(s));
            }
        }
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// `bytes.hex(sep=<none>, bytes_per_sep=1)`.
pub fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, params) = parse_kw(vm, &args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = params[0].map(|v| hex_sep(vm, v)).transpose()?;
    let per = match params[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    Ok(Value::string(hex_grouped(&b.data, sep, per)))
}

fn hex_digit(c: Option<&u8>) -> Option<u8> {
    c.and_then(|&c| char::from(c).to_digit(16)).map(|d| d as u8)
}

/// Parses pairs of hex digits, skipping whitespace before each pair; the
/// error position is the offending character's index.
fn parse_hex(text: &str) -> Result<Vec<u8>, usize> {
    if let Some(i) = text.chars().position(|c| !c.is_ascii()) {
        return Err(i);
    }
    let data = text.as_bytes();
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut i = 0;
    while i < data.len() {
        if is_space(data[i]) {
            i += 1;
            continue;
        }
        let hi = hex_digit(data.get(i)).ok_or(i)?;
        let lo = hex_digit(data.get(i + 1)).ok_or(i + 1)?;
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(string, /)`, a classmethod: `args[0]` is the class.
pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("bytes.fromhex() takes no keyword arguments"));
    }
    let pos = args.pos();
    let (cls, rest) = pos.split_first().ok_or_else(|| PyErr::type_error("fromhex() needs a class"))?;
    if rest.len() != 1 {
        return Err(PyErr::type_error(format!("bytes.fromhex() takes exactly one argument ({} given)", rest.len())));
    }
    let Some(text) = as_str(vm, &rest[0]) else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", vm.type_name(&rest[0]))));
    };
    let data = parse_hex(text.as_str())
        .map_err(|i| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
    let value = new_bytes(data);
    match cls {
        Value::Class(c) if !std::rc::Rc::ptr_eq(c, &vm.types.bytes) => vm.call(cls, &[value]),
        _ => Ok(value),
    }
}
