//! `str`: the constructor and the registration of every method. The methods
//! live in submodules by responsibility; `str.format` is in `str_format.rs`.

mod args;
mod case;
pub(crate) mod codec;
mod codec_escape;
mod dunder;
mod layout;
mod search;
mod split;
mod unicode;
mod unicode_tables;

use super::{method, static_fn, wrap_for_subclass};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub(crate) use args::{as_str, parse, receiver, Arity};
pub(crate) use unicode::decimal_value;

pub fn install(vm: &mut Vm) {
    let s = vm.types.str_.clone();
    static_fn(&s, "__new__", str_new);
    static_fn(&s, "maketrans", layout::maketrans);
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        // case conversion and predicates
        ("lower", case::lower),
        ("upper", case::upper),
        ("casefold", case::casefold),
        ("capitalize", case::capitalize),
        ("title", case::title),
        ("swapcase", case::swapcase),
        ("isalnum", case::isalnum),
        ("isalpha", case::isalpha),
        ("isascii", case::isascii),
        ("isdecimal", case::isdecimal),
        ("isdigit", case::isdigit),
        ("isnumeric", case::isnumeric),
        ("isspace", case::isspace),
        ("isprintable", case::isprintable),
        ("isidentifier", case::isidentifier),
        ("islower", case::islower),
        ("isupper", case::isupper),
        ("istitle", case::istitle),
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
        ("encode", codec::encode),
        ("format", super::str_format::format),
        ("format_map", super::str_format::format_map),
        // special methods
        ("__len__", dunder::len),
        ("__getitem__", dunder::getitem),
        ("__contains__", dunder::contains),
        ("__add__", dunder::add),
        ("__mul__", dunder::mul),
        ("__rmul__", dunder::rmul),
        ("__mod__", dunder::modulo),
        ("__rmod__", dunder::rmod),
        ("__eq__", dunder::eq),
        ("__ne__", dunder::ne),
        ("__lt__", dunder::lt),
        ("__le__", dunder::le),
        ("__gt__", dunder::gt),
        ("__ge__", dunder::ge),
        ("__hash__", dunder::hash),
        ("__iter__", dunder::iter),
        ("__str__", dunder::str_),
        ("__repr__", dunder::repr),
        ("__format__", dunder::format),
        ("__getnewargs__", dunder::getnewargs),
        ("__sizeof__", dunder::sizeof),
    ];
    for &(name, f) in methods {
        method(&s, name, f);
    }
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(PyErr::type_error("str.__new__(X): X is not a type object"));
    };
    let mut params: [Option<&Value>; 3] = [None, None, None];
    let names = ["object", "encoding", "errors"];
    let given = pos.len() - 1 + args.kwargs().count();
    if given > 3 {
        return Err(PyErr::type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    for (slot, v) in params.iter_mut().zip(&pos[1..]) {
        *slot = Some(v);
    }
    for (key, v) in args.kwargs() {
        match names.iter().position(|n| *n == key) {
            Some(i) if params[i].is_none() => params[i] = Some(v),
            Some(i) => {
                return Err(PyErr::type_error(format!(
                    "argument for str() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => return Err(PyErr::type_error(format!("'{key}' is an invalid keyword argument for str()"))),
        }
    }
    let value = match params {
        [None, ..] => Value::str(""),
        [Some(obj), None, None] => match obj {
            Value::Str(s) => Value::Str(s.clone()),
            _ => Value::string(vm.str_of(obj)?),
        },
        [Some(obj), encoding, errors] => decode_object(vm, obj, encoding, errors)?,
    };
    let str_cls = vm.types.str_.clone();
    Ok(wrap_for_subclass(vm, cls, value, &str_cls))
}

/// `str(b, encoding, errors)`: decodes a bytes object.
fn decode_object(vm: &mut Vm, obj: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let text_arg = |vm: &Vm, v: Option<&Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => as_str(vm, v).map(|s| s.as_str().to_owned()).ok_or_else(|| {
                PyErr::type_error(format!("str() argument '{name}' must be str, not {}", vm.type_name(v)))
            }),
        }
    };
    let encoding = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "errors", "strict")?;
    if let Some(b) = crate::builtins::buffer_bytes(vm, obj)? {
        return codec::decode_bytes(&b.data, &encoding, &errors).map(Value::string);
    }
    match vm.payload_base(obj).unwrap_or_else(|| obj.clone()) {
        Value::Bytes(b) => codec::decode_bytes(&b.data, &encoding, &errors).map(Value::string),
        Value::Str(_) => Err(PyErr::type_error("decoding str is not supported")),
        _ => Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(obj)))),
    }
}
