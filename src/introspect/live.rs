//! The live part of the quickening view: what changed since the page last
//! looked. Every ~50 ms the browser build asks the tracker for a delta:
//! the instructions the specializer rewrote, every adaptive instruction
//! whose state or counters moved, the quickening events logged since, and
//! where the time went (sampled at the eval loop's periodic check).
//!
//! Only what changed is sent, so a long run over a large program costs the
//! page a few rows per snapshot, not the whole table. The scan itself reads
//! counters the eval loop keeps anyway (`InstrStats`), so watching adds no
//! work to the hot path.

use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use super::{code_objects, json_str};
use crate::bytecode::Op;
use crate::compile::code::Code;
use crate::specialize::cache::InlineCache;
use crate::specialize::events::EventRing;
use crate::specialize::stats::{event_json, instr_state};

/// At most this many events per delta (the newest); `events_total` tells
/// the page how many it did not get.
pub const MAX_EVENTS_PER_DELTA: usize = 2000;

/// The profile slot of code the tracker does not know (modules imported
/// from Python source, `exec`): index -1 on the page.
const OTHER_CODE: i64 = -1;

/// What the tracker last reported about one instruction.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Seen {
    op: Op,
    executions: u64,
    hits: u64,
    misses: u64,
    counter: u16,
    state: &'static str,
}

/// Watches one program's code objects (numbered in pre-order, as
/// `disassembly_json` numbers them) between snapshots.
pub struct LiveTracker {
    codes: Vec<Rc<Code>>,
    seen: Vec<Vec<Option<Seen>>>,
    index_of: HashMap<u32, usize>,
    /// Events already sent (`EventRing::total` at the last delta).
    events_seen: u64,
    /// Milliseconds per code index since the last delta (and the other code).
    profile: HashMap<i64, f64>,
    last_sample_ms: Option<f64>,
    first_delta: bool,
}

/// One rewritten instruction: the code object (pre-order index and
/// `Code::id`), offset, new opcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpChange {
    pub index: usize,
    pub code: u32,
    pub offset: usize,
    pub op: Op,
}

/// An adaptive instruction whose state or counters changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstrRow {
    pub index: usize,
    pub offset: usize,
    pub op: Op,
    pub state: &'static str,
    pub counter: u16,
    pub executions: u64,
    pub hits: u64,
    pub misses: u64,
}

/// The state the page shows. A specialized instruction that missed since
/// the last look is "missed recently"; the rest is `instr_state`'s naming.
fn live_state(op: Op, cache: &InlineCache, missed_now: bool) -> &'static str {
    if op.is_specialized() {
        if missed_now {
            "missed recently"
        } else {
            "specialized"
        }
    } else {
        instr_state(op, cache)
    }
}

impl LiveTracker {
    pub fn new(root: &Rc<Code>) -> LiveTracker {
        let codes = code_objects(root);
        let seen = codes.iter().map(|c| vec![None; c.instrs.len()]).collect();
        let index_of = codes.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        let mut tracker = LiveTracker {
            codes,
            seen,
            index_of,
            events_seen: 0,
            profile: HashMap::new(),
            last_sample_ms: None,
            first_delta: true,
        };
        // What the page drew from `disassemble` is the starting point.
        tracker.scan();
        tracker
    }

    /// Charges the time since the previous sample to the code object running now.
    pub fn sample(&mut self, code_id: u32, now_ms: f64) {
        if let Some(last) = self.last_sample_ms {
            let slot = self.index_of.get(&code_id).map_or(OTHER_CODE, |&i| i as i64);
            *self.profile.entry(slot).or_insert(0.0) += (now_ms - last).max(0.0);
        }
        self.last_sample_ms = Some(now_ms);
    }

    /// The rewrites and the changed rows since the last scan.
    pub fn scan(&mut self) -> (Vec<OpChange>, Vec<InstrRow>) {
        let (mut changes, mut rows) = (Vec::new(), Vec::new());
        for (index, (code, seen)) in self.codes.iter().zip(self.seen.iter_mut()).enumerate() {
            for (offset, (cell, last)) in code.instrs.iter().zip(seen.iter_mut()).enumerate() {
                let ins = cell.get();
                let before = *last;
                let Some(cache) = code.cache_of(&ins) else {
                    if before.is_some_and(|b| b.op != ins.op) {
                        changes.push(OpChange { index, code: code.id, offset, op: ins.op });
                    }
                    *last = Some(Seen { op: ins.op, executions: 0, hits: 0, misses: 0, counter: 0, state: "" });
                    continue;
                };
                let s = &cache.stats;
                let misses = s.misses.get();
                let missed_now = before.is_some_and(|b| misses > b.misses);
                let now = Seen {
                    op: ins.op,
                    executions: s.generic.get() + s.hits.get(),
                    hits: s.hits.get(),
                    misses,
                    counter: cache.counter.get().value(),
                    state: live_state(ins.op, cache, missed_now),
                };
                *last = Some(now);
                let Some(before) = before else { continue };
                if before.op != now.op {
                    changes.push(OpChange { index, code: code.id, offset, op: now.op });
                }
                if before != now {
                    rows.push(InstrRow {
                        index,
                        offset,
                        op: now.op,
                        state: now.state,
                        counter: now.counter,
                        executions: now.executions,
                        hits: now.hits,
                        misses: now.misses,
                    });
                }
            }
        }
        (changes, rows)
    }

    /// The rewrites since the last look (what the tests check; the page
    /// gets them through `delta_json`).
    #[cfg(test)]
    fn changes(&mut self) -> Vec<OpChange> {
        self.scan().0
    }

    /// The fields of a snapshot delta after `elapsed_ms` and `instructions`:
    /// `"changes":[...],"rows":[...],"events":[...],"events_total":N,"profile":[[index,ms],...]`,
    /// and on the first delta `"code_ids":[...]` (pre-order index → `Code::id`,
    /// which events name).
    pub fn delta_json(&mut self, events: &EventRing) -> String {
        let (changes, rows) = self.scan();
        let mut out = String::new();
        if std::mem::take(&mut self.first_delta) {
            let ids: Vec<String> = self.codes.iter().map(|c| c.id.to_string()).collect();
            let _ = write!(out, "\"code_ids\":[{}],", ids.join(","));
        }
        let _ = write!(out, "\"changes\":{},\"rows\":{},", changes_json(&changes), rows_json(&rows));
        let fresh: Vec<_> = events.since(self.events_seen).collect();
        let skip = fresh.len().saturating_sub(MAX_EVENTS_PER_DELTA);
        let listed: Vec<String> = fresh[skip..].iter().map(|e| event_json(e)).collect();
        self.events_seen = events.total;
        let _ = write!(out, "\"events\":[{}],\"events_total\":{},", listed.join(","), events.total);
        let mut profile: Vec<(i64, f64)> = self.profile.drain().collect();
        profile.sort_by_key(|p| p.0);
        let cells: Vec<String> = profile.iter().map(|(i, ms)| format!("[{i},{ms:.3}]")).collect();
        let _ = write!(out, "\"profile\":[{}]", cells.join(","));
        out
    }
}

/// The JSON array of `changes`: `[{"index":1,"code":7,"offset":12,"opname":"..."}]`.
pub fn changes_json(changes: &[OpChange]) -> String {
    let cells: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{{\"index\":{},\"code\":{},\"offset\":{},\"opname\":{}}}",
                c.index,
                c.code,
                c.offset,
                json_str(c.op.name())
            )
        })
        .collect();
    format!("[{}]", cells.join(","))
}

/// The JSON array of `rows`:
/// `[{"index","offset","opname","state","counter","executions","hits","misses"}]`.
pub fn rows_json(rows: &[InstrRow]) -> String {
    let cells: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{{\"index\":{},\"offset\":{},\"opname\":{},\"state\":{},\"counter\":{},\"executions\":{},\"hits\":{},\"misses\":{}}}",
                r.index,
                r.offset,
                json_str(r.op.name()),
                json_str(r.state),
                r.counter,
                r.executions,
                r.hits,
                r.misses
            )
        })
        .collect();
    format!("[{}]", cells.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Instr;
    use crate::specialize::events::{Event, EventKind};

    fn compile(src: &str) -> Rc<Code> {
        crate::compile::compile(src, "<test>").expect("compiles")
    }

    fn binary_op(code: &Code) -> usize {
        code.instrs.iter().position(|i| i.get().op == Op::BINARY_OP).expect("a BINARY_OP")
    }

    #[test]
    fn tracker_reports_each_rewrite_once() {
        let code = compile("def f(a, b):\n    return a + b\n");
        let mut tracker = LiveTracker::new(&code);
        assert!(tracker.changes().is_empty());
        let f = code_objects(&code)[1].clone();
        let at = binary_op(&f);
        let ins = f.instrs[at].get();
        // Stand in for the specializer: rewrite the instruction in place.
        f.instrs[at].set(Instr { op: Op::BINARY_OP_ADD_INT, ..ins });
        let changes = tracker.changes();
        assert_eq!(changes, [OpChange { index: 1, code: f.id, offset: at, op: Op::BINARY_OP_ADD_INT }]);
        let expected = format!("[{{\"index\":1,\"code\":{},\"offset\":{at},\"opname\":\"BINARY_OP_ADD_INT\"}}]", f.id);
        assert_eq!(changes_json(&changes), expected);
        assert!(tracker.changes().is_empty(), "a change is reported once");
    }

    #[test]
    fn rows_follow_counters_and_name_missed_instructions() {
        let code = compile("def f(a, b):\n    return a + b\n");
        let mut tracker = LiveTracker::new(&code);
        let f = code_objects(&code)[1].clone();
        let at = binary_op(&f);
        let ins = f.instrs[at].get();
        let cache = f.cache_of(&ins).expect("BINARY_OP has a cache");
        cache.stats.generic.set(2);
        let (_, rows) = tracker.scan();
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].index, rows[0].offset, rows[0].executions), (1, at, 2));
        assert_eq!(rows[0].state, "warming up");
        f.instrs[at].set(Instr { op: Op::BINARY_OP_ADD_INT, ..ins });
        cache.stats.hits.set(10);
        let (_, rows) = tracker.scan();
        assert_eq!((rows[0].state, rows[0].hits, rows[0].executions), ("specialized", 10, 12));
        cache.stats.misses.set(1);
        let (_, rows) = tracker.scan();
        assert_eq!(rows[0].state, "missed recently");
        let (_, rows) = tracker.scan();
        assert_eq!(rows[0].state, "specialized", "no misses since the last look");
        assert!(tracker.scan().1.is_empty(), "nothing moved: no rows");
    }

    #[test]
    fn deltas_carry_new_events_and_the_profile() {
        let code = compile("def f():\n    pass\n");
        let mut tracker = LiveTracker::new(&code);
        let f = code_objects(&code)[1].clone();
        let mut ring = EventRing::default();
        let event = |offset| Event {
            time_ms: 1.5,
            code_id: f.id,
            offset,
            from: Op::BINARY_OP,
            to: Op::BINARY_OP_ADD_INT,
            kind: EventKind::Specialize,
            reason: None,
        };
        ring.push(event(4));
        tracker.sample(f.id, 10.0);
        tracker.sample(f.id, 12.5);
        tracker.sample(u32::MAX, 13.0);
        let first = tracker.delta_json(&ring);
        assert!(first.starts_with(&format!("\"code_ids\":[{},{}],", code.id, f.id)), "{first}");
        assert!(first.contains("\"offset\":4"), "{first}");
        assert!(first.contains("\"events_total\":1,\"profile\":[[-1,0.500],[1,2.500]]"), "{first}");
        ring.push(event(8));
        let second = tracker.delta_json(&ring);
        assert!(!second.contains("code_ids"));
        assert!(second.contains("\"offset\":8") && !second.contains("\"offset\":4"), "{second}");
        assert!(second.ends_with("\"events_total\":2,\"profile\":[]"), "{second}");
    }

    #[test]
    fn a_delta_holds_at_most_the_newest_events() {
        let code = compile("pass\n");
        let mut tracker = LiveTracker::new(&code);
        let mut ring = EventRing::default();
        for offset in 0..(MAX_EVENTS_PER_DELTA as u32 + 5) {
            ring.push(Event {
                time_ms: 0.0,
                code_id: code.id,
                offset,
                from: Op::BINARY_OP,
                to: Op::BINARY_OP,
                kind: EventKind::Fail,
                reason: None,
            });
        }
        let delta = tracker.delta_json(&ring);
        assert_eq!(delta.matches("\"kind\":\"fail\"").count(), MAX_EVENTS_PER_DELTA);
        assert!(!delta.contains("\"offset\":4,") && delta.contains("\"offset\":5,"), "the oldest are dropped");
    }
}
