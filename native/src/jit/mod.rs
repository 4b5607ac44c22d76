//! The native tier: hot loops of quickened bytecode compiled with Cranelift
//! for the host (x86-64 or aarch64, from the same code).
//!
//! `translate.rs` turns one loop into IR, `shape.rs` is the safe contract
//! between machine code and the frame (entry type guards, exits),
//! `helpers.rs` the Rust functions compiled code calls for boxed values
//! (lists, globals, `len()`), and this
//! file owns the compiled regions: their memory, counters, the recompile and
//! blacklist policy, and the `--stats` report.

mod helpers;
mod region;
pub mod shape;
mod translate;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use brisk::objects::PyDict;
use std::time::Instant;

use brisk::vm::tier::{Entered, Tier};
use brisk::vm::Frame;
use cranelift_codegen::isa::OwnedTargetIsa;

use region::Region;
use shape::ExitKind;

/// `--jit=off|on|always`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Off,
    On,
    Always,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "off" => Some(Mode::Off),
            "on" => Some(Mode::On),
            "always" => Some(Mode::Always),
            _ => None,
        }
    }
}

/// Back-edges before a loop is compiled under `--jit=on` (see
/// docs/ARCHITECTURE.md, "Native tier", for the measurement).
pub const HOT_LOOP: u32 = 200;

/// Entries whose type guards fail before a region is thrown away and the
/// loop recompiled for the types it has now; loops recompiled more often
/// than [`MAX_RECOMPILES`] times stay interpreted.
const ENTRY_MISSES_BEFORE_RECOMPILE: u64 = 16;
const MAX_RECOMPILES: u32 = 3;
/// A region whose guard exits (overflow, operand checks) are more than
/// this share of its entries, over at least [`MIN_ENTRIES_FOR_POLICY`], is
/// blacklisted: it cannot beat the interpreter.
const GUARD_EXIT_SHARE: u64 = 2;
const MIN_ENTRIES_FOR_POLICY: u64 = 32;

/// Freed regions whose lines the report keeps (the totals count them all).
const REPORTED_FREED_REGIONS: usize = 32;

/// Totals for `--stats` (also over regions already freed).
#[derive(Default, Debug, Clone)]
pub struct Totals {
    pub compiled: u64,
    pub code_bytes: u64,
    pub compile_ns: u64,
    pub freed: u64,
    pub recompiles: u64,
    pub blacklisted: u64,
    pub declined: HashMap<&'static str, u64>,
    /// Exits taken, by kind (guards and normal loop ends).
    pub exits: HashMap<ExitKind, u64>,
}

pub struct Jit {
    threshold: u32,
    isa: OwnedTargetIsa,
    regions: Vec<Option<Region>>,
    free_ids: Vec<u32>,
    /// The register file handed to machine code (reused across entries).
    regs: Vec<i64>,
    recompiles: HashMap<(u32, usize), u32>,
    /// Live regions at which the next sweep for dead code objects runs.
    sweep_at: usize,
    pub totals: Totals,
    /// Per-region lines of the report, kept when a region is freed.
    finished: Vec<String>,
    /// The VM's builtins, for LOAD_GLOBAL of a builtin in compiled code.
    builtins: Option<Rc<PyDict>>,
}

impl Jit {
    pub fn new(mode: Mode) -> Result<Jit, String> {
        let isa = region::host_isa()?;
        let threshold = if mode == Mode::Always { 1 } else { HOT_LOOP };
        Ok(Jit {
            threshold,
            isa,
            regions: Vec::new(),
            free_ids: Vec::new(),
            regs: Vec::new(),
            recompiles: HashMap::new(),
            sweep_at: 64,
            totals: Totals::default(),
            finished: Vec::new(),
            builtins: None,
        })
    }

    /// Lets compiled code read builtins (`len`): the VM's builtins dict.
    pub fn with_builtins(mut self, builtins: Rc<PyDict>) -> Jit {
        self.builtins = Some(builtins);
        self
    }

    /// Regions whose machine code is currently allocated.
    pub fn live_regions(&self) -> usize {
        self.regions.iter().filter(|r| r.is_some()).count()
    }

    /// Frees the regions of code objects that died.
    fn sweep(&mut self) {
        for id in 0..self.regions.len() {
            if self.regions[id].as_ref().is_some_and(|r| r.code_is_dead()) {
                self.free(id as u32);
            }
        }
        self.sweep_at = (self.live_regions() * 2).max(64);
    }

    fn free(&mut self, id: u32) {
        if let Some(region) = self.regions.get_mut(id as usize).and_then(Option::take) {
            self.totals.freed += 1;
            if self.finished.len() < REPORTED_FREED_REGIONS {
                self.finished.push(region.report_line());
            }
            self.free_ids.push(id);
        }
    }

    fn install(&mut self, region: Region) -> u32 {
        match self.free_ids.pop() {
            Some(id) => {
                self.regions[id as usize] = Some(region);
                id
            }
            None => {
                self.regions.push(Some(region));
                (self.regions.len() - 1) as u32
            }
        }
    }

    pub fn report(&self) -> String {
        let t = &self.totals;
        let mut s = String::new();
        let _ = writeln!(s, "\nNative tier (Cranelift, {}):", self.isa.triple());
        let _ = writeln!(
            s,
            "  regions compiled {}, live {}, freed {}, recompiled {}, blacklisted {}",
            t.compiled,
            self.live_regions(),
            t.freed,
            t.recompiles,
            t.blacklisted
        );
        let _ = writeln!(s, "  machine code {} bytes, compile time {:.3} ms", t.code_bytes, t.compile_ns as f64 / 1e6);
        let mut exits: Vec<_> = t.exits.iter().collect();
        exits.sort();
        for (kind, n) in exits {
            let _ = writeln!(s, "  exits: {} {n}", kind.name());
        }
        let mut declined: Vec<_> = t.declined.iter().collect();
        declined.sort();
        for (why, n) in declined {
            let _ = writeln!(s, "  loops declined ({why}): {n}");
        }
        for line in self.finished.iter().cloned().chain(self.regions.iter().flatten().map(Region::report_line)) {
            s.push_str(&line);
        }
        s
    }
}

impl Tier for Jit {
    fn threshold(&self) -> u32 {
        self.threshold
    }

    fn compile_loop(&mut self, frame: &Frame, back_edge: usize) -> Option<u32> {
        if self.live_regions() >= self.sweep_at {
            self.sweep();
        }
        let key = (frame.code.id, back_edge);
        if self.recompiles.get(&key).copied().unwrap_or(0) > MAX_RECOMPILES {
            return None;
        }
        let started = Instant::now();
        match Region::compile(&self.isa, frame, back_edge) {
            Ok(region) => {
                self.totals.compiled += 1;
                self.totals.code_bytes += region.code_bytes as u64;
                let ns = started.elapsed().as_nanos() as u64;
                self.totals.compile_ns += ns;
                let mut region = region;
                region.compile_ns = ns;
                Some(self.install(region))
            }
            Err(why) => {
                *self.totals.declined.entry(why).or_default() += 1;
                None
            }
        }
    }

    fn enter(&mut self, id: u32, frame: &mut Frame) -> Entered {
        let Some(Some(region)) = self.regions.get_mut(id as usize) else { return Entered::Recompile };
        if !region.belongs_to(frame) {
            // A slot of a code object another tier filled (another VM on
            // this thread): not ours to run.
            return Entered::Recompile;
        }
        if let Some(kind) = region.run(frame, &mut self.regs, self.builtins.as_ref()) {
            *self.totals.exits.entry(kind).or_default() += 1;
            if region.guard_exits * GUARD_EXIT_SHARE > region.entries && region.entries >= MIN_ENTRIES_FOR_POLICY {
                self.totals.blacklisted += 1;
                self.free(id);
                return Entered::Blacklist;
            }
            return Entered::Keep;
        }
        if region.entry_misses < ENTRY_MISSES_BEFORE_RECOMPILE {
            return Entered::Keep;
        }
        // The loop's types changed for good: compile it again for the new ones.
        let key = (region.code_id, region.back_edge);
        self.free(id);
        *self.recompiles.entry(key).or_default() += 1;
        self.totals.recompiles += 1;
        Entered::Recompile
    }

    fn report(&self) -> String {
        Jit::report(self)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
