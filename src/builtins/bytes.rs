//! `bytes`: constructor and methods.

use std::rc::Rc;

use super::{method, method_args, static_fn};
use crate::objects::{Args, PyBytes, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    static_fn(&b, "__new__", bytes_new);
    method(&b, "decode", decode);
    method(&b, "hex", hex);
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data: data.into_boxed_slice() }))
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    match pos.get(1) {
        None => Ok(new_bytes(Vec::new())),
        Some(Value::Str(s)) => {
            if pos.len() < 3 && args.kw("encoding").is_none() {
                return Err(PyErr::type_error("string argument without an encoding"));
            }
            Ok(new_bytes(s.as_str().as_bytes().to_vec()))
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            if *n > 1 << 32 {
                return Err(PyErr::memory_error());
            }
            Ok(new_bytes(vec![0; *n as usize]))
        }
        Some(v) => {
            let items = vm.collect(v)?;
            let mut data = Vec::with_capacity(items.len());
            for it in items {
                let n = vm.index_value(&it)?;
                if !(0..=255).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                data.push(n as u8);
            }
            Ok(new_bytes(data))
        }
    }
}

fn decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Bytes(b)) = pos.first() else { return Err(PyErr::type_error("decode needs bytes")) };
    match std::str::from_utf8(&b.data) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => Err(PyErr::new(
            crate::vm::ExcType::UnicodeDecodeError,
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b.data[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = method_args("hex", &args, 0, 0)?;
    let Value::Bytes(b) = b else { return Err(PyErr::type_error("hex needs bytes")) };
    Ok(Value::string(b.data.iter().map(|x| format!("{x:02x}")).collect()))
}
