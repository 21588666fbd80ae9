//! Loop detection in memory that does not grow with the listing.
//!
//! A cursor or next-link listing goes wherever each page points, so a server that points back
//! at a page it already sent would be followed forever. Keeping every position seen catches
//! that exactly, but costs memory in proportion to the listing (millions of tokens or links for
//! a long one). [`Loops`] holds at most `RECENT + 1` positions instead, however long the
//! listing.
//!
//! The loops real servers produce, and what catches them:
//!
//! - **A page that points at itself**: a Groups.io cursor that repeats the token of the page it
//!   answers, a DRF `next` link to the same page. A cycle of one.
//! - **Two positions that alternate**, and **an off-by-one that points at an earlier page**
//!   (a `next` one or a few pages back). Short cycles.
//! - A tastypie `next` that does not advance cannot loop here: the offset style never follows
//!   `next`; it adds the items received, and an empty page ends the listing.
//! - Habitate's `has_more` stuck at `1` over empty pages: page numbers always advance, so no
//!   position repeats; the engine's `MAX_EMPTY_PAGES` rule (empty pages in a row) ends those.
//!
//! Two checks, both in fixed memory:
//!
//! - **The last [`RECENT`] positions**, in a ring. A cycle of up to [`RECENT`] pages (every loop
//!   above) is caught the moment the repeated position is announced, before it is requested
//!   again: exactly what keeping every position did.
//! - **Brent's cycle detection**, for cycles of any length: one saved position, replaced by the
//!   position announced after 1, 2, 4, 8, ... more. Once the saved position lies on the cycle
//!   and the count before its replacement is at least the cycle's length, the saved position
//!   comes round again and is recognised.
//!
//! The cost of a long cycle: with `μ` distinct positions before it (the start included) and a
//! cycle of `λ`, Brent's check stops the listing after fewer than `max(μ + 1, 2λ)` pages that
//! repeat earlier ones: at worst about as many pages again as came before the loop, or two
//! turns of the cycle (5,000 distinct pages then a cycle of 1,000: 3,191 pages again, against
//! a bound of 5,001). Either way the listing ends, in memory that does not grow.

use super::Position;

/// How many of the latest positions are compared with each new one.
pub(super) const RECENT: usize = 16;

/// A listing's loop detector: fed each position a page announces, in order.
pub(super) struct Loops {
    /// The latest positions; `slot` is where the next one goes.
    recent: [Option<Position>; RECENT],
    slot: usize,
    /// Brent's saved position, and the positions announced since it was saved, out of `power`.
    saved: Position,
    steps: u64,
    power: u64,
}

impl Loops {
    /// A detector for a listing that starts at `start`.
    pub(super) fn new(start: Position) -> Self {
        let mut recent: [Option<Position>; RECENT] = Default::default();
        recent[0] = Some(start.clone());
        Loops {
            recent,
            slot: 1,
            saved: start,
            steps: 0,
            power: 1,
        }
    }

    /// Records `next`, the position a page announced. `true` when it repeats an earlier one:
    /// the listing loops and `next` must not be requested.
    pub(super) fn repeats(&mut self, next: &Position) -> bool {
        if *next == self.saved || self.recent.iter().flatten().any(|p| p == next) {
            return true;
        }
        self.recent[self.slot] = Some(next.clone());
        self.slot = (self.slot + 1) % RECENT;
        self.steps += 1;
        if self.steps == self.power {
            self.saved = next.clone();
            self.steps = 0;
            self.power = self.power.saturating_mul(2);
        }
        false
    }

    /// How many positions the detector holds (at most `RECENT + 1`).
    #[cfg(test)]
    pub(super) fn held(&self) -> usize {
        1 + self.recent.iter().flatten().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor(n: u64) -> Position {
        Position::Cursor(n.to_string())
    }

    /// Feeds `μ` distinct positions (the start is the first) then a cycle of `λ`; returns how
    /// many repeated pages were requested before the loop was caught (`None`: never caught).
    fn repeats_requested(mu: u64, lambda: u64) -> Option<u64> {
        let at = |i: u64| cursor(if i < mu { i } else { mu + (i - mu) % lambda });
        let mut loops = Loops::new(at(0));
        // The first repeat is announced at μ + λ; give up well past the documented bound.
        let limit = mu + lambda + 4 * (mu + lambda) + 8;
        (1..limit)
            .find(|i| loops.repeats(&at(*i)))
            .map(|caught| caught - (mu + lambda))
    }

    #[test]
    fn a_page_that_points_at_itself_is_caught_at_once() {
        let mut loops = Loops::new(Position::Start);
        assert!(!loops.repeats(&cursor(7)));
        assert!(loops.repeats(&cursor(7)));
        // A listing resumed at a token that the server announces again.
        let mut loops = Loops::new(cursor(5));
        assert!(loops.repeats(&cursor(5)));
    }

    #[test]
    fn two_alternating_positions_are_caught_at_once() {
        let mut loops = Loops::new(Position::Start);
        assert!(!loops.repeats(&cursor(1)));
        assert!(!loops.repeats(&cursor(2)));
        assert!(loops.repeats(&cursor(1)));
    }

    #[test]
    fn a_link_back_to_an_earlier_page_is_caught_at_once() {
        // Far into a listing, the server points one page back, or a few.
        for back in 1..=RECENT as u64 - 1 {
            let mut loops = Loops::new(Position::Start);
            for n in 1..=5000 {
                assert!(!loops.repeats(&cursor(n)));
            }
            assert!(loops.repeats(&cursor(5000 - back)), "{back} back");
        }
        assert_eq!(repeats_requested(5000, RECENT as u64), Some(0));
    }

    #[test]
    fn a_long_cycle_after_a_long_listing_is_caught_within_the_bound() {
        let (mu, lambda) = (5000, 1000);
        let extra = repeats_requested(mu, lambda).expect("the cycle is caught");
        assert!(extra < (mu + 1).max(2 * lambda), "{extra} repeated pages");
        // Saved at position 8191 (on the cycle), recognised 1000 later: 9191 - 6000.
        assert_eq!(extra, 3191, "the figure the module documentation gives");
    }

    #[test]
    fn every_cycle_is_caught_within_the_bound() {
        for mu in 1..80 {
            for lambda in 1..160 {
                let extra = repeats_requested(mu, lambda)
                    .unwrap_or_else(|| panic!("μ {mu}, λ {lambda}: never caught"));
                assert!(
                    extra < (mu + 1).max(2 * lambda),
                    "μ {mu}, λ {lambda}: {extra}"
                );
                if lambda <= RECENT as u64 {
                    assert_eq!(extra, 0, "μ {mu}, λ {lambda}: short cycles cost nothing");
                }
            }
        }
    }

    #[test]
    fn a_million_distinct_positions_are_no_loop_and_take_no_more_memory() {
        let mut loops = Loops::new(Position::Start);
        for n in 1..=1_000_000 {
            assert!(!loops.repeats(&cursor(n)), "false loop at {n}");
            if n == 100 {
                assert_eq!(loops.held(), RECENT + 1);
            }
        }
        // Structural, not timed: the same fixed number of positions after a million.
        assert_eq!(loops.held(), RECENT + 1);
    }
}
