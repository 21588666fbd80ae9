//! Changes to a provider's items made from outside its API: what the admin API and the
//! in-process [`crate::Sandbox`] use to make things happen at the provider (a new Groupboss
//! group, a Habitate user joining), with the same events, and so the same webhooks, as a
//! request's.

use std::io;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::shared::Shared;
use crate::spec::ProviderSpec;
use crate::state::{Data, Provider};
use crate::{PROVIDERS, server};

/// Creates an item in `collection` of `provider` with `fields` set over a generated one.
pub fn create(
    shared: &Arc<Shared>,
    provider: &str,
    collection: &str,
    fields: &Map<String, Value>,
) -> io::Result<Value> {
    change(shared, provider, collection, |state, data| {
        Ok(state.new_item(data, collection, fields))
    })
}

/// Sets `fields` on the item of `collection` whose id reads as `id`.
pub fn update(
    shared: &Arc<Shared>,
    provider: &str,
    collection: &str,
    id: &str,
    fields: &Map<String, Value>,
) -> io::Result<Value> {
    change(shared, provider, collection, |state, data| {
        let Some(index) = state.find(data, collection, id) else {
            let message = format!("{provider} has no {collection} item `{id}`");
            return Err(io::Error::new(io::ErrorKind::NotFound, message));
        };
        Ok(state.update_item(data, collection, index, fields))
    })
}

/// Runs `make` on the data of `provider` (which must have `collection`), then delivers the
/// webhooks of what it changed.
fn change(
    shared: &Arc<Shared>,
    provider: &str,
    collection: &str,
    make: impl FnOnce(&Provider, &mut Data) -> io::Result<Value>,
) -> io::Result<Value> {
    let world = shared.world();
    let state = find_collection(&world.providers, |p| &p.spec, provider, collection)?;
    let item = {
        let mut data = state.data.lock().map_err(|_| poisoned())?;
        make(state, &mut data)?
    };
    server::dispatch(shared, state);
    Ok(item)
}

fn poisoned() -> io::Error {
    io::Error::other("the sandbox's state is poisoned")
}

/// The one of `items` (providers, or their specs) whose spec is `provider`'s, if it has a
/// seeded `collection`; else an `InvalidInput` error that names what there is.
pub fn find_collection<'a, T>(
    items: &'a [T],
    spec_of: impl Fn(&T) -> &ProviderSpec,
    provider: &str,
    collection: &str,
) -> io::Result<&'a T> {
    let invalid = |message: String| io::Error::new(io::ErrorKind::InvalidInput, message);
    let Some(found) = items.iter().find(|item| spec_of(item).name == provider) else {
        return Err(invalid(format!(
            "no provider `{provider}`: the sandbox serves {}",
            PROVIDERS.join(", ")
        )));
    };
    let collections: Vec<&str> = spec_of(found)
        .doc
        .pointer("/x-groupkit-sandbox/collections")
        .and_then(Value::as_object)
        .map(|c| c.keys().map(String::as_str).collect())
        .unwrap_or_default();
    if collections.contains(&collection) {
        Ok(found)
    } else {
        Err(invalid(format!(
            "{provider} has no collection `{collection}`: it has {}",
            collections.join(", ")
        )))
    }
}
