//! Arbitrary bytes as a program: parse, compile and run with an
//! instruction budget and the memory limit. Any panic or abort is a bug:
//! bad input must end in a Python exception.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

#[global_allocator]
static ALLOCATOR: brisk::memory::CountingAlloc = brisk::memory::CountingAlloc;

fuzz_target!(|data: &[u8]| {
    common::limit_memory();
    let Ok(src) = std::str::from_utf8(data) else { return };
    common::on_big_stack(|| {
        let host = common::FuzzHost::new(20);
        let _ = brisk::run_source(src, "fuzz.py", Box::new(host), brisk::vm::VmOptions::default());
    });
});
