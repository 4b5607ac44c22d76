//! Freeing deeply nested data without deep native recursion (CPython's
//! "trashcan"). Dropping the last reference to `[[[...]]]` nested 100,000
//! deep, or to the head of a long linked list of objects, drops each level
//! from inside the drop of the level above: natively that is a deep Rust
//! stack, and in the browser it overflows the engine's wasm stack (about
//! 1 MB), which aborts the run.
//!
//! The containers' `Drop` impls (list, tuple, dict, instance slots) hand
//! their contents to [`release`]. While fewer than [`MAX_NESTING`] such drops
//! are in progress, the contents are dropped at once, as before; deeper
//! ones are parked in a thread-local list that the outermost drop empties
//! before it returns, one batch at a time (each batch may park more). So
//! the native stack holds at most `MAX_NESTING` container drops, and
//! everything is still freed before the statement that let it go finishes.
//! Shallow data is freed in exactly the old order.

use std::any::Any;
use std::cell::{Cell, RefCell};

/// How many container drops may nest on the native stack.
const MAX_NESTING: u32 = 64;

thread_local! {
    static NESTING: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Whether freeing `v` can free further values in turn (a container, an
/// object, a function...): only those can make a drop nest. Strings and
/// other leaves cannot, so containers of leaves skip [`release`].
#[inline]
pub fn may_nest(v: &crate::objects::Value) -> bool {
    use crate::objects::Value;
    !(v.owns_nothing() || matches!(v, Value::Str(_) | Value::BigInt(_) | Value::Bytes(_) | Value::Range(_)))
}

/// Drops `contents`, the inside of a container that is being freed: now,
/// or (when many container drops are already nested) a little later, from
/// the outermost one.
pub fn release<T: 'static>(contents: T) {
    // `try_with` throughout: thread-local values are dropped at thread exit,
    // possibly after these two are gone, and then everything drops in place.
    let Ok(depth) = NESTING.try_with(Cell::get) else {
        drop(contents);
        return;
    };
    if depth >= MAX_NESTING {
        let mut contents = Some(contents);
        let _ = PARKED.try_with(|p| p.borrow_mut().push(Box::new(contents.take())));
        // Parked, or (the list gone) dropped here.
        drop(contents);
        return;
    }
    let _ = NESTING.try_with(|n| n.set(depth + 1));
    drop(contents);
    if depth == 0 {
        // The outermost drop frees what deeper ones parked (and what those
        // park in turn) with the nesting count at 1.
        while let Some(batch) = PARKED.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
            drop(batch);
        }
    }
    let _ = NESTING.try_with(|n| n.set(depth));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::Value;

    /// Counts drops of the marker values at the bottom of nested data.
    struct Marker(std::rc::Rc<Cell<u32>>);
    impl Drop for Marker {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    #[test]
    fn a_million_nested_lists_free_on_a_small_stack() {
        // 256 KiB of stack would overflow long before a million levels if
        // each level's drop recursed into the next.
        let freed = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| {
                let mut v = Value::list(vec![]);
                for i in 0..1_000_000 {
                    v = if i % 2 == 0 { Value::list(vec![v]) } else { Value::tuple(vec![v, Value::Int(i)]) };
                }
                drop(v);
                NESTING.get() == 0 && PARKED.with_borrow(Vec::is_empty)
            })
            .expect("thread")
            .join()
            .expect("no stack overflow");
        assert!(freed, "nothing left parked, nesting back to 0");
    }

    /// A level of a linked structure whose drop releases the level below.
    struct Level {
        below: Option<Box<Level>>,
        _marker: Marker,
    }
    impl Drop for Level {
        fn drop(&mut self) {
            if let Some(below) = self.below.take() {
                release(below);
            }
        }
    }

    #[test]
    fn every_level_is_freed_before_the_outermost_drop_returns() {
        let freed = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| {
                let count = std::rc::Rc::new(Cell::new(0));
                let mut top = None;
                for _ in 0..200_000 {
                    top = Some(Box::new(Level { below: top, _marker: Marker(count.clone()) }));
                }
                drop(top);
                count.get()
            })
            .expect("thread")
            .join()
            .expect("no stack overflow");
        assert_eq!(freed, 200_000);
    }
}
