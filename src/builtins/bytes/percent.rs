//! printf-style `bytes % args` (PEP 461), on top of the shared `%` parser
//! and renderer: the format is read as Latin-1 text so every byte is one
//! character, and the result is converted back byte for byte.

use super::args::{bytes_of, is_int_like, parse, Arity};
use super::new_bytes;
use crate::builtins::ascii_of;
use crate::builtins::int_float::to_float;
use crate::builtins::str::as_str;
use crate::objects::format::{
    parse_percent_partial, render_percent, PercentNum, PercentPiece, PercentSpec, PercentValue,
};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// `bytes.__mod__(self, args)`.
pub fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, "__mod__", Arity::Wrapper(1))?;
    format_bytes(vm, &b.data, &rest[0]).map(new_bytes)
}

/// `bytes.__rmod__(self, other)`: formats `other` when it is bytes.
pub fn rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = parse(vm, &args, "__rmod__", Arity::Wrapper(1))?;
    match bytes_of(vm, &rest[0]) {
        Some(fmt) => format_bytes(vm, &fmt.data, &Value::Bytes(b)).map(new_bytes),
        None => Ok(Value::NotImplemented),
    }
}

/// The format as Latin-1 text with `%b` conversions spelled `%s` (the two
/// are synonyms for bytes and the shared parser knows only `%s`).
fn format_text(fmt: &[u8]) -> String {
    let mut text: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let mut i = 0;
    while i < text.len() {
        if text[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if text.get(i) == Some(&'%') {
            i += 1;
            continue;
        }
        if text.get(i) == Some(&'(') {
            let mut depth = 0;
            while i < text.len() {
                depth += match text[i] {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < text.len() && "-+ #0123456789.*".contains(text[i]) {
            i += 1;
        }
        if i < text.len() && "hlL".contains(text[i]) {
            i += 1;
        }
        if text.get(i) == Some(&'b') {
            text[i] = 's';
        }
        i += 1;
    }
    text.into_iter().collect()
}

/// Whether `%(key)` conversions look keys up in `args` (PyMapping_Check).
fn is_mapping(vm: &Vm, args: &Value) -> bool {
    match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
        Value::Instance(_) => {
            bytes_of(vm, args).is_none()
                && as_str(vm, args).is_none()
                && vm.type_of(args).lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// Hands out the positional arguments one at a time.
struct Feed {
    values: Vec<Value>,
    next: usize,
}

impl Feed {
    fn take(&mut self) -> PyResult<Value> {
        let v = self.values.get(self.next).cloned();
        self.next += 1;
        v.ok_or_else(|| PyErr::type_error("not enough arguments for format string"))
    }

    /// A `*` width or precision (negative widths are handled by the caller).
    fn number(&mut self, vm: &mut Vm, n: Option<PercentNum>) -> PyResult<Option<i64>> {
        match n {
            Some(PercentNum::Star) => {
                let v = self.take()?;
                if !matches!(v, Value::Int(_) | Value::Bool(_)) {
                    return Err(PyErr::type_error("* wants int"));
                }
                vm.index_value(&v).map(Some)
            }
            Some(PercentNum::Fixed(n)) => Ok(Some(n as i64)),
            None => Ok(None),
        }
    }
}

fn format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let (pieces, error) = parse_percent_partial(&format_text(fmt));
    let mapping = is_mapping(vm, args).then(|| args.clone());
    let values = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut feed = Feed { values, next: 0 };
    let mut out = Vec::with_capacity(fmt.len());
    let last = pieces.len();
    for (i, piece) in pieces.into_iter().enumerate() {
        match piece {
            PercentPiece::Literal(s) => out.extend(s.chars().map(|c| c as u8)),
            PercentPiece::Spec(mut spec) => {
                let width = feed.number(vm, spec.width)?;
                let precision = feed.number(vm, spec.precision)?.map(|p| p.max(0) as usize);
                let width = width.map(|w| {
                    if w < 0 {
                        spec.flags.push('-');
                    }
                    w.unsigned_abs() as usize
                });
                let value = match &spec.key {
                    Some(key) => lookup_key(vm, mapping.as_ref(), key)?,
                    None => feed.take()?,
                };
                if let Some(e) = error.as_ref().filter(|e| e.after_arg && i + 1 == last) {
                    return Err(PyErr::value_error(e.message.clone()));
                }
                let pv = convert(vm, &spec, &value)?;
                let text = render_percent(&spec, width, precision, pv).map_err(PyErr::value_error)?;
                out.extend(text.chars().map(|c| c as u8));
            }
        }
    }
    if let Some(e) = error {
        return Err(PyErr::value_error(e.message));
    }
    if mapping.is_none() && feed.next < feed.values.len() {
        return Err(PyErr::type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

/// `%(key)`: the key is bytes.
fn lookup_key(vm: &mut Vm, mapping: Option<&Value>, key: &str) -> PyResult<Value> {
    let Some(m) = mapping else { return Err(PyErr::type_error("format requires a mapping")) };
    vm.get_item(m, &new_bytes(key.chars().map(|c| c as u8).collect()))
}

fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// Converts one argument for its conversion, with the bytes-specific
/// type checks (`%b`/`%s` want bytes, `%c` a byte, numbers numbers).
fn convert(vm: &mut Vm, spec: &PercentSpec, value: &Value) -> PyResult<PercentValue> {
    let conv = spec.conv;
    Ok(match conv {
        's' => PercentValue::Str(latin1(&bytes_arg(vm, value)?)),
        'r' | 'a' => PercentValue::Str(ascii_of(&vm.repr(value)?)),
        'c' => PercentValue::Str(char::from(char_arg(vm, value)?).to_string()),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => int_arg(vm, conv, value)?,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            if matches!(value, Value::Str(_)) || bytes_of(vm, value).is_some() {
                return Err(PyErr::type_error(format!("float argument required, not {}", vm.type_name(value))));
            }
            PercentValue::Float(
                to_float(vm, value)
                    .map_err(|_| PyErr::type_error(format!("float argument required, not {}", vm.type_name(value))))?,
            )
        }
        _ => PercentValue::Str(String::new()),
    })
}

/// `%b`/`%s`: a bytes-like object or one with `__bytes__`.
fn bytes_arg(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, value) {
        return Ok(b.data.to_vec());
    }
    if matches!(value, Value::Instance(_)) && vm.type_of(value).lookup("__bytes__").is_some() {
        let r = vm.call_method(value, "__bytes__", &[])?;
        return match bytes_of(vm, &r) {
            Some(b) => Ok(b.data.to_vec()),
            None => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
        };
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(value)
    )))
}

/// `%c`: an integer in range(256) or a single byte.
fn char_arg(vm: &mut Vm, value: &Value) -> PyResult<u8> {
    if let Some(b) = bytes_of(vm, value) {
        if b.data.len() == 1 {
            return Ok(b.data[0]);
        }
    } else if is_int_like(vm, value) {
        let n = match value {
            Value::BigInt(_) => -1,
            _ => vm.index_value(value)?,
        };
        return u8::try_from(n).map_err(|_| PyErr::overflow("%c arg not in range(256)"));
    }
    Err(PyErr::type_error("%c requires an integer in range(256) or a single byte"))
}

/// `%d`-style conversions: integers (floats truncate for d/i/u only).
fn int_arg(vm: &mut Vm, conv: char, value: &Value) -> PyResult<PercentValue> {
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    if let Value::Float(f) = value {
        if !integer_only {
            return Ok(PercentValue::Float(f.get()));
        }
    } else if let Some(n) = vm.to_bigint(value) {
        return Ok(PercentValue::Int(n));
    } else if is_int_like(vm, value) {
        let n = vm.index_value(value)?;
        return Ok(PercentValue::Int(n.into()));
    }
    let requirement = if integer_only { "an integer" } else { "a real number" };
    Err(PyErr::type_error(format!("%{conv} format: {requirement} is required, not {}", vm.type_name(value))))
}
