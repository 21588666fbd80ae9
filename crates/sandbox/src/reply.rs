//! What the sandbox answers: a status, headers and a body, and the provider's own error shapes.

use bytes::Bytes;
use serde_json::Value;

use crate::spec::ProviderSpec;

/// A response before it goes on the wire.
#[derive(Clone, Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
}

impl Reply {
    /// A JSON body.
    pub fn json(status: u16, value: &Value) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: Bytes::from(value.to_string()),
        }
    }

    /// No body.
    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// Adds a header.
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

/// The failures the sandbox reports, each in the provider's own format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Missing or wrong credentials.
    Unauthorized,
    /// A parameter or body that breaks the spec.
    Invalid,
    /// No such item.
    NotFound,
    /// Too many requests (fault injection).
    RateLimited,
    /// A session write without the right csrf token (Groups.io).
    BadCsrf,
    /// A server error (fault injection).
    ServerError,
}

impl Failure {
    fn key(self) -> &'static str {
        match self {
            Failure::Unauthorized => "unauthorized",
            Failure::Invalid => "invalid",
            Failure::NotFound => "not_found",
            Failure::RateLimited => "rate_limited",
            Failure::BadCsrf => "bad_csrf",
            Failure::ServerError => "server_error",
        }
    }

    fn default_status(self) -> u16 {
        match self {
            Failure::Unauthorized => 403,
            Failure::Invalid | Failure::BadCsrf => 400,
            Failure::NotFound => 404,
            Failure::RateLimited => 429,
            Failure::ServerError => 500,
        }
    }
}

/// The provider's error response for `failure`, from the spec's `x-groupkit-sandbox.errors`.
pub fn failure(spec: &ProviderSpec, failure: Failure, message: &str) -> Reply {
    let errors = spec.sandbox().get("errors").cloned().unwrap_or(Value::Null);
    let kind = errors.get(failure.key()).cloned().unwrap_or(Value::Null);
    let status = kind
        .get("status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        .unwrap_or_else(|| failure.default_status());
    if kind.get("empty").and_then(Value::as_bool) == Some(true) {
        Reply::empty(status)
    } else {
        let code = kind
            .get("code")
            .and_then(Value::as_str)
            .unwrap_or(failure.key());
        let template = errors
            .get("body")
            .cloned()
            .unwrap_or_else(|| serde_json::json!({"error": "{message}"}));
        Reply::json(status, &fill(&template, status, code, message))
    }
}

/// The current time (chrono is built without its clock feature here).
fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
}

/// Fills the placeholders of an error body template.
fn fill(template: &Value, status: u16, code: &str, message: &str) -> Value {
    match template {
        Value::String(s) if s == "{status}" => Value::from(status),
        Value::String(s) => Value::String(
            s.replace("{code}", code)
                .replace("{message}", message)
                .replace("{status}", &status.to_string())
                .replace(
                    "{time}",
                    &now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                )
                .replace("{id}", &format!("sandbox-{:x}", now().timestamp_micros())),
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| fill(v, status, code, message))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), fill(v, status, code, message)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_status_code_and_message() {
        let template = serde_json::json!({"object": "error", "type": "{code}", "extra": "{message}", "status": "{status}"});
        let filled = fill(&template, 400, "bad_csrf", "no csrf");
        assert_eq!(
            filled,
            serde_json::json!({"object": "error", "type": "bad_csrf", "extra": "no csrf", "status": 400})
        );
    }
}
