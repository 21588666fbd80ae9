//! Check 7: the document-level `x-groupkit-*` extensions of `specs/README.md`.

use serde_json::{Map, Value};

use super::Problem;
use crate::spec::{self, Spec};

/// The auth schemes of `x-groupkit-auth`, each with the keys it needs and what they hold.
const SCHEMES: &[(&str, &[(&str, Kind)])] = &[
    ("raw_key", &[("header", Kind::String)]),
    ("bearer", &[]),
    (
        "basic",
        &[("username", Kind::String), ("password", Kind::String)],
    ),
    ("query", &[("params", Kind::Strings)]),
    (
        "session",
        &[
            ("login_operation", Kind::Operation),
            ("logout_operation", Kind::Operation),
            ("csrf_source", Kind::Pointer),
            ("csrf_field", Kind::String),
        ],
    ),
];

/// What the value of a scheme's key must be.
#[derive(Clone, Copy)]
enum Kind {
    /// A non-empty string.
    String,
    /// A non-empty list of non-empty strings.
    Strings,
    /// The `x-groupkit-name` or `operationId` of an operation in the document.
    Operation,
    /// A JSON Pointer (`""` or `/...`).
    Pointer,
}

/// Check 7: `x-groupkit-provider` is the file's provider name; `x-groupkit-auth` is a non-empty
/// list of known schemes with their keys; `x-groupkit-error` names a schema and its statuses
/// (and, optionally, the 4xx/5xx statuses at which a non-JSON page means `unavailable`);
/// `x-groupkit-retry`, if present, has status lists and a well-formed body wait.
pub fn check_root(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |pointer: &str, message: String| {
        problems.push(Problem::new(spec, pointer, message));
    };
    match spec.doc.get("x-groupkit-provider") {
        Some(Value::String(name)) if *name == spec.name => {}
        Some(other) => report(
            "/x-groupkit-provider",
            format!("must be `{}` (the file name), found {other}", spec.name),
        ),
        None => report("", "missing x-groupkit-provider".to_owned()),
    }
    match spec.doc.get("x-groupkit-auth") {
        Some(Value::Array(schemes)) if !schemes.is_empty() => {
            for (index, scheme) in schemes.iter().enumerate() {
                let at = format!("/x-groupkit-auth/{index}");
                for (pointer, message) in check_scheme(spec, scheme, &at) {
                    report(&pointer, message);
                }
            }
        }
        Some(_) => report("/x-groupkit-auth", "must be a non-empty list".to_owned()),
        None => report("", "missing x-groupkit-auth".to_owned()),
    }
    match spec.doc.get("x-groupkit-error") {
        Some(Value::Object(error)) => {
            for (pointer, message) in check_error(error) {
                report(&pointer, message);
            }
        }
        Some(_) => report("/x-groupkit-error", "must be a mapping".to_owned()),
        None => report("", "missing x-groupkit-error".to_owned()),
    }
    if let Some(retry) = spec.doc.get("x-groupkit-retry") {
        for (pointer, message) in check_retry(retry) {
            report(&pointer, message);
        }
    }
    problems
}

/// `{statuses: [...], quota_statuses: [...], wait_in_body: {pointer, format}}`, each optional.
fn check_retry(retry: &Value) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let Some(retry) = retry.as_object() else {
        return vec![("/x-groupkit-retry".into(), "must be a mapping".into())];
    };
    for (key, value) in retry {
        let at = format!("/x-groupkit-retry/{key}");
        match key.as_str() {
            // Empty is fine: it says "nothing beyond core's defaults" explicitly.
            "statuses" | "quota_statuses" => {
                if !value.as_array().is_some_and(|s| s.is_empty()) && !is_status_list(value) {
                    problems.push((at, "must be a list of HTTP statuses".into()));
                }
            }
            "wait_in_body" => {
                let pointer = value.get("pointer").and_then(Value::as_str);
                if !pointer.is_some_and(|p| p.starts_with('/')) {
                    problems.push((at.clone(), "needs a JSON `pointer` like /timeLeft".into()));
                }
                let format = value.get("format").and_then(Value::as_str);
                if !matches!(format, Some("seconds" | "clock")) {
                    problems.push((at, "`format` must be `seconds` or `clock`".into()));
                }
            }
            other => problems.push((at, format!("unknown key `{other}`"))),
        }
    }
    problems
}

fn check_scheme(spec: &Spec, scheme: &Value, at: &str) -> Vec<(String, String)> {
    let name = scheme
        .get("scheme")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some((_, keys)) = SCHEMES.iter().find(|(known, _)| *known == name) else {
        let known: Vec<_> = SCHEMES.iter().map(|(known, _)| *known).collect();
        let message = format!("scheme must be one of {}", known.join(", "));
        return vec![(format!("{at}/scheme"), message)];
    };
    let mut problems = Vec::new();
    for (key, kind) in *keys {
        let Some(value) = scheme.get(*key) else {
            problems.push((at.to_owned(), format!("scheme `{name}` needs `{key}`")));
            continue;
        };
        let text = value.as_str().filter(|s| !s.is_empty());
        let message = match kind {
            Kind::String => text
                .is_none()
                .then(|| "must be a non-empty string".to_owned()),
            Kind::Strings => {
                let ok = value.as_array().is_some_and(|items| {
                    !items.is_empty()
                        && items
                            .iter()
                            .all(|i| i.as_str().is_some_and(|s| !s.is_empty()))
                });
                (!ok).then(|| "must be a non-empty list of names".to_owned())
            }
            Kind::Operation => {
                let known = text.is_some_and(|text| {
                    spec.operations()
                        .iter()
                        .any(|op| op.name() == Some(text) || op.operation_id() == Some(text))
                });
                (!known).then(|| {
                    "must be the x-groupkit-name or operationId of an operation".to_owned()
                })
            }
            Kind::Pointer => {
                let ok = value
                    .as_str()
                    .is_some_and(|p| p.is_empty() || p.starts_with('/'));
                (!ok).then(|| "must be a JSON Pointer (`\"\"` or `/...`)".to_owned())
            }
        };
        if let Some(message) = message {
            problems.push((spec::pointer_push(at, key), message));
        }
    }
    problems
}

fn check_error(error: &Map<String, Value>) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let at = "/x-groupkit-error";
    if !error
        .get("schema")
        .and_then(|schema| schema.get("$ref"))
        .is_some_and(Value::is_string)
    {
        let message = "needs `schema: {$ref: ...}` naming the error body schema".to_owned();
        problems.push((at.to_owned(), message));
    }
    if !error.get("statuses").is_some_and(is_status_list) {
        let message = "must be a non-empty list of HTTP statuses".to_owned();
        problems.push((format!("{at}/statuses"), message));
    }
    // Statuses at which a non-JSON page means the endpoint is not served: error statuses only.
    if let Some(unavailable) = error.get("unavailable") {
        let error_statuses = unavailable.as_array().is_some_and(|items| {
            !items.is_empty()
                && items
                    .iter()
                    .all(|s| s.as_u64().is_some_and(|s| (400..=599).contains(&s)))
        });
        if !error_statuses {
            let message = "must be a non-empty list of 4xx/5xx HTTP statuses".to_owned();
            problems.push((format!("{at}/unavailable"), message));
        }
    }
    if error
        .get("request_id_header")
        .is_some_and(|h| !h.is_string())
    {
        let message = "must be a header name".to_owned();
        problems.push((format!("{at}/request_id_header"), message));
    }
    problems
}

fn is_status_list(value: &Value) -> bool {
    value.as_array().is_some_and(|items| {
        !items.is_empty()
            && items
                .iter()
                .all(|s| s.as_u64().is_some_and(|s| (100..=599).contains(&s)))
    })
}
