//! When to try a request again, and how long to wait first.
//!
//! The decision is the pure function [`decide`]: the client feeds it what happened and a
//! random number, and sleeps for what it returns. Every rule is covered by the table of tests
//! at the bottom of this file.

use std::time::{Duration, SystemTime};

/// Statuses that mean "try again later" for every provider.
pub const DEFAULT_RETRY_STATUSES: &[u16] = &[429, 502, 503, 504];

/// How retries behave. The default retries 3 attempts in all, with full-jitter exponential
/// backoff from 200 ms capped at 10 s, and honours `Retry-After` up to 60 s.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included. `1` disables retries.
    pub max_attempts: u32,
    /// The backoff ceiling before the first retry; it doubles each retry.
    pub initial_backoff: Duration,
    /// The largest backoff, whatever the attempt.
    pub max_backoff: Duration,
    /// The longest `Retry-After` honoured; longer requests are clamped to it.
    pub max_retry_after: Duration,
    /// Statuses that are retried.
    pub retry_statuses: Vec<u16>,
    /// Retry requests that are not idempotent (POST, PATCH) too. Off by default: a retried
    /// POST may create a thing twice.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            retry_statuses: DEFAULT_RETRY_STATUSES.to_vec(),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the number of attempts in all (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first backoff ceiling and the largest backoff.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Sets the longest `Retry-After` honoured.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// Adds statuses to retry (a provider's own rate-limit status, say).
    pub fn with_extra_statuses(mut self, statuses: &[u16]) -> Self {
        for status in statuses {
            if !self.retry_statuses.contains(status) {
                self.retry_statuses.push(*status);
            }
        }
        self
    }

    /// Allows retrying non-idempotent requests.
    pub fn with_retry_non_idempotent(mut self, allow: bool) -> Self {
        self.retry_non_idempotent = allow;
        self
    }
}

/// What happened on the attempt that just ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The connection failed or broke.
    Transport,
    /// The attempt timed out.
    Timeout,
    /// The server answered with this error status.
    Status(u16),
}

/// The facts [`decide`] needs.
#[derive(Clone, Copy, Debug)]
pub struct Attempt {
    /// The 1-based number of the attempt that just failed.
    pub number: u32,
    /// Whether the request may safely be repeated.
    pub idempotent: bool,
    /// What went wrong.
    pub failure: Failure,
    /// The wait the server asked for, if any.
    pub retry_after: Option<Duration>,
}

/// What to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Wait this long, then try again.
    RetryAfter(Duration),
    /// Give up and report the failure.
    GiveUp(GiveUpReason),
}

/// Why [`decide`] gave up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GiveUpReason {
    /// All attempts are used.
    AttemptsExhausted,
    /// The request is not idempotent and the policy does not allow retrying it.
    NotIdempotent,
    /// The failure is not one that a retry can fix.
    NotRetryable,
}

/// Decides whether to retry. `jitter` is a uniform random number in `[0, 1)`; backoff is
/// "full jitter": uniform between zero and the capped exponential ceiling.
pub fn decide(policy: &RetryPolicy, attempt: Attempt, jitter: f64) -> Decision {
    if attempt.number >= policy.max_attempts {
        return Decision::GiveUp(GiveUpReason::AttemptsExhausted);
    }
    if !attempt.idempotent && !policy.retry_non_idempotent {
        return Decision::GiveUp(GiveUpReason::NotIdempotent);
    }
    let retryable = match attempt.failure {
        Failure::Transport | Failure::Timeout => true,
        Failure::Status(status) => policy.retry_statuses.contains(&status),
    };
    if !retryable {
        return Decision::GiveUp(GiveUpReason::NotRetryable);
    }
    if let Some(wait) = attempt.retry_after {
        return Decision::RetryAfter(wait.min(policy.max_retry_after));
    }
    let exponent = attempt.number.saturating_sub(1).min(30);
    let ceiling = policy
        .initial_backoff
        .saturating_mul(1u32 << exponent)
        .min(policy.max_backoff);
    Decision::RetryAfter(ceiling.mul_f64(jitter.clamp(0.0, 1.0)))
}

/// Reads a `Retry-After` value: delay seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`). A date in the past means "now".
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(number: u32, idempotent: bool, failure: Failure) -> Attempt {
        Attempt {
            number,
            idempotent,
            failure,
            retry_after: None,
        }
    }

    #[test]
    fn decision_table() {
        let policy = RetryPolicy::default();
        let ms = Duration::from_millis;
        let cases: &[(&str, Attempt, f64, Decision)] = &[
            (
                "429 is retried",
                attempt(1, true, Failure::Status(429)),
                1.0,
                Decision::RetryAfter(ms(200)),
            ),
            (
                "502 is retried",
                attempt(1, true, Failure::Status(502)),
                0.5,
                Decision::RetryAfter(ms(100)),
            ),
            (
                "503 is retried",
                attempt(1, true, Failure::Status(503)),
                0.0,
                Decision::RetryAfter(ms(0)),
            ),
            (
                "504 is retried",
                attempt(2, true, Failure::Status(504)),
                1.0,
                Decision::RetryAfter(ms(400)),
            ),
            (
                "transport is retried",
                attempt(1, true, Failure::Transport),
                1.0,
                Decision::RetryAfter(ms(200)),
            ),
            (
                "timeout is retried",
                attempt(1, true, Failure::Timeout),
                1.0,
                Decision::RetryAfter(ms(200)),
            ),
            (
                "500 is not retried",
                attempt(1, true, Failure::Status(500)),
                1.0,
                Decision::GiveUp(GiveUpReason::NotRetryable),
            ),
            (
                "400 is not retried",
                attempt(1, true, Failure::Status(400)),
                1.0,
                Decision::GiveUp(GiveUpReason::NotRetryable),
            ),
            (
                "420 is not retried by default",
                attempt(1, true, Failure::Status(420)),
                1.0,
                Decision::GiveUp(GiveUpReason::NotRetryable),
            ),
            (
                "POST is not retried",
                attempt(1, false, Failure::Status(503)),
                1.0,
                Decision::GiveUp(GiveUpReason::NotIdempotent),
            ),
            (
                "POST transport error is not retried",
                attempt(1, false, Failure::Transport),
                1.0,
                Decision::GiveUp(GiveUpReason::NotIdempotent),
            ),
            (
                "attempts are capped",
                attempt(3, true, Failure::Status(503)),
                1.0,
                Decision::GiveUp(GiveUpReason::AttemptsExhausted),
            ),
        ];
        for (name, attempt, jitter, expected) in cases {
            assert_eq!(decide(&policy, *attempt, *jitter), *expected, "{name}");
        }
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default().with_max_attempts(20);
        let ceiling = |n| match decide(&policy, attempt(n, true, Failure::Transport), 1.0) {
            Decision::RetryAfter(d) => d,
            other => panic!("expected a retry, got {other:?}"),
        };
        assert_eq!(ceiling(1), Duration::from_millis(200));
        assert_eq!(ceiling(3), Duration::from_millis(800));
        assert_eq!(ceiling(10), Duration::from_secs(10));
        assert_eq!(ceiling(19), Duration::from_secs(10));
    }

    #[test]
    fn retry_after_is_honoured_and_clamped() {
        let policy = RetryPolicy::default();
        let mut a = attempt(1, true, Failure::Status(429));
        a.retry_after = Some(Duration::from_secs(7));
        assert_eq!(
            decide(&policy, a, 0.0),
            Decision::RetryAfter(Duration::from_secs(7))
        );
        a.retry_after = Some(Duration::from_secs(3600));
        assert_eq!(
            decide(&policy, a, 0.0),
            Decision::RetryAfter(Duration::from_secs(60))
        );
    }

    #[test]
    fn opt_ins_change_the_answer() {
        let policy = RetryPolicy::default()
            .with_extra_statuses(&[420])
            .with_retry_non_idempotent(true);
        assert_eq!(
            decide(&policy, attempt(1, false, Failure::Status(420)), 1.0),
            Decision::RetryAfter(Duration::from_millis(200))
        );
        assert_eq!(
            decide(
                &RetryPolicy::none(),
                attempt(1, true, Failure::Status(503)),
                1.0
            ),
            Decision::GiveUp(GiveUpReason::AttemptsExhausted)
        );
    }

    #[test]
    fn retry_after_forms() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").expect("date");
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }
}
