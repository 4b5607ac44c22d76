//! `str.format` and `str.format_map`: CPython's replacement-field grammar
//! (`Objects/stringlib/unicode_format.h`), including automatic and manual
//! numbering, attribute and index lookups, `!r`/`!s`/`!a` conversions and
//! nested fields in the format spec, with CPython's error messages.

use super::str::{decimal_value, parse, receiver, Arity};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

/// Nesting allowed for replacement fields inside format specs.
const MAX_RECURSION: u32 = 2;

/// Where field values come from.
enum Fields<'a> {
    /// `str.format(*args, **kwargs)`.
    Call { pos: &'a [Value], args: Args<'a> },
    /// `str.format_map(mapping)`: keyword fields only.
    Map(&'a Value),
}

#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// Automatic field numbering state, shared with nested specs.
struct AutoNumber {
    mode: Numbering,
    next: usize,
}

/// One parsed replacement field: `{name!conversion:spec}`.
struct Field<'f> {
    name: &'f str,
    conversion: Option<char>,
    spec: &'f str,
    spec_has_fields: bool,
}

pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "format", false)?;
    let fields = Fields::Call { pos: &args.pos()[1..], args };
    let mut auto = AutoNumber { mode: Numbering::Unset, next: 0 };
    render(vm, s.as_str(), &fields, MAX_RECURSION, &mut auto).map(Value::string)
}

pub fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, "format_map", Arity::One)?;
    let fields = Fields::Map(&rest[0]);
    let mut auto = AutoNumber { mode: Numbering::Unset, next: 0 };
    render(vm, s.as_str(), &fields, MAX_RECURSION, &mut auto).map(Value::string)
}

fn value_error(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// Expands every replacement field of `fmt`.
fn render(vm: &mut Vm, fmt: &str, fields: &Fields, depth: u32, auto: &mut AutoNumber) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < b.len() {
        let Some(j) = b[i..].iter().position(|&c| c == b'{' || c == b'}').map(|p| p + i) else {
            out.push_str(&fmt[i..]);
            break;
        };
        let c = b[j];
        let next = b.get(j + 1).copied();
        if c == b'}' && next != Some(b'}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c == b'{' && next.is_none() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if next == Some(c) {
            // `{{` or `}}`: an escaped brace.
            out.push_str(&fmt[i..=j]);
            i = j + 2;
            continue;
        }
        out.push_str(&fmt[i..j]);
        let (field, end) = parse_field(fmt, j + 1)?;
        i = end;
        render_field(vm, &field, fields, depth, auto, &mut out)?;
    }
    Ok(out)
}

/// Parses the field starting after its `{`; returns it and the index after its `}`.
fn parse_field(fmt: &str, start: usize) -> PyResult<(Field<'_>, usize)> {
    let b = fmt.as_bytes();
    let mut i = start;
    let mut c = 0u8;
    // The field name ends at `}`, `:` or `!`; brackets may hide those.
    while i < b.len() {
        c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name_end = if matches!(c, b'}' | b':' | b'!') { i - 1 } else { i };
    let mut field = Field { name: &fmt[start..name_end], conversion: None, spec: "", spec_has_fields: false };
    if c == b'}' {
        return Ok((field, i));
    }
    if c != b':' && c != b'!' {
        return Err(value_error("expected '}' before end of string"));
    }
    if c == b'!' {
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        i += conv.len_utf8();
        if i < b.len() {
            let after = b[i];
            i += 1;
            if after == b'}' {
                return Ok((field, i));
            }
            if after != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < b.len() {
        let ch = b[i];
        i += 1;
        if ch == b'{' {
            field.spec_has_fields = true;
            depth += 1;
        } else if ch == b'}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &fmt[spec_start..i - 1];
                return Ok((field, i));
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn render_field(
    vm: &mut Vm,
    field: &Field,
    fields: &Fields,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = field_object(vm, field.name, fields, auto)?;
    if let Some(conv) = field.conversion {
        obj = convert(vm, &obj, conv)?;
    }
    let expanded;
    let spec = if field.spec_has_fields {
        expanded = render(vm, field.spec, fields, depth - 1, auto)?;
        expanded.as_str()
    } else {
        field.spec
    };
    out.push_str(&vm.format_value(&obj, spec)?);
    Ok(())
}

/// `!r`, `!s`, `!a`.
fn convert(vm: &mut Vm, obj: &Value, conv: char) -> PyResult<Value> {
    match conv {
        'r' => vm.repr(obj).map(Value::string),
        's' => vm.str_of(obj).map(Value::string),
        'a' => {
            let r = vm.repr(obj)?;
            Ok(Value::string(super::ascii_of(&r)))
        }
        c if (33..127).contains(&(c as u32)) => Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
        c => Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

/// A field name part made only of decimal digits, as an index.
fn integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(i64::from(d)))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc as usize))
}

/// Resolves a field name: the argument, then its `.attr` and `[key]` parts.
fn field_object(vm: &mut Vm, name: &str, fields: &Fields, auto: &mut AutoNumber) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = integer(first)?;
    if first.is_empty() || index.is_some() {
        index = Some(number_field(auto, first.is_empty(), index)?);
    }
    let mut obj = match index {
        Some(i) => positional(fields, i)?,
        None => keyword(vm, fields, first)?,
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        let (next, after) = lookup_part(vm, &obj, rest)?;
        obj = next;
        rest = after;
    }
    Ok(obj)
}

/// Applies automatic numbering rules to an empty or numeric field name.
fn number_field(auto: &mut AutoNumber, empty: bool, index: Option<usize>) -> PyResult<usize> {
    if auto.mode == Numbering::Unset {
        auto.mode = if empty { Numbering::Auto } else { Numbering::Manual };
    }
    match (&auto.mode, empty) {
        (Numbering::Manual, true) => {
            Err(value_error("cannot switch from manual field specification to automatic field numbering"))
        }
        (Numbering::Auto, false) => {
            Err(value_error("cannot switch from automatic field numbering to manual field specification"))
        }
        (_, true) => {
            auto.next += 1;
            Ok(auto.next - 1)
        }
        (_, false) => Ok(index.unwrap_or(0)),
    }
}

fn positional(fields: &Fields, i: usize) -> PyResult<Value> {
    match fields {
        Fields::Call { pos, .. } => pos
            .get(i)
            .cloned()
            .ok_or_else(|| PyErr::index_error(format!("Replacement index {i} out of range for positional args tuple"))),
        Fields::Map(_) => Err(value_error("Format string contains positional fields")),
    }
}

fn keyword(vm: &mut Vm, fields: &Fields, key: &str) -> PyResult<Value> {
    match fields {
        Fields::Call { args, .. } => match args.kw(key) {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::Exc(vm.key_error(Value::str(key)))),
        },
        Fields::Map(map) => vm.get_item(map, &Value::str(key)),
    }
}

/// Applies one `.attr` or `[key]` part; returns the value and the remaining name.
fn lookup_part<'n>(vm: &mut Vm, obj: &Value, part: &'n str) -> PyResult<(Value, &'n str)> {
    if let Some(attr_part) = part.strip_prefix('.') {
        let end = attr_part.find(['.', '[']).unwrap_or(attr_part.len());
        let attr = &attr_part[..end];
        if attr.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        return Ok((vm.get_attr_str(obj, attr)?, &attr_part[end..]));
    }
    if let Some(item_part) = part.strip_prefix('[') {
        let Some(end) = item_part.find(']') else {
            return Err(value_error("Missing ']' in format string"));
        };
        let key = &item_part[..end];
        let index = integer(key)?;
        if key.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        let key = match index {
            Some(i) => Value::Int(i as i64),
            None => Value::str(key),
        };
        return Ok((vm.get_item(obj, &key)?, &item_part[end + 1..]));
    }
    Err(value_error("Only '.' or '[' may follow ']' in format field specifier"))
}
