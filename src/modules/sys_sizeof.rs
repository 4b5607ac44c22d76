//! `sys.getsizeof`: what CPython 3.11 (64-bit) reports for ints, floats,
//! strings, bytes, tuples, empty containers and small dicts and sets; other
//! values (and containers after unusual growth) are plausible approximations.

use crate::builtins::check_args;
use crate::objects::{Args, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

/// `getsizeof(obj[, default])`: `default` answers when the size cannot be
/// found (a `__sizeof__` that raises TypeError or returns a non-int).
pub fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("getsizeof", &args, 1, 2)?;
    match size_of(vm, &pos[0]) {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) if pos.len() == 2 && vm.err_matches(&e, ExcType::TypeError) => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

fn size_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        let cls = i.class();
        if !cls.is_builtin {
            if let Some(f) = cls.lookup("__sizeof__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                let n = match r {
                    Value::Int(n) => n,
                    Value::Bool(b) => i64::from(b.get()),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&other)
                        )))
                    }
                };
                if n < 0 {
                    return Err(PyErr::value_error("__sizeof__() should return >= 0"));
                }
                // Instances of Python classes carry the cycle collector's header and a dict pointer pair.
                return Ok(n + 32);
            }
        }
    }
    Ok(native_size(v))
}

fn native_size(v: &Value) -> i64 {
    match v {
        Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(_) => 28,
        Value::Int(n) => int_size(u128::from(n.unsigned_abs())),
        Value::BigInt(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30).max(1),
        Value::Float(_) => 24,
        Value::Str(s) => {
            let n = s.char_len() as i64;
            let widest = s.as_str().chars().map(u32::from).max().unwrap_or(0);
            match widest {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.data.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.items.borrow().capacity() as i64,
        Value::Dict(d) => dict_size(d),
        Value::Set(s) => set_size(s.table.borrow().len()),
        Value::Range(_) => 48,
        Value::Slice(_) => 56,
        Value::Function(_) => 152,
        Value::Builtin(_) => 72,
        Value::BoundMethod(_) => 48,
        Value::Class(_) => 1688,
        Value::Instance(i) if i.exc().is_some() => 72,
        Value::Instance(_) => 56,
        Value::Iter(_) => 48,
        Value::Generator(_) => 200,
        Value::Module(_) => 72,
        Value::Cell(_) => 24,
        Value::Code(_) => 176,
        Value::Property(_) => 80,
        Value::StaticMethod(_) | Value::ClassMethod(_) => 40,
        Value::Super(_) => 48,
        Value::DictView(_) => 40,
    }
}

/// 24 bytes of header and at least one 30-bit digit.
fn int_size(mut magnitude: u128) -> i64 {
    let mut digits = 0;
    while magnitude > 0 {
        digits += 1;
        magnitude >>= 30;
    }
    24 + 4 * i64::max(digits, 1)
}

/// A dict grown by insertion: the smallest table (8, 16, 32...) whose
/// usable two thirds hold the entries; entries are 16 bytes when every key
/// is a str, 24 otherwise, after one byte of index per slot (more for big tables).
fn dict_size(d: &crate::objects::PyDict) -> i64 {
    let keys = d.keys();
    if keys.is_empty() {
        return 64;
    }
    let n = keys.len() as i64;
    let mut slots: i64 = 8;
    while slots * 2 / 3 < n {
        slots *= 2;
    }
    let index_bytes = match slots {
        ..=128 => 1,
        129..=65_536 => 2,
        _ => 4,
    };
    let entry = if keys.iter().all(|k| matches!(k, Value::Str(_))) { 16 } else { 24 };
    96 + slots * index_bytes + (slots * 2 / 3) * entry
}

/// A set grown one insertion at a time: CPython's table starts at 8 slots
/// and is rebuilt at four times the fill once three fifths are taken.
fn set_size(len: usize) -> i64 {
    let (mut slots, mut fill) = (8usize, 0usize);
    for _ in 0..len {
        fill += 1;
        if fill * 5 >= (slots - 1) * 3 {
            let want = if fill > 50_000 { fill * 2 } else { fill * 4 };
            slots = 8;
            while slots <= want {
                slots <<= 1;
            }
        }
    }
    // The first 8 slots live inside the set object; a bigger table is separate.
    if slots == 8 {
        216
    } else {
        216 + 16 * slots as i64
    }
}
