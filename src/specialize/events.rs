//! A bounded ring of quickening events for the timeline view: what was
//! specialized, what failed and why, which guard missed, what went back
//! to generic. Old events fall off the front; `total` keeps counting.

use std::collections::VecDeque;

use super::stats::FailKind;
use crate::bytecode::Op;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    Specialize,
    Fail,
    Miss,
    Deopt,
}

#[derive(Clone, Debug)]
pub struct Event {
    /// Milliseconds since the VM started (the host's clock).
    pub time_ms: f64,
    pub code_id: u32,
    pub offset: u32,
    pub from: Op,
    pub to: Op,
    pub kind: EventKind,
    pub reason: Option<FailKind>,
}

pub const RING_CAPACITY: usize = 4096;

#[derive(Default)]
pub struct EventRing {
    ring: VecDeque<Event>,
    /// Events ever recorded (the ring holds the last `RING_CAPACITY`).
    pub total: u64,
}

impl EventRing {
    pub fn push(&mut self, e: Event) {
        if self.ring.len() == RING_CAPACITY {
            self.ring.pop_front();
        }
        self.ring.push_back(e);
        self.total += 1;
    }

    pub fn iter(&self) -> impl Iterator<Item = &Event> {
        self.ring.iter()
    }

    /// Events recorded after the first `seen` (for snapshot deltas).
    pub fn since(&self, seen: u64) -> impl Iterator<Item = &Event> {
        let dropped = self.total - self.ring.len() as u64;
        let skip = seen.saturating_sub(dropped) as usize;
        self.ring.iter().skip(skip)
    }

    pub fn len(&self) -> usize {
        self.ring.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ring.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(i: u32) -> Event {
        Event {
            time_ms: 0.0,
            code_id: 0,
            offset: i,
            from: Op::BINARY_OP,
            to: Op::BINARY_OP_ADD_INT,
            kind: EventKind::Specialize,
            reason: None,
        }
    }

    #[test]
    fn ring_is_bounded_and_counts_everything() {
        let mut r = EventRing::default();
        for i in 0..(RING_CAPACITY as u32 + 10) {
            r.push(ev(i));
        }
        assert_eq!(r.len(), RING_CAPACITY);
        assert_eq!(r.total, RING_CAPACITY as u64 + 10);
        assert_eq!(r.iter().next().map(|e| e.offset), Some(10));
        let recent: Vec<u32> = r.since(r.total - 3).map(|e| e.offset).collect();
        assert_eq!(recent, vec![RING_CAPACITY as u32 + 7, RING_CAPACITY as u32 + 8, RING_CAPACITY as u32 + 9]);
    }
}
