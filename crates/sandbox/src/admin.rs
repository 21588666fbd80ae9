//! The admin API under `/__sandbox/` (a prefix no provider uses): an HTML index, each
//! provider's OpenAPI document, reset, the faults in force and the request journal. Every
//! answer but the index is JSON; a wrong path is a 404, a wrong method a 405 (with `Allow`), a
//! bad body a 400, each `{"error": "..."}` saying what is wrong.

mod index;
mod items;

use std::sync::Arc;

use bytes::Bytes;
use serde_json::{Value, json};

use crate::faults::Faults;
use crate::reply::Reply;
use crate::shared::{Shared, World};

/// Where the admin API lives.
pub const PREFIX: &str = "/__sandbox";

/// What a 404 lists.
const ENDPOINTS: &str = "GET /__sandbox/, GET /__sandbox/openapi/{provider}, \
    POST /__sandbox/reset, GET|PUT /__sandbox/faults, GET|DELETE /__sandbox/requests, \
    GET|POST /__sandbox/webhooks, DELETE /__sandbox/webhooks/{id}, \
    POST /__sandbox/collections/{provider}/{collection}, \
    PATCH /__sandbox/collections/{provider}/{collection}/{id}";

/// Whether `path` is the admin API's.
pub fn serves(path: &str) -> bool {
    path.strip_prefix(PREFIX)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// One admin endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Endpoint<'a> {
    Index,
    OpenApi(&'a str),
    Reset,
    Faults,
    Requests,
    Webhooks,
    Webhook(&'a str),
    Collection(&'a str, &'a str),
    Item(&'a str, &'a str, &'a str),
}

impl<'a> Endpoint<'a> {
    /// The endpoint at `path` (under [`PREFIX`], a trailing slash optional).
    fn at(path: &'a str) -> Option<Endpoint<'a>> {
        let rest = path.strip_prefix(PREFIX)?.trim_matches('/');
        let segments: Vec<&str> = rest.split('/').collect();
        Some(match segments.as_slice() {
            [""] => Endpoint::Index,
            ["openapi", provider] => Endpoint::OpenApi(provider),
            ["reset"] => Endpoint::Reset,
            ["faults"] => Endpoint::Faults,
            ["requests"] => Endpoint::Requests,
            ["webhooks"] => Endpoint::Webhooks,
            ["webhooks", id] => Endpoint::Webhook(id),
            ["collections", provider, collection] => Endpoint::Collection(provider, collection),
            ["collections", provider, collection, id] => Endpoint::Item(provider, collection, id),
            _ => return None,
        })
    }

    /// The methods it answers.
    fn methods(self) -> &'static [&'static str] {
        match self {
            Endpoint::Index | Endpoint::OpenApi(_) => &["GET"],
            Endpoint::Reset => &["POST"],
            Endpoint::Faults => &["GET", "PUT"],
            Endpoint::Requests => &["GET", "DELETE"],
            Endpoint::Webhooks => &["GET", "POST"],
            Endpoint::Webhook(_) => &["DELETE"],
            Endpoint::Collection(..) => &["POST"],
            Endpoint::Item(..) => &["PATCH"],
        }
    }
}

/// Answers an admin request; `body` is `None` when it could not be read or was too large.
pub async fn answer(
    shared: &Arc<Shared>,
    parts: &http::request::Parts,
    body: Option<Bytes>,
) -> Reply {
    let path = parts.uri.path();
    let Some(endpoint) = Endpoint::at(path) else {
        return error(
            404,
            &format!("no admin endpoint {path}: there are {ENDPOINTS}"),
        );
    };
    let method = parts.method.as_str();
    if !endpoint.methods().contains(&method) {
        let allowed = endpoint.methods().join(", ");
        return error(405, &format!("{path} answers {allowed}, not {method}"))
            .with_header("allow", allowed);
    }
    let Some(body) = body else {
        return error(
            400,
            "the body could not be read (admin bodies are at most 64 KiB)",
        );
    };
    let origin = origin(shared, parts);
    match (endpoint, method) {
        (Endpoint::Index, _) => Reply {
            status: 200,
            headers: vec![("content-type".into(), "text/html; charset=utf-8".into())],
            body: Bytes::from(index::page(&shared.world(), &origin)),
        },
        (Endpoint::OpenApi(provider), _) => match openapi(&shared.world(), provider, &origin) {
            Some(doc) => Reply::json(200, &doc),
            None => error(
                404,
                &format!(
                    "no provider `{provider}`: the sandbox serves {}",
                    crate::PROVIDERS.join(", ")
                ),
            ),
        },
        (Endpoint::Reset, _) => match reset_seed(&body) {
            // Rebuilding copies every spec (a blocking moment): off the connections' threads.
            Ok(seed) => {
                let shared = shared.clone();
                match tokio::task::spawn_blocking(move || shared.reset(seed)).await {
                    Ok(seed) => Reply::json(200, &json!({ "seed": seed })),
                    Err(_) => error(500, "the reset did not finish"),
                }
            }
            Err(message) => error(400, &message),
        },
        (Endpoint::Faults, "PUT") => {
            match json_body(&body).and_then(|value| Faults::from_json(&value)) {
                Ok(faults) => {
                    let answer = faults.to_json();
                    shared.set_faults(faults);
                    Reply::json(200, &answer)
                }
                Err(message) => error(400, &message),
            }
        }
        (Endpoint::Faults, _) => Reply::json(200, &shared.faults().to_json()),
        (Endpoint::Requests, "DELETE") => {
            let cleared = shared.journal.entries().len();
            shared.journal.clear();
            Reply::json(200, &json!({ "cleared": cleared }))
        }
        (Endpoint::Requests, _) => {
            let entries: Vec<Value> = shared
                .journal
                .entries()
                .iter()
                .map(|e| e.to_json())
                .collect();
            Reply::json(200, &Value::Array(entries))
        }
        (Endpoint::Webhooks, "POST") => json_body(&body)
            .and_then(|value| items::register(shared, &value))
            .unwrap_or_else(|message| error(400, &message)),
        (Endpoint::Webhooks, _) => {
            let targets: Vec<Value> = shared
                .webhooks
                .targets()
                .iter()
                .map(|t| t.to_json())
                .collect();
            Reply::json(200, &Value::Array(targets))
        }
        (Endpoint::Webhook(id), _) => match shared.webhooks.unregister(id) {
            true => Reply::empty(204),
            false => error(404, &format!("no webhook target `{id}`")),
        },
        (Endpoint::Collection(provider, collection), _) => {
            items::change(shared, provider, collection, None, &body)
        }
        (Endpoint::Item(provider, collection, id), _) => {
            items::change(shared, provider, collection, Some(id), &body)
        }
    }
}

/// Provider `name`'s OpenAPI document, its `servers` replaced by this sandbox's base URL for it
/// (under `origin`), so that an OpenAPI tool loading it calls the sandbox.
pub fn openapi(world: &World, name: &str, origin: &str) -> Option<Value> {
    let provider = world.provider(name)?;
    let mut doc = provider.spec.doc.clone();
    doc["servers"] = json!([{
        "url": world.base_url(origin, name),
        "description": "groupkit sandbox",
    }]);
    Some(doc)
}

/// `http://` and the authority the client used (so links work through a port forward or on
/// `0.0.0.0`), or the address listened on when the `Host` header is missing or not a plain
/// `host[:port]`.
fn origin(shared: &Shared, parts: &http::request::Parts) -> String {
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.parse::<http::uri::Authority>().ok())
        .filter(|a| !a.as_str().contains('@'));
    match host {
        Some(host) => format!("http://{host}"),
        None => format!("http://{}", shared.addr),
    }
}

/// The seed a reset body asks for: none for an empty body or `{}`, else `{"seed": N}`.
fn reset_seed(body: &[u8]) -> Result<Option<u64>, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let value = json_body(body)?;
    let Value::Object(fields) = &value else {
        return Err("the reset body must be a JSON object, like {\"seed\": 42}".to_owned());
    };
    if let Some(unknown) = fields.keys().find(|k| *k != "seed") {
        return Err(format!(
            "unknown field `{unknown}`: a reset takes only `seed`"
        ));
    }
    match fields.get("seed") {
        None => Ok(None),
        Some(seed) => seed
            .as_u64()
            .map(Some)
            .ok_or_else(|| format!("`seed` must be a whole number from 0 up, not {seed}")),
    }
}

/// The body as JSON, or why it is not.
fn json_body(body: &[u8]) -> Result<Value, String> {
    serde_json::from_slice(body).map_err(|e| format!("the body is not JSON: {e}"))
}

/// A JSON error.
fn error(status: u16, message: &str) -> Reply {
    Reply::json(status, &json!({ "error": message }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_endpoint() {
        assert!(serves("/__sandbox") && serves("/__sandbox/x"));
        assert!(!serves("/__sandboxes") && !serves("/groupsio/__sandbox"));
        assert_eq!(Endpoint::at("/__sandbox"), Some(Endpoint::Index));
        assert_eq!(Endpoint::at("/__sandbox/"), Some(Endpoint::Index));
        assert_eq!(
            Endpoint::at("/__sandbox/openapi/sendhub"),
            Some(Endpoint::OpenApi("sendhub"))
        );
        assert_eq!(Endpoint::at("/__sandbox/faults/"), Some(Endpoint::Faults));
        assert_eq!(Endpoint::at("/__sandbox/openapi"), None);
        assert_eq!(Endpoint::at("/__sandbox/requests/7"), None);
    }

    #[test]
    fn reset_bodies_give_a_seed_or_say_what_is_wrong() {
        assert_eq!(reset_seed(b""), Ok(None));
        assert_eq!(reset_seed(b" {} "), Ok(None));
        assert_eq!(reset_seed(br#"{"seed": 42}"#), Ok(Some(42)));
        let refused = |body: &[u8]| reset_seed(body).err().unwrap_or_default();
        assert!(refused(br#"{"seed": -1}"#).contains("`seed` must be a whole number"));
        assert!(refused(br#"{"seed": "7"}"#).contains("whole number"));
        assert!(refused(br#"{"sead": 7}"#).contains("unknown field `sead`"));
        assert!(refused(b"[7]").contains("JSON object"));
        assert!(refused(b"seed=7").contains("not JSON"));
    }
}
