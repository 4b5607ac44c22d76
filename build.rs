//! Generates the browser conformance tests: one `#[wasm_bindgen_test]` per
//! program in `tests/conformance/` (each with its recorded CPython output)
//! and per hostile program of `tests/robustness/`,
//! written to `$OUT_DIR/conformance_tests.rs` and included by
//! `tests/browser.rs`. A new program is picked up without editing a list.
//! Also minifies the standard library's Python sources into one blob with
//! its index (`embed_stdlib`).
//!
//! Only wasm32 builds look at the programs (and rerun when they change), so
//! native builds never recompile because a test program changed.

use std::fmt::Write;
use std::path::PathBuf;

#[path = "build/fnv1a.rs"]
mod fnv1a;
#[path = "build/minify_py.rs"]
mod minify_py;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/minify_py.rs");
    println!("cargo:rerun-if-changed=build/fnv1a.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed_stdlib(&out_dir);
    let mut tests = String::new();
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rerun-if-changed=tests/conformance");
        let dir =
            PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("tests/conformance");
        for program in programs_in(&dir) {
            let stem = program.file_stem().and_then(|s| s.to_str()).expect("UTF-8 program names").to_owned();
            let ident: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            let expected = program.with_extension("expected");
            let _ = writeln!(
                tests,
                "#[wasm_bindgen_test]\nfn conformance_{ident}() {{\n    check_conformance({stem:?}, include_str!({:?}), include_str!({:?}));\n}}\n",
                program.display().to_string(),
                expected.display().to_string(),
            );
        }
        // The catalogue of hostile programs (tests/robustness.rs runs it natively).
        println!("cargo:rerun-if-changed=tests/robustness");
        let hostile = dir.parent().expect("tests/").join("robustness");
        for program in programs_in(&hostile) {
            let stem = program.file_stem().and_then(|s| s.to_str()).expect("UTF-8 program names").to_owned();
            let ident: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            let _ = writeln!(
                tests,
                "#[wasm_bindgen_test]\nfn robustness_{ident}() {{\n    check_robustness({stem:?}, include_str!({:?}), include_str!({:?}));\n}}\n",
                program.display().to_string(),
                program.with_extension("expected").display().to_string(),
            );
        }
        tests.push_str("/// The modules in tests/conformance's folders, which programs import.\nconst MODULE_FILES: &[(&str, &str)] = &[\n");
        for (rel, path) in module_files(&dir, "") {
            let _ = writeln!(tests, "    ({rel:?}, include_str!({:?})),", path.display().to_string());
        }
        tests.push_str("];\n");
    }
    std::fs::write(out_dir.join("conformance_tests.rs"), tests).expect("OUT_DIR is writable");
}

/// The standard-library modules written in Python (`src/modules/py/`),
/// minified and concatenated into `$OUT_DIR/brisk_stdlib.bin`, and
/// `$OUT_DIR/embedded_py.rs`: the index `modules::embedded` looks them up in
/// (name, offset, length, sorted by name) with the blob's length and hash.
/// The native build compiles the blob in; the browser build fetches it
/// (`scripts/build-wasm.sh` copies it to `pkg/`).
fn embed_stdlib(out_dir: &std::path::Path) {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("src/modules/py");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut blob = String::new();
    let mut table = String::from(
        "/// (module name, byte offset in the blob, byte length), sorted by name.\npub const MODULES: &[(&str, usize, usize)] = &[\n",
    );
    for path in programs_in(&dir) {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 module names").to_owned();
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let minified = minify_py::minify(&src);
        let _ = writeln!(table, "    ({name:?}, {}, {}),", blob.len(), minified.len());
        blob.push_str(&minified);
    }
    table.push_str("];\n");
    let _ = writeln!(table, "/// The blob's length in bytes.\npub const BLOB_LEN: usize = {};", blob.len());
    let _ = writeln!(
        table,
        "/// FNV-1a of the blob: a fetched blob must be this build's.\npub const BLOB_HASH: u64 = {:#x};",
        fnv1a::fnv1a(blob.as_bytes())
    );
    std::fs::write(out_dir.join("brisk_stdlib.bin"), &blob).expect("OUT_DIR is writable");
    std::fs::write(out_dir.join("embedded_py.rs"), table).expect("OUT_DIR is writable");
}

/// The `.py` programs directly in `dir`, sorted.
fn programs_in(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    programs
}

/// Every `.py` file in the subfolders of `dir`, with its path relative to
/// `dir` (`userpkg/shapes.py`): the sources a program there can import.
fn module_files(dir: &std::path::Path, prefix: &str) -> Vec<(String, PathBuf)> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("readable").filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    let mut files = Vec::new();
    for path in entries {
        let name = path.file_name().and_then(|s| s.to_str()).expect("UTF-8 names").to_owned();
        if path.is_dir() {
            files.extend(module_files(&path, &format!("{prefix}{name}/")));
        } else if !prefix.is_empty() && name.ends_with(".py") {
            files.push((format!("{prefix}{name}"), path));
        }
    }
    files
}
