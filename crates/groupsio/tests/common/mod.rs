//! Shared by the test binaries: clients against an httpmock server, the real fixtures, the
//! spec's examples.

#![allow(dead_code, clippy::unwrap_used)]

use std::sync::OnceLock;

use groupkit_core::{Secret, SessionState};
use groupkit_groupsio::{Client, RetryPolicy};
use groupkit_testkit::Spec;
use httpmock::{HttpMockRequest, Method, Mock, MockServer};
use serde_json::{Value, json};

/// The API key the key clients use (64 characters, like a real one).
pub const KEY: &str = "gio_k3y_0123456789abcdef0123456789abcdef0123456789abcdef01234567";
/// The session cookie a logged-in client sends.
pub const COOKIE: &str = "groupsio_session=s3ss10nc00k1e; beaker=b33f";
/// The csrf token a logged-in client's writes carry (the real login fixture's).
pub const CSRF: &str = "5282109070179284146";

/// A client authenticated with [`KEY`], retries off.
pub fn key_client(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A session client that has not logged in: sends no credentials at all.
pub fn logged_out_client(server: &MockServer) -> Client {
    Client::builder()
        .session()
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A session client logged in with [`COOKIE`] and [`CSRF`].
pub fn session_client(server: &MockServer) -> Client {
    let client = logged_out_client(server);
    client.core().session().unwrap().set(SessionState {
        cookie: Secret::new(COOKIE),
        csrf: Secret::new(CSRF),
    });
    client
}

/// A real recorded response from `tests/fixtures/`.
pub fn fixture(name: &str) -> Value {
    let text = match name {
        "login" => include_str!("../fixtures/perceval_login.json"),
        "subs_page_1" => include_str!("../fixtures/perceval_subscriptions_page_1.json"),
        "subs_page_2" => include_str!("../fixtures/perceval_subscriptions_page_2.json"),
        other => panic!("no fixture {other}"),
    };
    serde_json::from_str(text).unwrap()
}

/// The Groups.io spec, loaded once per test binary.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::load("groupsio"))
}

/// The spec's first success example body of an operation.
pub fn example(name: &str) -> Value {
    spec()
        .success_example(name)
        .unwrap_or_else(|| panic!("{name} has no success example"))
        .body
}

/// A one-page list envelope around `data`.
pub fn envelope(data: Value) -> Value {
    json!({
        "object": "list", "total_count": 1, "start_item": 1, "end_item": 1,
        "has_more": false, "next_page_token": 0, "data": data,
    })
}

/// A Groups.io error body.
pub fn error_body(kind: &str, extra: &str) -> Value {
    json!({"object": "error", "type": kind, "extra": extra})
}

/// A mock of `method path` that answers only a request whose raw query is exactly `query` and
/// whose body is exactly `body`: a request that sends both parameters of a one-of, or the
/// other one, gets httpmock's 404.
pub async fn exactly<'a>(
    server: &'a MockServer,
    method: Method,
    path: &'static str,
    query: &'static str,
    body: &'static str,
    reply: Value,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(method)
                .path(path)
                .is_true(move |req: &HttpMockRequest| {
                    req.uri().query().unwrap_or("") == query && req.body_ref() == body.as_bytes()
                });
            then.status(200).json_body(reply);
        })
        .await
}
