//! Standard-library modules written in Python, embedded in the binary and
//! compiled on first import (see `vm/import.rs`). Each is our own code,
//! written for Brisk; only what snippets commonly use is there.
//!
//! The sources are `src/modules/py/*.py`; `build.rs` embeds them minified
//! (comments and docstrings blanked, indentation shrunk, line numbers kept)
//! in a table sorted by name.

include!(concat!(env!("OUT_DIR"), "/embedded_py.rs"));

/// The source of the embedded module `name`, if there is one.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    let i = MODULES.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    Some(MODULES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_minified_module_compiles_and_is_found() {
        assert!(MODULES.len() >= 25, "only {} modules", MODULES.len());
        for (name, src) in MODULES {
            assert_eq!(embedded_source(name), Some(*src));
            if let Err(e) = crate::compile::compile(src, name) {
                panic!("minified {name}.py does not compile: line {}: {}", e.line, e.msg);
            }
        }
        assert_eq!(embedded_source("no_such_module"), None);
    }

    #[test]
    fn minified_sources_keep_their_line_count() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/modules/py");
        for (name, src) in MODULES {
            let original = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("the source");
            assert_eq!(src.lines().count(), original.lines().count(), "{name}.py");
            assert!(src.len() < original.len(), "{name}.py did not shrink");
        }
    }
}
