//! What an operation does: the action its `x-groupkit-sandbox` names, or its documented example.

use std::sync::{Arc, MutexGuard};

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::auth::{DEMO, SESSION_COOKIE, Session};
use crate::data::Generator;
use crate::effects;
use crate::filter::Query;
use crate::paginate;
use crate::reply::{Failure, Reply, failure};
use crate::request::Incoming;
use crate::rng::Rng;
use crate::spec::{Route, properties};
use crate::state::{Data, Provider, Scope};
use crate::zip;

mod upsert;

/// Answers a request that passed auth and validation.
pub fn handle(provider: &Provider, route: &Route, request: &Incoming, seed: u64) -> Reply {
    let ext = route
        .op
        .get("x-groupkit-sandbox")
        .cloned()
        .unwrap_or(Value::Null);
    let say = |key: &str| {
        ext.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let collection = say("collection");
    let Ok(mut guard) = provider.data.lock() else {
        return failure(
            &provider.spec,
            Failure::ServerError,
            "the sandbox's state is poisoned",
        );
    };
    if say("action") == "list" {
        let listing = Listing {
            provider,
            route,
            request,
            collection: &collection,
            ext: &ext,
        };
        return list(&listing, guard, seed);
    }
    let data = &mut *guard;
    let target = |data: &mut Data| target(provider, data, route, request, &collection, &ext);
    let checked = |data: &mut Data| {
        let index = target(data)?;
        checked(provider, data, index, &collection, &ext)
    };
    // The answer: the `reply` template around the item when there is one, else the item.
    let answer = |item: Option<&Value>| match ext.get("reply") {
        Some(template) => Reply::json(success(route).0, &effects::render(template, item, request)),
        None => item.map_or_else(
            || example(provider, route, seed),
            |item| respond_with(provider, route, item, seed),
        ),
    };
    match say("action").as_str() {
        "get" => match checked(data) {
            Ok((_, item)) => answer(Some(&item)),
            Err(reply) => reply,
        },
        "create" => {
            if let Some(message) = effects::taken(provider, data, &collection, &ext, request) {
                return failure(&provider.spec, Failure::Invalid, &message);
            }
            let mut fields = effects::with_set(provider, &ext, request.fields());
            let mut owner = None;
            if let Some(parent) = ext.get("parent") {
                let param = parent.get("param").and_then(Value::as_str).unwrap_or("");
                let field = parent.get("field").and_then(Value::as_str);
                match parent_scope(provider, data, route, request, &collection, &ext) {
                    Ok(Some(scope)) => {
                        let key = scope.under.map(|under| under.key);
                        if let (Some(field), Some(key)) = (field, &key) {
                            fields.insert(field.to_owned(), Value::String(key.clone()));
                        }
                        owner = key;
                    }
                    // No owner declared for it: the parameter is copied as given.
                    Ok(None) => {
                        if let Some(value) = request.values(param).into_iter().next() {
                            fields.insert(field.unwrap_or(param).to_owned(), value);
                        }
                    }
                    Err(reply) => return reply,
                }
            }
            let item = provider.new_child(data, &collection, &fields, owner);
            answer(Some(&item))
        }
        "update" => match checked(data) {
            Ok((index, _)) => {
                let fields = effects::with_set(provider, &ext, request.fields());
                let item = provider.update_item(data, &collection, index, &fields);
                answer(Some(&item))
            }
            Err(reply) => reply,
        },
        "delete" => match checked(data) {
            Ok((index, _)) => {
                let item = provider.delete_item(data, &collection, index);
                answer(Some(&item))
            }
            Err(reply) => reply,
        },
        "move" => match target(data) {
            Ok(index) => {
                let moved = provider.delete_item(data, &collection, index);
                let fields = moved.as_object().cloned().unwrap_or_default();
                let item = provider.new_item(data, &say("to"), &fields);
                respond_with(provider, route, &item, seed)
            }
            Err(reply) => reply,
        },
        "upsert" => upsert::upsert(provider, data, route, request, &collection, &ext, seed),
        "login" => login(provider, data, route, request, seed),
        "logout" => {
            if let Some(cookie) = cookie(request) {
                data.sessions.remove(&cookie);
            }
            example(provider, route, seed).with_header(
                "set-cookie",
                format!("{SESSION_COOKIE}=; Max-Age=0; Path=/"),
            )
        }
        _ => answer(None),
    }
}

/// The targeted item, once it meets the operation's `requires`; the provider's `invalid` error
/// with the rule's message otherwise.
fn checked(
    provider: &Provider,
    data: &mut Data,
    index: u64,
    collection: &str,
    ext: &Value,
) -> Result<(u64, Value), Reply> {
    let item = provider
        .item(data, collection, index)
        .ok_or_else(|| not_found(provider, collection))?;
    match effects::unmet(ext, &item) {
        Some(message) => Err(failure(&provider.spec, Failure::Invalid, &message)),
        None => Ok((index, (*item).clone())),
    }
}

fn not_found(provider: &Provider, collection: &str) -> Reply {
    failure(
        &provider.spec,
        Failure::NotFound,
        &format!("no such item in {collection}"),
    )
}

/// What a request names with a parameter.
enum Named {
    /// Nothing: neither the parameter nor a name for it was given.
    Nothing,
    /// An item that does not exist.
    Missing,
    /// The item at this index.
    Item(u64),
}

/// The item of `collection` the request names by `param` (its id) or, failing that, by
/// another parameter of the same `x-groupkit-one-of` choice (`group_name` for `group_id`),
/// matched against the collection's `name_field`.
fn named(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    collection: &str,
    param: &str,
) -> Named {
    let found = |index: Option<u64>| index.map_or(Named::Missing, Named::Item);
    if let Some(id) = request.text(param) {
        return found(provider.find(data, collection, &id));
    }
    let choices = route.op.get("x-groupkit-one-of").and_then(Value::as_array);
    let alternatives = choices
        .into_iter()
        .flatten()
        .filter_map(|choice| choice.get("params").and_then(Value::as_array))
        .filter(|params| params.iter().any(|p| p.as_str() == Some(param)))
        .flatten()
        .filter_map(Value::as_str)
        .filter(|p| *p != param);
    for alternative in alternatives {
        if let Some(name) = request.text(alternative) {
            return found(provider.find_by_name(data, collection, &name));
        }
    }
    Named::Nothing
}

/// The item a get, update, delete or move names by its `id` (and, with a `parent`, that is
/// that parent's); the provider's not-found otherwise.
fn target(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    collection: &str,
    ext: &Value,
) -> Result<u64, Reply> {
    // Named by its fields (`where`): the first such item under the parent, if any.
    if let Some(rule) = ext.get("where").and_then(Value::as_object) {
        let scope = parent_scope(provider, data, route, request, collection, ext)?
            .unwrap_or_else(|| provider.everything(collection));
        return effects::find_where(provider, data, collection, &scope, rule)
            .ok_or_else(|| not_found(provider, collection));
    }
    let id = ext.get("id").and_then(Value::as_str).unwrap_or("");
    let Named::Item(index) = named(provider, data, route, request, collection, id) else {
        return Err(not_found(provider, collection));
    };
    match parent_scope(provider, data, route, request, collection, ext)? {
        Some(scope) if !provider.contains(data, collection, &scope, index) => {
            Err(not_found(provider, collection))
        }
        _ => Ok(index),
    }
}

/// The items under the owner the operation's `parent` names in the request (by id or by
/// name): `None` when the request names none (or the spec declares no owner for it), the
/// provider's not-found for an owner that does not exist.
fn parent_scope(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    collection: &str,
    ext: &Value,
) -> Result<Option<Scope>, Reply> {
    let Some(parent) = ext.get("parent") else {
        return Ok(None);
    };
    let param = parent.get("param").and_then(Value::as_str).unwrap_or("");
    let field = parent.get("field").and_then(Value::as_str);
    let Some(lineage) = provider.lineage(collection, field) else {
        return Ok(None);
    };
    let index = match named(provider, data, route, request, &lineage.ancestor, param) {
        Named::Nothing => return Ok(None),
        Named::Missing => return Err(not_found(provider, &lineage.ancestor)),
        Named::Item(index) => index,
    };
    // The owner's own owner, when the URL names it too (Groupboss: a group of a user): the
    // owner must be under it.
    if let Some(outer) = parent.get("parent") {
        let outer = serde_json::json!({ "parent": outer });
        if let Some(scope) =
            parent_scope(provider, data, route, request, &lineage.ancestor, &outer)?
            && !provider.contains(data, &lineage.ancestor, &scope, index)
        {
            return Err(not_found(provider, &lineage.ancestor));
        }
    }
    Ok(Some(provider.under(&lineage, index, field)))
}

/// The owner item a parent scope is under, found again by its id.
fn owner_item(
    provider: &Provider,
    data: &mut Data,
    collection: &str,
    ext: &Value,
    scope: &Scope,
) -> Option<Arc<Value>> {
    let field = ext.pointer("/parent/field").and_then(Value::as_str);
    let lineage = provider.lineage(collection, field)?;
    let key = &scope.under.as_ref()?.key;
    let index = provider.find(data, &lineage.ancestor, key)?;
    provider.item(data, &lineage.ancestor, index)
}

/// A listing request and what it lists.
struct Listing<'a> {
    provider: &'a Provider,
    route: &'a Route,
    request: &'a Incoming,
    collection: &'a str,
    ext: &'a Value,
}

/// A page of the listing. Without filters or a sort (an identity [`Query`]) the page is cut
/// from its scope by index arithmetic: O(page size), whatever the collection's size. With
/// them, every item of the scope is looked at (O(scope)): filtered, sorted, then cut. The
/// state is unlocked before the page is built and serialized.
fn list(listing: &Listing<'_>, mut guard: MutexGuard<'_, Data>, seed: u64) -> Reply {
    let Listing {
        provider,
        route,
        request,
        collection,
        ext,
    } = *listing;
    let spec = &provider.spec;
    let (scope, owner) = match parent_scope(provider, &mut guard, route, request, collection, ext) {
        Ok(Some(scope)) => {
            let owner = owner_item(provider, &mut guard, collection, ext, &scope);
            (scope, owner)
        }
        Ok(None) => (provider.everything(collection), None),
        Err(reply) => return reply,
    };
    let query = match Query::parse(spec, route, request) {
        Ok(query) => query,
        Err(message) => return failure(spec, Failure::Invalid, &message),
    };
    // A filter of the owner the URL names (`of: owner`) keeps all of its items or none.
    let owner_passes = match (&owner, query.tests_owner()) {
        (_, false) => true,
        (Some(owner), true) => query.owner_matches(owner),
        (None, true) => {
            let message = "this filter tests the owner the URL names, and the request names none";
            return failure(spec, Failure::Invalid, message);
        }
    };
    let envelope = provider.envelope(route.name(), || {
        let schema = success(route).1.unwrap_or(Value::Null);
        paginate::envelope(spec, route, &schema, seed)
    });
    // A listing with `where` keeps only the items holding its values (the caller's own).
    let own = ext.get("where").is_some();
    if query.is_identity() && !own {
        let total = match owner_passes {
            true => provider.count(&mut guard, collection, &scope),
            false => 0,
        };
        let fetch = move |start: u64, end: u64| {
            let items = provider.window(&mut guard, collection, &scope, start, end);
            drop(guard);
            items
        };
        return paginate::page(route, envelope, total, fetch, request);
    }
    let mut items = match owner_passes {
        true => provider.items(&mut guard, collection, &scope),
        false => Vec::new(),
    };
    drop(guard);
    items.retain(|item| query.matches(item) && effects::holds_where(provider, ext, item));
    if query.sorts() {
        items.sort_by(|a, b| query.compare(a, b));
    }
    let total = items.len() as u64;
    let fetch = |start: u64, end: u64| {
        let (start, end) = (start.min(total) as usize, end.min(total) as usize);
        items[start..end]
            .iter()
            .map(|item| Arc::from(item.to_string()))
            .collect()
    };
    paginate::page(route, envelope, total, fetch, request)
}

fn login(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    seed: u64,
) -> Reply {
    if request.text("email").as_deref() != Some(DEMO.email)
        || request.text("password").as_deref() != Some(DEMO.password)
    {
        return failure(
            &provider.spec,
            Failure::Unauthorized,
            "wrong email or password",
        );
    }
    data.logins += 1;
    let mut rng = Rng::new(seed)
        .derive("login")
        .derive(&data.logins.to_string());
    let cookie = format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64());
    let session = Session {
        csrf: (rng.next_u64() % 9_000_000_000_000_000_000 + 1_000_000_000_000_000_000).to_string(),
        token: format!("tok{:016x}", rng.next_u64()),
    };
    let (status, schema) = success(route);
    let mut body = Generator::new(&provider.spec.doc).object(
        &schema.unwrap_or(Value::Null),
        &mut rng,
        &Map::new(),
    );
    let csrf_source = provider
        .spec
        .doc
        .get("x-groupkit-auth")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find_map(|s| s.get("csrf_source").and_then(Value::as_str))
        .unwrap_or("/csrf_token")
        .to_owned();
    // The user object holding the csrf token is the one who logged in: the caller (the root's
    // `me`), the same record `getuser` reads, with their email.
    let user = csrf_source
        .rsplit_once('/')
        .map_or("", |(parent, _)| parent)
        .to_owned();
    let me = effects::me_item(provider, data);
    if let (Some(me), Some(Value::Object(slot))) = (me, body.pointer_mut(&user)) {
        for (field, value) in me.as_object().into_iter().flatten() {
            if slot.contains_key(field) {
                slot.insert(field.clone(), value.clone());
            }
        }
    }
    if let Some(slot) = body.pointer_mut(&csrf_source) {
        *slot = Value::String(session.csrf.clone());
    }
    if let Some(email) = body.pointer_mut(&format!("{user}/email")) {
        *email = Value::String(DEMO.email.to_owned());
    }
    // The Basic token comes only when asked for (a generated one would not authenticate).
    if request.text("token").as_deref() == Some("true") {
        body["token"] = Value::String(session.token.clone());
    } else if let Some(fields) = body.as_object_mut() {
        fields.remove("token");
    }
    data.sessions.insert(cookie.clone(), session);
    Reply::json(status, &body).with_header(
        "set-cookie",
        format!("{SESSION_COOKIE}={cookie}; Path=/; HttpOnly"),
    )
}

fn cookie(request: &Incoming) -> Option<String> {
    let header = request.headers.get("cookie")?.to_str().ok()?;
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The first 2xx response: its status and JSON schema (none for an empty or binary body).
fn success(route: &Route) -> (u16, Option<Value>) {
    let responses = route.op.get("responses").and_then(Value::as_object);
    for (status, response) in responses.into_iter().flatten() {
        if let Some(code) = status
            .parse::<u16>()
            .ok()
            .filter(|s| (200..300).contains(s))
        {
            return (
                code,
                response
                    .pointer("/content/application~1json/schema")
                    .cloned(),
            );
        }
    }
    (200, None)
}

/// The success response built around `item`: the item itself when the schemas agree, else a
/// value of the response schema that takes the item's fields where it has them.
fn respond_with(provider: &Provider, route: &Route, item: &Value, seed: u64) -> Reply {
    let (status, schema) = success(route);
    let Some(schema) = schema else {
        return if status == 204 {
            Reply::empty(204)
        } else {
            example(provider, route, seed)
        };
    };
    let mut rng = Rng::new(seed).derive(route.name());
    Reply::json(status, &shaped(provider, &schema, item, &mut rng))
}

/// A value of `schema` that takes `item`'s fields where the schema has them.
fn shaped(provider: &Provider, schema: &Value, item: &Value, rng: &mut Rng) -> Value {
    let (props, _) = properties(&provider.spec, schema);
    let overrides: Map<String, Value> = item
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| props.contains_key(*k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Generator::new(&provider.spec.doc).object(schema, rng, &overrides)
}

/// The operation's documented success example, or a value generated from its schema; a binary
/// response is a small zip holding one mbox file.
pub fn example(provider: &Provider, route: &Route, seed: u64) -> Reply {
    let responses = route.op.get("responses").and_then(Value::as_object);
    for (status, response) in responses.into_iter().flatten() {
        let Some(code) = status
            .parse::<u16>()
            .ok()
            .filter(|s| (200..300).contains(s))
        else {
            continue;
        };
        let response = provider.spec.deref(response);
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            return Reply::empty(code);
        };
        if let Some(json) = content.get("application/json") {
            let documented = json
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|examples| examples.values().next())
                .map(|e| provider.spec.deref(e))
                .and_then(|e| e.get("value"))
                .cloned();
            let value = documented.unwrap_or_else(|| {
                let schema = json.get("schema").cloned().unwrap_or(Value::Null);
                Generator::new(&provider.spec.doc).value(
                    &schema,
                    &mut Rng::new(seed).derive(route.name()),
                    None,
                )
            });
            return Reply::json(code, &value);
        }
        if let Some((media, _)) = content.iter().next() {
            return Reply {
                status: code,
                headers: vec![("content-type".into(), media.clone())],
                body: Bytes::from(zip::single_file("archive.mbox", &mbox(route.name()))),
            };
        }
    }
    Reply::empty(200)
}

fn mbox(label: &str) -> Vec<u8> {
    format!("From sandbox@example.com Thu Jan  1 00:00:00 2024\nFrom: sandbox@example.com\nSubject: {label}\n\nHello from the groupkit sandbox.\n").into_bytes()
}
