//! The import system: `import a.b.c`, `from m import x`, `__import__`.
//!
//! A module is looked up in `sys.modules`, then created from one of three
//! sources, in order: a native builtin module (`modules::create`), Python
//! source embedded in the binary (`modules::embedded_source`), or a file
//! the host provides (`Host::module_source`: the CLI reads the script's
//! folder, the page passes named sources). Python modules are registered
//! in `sys.modules` before their code runs, so circular imports see the
//! partly initialised module, as in CPython.

use std::rc::Rc;

use super::{ExcType, PyErr, Vm};
use crate::objects::{Module, PyDict, PyResult, PyStr, Value};

impl Vm {
    /// IMPORT_NAME: returns the top-level package (`import a.b` binds `a`),
    /// or the named module itself when there is a fromlist.
    pub fn import_name(&mut self, name: &str, has_fromlist: bool) -> PyResult<Value> {
        let mut prefix = String::new();
        let mut top = None;
        let mut last = Value::None;
        for part in name.split('.') {
            let parent = if prefix.is_empty() { None } else { Some(last.clone()) };
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            last = self.import_module(&prefix)?;
            if let Some(Value::Module(p)) = parent {
                if !p.dict.contains_str(part) {
                    p.dict.set_item_str(part, last.clone());
                }
            }
            if top.is_none() {
                top = Some(last.clone());
            }
        }
        Ok(if has_fromlist { last } else { top.unwrap_or(last) })
    }

    /// Imports one module by its full dotted name (its parents already imported).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        if let Some(m) = crate::modules::create(self, name)? {
            self.modules.set_item_str(name, m.clone());
            return Ok(m);
        }
        if let Some(src) = crate::modules::embedded_source(name) {
            let src = src.map_err(|msg| PyErr::new(ExcType::ImportError, msg))?;
            return self.exec_module(name, src, &format!("<frozen {name}>"));
        }
        if let Some((filename, src)) = self.host.module_source(name) {
            return self.exec_module(name, &src, &filename);
        }
        Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'")))
    }

    /// Runs a module's Python source in a fresh namespace registered as `name`.
    fn exec_module(&mut self, name: &str, src: &str, filename: &str) -> PyResult<Value> {
        let code = crate::compile::compile(src, filename).map_err(|e| crate::compile_error_to_exc(self, &e))?;
        // Tracked: a module's functions point back at it, a cycle.
        let dict = PyDict::new_tracked();
        dict.set_item_str("__name__", Value::str(name));
        dict.set_item_str("__file__", Value::str(filename));
        dict.set_item_str("__doc__", Value::None);
        dict.set_item_str("__builtins__", Value::Dict(self.builtins.clone()));
        let module = Value::Module(Rc::new(Module { name: Rc::new(PyStr::new(name)), dict: dict.clone() }));
        self.modules.set_item_str(name, module.clone());
        if let Err(e) = self.run_code(code, dict.clone(), Some(dict)) {
            self.modules.del_str(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.modules.get_str(name).unwrap_or(module))
    }

    /// IMPORT_FROM: `from module import name`, falling back to a submodule.
    pub fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if !self.err_matches(&e, ExcType::AttributeError) => Err(e),
            Err(_) => {
                let (mname, location) = match module {
                    Value::Module(m) => (
                        m.name.as_str().to_owned(),
                        match m.dict.get_str("__file__") {
                            Some(Value::Str(f)) => f.as_str().to_owned(),
                            _ => "unknown location".to_owned(),
                        },
                    ),
                    _ => ("?".to_owned(), "unknown location".to_owned()),
                };
                let full = format!("{mname}.{}", name.as_str());
                match self.import_module(&full) {
                    Ok(v) => Ok(v),
                    Err(e) if self.err_matches(&e, ExcType::ModuleNotFoundError) => Err(PyErr::new(
                        ExcType::ImportError,
                        format!("cannot import name '{}' from '{mname}' ({location})", name.as_str()),
                    )),
                    Err(e) => Err(e),
                }
            }
        }
    }
}
