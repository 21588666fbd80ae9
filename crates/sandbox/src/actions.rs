//! What an operation does: the action its `x-groupkit-sandbox` names, or its documented example.

use std::borrow::Cow;

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::auth::{DEMO, SESSION_COOKIE, Session};
use crate::data::Generator;
use crate::filter::Query;
use crate::paginate;
use crate::reply::{Failure, Reply, failure};
use crate::request::Incoming;
use crate::rng::Rng;
use crate::spec::{Route, properties};
use crate::state::{Data, Provider, same_id};
use crate::zip;

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
    let Ok(mut data) = provider.data.lock() else {
        return failure(
            &provider.spec,
            Failure::ServerError,
            "the sandbox's state is poisoned",
        );
    };
    let data = &mut *data;
    match say("action").as_str() {
        "list" => list(provider, data, route, request, &collection, &ext, seed),
        "get" => match item_position(provider, data, request, &collection, &say("id")) {
            Some(index) => {
                let item = provider.collection(data, &collection).items[index]
                    .value
                    .clone();
                respond_with(provider, route, &item, seed)
            }
            None => not_found(provider, &collection),
        },
        "create" => {
            let mut fields = request.fields();
            if let Some(parent) = ext.get("parent") {
                let param = parent.get("param").and_then(Value::as_str).unwrap_or("");
                let field = parent.get("field").and_then(Value::as_str).unwrap_or(param);
                if let Some(value) = request.values(param).into_iter().next() {
                    fields.insert(field.to_owned(), value);
                }
            }
            let item = provider.new_item(data, &collection, &fields);
            respond_with(provider, route, &item, seed)
        }
        "update" => match item_position(provider, data, request, &collection, &say("id")) {
            Some(index) => {
                let item = provider.update_item(data, &collection, index, &request.fields());
                respond_with(provider, route, &item, seed)
            }
            None => not_found(provider, &collection),
        },
        "delete" => match item_position(provider, data, request, &collection, &say("id")) {
            Some(index) => {
                let item = provider.delete_item(data, &collection, index);
                respond_with(provider, route, &item, seed)
            }
            None => not_found(provider, &collection),
        },
        "move" => match item_position(provider, data, request, &collection, &say("id")) {
            Some(index) => {
                let moved = provider.delete_item(data, &collection, index);
                let fields = moved.as_object().cloned().unwrap_or_default();
                let item = provider.new_item(data, &say("to"), &fields);
                respond_with(provider, route, &item, seed)
            }
            None => not_found(provider, &collection),
        },
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
        _ => example(provider, route, seed),
    }
}

fn not_found(provider: &Provider, collection: &str) -> Reply {
    failure(
        &provider.spec,
        Failure::NotFound,
        &format!("no such item in {collection}"),
    )
}

fn item_position(
    provider: &Provider,
    data: &mut Data,
    request: &Incoming,
    collection: &str,
    id: &str,
) -> Option<usize> {
    let id = request.text(id)?;
    provider.find(data, collection, &id)
}

fn list(
    provider: &Provider,
    data: &mut Data,
    route: &Route,
    request: &Incoming,
    collection: &str,
    ext: &Value,
    seed: u64,
) -> Reply {
    let parent = ext.get("parent").map(|p| {
        let param = p
            .get("param")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let field = p
            .get("field")
            .and_then(Value::as_str)
            .unwrap_or(&param)
            .to_owned();
        (request.text(&param), field)
    });
    // Borrowed where the item is shown as stored: a page clones only its own items.
    let items: Vec<Cow<'_, Value>> = provider
        .collection(data, collection)
        .items
        .iter()
        .filter_map(|item| match &parent {
            // Seeded items belong to every parent (shown under the one asked for); created
            // items only to their own.
            Some((Some(wanted), field)) => {
                if item.seeded {
                    let mut value = item.value.clone();
                    if value.get(field.as_str()).is_some() {
                        value[field.as_str()] = retype(&value[field.as_str()], wanted);
                    }
                    Some(Cow::Owned(value))
                } else {
                    item.value
                        .get(field.as_str())
                        .filter(|v| same_id(v, wanted))
                        .map(|_| Cow::Borrowed(&item.value))
                }
            }
            _ => Some(Cow::Borrowed(&item.value)),
        })
        .collect();
    let query = match Query::parse(&provider.spec, route, request) {
        Ok(query) => query,
        Err(message) => return failure(&provider.spec, Failure::Invalid, &message),
    };
    let mut items = items;
    if !query.is_identity() {
        items.retain(|item| query.matches(item));
        if query.sorts() {
            items.sort_by(|a, b| query.compare(a, b));
        }
    }
    let schema = success(route).1.unwrap_or(Value::Null);
    paginate::page(&provider.spec, route, &schema, &items, request, seed)
}

/// The parent id as the request gave it, in the JSON type the item had.
fn retype(old: &Value, wanted: &str) -> Value {
    match old {
        Value::Number(_) => wanted
            .parse::<i64>()
            .map_or_else(|_| Value::String(wanted.to_owned()), Value::from),
        _ => Value::String(wanted.to_owned()),
    }
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
    if let Some(slot) = body.pointer_mut(&csrf_source) {
        *slot = Value::String(session.csrf.clone());
    }
    // The user object holding the csrf token is the one who logged in: give it their email.
    let user = csrf_source
        .rsplit_once('/')
        .map_or("", |(parent, _)| parent);
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
    let (props, _) = properties(&provider.spec, &schema);
    let overrides: Map<String, Value> = item
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| props.contains_key(*k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut rng = Rng::new(seed).derive(route.name());
    Reply::json(
        status,
        &Generator::new(&provider.spec.doc).object(&schema, &mut rng, &overrides),
    )
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
