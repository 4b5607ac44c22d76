//! Structure-aware: the input bytes choose a valid program from a small
//! grammar aimed at the specializer (loops over mixed types, attribute
//! sites whose classes change, subscripts, calls, exceptions), which runs
//! with quickening on and off. The outputs must be identical: a guard that
//! misses must give the generic answer.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

mod common;

#[global_allocator]
static ALLOCATOR: brisk::memory::CountingAlloc = brisk::memory::CountingAlloc;

const NAMES: [&str; 4] = ["a", "b", "c", "d"];
const ATTRS: [&str; 3] = ["x", "y", "z"];

struct Gen<'a, 'b> {
    u: &'b mut Unstructured<'a>,
    out: String,
    depth: usize,
}

impl Gen<'_, '_> {
    fn line(&mut self, indent: usize, s: &str) {
        self.out.push_str(&"    ".repeat(indent));
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn atom(&mut self) -> Result<String> {
        Ok(match self.u.int_in_range(0..=9)? {
            0 => format!("{}", self.u.int_in_range(-3i64..=3)?),
            1 => ["2**62", "-2**63", "10**20", "7"][self.u.int_in_range(0..=3)?].to_owned(),
            2 => ["0.5", "-1.25", "1e308", "float('nan')"][self.u.int_in_range(0..=3)?].to_owned(),
            3 => ["'s'", "''", "'ab'"][self.u.int_in_range(0..=2)?].to_owned(),
            4 => ["True", "False", "None"][self.u.int_in_range(0..=2)?].to_owned(),
            5 => "[1, 2.5, 's']".to_owned(),
            6 => "(1, 2)".to_owned(),
            7 => "{'k': 1, 2: 'v'}".to_owned(),
            8 => ["O()", "P()"][self.u.int_in_range(0..=1)?].to_owned(),
            _ => NAMES[self.u.int_in_range(0..=3)?].to_owned(),
        })
    }

    fn expr(&mut self) -> Result<String> {
        if self.depth > 3 {
            return self.atom();
        }
        self.depth += 1;
        let e = match self.u.int_in_range(0..=9)? {
            0..=2 => {
                let op = ["+", "-", "*", "//", "%", "<", "==", "in", "and", "is"][self.u.int_in_range(0..=9)?];
                format!("({} {op} {})", self.expr()?, self.expr()?)
            }
            3 => format!("{}[{}]", self.expr()?, self.expr()?),
            4 => format!("{}.{}", self.expr()?, ATTRS[self.u.int_in_range(0..=2)?]),
            5 => format!("f({}, {})", self.expr()?, self.expr()?),
            6 => format!("len({})", self.expr()?),
            7 => format!("str({})", self.expr()?),
            8 => format!("(not {})", self.expr()?),
            _ => self.atom()?,
        };
        self.depth -= 1;
        Ok(e)
    }

    fn stmt(&mut self, indent: usize) -> Result<()> {
        let name = NAMES[self.u.int_in_range(0..=3)?];
        match self.u.int_in_range(0..=7)? {
            0 | 1 => {
                let e = self.expr()?;
                self.line(indent, &format!("{name} = {e}"));
            }
            2 => {
                let e = self.expr()?;
                self.line(indent, &format!("{name} += {e}"));
            }
            3 => {
                let (o, v) = (self.expr()?, self.expr()?);
                let attr = ATTRS[self.u.int_in_range(0..=2)?];
                self.line(indent, &format!("{o}.{attr} = {v}"));
            }
            4 => {
                let (o, k, v) = (self.expr()?, self.expr()?, self.expr()?);
                self.line(indent, &format!("{o}[{k}] = {v}"));
            }
            5 if indent < 3 => {
                let n = self.u.int_in_range(1..=40)?;
                let seq = ["range({n})", "[{n}, 1.5, 's', None]", "'abc'", "(1, 2.0)"][self.u.int_in_range(0..=3)?]
                    .replace("{n}", &n.to_string());
                self.line(indent, &format!("for {name} in {seq}:"));
                self.block(indent + 1)?;
            }
            6 if indent < 3 => {
                self.line(indent, "try:");
                self.block(indent + 1)?;
                self.line(indent, "except Exception as e:");
                self.line(indent + 1, "print('except', type(e).__name__, e)");
            }
            _ => {
                let e = self.expr()?;
                self.line(indent, &format!("print({e})"));
            }
        }
        Ok(())
    }

    fn block(&mut self, indent: usize) -> Result<()> {
        let n = self.u.int_in_range(1..=4)?;
        for _ in 0..n {
            self.stmt(indent)?;
        }
        Ok(())
    }
}

const PRELUDE: &str = "\
class O:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return 'O'
class P(O):
    __slots__ = ()
    y = property(lambda self: 2)
def f(p, q):
    return p + q
a, b, c, d = 1, 2.0, 's', [1]
";

fn program(data: &[u8]) -> Result<String> {
    let mut u = Unstructured::new(data);
    let mut g = Gen { u: &mut u, out: String::from(PRELUDE), depth: 0 };
    // Each top-level statement runs in its own try, so one error does not
    // end the program, and sites keep being exercised with new types.
    let n = g.u.int_in_range(1..=12)?;
    for _ in 0..n {
        g.line(0, "try:");
        g.block(1)?;
        g.line(0, "except Exception as e:");
        g.line(1, "print('error', type(e).__name__, e)");
    }
    g.line(0, "print(a, b, c, d)");
    Ok(g.out)
}

/// Stdout and the outcome together, via a host whose output we keep.
fn run_full(src: &str, quicken: bool) -> (String, String) {
    use std::cell::RefCell;
    use std::rc::Rc;
    let host = Rc::new(RefCell::new(common::FuzzHost::new(2_000)));
    let options = brisk::vm::VmOptions { quicken, ..Default::default() };
    let (outcome, vm) = brisk::run_source(src, "fuzz.py", Box::new(host.clone()), options);
    drop(vm);
    let out = host.borrow().out.clone();
    (out, format!("{outcome:?}"))
}

fuzz_target!(|data: &[u8]| {
    common::limit_memory();
    let Ok(src) = program(data) else { return };
    common::on_big_stack(|| {
        let (on, on_outcome) = run_full(&src, true);
        let (off, off_outcome) = run_full(&src, false);
        if on.contains("KeyboardInterrupt") || off.contains("KeyboardInterrupt") {
            return; // the budget ran out; where exactly may differ
        }
        assert_eq!(on, off, "quickening changed the output of:\n{src}");
        assert_eq!(on_outcome, off_outcome, "quickening changed the outcome of:\n{src}");
    });
});
