//! Heap accounting and the memory limit.
//!
//! Every host shares one accounting: a counting global allocator
//! ([`CountingAlloc`], installed by the CLI, by `tests/memory_limit.rs` and
//! by the browser build in `wasm.rs`) adds and subtracts every
//! allocation's size to [`used`], and the interpreter enforces a limit
//! ([`set_limit`]) in two ways:
//!
//! * **Before big allocations.** Builtins that size a result from user
//!   input (repetition, `bytearray(n)`, `range` materialisation,
//!   `str.join`, list growth) call [`reserve`] first, which raises
//!   `MemoryError` instead of asking the allocator for more than the limit
//!   allows. Rust's `alloc` aborts on failure, so this is the path that
//!   keeps a session alive after `[0] * 10**10`.
//! * **After small ones.** Many small allocations (an unbounded
//!   `list.append` loop) each pass the allocator; the one that takes usage
//!   over the limit sets a flag that the eval loop's periodic check and the
//!   collecting loops of builtins ([`check`]) turn into `MemoryError`.
//!
//! A hard limit ([`HARD_FACTOR`] times the soft one) makes the allocator
//! itself refuse: that aborts the process, and is only reached when code
//! with no [`reserve`] asks for a single huge block; it exists so that the
//! machine is never pushed into swapping by a runaway program.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::objects::PyResult;
use crate::vm::PyErr;

/// Bytes currently allocated through [`CountingAlloc`].
static USED: AtomicUsize = AtomicUsize::new(0);
/// The soft limit in bytes; `usize::MAX` when no limit is set.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// The highest value [`USED`] reached (the peak heap).
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Set when an allocation took usage over the limit; cleared by [`check`].
static EXCEEDED: AtomicBool = AtomicBool::new(false);
/// True once a [`CountingAlloc`] has counted an allocation.
static COUNTING: AtomicBool = AtomicBool::new(false);

/// The allocator refuses outright above this multiple of the soft limit.
pub const HARD_FACTOR: usize = 2;

/// Without a counting allocator, one allocation may not exceed this
/// (4 GiB, or all of a 32-bit address space).
const UNCOUNTED_SINGLE_LIMIT: u64 = 1 << 32;

/// Sets the soft memory limit in bytes (`usize::MAX`: none).
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Ordering::Relaxed);
}

/// The soft memory limit in bytes.
pub fn limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// Bytes currently allocated (0 when no counting allocator is installed).
pub fn used() -> usize {
    USED.load(Ordering::Relaxed)
}

/// The peak of [`used`] since the process started.
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Raises `MemoryError` unless `bytes` more fit under the limit. Called
/// before allocations whose size comes from user input.
pub fn reserve(bytes: usize) -> PyResult<()> {
    if fits(bytes) {
        Ok(())
    } else {
        Err(PyErr::memory_error())
    }
}

/// [`reserve`] for `count` items of `item_size` bytes each.
pub fn reserve_items(count: usize, item_size: usize) -> PyResult<()> {
    match count.checked_mul(item_size) {
        Some(bytes) => reserve(bytes),
        None => Err(PyErr::memory_error()),
    }
}

fn fits(bytes: usize) -> bool {
    if bytes > isize::MAX as usize {
        return false;
    }
    if !COUNTING.load(Ordering::Relaxed) {
        return bytes as u64 <= UNCOUNTED_SINGLE_LIMIT.min(limit() as u64);
    }
    used().checked_add(bytes).is_some_and(|total| total <= limit())
}

/// Raises `MemoryError` if an allocation went over the limit since the
/// last call and usage is still over it (memory freed in between, say by
/// an `except MemoryError` handler, cancels it). Polled by the eval loop
/// and by long collecting loops.
pub fn check() -> PyResult<()> {
    if EXCEEDED.load(Ordering::Relaxed) && EXCEEDED.swap(false, Ordering::Relaxed) && used() > limit() {
        return Err(PyErr::memory_error());
    }
    Ok(())
}

/// A global allocator over the system one that counts live bytes and
/// enforces the hard limit. Install it with
/// `#[global_allocator] static A: brisk::memory::CountingAlloc = brisk::memory::CountingAlloc;`.
pub struct CountingAlloc;

impl CountingAlloc {
    /// Accounts for `size` new bytes; false when the hard limit refuses them.
    fn admit(size: usize) -> bool {
        let before = USED.fetch_add(size, Ordering::Relaxed);
        let after = before.saturating_add(size);
        let soft = limit();
        if after > soft {
            if after > soft.saturating_mul(HARD_FACTOR) {
                USED.fetch_sub(size, Ordering::Relaxed);
                return false;
            }
            EXCEEDED.store(true, Ordering::Relaxed);
        }
        // A plain load and a rare store rather than `fetch_max` (a
        // compare-and-swap loop on every allocation): two threads racing
        // here can only make the peak read low, and it is a statistic.
        if after > PEAK.load(Ordering::Relaxed) {
            PEAK.store(after, Ordering::Relaxed);
        }
        true
    }

    /// Records that a counting allocator is installed; loads first so that
    /// the flag's cache line is written once, not on every allocation.
    fn mark_counting() {
        if !COUNTING.load(Ordering::Relaxed) {
            COUNTING.store(true, Ordering::Relaxed);
        }
    }

    fn release(size: usize) {
        USED.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's own layout
// and pointer unchanged, so `System`'s guarantees (alignment, size,
// validity until dealloc) hold for the caller. The only additions are
// atomic counter updates, which neither allocate nor unwind, and refusing
// an allocation by returning null, which the `GlobalAlloc` contract allows.
// `realloc` accounts for the growth before calling `System` and undoes it
// when `System` fails, so the counter matches live bytes at all times.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::mark_counting();
        if !Self::admit(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: `layout` is the caller's, valid per the trait contract.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            Self::release(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::mark_counting();
        if !Self::admit(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: as in `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            Self::release(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was returned by this allocator (hence by `System`)
        // with this `layout`, per the trait contract.
        unsafe { System.dealloc(ptr, layout) };
        Self::release(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        if new_size > old && !Self::admit(new_size - old) {
            return std::ptr::null_mut();
        }
        // SAFETY: `ptr`/`layout` come from this allocator and `new_size`
        // is valid for `layout.align()`, per the trait contract.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        match (p.is_null(), new_size > old) {
            (true, true) => Self::release(new_size - old),
            (false, false) => Self::release(old - new_size),
            _ => {}
        }
        p
    }
}
