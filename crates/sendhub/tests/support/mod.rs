//! Shared test helpers: clients against a loopback mock server, and the spec's examples.

#![allow(dead_code)]

use std::sync::OnceLock;

use groupkit_sendhub::{Client, RetryPolicy};
use groupkit_testkit::Spec;
use httpmock::MockServer;

/// The username the tests use. `Auth::query` treats it as a secret too.
pub const USER: &str = "acme_ops";
/// The API key the tests use; it must never be printed.
pub const KEY: &str = "5f2b8c4e9a1d47e3b6c0f8a2d9e4b7c1";
/// `Basic base64(USER:KEY)`.
pub const BASIC: &str = "Basic YWNtZV9vcHM6NWYyYjhjNGU5YTFkNDdlM2I2YzBmOGEyZDllNGI3YzE=";

/// The spec, loaded once.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::load("sendhub"))
}

/// A client for `server` with query-string credentials and no retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .credentials(USER, KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// A client for `server` with HTTP Basic credentials and no retries.
pub fn basic_client(server: &MockServer) -> Client {
    Client::builder()
        .basic(USER, KEY)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}
