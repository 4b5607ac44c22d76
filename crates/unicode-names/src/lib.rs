//! Unicode character names for `\N{...}` escapes, looked up the way
//! CPython's `unicodedata.lookup` does for string literals: case-insensitive,
//! aliases included, CJK and other hex-suffixed names and Hangul syllables
//! computed rather than stored.
//!
//! The table (`names.txt`, written by `scripts/gen-unicode-names.py` from
//! CPython's own `unicodedata`) is scanned linearly. A lookup costs well
//! under a millisecond and happens only when the compiler meets an escape,
//! while the front-coded names, their 128 most space-taking words stored as
//! single bytes 0x80..=0xFF, gzip to ~99 KB where the indexed tables of the
//! crate this replaces took ~400 KB of the browser download.
//!
//! Natively the table is compiled in. The browser build leaves it out (a
//! tenth of the gzipped wasm, for a rarely written escape): the host
//! registers a loader with [`set_loader`], called on the first lookup of a
//! listed name, and the page serves the same file beside the wasm.

use std::cell::Cell;

/// Bytes, not text: the bytes standing for words are not UTF-8.
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: Option<&[u8]> = Some(include_bytes!("../names.txt"));
#[cfg(target_arch = "wasm32")]
const EMBEDDED: Option<&[u8]> = None;

/// Fetches `names.txt` for a build that does not embed it; `None` when it
/// cannot be had (the next lookup asks again).
pub type Loader = fn() -> Option<Vec<u8>>;

thread_local! {
    static LOADER: Cell<Option<Loader>> = const { Cell::new(None) };
    static LOADED: Cell<Option<&'static [u8]>> = const { Cell::new(None) };
}

/// Registers where a build without the embedded table gets it.
pub fn set_loader(loader: Loader) {
    LOADER.with(|l| l.set(Some(loader)));
}

/// Forgets a loaded table, so that the next lookup calls the loader again
/// (browser tests of the loading path; the forgotten table stays leaked).
#[cfg(feature = "test-hooks")]
pub fn forget_loaded_table() {
    LOADED.with(|slot| slot.set(None));
}

/// Whether listed names can be resolved: false only in a build without the
/// embedded table whose loader failed or was never registered. Callers use
/// it to tell "no such name" from "the table is missing".
pub fn table_available() -> bool {
    table().is_some()
}

/// The table: embedded, or loaded once and kept for the process's life.
fn table() -> Option<&'static [u8]> {
    EMBEDDED.or_else(|| LOADED.with(|slot| loaded_or_load(slot, LOADER.with(Cell::get))))
}

fn loaded_or_load(slot: &Cell<Option<&'static [u8]>>, loader: Option<Loader>) -> Option<&'static [u8]> {
    if let Some(table) = slot.get() {
        return Some(table);
    }
    let bytes = loader?()?;
    // A table without its sections would make every lookup fail; refuse it
    // so that the next lookup asks the loader again.
    sections(&bytes)?;
    let table: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    slot.set(Some(table));
    Some(table)
}

/// The character named `name`, if Unicode (as CPython knows it) has one.
pub fn character(name: &str) -> Option<char> {
    if !name.is_ascii() || name.is_empty() {
        return None;
    }
    let name = name.to_ascii_uppercase();
    hangul_syllable(&name).or_else(|| hex_suffixed(&name)).or_else(|| alias(&name)).or_else(|| listed(&name))
}

/// The name of `c` (`unicodedata.name`): listed, computed for Hangul
/// syllables, or a family prefix and the code point in hex.
pub fn name(c: char) -> Option<String> {
    let code = c as u32;
    if (0xAC00..=0xD7A3).contains(&code) {
        let s = code - 0xAC00;
        let (lead, vowel, trail) = (s / (21 * 28), (s % (21 * 28)) / 28, s % 28);
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            LEADS[lead as usize], VOWELS[vowel as usize], TRAILS[trail as usize]
        ));
    }
    let (words, names, _, ranges) = table_sections()?;
    for line in ranges.lines() {
        let mut fields = line.split(';');
        let (Some(p), Some(lo), Some(hi)) = (fields.next(), fields.next(), fields.next()) else { continue };
        let bound = |h: &str| u32::from_str_radix(h, 16).unwrap_or(0);
        if (bound(lo)..=bound(hi)).contains(&code) {
            return Some(format!("{p}{code:04X}"));
        }
    }
    let words: Vec<&[u8]> = words.split(|&b| b == b' ').collect();
    let mut at: i64 = -1;
    let mut current: Vec<u8> = Vec::new();
    for line in names.split(|&b| b == b'\n') {
        let coded = match line.strip_prefix(b"+") {
            Some(rest) => {
                let semicolon = rest.iter().position(|&b| b == b';')?;
                at += i64::from_str_radix(std::str::from_utf8(&rest[..semicolon]).ok()?, 16).ok()?;
                &rest[semicolon + 1..]
            }
            None => line,
        };
        at += 1;
        let shared = usize::from(*coded.first()?).checked_sub(usize::from(b'0'))?;
        current.truncate(shared);
        current.extend_from_slice(&coded[1..]);
        if at > i64::from(code) {
            return None;
        }
        if at == i64::from(code) {
            let mut out = String::new();
            for &b in &current {
                match b {
                    0x80..=0xff => out.push_str(std::str::from_utf8(words.get(usize::from(b - 0x80))?).ok()?),
                    _ => out.push(char::from(b)),
                }
            }
            return Some(out);
        }
    }
    None
}

/// The words line, the names, the aliases and the ranges of `table`.
type Sections<'t> = (&'t [u8], &'t [u8], &'t str, &'t str);

fn sections(table: &[u8]) -> Option<Sections<'_>> {
    fn split<'t>(bytes: &'t [u8], marker: &[u8]) -> Option<(&'t [u8], &'t [u8])> {
        let at = bytes.windows(marker.len()).position(|w| w == marker)?;
        Some((&bytes[..at], &bytes[at + marker.len()..]))
    }
    let (words, rest) = split(table, b"\n")?;
    let (names, rest) = split(rest, b"@alias\n")?;
    // The aliases and ranges are plain ASCII.
    let rest = std::str::from_utf8(rest).ok()?;
    let (aliases, ranges) = rest.split_once("#range\n")?;
    Some((words, names, aliases, ranges))
}

/// The sections of the table, if there is one (see `table`).
fn table_sections() -> Option<Sections<'static>> {
    sections(table()?)
}

/// `name` as the table stores it: each of its words that the first line
/// lists replaced by the byte standing for it (0x80 + its place there).
/// Names never contain such bytes, so two names are equal exactly when
/// their coded forms are.
fn coded(name: &str, words: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        match words.split(|&b| b == b' ').position(|w| w == word.as_bytes()) {
            Some(k) => out.push(0x80 + k as u8),
            None => out.extend_from_slice(word.as_bytes()),
        }
    }
    out
}

/// Walks the named code points in order. A line is `NAME` for the code
/// point after the previous one, or `+gap;NAME` when `gap` code points lie
/// between; `NAME` is coded (see `coded`) and front-coded: its first byte,
/// `'0' + n`, says that it starts with the previous name's first `n` bytes.
fn listed(name: &str) -> Option<char> {
    let (words, names, _, _) = table_sections()?;
    let name = coded(name, words);
    let mut code: i64 = -1;
    let mut current: Vec<u8> = Vec::new();
    for line in names.split(|&b| b == b'\n') {
        let coded = match line.strip_prefix(b"+") {
            Some(rest) => {
                let semicolon = rest.iter().position(|&b| b == b';')?;
                let gap = std::str::from_utf8(&rest[..semicolon]).ok()?;
                code += i64::from_str_radix(gap, 16).ok()?;
                &rest[semicolon + 1..]
            }
            None => line,
        };
        code += 1;
        let shared = usize::from(*coded.first()?).checked_sub(usize::from(b'0'))?;
        current.truncate(shared);
        current.extend_from_slice(&coded[1..]);
        if current == name {
            return char::from_u32(u32::try_from(code).ok()?);
        }
    }
    None
}

fn alias(name: &str) -> Option<char> {
    table_sections()?.2.lines().find_map(|line| {
        let (code, alias) = line.split_once(';')?;
        (alias == name).then(|| u32::from_str_radix(code, 16).ok().and_then(char::from_u32))?
    })
}

/// `CJK UNIFIED IDEOGRAPH-4E00` and the other families named by code point.
fn hex_suffixed(name: &str) -> Option<char> {
    let (prefix, digits) = name.rsplit_once('-')?;
    if !(4..=6).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let code = u32::from_str_radix(digits, 16).ok()?;
    let in_a_range = table_sections()?.3.lines().any(|line| {
        let mut fields = line.split(';');
        let (Some(p), Some(lo), Some(hi)) = (fields.next(), fields.next(), fields.next()) else {
            return false;
        };
        let bound = |h: &str| u32::from_str_radix(h, 16).unwrap_or(0);
        p.strip_suffix('-') == Some(prefix) && (bound(lo)..=bound(hi)).contains(&code)
    });
    in_a_range.then(|| char::from_u32(code))?
}

// The short names of the leading consonants, vowels and trailing consonants
// that compose a Hangul syllable's name (The Unicode Standard, 3.12).
const LEADS: [&str; 19] =
    ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU",
    "YI", "I",
];
const TRAILS: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
    "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// `HANGUL SYLLABLE GAG`: each part is matched longest first, as CPython does.
fn hangul_syllable(name: &str) -> Option<char> {
    let mut rest = name.strip_prefix("HANGUL SYLLABLE ")?;
    let mut take = |parts: &[&str]| {
        let (index, part) =
            parts.iter().enumerate().filter(|(_, p)| rest.starts_with(**p)).max_by_key(|(_, p)| p.len())?;
        rest = &rest[part.len()..];
        Some(index as u32)
    };
    let (lead, vowel, trail) = (take(&LEADS)?, take(&VOWELS)?, take(&TRAILS)?);
    if !rest.is_empty() {
        return None;
    }
    char::from_u32(0xAC00 + (lead * 21 + vowel) * 28 + trail)
}

#[cfg(test)]
mod tests {
    use super::character;

    #[test]
    fn listed_names_case_insensitively() {
        assert_eq!(character("LATIN SMALL LETTER A"), Some('a'));
        assert_eq!(character("latin small letter a"), Some('a'));
        assert_eq!(character("SPACE"), Some(' '));
        assert_eq!(character("GREEK SMALL LETTER ALPHA"), Some('α'));
        assert_eq!(character("SNOWMAN"), Some('☃'));
        assert_eq!(character("PILE OF POO"), Some('💩'));
        assert_eq!(character("LATIN SMALL LETTER A "), None);
        assert_eq!(character("NO SUCH CHARACTER"), None);
        assert_eq!(character(""), None);
        assert_eq!(character("É"), None);
    }

    #[test]
    fn aliases_hex_families_and_hangul() {
        assert_eq!(character("NBSP"), Some('\u{a0}'));
        assert_eq!(character("LINE FEED"), Some('\n'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{4e00}'));
        assert_eq!(character("cjk unified ideograph-9fff"), Some('\u{9fff}'));
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-A000"), None);
        assert_eq!(character("CJK UNIFIED IDEOGRAPH-20000"), Some('\u{20000}'));
        assert_eq!(character("HANGUL SYLLABLE GA"), Some('\u{ac00}'));
        assert_eq!(super::name('a').as_deref(), Some("LATIN SMALL LETTER A"));
        assert_eq!(super::name('\u{ac00}').as_deref(), Some("HANGUL SYLLABLE GA"));
        assert_eq!(super::name('\u{4e00}').as_deref(), Some("CJK UNIFIED IDEOGRAPH-4E00"));
        assert_eq!(super::name('💩').as_deref(), Some("PILE OF POO"));
        assert_eq!(super::name('\n'), None);
        assert_eq!(character("HANGUL SYLLABLE HIH"), Some('\u{d7a3}'));
        assert_eq!(character("HANGUL SYLLABLE A"), Some('\u{c544}'));
        assert_eq!(character("HANGUL SYLLABLE GAX"), None);
    }

    #[test]
    fn the_last_listed_name_and_gaps() {
        // U+E01EF is the last named code point outside the hex families.
        assert_eq!(character("VARIATION SELECTOR-256"), Some('\u{e01ef}'));
        // After a gap (+n;) the count resumes at the right code point.
        assert_eq!(character("LATIN CAPITAL LETTER A WITH GRAVE"), Some('À'));
    }

    /// The path of the browser build, where the host supplies the table.
    #[test]
    fn a_loaded_table_is_checked_then_kept() {
        use super::{loaded_or_load, Cell};
        let slot = Cell::new(None);
        assert_eq!(loaded_or_load(&slot, None), None);
        assert_eq!(loaded_or_load(&slot, Some(|| None)), None);
        assert_eq!(loaded_or_load(&slot, Some(|| Some(b"not the table".to_vec()))), None);
        assert!(slot.get().is_none(), "a failed load is not kept");
        let real = || Some(include_bytes!("../names.txt").to_vec());
        assert_eq!(loaded_or_load(&slot, Some(real)).map(<[u8]>::len), Some(include_bytes!("../names.txt").len()));
        // Once loaded, the loader is not asked again.
        assert!(loaded_or_load(&slot, Some(|| panic!("asked twice"))).is_some());
    }

    /// Every 61st named code point, as CPython names it, resolves back.
    #[test]
    fn agrees_with_cpython_on_a_sample() {
        let script = "import unicodedata as u\nfor c in range(0, 0x110000, 61):\n    n = u.name(chr(c), None)\n    if n: print(c, n)";
        let out = std::process::Command::new("python3").args(["-c", script]).output().expect("python3 runs");
        let listing = String::from_utf8(out.stdout).expect("utf-8");
        let mut checked = 0;
        for line in listing.lines() {
            let (code, name) = line.split_once(' ').expect("code and name");
            let code: u32 = code.parse().expect("a number");
            assert_eq!(character(name).map(u32::from), Some(code), "{name}");
            checked += 1;
        }
        assert!(checked > 1000, "only {checked} names checked");
    }
}
