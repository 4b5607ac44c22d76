//! "Did you mean: 'y'?" hints on uncaught NameError and AttributeError,
//! computed as CPython 3.11 does (`Python/suggestions.c`): a Levenshtein
//! distance where a case-only change costs 1 and other edits cost 2, over
//! the frame's locals, then its globals, then the builtins (NameError), or
//! over `dir(obj)` (AttributeError).
//!
//! Errors are created lazily and most are caught again (`hasattr`,
//! `getattr` with a default), so nothing is computed when they are raised:
//! the raise site only records where to look, and the work happens when an
//! uncaught error is printed.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Frame;
use super::{ExcType, PyErr, Vm};
use crate::objects::{PyDict, Value};

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

/// Where the names near a failed lookup can be found.
enum Pending {
    Name { name: String, locals: Vec<String>, globals: Rc<PyDict> },
    Attr { name: String, obj: Value },
}

thread_local! {
    static LAST: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// Drops the remembered scope or object (a VM's teardown).
pub(super) fn forget() {
    let old = LAST.try_with(|l| l.borrow_mut().take());
    drop(old);
}

impl Vm {
    /// `NameError: name 'x' is not defined`, remembering the scopes for a hint.
    pub(super) fn name_error_in(&self, frame: &Frame, name: &str) -> PyErr {
        let locals = frame.code.varnames.iter().map(|n| n.as_str().to_owned()).collect();
        let pending = Pending::Name { name: name.to_owned(), locals, globals: frame.globals.clone() };
        LAST.with(|l| *l.borrow_mut() = Some(pending));
        PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))
    }

    /// Remembers the object of a failed attribute lookup, for a hint. Objects
    /// with a finalizer are not kept, so holding them cannot delay `__del__`.
    pub fn note_attribute_error(&self, obj: &Value, name: &str) {
        let keep = match obj {
            Value::Instance(i) => i.class().lookup("__del__").is_none(),
            _ => true,
        };
        let pending = keep.then(|| Pending::Attr { name: name.to_owned(), obj: obj.clone() });
        LAST.with(|l| *l.borrow_mut() = pending);
    }

    /// The ". Did you mean: 'y'?" suffix for an uncaught error, if any.
    pub(super) fn suggestion_suffix(&mut self, kind: &str, msg: &str) -> String {
        let Some(pending) = LAST.with(|l| l.borrow_mut().take()) else { return String::new() };
        let found = match (&pending, kind) {
            (Pending::Name { name, locals, globals }, "NameError")
                if msg == format!("name '{name}' is not defined") =>
            {
                let globals: Vec<String> = key_names(globals);
                let builtins: Vec<String> = key_names(&self.builtins);
                suggest(name, locals).or_else(|| suggest(name, &globals)).or_else(|| suggest(name, &builtins))
            }
            (Pending::Attr { name, obj }, "AttributeError") if msg.ends_with(&format!("attribute '{name}'")) => {
                let names = self.dir_names(obj);
                suggest(name, &names)
            }
            _ => None,
        };
        found.map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
    }

    fn dir_names(&mut self, obj: &Value) -> Vec<String> {
        let Some(dir) = self.builtins.get_str("dir") else { return Vec::new() };
        let Ok(list) = self.call(&dir, std::slice::from_ref(obj)) else { return Vec::new() };
        let Ok(items) = self.collect(&list) else { return Vec::new() };
        items.iter().filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_owned()) } else { None }).collect()
    }
}

fn key_names(d: &PyDict) -> Vec<String> {
    d.items()
        .into_iter()
        .filter_map(|(k, _)| if let Value::Str(s) = k { Some(s.as_str().to_owned()) } else { None })
        .collect()
}

/// The closest candidate within CPython's distance bound, first one winning ties.
fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with CPython's costs; `max + 1` once it is certain to exceed `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut min_row = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = (result.min(distance)) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            min_row = min_row.min(result);
        }
        if min_row > max {
            return max + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn finds_close_names() {
        assert_eq!(suggest("lenght", &s(&["length", "width"])).as_deref(), Some("length"));
        assert_eq!(suggest("prnt", &s(&["print", "input"])).as_deref(), Some("print"));
        assert_eq!(suggest("Print", &s(&["print"])).as_deref(), Some("print"));
        assert_eq!(suggest("x", &s(&["y"])), None);
        assert_eq!(suggest("apend", &s(&["append", "extend"])).as_deref(), Some("append"));
    }

    #[test]
    fn distance_uses_cpython_costs() {
        assert_eq!(distance(b"abc", b"abc", 10), 0);
        assert_eq!(distance(b"abc", b"aBc", 10), 1);
        assert_eq!(distance(b"abc", b"abd", 10), 2);
        assert_eq!(distance(b"abc", b"ab", 10), 2);
    }
}
