//! Reading webhook deliveries: JSON bodies a provider POSTs to the user's server.
//!
//! Providers differ in their payload types (data in the specs); how a body is read does not:
//! strictly, naming the JSON path of any problem, and never panicking on hostile input.

use serde::de::DeserializeOwned;

/// A webhook body that is not a valid delivery.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid {provider} webhook body at `{path}`: {message}")]
pub struct WebhookError {
    provider: &'static str,
    path: String,
    message: String,
}

impl WebhookError {
    /// A problem at `path` (`.` for the body as a whole).
    pub fn new(
        provider: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        WebhookError {
            provider,
            path: path.into(),
            message: message.into(),
        }
    }

    /// The JSON path of the problem (`webhook.event`), `.` for the body as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Adds a hint to the message.
    pub fn with_hint(mut self, hint: &str) -> Self {
        self.message.push_str(hint);
        self
    }
}

/// Decodes a delivery body into `T`: a complete JSON document and nothing after it. Empty,
/// truncated and non-JSON bodies, and missing or mistyped fields, are errors naming the path.
pub fn decode<T: DeserializeOwned>(provider: &'static str, body: &[u8]) -> Result<T, WebhookError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let (path, error) = match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => return Ok(value),
            Err(e) => (".".to_owned(), e),
        },
        Err(e) => (e.path().to_string(), e.into_inner()),
    };
    // Text that is not JSON, or stops short, has no meaningful path inside the document.
    let path = if error.is_syntax() || error.is_eof() {
        ".".to_owned()
    } else {
        path
    };
    let message = if body.iter().all(u8::is_ascii_whitespace) {
        "the body is empty".to_owned()
    } else {
        error.to_string()
    };
    Err(WebhookError::new(provider, path, message))
}

/// How a JSON value is described in messages ("expected an object, found an array").
pub fn kind(value: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Delivery {
        #[allow(dead_code)]
        event: String,
    }

    #[test]
    fn problems_name_their_path() {
        let ok: Delivery = decode("test", br#"{"event": "x"}"#).expect("valid");
        assert_eq!(ok.event, "x");
        let err = decode::<Delivery>("test", br#"{"event": 5}"#).expect_err("mistyped");
        assert_eq!(err.path(), "event");
        assert!(
            err.to_string()
                .starts_with("invalid test webhook body at `event`")
        );
        assert_eq!(
            decode::<Delivery>("test", b"  ")
                .expect_err("empty")
                .message(),
            "the body is empty"
        );
        assert!(decode::<Delivery>("test", br#"{"event": "x"} x"#).is_err());
        assert!(decode::<Delivery>("test", br#"{"event": "#).is_err());
    }
}
