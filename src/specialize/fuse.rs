//! Superinstructions: pairs of simple instructions that follow each other
//! often (`LOAD_FAST LOAD_FAST`, `STORE_FAST LOAD_FAST`, ...) and run in
//! one dispatch, as CPython 3.11's quickening forms them.
//!
//! The first instruction of a pair is rewritten to the fused form; the
//! second stays as it is, so a jump to it, the exception table and the line
//! table still see it. The fused form runs its own half, then the second
//! instruction's (with that instruction's argument) and steps over it.
//! Pairs do not overlap: after a pair the scan goes on after its second
//! instruction. Nothing about a pair depends on types, so it is formed once
//! and never undone; `--no-quicken` leaves code unfused.

use crate::bytecode::{Instr, Op};
use crate::compile::code::Code;

/// The superinstruction for `first` followed by `second`, if there is one.
pub fn fused(first: Op, second: Op) -> Option<Op> {
    match (first, second) {
        (Op::LOAD_FAST, Op::LOAD_FAST) => Some(Op::LOAD_FAST__LOAD_FAST),
        (Op::LOAD_FAST, Op::LOAD_CONST) => Some(Op::LOAD_FAST__LOAD_CONST),
        (Op::LOAD_CONST, Op::LOAD_FAST) => Some(Op::LOAD_CONST__LOAD_FAST),
        (Op::STORE_FAST, Op::LOAD_FAST) => Some(Op::STORE_FAST__LOAD_FAST),
        (Op::STORE_FAST, Op::STORE_FAST) => Some(Op::STORE_FAST__STORE_FAST),
        _ => None,
    }
}

/// Forms `code`'s superinstructions (once; later calls return at once).
pub fn fuse(code: &Code) {
    if code.fused.replace(true) {
        return;
    }
    let instrs = &code.instrs;
    let mut i = 0;
    while i + 1 < instrs.len() {
        let first = instrs[i].get();
        match fused(first.op, instrs[i + 1].get().op) {
            Some(op) => {
                instrs[i].set(Instr { op, ..first });
                i += 2;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(code: &Code) -> Vec<Op> {
        code.instrs.iter().map(|c| c.get().op).collect()
    }

    #[test]
    fn pairs_are_fused_without_overlapping_and_once() {
        let code = crate::compile::compile("def f(a, b):\n    t = a + b\n    u = t\n    return u\n", "t.py").unwrap();
        let f = code
            .consts
            .iter()
            .find_map(|c| match c {
                crate::objects::Value::Code(c) => Some(c.clone()),
                _ => None,
            })
            .unwrap();
        let before = ops(&f);
        fuse(&f);
        let after = ops(&f);
        assert_eq!(before.len(), after.len());
        for (i, (b, a)) in before.iter().zip(&after).enumerate() {
            if a != b {
                // A fused instruction keeps its family, and its partner stays.
                assert_eq!(a.family(), *b, "at {i}");
                assert_eq!(fused(*b, before[i + 1]), Some(*a));
                assert_eq!(after[i + 1], before[i + 1], "the second instruction stays");
            }
        }
        // `a + b`: LOAD_FAST a, LOAD_FAST b; `t = ...` then `u = t`:
        // STORE_FAST t, LOAD_FAST t.
        assert_eq!(after[0], Op::LOAD_FAST__LOAD_FAST, "{after:?}");
        assert!(after.contains(&Op::STORE_FAST__LOAD_FAST), "{after:?}");
        let snapshot = after.clone();
        fuse(&f);
        assert_eq!(ops(&f), snapshot, "fusing twice changes nothing");
    }
}
