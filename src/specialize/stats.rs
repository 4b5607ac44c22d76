//! Why a specialization attempt failed, and the reports built from the
//! per-instruction counters: the `--stats` table and the JSON that
//! `--stats-json` and the playground share.
//!
//! Failure kinds follow CPython's `SPEC_FAIL_*` idea: a small named set,
//! each with a sentence a learner can read.

use std::fmt::Write;
use std::rc::Rc;

use super::events::{Event, EventKind};
use crate::bytecode::Op;
use crate::compile::code::Code;
use crate::introspect::json_str;
use crate::objects::Value;

macro_rules! fail_kinds {
    ( $( $name:ident => $text:literal, )* ) => {
        /// Why an instruction could not be specialized.
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        pub enum FailKind { $( $name, )* }

        impl FailKind {
            pub const ALL: &'static [FailKind] = &[ $( FailKind::$name, )* ];
            /// The reason in plain words (shown by `--stats` and the page).
            pub fn describe(self) -> &'static str {
                match self { $( FailKind::$name => $text, )* }
            }
            pub fn name(self) -> &'static str {
                match self { $( FailKind::$name => stringify!($name), )* }
            }
        }
    };
}

fail_kinds! {
    OperandTypes => "the operand types have no specialized form",
    BigInt => "an operand is a big integer",
    OutOfRange => "the index is out of range",
    NotPlainInstance => "the object is not a plain instance of a Python class",
    BuiltinSubclass => "the object is an instance of a subclass of a builtin type",
    OverriddenGetattribute => "the class overrides __getattribute__",
    OverriddenSetattr => "the class overrides __setattr__ or __delattr__",
    Property => "the attribute is a property",
    DataDescriptor => "the attribute is a data descriptor",
    NonDataDescriptor => "the attribute is a descriptor with __get__",
    NotFound => "the attribute is not found",
    NoSharedShape => "the instance dict has no shared layout (an attribute was deleted or keys are not strings)",
    ShadowedByInstance => "an instance attribute shadows the class attribute",
    MetaclassAttribute => "the class has a metaclass or the attribute needs binding",
    NotAModule => "the object is not a module",
    GlobalNotFound => "the name is not a global or builtin",
    TooManyKeys => "the dict is too large or changes too often to cache",
    NotAFunction => "the callable has no specialized form",
    ArgumentCount => "the number of arguments does not match the parameters",
    KeywordArguments => "the call passes keyword arguments",
    ComplexParameters => "the function takes *args, **kwargs or keyword-only parameters",
    Generator => "the function is a generator",
    CustomNew => "the class defines __new__ or has no Python __init__",
    IteratorKind => "the iterator is not a range, list, tuple or generator iterator",
    SequenceKind => "the value is not a tuple or list of the right length",
    TruthKind => "the value's truth needs a call (__bool__ or __len__)",
    ContainerKind => "the container is not a dict or set",
    NotNextStore => "the += result is not stored back into the same local",
}

/// Totals per family.
#[derive(Default, Clone)]
struct FamilyTotals {
    generic: u64,
    hits: u64,
    misses: u64,
    specializations: u64,
    failures: u64,
    deopts: u64,
}

/// All code objects reachable from `roots` (nested code in constants), each once.
pub fn all_codes(roots: &[Rc<Code>]) -> Vec<Rc<Code>> {
    let mut out: Vec<Rc<Code>> = Vec::new();
    let mut todo: Vec<Rc<Code>> = roots.to_vec();
    while let Some(c) = todo.pop() {
        if out.iter().any(|o| Rc::ptr_eq(o, &c)) {
            continue;
        }
        for k in c.consts.iter() {
            if let Value::Code(inner) = k {
                todo.push(inner.clone());
            }
        }
        out.push(c);
    }
    out.sort_by_key(|c| c.id);
    out
}

fn family_totals(codes: &[Rc<Code>]) -> Vec<(Op, FamilyTotals)> {
    let mut fams: Vec<(Op, FamilyTotals)> = Op::ALL
        .iter()
        .copied()
        .filter(|o| o.is_adaptive() && !o.is_specialized())
        .map(|o| (o, FamilyTotals::default()))
        .collect();
    for code in codes {
        for cell in code.instrs.iter() {
            let ins = cell.get();
            let Some(cache) = code.cache_of(&ins) else { continue };
            let Some((_, t)) = fams.iter_mut().find(|(f, _)| *f == ins.op.family()) else { continue };
            let s = &cache.stats;
            t.generic += s.generic.get();
            t.hits += s.hits.get();
            t.misses += s.misses.get();
            t.specializations += u64::from(s.specializations.get());
            t.failures += u64::from(s.failures.get());
            t.deopts += u64::from(s.deopts.get());
        }
    }
    fams
}

fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        "-".to_owned()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

/// The `--stats` report: a per-family table, the share of adaptive
/// executions that ran specialized, and the instructions that missed most.
pub fn text_report(codes: &[Rc<Code>], events_total: u64, quicken: bool) -> String {
    let mut out = String::new();
    let fams = family_totals(codes);
    let _ = writeln!(out, "Specialization statistics{}", if quicken { "" } else { " (quickening off)" });
    let _ = writeln!(
        out,
        "{:<16} {:>12} {:>12} {:>10} {:>9} {:>6} {:>6} {:>6}",
        "family", "executions", "specialized", "share", "misses", "spec", "fail", "deopt"
    );
    let (mut all, mut all_hits) = (0u64, 0u64);
    for (op, t) in &fams {
        let execs = t.generic + t.hits;
        if execs == 0 {
            continue;
        }
        all += execs;
        all_hits += t.hits;
        let _ = writeln!(
            out,
            "{:<16} {:>12} {:>12} {:>10} {:>9} {:>6} {:>6} {:>6}",
            op.name(),
            execs,
            t.hits,
            percent(t.hits, execs),
            t.misses,
            t.specializations,
            t.failures,
            t.deopts
        );
    }
    let _ = writeln!(out, "{:<16} {:>12} {:>12} {:>10}", "total", all, all_hits, percent(all_hits, all));
    let _ = writeln!(out, "quickening events: {events_total}");
    let mut missed: Vec<(u64, String)> = Vec::new();
    for code in codes {
        for (ip, cell) in code.instrs.iter().enumerate() {
            let ins = cell.get();
            let Some(cache) = code.cache_of(&ins) else { continue };
            let m = cache.stats.misses.get();
            let fail = cache.stats.last_failure.get();
            if m > 0 || (fail.is_some() && cache.stats.generic.get() > 100) {
                let why = fail.map(|f| format!(" (last failure: {})", f.describe())).unwrap_or_default();
                missed.push((
                    m.max(cache.stats.generic.get()),
                    format!(
                        "  {} line {} offset {}: {} misses, {} generic, now {}{}",
                        code.qualname.as_str(),
                        code.line_at(ip),
                        ip,
                        m,
                        cache.stats.generic.get(),
                        ins.op.name(),
                        why
                    ),
                ));
            }
        }
    }
    if !missed.is_empty() {
        missed.sort_by_key(|m| std::cmp::Reverse(m.0));
        let _ = writeln!(out, "most missed or unspecialized instructions:");
        for (_, line) in missed.iter().take(10) {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// Share of adaptive executions that ran specialized, in [0, 1].
pub fn specialized_share(codes: &[Rc<Code>]) -> f64 {
    let fams = family_totals(codes);
    let execs: u64 = fams.iter().map(|(_, t)| t.generic + t.hits).sum();
    let hits: u64 = fams.iter().map(|(_, t)| t.hits).sum();
    if execs == 0 {
        0.0
    } else {
        hits as f64 / execs as f64
    }
}

/// The state of one instruction as the quickening view names it.
pub fn instr_state(op: Op, cache: &super::cache::InlineCache) -> &'static str {
    let s = &cache.stats;
    if op.is_specialized() {
        if s.miss_logged.get() {
            "missed"
        } else {
            "specialized"
        }
    } else if s.deopts.get() > 0 && s.failures.get() == 0 {
        "deoptimized"
    } else if s.failures.get() > 0 {
        "backing off"
    } else if s.generic.get() == 0 {
        "adaptive"
    } else {
        "warming up"
    }
}

/// One instruction as JSON (used by the stats JSON and the wasm snapshots).
pub fn instr_json(code: &Code, ip: usize) -> String {
    let ins = code.instrs[ip].get();
    let mut o = format!(
        "{{\"offset\":{ip},\"line\":{},\"opname\":{},\"family\":{},\"arg\":{}",
        code.line_at(ip),
        json_str(ins.op.name()),
        json_str(ins.op.family().name()),
        ins.arg
    );
    if let Some(c) = code.cache_of(&ins) {
        let s = &c.stats;
        let _ = write!(
            o,
            ",\"state\":{},\"counter\":{},\"generic\":{},\"hits\":{},\"misses\":{},\"specializations\":{},\"failures\":{},\"deopts\":{}",
            json_str(instr_state(ins.op, c)),
            c.counter.get().value(),
            s.generic.get(),
            s.hits.get(),
            s.misses.get(),
            s.specializations.get(),
            s.failures.get(),
            s.deopts.get()
        );
        if let Some(f) = s.last_failure.get() {
            let _ = write!(o, ",\"last_failure\":{}", json_str(f.describe()));
        }
    }
    o.push('}');
    o
}

pub fn event_json(e: &Event) -> String {
    format!(
        "{{\"time_ms\":{:.3},\"code\":{},\"offset\":{},\"from\":{},\"to\":{},\"kind\":{},\"reason\":{}}}",
        e.time_ms,
        e.code_id,
        e.offset,
        json_str(e.from.name()),
        json_str(e.to.name()),
        json_str(e.kind.name()),
        e.reason.map(|r| json_str(r.describe())).unwrap_or_else(|| "null".to_owned())
    )
}

/// Everything as JSON: families, code objects with every instruction, events.
pub fn json_report<'a>(
    codes: &[Rc<Code>],
    events: impl Iterator<Item = &'a Event>,
    events_total: u64,
    quicken: bool,
) -> String {
    let mut o = String::from("{");
    let _ = write!(o, "\"quicken\":{quicken},\"specialized_share\":{:.6},", specialized_share(codes));
    o.push_str("\"families\":[");
    let fams = family_totals(codes);
    let rows: Vec<String> = fams
        .iter()
        .map(|(op, t)| {
            format!(
                "{{\"family\":{},\"executions\":{},\"hits\":{},\"misses\":{},\"specializations\":{},\"failures\":{},\"deopts\":{}}}",
                json_str(op.name()),
                t.generic + t.hits,
                t.hits,
                t.misses,
                t.specializations,
                t.failures,
                t.deopts
            )
        })
        .collect();
    o.push_str(&rows.join(","));
    o.push_str("],\"code_objects\":[");
    let objs: Vec<String> = codes
        .iter()
        .map(|c| {
            let instrs: Vec<String> = (0..c.instrs.len()).map(|ip| instr_json(c, ip)).collect();
            format!(
                "{{\"id\":{},\"name\":{},\"qualname\":{},\"first_line\":{},\"instructions\":[{}]}}",
                c.id,
                json_str(c.name.as_str()),
                json_str(c.qualname.as_str()),
                c.first_line,
                instrs.join(",")
            )
        })
        .collect();
    o.push_str(&objs.join(","));
    let _ = write!(o, "],\"events_total\":{events_total},\"events\":[");
    let evs: Vec<String> = events.map(event_json).collect();
    o.push_str(&evs.join(","));
    o.push_str("]}");
    o
}

impl EventKind {
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Specialize => "specialize",
            EventKind::Fail => "fail",
            EventKind::Miss => "miss",
            EventKind::Deopt => "deopt",
        }
    }
}
