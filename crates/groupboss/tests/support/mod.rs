//! Shared test helpers: a client against a loopback mock server, and the spec's examples.

#![allow(dead_code)]

use std::sync::OnceLock;

use groupkit_groupboss::{Client, RetryPolicy};
use groupkit_testkit::Spec;
use httpmock::MockServer;

/// The API key the tests use; it must never be printed.
pub const KEY: &str = "gbk_live_7f3a9c2e51d84b06";

/// The spec, loaded once.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::load("groupboss"))
}

/// A client for `server` with the test key and no retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}
