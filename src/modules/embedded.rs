//! Standard-library modules written in Python, embedded in the binary and
//! compiled on first import (see `vm/import.rs`). Each is our own code,
//! written for Brisk; only what snippets commonly use is there.

/// The source of the embedded module `name`, if there is one.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "_bytearray" => include_str!("py/_bytearray.py"),
        "_fileio" => include_str!("py/_fileio.py"),
        "_complex" => include_str!("py/_complex.py"),
        "abc" => include_str!("py/abc.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "types" => include_str!("py/types.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "cmath" => include_str!("py/cmath.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "decimal" => include_str!("py/decimal.py"),
        "datetime" => include_str!("py/datetime.py"),
        "enum" => include_str!("py/enum.py"),
        "fractions" => include_str!("py/fractions.py"),
        "hashlib" => include_str!("py/hashlib.py"),
        "io" => include_str!("py/io.py"),
        "json" => include_str!("py/json.py"),
        "typing" => include_str!("py/typing.py"),
        "os" => include_str!("py/os.py"),
        "posixpath" => include_str!("py/posixpath.py"),
        "re" => include_str!("py/re.py"),
        "statistics" => include_str!("py/statistics.py"),
        "textwrap" => include_str!("py/textwrap.py"),
        "unittest" => include_str!("py/unittest.py"),
        _ => return None,
    })
}
