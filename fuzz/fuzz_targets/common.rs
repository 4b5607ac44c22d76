//! The host both fuzz targets run programs in: output in memory, no files,
//! and a budget of periodic checks (about a thousand ticks each) after
//! which the program is interrupted, so no input runs for long.

use brisk::vm::{Host, Periodic};

pub struct FuzzHost {
    pub out: String,
    checks_left: u32,
}

impl FuzzHost {
    pub fn new(checks: u32) -> FuzzHost {
        FuzzHost { out: String::new(), checks_left: checks }
    }
}

impl Host for FuzzHost {
    fn write_stdout(&mut self, s: &str) {
        if self.out.len() < 1 << 16 {
            self.out.push_str(s);
        }
    }
    fn write_stderr(&mut self, s: &str) {
        self.write_stdout(s);
    }
    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
    /// Long builtin loops poll this: they use up the budget too.
    fn interrupted(&mut self) -> bool {
        self.checks_left = self.checks_left.saturating_sub(1);
        self.checks_left == 0
    }
    fn periodic(&mut self, _check: Periodic<'_>) -> bool {
        self.interrupted()
    }
    fn sleep(&mut self, _secs: f64) -> Option<bool> {
        Some(false)
    }
}

/// Installs the counting allocator with a limit, so a runaway allocation is
/// a MemoryError and not the fuzzer's out-of-memory abort.
pub fn limit_memory() {
    brisk::memory::set_limit(256 << 20);
}

/// Runs `f` on a thread with the CLI's 512 MB stack (`native/src/main.rs`):
/// the VM's native-recursion limits assume it, and the sanitizer's larger
/// frames would overflow the fuzzer's 8 MB main stack first.
pub fn on_big_stack<F: FnOnce() + Send>(f: F) {
    std::thread::scope(|s| {
        let worker = std::thread::Builder::new().stack_size(512 << 20).spawn_scoped(s, f);
        // A panic on the worker is re-raised here, where libFuzzer sees it.
        if let Err(panic) = worker.expect("spawning the worker thread").join() {
            std::panic::resume_unwind(panic);
        }
    });
}
