//! printf-style `str % args`.

use crate::objects::format::{parse_percent, render_percent, PercentNum, PercentPiece, PercentValue};
use crate::objects::{PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let pieces = parse_percent(fmt).map_err(PyErr::value_error)?;
    // A tuple, or an instance of a tuple subclass (a namedtuple), supplies the values.
    let tuple_items: Option<Vec<Value>> = match args {
        Value::Tuple(t) => Some(t.items.to_vec()),
        Value::Instance(_) => match vm.payload_base(args) {
            Some(Value::Tuple(t)) => Some(t.items.to_vec()),
            _ => None,
        },
        _ => None,
    };
    let mapping = match args {
        _ if tuple_items.is_some() => None,
        Value::Dict(_) => Some(args.clone()),
        Value::Instance(_) if vm.type_of(args).lookup("__getitem__").is_some() => Some(args.clone()),
        _ => None,
    };
    let values: Vec<Value> = tuple_items.unwrap_or_else(|| vec![args.clone()]);
    let mut next = 0usize;
    // As CPython: once a `%(key)` spec has read the mapping, no positional
    // value is left (`'%(a)s %s' % {'a': 1}` is an error).
    let used_mapping = std::cell::Cell::new(false);
    let mut take = || -> PyResult<Value> {
        if used_mapping.get() {
            return Err(PyErr::type_error("not enough arguments for format string"));
        }
        let v = values.get(next).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    let mut out = String::new();
    for piece in pieces {
        match piece {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Spec(spec) => {
                if spec.key.is_some() && mapping.is_some() {
                    used_mapping.set(true);
                }
                let width = match spec.width {
                    Some(PercentNum::Star) => {
                        let v = take()?;
                        Some(vm.index_value(&v)?.max(0) as usize)
                    }
                    Some(PercentNum::Fixed(n)) => Some(n),
                    None => None,
                };
                let precision = match spec.precision {
                    Some(PercentNum::Star) => {
                        let v = take()?;
                        Some(vm.index_value(&v)?.max(0) as usize)
                    }
                    Some(PercentNum::Fixed(n)) => Some(n),
                    None => None,
                };
                let value = match &spec.key {
                    Some(k) => {
                        let Some(m) = &mapping else {
                            return Err(PyErr::type_error("format requires a mapping"));
                        };
                        used_mapping.set(true);
                        vm.get_item(m, &Value::str(k))?
                    }
                    None => take()?,
                };
                // An int or float subclass formats as its value, and so
                // does an object with __index__ for the integer codes.
                let value = match (&value, spec.conv) {
                    (
                        Value::Instance(_),
                        'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G',
                    ) => match vm.payload_base(&value) {
                        Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))) => b,
                        _ if "cdiuoxX".contains(spec.conv) => {
                            vm.call_special(&value, "__index__", &[])?.unwrap_or(value)
                        }
                        _ => value,
                    },
                    _ => value,
                };
                let pv = match spec.conv {
                    's' => PercentValue::Str(vm.str_of(&value)?),
                    'r' => PercentValue::Str(vm.repr(&value)?),
                    'a' => PercentValue::Str(super::ascii_of(&vm.repr(&value)?)),
                    'c' => match &value {
                        Value::Str(s) => PercentValue::Str(s.as_str().to_owned()),
                        v => PercentValue::Int(
                            vm.to_bigint(v).ok_or_else(|| PyErr::type_error("%c requires int or char"))?,
                        ),
                    },
                    'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match &value {
                        Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                            match super::int_float::float_trunc(f.get())? {
                                Value::Int(i) => PercentValue::Int(num_bigint::BigInt::from(i)),
                                other => PercentValue::Int(vm.to_bigint(&other).unwrap_or_default()),
                            }
                        }
                        v => PercentValue::Int(vm.to_bigint(v).ok_or_else(|| {
                            let needed =
                                if matches!(spec.conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                            PyErr::type_error(format!(
                                "%{} format: {needed} is required, not {}",
                                spec.conv,
                                vm.type_name(v)
                            ))
                        })?),
                    },
                    _ => PercentValue::Float(super::int_float::to_float(vm, &value).map_err(|_| {
                        PyErr::type_error(format!("must be real number, not {}", vm.type_name(&value)))
                    })?),
                };
                out.push_str(&render_percent(&spec, width, precision, pv).map_err(PyErr::from_format)?);
            }
        }
    }
    let consumed = next;
    if mapping.is_none() && consumed < values.len() {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::string(out))
}
