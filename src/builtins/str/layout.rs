//! Padding and character mapping: `center`/`ljust`/`rjust`, `zfill`,
//! `expandtabs`, `maketrans` and `translate`.

use std::rc::Rc;

use super::args::{as_str, c_int_arg, fill_char, need_str, parse, parse_kw, size_arg, Arity};
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

fn fill(n: usize, c: char) -> impl Iterator<Item = char> {
    std::iter::repeat_n(c, n)
}

/// Pads to `width` code points with `left` fill characters before the text.
fn pad(text: &str, left: usize, right: usize, c: char) -> Value {
    let mut out = String::with_capacity(text.len() + (left + right) * c.len_utf8());
    out.extend(fill(left, c));
    out.push_str(text);
    out.extend(fill(right, c));
    Value::string(out)
}

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

fn justify(vm: &mut Vm, args: Args, name: &str, how: Justify) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, name, Arity::Clinic(1, 2))?;
    let width = size_arg(vm, &rest[0])?;
    let c = fill_char(vm, rest.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        // CPython's rounding: the odd column goes left only for odd widths.
        Justify::Center => marg / 2 + (marg & width & 1),
    };
    Ok(pad(s.as_str(), left as usize, (marg - left) as usize, c))
}

pub fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "center", Justify::Center)
}

pub fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "ljust", Justify::Left)
}

pub fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "rjust", Justify::Right)
}

/// Pads with zeros on the left, keeping a leading sign in front.
pub fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, "zfill", Arity::One)?;
    let width = size_arg(vm, &rest[0])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let zeros = "0".repeat((width - len) as usize);
    let text = s.as_str();
    Ok(Value::string(match text.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{sign}{zeros}{}", &text[1..]),
        _ => format!("{zeros}{text}"),
    }))
}

pub fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, params) = parse_kw(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match params[0] {
        Some(t) => c_int_arg(vm, t)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut column: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    column += n;
                    out.extend(fill(n as usize, ' '));
                }
            }
            '\n' | '\r' => {
                column = 0;
                out.push(c);
            }
            _ => {
                column += 1;
                out.push(c);
            }
        }
    }
    Ok(Value::string(out))
}

// ----- maketrans / translate -----

fn ord_key(c: char) -> Value {
    Value::Int(i64::from(u32::from(c)))
}

/// `str.maketrans(dict)`: keys become code points.
fn maketrans_from_dict(vm: &mut Vm, map: &Value) -> PyResult<Value> {
    let Value::Dict(d) = map else {
        return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
    };
    let out = Rc::new(PyDict::new());
    for (k, v) in d.items() {
        let key = match &k {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
            _ => match as_str(vm, &k) {
                Some(s) => {
                    let mut chars = s.as_str().chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => ord_key(c),
                        _ => return Err(PyErr::value_error("string keys in translate table must be of length 1")),
                    }
                }
                None => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            },
        };
        vm.dict_set(&out, key, v)?;
    }
    Ok(Value::Dict(out))
}

pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(PyErr::type_error("str.maketrans() takes no keyword arguments"));
    }
    match pos.len() {
        0 => return Err(PyErr::type_error("maketrans expected at least 1 argument, got 0")),
        1 => return maketrans_from_dict(vm, &pos[0]),
        n if n > 3 => return Err(PyErr::type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
        _ => {}
    }
    let Some(from) = as_str(vm, &pos[0]) else {
        return Err(PyErr::type_error("first maketrans argument must be a string if there is a second argument"));
    };
    let to = need_str(vm, &pos[1], "maketrans() argument 2 ")?;
    if from.char_len() != to.char_len() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    let out = Rc::new(PyDict::new());
    for (a, b) in from.as_str().chars().zip(to.as_str().chars()) {
        vm.dict_set(&out, ord_key(a), ord_key(b))?;
    }
    if let Some(third) = pos.get(2) {
        let delete = need_str(vm, third, "maketrans() argument 3 ")?;
        for c in delete.as_str().chars() {
            vm.dict_set(&out, ord_key(c), Value::None)?;
        }
    }
    Ok(Value::Dict(out))
}

/// Appends what the table maps `c` to (nothing when it maps to None).
fn translate_char(vm: &mut Vm, table: &Value, c: char, out: &mut String) -> PyResult<()> {
    let mapped = match vm.get_item(table, &ord_key(c)) {
        Ok(v) => v,
        Err(e) if vm.err_matches(&e, ExcType::LookupError) => {
            out.push(c);
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    match &mapped {
        Value::None => {}
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.index_value(&mapped).unwrap_or(-1);
            let ch = u32::try_from(n).ok().and_then(char::from_u32);
            match ch {
                Some(ch) => out.push(ch),
                None if (0xD800..0xE000).contains(&n) => {
                    return Err(PyErr::value_error("surrogate code points are not supported"))
                }
                None => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
            }
        }
        _ => match as_str(vm, &mapped) {
            Some(s) => out.push_str(s.as_str()),
            None => return Err(PyErr::type_error("character mapping must return integer, None or str")),
        },
    }
    Ok(())
}

pub fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = parse(vm, &args, "translate", Arity::One)?;
    let table = &rest[0];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        translate_char(vm, table, c, &mut out)?;
    }
    Ok(Value::string(out))
}
