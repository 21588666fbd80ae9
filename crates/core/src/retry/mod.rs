//! When to try a request again, and how long to wait first.
//!
//! One classifier, [`is_transient`], decides both what the client retries and what
//! [`crate::Error::is_retryable`] answers. The decision to retry is the pure function
//! [`decide`]: the client feeds it what happened and a random number, and sleeps for what it
//! returns (when the client-wide [`RetryBudget`] allows). Every rule is covered by the table
//! of tests at the bottom of this file.

mod budget;
mod hints;

pub(crate) use budget::Bucket;
pub use budget::RetryBudget;
pub use hints::{BodyWait, RetryHints, WaitFormat, parse_retry_after};

use std::time::Duration;

/// Statuses that mean "try again later" for every provider.
pub const DEFAULT_RETRY_STATUSES: &[u16] = &[429, 502, 503, 504];

/// How retries behave. The default makes 3 attempts in all, with full-jitter exponential
/// backoff from 200 ms capped at 10 s, and honours a server's requested wait up to 60 s (a
/// longer one is not waited for: the error carries it, for the caller to schedule).
///
/// The provider's own statuses ([`RetryHints`]) always apply on top of `retry_statuses`,
/// whether the policy is the client's or one request's.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included. `1` disables retries.
    pub max_attempts: u32,
    /// The backoff ceiling before the first retry; it doubles each retry.
    pub initial_backoff: Duration,
    /// The largest backoff, whatever the attempt.
    pub max_backoff: Duration,
    /// The longest server-requested wait (`Retry-After`, or the provider's body hint) that is
    /// waited for; a longer one ends the call with the error.
    pub max_retry_after: Duration,
    /// Statuses that are retried, on top of the provider's.
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

    /// Sets the longest server-requested wait that is waited for.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// Adds statuses to retry.
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
#[non_exhaustive]
pub enum GiveUpReason {
    /// The failure is not one that a retry can fix.
    NotRetryable,
    /// All attempts are used.
    AttemptsExhausted,
    /// The request is not idempotent and the policy does not allow retrying it.
    NotIdempotent,
    /// The server asked for a longer wait than the policy's `max_retry_after`.
    WaitTooLong,
}

/// Would the same request plausibly succeed later? Transport failures and timeouts say yes; a
/// status says yes when the policy or the provider lists it; a quota status only when the
/// server said when to come back.
pub fn is_transient(
    policy: &RetryPolicy,
    hints: &RetryHints,
    failure: Failure,
    retry_after: Option<Duration>,
) -> bool {
    match failure {
        Failure::Transport | Failure::Timeout => true,
        Failure::Status(status) if hints.quota_statuses.contains(&status) => retry_after.is_some(),
        Failure::Status(status) => {
            policy.retry_statuses.contains(&status) || hints.statuses.contains(&status)
        }
    }
}

/// Decides whether to retry. `jitter` is a uniform random number in `[0, 1)`; backoff is
/// "full jitter": uniform between zero and the capped exponential ceiling.
pub fn decide(policy: &RetryPolicy, hints: &RetryHints, attempt: Attempt, jitter: f64) -> Decision {
    if !is_transient(policy, hints, attempt.failure, attempt.retry_after) {
        return Decision::GiveUp(GiveUpReason::NotRetryable);
    }
    if attempt.number >= policy.max_attempts {
        return Decision::GiveUp(GiveUpReason::AttemptsExhausted);
    }
    if !attempt.idempotent && !policy.retry_non_idempotent {
        return Decision::GiveUp(GiveUpReason::NotIdempotent);
    }
    if let Some(wait) = attempt.retry_after {
        return if wait <= policy.max_retry_after {
            Decision::RetryAfter(wait)
        } else {
            Decision::GiveUp(GiveUpReason::WaitTooLong)
        };
    }
    let exponent = attempt.number.saturating_sub(1).min(30);
    let ceiling = policy
        .initial_backoff
        .saturating_mul(1u32 << exponent)
        .min(policy.max_backoff);
    Decision::RetryAfter(ceiling.mul_f64(jitter.clamp(0.0, 1.0)))
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
            assert_eq!(
                decide(&policy, &RetryHints::NONE, *attempt, *jitter),
                *expected,
                "{name}"
            );
        }
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default().with_max_attempts(20);
        let ceiling = |n| match decide(
            &policy,
            &RetryHints::NONE,
            attempt(n, true, Failure::Transport),
            1.0,
        ) {
            Decision::RetryAfter(d) => d,
            other => panic!("expected a retry, got {other:?}"),
        };
        assert_eq!(ceiling(1), Duration::from_millis(200));
        assert_eq!(ceiling(3), Duration::from_millis(800));
        assert_eq!(ceiling(10), Duration::from_secs(10));
        assert_eq!(ceiling(19), Duration::from_secs(10));
    }

    #[test]
    fn retry_after_is_honoured_unless_too_long() {
        let policy = RetryPolicy::default();
        let mut a = attempt(1, true, Failure::Status(429));
        a.retry_after = Some(Duration::from_secs(7));
        assert_eq!(
            decide(&policy, &RetryHints::NONE, a, 0.0),
            Decision::RetryAfter(Duration::from_secs(7))
        );
        a.retry_after = Some(Duration::from_secs(3600));
        assert_eq!(
            decide(&policy, &RetryHints::NONE, a, 0.0),
            Decision::GiveUp(GiveUpReason::WaitTooLong)
        );
    }

    #[test]
    fn opt_ins_change_the_answer() {
        let policy = RetryPolicy::default()
            .with_extra_statuses(&[420])
            .with_retry_non_idempotent(true);
        assert_eq!(
            decide(
                &policy,
                &RetryHints::NONE,
                attempt(1, false, Failure::Status(420)),
                1.0
            ),
            Decision::RetryAfter(Duration::from_millis(200))
        );
        assert_eq!(
            decide(
                &RetryPolicy::none(),
                &RetryHints::NONE,
                attempt(1, true, Failure::Status(503)),
                1.0
            ),
            Decision::GiveUp(GiveUpReason::AttemptsExhausted)
        );
    }

    const SENDHUB: RetryHints = RetryHints {
        statuses: &[],
        quota_statuses: &[420],
        wait_in_body: None,
    };

    #[test]
    fn quota_statuses_need_a_wait_from_the_server() {
        let policy = RetryPolicy::default();
        let mut spent = attempt(1, true, Failure::Status(420));
        assert_eq!(
            decide(&policy, &SENDHUB, spent, 1.0),
            Decision::GiveUp(GiveUpReason::NotRetryable)
        );
        assert!(!is_transient(&policy, &SENDHUB, spent.failure, None));
        spent.retry_after = Some(Duration::from_secs(30));
        assert_eq!(
            decide(&policy, &SENDHUB, spent, 1.0),
            Decision::RetryAfter(Duration::from_secs(30))
        );
        // A per-request policy that lists the status still does not hammer a spent quota.
        let eager = RetryPolicy::none()
            .with_max_attempts(5)
            .with_extra_statuses(&[420]);
        assert!(!is_transient(&eager, &SENDHUB, Failure::Status(420), None));
    }

    #[test]
    fn provider_statuses_apply_to_any_policy() {
        let hints = RetryHints {
            statuses: &[409],
            ..RetryHints::NONE
        };
        let per_request = RetryPolicy::none().with_max_attempts(2);
        assert_eq!(
            decide(
                &per_request,
                &hints,
                attempt(1, true, Failure::Status(409)),
                1.0
            ),
            Decision::RetryAfter(Duration::from_millis(200))
        );
    }
}
