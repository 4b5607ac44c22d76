//! `int`, `float` and `bool`: constructors and methods.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::{method, method_args, static_fn, wrap_for_subclass};
use crate::objects::format;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    static_fn(&int, "__new__", int_new);
    method(&int, "bit_length", int_bit_length);
    method(&int, "bit_count", int_bit_count);
    method(&int, "conjugate", int_conjugate);
    method(&int, "__index__", int_conjugate);
    method(&int, "__int__", int_conjugate);
    method(&int, "__float__", int_float);
    method(&int, "as_integer_ratio", int_as_integer_ratio);
    method(&int, "is_integer", int_is_integer);
    let float = vm.types.float.clone();
    static_fn(&float, "__new__", float_new);
    method(&float, "is_integer", float_is_integer);
    method(&float, "as_integer_ratio", float_as_integer_ratio);
    method(&float, "conjugate", float_conjugate);
    method(&float, "__int__", float_int);
    method(&float, "__float__", float_conjugate);
    method(&float, "hex", float_hex);
    static_fn(&vm.types.bool_.clone(), "__new__", bool_new);
}

/// An integral float as an int value (already checked finite).
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.2e18 {
        Value::Int(f as i64)
    } else {
        Value::bigint(BigInt::from_f64(f).unwrap_or_default())
    }
}

fn float_trunc(f: f64) -> PyResult<Value> {
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
        Value::Float(f) => float_trunc(*f),
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
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("int.__new__ needs a type")) };
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

fn int_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let b = vm.payload_base(v).unwrap_or_else(|| v.clone());
    vm.to_bigint(&b).ok_or_else(|| PyErr::type_error("descriptor requires an 'int' object"))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("bit_length", &args, 0, 0)?;
    Ok(Value::Int(int_of(vm, v)?.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("bit_count", &args, 0, 0)?;
    let n = int_of(vm, v)?;
    Ok(Value::Int(n.magnitude().iter_u64_digits().map(|d| i64::from(d.count_ones())).sum()))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("conjugate", &args, 0, 0)?;
    Ok(Value::bigint(int_of(vm, v)?))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("__float__", &args, 0, 0)?;
    Ok(Value::Float(crate::vm::arith::big_to_f64(&int_of(vm, v)?)?))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("as_integer_ratio", &args, 0, 0)?;
    Ok(Value::tuple(vec![Value::bigint(int_of(vm, v)?), Value::Int(1)]))
}

fn int_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args("is_integer", &args, 0, 0)?;
    Ok(Value::Bool(true))
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::vm::arith::big_to_f64(b),
        Value::Str(s) => format::parse_float(s.as_str()).map_err(PyErr::value_error),
        other => {
            if let Some(r) = vm.call_special(other, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
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
    let Some(Value::Class(cls)) = pos.first() else { return Err(PyErr::type_error("float.__new__ needs a type")) };
    let v = match pos.get(1) {
        None => 0.0,
        Some(x) => to_float(vm, x)?,
    };
    let float = vm.types.float.clone();
    Ok(wrap_for_subclass(vm, cls, Value::Float(v), &float))
}

fn float_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    match vm.payload_base(v).unwrap_or_else(|| v.clone()) {
        Value::Float(f) => Ok(f),
        _ => Err(PyErr::type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("is_integer", &args, 0, 0)?;
    let f = float_of(vm, v)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("as_integer_ratio", &args, 0, 0)?;
    let f = float_of(vm, v)?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut num = BigInt::from(mant);
    let mut e = exp - 1075;
    if f < 0.0 {
        num = -num;
    }
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
    let (v, _) = method_args("conjugate", &args, 0, 0)?;
    Ok(Value::Float(float_of(vm, v)?))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("__int__", &args, 0, 0)?;
    float_trunc(float_of(vm, v)?)
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _) = method_args("hex", &args, 0, 0)?;
    let f = float_of(vm, v)?;
    if f.is_nan() || f.is_infinite() {
        return Ok(Value::string(format::float_repr(f)));
    }
    if f == 0.0 {
        return Ok(Value::str(if f.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = f.to_bits();
    let sign = if f < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let hex = format!("{mant:013x}");
    let hex = hex.trim_end_matches('0');
    let hex = if hex.is_empty() { "0" } else { hex };
    Ok(Value::string(format!("{sign}0x{lead}.{hex}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    match pos.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

