//! The report of an exception, as CPython 3.11 prints it: chained causes
//! and contexts, frames, the exception line, notes, and exception groups
//! drawn as nested boxes (`  + Exception Group Traceback ...`, members
//! under `+-+---------------- 1 ----------------`).

use std::rc::Rc;

use super::{ExcType, PyErr, Vm};
use crate::objects::class::TbEntry;
use crate::objects::{Class, Instance, Value};

/// Groups nested deeper than this print `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
/// Members after the 15th print as `and N more exceptions`.
const MAX_GROUP_WIDTH: usize = 15;

/// Report options: frames per exception, whether to follow chains, and
/// whether to add the "Did you mean" hint.
#[derive(Copy, Clone)]
struct Opts {
    limit: Option<i64>,
    chain: bool,
    hint: bool,
}

/// Where the report is inside exception-group boxes.
#[derive(Default)]
struct Ctx {
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Every line of `text` with the indentation and margin of the current box.
    fn emit(&self, text: &str, margin: char, out: &mut Vec<String>) {
        if self.group_depth == 0 {
            out.push(text.to_owned());
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        out.push(text.split_inclusive('\n').map(|l| format!("{prefix}{l}")).collect());
    }
}

impl Vm {
    /// `TypeName: message` (the last line of a traceback); a class from a
    /// module other than builtins or `__main__` is named `module.QualName`.
    pub fn format_exception_only(&mut self, err: &PyErr) -> String {
        let exc = self.normalize(err.clone());
        let cls = exc.class();
        let mut name = cls.qualname.borrow().as_str().to_owned();
        if let Some(Value::Str(m)) = cls.dict.get_str("__module__") {
            if !matches!(m.as_str(), "builtins" | "__main__") {
                name = format!("{}.{name}", m.as_str());
            }
        }
        if let Some(report) = self.syntax_error_report(&exc, &name) {
            return report;
        }
        let msg = match self.str_of(&Value::Instance(exc.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_owned(),
        };
        if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        }
    }

    /// A SyntaxError with details, as CPython reports it: where, the line, a
    /// caret under the offset, then `SyntaxError: msg`.
    fn syntax_error_report(&mut self, exc: &Rc<Instance>, name: &str) -> Option<String> {
        let cls = exc.class();
        if !Class::is_subclass(&cls, &self.exc_class(ExcType::SyntaxError))
            || !matches!(cls.lookup("__str__"), None | Some(Value::Builtin(_)))
        {
            return None;
        }
        let args = exc.exc()?.borrow().args.clone();
        let [msg, Value::Tuple(details)] = args.as_slice() else { return None };
        let msg = self.str_of(msg).ok()?;
        let item = |i: usize| details.items.get(i).cloned().unwrap_or(Value::None);
        let mut out = String::new();
        if let (Value::Str(file), Value::Int(line)) = (item(0), item(1)) {
            out.push_str(&format!("  File \"{}\", line {line}\n", file.as_str()));
            if let Value::Str(text) = item(3) {
                let raw = text.as_str().trim_end_matches(['\n', '\r']);
                let stripped = raw.trim_start();
                let indent = (raw.chars().count() - stripped.chars().count()) as i64;
                out.push_str(&format!("    {stripped}\n"));
                if let Value::Int(offset) = item(2) {
                    let start = (offset - 1 - indent).max(0);
                    let width = match item(5) {
                        Value::Int(end) if end > offset => end - offset,
                        _ => 1,
                    };
                    let room = (stripped.chars().count() as i64 - start).max(1);
                    out.push_str(&format!(
                        "    {}{}\n",
                        " ".repeat(start as usize),
                        "^".repeat(width.min(room) as usize)
                    ));
                }
            }
        }
        out.push_str(&format!("{name}: {msg}\n"));
        Some(out)
    }

    /// The full CPython-style report of an uncaught exception, with chained causes.
    pub fn format_traceback(&mut self, err: &PyErr) -> String {
        let exc = self.normalize(err.clone());
        self.traceback_lines(&exc, None, true, true).concat()
    }

    /// The report as the pieces `traceback.format_exception` lists: at most
    /// `limit` frames of each exception (the last ones when negative), the
    /// chained causes when `chain`, the "Did you mean" hint when `hint`.
    pub fn traceback_lines(&mut self, exc: &Rc<Instance>, limit: Option<i64>, chain: bool, hint: bool) -> Vec<String> {
        let mut out = Vec::new();
        self.format_chain(exc, &mut Ctx::default(), Opts { limit, chain, hint }, &mut out);
        out
    }

    /// What `traceback.format_exception_only` lists: the exception's line
    /// and its notes, without a group's members.
    pub fn exception_only_lines(&mut self, exc: &Rc<Instance>) -> Vec<String> {
        let mut out = Vec::new();
        self.exception_line(exc, &Ctx::default(), Opts { limit: Some(0), chain: false, hint: false }, &mut out);
        out
    }

    fn format_chain(&mut self, exc: &Rc<Instance>, ctx: &mut Ctx, opts: Opts, out: &mut Vec<String>) {
        ctx.seen.push(Rc::as_ptr(exc) as usize);
        let (cause, context, suppress) = match exc.exc() {
            Some(d) => {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            }
            None => (None, None, false),
        };
        let chained = |v: &Option<Value>, ctx: &Ctx| match v {
            Some(Value::Instance(i)) if opts.chain && !ctx.seen.contains(&(Rc::as_ptr(i) as usize)) => Some(i.clone()),
            _ => None,
        };
        if let Some(c) = chained(&cause, ctx) {
            self.format_chain(&c, ctx, opts, out);
            ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|', out);
        } else if let (Some(c), false) = (chained(&context, ctx), suppress) {
            self.format_chain(&c, ctx, opts, out);
            ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|', out);
        }
        let mut tb: Vec<TbEntry> = exc.exc().map(|d| d.borrow().traceback.clone()).unwrap_or_default();
        tb.reverse();
        match opts.limit {
            Some(n) if n >= 0 => tb.truncate(n as usize),
            Some(n) => drop(tb.drain(..tb.len().saturating_sub(n.unsigned_abs() as usize))),
            None => {}
        }
        let members = self.group_members(exc);
        match members {
            Some(_) if ctx.group_depth > MAX_GROUP_DEPTH => {
                ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|', out);
            }
            Some(members) => self.format_group(exc, &tb, &members, ctx, opts, out),
            None => {
                if !tb.is_empty() {
                    ctx.emit("Traceback (most recent call last):\n", '|', out);
                    for f in format_frames(&tb) {
                        ctx.emit(&f, '|', out);
                    }
                }
                self.exception_line(exc, ctx, opts, out);
            }
        }
    }

    /// An exception group: its frames and line, then each member in a box.
    fn format_group(
        &mut self,
        exc: &Rc<Instance>,
        tb: &[TbEntry],
        members: &[Rc<Instance>],
        ctx: &mut Ctx,
        opts: Opts,
        out: &mut Vec<String>,
    ) {
        let top = ctx.group_depth == 0;
        if top {
            ctx.group_depth += 1;
        }
        if !tb.is_empty() {
            ctx.emit("Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' }, out);
            for f in format_frames(tb) {
                ctx.emit(&f, '|', out);
            }
        }
        self.exception_line(exc, ctx, opts, out);
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_owned() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push(format!("{}{corner}+---------------- {title} ----------------\n", ctx.indent()));
            ctx.group_depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }), '|', out);
            } else {
                self.format_chain(&members[i], ctx, opts, out);
            }
            if last && ctx.need_close {
                out.push(format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if top {
            ctx.group_depth = 0;
        }
    }

    /// `Type: message` (with the "Did you mean" hint when asked) and the notes.
    fn exception_line(&mut self, exc: &Rc<Instance>, ctx: &Ctx, opts: Opts, out: &mut Vec<String>) {
        let line = self.format_exception_only(&PyErr::Exc(exc.clone()));
        if opts.hint {
            let kind = exc.class().name();
            let msg = line.trim_end().split_once(": ").map(|(_, m)| m.to_owned()).unwrap_or_default();
            let hint = self.suggestion_suffix(kind.as_str(), &msg);
            ctx.emit(&format!("{}{hint}\n", line.trim_end_matches('\n')), '|', out);
        } else {
            ctx.emit(&line, '|', out);
        }
        let mut notes = Vec::new();
        self.note_lines(exc, &mut notes);
        for n in notes {
            ctx.emit(&n, '|', out);
        }
    }

    /// The members of an exception group (None for other exceptions).
    fn group_members(&mut self, exc: &Rc<Instance>) -> Option<Vec<Rc<Instance>>> {
        let Some(Value::Module(m)) = self.modules.get_str("_excgroup") else { return None };
        let Some(Value::Class(group)) = m.dict.get_str("BaseExceptionGroup") else { return None };
        if !Class::is_subclass(&exc.class(), &group) {
            return None;
        }
        let cls = exc.class();
        let slot = cls.slots.as_ref()?.iter().position(|s| s.as_str() == "_eg_exceptions")?;
        let v = exc.slots.borrow().get(slot).cloned()?;
        let Value::Tuple(t) = v else { return None };
        Some(t.items.iter().filter_map(|e| if let Value::Instance(i) = e { Some(i.clone()) } else { None }).collect())
    }
    /// The lines of `exc.__notes__`, printed after the exception's own line.
    fn note_lines(&mut self, exc: &Rc<Instance>, out: &mut Vec<String>) {
        let Some(notes) = exc.dict.as_ref().and_then(|d| d.get_str("__notes__")) else { return };
        let items = match &notes {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            Value::None => return,
            other => {
                let r = self.repr(other).unwrap_or_else(|_| "<__notes__ repr() failed>".to_owned());
                out.push(format!("{r}\n"));
                return;
            }
        };
        for note in items {
            let text = match &note {
                Value::Str(s) => s.as_str().to_owned(),
                other => self.str_of(other).unwrap_or_else(|_| "<note str() failed>".to_owned()),
            };
            out.extend(text.split('\n').map(|l| format!("{l}\n")));
        }
    }
}

/// `  File "f", line N, in name` and the stripped source line, per frame
/// (outermost first); a frame repeated more than three times in a row is
/// summarized as CPython does.
pub fn format_frames(frames: &[TbEntry]) -> Vec<String> {
    fn repeated(out: &mut Vec<String>, count: usize) {
        if count > 3 {
            let n = count - 3;
            out.push(format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
        }
    }
    let mut out = Vec::new();
    let mut count = 0;
    for (i, entry) in frames.iter().enumerate() {
        let same = i > 0 && {
            let p = &frames[i - 1];
            p.filename == entry.filename && p.line == entry.line && p.name == entry.name
        };
        if !same {
            repeated(&mut out, count);
            count = 0;
        }
        count += 1;
        if count > 3 {
            continue;
        }
        let mut text = format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.name.as_str());
        let t = entry.line_text();
        if !t.is_empty() {
            text.push_str(&format!("    {t}\n"));
        }
        out.push(text);
    }
    repeated(&mut out, count);
    out
}
