//! Bounds on recursion that happens on the native stack.
//!
//! Python-to-Python calls do not recurse in Rust (frames live on
//! `Vm::frame_stack`), but two things do: native code calling back into
//! Python (a nested `execute`: `__repr__`, `__eq__`, sort keys, generators
//! resumed by builtins), and native code walking nested data (repr, ==,
//! hash of containers inside containers). Both count as frames in
//! `Vm::depth`, so `sys.setrecursionlimit` bounds them as in CPython.
//!
//! The browser's stacks are small: the engine's stack for wasm frames is
//! about 1 MB (Chromium, Node.js, Firefox's), and a level of native
//! reentry takes ~1-2 KB of it (more while code still runs in the
//! baseline tier, which gives every wasm local a stack slot). So on wasm32
//! the levels that recurse natively are also capped at `NATIVE_LEVELS`,
//! whatever the recursion limit: 400. Measured in Firefox with the browser
//! tests' build, the costliest kind of level (`'%s' % self` inside
//! `__str__`) overflowed the engine's stack between 550 and 600 levels
//! (the others at 600-1050), so 400 keeps a quarter in reserve for
//! frames that grow. That still runs the deep-ish native recursions of
//! real programs, such as a 300-deep `lru_cache` recursion. Natively the
//! CLI runs on a 512 MiB stack.

use super::{ExcType, PyErr, Vm};
use crate::objects::PyResult;

/// The most native recursion levels (nested executions plus nested-data
/// walks) allowed at once on wasm32.
#[cfg(target_arch = "wasm32")]
pub const NATIVE_LEVELS: usize = 400;

impl Vm {
    /// Whether the levels recursing on the native stack (every live frame
    /// that is not an inline call suspended on `frame_stack`) are at the cap.
    #[cfg(target_arch = "wasm32")]
    fn native_stack_full(&self) -> bool {
        self.depth.saturating_sub(self.frame_stack.len()) >= NATIVE_LEVELS
    }

    /// Natively the recursion limit alone bounds native recursion.
    #[cfg(not(target_arch = "wasm32"))]
    fn native_stack_full(&self) -> bool {
        false
    }

    /// Checked before a nested execution of Python code starts.
    pub fn check_native_depth(&self) -> PyResult<()> {
        if self.native_stack_full() {
            return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Runs `f` one level deeper into nested data, as CPython's
    /// `Py_EnterRecursiveCall(what)`: the level counts as a frame, and too
    /// many raise `RecursionError: maximum recursion depth exceeded{what}`.
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.depth >= self.recursion_limit || self.native_stack_full() {
            return Err(PyErr::new(ExcType::RecursionError, format!("maximum recursion depth exceeded{what}")));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }
}
