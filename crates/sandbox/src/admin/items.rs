//! The admin endpoints that make things happen at a provider: webhook registrations, and
//! items created or changed as if by the provider (which fire their webhooks).

use std::io::ErrorKind;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::{error, json_body};
use crate::PROVIDERS;
use crate::items;
use crate::reply::Reply;
use crate::shared::Shared;

/// `POST /__sandbox/webhooks` with `{"provider", "url", "events"?}`.
pub fn register(shared: &Shared, body: &Value) -> Result<Reply, String> {
    let Value::Object(fields) = body else {
        return Err("the body must be a JSON object: {\"provider\", \"url\", \"events\"}".into());
    };
    if let Some(unknown) = fields
        .keys()
        .find(|k| !["provider", "url", "events"].contains(&k.as_str()))
    {
        return Err(format!(
            "unknown field `{unknown}`: a registration has provider, url, events"
        ));
    }
    let text = |key: &str| fields.get(key).and_then(Value::as_str);
    let provider = text("provider").ok_or("`provider` must be a provider's name")?;
    if !PROVIDERS.contains(&provider) {
        return Err(format!(
            "no provider `{provider}`: the sandbox serves {}",
            PROVIDERS.join(", ")
        ));
    }
    let url = text("url").ok_or("`url` must be the target's URL")?;
    if !url.starts_with("http://") {
        return Err("`url` must be an http:// URL: the sandbox delivers over plain HTTP".into());
    }
    let events = match fields.get("events") {
        None => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .map(|e| e.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>()
            .ok_or("`events` must be a list of event names")?,
        Some(_) => return Err("`events` must be a list of event names".into()),
    };
    let target = shared.webhooks.register(provider, url, events);
    Ok(Reply::json(201, &target.to_json()))
}

/// `POST /__sandbox/collections/{provider}/{collection}` (no `id`) or `PATCH .../{id}`, with a
/// JSON object of fields.
pub fn change(
    shared: &Arc<Shared>,
    provider: &str,
    collection: &str,
    id: Option<&str>,
    body: &[u8],
) -> Reply {
    let fields: Map<String, Value> = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match json_body(body) {
            Ok(Value::Object(fields)) => fields,
            Ok(_) => return error(400, "the body must be a JSON object of the item's fields"),
            Err(message) => return error(400, &message),
        }
    };
    let outcome = match id {
        None => items::create(shared, provider, collection, &fields),
        Some(id) => items::update(shared, provider, collection, id, &fields),
    };
    match outcome {
        Ok(item) => Reply::json(if id.is_none() { 201 } else { 200 }, &item),
        Err(e) if e.kind() == ErrorKind::NotFound => error(404, &e.to_string()),
        Err(e) if e.kind() == ErrorKind::InvalidInput => error(404, &e.to_string()),
        Err(e) => error(500, &e.to_string()),
    }
}
