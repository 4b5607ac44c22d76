//! The `operator` module: operators as functions, plus `itemgetter`,
//! `attrgetter` and `methodcaller` (native classes keeping their
//! arguments in the instance dict).

use std::rc::Rc;

use super::util::{add_fns, index_big, inst_dict, py_len};
use crate::builtins::{check_args, method, method_args};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, NativeFn, PyDict, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

macro_rules! binops {
    ($($name:ident = $op:expr, $inplace:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let p = check_args(stringify!($name), &args, 2, 2)?;
            vm.binary_op(&p[0], &p[1], $op, $inplace)
        })*
    };
}

binops! {
    add = BinOp::Add, false;
    sub = BinOp::Subtract, false;
    mul = BinOp::Multiply, false;
    matmul = BinOp::MatMul, false;
    truediv = BinOp::TrueDivide, false;
    floordiv = BinOp::FloorDivide, false;
    mod_ = BinOp::Remainder, false;
    pow = BinOp::Power, false;
    lshift = BinOp::LShift, false;
    rshift = BinOp::RShift, false;
    and_ = BinOp::And, false;
    or_ = BinOp::Or, false;
    xor = BinOp::Xor, false;
    iadd = BinOp::Add, true;
    isub = BinOp::Subtract, true;
    imul = BinOp::Multiply, true;
    imatmul = BinOp::MatMul, true;
    itruediv = BinOp::TrueDivide, true;
    ifloordiv = BinOp::FloorDivide, true;
    imod = BinOp::Remainder, true;
    ipow = BinOp::Power, true;
    ilshift = BinOp::LShift, true;
    irshift = BinOp::RShift, true;
    iand = BinOp::And, true;
    ior = BinOp::Or, true;
    ixor = BinOp::Xor, true;
}

macro_rules! cmpops {
    ($($name:ident = $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let p = check_args(stringify!($name), &args, 2, 2)?;
            vm.compare(&p[0], &p[1], $op)
        })*
    };
}

cmpops! {
    lt = CmpOp::Lt;
    le = CmpOp::Le;
    eq = CmpOp::Eq;
    ne = CmpOp::Ne;
    gt = CmpOp::Gt;
    ge = CmpOp::Ge;
}

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("add", add),
        ("sub", sub),
        ("mul", mul),
        ("matmul", matmul),
        ("truediv", truediv),
        ("floordiv", floordiv),
        ("mod", mod_),
        ("pow", pow),
        ("lshift", lshift),
        ("rshift", rshift),
        ("and_", and_),
        ("or_", or_),
        ("xor", xor),
        ("iadd", iadd),
        ("isub", isub),
        ("imul", imul),
        ("imatmul", imatmul),
        ("itruediv", itruediv),
        ("ifloordiv", ifloordiv),
        ("imod", imod),
        ("ipow", ipow),
        ("ilshift", ilshift),
        ("irshift", irshift),
        ("iand", iand),
        ("ior", ior),
        ("ixor", ixor),
        ("lt", lt),
        ("le", le),
        ("eq", eq),
        ("ne", ne),
        ("gt", gt),
        ("ge", ge),
        ("neg", neg),
        ("pos", pos),
        ("invert", invert),
        ("inv", invert),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("abs", abs),
        ("index", index),
        ("concat", concat),
        ("iconcat", iconcat),
        ("contains", contains),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("length_hint", length_hint),
        ("call", call),
    ];
    add_fns(d, "operator", fns);
    for (name, _) in fns {
        let dunder = format!("__{}__", name.trim_end_matches('_'));
        if let Some(f) = d.get_str(name) {
            if !matches!(*name, "is_" | "is_not" | "truth" | "countOf" | "indexOf" | "length_hint") {
                d.set_item_str(&dunder, f);
            }
        }
    }
    for (name, new, call, repr) in [
        ("itemgetter", itemgetter_init as NativeFn, itemgetter_call as NativeFn, itemgetter_repr as NativeFn),
        ("attrgetter", attrgetter_init, attrgetter_call, attrgetter_repr),
        ("methodcaller", methodcaller_init, methodcaller_call, methodcaller_repr),
    ] {
        let cls = new_class(name, vec![vm.types.object.clone()], BuiltinKind::Object, true, Rc::new(PyDict::new()))
            .map_err(PyErr::type_error)?;
        cls.dict.set_item_str("__module__", Value::str("operator"));
        method(&cls, "__init__", new);
        method(&cls, "__call__", call);
        method(&cls, "__repr__", repr);
        d.set_item_str(name, Value::Class(cls));
    }
    Ok(())
}

fn one<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    Ok(&check_args(name, args, 1, 1)?[0])
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("neg", &args)?;
    vm.negate(a)
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("pos", &args)?;
    vm.positive(a)
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("invert", &args)?;
    vm.invert(a)
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("not_", &args)?;
    Ok(Value::bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("truth", &args)?;
    Ok(Value::bool(vm.truthy(a)?))
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("is_", &args, 2, 2)?;
    Ok(Value::bool(p[0].is(&p[1])))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("is_not", &args, 2, 2)?;
    Ok(Value::bool(!p[0].is(&p[1])))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("abs", &args)?;
    let f = vm.builtins.get_str("abs").ok_or_else(|| PyErr::runtime_error("abs missing"))?;
    vm.call(&f, std::slice::from_ref(a))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one("index", &args)?;
    Ok(Value::bigint(index_big(vm, a)?))
}

fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__getitem__").is_some(),
        _ => false,
    }
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("concat", &args, 2, 2)?;
    if !is_sequence(vm, &p[0]) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", vm.type_name(&p[0]))));
    }
    vm.binary_op(&p[0], &p[1], BinOp::Add, false)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("iconcat", &args, 2, 2)?;
    if !is_sequence(vm, &p[0]) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", vm.type_name(&p[0]))));
    }
    vm.binary_op(&p[0], &p[1], BinOp::Add, true)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("contains", &args, 2, 2)?;
    Ok(Value::bool(vm.contains(&p[0], &p[1])?))
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("countOf", &args, 2, 2)?;
    let it = vm.get_iter(&p[0])?;
    let mut n = 0;
    while let Some(x) = vm.next(&it)? {
        if vm.eq_or_identical(&x, &p[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("indexOf", &args, 2, 2)?;
    let it = vm.get_iter(&p[0])?;
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        if vm.eq_or_identical(&x, &p[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("getitem", &args, 2, 2)?;
    vm.get_item(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("setitem", &args, 3, 3)?;
    vm.set_item(&p[0], p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("delitem", &args, 2, 2)?;
    vm.del_item(&p[0], &p[1])?;
    Ok(Value::None)
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = check_args("length_hint", &args, 1, 2)?;
    let default = p.get(1).cloned().unwrap_or(Value::Int(0));
    if !matches!(default, Value::Int(_)) {
        let t = vm.type_name(&default);
        return Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    match py_len(vm, &p[0]) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if !vm.err_matches(&e, crate::vm::ExcType::TypeError) => return Err(e),
        Err(_) => {}
    }
    if let Value::Iter(it) = &p[0] {
        if let Some(n) = it.remaining() {
            return Ok(Value::Int(n as i64));
        }
    }
    let hint = match vm.call_special(&p[0], "__length_hint__", &[])? {
        Some(h) => h,
        None => return Ok(default),
    };
    match hint {
        Value::NotImplemented => Ok(default),
        Value::Int(n) if n < 0 => Err(PyErr::value_error("__length_hint__() should return >= 0")),
        Value::Int(n) => Ok(Value::Int(n)),
        other => {
            let t = vm.type_name(&other);
            Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {t}")))
        }
    }
}

fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((f, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("call() missing required argument 'obj'"));
    };
    let mut values = rest.to_vec();
    values.extend(args.values[pos.len()..].iter().cloned());
    vm.call_kw(f, &values, args.kwnames)
}

// ----- itemgetter, attrgetter, methodcaller -----

fn store(slf: &Value, key: &str, v: Value) -> PyResult<()> {
    inst_dict(slf)?.set_item_str(key, v);
    Ok(())
}

fn load(slf: &Value, key: &str) -> PyResult<Value> {
    inst_dict(slf)?.get_str(key).ok_or_else(|| PyErr::type_error("uninitialized operator object"))
}

fn items_tuple(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn itemgetter_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("itemgetter", &args, 1, usize::MAX)?;
    store(slf, "_items", Value::tuple(rest.to_vec()))?;
    Ok(Value::None)
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("itemgetter", &args, 1, 1)?;
    let items = items_tuple(&load(slf, "_items")?);
    if items.len() == 1 {
        return vm.get_item(&rest[0], &items[0]);
    }
    let mut out = Vec::with_capacity(items.len());
    for k in &items {
        out.push(vm.get_item(&rest[0], k)?);
    }
    Ok(Value::tuple(out))
}

fn reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(vm.repr(x)?);
    }
    Ok(parts.join(", "))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("__repr__", &args, 0, 0)?;
    let items = items_tuple(&load(slf, "_items")?);
    Ok(Value::string(format!("operator.itemgetter({})", reprs(vm, &items)?)))
}

fn attrgetter_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("attrgetter", &args, 1, usize::MAX)?;
    for a in rest {
        if !matches!(a, Value::Str(_)) {
            return Err(PyErr::type_error(format!("attribute name must be a string, not '{}'", vm.type_name(a))));
        }
    }
    store(slf, "_attrs", Value::tuple(rest.to_vec()))?;
    Ok(Value::None)
}

fn dotted(vm: &mut Vm, obj: &Value, path: &Value) -> PyResult<Value> {
    let Value::Str(s) = path else { return Err(PyErr::type_error("attribute name must be a string")) };
    let mut cur = obj.clone();
    for part in s.as_str().split('.') {
        cur = vm.get_attr_str(&cur, part)?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("attrgetter", &args, 1, 1)?;
    let attrs = items_tuple(&load(slf, "_attrs")?);
    if attrs.len() == 1 {
        return dotted(vm, &rest[0], &attrs[0]);
    }
    let mut out = Vec::with_capacity(attrs.len());
    for a in &attrs {
        out.push(dotted(vm, &rest[0], a)?);
    }
    Ok(Value::tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("__repr__", &args, 0, 0)?;
    let attrs = items_tuple(&load(slf, "_attrs")?);
    Ok(Value::string(format!("operator.attrgetter({})", reprs(vm, &attrs)?)))
}

fn methodcaller_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
    }
    let slf = &pos[0];
    if !matches!(pos[1], Value::Str(_)) {
        return Err(PyErr::type_error("method name must be a string"));
    }
    store(slf, "_name", pos[1].clone())?;
    store(slf, "_args", Value::tuple(pos[2..].to_vec()))?;
    let kw = Rc::new(PyDict::new());
    for (k, v) in args.kwargs() {
        vm.dict_set(&kw, Value::str(k), v.clone())?;
    }
    store(slf, "_kwargs", Value::Dict(kw))?;
    Ok(Value::None)
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("methodcaller", &args, 1, 1)?;
    let Value::Str(name) = load(slf, "_name")? else { return Err(PyErr::type_error("bad methodcaller")) };
    let f = vm.get_attr_str(&rest[0], name.as_str())?;
    let mut values = items_tuple(&load(slf, "_args")?);
    let mut names = Vec::new();
    if let Value::Dict(kw) = load(slf, "_kwargs")? {
        for (k, v) in kw.items() {
            values.push(v);
            names.push(k);
        }
    }
    vm.call_kw(&f, &values, &names)
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("__repr__", &args, 0, 0)?;
    let name = load(slf, "_name")?;
    let mut parts = vec![vm.repr(&name)?];
    for a in items_tuple(&load(slf, "_args")?) {
        parts.push(vm.repr(&a)?);
    }
    if let Value::Dict(kw) = load(slf, "_kwargs")? {
        for (k, v) in kw.items() {
            parts.push(format!("{}={}", vm.str_of(&k)?, vm.repr(&v)?));
        }
    }
    Ok(Value::string(format!("operator.methodcaller({})", parts.join(", "))))
}
