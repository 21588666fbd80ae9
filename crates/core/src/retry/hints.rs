//! How a provider asks to be backed off: data from its spec's `x-groupkit-retry`.

use std::time::{Duration, SystemTime};

/// A provider's retry facts, generated from `x-groupkit-retry` in its spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryHints {
    /// Statuses that mean "try again later" for this provider, on top of
    /// [`super::DEFAULT_RETRY_STATUSES`].
    pub statuses: &'static [u16],
    /// Statuses that mean a quota is spent (SendHub's 420): retried only when the server says
    /// when to come back, since retrying sooner only spends more of it.
    pub quota_statuses: &'static [u16],
    /// Where an error body says how long to wait, when the provider sends no `Retry-After`
    /// (SendHub's 429 `timeLeft: "0:00:30"`).
    pub wait_in_body: Option<BodyWait>,
}

impl RetryHints {
    /// No provider-specific hints: core's defaults alone.
    pub const NONE: RetryHints = RetryHints {
        statuses: &[],
        quota_statuses: &[],
        wait_in_body: None,
    };

    /// How long the server asked us to wait: `Retry-After` first, then the body's hint.
    pub fn wait(&self, retry_after: Option<&str>, body: &[u8]) -> Option<Duration> {
        retry_after
            .and_then(|value| parse_retry_after(value, SystemTime::now()))
            .or_else(|| self.wait_in_body.and_then(|hint| hint.read(body)))
    }
}

/// A wait stated in an error body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyWait {
    /// JSON pointer to the value (`/timeLeft`).
    pub pointer: &'static str,
    /// How the value is written.
    pub format: WaitFormat,
}

/// How a wait in a body is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitFormat {
    /// Seconds, as a JSON number or a string of digits.
    Seconds,
    /// A clock duration `H:MM:SS` (or `MM:SS`).
    Clock,
}

impl BodyWait {
    /// Reads the wait from a JSON body; `None` when the body is not JSON or has no such value.
    pub fn read(&self, body: &[u8]) -> Option<Duration> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        let value = value.pointer(self.pointer)?;
        match (self.format, value) {
            (WaitFormat::Seconds, serde_json::Value::Number(n)) => {
                n.as_u64().map(Duration::from_secs)
            }
            (WaitFormat::Seconds, serde_json::Value::String(s)) => {
                s.trim().parse().ok().map(Duration::from_secs)
            }
            (WaitFormat::Clock, serde_json::Value::String(s)) => parse_clock(s),
            _ => None,
        }
    }
}

/// `H:MM:SS` or `MM:SS` as a duration.
fn parse_clock(text: &str) -> Option<Duration> {
    let mut seconds = 0u64;
    let parts: Vec<&str> = text.trim().split(':').collect();
    if parts.len() < 2 || parts.len() > 3 {
        return None;
    }
    for part in parts {
        let n: u64 = part.parse().ok()?;
        seconds = seconds.checked_mul(60)?.checked_add(n)?;
    }
    Some(Duration::from_secs(seconds))
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

    const TIME_LEFT: BodyWait = BodyWait {
        pointer: "/timeLeft",
        format: WaitFormat::Clock,
    };

    #[test]
    fn clock_waits_in_bodies() {
        let read = |body: &str| TIME_LEFT.read(body.as_bytes());
        assert_eq!(
            read(r#"{"timeLeft": "0:00:30"}"#),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            read(r#"{"timeLeft": "1:02:03"}"#),
            Some(Duration::from_secs(3723))
        );
        assert_eq!(
            read(r#"{"timeLeft": "02:03"}"#),
            Some(Duration::from_secs(123))
        );
        for bad in [
            r#"{"timeLeft": "soon"}"#,
            r#"{"timeLeft": 30}"#,
            r#"{"timeLeft": "1:2:3:4"}"#,
            r#"{"other": 1}"#,
            "<html>",
            "",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
        let seconds = BodyWait {
            pointer: "/wait",
            format: WaitFormat::Seconds,
        };
        assert_eq!(
            seconds.read(br#"{"wait": 7}"#),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            seconds.read(br#"{"wait": "7"}"#),
            Some(Duration::from_secs(7))
        );
    }

    #[test]
    fn the_header_wins_over_the_body() {
        let hints = RetryHints {
            wait_in_body: Some(TIME_LEFT),
            ..RetryHints::NONE
        };
        let body = br#"{"timeLeft": "0:00:30"}"#;
        assert_eq!(hints.wait(Some("5"), body), Some(Duration::from_secs(5)));
        assert_eq!(hints.wait(None, body), Some(Duration::from_secs(30)));
        assert_eq!(RetryHints::NONE.wait(None, body), None);
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
