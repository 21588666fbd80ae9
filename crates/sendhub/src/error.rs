//! SendHub's error bodies: three JSON shapes, decoded into one type.

use std::fmt;
use std::time::Duration;

use groupkit_core::ProviderError;
use groupkit_core::http::{HeaderMap, StatusCode};

use crate::models;

/// A SendHub error body, in whichever JSON shape it came.
///
/// Reach it from an [`crate::Error`] with
/// `err.as_api().and_then(|api| api.provider_error::<ErrorBody>())`. Plain-text or HTML
/// bodies (a bad filter answers `text/html`) and the empty 401 body are not decoded; the
/// error is still an API error with the raw body.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ErrorBody {
    /// SendHub's message/code object, e.g. the 429 answer: `{"message": "You have sent too
    /// many requests.", "code": "429", "error": "Too Many Requests", "timeLeft": "0:00:30"}`.
    Api(models::ApiError),
    /// A message with the status, e.g. `{"error": "Requested group not found", "status": 404}`,
    /// or the 420 plan-limit answer with only `error`.
    Status(models::StatusError),
    /// Django form errors: each invalid field mapped to its messages, e.g.
    /// `{"name": ["This field is required."]}`.
    Fields(models::FieldErrors),
}

impl ErrorBody {
    /// Reads a body; `None` when it is not one of SendHub's JSON error shapes.
    pub fn parse(body: &[u8]) -> Option<ErrorBody> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Shape {
            Api(models::ApiError),
            Status(models::StatusError),
            Fields(models::FieldErrors),
        }
        match serde_json::from_slice::<Shape>(body).ok()? {
            Shape::Api(e) => Some(ErrorBody::Api(e)),
            Shape::Status(e) => Some(ErrorBody::Status(e)),
            Shape::Fields(fields) if fields.is_empty() => None,
            Shape::Fields(fields) => Some(ErrorBody::Fields(fields)),
        }
    }

    /// The human-readable message: `message`, `error`, or the first field's first message.
    pub fn message(&self) -> &str {
        match self {
            ErrorBody::Api(e) => &e.message,
            ErrorBody::Status(e) => &e.error,
            ErrorBody::Fields(fields) => fields
                .values()
                .flat_map(|messages| messages.first())
                .next()
                .map_or("", String::as_str),
        }
    }

    /// The messages for one field of a form error, if it has any.
    pub fn field(&self, name: &str) -> Option<&[String]> {
        match self {
            ErrorBody::Fields(fields) => fields.get(name).map(Vec::as_slice),
            _ => None,
        }
    }

    /// The status the body states: `status`, or `code` parsed as a number.
    pub fn status(&self) -> Option<u16> {
        match self {
            ErrorBody::Api(e) => e.code.as_deref().and_then(|c| c.trim().parse().ok()),
            ErrorBody::Status(e) => e.status.and_then(|s| u16::try_from(s).ok()),
            ErrorBody::Fields(_) => None,
        }
    }

    /// How long until requests are accepted again, from a 429's `timeLeft` (`H:MM:SS`).
    pub fn time_left(&self) -> Option<Duration> {
        match self {
            ErrorBody::Api(e) => e.time_left.as_deref().and_then(parse_time_left),
            _ => None,
        }
    }
}

impl fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorBody::Api(e) => {
                f.write_str(&e.message)?;
                match (e.code.as_deref(), e.error.as_deref()) {
                    (Some(code), Some(error)) if !error.is_empty() => {
                        write!(f, " ({code} {error})")
                    }
                    (Some(code), _) => write!(f, " ({code})"),
                    (None, Some(error)) if !error.is_empty() => write!(f, " ({error})"),
                    _ => Ok(()),
                }
            }
            ErrorBody::Status(e) => f.write_str(&e.error),
            ErrorBody::Fields(fields) => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(field, messages)| format!("{field}: {}", messages.join(" ")))
                    .collect();
                f.write_str(&parts.join("; "))
            }
        }
    }
}

impl std::error::Error for ErrorBody {}

impl ProviderError for ErrorBody {
    /// The `code` of the message/code shape (a string of digits such as `"429"`).
    fn code(&self) -> Option<&str> {
        match self {
            ErrorBody::Api(e) => e.code.as_deref(),
            _ => None,
        }
    }
}

/// Core's error decoder for SendHub: any status, one of the JSON shapes. Plain-text, HTML and
/// empty bodies give `None`.
pub(crate) fn decode(
    _status: StatusCode,
    _headers: &HeaderMap,
    body: &[u8],
) -> Option<Box<dyn ProviderError>> {
    ErrorBody::parse(body).map(|e| Box::new(e) as Box<dyn ProviderError>)
}

/// Reads a Python `timedelta` as text: `H:MM:SS`, with optional fractional seconds
/// (`0:00:29.512345`) and days (`1 day, 2:00:00`).
fn parse_time_left(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (days, clock) = match text.split_once(',') {
        Some((days, clock)) => {
            let (count, unit) = days.trim().split_once(' ')?;
            if !matches!(unit.trim(), "day" | "days") {
                return None;
            }
            (digits(count)?, clock.trim())
        }
        None => (0, text),
    };
    let mut parts = clock.split(':');
    let (hours, minutes, seconds) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
    let nanos = if fraction.is_empty() {
        0
    } else {
        let padded = format!("{:0<9}", fraction.get(..9).unwrap_or(fraction));
        u32::try_from(digits(&padded)?).ok()?
    };
    let secs = days
        .checked_mul(86_400)?
        .checked_add(digits(hours)?.checked_mul(3_600)?)?
        .checked_add(digits(minutes)?.checked_mul(60)?)?
        .checked_add(digits(whole)?)?;
    Some(Duration::new(secs, nanos))
}

/// A non-empty run of ASCII digits as a number.
fn digits(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_left_forms() {
        let cases = [
            ("0:00:30", Some(Duration::from_secs(30))),
            ("1:02:03", Some(Duration::from_secs(3_723))),
            (" 0:01:00 ", Some(Duration::from_secs(60))),
            ("0:00:29.5", Some(Duration::from_millis(29_500))),
            ("0:00:29.512345", Some(Duration::from_micros(29_512_345))),
            ("1 day, 0:00:01", Some(Duration::from_secs(86_401))),
            ("2 days, 1:00:00", Some(Duration::from_secs(176_400))),
            ("30", None),
            ("0:30", None),
            ("0:00:30:00", None),
            ("-0:00:30", None),
            ("a:bc:de", None),
            ("0:00:", None),
            ("0:00:30.", Some(Duration::from_secs(30))),
            ("0:00:30.x", None),
            ("1 week, 0:00:00", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_time_left(text), want, "{text:?}");
        }
    }

    #[test]
    fn shapes_and_non_shapes() {
        let e =
            ErrorBody::parse(br#"{"message": "m", "code": "400", "error": "e", "moreInfo": ""}"#);
        assert!(matches!(e, Some(ErrorBody::Api(_))));
        let e = ErrorBody::parse(br#"{"message": "only a message"}"#).expect("message only");
        assert_eq!(
            (e.message(), e.code(), e.to_string().as_str()),
            ("only a message", None, "only a message")
        );
        let e = ErrorBody::parse(br#"{"error": "gone", "status": 404}"#).expect("status");
        assert_eq!((e.message(), e.status()), ("gone", Some(404)));
        let e = ErrorBody::parse(br#"{"name": ["This field is required."]}"#).expect("fields");
        assert_eq!(e.message(), "This field is required.");
        for body in [
            &b""[..],
            b"{}",
            b"[]",
            b"null",
            b"<html></html>",
            b"{\"name\": \"x\"}",
            b"{\"message\"",
        ] {
            assert!(
                ErrorBody::parse(body).is_none(),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
