//! Argument checks for methods of builtin types, with CPython 3.11's
//! messages. `qual` is the qualified method name, e.g. `"list.append"`.

use std::rc::Rc;

use crate::objects::{Args, Builtin, Class, NativeFn, PyResult, Value, Wrapper};
use crate::vm::{PyErr, Vm};

/// The method name without its type (`"list.append"` -> `"append"`).
fn short(qual: &str) -> &str {
    qual.rsplit('.').next().unwrap_or(qual)
}

/// The receiver and the other positional arguments; no keywords allowed.
fn split<'a>(qual: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    let Some((recv, rest)) = pos.split_first() else {
        return Err(PyErr::type_error(format!("unbound method {qual}() needs an argument")));
    };
    Ok((recv, rest))
}

fn no_keywords(qual: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// A method without arguments (`METH_NOARGS`).
pub fn noargs<'a>(qual: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    let (recv, rest) = split(qual, args)?;
    no_keywords(qual, args)?;
    if !rest.is_empty() {
        return Err(PyErr::type_error(format!("{qual}() takes no arguments ({} given)", rest.len())));
    }
    Ok(recv)
}

/// A method with exactly one argument (`METH_O`).
pub fn onearg<'a>(qual: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a Value)> {
    let (recv, rest) = split(qual, args)?;
    no_keywords(qual, args)?;
    if rest.len() != 1 {
        return Err(PyErr::type_error(format!("{qual}() takes exactly one argument ({} given)", rest.len())));
    }
    Ok((recv, &rest[0]))
}

/// A method with `min..=max` positional-only arguments (Argument Clinic).
pub fn posargs<'a>(qual: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    let (recv, rest) = split(qual, args)?;
    no_keywords(qual, args)?;
    check_count(short(qual), rest.len(), min, max)?;
    Ok((recv, rest))
}

/// `name expected at most 1 argument, got 2` and friends.
pub fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(PyErr::type_error(format!("{name} expected {min} argument{}, got {n}", plural(min))));
    }
    if n < min {
        return Err(PyErr::type_error(format!("{name} expected at least {min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Variadic methods (`set.union(*others)`): the receiver and the rest.
pub fn varargs<'a>(qual: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a [Value])> {
    let (recv, rest) = split(qual, args)?;
    no_keywords(qual, args)?;
    Ok((recv, rest))
}

/// `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`.
pub fn bad_receiver(vm: &Vm, qual: &str, owner: &str, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
        short(qual),
        vm.type_name(v)
    ))
}

/// Keyword-capable signature: binds positional and keyword arguments to
/// `names` (after the receiver). `npos` is how many may be positional.
/// Returns one slot per name.
pub fn bind<'a>(
    fname: &str,
    args: &Args<'a>,
    names: &[&str],
    npos: usize,
) -> PyResult<(&'a Value, Vec<Option<&'a Value>>)> {
    let (recv, rest) = split(fname, args)?;
    bind_plain(fname, rest, args, names, npos).map(|slots| (recv, slots))
}

/// Like `bind` for functions without a receiver (`rest` are the positionals).
pub fn bind_plain<'a>(
    fname: &str,
    rest: &'a [Value],
    args: &Args<'a>,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let total = rest.len() + args.kwargs().count();
    if rest.len() > npos {
        if npos == names.len() {
            return Err(PyErr::type_error(format!(
                "{fname}() takes at most {npos} argument{} ({} given)",
                if npos == 1 { "" } else { "s" },
                rest.len()
            )));
        }
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {npos} positional argument{} ({} given)",
            if npos == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    if total > names.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut slots: Vec<Option<&'a Value>> = vec![None; names.len()];
    for (i, v) in rest.iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kwargs() {
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    Ok(slots)
}

/// Adds a classmethod implemented natively (`dict.fromkeys`,
/// `int.from_bytes`): the function receives the class as its first argument.
pub fn class_method(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    let owner = super::owner_name(cls);
    let f = Value::Builtin(Rc::new(Builtin { name, func, is_method: false, owner }));
    cls.dict.set_item_str(name, Value::ClassMethod(Wrapper::untracked(f)));
}
