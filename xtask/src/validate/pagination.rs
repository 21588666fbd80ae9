//! Check 5: `x-groupkit-pagination` blocks are complete and point at real parameters and fields.

use serde_json::{Map, Value};

use super::Problem;
use crate::spec::{self, Operation, Spec};

/// A pagination style of `specs/README.md`, with its keys by what they name.
struct Style {
    name: &'static str,
    /// Keys naming request parameters of the operation.
    params: &'static [&'static str],
    /// The key naming the page-size parameter, which must state its `minimum`.
    size: Option<&'static str>,
    /// The key naming where a page starts (offset, page number, cursor), which must not go below 0.
    start: Option<&'static str>,
    /// Keys holding JSON Pointers into the success response body.
    pointers: &'static [&'static str],
    /// Keys naming a response header.
    headers: &'static [&'static str],
}

/// The table of `specs/README.md` ("`x-groupkit-pagination`"): every key listed is required.
const STYLES: &[Style] = &[
    Style {
        name: "offset",
        params: &["limit", "offset"],
        size: Some("limit"),
        start: Some("offset"),
        pointers: &["items", "total", "next"],
        headers: &[],
    },
    Style {
        name: "cursor",
        params: &["limit", "token"],
        size: Some("limit"),
        start: Some("token"),
        pointers: &["items", "has_more", "next_token", "total"],
        headers: &[],
    },
    Style {
        name: "page_number",
        params: &["page", "page_size"],
        size: Some("page_size"),
        start: Some("page"),
        pointers: &["items"],
        headers: &["has_more_header"],
    },
    Style {
        name: "next_link",
        params: &[],
        size: None,
        start: None,
        pointers: &["items", "next", "total"],
        headers: &[],
    },
];

/// How deep `allOf`/`anyOf`/`oneOf`/`$ref` nesting is followed when looking for a field; deeper is a
/// cycle.
const MAX_DEPTH: usize = 16;

/// Check 5: every `x-groupkit-pagination` has a known `style` and exactly the keys the README lists
/// for it; parameter keys name parameters of the operation; pointer keys are JSON Pointers to fields
/// of the 2xx JSON response schema (`items` to an array); header keys name a header of that response.
/// The page-size parameter (`limit`, `page_size`) is an integer stating its `minimum` (at least 1)
/// and, where the provider documents one, a `maximum` no lower than it; the start parameter
/// (`offset`, `page`, an integer `token`) states a `minimum` of 0 or more.
pub fn check_pagination(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    for op in spec.operations() {
        let Some(block) = op.get("x-groupkit-pagination") else {
            continue;
        };
        let at = spec::pointer_push(&op.pointer, "x-groupkit-pagination");
        let mut report = |pointer: String, message: String| {
            problems.push(Problem::new(spec, pointer, message));
        };
        let Some(block) = block.as_object() else {
            report(at, "x-groupkit-pagination must be a mapping".to_owned());
            continue;
        };
        let style_name = block
            .get("style")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let Some(style) = STYLES.iter().find(|s| s.name == style_name) else {
            let known: Vec<_> = STYLES.iter().map(|s| s.name).collect();
            let message = format!("style must be one of {}", known.join(", "));
            report(spec::pointer_push(&at, "style"), message);
            continue;
        };
        let keys = || {
            style
                .params
                .iter()
                .chain(style.pointers)
                .chain(style.headers)
        };
        for key in block.keys() {
            if key != "style" && !keys().any(|k| k == key) {
                let message = format!("`{key}` is not a key of style `{}`", style.name);
                report(spec::pointer_push(&at, key), message);
            }
        }
        let params = op.parameters(spec);
        let response = success_response(spec, &op);
        for key in keys() {
            let key_at = spec::pointer_push(&at, key);
            let Some(value) = block.get(*key) else {
                report(at.clone(), format!("style `{}` needs `{key}`", style.name));
                continue;
            };
            let Some(value) = value.as_str() else {
                report(key_at, format!("`{key}` must be a string"));
                continue;
            };
            let message = if style.params.contains(key) {
                (!params.iter().any(|p| p.name == value))
                    .then(|| format!("`{key}` names `{value}`, not a parameter of this operation"))
            } else if style.pointers.contains(key) {
                check_pointer(spec, response, key, value)
            } else {
                check_header(spec, response, value)
            };
            if let Some(message) = message {
                report(key_at, message);
                continue;
            }
            let schema = params
                .iter()
                .find(|p| p.name == value)
                .and_then(|p| p.object.get("schema"))
                .and_then(|s| spec.deref(s).ok());
            let bounds = if style.size == Some(*key) {
                check_size(schema, value)
            } else if style.start == Some(*key) {
                check_start(schema, value)
            } else {
                None
            };
            if let Some(message) = bounds {
                report(key_at, message);
            }
        }
    }
    problems
}

/// The page-size parameter: an integer with `minimum` at least 1 and no `maximum` below it.
fn check_size(schema: Option<&Value>, name: &str) -> Option<String> {
    let schema = schema?;
    if !has_type(schema, "integer") {
        return Some(format!("page-size parameter `{name}` must be an integer"));
    }
    let Some(minimum) = schema.get("minimum").and_then(Value::as_f64) else {
        return Some(format!(
            "page-size parameter `{name}` needs `minimum` (1 unless the provider documents \
             another least size) and the provider's documented `maximum`, if any"
        ));
    };
    if minimum < 1.0 {
        return Some(format!(
            "page-size parameter `{name}` has `minimum: {minimum}`: a page holds at least 1 item"
        ));
    }
    match schema.get("maximum").and_then(Value::as_f64) {
        Some(maximum) if maximum < minimum => Some(format!(
            "page-size parameter `{name}` has `maximum` {maximum} below its `minimum` {minimum}"
        )),
        _ => None,
    }
}

/// The start parameter: an integer one states `minimum` 0 or more (a string cursor is opaque).
fn check_start(schema: Option<&Value>, name: &str) -> Option<String> {
    let schema = schema?;
    if !has_type(schema, "integer") {
        return None;
    }
    match schema.get("minimum").and_then(Value::as_f64) {
        Some(minimum) if minimum >= 0.0 => None,
        Some(minimum) => Some(format!(
            "start parameter `{name}` has `minimum: {minimum}`: offsets, page numbers and \
             cursors are never negative"
        )),
        None => Some(format!(
            "start parameter `{name}` needs `minimum` (0, or 1 for page numbers counted from 1)"
        )),
    }
}

fn has_type(schema: &Value, wanted: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t == wanted),
        _ => false,
    }
}

/// The first 2xx response of the operation, `$ref` followed.
pub(super) fn success_response<'a>(
    spec: &'a Spec,
    op: &Operation<'a>,
) -> Option<&'a Map<String, Value>> {
    let responses = op.get("responses")?.as_object()?;
    let (_, response) = responses
        .iter()
        .find(|(status, _)| status.starts_with('2'))?;
    spec.deref(response).ok()?.as_object()
}

fn check_pointer(
    spec: &Spec,
    response: Option<&Map<String, Value>>,
    key: &str,
    pointer: &str,
) -> Option<String> {
    if !(pointer.is_empty() || pointer.starts_with('/')) {
        return Some(format!("`{key}` must be a JSON Pointer (`\"\"` or `/...`)"));
    }
    let Some(schema) = response.and_then(json_schema) else {
        return Some("no 2xx response with a JSON schema to point into".to_owned());
    };
    let tokens: Vec<String> = if pointer.is_empty() {
        Vec::new()
    } else {
        pointer[1..]
            .split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect()
    };
    let mut found = Vec::new();
    schemas_at(spec, schema, &tokens, 0, &mut found);
    if found.is_empty() {
        return Some(format!(
            "`{pointer}` is not a field of the 2xx response schema"
        ));
    }
    if key == "items" && !found.iter().any(|s| is_array(spec, s, 0)) {
        return Some(format!(
            "`{pointer}` is not an array in the 2xx response schema"
        ));
    }
    None
}

fn check_header(spec: &Spec, response: Option<&Map<String, Value>>, name: &str) -> Option<String> {
    let declared = response
        .and_then(|r| r.get("headers"))
        .and_then(Value::as_object)
        .is_some_and(|headers| {
            headers.iter().any(|(header, object)| {
                header.eq_ignore_ascii_case(name) && spec.deref(object).is_ok()
            })
        });
    (!declared).then(|| format!("header `{name}` is not declared on the 2xx response"))
}

/// The schema of the response's JSON media type (`application/json` or `*+json`).
pub(super) fn json_schema(response: &Map<String, Value>) -> Option<&Value> {
    let content = response.get("content")?.as_object()?;
    content
        .iter()
        .find(|(media, _)| media.starts_with("application/json") || media.contains("+json"))
        .and_then(|(_, media)| media.get("schema"))
}

/// Collects the subschemas of `schema` at the property path `tokens`, looking through `$ref`,
/// `allOf`, `anyOf` and `oneOf`.
pub(super) fn schemas_at<'a>(
    spec: &'a Spec,
    schema: &'a Value,
    tokens: &[String],
    depth: usize,
    found: &mut Vec<&'a Value>,
) {
    let Ok(schema) = spec.deref(schema) else {
        return;
    };
    if depth > MAX_DEPTH {
        return;
    }
    let Some((first, rest)) = tokens.split_first() else {
        found.push(schema);
        return;
    };
    if let Some(child) = schema.get("properties").and_then(|p| p.get(first.as_str())) {
        schemas_at(spec, child, rest, depth + 1, found);
    }
    for combinator in ["allOf", "anyOf", "oneOf"] {
        for branch in schema
            .get(combinator)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            schemas_at(spec, branch, tokens, depth + 1, found);
        }
    }
}

fn is_array(spec: &Spec, schema: &Value, depth: usize) -> bool {
    let Ok(schema) = spec.deref(schema) else {
        return false;
    };
    let typed = match schema.get("type") {
        Some(Value::String(t)) => t == "array",
        Some(Value::Array(types)) => types.iter().any(|t| t == "array"),
        _ => false,
    };
    typed
        || schema.get("items").is_some()
        || (depth < MAX_DEPTH
            && ["allOf", "anyOf", "oneOf"].iter().any(|c| {
                schema
                    .get(*c)
                    .and_then(Value::as_array)
                    .is_some_and(|branches| branches.iter().any(|b| is_array(spec, b, depth + 1)))
            }))
}
