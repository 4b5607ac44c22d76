//! Standard-library modules written in Python, compiled on first import
//! (see `vm/import.rs`). Each is our own code, written for Brisk; only what
//! snippets commonly use is there.
//!
//! The sources are `src/modules/py/*.py`; `build.rs` minifies them
//! (comments and docstrings blanked, indentation shrunk, line numbers kept)
//! into one blob, `brisk_stdlib.bin`, with an index sorted by name.
//!
//! Natively the blob is compiled in. The browser build leaves it out: it
//! was the largest part of the wasm that most programs never use (about
//! 125 KB gzipped, 31 KB of it the `unicodedata` tables), and the code is
//! better spent on speed (docs/ARCHITECTURE.md).
//! The host registers a loader with [`set_loader`], called on the first
//! import of an embedded module; the page serves the blob beside the wasm.
//! A fetched blob must be this build's (length and hash), since the index
//! points into it.

use std::cell::Cell;

#[path = "../../build/fnv1a.rs"]
mod fnv1a;
use fnv1a::fnv1a;

include!(concat!(env!("OUT_DIR"), "/embedded_py.rs"));

#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: Option<&str> = Some(include_str!(concat!(env!("OUT_DIR"), "/brisk_stdlib.bin")));
#[cfg(target_arch = "wasm32")]
const EMBEDDED: Option<&str> = None;

/// Fetches `brisk_stdlib.bin` for a build that does not embed it; `None`
/// when it cannot be had (the next import asks again).
pub type Loader = fn() -> Option<Vec<u8>>;

thread_local! {
    static LOADER: Cell<Option<Loader>> = const { Cell::new(None) };
    static LOADED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Registers the host's loader of the blob (the browser build's).
pub fn set_loader(loader: Loader) {
    LOADER.with(|l| l.set(Some(loader)));
}

/// Forgets a loaded blob, so that the next import calls the loader again
/// (for tests of the loading path; the forgotten blob is leaked).
#[cfg(feature = "test-hooks")]
pub fn forget_loaded_blob() {
    LOADED.with(|slot| slot.set(None));
}

/// The source of the embedded module `name`: `None` when there is no such
/// module, `Some(Err(..))` (a message) when its blob cannot be had.
pub fn embedded_source(name: &str) -> Option<Result<&'static str, String>> {
    let i = MODULES.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok()?;
    let (_, start, len) = MODULES[i];
    Some(blob().map(|b| &b[start..start + len]).ok_or_else(|| {
        format!("cannot import module '{name}': the standard library file (brisk_stdlib.bin) could not be loaded")
    }))
}

fn blob() -> Option<&'static str> {
    EMBEDDED.or_else(|| LOADED.with(|slot| loaded_or_load(slot, LOADER.with(Cell::get))))
}

fn loaded_or_load(slot: &Cell<Option<&'static str>>, loader: Option<Loader>) -> Option<&'static str> {
    if let Some(blob) = slot.get() {
        return Some(blob);
    }
    let text = checked_blob(loader?()?)?;
    let blob: &'static str = Box::leak(text.into_boxed_str());
    slot.set(Some(blob));
    Some(blob)
}

/// The fetched bytes as the blob, if they are this build's: another
/// build's blob would put the index's offsets in the middle of a module.
fn checked_blob(bytes: Vec<u8>) -> Option<String> {
    if bytes.len() != BLOB_LEN || fnv1a(&bytes) != BLOB_HASH {
        return None;
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_minified_module_compiles_and_is_found() {
        assert!(MODULES.len() >= 25, "only {} modules", MODULES.len());
        for (name, _, _) in MODULES {
            let src = embedded_source(name).expect("listed").expect("embedded natively");
            if let Err(e) = crate::compile::compile(src, name) {
                panic!("minified {name}.py does not compile: line {}: {}", e.line, e.msg);
            }
        }
        assert!(embedded_source("no_such_module").is_none());
    }

    #[test]
    fn minified_sources_keep_their_line_count() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/modules/py");
        for (name, _, _) in MODULES {
            let src = embedded_source(name).expect("listed").expect("embedded natively");
            let original = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("the source");
            assert_eq!(src.lines().count(), original.lines().count(), "{name}.py");
            assert!(src.len() < original.len(), "{name}.py did not shrink");
        }
    }

    const BLOB_FILE: &str = concat!(env!("OUT_DIR"), "/brisk_stdlib.bin");

    #[test]
    fn a_loaded_blob_is_checked_and_kept() {
        let file = std::fs::read(BLOB_FILE).expect("build.rs wrote the blob");
        let slot = Cell::new(None);
        // Nothing registered, or a loader that fails: no blob, asked again.
        assert_eq!(loaded_or_load(&slot, None), None);
        assert_eq!(loaded_or_load(&slot, Some(|| None)), None);
        // Another build's blob (one byte changed, or cut short) is refused.
        assert_eq!(loaded_or_load(&slot, Some(|| Some(b"x".to_vec()))), None);
        let mut changed = file.clone();
        changed[10] ^= 1;
        assert_eq!(checked_blob(changed), None);
        assert_eq!(checked_blob(file[..file.len() - 1].to_vec()), None);
        assert!(slot.get().is_none());
        // This build's blob is taken, and kept: the loader is not asked again.
        let blob = loaded_or_load(&slot, Some(|| std::fs::read(BLOB_FILE).ok())).expect("loaded");
        assert_eq!(blob.as_bytes(), &file[..]);
        assert_eq!(loaded_or_load(&slot, Some(|| None)), Some(blob));
    }
}
