//! `int`, `float` and `bool`: constructors and methods. Arithmetic and
//! comparison special methods are in `num_dunders.rs`, `float.hex` and
//! `float.fromhex` text in `float_text.rs`.

use crate::objects::BoolBits;
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, Zero};

use super::argcheck::{bad_receiver, bind, bind_plain, class_method, noargs, onearg, posargs};
use super::float_text;
use super::{method, static_fn, wrap_for_subclass};
use crate::objects::format;
use crate::objects::{Args, NativeFn, PyBytes, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    static_fn(&int, "__new__", int_new);
    class_method(&int, "from_bytes", int_from_bytes);
    let int_methods: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__index__", int_index),
        ("__int__", int_int),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__float__", int_float),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
    ];
    for (name, f) in int_methods {
        method(&int, name, *f);
    }
    let float = vm.types.float.clone();
    static_fn(&float, "__new__", float_new);
    class_method(&float, "fromhex", float_fromhex);
    let float_methods: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
        ("hex", float_hex),
        ("__int__", float_int),
        ("__trunc__", float_trunc_method),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__float__", float_float),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
    ];
    for (name, f) in float_methods {
        method(&float, name, *f);
    }
    let b = vm.types.bool_.clone();
    static_fn(&b, "__new__", bool_new);
    method(&b, "__repr__", bool_repr);
    super::num_dunders::install(vm);
}

/// An integral float as an int value (already checked finite).
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        Value::bigint(BigInt::from_f64(f).unwrap_or_default())
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for NaN and infinities.
pub fn float_trunc(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(float_to_int(f.trunc()))
}

/// `int(x)` / `int(s, base)`.
pub fn to_int(vm: &mut Vm, x: &Value, base: Option<&Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let b = vm.index_value(b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x {
            Value::Str(s) => format::parse_int(s.as_str(), b as u32).map(Value::bigint).map_err(PyErr::value_error),
            Value::Bytes(bs) => {
                let s = String::from_utf8_lossy(&bs.data).into_owned();
                format::parse_int(&s, b as u32).map(Value::bigint).map_err(PyErr::value_error)
            }
            _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_trunc(f.get()),
        Value::Str(s) => format::parse_int(s.as_str(), 10).map(Value::bigint).map_err(PyErr::value_error),
        Value::Bytes(bs) => {
            let s = String::from_utf8_lossy(&bs.data).into_owned();
            format::parse_int(&s, 10).map(Value::bigint).map_err(PyErr::value_error)
        }
        other => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(other, name, &[])? {
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
                        _ => Err(PyErr::type_error(format!("{name} returned non-int (type {})", vm.type_name(&r)))),
                    };
                }
            }
            if let Some(b) = vm.payload_base(other) {
                return to_int(vm, &b, None);
            }
            if vm.type_name(other) == "bytearray" {
                let b = vm.call(&Value::Class(vm.types.bytes.clone()), std::slice::from_ref(other))?;
                return to_int(vm, &b, None);
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("int.__new__(X): X is not a type object"));
    };
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "base") {
        return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    let x = pos.get(1);
    let base = pos.get(2).or_else(|| args.kw("base"));
    let v = match x {
        None if base.is_some() => return Err(PyErr::type_error("int() missing string argument")),
        None => Value::Int(0),
        Some(x) => to_int(vm, x, base)?,
    };
    let int = vm.types.int.clone();
    Ok(wrap_for_subclass(vm, cls, v, &int))
}

// ----- int methods -----

/// The int value behind an int (or bool, or int subclass instance).
pub fn int_value(v: &Value) -> Option<Value> {
    match v.builtin_base() {
        b @ (Value::Int(_) | Value::BigInt(_)) => Some(b),
        Value::Bool(b) => Some(Value::Int(i64::from(b))),
        _ => None,
    }
}

fn this_int(vm: &Vm, qual: &str, v: &Value) -> PyResult<Value> {
    int_value(v).ok_or_else(|| bad_receiver(vm, qual, "int", v))
}

fn this_big(vm: &Vm, qual: &str, v: &Value) -> PyResult<BigInt> {
    let i = this_int(vm, qual, v)?;
    Ok(vm.to_bigint(&i).unwrap_or_default())
}

/// The receiver as an exact int, for the methods that return `int(self)`.
fn int_self(vm: &mut Vm, args: Args, qual: &str) -> PyResult<Value> {
    let v = noargs(qual, &args)?;
    this_int(vm, qual, v)
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("int.bit_length", &args)?;
    Ok(Value::Int(this_big(vm, "int.bit_length", v)?.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("int.bit_count", &args)?;
    let n = this_big(vm, "int.bit_count", v)?;
    Ok(Value::Int(n.magnitude().iter_u64_digits().map(|d| i64::from(d.count_ones())).sum()))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.conjugate")
}
fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.__index__")
}
fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.__int__")
}
fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.__trunc__")
}
fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.__floor__")
}
fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self(vm, args, "int.__ceil__")
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, args, "int.__getnewargs__")?;
    Ok(Value::tuple(vec![v]))
}

/// `round(n, ndigits)` for an int: exact, ties to even.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    use num_integer::Integer;
    let p = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    let (q, r) = n.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    q * p
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, rest) = posargs("int.__round__", &args, 0, 1)?;
    let n = this_big(vm, "int.__round__", v)?;
    match rest.first() {
        None => Ok(Value::bigint(n)),
        Some(nd) => {
            let nd = vm.index_value(nd)?;
            Ok(Value::bigint(round_int(&n, nd)))
        }
    }
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("int.__float__", &args)?;
    let n = this_big(vm, "int.__float__", v)?;
    Ok(Value::float(crate::vm::arith::big_to_f64(&n)?))
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("int.__hash__", &args)?;
    let i = this_int(vm, "int.__hash__", v)?;
    Ok(Value::Int(vm.hash(&i)?))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("int.__repr__", &args)?;
    let i = this_int(vm, "int.__repr__", v)?;
    Ok(Value::string(vm.repr(&i)?))
}

/// `format(receiver, spec)` using the plain number `value` behind it; an
/// empty spec gives `str(receiver)`.
fn format_plain(vm: &mut Vm, receiver: &Value, value: Value, spec: &Value) -> PyResult<Value> {
    let Value::Str(spec) = spec.builtin_base() else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))));
    };
    if spec.as_str().is_empty() {
        return Ok(Value::string(vm.str_of(receiver)?));
    }
    Ok(Value::string(vm.format_value(&value, spec.as_str())?))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, spec) = onearg("int.__format__", &args)?;
    let i = this_int(vm, "int.__format__", v)?;
    format_plain(vm, v, i, spec)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, args, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for big-endian.
fn byteorder(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => {
            Err(PyErr::type_error(format!("{fname}() argument 'byteorder' must be str, not {}", vm.type_name(other))))
        }
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, slots) = bind("to_bytes", &args, &["length", "byteorder", "signed"], 2)?;
    let n = this_big(vm, "int.to_bytes", v)?;
    let length = match slots[0] {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(vm, "to_bytes", slots[1])?;
    let signed = match slots[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Minimal little-endian encodings (two's complement when signed).
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::rc::Rc::new(PyBytes { data: bytes.into_boxed_slice() })))
}

/// The bytes of `from_bytes`'s argument: bytes or an iterable of ints.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.builtin_base() {
        Value::Bytes(b) => return Ok(b.data.to_vec()),
        Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::None => {
            return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(v))));
        }
        _ => {}
    }
    let items = vm
        .collect(v)
        .map_err(|_| PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(v))))?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let b = vm.index_value(it)?;
        if !(0..256).contains(&b) {
            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
        }
        out.push(b as u8);
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a classmethod.
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((cls, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("from_bytes() needs a class"));
    };
    let slots = bind_plain("from_bytes", rest, &args, &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = slots[0] else {
        return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big_endian = byteorder(vm, "from_bytes", slots[1])?;
    let signed = match slots[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut data = bytes_arg(vm, src)?;
    if big_endian {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&data) } else { BigInt::from_bytes_le(Sign::Plus, &data) };
    let v = Value::bigint(n);
    match cls {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.int) => Ok(v),
        _ => vm.call(cls, &[v]),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::vm::arith::big_to_f64(b),
        Value::Str(s) => format::parse_float(s.as_str()).map_err(PyErr::value_error),
        other => {
            if let Some(r) = vm.call_special(other, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f.get()),
                    _ => Err(PyErr::type_error(format!("{}.__float__ returned non-float", vm.type_name(other)))),
                };
            }
            if let Some(r) = vm.call_special(other, "__index__", &[])? {
                return to_float(vm, &r);
            }
            if let Some(b) = vm.payload_base(other) {
                return to_float(vm, &b);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("float.__new__(X): X is not a type object"));
    };
    if args.has_kwargs() && std::rc::Rc::ptr_eq(cls, &vm.types.float) {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let v = match pos.get(1) {
        None => 0.0,
        // `float(b'1.5')`: bytes-like text is parsed as a string would be.
        Some(x) => match crate::builtins::buffer_bytes(vm, x)? {
            Some(b) if !matches!(x, Value::Instance(_)) || vm.type_of(x).lookup("__float__").is_none() => {
                let text = std::str::from_utf8(&b.data).map_err(|_| {
                    PyErr::value_error(format!("could not convert string to float: {}", vm.repr(x).unwrap_or_default()))
                })?;
                format::parse_float(text).map_err(|_| {
                    PyErr::value_error(format!("could not convert string to float: {}", vm.repr(x).unwrap_or_default()))
                })?
            }
            _ => to_float(vm, x)?,
        },
    };
    let float = vm.types.float.clone();
    Ok(wrap_for_subclass(vm, cls, Value::float(v), &float))
}

// ----- float methods -----

/// The float behind a float (or float subclass instance).
pub fn float_value(v: &Value) -> Option<f64> {
    match v.builtin_base() {
        Value::Float(f) => Some(f.get()),
        _ => None,
    }
}

fn this_float(vm: &Vm, qual: &str, v: &Value) -> PyResult<f64> {
    float_value(v).ok_or_else(|| bad_receiver(vm, qual, "float", v))
}

fn float_self(vm: &mut Vm, args: Args, qual: &str) -> PyResult<f64> {
    let v = noargs(qual, &args)?;
    this_float(vm, qual, v)
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, args, "float.is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// The exact value of a finite float as `mantissa * 2**exponent`.
fn float_parts(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    let m = BigInt::from(mant);
    (if f.is_sign_negative() { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, args, "float.as_integer_ratio")?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let (mut num, mut e) = float_parts(f);
    if num.is_zero() {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while e < 0 && (&num % 2u32).is_zero() {
        num /= 2;
        e += 1;
    }
    let (n, d) = if e >= 0 { (num << e as usize, BigInt::from(1)) } else { (num, BigInt::from(1) << (-e) as usize) };
    Ok(Value::tuple(vec![Value::bigint(n), Value::bigint(d)]))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_self(vm, args, "float.conjugate")?))
}
fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_self(vm, args, "float.__float__")?))
}
fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_trunc(float_self(vm, args, "float.__int__")?)
}
fn float_trunc_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_trunc(float_self(vm, args, "float.__trunc__")?)
}
fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_trunc(float_self(vm, args, "float.__floor__")?.floor())
}
fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_trunc(float_self(vm, args, "float.__ceil__")?.ceil())
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, args, "float.__getnewargs__")?;
    Ok(Value::tuple(vec![Value::float(f)]))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("float.__hash__", &args)?;
    let f = this_float(vm, "float.__hash__", v)?;
    let h = match crate::objects::hash::hash_f64(f) {
        Some(h) => h,
        None => crate::objects::hash::hash_pointer(v.heap_ptr().unwrap_or(f.to_bits() as usize)),
    };
    Ok(Value::Int(h))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(format::float_repr(float_self(vm, args, "float.__repr__")?)))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, spec) = onearg("float.__format__", &args)?;
    let f = this_float(vm, "float.__format__", v)?;
    format_plain(vm, v, Value::float(f), spec)
}

/// `x.__round__(ndigits=None)`.
fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, rest) = posargs("float.__round__", &args, 0, 1)?;
    let f = this_float(vm, "float.__round__", v)?;
    match rest.first().filter(|n| !n.is_none()) {
        None => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::overflow("cannot convert float infinity to integer"));
            }
            Ok(float_to_int(f.round_ties_even()))
        }
        Some(nd) => {
            let nd = vm.index_value(nd)?;
            Ok(Value::float(format::round_float(f, nd).map_err(PyErr::overflow)?))
        }
    }
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(float_text::float_hex(float_self(vm, args, "float.hex")?)))
}

/// `float.fromhex(string)`, a classmethod.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((cls, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("fromhex() needs a class"));
    };
    if args.has_kwargs() {
        return Err(PyErr::type_error("float.fromhex() takes no keyword arguments"));
    }
    if rest.len() != 1 {
        return Err(PyErr::type_error(format!("float.fromhex() takes exactly one argument ({} given)", rest.len())));
    }
    let Value::Str(s) = rest[0].builtin_base() else {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    };
    let v = Value::float(float_text::from_hex(s.as_str())?);
    match cls {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.float) => Ok(v),
        _ => vm.call(cls, &[v]),
    }
}

// ----- bool -----

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error("bool() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("bool expected at most 1 argument, got {}", pos.len() - 1)));
    }
    match pos.get(1) {
        None => Ok(Value::Bool(BoolBits::FALSE)),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = noargs("bool.__repr__", &args)?;
    match v {
        Value::Bool(b) => Ok(Value::str(if b.get() { "True" } else { "False" })),
        other => Err(bad_receiver(vm, "bool.__repr__", "bool", other)),
    }
}
