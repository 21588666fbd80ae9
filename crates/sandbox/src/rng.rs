//! A tiny seeded pseudo-random number generator (splitmix64).
//!
//! The sandbox must answer the same way on every run for a given seed, on every platform, so it
//! carries its own generator instead of depending on one whose output may change between
//! versions. Splitmix64 is small, fast, passes BigCrush, and any seed (even 0) is a good one.
//! It is not cryptographic.

/// The splitmix64 increment (the golden ratio as a 64-bit fraction).
const GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

/// A deterministic stream of pseudo-random numbers.
///
/// The same seed gives the same numbers. [`Rng::derive`] gives an independent stream for a label,
/// so that what is generated for one label does not depend on what was generated before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// An independent generator for `label` (for example `"chats/7"`), derived from this one's
    /// current state without advancing it: the same state and label always give the same stream,
    /// different labels give unrelated ones.
    pub fn derive(&self, label: &str) -> Rng {
        // FNV-1a over the label, then two rounds of the splitmix64 finaliser with the state.
        let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
        for byte in label.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3);
        }
        Rng(mix(mix(self.0 ^ GAMMA) ^ hash))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GAMMA);
        mix(self.0)
    }

    /// A number in `0..n`, without modulo bias; `0` when `n` is `0`.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        // Reject the few values at the bottom that would make some results more likely.
        let threshold = n.wrapping_neg() % n;
        loop {
            let x = self.next_u64();
            if x >= threshold {
                return x % n;
            }
        }
    }

    /// A number in `lo..=hi` (the bounds are swapped if `lo > hi`).
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        // The span fits in u64; `hi - lo + 1` overflows only for the full i64 range.
        let span = hi.abs_diff(lo);
        let offset = match span.checked_add(1) {
            Some(n) => self.below(n),
            None => self.next_u64(),
        };
        lo.wrapping_add_unsigned(offset)
    }

    /// `true` with probability `p` (`p <= 0` never, `p >= 1` always).
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        // The top 53 bits fill a double's mantissa exactly.
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One of `items`, uniformly; `None` if `items` is empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            return None;
        }
        let index = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items.get(index)
    }
}

/// The splitmix64 output function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let (mut a, mut b) = (Rng::new(42), Rng::new(42));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }

    #[test]
    fn known_splitmix64_output() {
        // The reference implementation's first outputs for seed 0.
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn below_stays_in_bounds_and_covers_them() {
        let mut rng = Rng::new(7);
        assert_eq!(rng.below(0), 0);
        assert_eq!(rng.below(1), 0);
        for n in [2u64, 3, 10, 1000, u64::MAX] {
            for _ in 0..1000 {
                assert!(rng.below(n) < n);
            }
        }
        let mut seen = [false; 6];
        for _ in 0..1000 {
            seen[usize::try_from(rng.below(6)).expect("small")] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn between_is_inclusive() {
        let mut rng = Rng::new(3);
        let mut seen = [false; 3];
        for _ in 0..300 {
            let x = rng.between(-1, 1);
            assert!((-1..=1).contains(&x));
            seen[usize::try_from(x + 1).expect("0..=2")] = true;
        }
        assert!(seen.iter().all(|&s| s));
        assert_eq!(rng.between(5, 5), 5);
        assert_eq!(rng.between(9, 9), 9);
        let _ = rng.between(i64::MIN, i64::MAX);
    }

    #[test]
    fn chance_and_pick() {
        let mut rng = Rng::new(11);
        assert!(!rng.chance(0.0));
        assert!(rng.chance(1.0));
        let hits = (0..10_000).filter(|_| rng.chance(0.8)).count();
        assert!((7_500..8_500).contains(&hits), "{hits}");
        assert_eq!(rng.pick::<u8>(&[]), None);
        assert_eq!(rng.pick(&[4]), Some(&4));
    }

    #[test]
    fn derive_is_independent_of_history_and_label_specific() {
        let base = Rng::new(99);
        let mut used = base.clone();
        let first = base.derive("chats/3").next_u64();
        // Deriving does not advance the parent; the same state and label give the same stream.
        assert_eq!(base.derive("chats/3").next_u64(), first);
        assert_eq!(base, Rng::new(99));
        // Other labels, and other parent states, give other streams.
        assert_ne!(base.derive("chats/4").next_u64(), first);
        used.next_u64();
        assert_ne!(used.derive("chats/3").next_u64(), first);
        // Drawing from one derived stream does not disturb another.
        let mut a = base.derive("a");
        for _ in 0..10 {
            a.next_u64();
        }
        assert_eq!(
            base.derive("b").next_u64(),
            Rng::new(99).derive("b").next_u64()
        );
    }
}
