//! Reading a delivery's body: strictly, naming the JSON path of any problem, and never
//! panicking on hostile input.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A webhook body that is not a valid delivery. Its message quotes the parser, never the
/// secret (a body is checked after its signature, and carries no secret).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid {provider} webhook body at `{path}`: {message}")]
pub struct BodyError {
    provider: &'static str,
    path: String,
    message: String,
}

impl BodyError {
    /// A problem at `path` (`.` for the body as a whole).
    pub fn new(
        provider: &'static str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        BodyError {
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
pub fn decode<T: DeserializeOwned>(provider: &'static str, body: &[u8]) -> Result<T, BodyError> {
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
    Err(BodyError::new(provider, path, message))
}

/// Reads an already decoded body into `T`, naming the JSON path of any problem (for bodies
/// whose type depends on a field in them, read first as a [`Value`]).
pub fn from_value<T: DeserializeOwned>(
    provider: &'static str,
    value: Value,
) -> Result<T, BodyError> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| BodyError::new(provider, e.path().to_string(), e.inner().to_string()))
}

/// A delivery body that must be a JSON object, as its map; anything else (an array, a string,
/// `null`) is an error at the body's root.
pub fn into_object(provider: &'static str, value: Value) -> Result<Map<String, Value>, BodyError> {
    match value {
        Value::Object(object) => Ok(object),
        other => Err(not_an_object(provider, &other)),
    }
}

fn not_an_object(provider: &'static str, value: &Value) -> BodyError {
    BodyError::new(
        provider,
        ".",
        format!("expected a JSON object, found {}", kind(value)),
    )
}

/// The string in `field` of a body that must be a JSON object: the event name of a delivery
/// (`action`, `event`). A body that is not an object, or a field that is missing or not a
/// string, is an error naming the path.
pub fn event_name<'v>(
    provider: &'static str,
    value: &'v Value,
    field: &str,
) -> Result<&'v str, BodyError> {
    let Some(object) = value.as_object() else {
        return Err(not_an_object(provider, value));
    };
    match object.get(field) {
        Some(Value::String(name)) => Ok(name),
        Some(other) => Err(BodyError::new(
            provider,
            field,
            format!("expected a string, found {}", kind(other)),
        )),
        None => Err(BodyError::new(provider, field, "missing field")),
    }
}

/// How a JSON value is described in messages ("expected an object, found an array").
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks that each of `paths` that is present in `value` holds a JSON object (or null).
///
/// serde reads a struct from a JSON array as well (field by field, in order), so a body with a
/// list where the document has one object would otherwise decode into nonsense. A path is
/// dot-separated (`webhook.information`); a segment ending in `[]` (`user[]`) means every
/// element of the array there. Missing values are left to the decoder (it knows what is
/// required), and so is anything that is neither an object, an array nor null.
pub fn require_objects(
    provider: &'static str,
    value: &Value,
    paths: &[&str],
) -> Result<(), BodyError> {
    for path in paths {
        check_objects(provider, value, path, String::new())?;
    }
    Ok(())
}

fn check_objects(
    provider: &'static str,
    value: &Value,
    rest: &str,
    at: String,
) -> Result<(), BodyError> {
    let (segment, rest) = rest.split_once('.').unwrap_or((rest, ""));
    let (name, each) = match segment.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (segment, false),
    };
    let Some(found) = value.as_object().and_then(|object| object.get(name)) else {
        return Ok(());
    };
    let here = if at.is_empty() {
        name.to_owned()
    } else {
        format!("{at}.{name}")
    };
    let elements: Vec<(String, &Value)> = match (each, found) {
        (true, Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| (format!("{here}[{index}]"), item))
            .collect(),
        (true, _) => return Ok(()),
        (false, found) => vec![(here, found)],
    };
    for (path, element) in elements {
        if element.is_array() {
            return Err(BodyError::new(
                provider,
                path,
                "invalid type: expected an object, found an array",
            ));
        }
        if !rest.is_empty() {
            check_objects(provider, element, rest, path)?;
        }
    }
    Ok(())
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

    #[test]
    fn lists_where_objects_belong_are_refused_with_their_path() {
        let ok = serde_json::json!({"a": {"b": {"c": 1}}, "list": [{"x": 1}, {"y": 2}]});
        assert!(require_objects("test", &ok, &["a", "a.b", "list[]", "missing.deeper"]).is_ok());
        let bad = serde_json::json!({"a": {"b": [1, 2]}, "list": [{"x": 1}, [2]]});
        let err = require_objects("test", &bad, &["a.b"]).expect_err("a list");
        assert_eq!(err.path(), "a.b");
        assert!(err.message().contains("found an array"), "{err}");
        let err = require_objects("test", &bad, &["list[]"]).expect_err("a list in a list");
        assert_eq!(err.path(), "list[1]");
        let top = serde_json::json!({"a": []});
        assert_eq!(
            require_objects("test", &top, &["a"])
                .expect_err("list")
                .path(),
            "a"
        );
    }
}
