//! CPython-compatible hash functions (64-bit CPython, 3.8+ semantics).
//!
//! Numbers hash exactly like CPython: every numeric value hashes to its value
//! reduced modulo the Mersenne prime `2**61 - 1`, with the sign kept, so that
//! `hash(1) == hash(1.0)` and `hash(2**61) == hash(1)`. Matching CPython bit
//! for bit matters because set/dict iteration order depends on the hashes.
//!
//! `-1` is never a valid hash (CPython uses it as the error marker), so every
//! function maps a would-be `-1` to some other value, as CPython does.
//!
//! `str` and `bytes` hashes are randomized per process in CPython, so no
//! program can depend on their exact values; we use a fast deterministic hash.

use num_bigint::{BigInt, Sign};

/// Number of bits in the hash modulus (`sys.hash_info.width` is 64, `modulus` is 2**61-1).
const HASH_BITS: u32 = 61;
/// The Mersenne prime `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// Applies the sign and replaces the reserved value `-1` by `-2`, as CPython's
/// `long_hash` and `_Py_HashDouble` do.
fn signed_result(magnitude: u64, negative: bool) -> i64 {
    // magnitude < 2**61, so it fits an i64 without loss.
    let h = if negative { -(magnitude as i64) } else { magnitude as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for a Python int that fits in an i64.
pub fn hash_i64(v: i64) -> i64 {
    signed_result(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(v)` for an arbitrary Python int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    // Horner's rule over base-2**64 digits, most significant first; reducing at
    // every step keeps the accumulator below 2**61, so the u128 never overflows.
    let magnitude =
        digits.iter().rev().fold(0u64, |acc, &d| ((((acc as u128) << 64) | d as u128) % HASH_MODULUS as u128) as u64);
    signed_result(magnitude, sign == Sign::Minus)
}

/// Multiplies `x` (which must be `< 2**61 - 1`) by `2**e` modulo `2**61 - 1`.
/// Because `2**61 == 1` modulo the prime, this is a 61-bit rotation.
fn mul_pow2_mod(x: u64, e: u32) -> u64 {
    debug_assert!(x < HASH_MODULUS && e < HASH_BITS);
    if e == 0 {
        x
    } else {
        ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e))
    }
}

/// `hash(v)` for a Python float; `None` for NaN.
///
/// CPython hashes NaN by object identity (`_Py_HashPointer`), which only the
/// caller can do. For finite values the result is `v` as an exact rational,
/// reduced modulo `2**61 - 1`: that is what CPython's `_Py_HashDouble`
/// computes (28 bits at a time), and it makes `hash(2.0) == hash(2)`.
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // Decompose |v| = mantissa * 2**exp exactly, with an integer mantissa.
    let bits = v.to_bits();
    let negative = bits >> 63 == 1;
    let biased_exp = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased_exp == 0 {
        (fraction, -1074) // subnormal (or zero)
    } else {
        (fraction | (1u64 << 52), biased_exp - 1075)
    };
    // mantissa < 2**53 < modulus, so it is already reduced. 2**exp for a
    // negative exp is the modular inverse, i.e. 2**(exp mod 61).
    let e = exp.rem_euclid(HASH_BITS as i32) as u32;
    Some(signed_result(mul_pow2_mod(mantissa, e), negative))
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(None)`: a fixed value (CPython hashes None by address).
pub const NONE: i64 = 0x5f3759df;

/// `hash(t)` for a tuple whose items hash to `items` (CPython 3.8+'s
/// xxHash-derived `tuplehash`).
pub fn hash_tuple(items: impl IntoIterator<Item = i64>) -> i64 {
    let mut acc = XXPRIME_5;
    let mut len: u64 = 0;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
        len += 1;
    }
    // CPython mixes in the length, mangled so that hash(()) keeps its pre-3.8 value.
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        // CPython's replacement for -1 here.
        return 1_546_275_796;
    }
    acc as i64
}

/// `_Py_HashPointer`: object addresses are usually 16-byte aligned, so the low
/// four bits carry no information; rotating them to the top spreads the
/// useful bits into the low bits that index hash tables.
pub fn hash_pointer(addr: usize) -> i64 {
    let h = (addr as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Multiplier of the FxHash family (derived from the golden ratio).
const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Fast hash of a byte string: an FxHash-style word-at-a-time loop, followed by
/// a murmur3 finalizer. The finalizer matters: set and dict tables index with
/// the *low* bits of the hash, which a plain FxHash leaves poorly mixed.
fn hash_byte_string(b: &[u8]) -> i64 {
    let mut h: u64 = 0;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunk of 8 bytes"));
        h = (h.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(FX_SEED);
    }
    // Mixing in the length distinguishes strings that differ only by trailing NULs.
    h = (h.rotate_left(5) ^ b.len() as u64).wrapping_mul(FX_SEED);
    // murmur3 fmix64: every input bit affects every output bit.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a `str`, computed over its UTF-8 bytes. Not CPython's value (CPython
/// randomizes it per process), but deterministic, well mixed, and never -1.
pub fn hash_str(s: &str) -> i64 {
    hash_byte_string(s.as_bytes())
}

/// Hash of a `bytes`/`bytearray` value. Equal to `hash_str` of the same bytes,
/// which is harmless: `b"a" == "a"` is False, so equal hashes never merge them.
pub fn hash_bytes(b: &[u8]) -> i64 {
    hash_byte_string(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values below come from CPython 3.11 (`hash(x)` on 64-bit Linux).

    #[test]
    fn int_hashes_match_cpython() {
        let cases: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (2305843009213693951, 0),   // 2**61-1
            (2305843009213693952, 1),   // 2**61
            (-2305843009213693952, -2), // -(2**61): hash -1 becomes -2
            (2305843009213693950, 2305843009213693950),
            (-2305843009213693951, 0),
            (2305843009213693953, 2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(v, expected) in cases {
            assert_eq!(hash_i64(v), expected, "hash({v})");
            assert_eq!(hash_bigint(&BigInt::from(v)), expected, "hash(big {v})");
        }
    }

    #[test]
    fn bigint_hashes_match_cpython() {
        let cases: &[(&str, i64)] = &[
            ("1000000000000000000000000000000", 465258685558744706), // 10**30
            ("-1000000000000000000000000000000", -465258685558744706),
            ("18446744073709551616", 8),                  // 2**64
            ("-18446744073709551615", -7),                // -(2**64)+1
            ("5316911983139663491615228241121378303", 0), // 2**122-1
            ("515377520732011331036461129765621272702107522001", 1175369268131054105), // 3**100
            ("-118181386580595879976868414312001964434038548836769923458287039207", -1449931130652715320), // -(7**77)
        ];
        for &(v, expected) in cases {
            assert_eq!(hash_bigint(&big(v)), expected, "hash({v})");
        }
    }

    #[test]
    fn float_hashes_match_cpython() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (1e300, 1224995262755759164),
            (0.1, 230584300921369408),
            (-0.1, -230584300921369408),
            (2.0f64.powi(70), 512),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (5e-324, 16777216),
            (-5e-324, -16777216),
            (f64::MAX, 2234066890152476671),
            (2.2250738585072014e-308, 32768), // smallest normal
            (1e-300, 482449582752280463),
            (123456789.123, 283618680910892309),
            (2.0f64.powi(61), 1),
            (2.0f64.powi(-61), 1),
            (-1.0, -2),
            (3.0, 3),
            (1.7293822569102705e18, 1729382256910270464), // 1.5 * 2**60
        ];
        for &(v, expected) in cases {
            assert_eq!(hash_f64(v), Some(expected), "hash({v:e})");
        }
        assert_eq!(hash_f64(f64::NAN), None);
    }

    #[test]
    fn integral_floats_hash_like_ints() {
        for v in [-1000i64, -3, -1, 0, 1, 7, 1 << 40, -(1 << 52)] {
            assert_eq!(hash_f64(v as f64), Some(hash_i64(v)));
        }
    }

    #[test]
    fn tuple_hashes_match_cpython() {
        let h = hash_i64;
        assert_eq!(hash_tuple([]), 5740354900026072187);
        assert_eq!(hash_tuple([h(1)]), -6644214454873602895);
        assert_eq!(hash_tuple([h(1), h(2)]), -3550055125485641917);
        let inner = hash_tuple([h(2), h(3)]);
        assert_eq!(hash_tuple([h(1), inner]), 7267574591690527098);
        assert_eq!(hash_tuple([h(-1)]), 8078679518589016365);
        assert_eq!(hash_tuple([h(-2)]), 8078679518589016365);
        let empty = hash_tuple([]);
        assert_eq!(hash_tuple([empty, empty]), 9028247024705308198);
        assert_eq!(hash_tuple([0, 0, 0]), 3010437511937009226);
        let mixed = [hash_bigint(&big("1000000000000000000000000000000")), hash_f64(-1.5).unwrap()];
        assert_eq!(hash_tuple(mixed), -388289200788458442);
    }

    #[test]
    #[cfg(target_pointer_width = "64")] // the observed addresses are 64-bit
    fn pointer_hashes_match_cpython() {
        // (id(o), hash(o)) pairs observed for plain `object()` instances.
        assert_eq!(hash_pointer(0x7f8ae79a46d0), 8764660491373);
        assert_eq!(hash_pointer(0x7f8ae79a46f0), 8764660491375);
        assert_eq!(hash_pointer(0x7f8ae79a4700), 8764660491376);
        // Low bits rotate to the top.
        assert_eq!(hash_pointer(0x12345), ((5u64 << 60) | 0x1234) as i64);
        // An address that rotates to -1 gives -2.
        assert_eq!(hash_pointer(usize::MAX), -2);
    }

    #[test]
    fn string_hashes_are_deterministic_and_spread() {
        assert_eq!(hash_str("spam"), hash_str("spam"));
        assert_eq!(hash_str("spam"), hash_bytes(b"spam"));
        assert_ne!(hash_str("spam"), hash_str("spam\0"));
        assert_ne!(hash_str(""), hash_str("\0"));
        assert_ne!(hash_str("abcdefgh1"), hash_str("abcdefgh2"));
        // Low bits must vary between similar keys, since tables index with them.
        let mut low_bits = std::collections::HashSet::new();
        for i in 0..256 {
            let h = hash_str(&format!("key{i}"));
            assert_ne!(h, -1);
            low_bits.insert(h & 0xff);
        }
        assert!(low_bits.len() > 140, "only {} distinct low bytes", low_bits.len());
    }
}
