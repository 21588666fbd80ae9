//! What an operation does beyond its action, said as data in its `x-groupkit-sandbox`, so that a
//! provider's rules live in its spec and not in code here:
//!
//! - `where: {field: value}`: the item is the first (under `parent`) whose fields hold these
//!   values, in place of one named by `id` (`$me` is the calling user's id: `getuser`, `getsub`);
//!   a listing keeps only such items (`getsubs`);
//! - `set: {field: value}`: fields the action forces after the request's (a ban's status);
//! - `requires: {field: [values], error}`: the item must hold one of the values, else the
//!   provider's `invalid` error with `error` as its message (`user not banned`);
//! - `unique: {field, error}`: a create is refused the same way when a live item already holds
//!   the request's value (`email exists`);
//! - `reply`: the body's template, when the answer is not the item itself: `$item` is the item,
//!   `$lines:<field>` a request field's non-empty lines, `$count:<field>` how many there are.

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::filter::text;
use crate::request::Incoming;
use crate::state::{Data, Provider, Scope};

/// Stands for the calling user's id in `where` and `set`.
const ME: &str = "$me";

/// The collection the root's `me` names: its first item is the calling user.
fn me_collection(provider: &Provider) -> Option<&str> {
    provider.spec.sandbox().get("me")?.as_str()
}

/// The calling user's id.
pub fn me(provider: &Provider) -> Option<Value> {
    Some(provider.id_of(me_collection(provider)?, 0))
}

/// The calling user's record (the one who logs in, and whom `getuser` reads).
pub fn me_item(provider: &Provider, data: &mut Data) -> Option<Arc<Value>> {
    provider.item(data, me_collection(provider)?, 0)
}

/// `value`, with `$me` read as the calling user's id.
pub fn resolved(provider: &Provider, value: &Value) -> Value {
    match value.as_str() {
        Some(ME) => me(provider).unwrap_or(Value::Null),
        _ => value.clone(),
    }
}

/// The index of the first item of `scope` whose fields hold every value of `rule`: a scan of
/// the scope (the collections looked up this way are small: a user's own records).
pub fn find_where(
    provider: &Provider,
    data: &mut Data,
    collection: &str,
    scope: &Scope,
    rule: &Map<String, Value>,
) -> Option<u64> {
    let wanted: Vec<(&String, String)> = rule
        .iter()
        .map(|(field, value)| (field, text(&resolved(provider, value))))
        .collect();
    let indices = provider
        .collection(data, collection)
        .window(scope, 0, u64::MAX);
    indices.into_iter().find(|&index| {
        wanted.iter().all(|(field, value)| {
            text(&provider.field_of(data, collection, index, field)) == *value
        })
    })
}

/// Whether `item` holds every value of the operation's `where` (true without one): in a
/// listing, `where` keeps only those items (Groups.io `getsubs`: the caller's own records).
pub fn holds_where(provider: &Provider, ext: &Value, item: &Value) -> bool {
    let Some(rule) = ext.get("where").and_then(Value::as_object) else {
        return true;
    };
    rule.iter().all(|(field, value)| {
        let held = item.get(field).unwrap_or(&Value::Null);
        text(held) == text(&resolved(provider, value))
    })
}

/// The `requires` message when `item` does not hold one of the allowed values of each field.
pub fn unmet(ext: &Value, item: &Value) -> Option<String> {
    let rule = ext.get("requires")?.as_object()?;
    let error = rule.get("error").and_then(Value::as_str).unwrap_or("");
    let holds = |(field, allowed): (&String, &Value)| {
        let value = item.get(field.as_str()).unwrap_or(&Value::Null);
        allowed.as_array().is_some_and(|a| a.contains(value))
    };
    let met = rule.iter().filter(|(k, _)| *k != "error").all(holds);
    (!met).then(|| error.to_owned())
}

/// The request's fields with `set` forced over them.
pub fn with_set(
    provider: &Provider,
    ext: &Value,
    mut fields: Map<String, Value>,
) -> Map<String, Value> {
    for (field, value) in ext
        .get("set")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        fields.insert(field.clone(), resolved(provider, value));
    }
    fields
}

/// The `unique` message when a live item of `collection` already holds the request's value.
pub fn taken(
    provider: &Provider,
    data: &mut Data,
    collection: &str,
    ext: &Value,
    request: &Incoming,
) -> Option<String> {
    let rule = ext.get("unique")?;
    let field = rule.get("field")?.as_str()?;
    let value = request.text(field)?;
    let mut one = Map::new();
    one.insert(field.to_owned(), Value::String(value));
    let everything = provider.everything(collection);
    find_where(provider, data, collection, &everything, &one)?;
    Some(
        rule.get("error")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
    )
}

/// The `reply` template filled in with the item and the request.
pub fn render(template: &Value, item: Option<&Value>, request: &Incoming) -> Value {
    let lines = |field: &str| -> Vec<String> {
        request
            .text(field)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    };
    match template {
        Value::String(name) if name == "$item" => item.cloned().unwrap_or(Value::Null),
        Value::String(name) if name.starts_with("$lines:") => {
            Value::from(lines(&name["$lines:".len()..]))
        }
        Value::String(name) if name.starts_with("$count:") => {
            Value::from(lines(&name["$count:".len()..]).len())
        }
        Value::Array(items) => items.iter().map(|v| render(v, item, request)).collect(),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), render(v, item, request)))
                .collect(),
        ),
        other => other.clone(),
    }
}
