//! The instructions of `except*` (see `compile/except_star.rs`). The
//! splitting and regrouping are Python (`modules/py/_excgroup.py`); what
//! stays here is telling a re-raised part from a newly raised exception,
//! which needs the exceptions' own traceback, cause and context.

use std::rc::Rc;

use super::frame::Frame;
use super::{PyErr, Vm};
use crate::objects::{Class, Instance, PyResult, Value};

impl Vm {
    /// A function of `_excgroup` (loaded on first use).
    fn excgroup_attr(&mut self, name: &str) -> PyResult<Value> {
        let Value::Module(m) = self.import_module("_excgroup")? else {
            return Err(PyErr::runtime_error("_excgroup is unavailable"));
        };
        m.dict.get_str(name).ok_or_else(|| PyErr::runtime_error(format!("_excgroup.{name} is missing")))
    }

    /// Calls a function of `_excgroup`. Errors it raises do not show its
    /// frames, as errors of CPython's C implementation show none.
    fn call_excgroup(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.excgroup_attr(name)?;
        self.call(&f, args).map_err(|e| {
            let exc = self.normalize(e);
            if let Some(d) = exc.exc() {
                d.borrow_mut().traceback.retain(|t| &*t.filename != "<frozen _excgroup>");
            }
            PyErr::Exc(exc)
        })
    }

    /// CHECK_EG_MATCH: [exc, type] → [rest, match]; a match becomes the
    /// exception being handled while its clause runs.
    pub(super) fn check_eg_match(&mut self, frame: &mut Frame) -> PyResult<()> {
        let typ = frame.pop();
        let exc = frame.pop();
        let pair = self.call_excgroup("_star_match", &[exc, typ])?;
        let Value::Tuple(t) = &pair else { return Err(PyErr::runtime_error("_star_match gave no pair")) };
        let (matched, rest) = (t.items[0].clone(), t.items[1].clone());
        if !matches!(matched, Value::None) {
            self.exc_info = matched.clone();
        }
        frame.push(rest);
        frame.push(matched);
        Ok(())
    }

    /// PREP_RERAISE_STAR: [orig, list] → [what to raise, or None]. The
    /// list holds what each clause raised and, last, the unmatched rest.
    pub(super) fn prep_reraise_star(&mut self, frame: &mut Frame) -> PyResult<()> {
        let list = frame.pop();
        let orig = frame.pop();
        let items: Vec<Value> = match &list {
            Value::List(l) => l.items.borrow().iter().filter(|v| !matches!(v, Value::None)).cloned().collect(),
            _ => Vec::new(),
        };
        let Value::Instance(orig_inst) = &orig else {
            frame.push(items.into_iter().next().unwrap_or(Value::None));
            return Ok(());
        };
        let group = self.excgroup_attr("BaseExceptionGroup")?;
        let is_group = matches!(&group, Value::Class(g) if Class::is_subclass(&orig_inst.class(), g));
        if items.is_empty() || !is_group {
            // A naked exception: only one clause can have run.
            frame.push(items.into_iter().next().unwrap_or(Value::None));
            return Ok(());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for v in items {
            let same = matches!(&v, Value::Instance(i) if same_metadata(i, orig_inst));
            if same {
                reraised.push(v);
            } else {
                raised.push(v);
            }
        }
        let result = self.call_excgroup("_star_result", &[orig, Value::list(raised), Value::list(reraised)])?;
        frame.push(result);
        Ok(())
    }
}

/// Whether `e` carries `orig`'s traceback, cause and context: a part of
/// it re-raised with a bare `raise` (or never raised), not raised anew.
fn same_metadata(e: &Rc<Instance>, orig: &Rc<Instance>) -> bool {
    let (Some(a), Some(b)) = (e.exc(), orig.exc()) else { return false };
    let (a, b) = (a.borrow(), b.borrow());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(Value::Instance(p)), Some(Value::Instance(q))) => Rc::ptr_eq(p, q),
        _ => false,
    };
    same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| x.line == y.line && x.filename == y.filename && x.name == y.name)
}
