//! The `str` object: UTF-8 text indexed by code point, with an ASCII fast
//! path (indexing and slicing ASCII text is O(1)).

use std::cell::Cell;

use super::hash::hash_str;

#[derive(Debug)]
pub struct PyStr {
    /// A `String` rather than a `Box<str>` so that `s += t` on an unshared
    /// string can append in place with amortised growth.
    s: String,
    /// Number of code points.
    chars: usize,
    /// Cached hash; `-1` means not computed (CPython's convention: -1 is never a hash).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }

    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, chars, hash: Cell::new(-1) }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Appends text in place; only for a string nobody else can see yet
    /// (`Rc::get_mut` succeeded), since str is immutable to Python.
    pub fn push_str(&mut self, more: &PyStr) {
        self.s.push_str(&more.s);
        self.chars += more.chars;
        self.hash.set(-1);
    }

    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (i may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// Substring of code points `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.s[b0..b1]
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}
