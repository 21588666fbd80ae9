//! Fault injection: latency, rate limits, server errors, malformed or truncated bodies and
//! dropped connections, each at a configurable rate, drawn from the seed.

use std::time::Duration;

use crate::rng::Rng;

/// How often each fault happens (rates are probabilities from 0 to 1, per request).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Faults {
    /// Added before every answer.
    pub latency: Duration,
    /// 429 in the provider's format, with `Retry-After` (see `retry_after`).
    pub rate_limited: f64,
    /// The wait a 429 asks for, in whole seconds (default 1 s).
    pub retry_after: Duration,
    /// 503 in the provider's format.
    pub server_errors: f64,
    /// A 200 whose body is not JSON.
    pub malformed: f64,
    /// A 200 whose body stops short of its `Content-Length`.
    pub truncated: f64,
    /// The connection closes with no answer.
    pub dropped: f64,
}

impl Default for Faults {
    fn default() -> Self {
        Faults {
            latency: Duration::ZERO,
            rate_limited: 0.0,
            retry_after: Duration::from_secs(1),
            server_errors: 0.0,
            malformed: 0.0,
            truncated: 0.0,
            dropped: 0.0,
        }
    }
}

impl Faults {
    /// No faults.
    pub fn none() -> Faults {
        Faults::default()
    }

    /// Sets the wait a 429 asks for (`Retry-After`, whole seconds).
    pub fn retry_after(mut self, wait: Duration) -> Faults {
        self.retry_after = wait;
        self
    }

    /// Adds latency to every answer.
    pub fn latency(mut self, latency: Duration) -> Faults {
        self.latency = latency;
        self
    }

    /// Answers this share of requests with 429.
    pub fn rate_limited(mut self, rate: f64) -> Faults {
        self.rate_limited = rate;
        self
    }

    /// Answers this share of requests with 503.
    pub fn server_errors(mut self, rate: f64) -> Faults {
        self.server_errors = rate;
        self
    }

    /// Answers this share of requests with a body that is not JSON.
    pub fn malformed(mut self, rate: f64) -> Faults {
        self.malformed = rate;
        self
    }

    /// Answers this share of requests with a truncated body.
    pub fn truncated(mut self, rate: f64) -> Faults {
        self.truncated = rate;
        self
    }

    /// Drops this share of connections without an answer.
    pub fn dropped(mut self, rate: f64) -> Faults {
        self.dropped = rate;
        self
    }

    /// The fault for one request.
    pub(crate) fn draw(&self, rng: &mut Rng) -> Fault {
        let roll = rng.unit();
        let mut edge = 0.0;
        for (rate, fault) in [
            (self.rate_limited, Fault::RateLimited),
            (self.server_errors, Fault::ServerError),
            (self.malformed, Fault::Malformed),
            (self.truncated, Fault::Truncated),
            (self.dropped, Fault::Dropped),
        ] {
            edge += rate;
            if roll < edge {
                return fault;
            }
        }
        Fault::None
    }
}

/// What goes wrong with one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    None,
    RateLimited,
    ServerError,
    Malformed,
    Truncated,
    Dropped,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_respected() {
        let faults = Faults::none().rate_limited(0.25).dropped(0.25);
        let mut rng = Rng::new(7);
        let draws: Vec<Fault> = (0..4000).map(|_| faults.draw(&mut rng)).collect();
        let count = |f: Fault| draws.iter().filter(|d| **d == f).count();
        assert!((800..1200).contains(&count(Fault::RateLimited)));
        assert!((800..1200).contains(&count(Fault::Dropped)));
        assert_eq!(count(Fault::ServerError), 0);
        assert!(Faults::none().draw(&mut rng) == Fault::None);
    }
}
