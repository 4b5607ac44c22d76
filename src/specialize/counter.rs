//! The adaptive counter of PEP 659: a 12-bit value and a 4-bit backoff
//! exponent packed in 16 bits, as in CPython's `Include/internal/pycore_code.h`.
//!
//! - A new instruction starts at value 1: it runs generically once and is
//!   specialized on its second execution.
//! - A failed attempt backs off exponentially: value `2^(b+1) - 1`,
//!   backoff `b + 1` (value capped at 4095), so code that cannot be
//!   specialized stops paying for attempts.
//! - A successful specialization starts a cooldown of 52: each guard miss
//!   counts down, and at zero the instruction is specialized again for what
//!   it sees now.

const BACKOFF_BITS: u16 = 4;
const MAX_VALUE: u16 = (1 << 12) - 1;
const MAX_BACKOFF: u16 = 12;
/// Misses a specialized instruction tolerates before re-specializing.
pub const COOLDOWN: u16 = 52;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Counter(u16);

impl Counter {
    fn new(value: u16, backoff: u16) -> Counter {
        Counter((value.min(MAX_VALUE) << BACKOFF_BITS) | backoff.min(MAX_BACKOFF))
    }

    pub fn warmup() -> Counter {
        Counter::new(1, 0)
    }

    pub fn cooldown() -> Counter {
        Counter::new(COOLDOWN, 0)
    }

    pub fn value(self) -> u16 {
        self.0 >> BACKOFF_BITS
    }

    pub fn backoff(self) -> u16 {
        self.0 & ((1 << BACKOFF_BITS) - 1)
    }

    #[inline(always)]
    pub fn is_zero(self) -> bool {
        self.0 >> BACKOFF_BITS == 0
    }

    #[inline(always)]
    pub fn decrement(self) -> Counter {
        Counter(self.0.wrapping_sub(1 << BACKOFF_BITS))
    }

    /// The counter after a failed specialization attempt.
    pub fn backed_off(self) -> Counter {
        let b = self.backoff();
        let value = (1u32 << (b + 1)) - 1;
        Counter::new(value.min(u32::from(MAX_VALUE)) as u16, b + 1)
    }

    /// The raw 16 bits (shown by `dis --adaptive`).
    pub fn bits(self) -> u16 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specializes_on_second_execution() {
        let c = Counter::warmup();
        assert!(!c.is_zero());
        assert!(c.decrement().is_zero());
    }

    #[test]
    fn backoff_grows_exponentially_and_caps() {
        let mut c = Counter::warmup();
        let mut values = Vec::new();
        for _ in 0..14 {
            c = c.backed_off();
            values.push(c.value());
        }
        assert_eq!(&values[..6], &[1, 3, 7, 15, 31, 63]);
        assert_eq!(*values.last().unwrap(), 4095);
        assert!(values.iter().all(|v| *v <= 4095));
    }

    #[test]
    fn cooldown_counts_down_to_zero() {
        let mut c = Counter::cooldown();
        for _ in 0..COOLDOWN {
            assert!(!c.is_zero());
            c = c.decrement();
        }
        assert!(c.is_zero());
    }
}
