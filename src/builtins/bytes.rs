//! `bytes`: the constructor and the registration of every method. The
//! methods live in submodules by responsibility.

mod args;
pub use args::buffer_bytes;
mod case;
mod codec;
mod dunder;
mod layout;
mod percent;
mod search;
mod split;

use std::rc::Rc;

use super::argcheck::{bind_plain, class_method};
use super::str::as_str;
use super::{method, static_fn, wrap_for_subclass};
use crate::objects::{Args, NativeFn, PyBytes, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    static_fn(&b, "__new__", bytes_new);
    static_fn(&b, "maketrans", layout::maketrans);
    class_method(&b, "fromhex", codec::fromhex);
    let methods: &[(&'static str, NativeFn)] = &[
        // text conversions
        ("decode", codec::decode),
        ("hex", codec::hex),
        // case conversion and predicates
        ("lower", case::lower),
        ("upper", case::upper),
        ("swapcase", case::swapcase),
        ("capitalize", case::capitalize),
        ("title", case::title),
        ("isalnum", case::isalnum),
        ("isalpha", case::isalpha),
        ("isascii", case::isascii),
        ("isdigit", case::isdigit),
        ("islower", case::islower),
        ("isspace", case::isspace),
        ("istitle", case::istitle),
        ("isupper", case::isupper),
        // searching
        ("find", search::find),
        ("rfind", search::rfind),
        ("index", search::index),
        ("rindex", search::rindex),
        ("count", search::count),
        ("startswith", search::startswith),
        ("endswith", search::endswith),
        ("partition", search::partition),
        ("rpartition", search::rpartition),
        ("replace", search::replace),
        ("removeprefix", search::removeprefix),
        ("removesuffix", search::removesuffix),
        // splitting, joining, stripping
        ("split", split::split),
        ("rsplit", split::rsplit),
        ("splitlines", split::splitlines),
        ("join", split::join),
        ("strip", split::strip),
        ("lstrip", split::lstrip),
        ("rstrip", split::rstrip),
        // padding and mapping
        ("center", layout::center),
        ("ljust", layout::ljust),
        ("rjust", layout::rjust),
        ("zfill", layout::zfill),
        ("expandtabs", layout::expandtabs),
        ("translate", layout::translate),
        // special methods
        ("__len__", dunder::len),
        ("__getitem__", dunder::getitem),
        ("__contains__", dunder::contains),
        ("__iter__", dunder::iter),
        ("__add__", dunder::add),
        ("__mul__", dunder::mul),
        ("__rmul__", dunder::rmul),
        ("__eq__", dunder::eq),
        ("__ne__", dunder::ne),
        ("__lt__", dunder::lt),
        ("__le__", dunder::le),
        ("__gt__", dunder::gt),
        ("__ge__", dunder::ge),
        ("__hash__", dunder::hash),
        ("__repr__", dunder::repr),
        ("__str__", dunder::str_),
        ("__bytes__", dunder::bytes_),
        ("__mod__", percent::modulo),
        ("__rmod__", percent::rmod),
        ("__getnewargs__", dunder::getnewargs),
        ("__sizeof__", dunder::sizeof),
    ];
    for &(name, f) in methods {
        method(&b, name, f);
    }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data: data.into_boxed_slice() }))
}

/// `bytes(source=b'', encoding=..., errors=...)`; `args[0]` is the class.
fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let cls = match pos.first() {
        Some(Value::Class(cls)) => cls,
        Some(other) => {
            let msg = format!("bytes.__new__(X): X is not a type object ({})", vm.type_name(other));
            return Err(PyErr::type_error(msg));
        }
        None => return Err(PyErr::type_error("bytes.__new__(): not enough arguments")),
    };
    let params = bind_plain("bytes", &pos[1..], &args, &["source", "encoding", "errors"], 3)?;
    let value = match params[..] {
        [None, None, None] => new_bytes(Vec::new()),
        [None, Some(_), _] => return Err(PyErr::type_error("encoding without a string argument")),
        [None, None, Some(_)] => return Err(PyErr::type_error("errors without a string argument")),
        [Some(source), None, None] => from_object(vm, source)?,
        [Some(source), encoding, errors] => encode_source(vm, source, encoding, errors)?,
        _ => unreachable!("bind_plain returns one slot per parameter"),
    };
    let bytes_cls = vm.types.bytes.clone();
    Ok(wrap_for_subclass(vm, cls, value, &bytes_cls))
}

/// `bytes(string, encoding[, errors])`, through `str.encode`.
fn encode_source(vm: &mut Vm, source: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let text_arg = |vm: &Vm, v: Option<&Value>, name: &str, default: &str| -> PyResult<Value> {
        match v {
            None => Ok(Value::str(default)),
            Some(v) => as_str(vm, v).map(Value::Str).ok_or_else(|| {
                PyErr::type_error(format!("bytes() argument '{name}' must be str, not {}", vm.type_name(v)))
            }),
        }
    };
    let enc = text_arg(vm, encoding, "encoding", "utf-8")?;
    let err = text_arg(vm, errors, "errors", "strict")?;
    let Some(text) = as_str(vm, source) else {
        let which = if encoding.is_some() { "encoding" } else { "errors" };
        return Err(PyErr::type_error(format!("{which} without a string argument")));
    };
    if encoding.is_none() {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    super::str::codec::encode(vm, Args::new(&[Value::Str(text), enc, err]))
}

/// `bytes(x)`: `__bytes__`, a count of zero bytes, or an iterable of ints.
fn from_object(vm: &mut Vm, source: &Value) -> PyResult<Value> {
    match source {
        Value::Bytes(b) => return Ok(Value::Bytes(b.clone())),
        Value::Str(_) => return Err(PyErr::type_error("string argument without an encoding")),
        Value::Instance(_) if vm.type_of(source).lookup("__bytes__").is_some() => {
            let result = vm.call_method(source, "__bytes__", &[])?;
            return match args::bytes_of(vm, &result) {
                Some(b) => Ok(Value::Bytes(b)),
                None => {
                    Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&result))))
                }
            };
        }
        Value::Instance(_) if as_str(vm, source).is_some() => {
            return Err(PyErr::type_error("string argument without an encoding"))
        }
        _ => {}
    }
    if args::is_int_like(vm, source) {
        return zeros(vm, source);
    }
    let items = match source {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => iterate(vm, source)?,
    };
    let data = items.iter().map(|item| byte_value(vm, item)).collect::<PyResult<Vec<u8>>>()?;
    Ok(new_bytes(data))
}

/// `bytes(n)`: `n` zero bytes.
fn zeros(vm: &mut Vm, n: &Value) -> PyResult<Value> {
    let n = match n {
        Value::BigInt(_) => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        _ => vm.index_value(n)?,
    };
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    crate::memory::reserve(n as usize)?;
    Ok(new_bytes(vec![0; n as usize]))
}

/// The items of an iterable, or `cannot convert 'T' object to bytes`.
fn iterate(vm: &mut Vm, source: &Value) -> PyResult<Vec<Value>> {
    let it = match vm.get_iter(source) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, ExcType::TypeError) => {
            return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(source))))
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(v) = vm.next(&it)? {
        items.push(v);
    }
    Ok(items)
}

/// One element of `bytes(iterable)`: an integer in range(0, 256).
fn byte_value(vm: &mut Vm, item: &Value) -> PyResult<u8> {
    let n = match item {
        Value::BigInt(_) => -1,
        _ => vm.index_value(item)?,
    };
    u8::try_from(n).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))
}
