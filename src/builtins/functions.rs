//! Builtin functions (`print`, `len`, `sorted`, ...).

use crate::objects::BoolBits;
use std::rc::Rc;

use super::{check_args, function};
use crate::bytecode::CmpOp;
use crate::objects::iter::IterState;
use crate::objects::{Args, Class, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

pub fn install(vm: &mut Vm) {
    function(vm, "print", print);
    function(vm, "input", input);
    function(vm, "len", len);
    function(vm, "repr", repr);
    function(vm, "ascii", ascii);
    function(vm, "abs", abs);
    function(vm, "isinstance", isinstance);
    function(vm, "issubclass", issubclass);
    function(vm, "id", id);
    function(vm, "hash", hash);
    function(vm, "iter", iter);
    function(vm, "next", next);
    function(vm, "getattr", getattr);
    function(vm, "setattr", setattr);
    function(vm, "hasattr", hasattr);
    function(vm, "delattr", delattr);
    function(vm, "callable", callable);
    function(vm, "any", any);
    function(vm, "all", all);
    function(vm, "sum", sum);
    function(vm, "min", min);
    function(vm, "max", max);
    function(vm, "sorted", sorted);
    function(vm, "reversed", reversed);
    function(vm, "enumerate", enumerate);
    function(vm, "zip", zip);
    function(vm, "map", map);
    function(vm, "filter", filter);
    function(vm, "chr", chr);
    function(vm, "ord", ord);
    function(vm, "hex", hex);
    function(vm, "oct", oct);
    function(vm, "bin", bin);
    function(vm, "format", format);
    function(vm, "divmod", divmod);
    function(vm, "pow", pow);
    function(vm, "round", round);
    function(vm, "vars", vars);
    function(vm, "dir", dir);
    function(vm, "globals", globals);
    function(vm, "locals", locals);
    function(vm, "exec", exec);
    function(vm, "eval", eval);
    // As after CPython's `site`: `exit()` and `quit()` raise SystemExit.
    function(vm, "exit", crate::modules::sys::exit);
    function(vm, "quit", crate::modules::sys::exit);
    // As in CPython these five are types (`isinstance(m, map)`), whose
    // instances are the iterators the functions make.
    for (name, new) in [
        ("reversed", reversed_new as crate::objects::NativeFn),
        ("enumerate", enumerate_new),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
    ] {
        let cls = vm.types.iterator_type(name);
        super::static_fn(&cls, "__new__", new);
        vm.builtins.set_item_str(name, Value::Class(cls));
    }
}

/// `T.__new__(cls, *args)` for the iterator types: the function without `cls`.
macro_rules! iterator_new {
    ($($new:ident => $f:ident),*) => {$(
        fn $new(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $f(vm, Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames })
        }
    )*};
}
iterator_new!(reversed_new => reversed, enumerate_new => enumerate, zip_new => zip, map_new => map, filter_new => filter);

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_owned();
    let mut end = "\n".to_owned();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        let s = |v: &Value, what: &str| -> PyResult<Option<String>> {
            match v {
                Value::None => Ok(None),
                Value::Str(s) => Ok(Some(s.as_str().to_owned())),
                other => Err(PyErr::type_error(format!("{what} must be None or a string, not {}", other.kind_name()))),
            }
        };
        match k {
            "sep" => sep = s(v, "sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = s(v, "end")?.unwrap_or_else(|| "\n".into()),
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => return Err(PyErr::type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    if file.is_none() {
        file = redirected_stdout(vm).unwrap_or(Value::None);
    }
    match &file {
        Value::None => vm.host.write_stdout(&out),
        f => {
            if crate::modules::is_stderr(vm, f) {
                vm.host.flush();
                vm.host.write_stderr(&out);
            } else if crate::modules::is_stdout(vm, f) {
                vm.host.write_stdout(&out);
            } else {
                vm.call_method(f, "write", &[Value::string(out)])?;
            }
        }
    }
    if flush {
        vm.host.flush();
    }
    Ok(Value::None)
}

/// `sys.stdout` when a program has replaced it (`contextlib.redirect_stdout`);
/// None while it is the real stream. One dict probe when `sys` was never imported.
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else { return None };
    let out = sys.dict.get_str("stdout")?;
    (!crate::modules::is_stdout(vm, &out)).then_some(out)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("input", &args, 0, 1)?;
    let prompt = match pos.first() {
        Some(p) => vm.str_of(p)?,
        None => String::new(),
    };
    match vm.host.read_line(&prompt) {
        Some(line) => Ok(Value::string(line)),
        // No line because the user interrupted the wait (the page's Stop
        // while input() waits), as Ctrl+C at CPython's prompt.
        None if vm.host.interrupted() => Err(PyErr::new(ExcType::KeyboardInterrupt, "")),
        None => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
    }
}

/// Checks what a user `__len__` returned, as CPython's `slot_sq_length`.
pub fn len_result(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    let n = match r {
        Value::BigInt(_) => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
        _ => vm.index_value(r).map_err(|e| {
            if e.is_new(ExcType::IndexError) {
                PyErr::overflow("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })?,
    };
    if n < 0 {
        return Err(PyErr::value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

/// `len(v)` as a Rust integer.
pub fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Bytes(b) => b.data.len(),
        Value::Range(r) => r.len() as usize,
        Value::DictView(d) => d.dict.len(),
        Value::Instance(inst) => match vm.call_special(v, "__len__", &[])? {
            Some(r) => len_result(vm, &r)?,
            None => {
                if let crate::objects::Payload::Base(b) = &inst.payload {
                    let base = b.borrow().clone();
                    return length(vm, &base);
                }
                return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            }
        },
        Value::Class(c) => match vm.class_hook(c, "__class_len__", &[])? {
            Some(r) => vm.index_value(&r)? as usize,
            None => return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
        },
        _ => return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
    })
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("len", &args, 1, 1)?;
    if let Value::Range(r) = &pos[0] {
        // A range's length need not fit a usize (32-bit on wasm).
        return Ok(Value::Int(r.len()));
    }
    Ok(Value::Int(length(vm, &pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("repr", &args, 1, 1)?;
    Ok(Value::string(vm.repr(&pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("ascii", &args, 1, 1)?;
    Ok(Value::string(super::ascii_of(&vm.repr(&pos[0])?)))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("abs", &args, 1, 1)?;
    match &pos[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::BigInt(b) => Ok(Value::bigint(num_bigint::BigInt::from(b.magnitude().clone()))),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        v => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
        },
    }
}

/// isinstance/issubclass against a class or (nested) tuple of classes.
fn class_check(cls: &Rc<Class>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(Class::is_subclass(cls, c)),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if class_check(cls, item, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) if i.class().name().as_str() == "UnionType" => {
            // `int | str` (types.UnionType) checks each member.
            match i.dict.as_ref().and_then(|d| d.get_str("__args__")) {
                Some(args @ Value::Tuple(_)) => class_check(cls, &args, fname),
                _ => Ok(false),
            }
        }
        _ if fname == "issubclass" => {
            Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
        _ => Err(PyErr::type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

/// A metaclass's `__instancecheck__` / `__subclasscheck__` answer for
/// `spec` (a class, or a tuple searched item by item), when one applies.
fn meta_check(vm: &mut Vm, arg: &Value, spec: &Value, hook: &str) -> PyResult<Option<bool>> {
    match spec {
        Value::Class(c) if c.metaclass.borrow().is_some() => {
            // CPython answers an exact type match without the hook.
            if hook == "__instancecheck__" && Rc::ptr_eq(&vm.type_of(arg), c) {
                return Ok(Some(true));
            }
            match vm.meta_dunder(c, hook, std::slice::from_ref(arg))? {
                Some(r) => vm.truthy(&r).map(Some),
                None => Ok(None),
            }
        }
        Value::Tuple(t) if t.items.iter().any(|i| matches!(i, Value::Class(c) if c.metaclass.borrow().is_some())) => {
            for item in t.items.iter() {
                let found = match meta_check(vm, arg, item, hook)? {
                    Some(b) => b,
                    None => meta_fallback(vm, arg, item, hook)?,
                };
                if found {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

fn meta_fallback(vm: &mut Vm, arg: &Value, spec: &Value, hook: &str) -> PyResult<bool> {
    if hook == "__instancecheck__" {
        let cls = vm.type_of(arg);
        return class_check(&cls, spec, "isinstance");
    }
    let Value::Class(cls) = arg else { return Err(PyErr::type_error("issubclass() arg 1 must be a class")) };
    class_check(cls, spec, "issubclass")
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("isinstance", &args, 2, 2)?;
    if let Some(b) = meta_check(vm, &pos[0], &pos[1], "__instancecheck__")? {
        return Ok(Value::bool(b));
    }
    let cls = vm.type_of(&pos[0]);
    Ok(Value::bool(class_check(&cls, &pos[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("issubclass", &args, 2, 2)?;
    if let Some(b) = meta_check(vm, &pos[0], &pos[1], "__subclasscheck__")? {
        return Ok(Value::bool(b));
    }
    let Value::Class(cls) = &pos[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(class_check(cls, &pos[1], "issubclass")?))
}

fn id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("id", &args, 1, 1)?;
    let v = &pos[0];
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
            Value::Float(f) => f.get().to_bits() as i64 >> 1,
            Value::Bool(b) => 0x100 + i64::from(*b) * 32,
            Value::None => 0x200,
            _ => 0x300,
        },
    }))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&pos[0])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("iter", &args, 1, 2)?;
    if pos.len() == 2 {
        if !is_callable(vm, &pos[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::Callable { func: pos[0].clone(), sentinel: pos[1].clone() }));
    }
    vm.get_iter(&pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("next", &args, 1, 2)?;
    let it = &pos[0];
    let is_iter = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        other => vm.type_of(other).lookup("__next__").is_some(),
    };
    if !is_iter {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match it {
        Value::Generator(g) => match vm.gen_send(g, Value::None)? {
            crate::vm::generator::SendResult::Yield(v) => Ok(v),
            crate::vm::generator::SendResult::Return(r) => match pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let cls = vm.exc_class(ExcType::StopIteration);
                    let args = if r.is_none() { vec![] } else { vec![r] };
                    Err(PyErr::Exc(vm.new_exception(cls, args)))
                }
            },
        },
        Value::Instance(_) => match vm.call_special(it, "__next__", &[]) {
            Err(e) if pos.len() == 2 && vm.err_matches(&e, ExcType::StopIteration) => Ok(pos[1].clone()),
            Err(e) => Err(e),
            Ok(v) => Ok(v.unwrap_or(Value::None)),
        },
        _ => match vm.next(it)? {
            Some(v) => Ok(v),
            None => match pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(PyErr::stop_iteration()),
            },
        },
    }
}

fn attr_name(v: &Value) -> PyResult<Rc<crate::objects::PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.kind_name()))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("getattr", &args, 2, 3)?;
    let name = attr_name(&pos[1])?;
    match vm.get_attr(&pos[0], &name) {
        Err(e) if pos.len() == 3 && vm.err_matches(&e, ExcType::AttributeError) => Ok(pos[2].clone()),
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("setattr", &args, 3, 3)?;
    let name = attr_name(&pos[1])?;
    vm.set_attr(&pos[0], &name, pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("hasattr", &args, 2, 2)?;
    let name = attr_name(&pos[1])?;
    match vm.get_attr(&pos[0], &name) {
        Ok(_) => Ok(Value::Bool(BoolBits::TRUE)),
        Err(e) if vm.err_matches(&e, ExcType::AttributeError) => Ok(Value::Bool(BoolBits::FALSE)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("delattr", &args, 2, 2)?;
    let name = attr_name(&pos[1])?;
    vm.del_attr(&pos[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("callable", &args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, &pos[0])))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("any", &args, 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(BoolBits::TRUE));
        }
    }
    Ok(Value::Bool(BoolBits::FALSE))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("all", &args, 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(BoolBits::FALSE));
        }
    }
    Ok(Value::Bool(BoolBits::TRUE))
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(PyErr::type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", pos.len())));
    }
    let mut acc = pos.get(1).cloned().or_else(|| args.kw("start").cloned()).unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = vm.get_iter(&pos[0])?;
    let mut n = 0u32;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(&acc, &v, crate::bytecode::BinOp::Add, false)?,
        };
        n = n.wrapping_add(1);
        if n & 0xffff == 0 && vm.host.interrupted() {
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
    }
    Ok(acc)
}

/// Shared by min() and max().
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = args.pos();
    let key = args.kw("key").cloned().filter(|k| !k.is_none());
    let default = args.kw("default").cloned();
    for (k, _) in args.kwargs() {
        if k != "key" && k != "default" {
            return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    let items: Vec<Value> = match pos.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

/// Stable sort with optional key and reverse, as `list.sort`.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Merge sort over indices so comparison errors propagate and order is stable.
    let mut err: Option<PyErr> = None;
    let mut steps = 0usize;
    let mut less = |a: usize, b: usize, vm: &mut Vm| -> bool {
        if err.is_some() {
            return false;
        }
        steps = steps.wrapping_add(1);
        if let Err(e) = vm.poll_long_loop(steps) {
            err = Some(e);
            return false;
        }
        let (x, y) = if reverse { (&keys[b], &keys[a]) } else { (&keys[a], &keys[b]) };
        match fast_lt(x, y) {
            Some(r) => r,
            None => match vm.compare(x, y, CmpOp::Lt).and_then(|r| vm.truthy(&r)) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            },
        }
    };
    merge_sort(&mut idx, &mut |a, b| less(a, b, vm));
    if let Some(e) = err {
        return Err(e);
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() < y.get()),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        _ => None,
    }
}

/// Stable merge sort driven by a `less` callback (which may record an error).
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if less(v[j], v[i]) {
            out.push(v[j]);
            j += 1;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&v[i..mid]);
    out.extend_from_slice(&v[j..n]);
    v.copy_from_slice(&out);
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    for k in args.kwnames {
        if let Value::Str(k) = k {
            if !matches!(k.as_str(), "key" | "reverse") {
                return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for sort()", k.as_str())));
            }
        }
    }
    let items = vm.collect(&pos[0])?;
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let out = sort_values(vm, items, args.kw("key"), reverse)?;
    Ok(Value::list(out))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() != 1 {
        return Err(PyErr::type_error(format!("reversed expected 1 argument, got {}", args.pos().len())));
    }
    let pos = check_args("reversed", &args, 1, 1)?;
    let v = &pos[0];
    match v {
        Value::List(l) => Ok(vm.new_iter(IterState::ListReverse { list: l.clone(), idx: l.len() })),
        Value::Tuple(t) => {
            Ok(vm.new_iter(IterState::Seq { items: t.items.iter().rev().cloned().collect(), idx: 0, name: "reversed" }))
        }
        Value::Str(s) => Ok(vm.new_iter(IterState::Seq {
            items: s.as_str().chars().rev().map(|c| Value::string(c.to_string())).collect(),
            idx: 0,
            name: "reversed",
        })),
        Value::Range(r) => {
            let n = r.len();
            let last = if n > 0 { r.get(n - 1) } else { r.start };
            Ok(vm.new_iter(IterState::Range { next: last, step: -r.step, remaining: n }))
        }
        Value::Dict(d) => Ok(vm.new_iter(IterState::Seq {
            items: d.keys().into_iter().rev().collect(),
            idx: 0,
            name: "dict_reversekeyiterator",
        })),
        Value::Bytes(b) => Ok(vm.new_iter(IterState::Seq {
            items: b.data.iter().rev().map(|x| Value::Int(i64::from(*x))).collect(),
            idx: 0,
            name: "reversed",
        })),
        Value::DictView(dv) => {
            let name = crate::objects::iter::reversed_view_name(dv.kind);
            let mut items = vm.collect(v)?;
            items.reverse();
            Ok(vm.new_iter(IterState::Seq { items, idx: 0, name }))
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
                return Ok(r);
            }
            let n = length(vm, v)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.get_item(v, &Value::Int(i as i64))?);
            }
            Ok(vm.new_iter(IterState::Seq { items, idx: 0, name: "reversed" }))
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(v)))),
    }
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(iterable) = pos.first().or_else(|| args.kw("iterable")) else {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match pos.get(1).or_else(|| args.kw("start")) {
        Some(s) => vm.index_value(s)?,
        None => 0,
    };
    let it = vm.get_iter(iterable)?;
    Ok(vm.new_iter(IterState::Enumerate { it, count: start }))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in args.pos() {
        // CPython 3.11 reports iter()'s own "'int' object is not iterable".
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(IterState::Zip { its, strict }))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &pos[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(IterState::Map { func: pos[0].clone(), its }))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("filter", &args, 2, 2)?;
    let it = vm.get_iter(&pos[1])?;
    Ok(vm.new_iter(IterState::Filter { func: pos[0].clone(), it }))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("chr", &args, 1, 1)?;
    let n = match &pos[0] {
        Value::Float(_) => return Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
        Value::BigInt(_) => return Err(PyErr::overflow("Python int too large to convert to C int")),
        v => vm.index_value(v)?,
    };
    if i32::try_from(n).is_err() {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    match u32::try_from(n).ok().filter(|n| *n <= 0x10ffff) {
        // ASCII answers come from the VM's shared one-character strings, as
        // iteration and indexing do: no allocation (CPython caches Latin-1).
        Some(c) => Ok(match vm.ascii_chars.get(c as usize) {
            Some(v) => v.clone(),
            None => Value::string(char::from_u32(c).unwrap_or('\u{fffd}').to_string()),
        }),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("ord", &args, 1, 1)?;
    match &pos[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(i64::from(b.data[0]))),
        Value::Bytes(b) => {
            Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.data.len())))
        }
        other => {
            Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(other))))
        }
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    let pos = check_args(name, &args, 1, 1)?;
    let n = match &pos[0] {
        Value::Instance(_) => vm.index_value(&pos[0]).map(num_bigint::BigInt::from)?,
        v => vm.to_bigint(v).ok_or_else(|| {
            PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
        })?,
    };
    Ok(Value::string(crate::objects::format::int_to_str_radix(&n, base, true)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("format", &args, 1, 2)?;
    let spec = match pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", vm.type_name(other))))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format_value(&pos[0], &spec)?))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&pos[0], &pos[1]);
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = vm.call_special(a, "__divmod__", std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if matches!(b, Value::Instance(_)) {
            if let Some(r) = vm.call_special(b, "__rdivmod__", std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
    }
    let q = vm.binary_op(a, b, crate::bytecode::BinOp::FloorDivide, false).map_err(|e| fix_op_name(e, "divmod()"))?;
    let r = vm.binary_op(a, b, crate::bytecode::BinOp::Remainder, false).map_err(|e| fix_op_name(e, "divmod()"))?;
    Ok(Value::tuple(vec![q, r]))
}

/// Renames the operator in "unsupported operand type(s) for //" messages.
fn fix_op_name(e: PyErr, name: &str) -> PyErr {
    match e {
        PyErr::New(ExcType::TypeError, m) if m.starts_with("unsupported operand type(s) for ") => {
            let rest = m.split_once(": ").map(|(_, r)| r).unwrap_or("");
            PyErr::type_error(format!("unsupported operand type(s) for {name}: {rest}"))
        }
        PyErr::New(ExcType::ZeroDivisionError, m) if m == "float floor division by zero" => {
            PyErr::zero_division("float divmod()")
        }
        PyErr::New(ExcType::ZeroDivisionError, _) if name == "divmod()" => {
            PyErr::zero_division("integer division or modulo by zero")
        }
        other => other,
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(PyErr::type_error(format!("pow() takes at most 3 arguments ({} given)", pos.len())));
    }
    let base = pos.first().or_else(|| args.kw("base"));
    let exp = pos.get(1).or_else(|| args.kw("exp"));
    let (Some(base), Some(exp)) = (base, exp) else {
        let which = if base.is_none() { "'base' (pos 1)" } else { "'exp' (pos 2)" };
        return Err(PyErr::type_error(format!("pow() missing required argument {which}")));
    };
    let modulus = pos.get(2).or_else(|| args.kw("mod")).filter(|m| !m.is_none());
    let Some(m) = modulus else {
        return vm.binary_op(base, exp, crate::bytecode::BinOp::Power, false);
    };
    // Ternary pow on a user object (e.g. `complex`) is its `__pow__(exp, mod)`.
    if let Value::Instance(_) = base {
        if let Some(r) = vm.call_special(base, "__pow__", &[exp.clone(), m.clone()])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (Some(b), Some(e), Some(m)) = (vm.to_bigint(base), vm.to_bigint(exp), vm.to_bigint(m)) else {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    use num_integer::Integer;
    use num_traits::{One, Signed, Zero};
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // Modular inverse via extended Euclid.
        let g = b.mod_floor(&m).extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(PyErr::value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&m), -e)
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(Value::bigint(r))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let number = pos
        .first()
        .or_else(|| args.kw("number"))
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let ndigits = pos.get(1).or_else(|| args.kw("ndigits")).filter(|n| !n.is_none());
    match number {
        Value::Float(f) => match ndigits {
            None => {
                let r = crate::objects::format::round_float_to_int(f.get()).map_err(|m| {
                    if m.contains("NaN") {
                        PyErr::value_error(m)
                    } else {
                        PyErr::overflow(m)
                    }
                })?;
                Ok(crate::builtins::int_float::float_to_int(r))
            }
            Some(n) => {
                let n = vm.index_value(n)?;
                Ok(Value::float(crate::objects::format::round_float(f.get(), n).map_err(PyErr::overflow)?))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match ndigits {
            None => Ok(match number {
                Value::Bool(b) => Value::Int(i64::from(*b)),
                v => v.clone(),
            }),
            Some(n) => {
                let n = vm.index_value(n)?;
                if n >= 0 {
                    return Ok(number.clone());
                }
                let x = vm.to_bigint(number).unwrap_or_default();
                let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
                use num_integer::Integer;
                let (q, r) = x.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
                Ok(Value::bigint(q * p))
            }
        },
        other => {
            let extra: Vec<Value> = ndigits.into_iter().cloned().collect();
            match vm.call_special(other, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(other)))),
            }
        }
    }
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("vars", &args, 0, 1)?;
    match pos.first() {
        None => locals(vm, args),
        Some(v) => match vm.get_attr_str(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => Err(PyErr::type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("dir", &args, 0, 1)?;
    match pos.first() {
        None => {
            let locals = locals(vm, args)?;
            let mut keys: Vec<String> = match &locals {
                Value::Dict(d) => d.keys().iter().filter_map(|k| k.as_str().map(|s| s.as_str().to_owned())).collect(),
                _ => Vec::new(),
            };
            keys.sort();
            Ok(Value::list(keys.into_iter().map(Value::string).collect()))
        }
        Some(v) => {
            if let Value::Instance(_) = v {
                let cls = vm.type_of(v);
                if let Some(d) = cls.lookup("__dir__") {
                    if !matches!(&d, Value::Builtin(b) if b.owner == "object") {
                        let r = vm.call_special(v, "__dir__", &[])?.unwrap_or(Value::None);
                        let items = vm.collect(&r)?;
                        let out = sort_values(vm, items, None, false)?;
                        return Ok(Value::list(out));
                    }
                }
            }
            let names = super::object::dir_names(vm, v);
            Ok(Value::list(names.into_iter().map(Value::string).collect()))
        }
    }
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match &vm.caller {
        Some(c) => Ok(Value::Dict(c.globals.clone())),
        None => Err(PyErr::runtime_error("globals(): no current frame")),
    }
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("locals", &args, 0, 0)?;
    match &vm.caller {
        Some(c) => Ok(c.locals.clone().unwrap_or_else(|| Value::Dict(c.globals.clone()))),
        None => Err(PyErr::runtime_error("locals(): no current frame")),
    }
}

/// Shared by exec() and eval().
fn run_source(vm: &mut Vm, args: Args, mode: rustpython_parser::Mode, name: &str) -> PyResult<Value> {
    let pos = args.pos();
    let Some(src) = pos.first() else {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    };
    let caller = vm.caller.clone();
    let globals = match pos.get(1) {
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) | None => match &caller {
            Some(c) => c.globals.clone(),
            None => Rc::new(crate::objects::PyDict::new()),
        },
        Some(_) => return Err(PyErr::type_error(format!("{name}() globals must be a dict"))),
    };
    if !globals.contains_str("__builtins__") {
        globals.set_item_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let locals = match pos.get(2) {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ if pos.get(1).is_some_and(|g| !g.is_none()) => Some(globals.clone()),
        _ => match caller.as_ref().and_then(|c| c.locals.clone()) {
            Some(Value::Dict(d)) => Some(d),
            _ => Some(globals.clone()),
        },
    };
    let code = match src {
        Value::Str(s) => crate::compile::compile_mode(s.as_str(), "<string>", mode)
            .map_err(|e| crate::compile_error_to_exc(vm, &e))?,
        Value::Code(c) => c.clone(),
        _ => return Err(PyErr::type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    };
    vm.caller = None;
    let r = vm.run_code(code, globals, locals)?;
    Ok(if name == "eval" { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, rustpython_parser::Mode::Module, "exec")
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, rustpython_parser::Mode::Expression, "eval")
}
