//! Groupboss's error body, as Django REST Framework writes it.

use std::collections::BTreeMap;
use std::fmt;

use groupkit_core::ProviderError;
use groupkit_core::http::{HeaderMap, StatusCode};
use serde_json::{Map, Value};

/// A Groupboss error body: `{"detail": "..."}` for authentication, permission, not-found and
/// throttling errors, or field names mapped to messages for validation errors
/// (`{"target": ["Enter a valid URL."]}`).
///
/// Reach it from an [`crate::Error`] with
/// `err.as_api().and_then(|api| api.provider_error::<ErrorBody>())`.
///
/// (The generated `models::Error` keeps only `detail`: the generator does not yet turn the
/// schema's `additionalProperties` into a map, so this type reads the body itself.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorBody {
    /// The message of a non-validation error, e.g. `Authorization Failed. No such user`.
    pub detail: Option<String>,
    /// Validation messages by field name (`non_field_errors` for the body as a whole).
    /// Nested serializer errors are keyed by their dotted path (`user.email`, `items[0].id`).
    pub fields: BTreeMap<String, Vec<String>>,
}

impl ErrorBody {
    /// Reads a body; `None` when it is not a JSON object with a `detail` or a field error.
    pub fn parse(body: &[u8]) -> Option<ErrorBody> {
        let Value::Object(map) = serde_json::from_slice::<Value>(body).ok()? else {
            return None;
        };
        let mut error = ErrorBody::default();
        for (key, value) in map {
            match (key.as_str(), value) {
                ("detail", Value::String(detail)) => error.detail = Some(detail),
                (_, value) => collect(&mut error.fields, key, value),
            }
        }
        (error.detail.is_some() || !error.fields.is_empty()).then_some(error)
    }

    /// The messages for one field, if it has any.
    pub fn field(&self, name: &str) -> Option<&[String]> {
        self.fields.get(name).map(Vec::as_slice)
    }
}

/// Adds the messages found under `key` to `fields`, flattening nested errors.
fn collect(fields: &mut BTreeMap<String, Vec<String>>, key: String, value: Value) {
    match value {
        Value::String(message) => fields.entry(key).or_default().push(message),
        Value::Array(items) if items.iter().all(|v| !v.is_object() && !v.is_array()) => {
            let messages = fields.entry(key).or_default();
            messages.extend(items.into_iter().map(text));
        }
        Value::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                collect(fields, format!("{key}[{index}]"), item);
            }
        }
        Value::Object(map) => collect_object(fields, &key, map),
        Value::Null => {}
        other => fields.entry(key).or_default().push(other.to_string()),
    }
}

fn collect_object(
    fields: &mut BTreeMap<String, Vec<String>>,
    prefix: &str,
    map: Map<String, Value>,
) {
    for (key, value) in map {
        collect(fields, format!("{prefix}.{key}"), value);
    }
}

fn text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

impl fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(detail) = &self.detail {
            parts.push(detail.clone());
        }
        for (field, messages) in &self.fields {
            parts.push(format!("{field}: {}", messages.join(" ")));
        }
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for ErrorBody {}

impl ProviderError for ErrorBody {}

/// Core's error decoder for Groupboss: any status, a JSON body with `detail` or field errors.
/// HTML pages and empty bodies give `None` (the error is still an API error with the raw body).
pub(crate) fn decode(
    _status: StatusCode,
    _headers: &HeaderMap,
    body: &[u8],
) -> Option<Box<dyn ProviderError>> {
    ErrorBody::parse(body).map(|e| Box::new(e) as Box<dyn ProviderError>)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_fields_and_nested_errors() {
        let body = br#"{"detail": "Not found."}"#;
        let e = ErrorBody::parse(body).expect("detail");
        assert_eq!(e.detail.as_deref(), Some("Not found."));
        assert_eq!(e.to_string(), "Not found.");

        let body = br#"{"target": ["Enter a valid URL."], "event": ["\"x\" is not a valid choice."],
                        "user": {"email": ["Bad."]}, "items": [{"id": ["Gone."]}], "non_field_errors": "One."}"#;
        let e = ErrorBody::parse(body).expect("fields");
        assert_eq!(e.detail, None);
        assert_eq!(
            e.field("target"),
            Some(&["Enter a valid URL.".to_owned()][..])
        );
        assert_eq!(e.field("user.email"), Some(&["Bad.".to_owned()][..]));
        assert_eq!(e.field("items[0].id"), Some(&["Gone.".to_owned()][..]));
        assert_eq!(e.field("non_field_errors"), Some(&["One.".to_owned()][..]));
        assert!(e.to_string().contains("target: Enter a valid URL."));
    }

    #[test]
    fn other_bodies_are_not_error_bodies() {
        for body in [
            &b""[..],
            b"<html>502</html>",
            b"[]",
            b"\"x\"",
            b"{}",
            b"{\"detail\": null}",
            b"{\"a\"",
        ] {
            assert_eq!(
                ErrorBody::parse(body),
                None,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
