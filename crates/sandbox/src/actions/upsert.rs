//! `action: upsert`: a bulk write (SendHub's `PATCH /contacts/`, tastypie's bulk PATCH). Each
//! object of the request's list (`items`, a JSON Pointer into the body) updates the item its id
//! names, or creates one when it names none; the answer is the list of results, each shaped by
//! the success schema's `items`.

use serde_json::{Map, Value};

use super::{not_found, shaped, success};
use crate::reply::Reply;
use crate::request::Incoming;
use crate::rng::Rng;
use crate::spec::Route;
use crate::state::{Data, Provider, ids};

/// Applies every object or, when one names an item that does not exist, none of them (the
/// provider's not-found), so that a refused request changes nothing.
pub fn upsert(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    collection: &str,
    ext: &Value,
    seed: u64,
) -> Reply {
    let pointer = ext.get("items").and_then(Value::as_str).unwrap_or("");
    let objects: Vec<Map<String, Value>> = request
        .json
        .as_ref()
        .and_then(|body| body.pointer(pointer))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|object| object.as_object().cloned())
        .collect();
    let id_field = provider
        .meta(collection)
        .map(|meta| meta.id_field.clone())
        .unwrap_or_default();
    // Resolve every id first: nothing changes unless all of them exist.
    let mut targets = Vec::with_capacity(objects.len());
    for object in &objects {
        let target = match object.get(&id_field).and_then(ids::text) {
            None => None,
            Some(id) => match provider.find(data, collection, &id) {
                Some(index) => Some(index),
                None => return not_found(provider, collection),
            },
        };
        targets.push(target);
    }
    let results: Vec<Value> = objects
        .iter()
        .zip(targets)
        .map(|(object, target)| match target {
            Some(index) => provider.update_item(data, collection, index, object),
            None => provider.new_child(data, collection, object, None),
        })
        .collect();
    let (status, schema) = success(route);
    let items = schema.as_ref().and_then(|schema| schema.get("items"));
    let mut rng = Rng::new(seed).derive(route.name());
    let shaped = results
        .iter()
        .map(|result| match items {
            Some(schema) => shaped(provider, schema, result, &mut rng),
            None => result.clone(),
        })
        .collect();
    Reply::json(status, &Value::Array(shaped))
}
