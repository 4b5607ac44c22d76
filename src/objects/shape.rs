//! Shapes: shared layouts of instance dicts.
//!
//! Instances of one class usually get the same attributes in the same
//! order (`__init__` assigns them). Each such sequence of keys is a path in
//! a tree of shapes: the empty shape, then one edge per added key. A dict
//! that follows the tree carries its shape's id as its `keys_id`, so a
//! cache entry (class version, shape, index) finds `self.x` at a fixed
//! entry index for every instance built the same way, without hashing.
//! Dicts that leave the tree (a deletion, a non-str key, too many keys)
//! take fresh, unshared ids instead.
//!
//! Ids come from one counter shared with the fresh ids of other dicts, so
//! an id never means two layouts.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashTable;

use super::PyStr;

/// The id of the empty shape.
pub const EMPTY: u64 = 1;
/// Instance dicts with more keys than this stop sharing shapes.
const MAX_KEYS: usize = 64;
/// Bounds the tree when programs add attributes named by data.
const MAX_SHAPES: usize = 1 << 16;

struct Edge {
    parent: u64,
    name: Rc<PyStr>,
    child: u64,
}

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(EMPTY + 1) };
    static EDGES: RefCell<HashTable<Edge>> = const { RefCell::new(HashTable::new()) };
}

/// An id no other layout has or will have.
#[inline]
pub fn fresh_id() -> u64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

fn edge_hash(parent: u64, name: &PyStr) -> u64 {
    (parent ^ (name.hash() as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The shape after adding `name` to a dict of shape `parent` holding
/// `len` keys, or `None` when the dict should stop sharing shapes.
pub fn transition(parent: u64, name: &Rc<PyStr>, len: usize) -> Option<u64> {
    if len >= MAX_KEYS {
        return None;
    }
    let h = edge_hash(parent, name);
    EDGES.with(|edges| {
        let mut edges = edges.borrow_mut();
        let found = edges.find(h, |e| e.parent == parent && e.name.as_str() == name.as_str()).map(|e| e.child);
        if found.is_some() {
            return found;
        }
        if edges.len() >= MAX_SHAPES {
            return None;
        }
        let child = fresh_id();
        edges.insert_unique(h, Edge { parent, name: name.clone(), child }, |e| edge_hash(e.parent, &e.name));
        Some(child)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_keys_in_same_order_share_a_shape() {
        let x = Rc::new(PyStr::new("x"));
        let y = Rc::new(PyStr::new("y"));
        let a = transition(EMPTY, &x, 0).unwrap();
        let ab = transition(a, &y, 1).unwrap();
        assert_eq!(transition(EMPTY, &Rc::new(PyStr::new("x")), 0), Some(a));
        assert_eq!(transition(a, &y, 1), Some(ab));
        let b = transition(EMPTY, &y, 0).unwrap();
        let ba = transition(b, &x, 1).unwrap();
        assert_ne!(ab, ba, "order matters");
        assert_ne!(fresh_id(), ab);
        assert_eq!(transition(EMPTY, &x, MAX_KEYS), None);
    }
}
