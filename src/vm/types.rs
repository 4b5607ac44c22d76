//! The builtin type objects, and class construction (C3 linearization).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::error::ExcType;
use crate::objects::class::{next_version, BuiltinKind};
use crate::objects::{Class, PyDict, PyStr};

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub none_type: Rc<Class>,
    pub notimpl_type: Rc<Class>,
    pub ellipsis_type: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub generator: Rc<Class>,
    /// Not an iterator: it has `__aiter__`/`__anext__` instead.
    pub async_generator: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub traceback: Rc<Class>,
    pub exceptions: Vec<Rc<Class>>,
    /// Iterator types, created on first use, by name.
    pub iterators: RefCell<HashMap<&'static str, Rc<Class>>>,
}

/// Creates a class object (builtin or user) from its bases.
pub fn new_class(
    name: &str,
    bases: Vec<Rc<Class>>,
    kind: BuiltinKind,
    is_builtin: bool,
    dict: Rc<PyDict>,
) -> Result<Rc<Class>, String> {
    let mro_rest = compute_mro(&bases)?;
    let cls = Rc::new(Class {
        name: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        bases: RefCell::new(bases.clone()),
        mro_rest: RefCell::new(mro_rest),
        dict,
        version: Cell::new(next_version()),
        kind,
        is_builtin,
        slots: None,
        has_dict: true,
        subclasses: RefCell::new(Vec::new()),
        flags_version: Cell::new(0),
        flag_custom_getattribute: Cell::new(false),
        flag_custom_setattr: Cell::new(false),
        flag_data_descriptors: Cell::new(false),
        flag_has_del: Cell::new(false),
        metaclass: RefCell::new(None),
        weakly_referenced: Cell::new(false),
        gc: Default::default(),
    });
    let cls = crate::objects::gc::track_class(cls);
    for b in &bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    Ok(cls)
}

/// C3 linearization of the bases (the MRO without the class itself).
pub fn compute_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|earlier| Rc::ptr_eq(earlier, b)) {
            return Err(format!("duplicate base class {}", b.name().as_str()));
        }
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(Class::mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if in_tail {
                None
            } else {
                Some(head.clone())
            }
        });
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| b.name().as_str().to_owned()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn builtin(name: &str, bases: &[&Rc<Class>], kind: BuiltinKind) -> Rc<Class> {
    let bases: Vec<Rc<Class>> = bases.iter().map(|b| (*b).clone()).collect();
    new_class(name, bases, kind, true, Rc::new(PyDict::new())).expect("builtin MRO")
}

impl Types {
    pub fn new() -> Types {
        use BuiltinKind as K;
        let object = new_class("object", vec![], K::Object, true, Rc::new(PyDict::new())).expect("object");
        let o = &object;
        let int = builtin("int", &[o], K::Int);
        let bool_ = builtin("bool", &[&int], K::Int);
        let mut exceptions: Vec<Rc<Class>> = Vec::new();
        for kind in ExcType::ALL {
            let cls = if *kind == ExcType::BaseException {
                builtin(kind.name(), &[o], K::BaseException)
            } else {
                let base = exceptions[kind.base() as usize].clone();
                builtin(kind.name(), &[&base], K::BaseException)
            };
            exceptions.push(cls);
        }
        Types {
            type_: builtin("type", &[o], K::Other),
            bool_,
            float: builtin("float", &[o], K::Float),
            str_: builtin("str", &[o], K::Str),
            bytes: builtin("bytes", &[o], K::Bytes),
            tuple: builtin("tuple", &[o], K::Tuple),
            list: builtin("list", &[o], K::List),
            dict: builtin("dict", &[o], K::Dict),
            set: builtin("set", &[o], K::Set),
            frozenset: builtin("frozenset", &[o], K::FrozenSet),
            range: builtin("range", &[o], K::Other),
            slice: builtin("slice", &[o], K::Other),
            none_type: builtin("NoneType", &[o], K::Other),
            notimpl_type: builtin("NotImplementedType", &[o], K::Other),
            ellipsis_type: builtin("ellipsis", &[o], K::Other),
            function: builtin("function", &[o], K::Other),
            builtin_function: builtin("builtin_function_or_method", &[o], K::Other),
            method: builtin("method", &[o], K::Other),
            module: builtin("module", &[o], K::Other),
            cell: builtin("cell", &[o], K::Other),
            code: builtin("code", &[o], K::Other),
            property: builtin("property", &[o], K::Other),
            staticmethod: builtin("staticmethod", &[o], K::Other),
            classmethod: builtin("classmethod", &[o], K::Other),
            super_: builtin("super", &[o], K::Other),
            generator: builtin("generator", &[o], K::Other),
            async_generator: builtin("async_generator", &[o], K::Other),
            dict_keys: builtin("dict_keys", &[o], K::Other),
            dict_values: builtin("dict_values", &[o], K::Other),
            dict_items: builtin("dict_items", &[o], K::Other),
            traceback: builtin("traceback", &[o], K::Object),
            exceptions,
            iterators: RefCell::new(HashMap::new()),
            int,
            object,
        }
    }

    pub fn iterator_type(&self, name: &'static str) -> Rc<Class> {
        self.iterators
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let cls = builtin(name, &[&self.object], BuiltinKind::Other);
                crate::builtins::add_iterator_methods(&cls);
                cls.dict.set_item_str("__module__", crate::objects::Value::str("builtins"));
                cls
            })
            .clone()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
