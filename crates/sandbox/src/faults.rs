//! Fault injection: latency, rate limits, server errors, malformed or truncated bodies and
//! dropped connections, each at a configurable rate, drawn from the seed.

use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::rng::Rng;

/// The fields of the faults' JSON (`GET`/`PUT /__sandbox/faults`), named as the binary's flags.
const FIELDS: [&str; 7] = [
    "latency_ms",
    "rate_limited",
    "retry_after",
    "server_errors",
    "malformed",
    "truncated",
    "dropped",
];

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

    /// The faults as JSON: `latency_ms` (whole milliseconds), `retry_after` (whole seconds), and
    /// the rates `rate_limited`, `server_errors`, `malformed`, `truncated`, `dropped`.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "latency_ms": u64::try_from(self.latency.as_millis()).unwrap_or(u64::MAX),
            "rate_limited": self.rate_limited,
            "retry_after": self.retry_after.as_secs(),
            "server_errors": self.server_errors,
            "malformed": self.malformed,
            "truncated": self.truncated,
            "dropped": self.dropped,
        })
    }

    /// Faults from the JSON [`Faults::to_json`] writes; a missing field takes its default. The
    /// error says what is wrong: not an object, an unknown field, a rate outside 0..=1, a
    /// duration that is not a whole non-negative number.
    pub(crate) fn from_json(value: &Value) -> Result<Faults, String> {
        let Value::Object(fields) = value else {
            return Err("the faults must be a JSON object".to_owned());
        };
        if let Some(unknown) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(format!(
                "unknown field `{unknown}`: the faults have {}",
                FIELDS.join(", ")
            ));
        }
        let defaults = Faults::default();
        Ok(Faults {
            latency: whole(fields, "latency_ms")?.map_or(defaults.latency, Duration::from_millis),
            rate_limited: rate(fields, "rate_limited")?,
            retry_after: whole(fields, "retry_after")?
                .map_or(defaults.retry_after, Duration::from_secs),
            server_errors: rate(fields, "server_errors")?,
            malformed: rate(fields, "malformed")?,
            truncated: rate(fields, "truncated")?,
            dropped: rate(fields, "dropped")?,
        })
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

/// A whole non-negative number, if given.
fn whole(fields: &Map<String, Value>, name: &str) -> Result<Option<u64>, String> {
    match fields.get(name) {
        None => Ok(None),
        Some(value) => value
            .as_u64()
            .map(Some)
            .ok_or_else(|| format!("`{name}` must be a whole number from 0 up, not {value}")),
    }
}

/// A rate from 0 to 1, 0 if not given.
fn rate(fields: &Map<String, Value>, name: &str) -> Result<f64, String> {
    match fields.get(name) {
        None => Ok(0.0),
        Some(value) => value
            .as_f64()
            .filter(|r| (0.0..=1.0).contains(r))
            .ok_or_else(|| format!("`{name}` must be a rate from 0 to 1, not {value}")),
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

impl Fault {
    /// The fault's name in the journal (the field of the faults' JSON that sets its rate).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Fault::None => "none",
            Fault::RateLimited => "rate_limited",
            Fault::ServerError => "server_errors",
            Fault::Malformed => "malformed",
            Fault::Truncated => "truncated",
            Fault::Dropped => "dropped",
        }
    }
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

    #[test]
    fn json_round_trips_and_missing_fields_take_defaults() {
        let faults = Faults::none()
            .latency(Duration::from_millis(250))
            .retry_after(Duration::from_secs(7))
            .server_errors(0.5)
            .dropped(1.0);
        assert_eq!(Faults::from_json(&faults.to_json()), Ok(faults));
        assert_eq!(
            Faults::from_json(&json!({"malformed": 0.25})),
            Ok(Faults::none().malformed(0.25))
        );
        assert_eq!(Faults::from_json(&json!({})), Ok(Faults::none()));
    }

    #[test]
    fn bad_json_is_refused_saying_why() {
        let refused = |value: Value| Faults::from_json(&value).err().unwrap_or_default();
        assert!(refused(json!({"dropped": 1.5})).contains("`dropped` must be a rate from 0 to 1"));
        assert!(refused(json!({"truncated": -0.1})).contains("from 0 to 1"));
        assert!(refused(json!({"rate_limited": "half"})).contains("from 0 to 1"));
        assert!(refused(json!({"latency_ms": -3})).contains("`latency_ms` must be a whole number"));
        assert!(refused(json!({"retry_after": 1.5})).contains("whole number"));
        assert!(refused(json!({"server_error": 1})).contains("unknown field `server_error`"));
        assert!(refused(json!([1])).contains("JSON object"));
    }
}
