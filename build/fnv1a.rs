//! 64-bit FNV-1a, shared by `build.rs` (which hashes the standard library's
//! blob into the index) and `modules::embedded` (which checks a fetched blob
//! against it): one definition, so the two cannot drift apart.

pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
