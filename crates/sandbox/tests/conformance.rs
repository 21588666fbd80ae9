//! The sandbox against the specs, over plain HTTP (no provider crate): every operation of every
//! spec answers a valid request, authenticated in the provider's own form, with a 2xx whose body
//! validates against the operation's success schema; wrong credentials, missing parameters and
//! unknown enum values are rejected in the provider's own error format and status; and each
//! pagination style's envelope is the provider's.
//!
//! Requests are built from the specs alone: required parameters and body fields (and the first
//! name of each `x-groupkit-one-of` group) take the spec's example or a generated value, and an
//! operation that names an item (`x-groupkit-sandbox.id`) gets a real id, read from the
//! collection's listing or from a new item.

use std::collections::BTreeSet;
use std::pin::Pin;

use base64::Engine as _;
use groupkit_sandbox::data::Generator;
use groupkit_sandbox::rng::Rng;
use groupkit_sandbox::{DEMO, SESSION_COOKIE, Sandbox};
use groupkit_spec::escape_token;
use jsonschema::{Registry, Validator};
use serde_json::{Map, Value, json};
use support::{Spec, specs};

mod support;

/// Operations per provider: every one must answer.
const OPERATIONS: [(&str, usize); 4] = [
    ("groupboss", 11),
    ("groupsio", 88),
    ("sendhub", 28),
    ("habitate", 28),
];

/// A value no enum of the specs holds.
const UNKNOWN: &str = "not-a-documented-value";

// ---------------------------------------------------------------------------------------------
// The specs.

/// One operation of a spec.
struct Operation<'a> {
    method: &'static str,
    path: String,
    /// JSON Pointer to the Operation Object.
    pointer: String,
    op: &'a Value,
    /// Path-level and operation-level parameters, `$ref`s resolved.
    params: Vec<&'a Value>,
}

impl Spec {
    fn sandbox(&self, key: &str) -> &Value {
        self.doc
            .pointer(&format!("/x-groupkit-sandbox/{key}"))
            .unwrap_or(&Value::Null)
    }

    fn operations(&self) -> Vec<Operation<'_>> {
        let listed = |at: &str| self.doc.pointer(at).map(|v| self.resolve(v));
        groupkit_spec::operations(&self.doc)
            .into_iter()
            .filter_map(|op| {
                Some(Operation {
                    method: op.method,
                    path: op.path.to_owned(),
                    op: listed(&op.pointer)?,
                    params: op
                        .parameters(&self.doc)
                        .iter()
                        .filter_map(|param| listed(&param.pointer))
                        .collect(),
                    pointer: op.pointer,
                })
            })
            .collect()
    }

    /// The error body schema (`x-groupkit-error.schema`).
    fn error_validator(&self, registry: &Registry<'_>) -> Validator {
        self.validator(registry, "/x-groupkit-error/schema")
    }

    /// The status of a failure kind (`x-groupkit-sandbox.errors.<kind>.status`).
    fn error_status(&self, kind: &str) -> u16 {
        self.sandbox(&format!("errors/{kind}/status"))
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or_else(|| panic!("{}: no status for {kind}", self.name))
    }

    /// The collection whose ids the items of `collection` hold in `field` (the direct owner
    /// without a field), following `owner.inherit` up.
    fn ancestor(&self, collection: &str, field: Option<&str>) -> Option<String> {
        let owner = self.sandbox(&format!("collections/{collection}/owner"));
        let up = owner.get("collection")?.as_str()?;
        match field {
            None => Some(up.to_owned()),
            Some(field) if owner.get("field").and_then(Value::as_str) == Some(field) => {
                Some(up.to_owned())
            }
            Some(field) => {
                let from = owner.get("inherit")?.get(field)?.as_str()?;
                self.ancestor(up, Some(from))
            }
        }
    }

    fn id_field(&self, collection: &str) -> String {
        self.sandbox(&format!("collections/{collection}/id_field"))
            .as_str()
            .unwrap_or("id")
            .to_owned()
    }
}

impl Operation<'_> {
    fn name(&self) -> &str {
        self.op
            .get("x-groupkit-name")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    fn sandbox(&self, key: &str) -> Option<&str> {
        self.op
            .pointer(&format!("/x-groupkit-sandbox/{key}"))
            .and_then(Value::as_str)
    }

    fn pagination(&self, key: &str) -> Option<&str> {
        self.op
            .pointer(&format!("/x-groupkit-pagination/{key}"))
            .and_then(Value::as_str)
    }

    /// The parameters of each `x-groupkit-one-of` choice (`{name, params}`).
    fn one_of_groups(&self) -> Vec<Vec<String>> {
        self.op
            .get("x-groupkit-one-of")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|group| {
                group
                    .get("params")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .collect()
    }

    /// The first parameter of each `x-groupkit-one-of` choice.
    fn one_of_firsts(&self) -> Vec<String> {
        self.one_of_groups()
            .into_iter()
            .filter_map(|group| group.into_iter().next())
            .collect()
    }

    /// The request body: its media type, and its schema's properties and required names.
    fn body(&self, spec: &Spec) -> Option<(String, Map<String, Value>, Vec<String>)> {
        let body = spec.resolve(self.op.get("requestBody")?);
        let (media, content) = body.get("content")?.as_object()?.iter().next()?;
        let schema = content.get("schema").cloned().unwrap_or(Value::Null);
        let (props, required) = groupkit_spec::properties(&spec.doc, &schema);
        Some((media.clone(), props, required))
    }

    /// The first 2xx response: its status, and the pointer to its schema and its media type
    /// (none for an empty body).
    fn success(&self, spec: &Spec) -> (u16, Option<(String, String)>) {
        for (status, response) in self
            .op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let Some(code) = status
                .parse::<u16>()
                .ok()
                .filter(|s| (200..300).contains(s))
            else {
                continue;
            };
            let at = format!("{}/responses/{status}", self.pointer);
            let (response, at) = spec.deref(response, at);
            let media = response
                .get("content")
                .and_then(Value::as_object)
                .and_then(|c| c.iter().next())
                .map(|(media, _)| {
                    (
                        media.clone(),
                        format!("{at}/content/{}/schema", escape_token(media)),
                    )
                });
            return (code, media);
        }
        panic!("{}: no success response", self.name());
    }
}

// ---------------------------------------------------------------------------------------------
// Requests.

/// A request, before it is sent.
#[derive(Clone, Debug, Default)]
struct Call {
    method: String,
    /// The path, relative to the provider's base URL, parameters filled in.
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Body,
}

#[derive(Clone, Debug, Default)]
enum Body {
    #[default]
    None,
    Json(Map<String, Value>),
    Form(Vec<(String, String)>),
    /// Name, value, and whether the part is a file.
    Multipart(Vec<(String, String, bool)>),
}

impl Call {
    /// Removes a parameter or body field wherever it is.
    fn remove(&mut self, name: &str) {
        self.query.retain(|(k, _)| k != name);
        match &mut self.body {
            Body::Json(map) => {
                map.remove(name);
            }
            Body::Form(fields) => fields.retain(|(k, _)| k != name),
            Body::Multipart(parts) => parts.retain(|(k, _, _)| k != name),
            Body::None => {}
        }
    }

    /// Sets a query parameter or body field (wherever it already is), as text.
    fn set(&mut self, name: &str, value: &Value) {
        let text = text(value);
        if let Some(slot) = self.query.iter_mut().find(|(k, _)| k == name) {
            slot.1 = text;
            return;
        }
        match &mut self.body {
            Body::Json(map) => {
                map.insert(name.to_owned(), value.clone());
            }
            Body::Form(fields) => fields.push((name.to_owned(), text)),
            Body::Multipart(parts) => parts.push((name.to_owned(), text, false)),
            Body::None => self.query.push((name.to_owned(), text)),
        }
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value as the texts a query or form carries (arrays: one per item, or comma-joined).
fn texts(value: &Value, explode: bool) -> Vec<String> {
    match value {
        Value::Array(items) if explode => items.iter().map(text).collect(),
        Value::Array(items) => vec![items.iter().map(text).collect::<Vec<_>>().join(",")],
        other => vec![text(other)],
    }
}

/// An answer.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// How a provider's requests are authenticated.
#[derive(Clone, Debug)]
enum Auth {
    Header(String, String),
    Query(Vec<(String, String)>),
    /// A login session: the cookie, the csrf token and the field writes carry it in.
    Session {
        cookie: String,
        csrf: String,
        field: String,
    },
}

/// Sends requests to one provider of a sandbox.
struct Client<'s> {
    http: reqwest::Client,
    base: String,
    origin: String,
    spec: &'s Spec,
    rng: Rng,
    /// The collections [`Client::real_id`] is finding an item of, outermost first: a way to an
    /// item that needs an item of the same collection (a subgroup's listing needs a group)
    /// ends only if another way finds one first.
    resolving: Vec<String>,
}

impl<'s> Client<'s> {
    fn new(sandbox: &Sandbox, spec: &'s Spec) -> Client<'s> {
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        Client {
            http: reqwest::Client::builder().build().expect("an HTTP client"),
            base: sandbox.base_url(spec.name),
            origin: format!("http://{}", sandbox.addr()),
            spec,
            rng: Rng::new(11).derive(spec.name),
            resolving: Vec::new(),
        }
    }

    async fn send(&self, call: &Call) -> Answer {
        let mut url = url::Url::parse(&format!("{}{}", self.base, call.path)).expect("a URL");
        if !call.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&call.query);
        }
        self.send_url(call, url.as_str()).await
    }

    /// Sends `call`'s method, headers and body to `url` (its path and query are ignored).
    async fn send_url(&self, call: &Call, url: &str) -> Answer {
        let method = reqwest::Method::from_bytes(call.method.as_bytes()).expect("a method");
        let mut request = self.http.request(method, url);
        for (name, value) in &call.headers {
            request = request.header(name, value);
        }
        request = match &call.body {
            Body::None => request,
            Body::Json(map) => request
                .header("content-type", "application/json")
                .body(Value::Object(map.clone()).to_string()),
            Body::Form(fields) => request
                .header("content-type", "application/x-www-form-urlencoded")
                .body(
                    url::form_urlencoded::Serializer::new(String::new())
                        .extend_pairs(fields)
                        .finish(),
                ),
            Body::Multipart(parts) => {
                let mut body = String::new();
                for (name, value, file) in parts {
                    body.push_str("--sandboxboundary\r\n");
                    if *file {
                        body.push_str(&format!(
                            "Content-Disposition: form-data; name=\"{name}\"; filename=\"{value}\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
                        ));
                    } else {
                        body.push_str(&format!(
                            "Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                        ));
                    }
                }
                body.push_str("--sandboxboundary--\r\n");
                request
                    .header(
                        "content-type",
                        "multipart/form-data; boundary=sandboxboundary",
                    )
                    .body(body)
            }
        };
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.expect("a body").to_vec();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// A value for a parameter or field: its example, else a generated one.
    fn value(&mut self, name: &str, holder: &Value, schema: &Value) -> Value {
        let example = holder
            .get("example")
            .or_else(|| {
                holder
                    .get("examples")
                    .and_then(Value::as_object)
                    .and_then(|e| e.values().next()?.get("value"))
            })
            .or_else(|| schema.get("example"))
            .or_else(|| schema.get("default"));
        match example {
            Some(example) => example.clone(),
            None => Generator::new(&self.spec.doc).value(schema, &mut self.rng, Some(name)),
        }
    }

    /// A valid request for `op`, unauthenticated: every path parameter, the required query
    /// parameters and body fields and the first of each one-of group, `given` over the rest.
    fn call(&mut self, op: &Operation<'_>, given: &Map<String, Value>) -> Call {
        let wanted = op.one_of_firsts();
        let mut call = Call {
            method: op.method.to_uppercase(),
            path: op.path.clone(),
            ..Call::default()
        };
        for param in &op.params {
            let name = param.get("name").and_then(Value::as_str).unwrap_or("");
            let location = param.get("in").and_then(Value::as_str).unwrap_or("");
            let required = param.get("required").and_then(Value::as_bool) == Some(true);
            let schema = param.get("schema").cloned().unwrap_or(Value::Null);
            let value = match given.get(name) {
                Some(value) => value.clone(),
                None if location == "path" || required || wanted.iter().any(|w| w == name) => {
                    self.value(name, param, &schema)
                }
                None => continue,
            };
            match location {
                "path" => {
                    let encoded: String =
                        url::form_urlencoded::byte_serialize(text(&value).as_bytes()).collect();
                    call.path = call
                        .path
                        .replace(&format!("{{{name}}}"), &encoded.replace('+', "%20"));
                }
                "query" => {
                    let explode = param
                        .get("explode")
                        .and_then(Value::as_bool)
                        .unwrap_or(true);
                    call.query.extend(
                        texts(&value, explode)
                            .into_iter()
                            .map(|t| (name.to_owned(), t)),
                    );
                }
                _ => {}
            }
        }
        if let Some((media, props, required)) = op.body(self.spec) {
            let mut fields = Map::new();
            for (name, schema) in &props {
                let value = match given.get(name) {
                    Some(value) => value.clone(),
                    None if required.contains(name) || wanted.contains(name) => {
                        self.value(name, schema, schema)
                    }
                    None => continue,
                };
                fields.insert(name.clone(), value);
            }
            // Bodies without required fields (SendHub's add/remove needs one of two lists).
            if fields.is_empty()
                && let Some(example) = self.body_example(op)
            {
                fields = example;
            }
            call.body = match media.as_str() {
                "application/json" => Body::Json(fields),
                "multipart/form-data" => Body::Multipart(
                    fields
                        .iter()
                        .flat_map(|(name, value)| {
                            let file = props
                                .get(name)
                                .map(|s| self.spec.resolve(s))
                                .is_some_and(|s| s.to_string().contains("binary"));
                            texts(value, true)
                                .into_iter()
                                .map(move |t| (name.clone(), t, file))
                        })
                        .collect(),
                ),
                _ => Body::Form(
                    fields
                        .iter()
                        .flat_map(|(name, value)| {
                            texts(value, true)
                                .into_iter()
                                .map(move |t| (name.clone(), t))
                        })
                        .collect(),
                ),
            };
        }
        call
    }

    /// The first example of the operation's request body.
    fn body_example(&self, op: &Operation<'_>) -> Option<Map<String, Value>> {
        let body = self.spec.resolve(op.op.get("requestBody")?);
        let (_, content) = body.get("content")?.as_object()?.iter().next()?;
        let example = content.get("examples")?.as_object()?.values().next()?;
        self.spec
            .resolve(example)
            .get("value")?
            .as_object()
            .cloned()
    }

    /// Adds credentials, in the form `auth` says; a session write also carries its csrf.
    fn authenticate(&self, call: &mut Call, op: &Operation<'_>, auth: &Auth) {
        match auth {
            Auth::Header(name, value) => call.headers.push((name.clone(), value.clone())),
            Auth::Query(pairs) => call.query.extend(pairs.iter().cloned()),
            Auth::Session {
                cookie,
                csrf,
                field,
            } => {
                call.headers
                    .push(("cookie".into(), format!("{SESSION_COOKIE}={cookie}")));
                if op.op.get("x-groupkit-csrf").and_then(Value::as_bool) == Some(true) {
                    call.set(field, &Value::String(csrf.clone()));
                }
            }
        }
    }

    /// The provider's credentials: a session when it has one (logging in), else its default
    /// scheme. `key` is the API key to use (a wrong one gives wrong credentials).
    async fn auth(&mut self, key: &str) -> Auth {
        let schemes = self
            .spec
            .doc
            .get("x-groupkit-auth")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let session = schemes
            .iter()
            .find(|s| s.get("scheme").and_then(Value::as_str) == Some("session"));
        if let (Some(scheme), true) = (session, key == DEMO.api_key) {
            return self.login(scheme).await;
        }
        let scheme = schemes.first().expect("an auth scheme");
        match scheme.get("scheme").and_then(Value::as_str).unwrap_or("") {
            "raw_key" => {
                let header = scheme
                    .get("header")
                    .and_then(Value::as_str)
                    .unwrap_or("authorization");
                Auth::Header(header.to_owned(), key.to_owned())
            }
            "bearer" | "session" => Auth::Header("authorization".into(), format!("Bearer {key}")),
            "basic" => {
                let encoded =
                    base64::engine::general_purpose::STANDARD.encode(format!("system:{key}"));
                Auth::Header("authorization".into(), format!("Basic {encoded}"))
            }
            "query" => Auth::Query(
                scheme
                    .get("params")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(|name| {
                        let value = if name.contains("key") {
                            key
                        } else {
                            DEMO.username
                        };
                        (name.to_owned(), value.to_owned())
                    })
                    .collect(),
            ),
            other => panic!("{}: unknown auth scheme {other}", self.spec.name),
        }
    }

    /// Logs in with the login operation the session scheme names.
    async fn login(&mut self, scheme: &Value) -> Auth {
        let name = scheme
            .get("login_operation")
            .and_then(Value::as_str)
            .unwrap_or("login");
        let spec = self.spec;
        let ops = spec.operations();
        let op = ops
            .iter()
            .find(|o| o.name() == name)
            .expect("the login operation");
        let call = self.call(op, &demo_login());
        let answer = self.send(&call).await;
        assert_eq!(
            answer.status,
            200,
            "login: {}",
            String::from_utf8_lossy(&answer.body)
        );
        let cookie = answer
            .header("set-cookie")
            .and_then(|c| c.split(';').next())
            .and_then(|c| c.strip_prefix(&format!("{SESSION_COOKIE}=")))
            .expect("a session cookie")
            .to_owned();
        let source = scheme
            .get("csrf_source")
            .and_then(Value::as_str)
            .unwrap_or("/csrf_token");
        let csrf = answer
            .json()
            .pointer(source)
            .map(text)
            .expect("a csrf token");
        let field = scheme
            .get("csrf_field")
            .and_then(Value::as_str)
            .unwrap_or("csrf")
            .to_owned();
        Auth::Session {
            cookie,
            csrf,
            field,
        }
    }

    /// A real id of `collection`: the first of the spec's documented `names` that still
    /// exists, looked up by name; else its listing's first item (under a real owner), or a new
    /// item. A way that comes back to `collection` (a tree: listing or creating a subgroup
    /// needs a group) is a failure, not an endless recursion.
    fn real_id<'a>(
        &'a mut self,
        ops: &'a [Operation<'a>],
        collection: &'a str,
        auth: &'a Auth,
    ) -> Pin<Box<dyn Future<Output = Value> + 'a>> {
        Box::pin(async move {
            assert!(
                !self.resolving.iter().any(|c| c == collection),
                "{}: no way to an item of {collection}: each needs one already ({})",
                self.spec.name,
                self.resolving.join(" → ")
            );
            self.resolving.push(collection.to_owned());
            let id = self.find_id(ops, collection, auth).await;
            self.resolving.pop();
            id
        })
    }

    /// [`Client::real_id`]'s ways, in turn.
    async fn find_id(&mut self, ops: &[Operation<'_>], collection: &str, auth: &Auth) -> Value {
        {
            let id_field = self.spec.id_field(collection);
            let of = |action: &str| {
                ops.iter().find(|o| {
                    o.sandbox("collection") == Some(collection)
                        && o.sandbox("action") == Some(action)
                })
            };
            if let Some(id) = self.real_id_by_name(ops, collection, auth).await {
                return id;
            }
            if let Some(list) = of("list") {
                let mut call = self.valid_call(ops, list, auth).await;
                open_date_range(list, &mut call);
                let answer = self.send(&call).await;
                let body = answer.json();
                let items = body
                    .pointer(list.pagination("items").unwrap_or(""))
                    .and_then(Value::as_array);
                if let Some(id) = items
                    .and_then(|i| i.first())
                    .and_then(|item| item.get(&id_field))
                {
                    return id.clone();
                }
            }
            let create = of("create")
                .unwrap_or_else(|| panic!("{}: no way to an item of {collection}", self.spec.name));
            let call = self.valid_call(ops, create, auth).await;
            let answer = self.send(&call).await;
            answer.json().get(&id_field).cloned().unwrap_or_else(|| {
                panic!("{}: {} gives no {id_field}", self.spec.name, create.name())
            })
        }
    }

    /// The id of a new item of `collection`, made for a call that deletes one, so that the
    /// items other calls name stay (deleting a Groups.io group deletes its subgroups and
    /// members too); `None` when the API cannot create one.
    fn new_id<'a>(
        &'a mut self,
        ops: &'a [Operation<'a>],
        collection: &'a str,
        auth: &'a Auth,
    ) -> Pin<Box<dyn Future<Output = Option<Value>> + 'a>> {
        Box::pin(async move {
            let create = ops.iter().find(|o| {
                o.sandbox("collection") == Some(collection) && o.sandbox("action") == Some("create")
            })?;
            let call = self.valid_call(ops, create, auth).await;
            let answer = self.send(&call).await;
            let id = answer.json().get(self.spec.id_field(collection)).cloned();
            assert!(
                id.is_some(),
                "{}: {} gives no id: {}",
                self.spec.name,
                create.name(),
                String::from_utf8_lossy(&answer.body)
            );
            id
        })
    }

    /// The id of the first item the spec names (`names`) that still exists, through a `get`
    /// that takes a name in place of the id (the other parameter of the id's `x-groupkit-one-of` choice).
    async fn real_id_by_name(
        &mut self,
        ops: &[Operation<'_>],
        collection: &str,
        auth: &Auth,
    ) -> Option<Value> {
        let names = self
            .spec
            .sandbox(&format!("collections/{collection}/names"))
            .as_array()?
            .clone();
        let get = ops.iter().find(|o| {
            o.sandbox("collection") == Some(collection)
                && o.sandbox("action") == Some("get")
                && o.op.pointer("/x-groupkit-sandbox/parent").is_none()
        })?;
        let id = get.sandbox("id")?;
        let group = get
            .one_of_groups()
            .into_iter()
            .find(|g| g.iter().any(|p| p == id))?;
        let by_name = group.iter().find(|p| *p != id)?;
        for name in names {
            let mut given = Map::new();
            given.insert(by_name.clone(), name);
            let mut call = self.call(get, &given);
            call.remove(id);
            self.authenticate(&mut call, get, auth);
            let answer = self.send(&call).await;
            if let Some(id) = answer.json().get(self.spec.id_field(collection)) {
                return Some(id.clone());
            }
        }
        None
    }

    /// A valid, authenticated request for `op`, with a real id when it names an item, and a
    /// real owner when it names one (`x-groupkit-sandbox.parent`).
    async fn valid_call(&mut self, ops: &[Operation<'_>], op: &Operation<'_>, auth: &Auth) -> Call {
        let mut given = Map::new();
        if op.sandbox("action") == Some("login") {
            given = demo_login();
        }
        // The owner (and the owner's owner, `parent.parent`) the request names: real ones,
        // the first listed of each, so that each is under the next.
        let mut at = "parent".to_owned();
        let mut collection = op.sandbox("collection").map(str::to_owned);
        while let (Some(param), Some(of)) = (op.sandbox(&format!("{at}/param")), collection) {
            let field = op.sandbox(&format!("{at}/field"));
            collection = self.spec.ancestor(&of, field);
            if let Some(ancestor) = &collection {
                given.insert(param.to_owned(), self.real_id(ops, ancestor, auth).await);
            }
            at.push_str("/parent");
        }
        if let (Some(id), Some(collection)) = (op.sandbox("id"), op.sandbox("collection")) {
            let made = match op.sandbox("action") {
                Some("delete") => self.new_id(ops, collection, auth).await,
                _ => None,
            };
            let value = match made {
                Some(value) => value,
                None => self.real_id(ops, collection, auth).await,
            };
            given.insert(id.to_owned(), value);
        }
        let mut call = self.call(op, &given);
        // A bulk write's objects that name an item (`upsert`) name a real one.
        if let (Some(items), Some(collection), Body::Json(fields)) = (
            op.sandbox("items"),
            op.sandbox("collection"),
            &mut call.body,
        ) {
            let id_field = self.spec.id_field(collection);
            let list = fields.get_mut(items.trim_start_matches('/'));
            let named: Vec<&mut Map<String, Value>> = list
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
                .filter_map(Value::as_object_mut)
                .filter(|object| object.contains_key(&id_field))
                .collect();
            if !named.is_empty() {
                let id = self.real_id(ops, collection, auth).await;
                for object in named {
                    object.insert(id_field.clone(), id.clone());
                }
            }
        }
        self.authenticate(&mut call, op, auth);
        call
    }
}

/// Widens a required date range (Groups.io `getevents` needs `start`) to every date, so that
/// looking for a real item finds one whatever date was generated for the call.
fn open_date_range(op: &Operation<'_>, call: &mut Call) {
    for param in &op.params {
        let filter = param
            .pointer("/x-groupkit-sandbox/filter")
            .and_then(Value::as_str);
        let wide = match filter {
            Some("after") => "1900-01-01",
            Some("before") => "2999-12-31",
            _ => continue,
        };
        let name = param.get("name").and_then(Value::as_str).unwrap_or("");
        for (key, value) in &mut call.query {
            if key == name {
                *value = wide.to_owned();
            }
        }
    }
}

fn demo_login() -> Map<String, Value> {
    let mut given = Map::new();
    given.insert("email".into(), Value::String(DEMO.email.into()));
    given.insert("password".into(), Value::String(DEMO.password.into()));
    given
}

/// Whether `answer` is the provider's error for `kind`: its status, and a body that validates
/// against the provider's error schema (or no body, where the provider sends none).
fn assert_error(spec: &Spec, answer: &Answer, kind: &str, what: &str) {
    assert_eq!(
        answer.status,
        spec.error_status(kind),
        "{}: {what}: {}",
        spec.name,
        String::from_utf8_lossy(&answer.body)
    );
    if spec.sandbox(&format!("errors/{kind}/empty")).as_bool() == Some(true) {
        assert!(
            answer.body.is_empty(),
            "{}: {what}: the {kind} body is empty",
            spec.name
        );
        return;
    }
    let registry = spec.registry();
    let validator = spec.error_validator(&registry);
    let body = answer.json();
    let errors: Vec<String> = validator
        .iter_errors(&body)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{}: {what}: error body {body} is not the provider's: {errors:?}",
        spec.name
    );
}

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .seed(3)
        .start()
        .await
        .expect("the sandbox starts")
}

// ---------------------------------------------------------------------------------------------
// Every operation.

#[tokio::test]
async fn every_operation_answers_with_a_body_that_validates() {
    let sandbox = sandbox().await;
    let mut problems = Vec::new();
    let mut answered = Vec::new();
    for spec in specs() {
        let registry = spec.registry();
        let ops = spec.operations();
        let mut client = Client::new(&sandbox, &spec);
        let auth = client.auth(DEMO.api_key).await;
        // Logging out ends the session the other operations use: it goes last.
        let mut order: Vec<&Operation<'_>> = ops.iter().collect();
        order.sort_by_key(|o| o.sandbox("action") == Some("logout"));
        let mut count = 0;
        for op in order {
            // An operation that `requires` a state of its item gets it first, from the
            // operation whose `set` gives it (unban: ban).
            if let Some(prepare) = preparing(&ops, op) {
                let call = client.valid_call(&ops, prepare, &auth).await;
                client.send(&call).await;
            }
            let call = client.valid_call(&ops, op, &auth).await;
            let answer = client.send(&call).await;
            let what = format!(
                "{} {} ({} {})",
                spec.name,
                op.name(),
                call.method,
                call.path
            );
            let (status, schema) = op.success(&spec);
            if answer.status != status {
                problems.push(format!(
                    "{what}: {} instead of {status}: {}",
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                ));
                continue;
            }
            match schema {
                Some((media, pointer)) if media == "application/json" => {
                    let Ok(body) = serde_json::from_slice::<Value>(&answer.body) else {
                        problems.push(format!("{what}: the body is not JSON"));
                        continue;
                    };
                    let validator = spec.validator(&registry, &pointer);
                    let errors: Vec<String> = validator
                        .iter_errors(&body)
                        .take(5)
                        .map(|e| format!("at `{}`: {e}", e.instance_path()))
                        .collect();
                    if !errors.is_empty() {
                        problems.push(format!(
                            "{what}: the body does not validate: {}",
                            errors.join("; ")
                        ));
                        continue;
                    }
                }
                Some((media, _)) => {
                    if answer.header("content-type") != Some(media.as_str())
                        || answer.body.is_empty()
                    {
                        problems.push(format!("{what}: expected a {media} body"));
                        continue;
                    }
                }
                None => {
                    if !answer.body.is_empty() {
                        problems.push(format!("{what}: expected no body"));
                        continue;
                    }
                }
            }
            count += 1;
        }
        answered.push((spec.name, count));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(answered, OPERATIONS);
}

// ---------------------------------------------------------------------------------------------
// Rejections, in the provider's own format.

/// The operation of the same collection whose `set` meets what `op` `requires`.
fn preparing<'a>(ops: &'a [Operation<'a>], op: &Operation<'_>) -> Option<&'a Operation<'a>> {
    let requires = op.op.pointer("/x-groupkit-sandbox/requires")?.as_object()?;
    ops.iter().find(|other| {
        other.sandbox("collection") == op.sandbox("collection")
            && requires
                .iter()
                .filter(|(k, _)| *k != "error")
                .all(|(field, allowed)| {
                    let set = other
                        .op
                        .pointer(&format!("/x-groupkit-sandbox/set/{field}"));
                    set.is_some_and(|v| allowed.as_array().is_some_and(|a| a.contains(v)))
                })
    })
}

/// The first list operation of a spec.
fn first_list<'a>(ops: &'a [Operation<'a>]) -> &'a Operation<'a> {
    ops.iter()
        .find(|o| o.sandbox("action") == Some("list"))
        .expect("a list operation")
}

#[tokio::test]
async fn wrong_credentials_get_the_providers_unauthorized_error() {
    let sandbox = sandbox().await;
    for spec in specs() {
        let ops = spec.operations();
        let list = first_list(&ops);
        let mut client = Client::new(&sandbox, &spec);
        for auth in [
            client.auth("wrong-key").await,
            Auth::Header("x-nothing".into(), "none".into()),
        ] {
            let mut call = client.call(list, &Map::new());
            client.authenticate(&mut call, list, &auth);
            let answer = client.send(&call).await;
            assert_error(
                &spec,
                &answer,
                "unauthorized",
                &format!("{} with {auth:?}", list.name()),
            );
        }
    }
}

#[tokio::test]
async fn a_missing_required_parameter_gets_the_providers_invalid_error() {
    let sandbox = sandbox().await;
    for spec in specs() {
        let ops = spec.operations();
        let mut client = Client::new(&sandbox, &spec);
        let auth = client.auth(DEMO.api_key).await;
        let credentials: Vec<&str> = match &auth {
            Auth::Query(pairs) => pairs.iter().map(|(k, _)| k.as_str()).collect(),
            _ => Vec::new(),
        };
        // The first operation (no item id: that would be "not found") with a required query
        // parameter, and the first with a required body field: each is left out in turn.
        let candidates: Vec<&Operation<'_>> = ops
            .iter()
            .filter(|o| o.sandbox("id").is_none() && o.sandbox("action") != Some("login"))
            .collect();
        let query = candidates.iter().find_map(|op| {
            let param = op.params.iter().find(|p| {
                let name = p.get("name").and_then(Value::as_str).unwrap_or("");
                p.get("in").and_then(Value::as_str) == Some("query")
                    && p.get("required").and_then(Value::as_bool) == Some(true)
                    && !credentials.contains(&name)
            })?;
            Some((*op, param.get("name")?.as_str()?.to_owned()))
        });
        // A body field named like a query credential (SendHub's login `username`) is skipped:
        // leaving it out would drop the credential too, which is `unauthorized`, not `invalid`.
        let field = candidates.iter().find_map(|op| {
            let (_, _, required) = op.body(&spec)?;
            let name = required
                .iter()
                .find(|name| !credentials.contains(&name.as_str()))?;
            Some((*op, name.clone()))
        });
        let picked: Vec<_> = query.into_iter().chain(field).collect();
        assert!(
            !picked.is_empty(),
            "{}: an operation with a required input",
            spec.name
        );
        for (op, name) in picked {
            let mut call = client.valid_call(&ops, op, &auth).await;
            let valid = client.send(&call).await.status;
            assert!(
                (200..300).contains(&valid),
                "{}: {} is valid",
                spec.name,
                op.name()
            );
            call.remove(&name);
            let answer = client.send(&call).await;
            assert_error(
                &spec,
                &answer,
                "invalid",
                &format!("{} without {name}", op.name()),
            );
        }
    }
}

#[tokio::test]
async fn a_one_of_choice_takes_exactly_one_of_its_params() {
    let sandbox = sandbox().await;
    let mut tried = Vec::new();
    for spec in specs() {
        let ops = spec.operations();
        // The first read with a choice in its query string (no item id: that is "not found").
        let Some(op) = ops.iter().find(|o| {
            o.method == "get" && o.sandbox("id").is_none() && !o.one_of_groups().is_empty()
        }) else {
            continue;
        };
        let mut client = Client::new(&sandbox, &spec);
        let auth = client.auth(DEMO.api_key).await;
        let call = client.valid_call(&ops, op, &auth).await;
        let valid = client.send(&call).await.status;
        assert!(
            (200..300).contains(&valid),
            "{}: {} is valid",
            spec.name,
            op.name()
        );
        let group = op.one_of_groups().swap_remove(0);
        let mut neither = call.clone();
        neither.remove(&group[0]);
        let answer = client.send(&neither).await;
        assert_error(
            &spec,
            &answer,
            "invalid",
            &format!("{} with none of {group:?}", op.name()),
        );
        let mut both = call.clone();
        both.query.push((group[1].clone(), "sandbox".into()));
        let answer = client.send(&both).await;
        assert_error(
            &spec,
            &answer,
            "invalid",
            &format!("{} with all of {group:?}", op.name()),
        );
        tried.push(spec.name);
    }
    assert_eq!(tried, ["groupsio"], "the specs with a choice on a read");
}

#[tokio::test]
async fn an_unknown_enum_value_is_rejected() {
    let sandbox = sandbox().await;
    for spec in specs() {
        let ops = spec.operations();
        let mut client = Client::new(&sandbox, &spec);
        let auth = client.auth(DEMO.api_key).await;
        let has_enum = |schema: &Value| {
            let schema = spec.resolve(schema);
            let schema = schema
                .get("items")
                .map_or(schema, |items| spec.resolve(items));
            schema
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|e| e.iter().all(Value::is_string))
        };
        // The first operation with a string enum parameter or body field.
        let (op, name) = ops
            .iter()
            .filter(|o| o.sandbox("id").is_none() && o.sandbox("action") != Some("login"))
            .find_map(|op| {
                let param = op
                    .params
                    .iter()
                    .find(|p| {
                        p.get("in").and_then(Value::as_str) == Some("query")
                            && p.get("schema").is_some_and(has_enum)
                    })
                    .and_then(|p| p.get("name").and_then(Value::as_str).map(str::to_owned));
                let field = op.body(&spec).and_then(|(_, props, _)| {
                    props
                        .iter()
                        .find(|(_, s)| has_enum(s))
                        .map(|(n, _)| n.clone())
                });
                param.or(field).map(|name| (op, name))
            })
            .expect("an operation with an enum input");
        let mut call = client.valid_call(&ops, op, &auth).await;
        assert!(
            (200..300).contains(&client.send(&call).await.status),
            "{}: {} is valid",
            spec.name,
            op.name()
        );
        call.set(&name, &Value::String(UNKNOWN.into()));
        let answer = client.send(&call).await;
        assert_error(
            &spec,
            &answer,
            "invalid",
            &format!("{} with {name}={UNKNOWN}", op.name()),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Pagination, in each provider's own style.

/// Lists the collection of the first list operation in `style`, seeded with `size` items,
/// twice: `walk` follows every page at a small page size, then asks for one page of `size`;
/// both give every item once, in the same order.
async fn check_listing<F>(style: &str, size: u64, small: u64, mut walk: F)
where
    F: AsyncFnMut(&Client<'_>, &Operation<'_>, Call, u64) -> (Vec<Value>, usize),
{
    let specs = specs();
    let (spec, ops) = specs
        .iter()
        .map(|s| (s, s.operations()))
        .find(|(_, ops)| ops.iter().any(|o| o.pagination("style") == Some(style)))
        .expect("a spec with the style");
    let op = ops
        .iter()
        .find(|o| {
            o.pagination("style") == Some(style)
                && o.sandbox("action") == Some("list")
                && o.op.pointer("/x-groupkit-sandbox/parent").is_none()
        })
        .expect("a list operation of the whole collection");
    let collection = op.sandbox("collection").expect("a collection");
    let sandbox = Sandbox::builder()
        .seed(5)
        .size(
            spec.name,
            collection,
            usize::try_from(size).expect("a size"),
        )
        .start()
        .await
        .expect("the sandbox starts");
    let mut client = Client::new(&sandbox, spec);
    let auth = client.auth(DEMO.api_key).await;
    let call = client.valid_call(&ops, op, &auth).await;
    let id_field = spec.id_field(collection);
    let ids = |items: &[Value]| -> Vec<String> {
        items.iter().map(|i| text(&i[id_field.as_str()])).collect()
    };
    let (items, pages) = walk(&client, op, call.clone(), small).await;
    let (whole, one) = walk(&client, op, call, size).await;
    let unique: BTreeSet<String> = ids(&items).into_iter().collect();
    assert_eq!(items.len() as u64, size, "{style}: every item");
    assert_eq!(unique.len() as u64, size, "{style}: no duplicates");
    assert!(pages > 1, "{style}: more than one page");
    assert_eq!(one, 1, "{style}: one page of {size}");
    assert_eq!(ids(&items), ids(&whole), "{style}: the same order");
}

#[tokio::test]
async fn drf_pages_link_the_next_page_absolutely() {
    check_listing("next_link", 95, 10, async |client, op, mut call, size| {
        // DRF's page size is the server's (10); the sandbox also reads `page_size`.
        if size != 10 {
            call.query.push(("page_size".into(), size.to_string()));
        }
        let (mut items, mut pages) = (Vec::new(), 0);
        let mut answer = client.send(&call).await;
        loop {
            pages += 1;
            assert_eq!(answer.status, 200);
            let body = answer.json();
            let total = body.pointer(op.pagination("total").expect("total"));
            assert_eq!(
                total.and_then(Value::as_u64),
                Some(95),
                "the whole listing's count"
            );
            let page = body.pointer(op.pagination("items").expect("items"));
            items.extend(page.and_then(Value::as_array).cloned().expect("items"));
            match body.pointer(op.pagination("next").expect("next")) {
                Some(Value::String(next)) => {
                    assert!(next.starts_with(&client.origin), "absolute: {next}");
                    assert!(next.contains(&format!("page={}", pages + 1)), "{next}");
                    answer = client.send_url(&call, next).await;
                }
                Some(Value::Null) => break,
                other => panic!("next is {other:?}"),
            }
        }
        (items, pages)
    })
    .await;
}

#[tokio::test]
async fn tastypie_pages_link_the_next_page_relatively_echoing_the_query() {
    check_listing("offset", 45, 7, async |client, op, mut call, size| {
        let limit = op.pagination("limit").expect("limit");
        call.set(limit, &json!(size));
        call.query.push(("sandbox_echo".into(), "kept".into()));
        let path = format!("{}{}", client.base, call.path);
        let (mut items, mut pages) = (Vec::new(), 0);
        let mut answer = client.send(&call).await;
        loop {
            pages += 1;
            assert_eq!(answer.status, 200);
            let body = answer.json();
            let total = body.pointer(op.pagination("total").expect("total"));
            assert_eq!(total.and_then(Value::as_u64), Some(45));
            let page = body.pointer(op.pagination("items").expect("items"));
            let page = page.and_then(Value::as_array).cloned().expect("items");
            items.extend(page);
            match body.pointer(op.pagination("next").expect("next")) {
                Some(Value::String(next)) => {
                    let (next_path, _) = next.split_once('?').expect("a query");
                    assert!(next.starts_with('/') && path.ends_with(next_path), "{next}");
                    for echoed in [
                        format!("api_key={}", DEMO.api_key),
                        format!("username={}", DEMO.username),
                        "sandbox_echo=kept".into(),
                        format!("{limit}={size}"),
                        format!("offset={}", items.len()),
                    ] {
                        assert!(next.contains(&echoed), "{next} echoes {echoed}");
                    }
                    let url = format!("{}{next}", client.origin);
                    answer = client.send_url(&call, &url).await;
                }
                Some(Value::Null) => break,
                other => panic!("next is {other:?}"),
            }
        }
        (items, pages)
    })
    .await;
}

#[tokio::test]
async fn groupsio_cursors_are_64_bit_tokens_with_has_more() {
    check_listing("cursor", 33, 10, async |client, op, mut call, size| {
        let limit = op.pagination("limit").expect("limit");
        let token = op.pagination("token").expect("token");
        call.set(limit, &json!(size));
        let (mut items, mut pages) = (Vec::new(), 0);
        loop {
            pages += 1;
            let answer = client.send(&call).await;
            assert_eq!(
                answer.status,
                200,
                "{}",
                String::from_utf8_lossy(&answer.body)
            );
            let body = answer.json();
            let at = |key: &str| body.pointer(op.pagination(key).expect(key));
            assert_eq!(at("total").and_then(Value::as_u64), Some(33));
            items.extend(
                at("items")
                    .and_then(Value::as_array)
                    .cloned()
                    .expect("items"),
            );
            let more = at("has_more").and_then(Value::as_bool).expect("has_more");
            let next = at("next_token")
                .and_then(Value::as_u64)
                .expect("a u64 token");
            if !more {
                break;
            }
            assert!(next > 1 << 53, "the token {next} needs 64 bits");
            call.remove(token);
            call.set(token, &json!(next));
        }
        (items, pages)
    })
    .await;
}

#[tokio::test]
async fn habitate_pages_say_has_more_in_a_header_and_short_pages_skip_nothing() {
    check_listing("page_number", 40, 5, async |client, op, mut call, size| {
        let page = op.pagination("page").expect("page");
        let header = op.pagination("has_more_header").expect("has_more_header");
        call.set(op.pagination("page_size").expect("page_size"), &json!(size));
        let (mut items, mut short) = (Vec::new(), 0);
        let mut number = 0;
        loop {
            number += 1;
            call.remove(page);
            call.set(page, &json!(number));
            let answer = client.send(&call).await;
            assert_eq!(answer.status, 200);
            let list = answer.json().as_array().cloned().expect("a bare array");
            let more = answer.header(header).expect("the has_more header") == "1";
            short += usize::from(more && (list.len() as u64) < size);
            items.extend(list);
            if !more {
                break;
            }
        }
        assert!(
            short > 0 || number == 1,
            "some pages are short while more follow"
        );
        (items, number)
    })
    .await;
}
