//! Listing a collection in the provider's own pagination style (`x-groupkit-pagination`).

use std::sync::Arc;

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::data::Generator;
use crate::reply::Reply;
use crate::request::Incoming;
use crate::rng::Rng;
use crate::spec::{ProviderSpec, Route};

/// Cursor tokens start above 2^60, so clients must carry them without a float (Groups.io's
/// real tokens exceed 2^53).
const TOKEN_BASE: u64 = 1 << 60;

/// Where a page's items stand in its envelope until the envelope is text (then the items'
/// own JSON text replaces it: items are kept as text and never parsed to be listed).
const MARKER: &str = "@@groupkit-sandbox-page-items@@";

/// The envelope of the operation's pages, generated from `schema` (its success response
/// schema) without items: the same for every page, so callers may keep it.
pub fn envelope(spec: &ProviderSpec, route: &Route, schema: &Value, seed: u64) -> Value {
    let mut rng = Rng::new(seed).derive("envelope");
    let mut envelope = Generator::new(&spec.doc).object(schema, &mut rng, &Map::new());
    let items = route
        .op
        .pointer("/x-groupkit-pagination/items")
        .and_then(Value::as_str)
        .unwrap_or("");
    if !items.is_empty() {
        set(&mut envelope, items, Value::Null);
    }
    envelope
}

/// One page of a listing of `total` items for the request, in the style the operation's
/// `x-groupkit-pagination` describes, in `envelope` (from [`envelope`]). `fetch(start, end)`
/// gives the listing's items `start..end` as JSON text (fewer past its end): it is called
/// once, for the page's window only, so a page never needs the whole listing.
pub fn page(
    route: &Route,
    envelope: Value,
    total: u64,
    fetch: impl FnOnce(u64, u64) -> Vec<Arc<str>>,
    request: &Incoming,
) -> Reply {
    let pagination = route
        .op
        .get("x-groupkit-pagination")
        .cloned()
        .unwrap_or(Value::Null);
    let say = |key: &str| pagination.get(key).and_then(Value::as_str).unwrap_or("");
    let number = |name: &str, default: u64| {
        request
            .text(name)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(default)
    };
    let default_of = |name: &str, fallback: u64| default(route, name).unwrap_or(fallback);
    match say("style") {
        "offset" => {
            let limit = number(say("limit"), default_of(say("limit"), 20)).clamp(1, 1000);
            let offset = number(say("offset"), 0).min(total);
            let end = (offset + limit).min(total);
            let next = (end < total)
                .then(|| link(request, &[(say("offset"), end), (say("limit"), limit)]));
            let previous = (offset > 0).then(|| {
                link(
                    request,
                    &[
                        (say("offset"), offset.saturating_sub(limit)),
                        (say("limit"), limit),
                    ],
                )
            });
            let mut body = envelope;
            let items = fetch(offset, end);
            set(&mut body, say("total"), Value::from(total));
            set(
                &mut body,
                say("next"),
                next.map_or(Value::Null, Value::String),
            );
            let meta = parent(say("next"));
            set(
                &mut body,
                &format!("{meta}/previous"),
                previous.map_or(Value::Null, Value::String),
            );
            set(&mut body, &format!("{meta}/limit"), Value::from(limit));
            set(&mut body, &format!("{meta}/offset"), Value::from(offset));
            with_items(body, say("items"), &items)
        }
        "cursor" => {
            let limit = number(say("limit"), default_of(say("limit"), 10)).clamp(1, 100);
            let start = number(say("token"), 0)
                .saturating_sub(TOKEN_BASE)
                .min(total);
            let end = (start + limit).min(total);
            let more = end < total;
            let mut body = envelope;
            let slice = fetch(start, end);
            set(&mut body, say("has_more"), Value::Bool(more));
            set(
                &mut body,
                say("next_token"),
                Value::from(if more { TOKEN_BASE + end } else { 0 }),
            );
            set(&mut body, say("total"), Value::from(total));
            set(
                &mut body,
                "/start_item",
                Value::from(if slice.is_empty() { 0 } else { start + 1 }),
            );
            set(&mut body, "/end_item", Value::from(end));
            if slice.is_empty() {
                // Groups.io sends `null` for an empty page.
                set(&mut body, say("items"), Value::Null);
                Reply::json(200, &body)
            } else {
                with_items(body, say("items"), &slice)
            }
        }
        "page_number" => {
            let size = number(say("page_size"), default_of(say("page_size"), 10)).clamp(1, 50);
            let page = number(say("page"), 1).max(1);
            let (start, len) = short_page_bounds(page, size);
            let start = start.min(total);
            let end = (start + len).min(total);
            let more = end < total;
            with_items(Value::Null, "", &fetch(start, end))
                .with_header(say("has_more_header"), if more { "1" } else { "0" })
        }
        _ => {
            // Next link (DRF): page numbers, an absolute `next`.
            let size = number("page_size", 10).clamp(1, 100);
            let page = number("page", 1).max(1);
            let start = ((page - 1) * size).min(total);
            let end = (start + size).min(total);
            let absolute = |page: u64| {
                format!(
                    "http://{}{}",
                    request.host,
                    link(request, &[("page", page)])
                )
            };
            let next = (end < total).then(|| absolute(page + 1));
            let previous = (page > 1).then(|| absolute(page - 1));
            let mut body = envelope;
            let items = fetch(start, end);
            set(
                &mut body,
                say("next"),
                next.map_or(Value::Null, Value::String),
            );
            set(
                &mut body,
                "/previous",
                previous.map_or(Value::Null, Value::String),
            );
            set(&mut body, say("total"), Value::from(total));
            with_items(body, say("items"), &items)
        }
    }
}

/// Where page `page` starts and how long it is. Every third page is one item short while more
/// follow (Habitate leaves out what the caller may not see), yet nothing is skipped: the next
/// page starts where the short one ended.
fn short_page_bounds(page: u64, size: u64) -> (u64, u64) {
    let short = |p: u64| size > 1 && p % 3 == 2;
    // Pages 1..page hold `page - 1` full pages less one item per short page among them (pages
    // 2, 5, 8, ...): O(1), so a deep page costs what the first does.
    let before = page.saturating_sub(1);
    let shorts = if size > 1 { (before + 1) / 3 } else { 0 };
    let start = before.saturating_mul(size).saturating_sub(shorts);
    (start, if short(page) { size - 1 } else { size })
}

/// The spec's default for a query parameter of the operation.
fn default(route: &Route, name: &str) -> Option<u64> {
    route
        .params
        .iter()
        .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
        .and_then(|p| p.pointer("/schema/default"))
        .and_then(Value::as_u64)
}

/// This request's path and query with some parameters replaced (tastypie echoes the whole query
/// string, credentials included, in `next`).
fn link(request: &Incoming, replace: &[(&str, u64)]) -> String {
    let mut pairs: Vec<(String, String)> = request
        .query
        .iter()
        .filter(|(k, _)| !replace.iter().any(|(r, _)| r == k))
        .cloned()
        .collect();
    pairs.extend(
        replace
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.to_string())),
    );
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{}{}?{query}", request.prefix, request.path)
}

/// A 200 whose body is `body` with `items` (JSON texts) as an array at `pointer` (`""`: the
/// array is the body).
fn with_items(mut body: Value, pointer: &str, items: &[Arc<str>]) -> Reply {
    let mut array = String::with_capacity(2 + items.iter().map(|i| i.len() + 1).sum::<usize>());
    array.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            array.push(',');
        }
        array.push_str(item);
    }
    array.push(']');
    let text = if pointer.is_empty() {
        array
    } else {
        set(&mut body, pointer, Value::String(MARKER.to_owned()));
        body.to_string()
            .replacen(&format!("\"{MARKER}\""), &array, 1)
    };
    Reply {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: Bytes::from(text),
    }
}

/// The parent pointer of a pointer (`/meta/next` → `/meta`).
fn parent(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// Sets the value at a JSON pointer, creating objects on the way; `""` replaces the whole.
fn set(target: &mut Value, pointer: &str, value: Value) {
    if pointer.is_empty() {
        *target = value;
        return;
    }
    let mut current = target;
    let tokens: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    for (i, token) in tokens.iter().enumerate() {
        if !current.is_object() {
            *current = Value::Object(Map::new());
        }
        let Value::Object(map) = current else { return };
        if i + 1 == tokens.len() {
            map.insert((*token).to_owned(), value);
            return;
        }
        current = map
            .entry((*token).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_pages_skip_nothing() {
        let size = 5;
        let mut next = 0;
        for page in 1..20 {
            let (start, len) = short_page_bounds(page, size);
            assert_eq!(start, next, "page {page}");
            assert!(len == size || len == size - 1);
            next = start + len;
        }
        assert_eq!(short_page_bounds(2, 5), (5, 4));
        assert_eq!(short_page_bounds(1, 1), (0, 1));
        assert_eq!(short_page_bounds(4, 1), (3, 1));
    }

    #[test]
    fn pointers_are_set_through_missing_objects() {
        let mut value = serde_json::json!({"meta": {"limit": 1}});
        set(&mut value, "/meta/next", Value::Null);
        set(&mut value, "/objects", serde_json::json!([1]));
        assert_eq!(
            value,
            serde_json::json!({"meta": {"limit": 1, "next": null}, "objects": [1]})
        );
    }
}
