//! Shared test helpers: a client on a mock server, and a harness that mocks one operation with
//! its exact request shape and the spec's documented response.
#![allow(dead_code, clippy::unwrap_used)]

use groupkit_habitate::{Client, OPERATIONS, RetryPolicy};
use groupkit_testkit::{Example, Spec};
use httpmock::{Mock, MockServer};
use serde_json::Value;

/// The calling system's name used by every test client.
pub const SYSTEM: &str = "backend_app1";
/// The API key used by every test client.
pub const KEY: &str = "hb-test-key-4f9a2c";
/// `Authorization` for `backend_app1:hb-test-key-4f9a2c`, computed independently of the SDK.
pub const AUTH: &str = "Basic YmFja2VuZF9hcHAxOmhiLXRlc3Qta2V5LTRmOWEyYw==";
/// The API's path prefix under the community host.
pub const PREFIX: &str = "/api/v1";

/// The community base URL on the mock server.
pub fn base_url(server: &MockServer) -> String {
    format!("{}{PREFIX}", server.base_url())
}

/// A client for the mock server, without retries.
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(base_url(server))
        .basic(SYSTEM, KEY)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The documented success example of an operation. `patch_user` has none in the spec (the
/// document shows no response); it answers the user object like the other user writes.
///
/// Only operations whose `200` response has examples are asked for one: the testkit reads a
/// `default` response's examples as status 200 too.
pub fn example(spec: &Spec, op: &str) -> Example {
    let (_, _, operation) = spec.operation(op);
    let documented = operation
        .pointer("/responses/200/content/application~1json/examples")
        .is_some();
    let source = match (documented, op) {
        (true, _) => op,
        (false, "patch_user") => "update_user",
        (false, _) => panic!("no success example for {op}"),
    };
    spec.success_example(source)
        .unwrap_or_else(|| panic!("no success example for {source}"))
}

/// The exact request an operation must send.
pub struct Case {
    path: String,
    query: Vec<(String, String)>,
    body: Option<Value>,
}

impl Case {
    /// A request to `path` (relative to `/api/v1`), with no query and no body.
    pub fn new(path: &str) -> Self {
        Case {
            path: path.to_owned(),
            query: Vec::new(),
            body: None,
        }
    }

    /// Expects this query parameter (decoded value).
    pub fn query(mut self, key: &str, value: &str) -> Self {
        self.query.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Expects exactly this JSON body, sent as `application/json`.
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Starts a server that answers `op`'s documented example to exactly this request: the
    /// operation's method, the path, Basic auth, exactly these query parameters, and exactly
    /// this JSON body (or no body and no content type).
    pub async fn start(self, op: &str) -> Harness {
        let &(_, method, template) = OPERATIONS
            .iter()
            .find(|(name, _, _)| *name == op)
            .unwrap_or_else(|| panic!("{op} is not an operation"));
        assert!(
            matches_template(template, &self.path),
            "{op}: {} does not fill {template}",
            self.path
        );
        let spec = Spec::load("habitate");
        let example = example(&spec, op);
        let server = MockServer::start_async().await;
        let Case { path, query, body } = self;
        let count = query.len();
        let mock = server
            .mock_async(|when, then| {
                let mut when = when
                    .method(method)
                    .path(format!("{PREFIX}{path}"))
                    .header("authorization", AUTH)
                    .is_true(move |req| req.query_params().len() == count);
                for (key, value) in &query {
                    when = when.query_param(key, value);
                }
                match &body {
                    Some(body) => {
                        when.header("content-type", "application/json")
                            .json_body(body.clone());
                    }
                    None => {
                        when.header_missing("content-type")
                            .is_true(|req| req.body_ref().is_empty());
                    }
                }
                let then = then.status(example.status).json_body(example.body.clone());
                if example.body.is_array() {
                    then.header("has_more", "0");
                }
            })
            .await;
        let mock_id = mock.id();
        let client = client(&server);
        Harness {
            server,
            client,
            mock_id,
        }
    }
}

/// A mock server answering one operation.
pub struct Harness {
    /// The server.
    pub server: MockServer,
    /// A client for it.
    pub client: Client,
    mock_id: usize,
}

impl Harness {
    /// Asserts that the mocked request arrived exactly once.
    pub async fn verify(&self) {
        Mock::new(self.mock_id, &self.server).assert_async().await;
    }
}

/// Whether `path` fills the template: same segments, literal ones equal.
fn matches_template(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && !p.is_empty()) || t == p)
}
