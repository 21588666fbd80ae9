//! No error, and no `Debug` of anything a user can print, shows a credential: provoke every
//! error kind under every auth scheme, with servers that echo the credentials back.

#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use groupkit_core::http::{HeaderMap, Method, StatusCode};
use groupkit_core::pagination::NextLink;
use groupkit_core::{
    Auth, Client, Error, HttpRequest, HttpResponse, Operation, PaginationError, Position, Provider,
    Redactor, RetryPolicy, Secret, SessionState, Style, TimeoutKind, Transport, TransportError,
};
use httpmock::prelude::*;
use serde::Deserialize;
use serde_json::json;

const SECRET: &str = "sk_live_SECRET123";
/// The user name of the query scheme: Auth::query treats every value as a secret.
const USER: &str = "usr_SECRET456";
/// base64("system:sk_live_SECRET123"), the basic scheme's header value.
const BASIC_B64: &str = "c3lzdGVtOnNrX2xpdmVfU0VDUkVUMTIz";
const COOKIE: &str = "sessionid=SESSION_SECRET789";
const CSRF: &str = "CSRF_SECRET000";

const LIST: Operation = Operation::get("list_items", "/items");
const CREATE: Operation = Operation::post("create_item", "/items");

/// An auth scheme and every form of its secrets that must never be printed.
struct Scheme {
    name: &'static str,
    auth: Auth,
    secrets: &'static [&'static str],
}

fn schemes() -> Vec<Scheme> {
    vec![
        Scheme {
            name: "raw_key",
            auth: Auth::raw_key(SECRET),
            secrets: &[SECRET],
        },
        Scheme {
            name: "bearer",
            auth: Auth::bearer(SECRET),
            secrets: &[SECRET],
        },
        Scheme {
            name: "basic",
            auth: Auth::basic("system", SECRET),
            secrets: &[SECRET, BASIC_B64],
        },
        Scheme {
            name: "query",
            auth: Auth::query([("api_key", SECRET)]),
            secrets: &[SECRET],
        },
    ]
}

fn query_with_user() -> Scheme {
    Scheme {
        name: "query+username",
        auth: Auth::query([("username", USER), ("api_key", SECRET)]),
        secrets: &[SECRET, USER],
    }
}

fn build(base: &str, auth: Auth) -> Client {
    Client::builder(Provider::new("test"))
        .base_url(base)
        .auth(auth)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
}

/// Every way the error prints: Display, Debug, pretty Debug, and each cause in the chain.
fn renderings(err: &Error) -> Vec<String> {
    let mut texts = vec![format!("{err}"), format!("{err:?}"), format!("{err:#?}")];
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        texts.push(cause.to_string());
        texts.push(format!("{cause:?}"));
        source = cause.source();
    }
    texts
}

fn assert_clean(what: &str, texts: &[String], secrets: &[&str]) {
    for text in texts {
        for secret in secrets {
            assert!(
                !text.contains(secret),
                "{what}: `{secret}` is printed in: {text}"
            );
        }
    }
}

fn assert_error_clean(what: &str, err: &Error, secrets: &[&str]) {
    assert_clean(what, &renderings(err), secrets);
}

/// A body that echoes every credential form, the way servers echo query strings and headers.
fn echo_everything() -> String {
    format!("api_key={SECRET}&username={USER} Authorization: Basic {BASIC_B64}")
}

#[tokio::test]
async fn transport_errors_hide_secrets() {
    // A port that nothing listens on: bind, note the port, close.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    for scheme in schemes().into_iter().chain([query_with_user()]) {
        let err = build(&base, scheme.auth)
            .request(LIST)
            .query("limit", 5)
            .send()
            .await
            .expect_err("nothing listens");
        assert!(
            matches!(err, Error::Transport { .. }),
            "{}: {err:?}",
            scheme.name
        );
        assert_error_clean(scheme.name, &err, scheme.secrets);
    }
}

#[tokio::test]
async fn timeout_errors_hide_secrets() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200)
                .delay(Duration::from_secs(3))
                .body(echo_everything());
        })
        .await;
    for scheme in schemes().into_iter().chain([query_with_user()]) {
        let err = build(&server.base_url(), scheme.auth)
            .request(LIST)
            .attempt_timeout(Duration::from_millis(150))
            .send()
            .await
            .expect_err("the reply is late");
        assert!(
            matches!(
                err,
                Error::Timeout {
                    kind: TimeoutKind::Attempt,
                    ..
                }
            ),
            "{}: {err:?}",
            scheme.name
        );
        assert_error_clean(scheme.name, &err, scheme.secrets);
    }
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Counted {
    next: String,
    count: u64,
}

/// Every secret form any scheme here uses; servers below echo each of them.
const FORMS: [&str; 3] = [SECRET, USER, BASIC_B64];

#[tokio::test]
async fn decode_errors_hide_secrets_echoed_in_the_body() {
    let server = MockServer::start_async().await;
    for (index, form) in FORMS.iter().enumerate() {
        let index = index.to_string();
        // The echo sits right after the failure, inside the snippet window.
        let near = format!(r#"{{"next": "/v1/x", "count": "x", "echo": "{form}"}}"#);
        // The offending value is itself the secret: serde's message quotes it.
        let quoted = format!(r#"{{"next": "/v1/x", "count": "{form}"}}"#);
        // An HTML page that echoes it.
        let html = format!("<html><body><p>Your key: {form}</p></body></html>");
        for (case, body) in [("near", near), ("quoted", quoted), ("html", html)] {
            server
                .mock_async(|when, then| {
                    when.path("/items")
                        .query_param("case", case)
                        .query_param("form", index.as_str());
                    then.status(200).body(body);
                })
                .await;
        }
    }
    for scheme in schemes().into_iter().chain([query_with_user()]) {
        let client = build(&server.base_url(), scheme.auth);
        for (index, form) in FORMS.iter().enumerate() {
            for case in ["near", "quoted", "html"] {
                let what = format!("{} / {case} / {form}", scheme.name);
                let err = client
                    .request(LIST)
                    .query("case", case)
                    .query("form", index)
                    .send_json::<Counted>()
                    .await
                    .expect_err("does not decode");
                let Error::Decode(decode) = &err else {
                    panic!("{what}: expected a decode error, got {err:?}");
                };
                // The body did echo the form and is kept raw.
                assert!(
                    String::from_utf8_lossy(&decode.body).contains(form),
                    "{what}"
                );
                if scheme.secrets.contains(form) {
                    // This scheme's secret: scrubbed (so the check below is not vacuous).
                    assert!(
                        decode.snippet.contains("[redacted]")
                            || decode.message.contains("[redacted]"),
                        "{what}: nothing was scrubbed: {decode:?}"
                    );
                } else {
                    // Not a secret of this client: shown as is, in the snippet or message.
                    assert!(format!("{err}").contains(form), "{what}: {err}");
                }
                assert_error_clean(&what, &err, scheme.secrets);
            }
        }
    }
}

#[tokio::test]
async fn a_secret_cut_by_the_decode_snippet_window_is_still_hidden() {
    // The snippet is body[offset-40 .. offset+40], scrubbed afterwards: a secret that starts
    // more than 40 bytes before the failure is cut, and its tail no longer matches.
    let server = MockServer::start_async().await;
    let body = format!(r#"{{"key": "{SECRET}", "padding": 12, "count": "x"}}"#);
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200).body(body);
        })
        .await;
    let err = build(&server.base_url(), Auth::bearer(SECRET))
        .request(LIST)
        .send_json::<Counted>()
        .await
        .expect_err("does not decode");
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_error_clean("decode window", &err, &["SECRET123"]);
}

#[tokio::test]
async fn a_secret_cut_by_the_api_summary_window_is_still_hidden() {
    let server = MockServer::start_async().await;
    let body = format!("{}{SECRET} is not a valid key", "x".repeat(190));
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(400).body(body);
        })
        .await;
    let err = build(&server.base_url(), Auth::bearer(SECRET))
        .request(LIST)
        .send()
        .await
        .expect_err("a 400");
    assert!(err.as_api().is_some(), "{err:?}");
    assert_error_clean("summary window", &err, &[&SECRET[..10]]);
}

#[tokio::test]
async fn api_errors_hide_secrets_echoed_in_json_and_html_bodies() {
    let server = MockServer::start_async().await;
    let json_body = json!({
        "error": format!("invalid credentials: {}", echo_everything()),
        "request": {"query": format!("api_key={SECRET}&username={USER}")},
    })
    .to_string();
    let html_body = format!(
        "<!DOCTYPE html>\n<html>\n<head><title>400 Bad Request</title></head>\n<body>\n<p>{}</p>\n</body>\n</html>",
        echo_everything()
    );
    server
        .mock_async(|when, then| {
            when.path("/items").query_param("case", "json");
            then.status(400)
                .header("content-type", "application/json")
                .body(json_body);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/items").query_param("case", "html");
            then.status(400)
                .header("content-type", "text/html")
                .body(html_body);
        })
        .await;
    for scheme in schemes().into_iter().chain([query_with_user()]) {
        let client = build(&server.base_url(), scheme.auth);
        for case in ["json", "html"] {
            let what = format!("{} / {case}", scheme.name);
            let err = client
                .request(LIST)
                .query("case", case)
                .send()
                .await
                .expect_err("a 400");
            let api = err.as_api().expect("an API error");
            assert_eq!(api.status, StatusCode::BAD_REQUEST, "{what}");
            assert!(
                String::from_utf8_lossy(&api.body).contains(SECRET),
                "{what}: the raw body is kept"
            );
            assert!(
                api.summary.contains("[redacted]"),
                "{what}: {}",
                api.summary
            );
            assert_error_clean(&what, &err, scheme.secrets);
        }
    }
}

#[tokio::test]
async fn api_error_debug_hides_cookies_the_server_sets() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(401)
                .header("set-cookie", format!("{COOKIE}; HttpOnly; Path=/"))
                .body("");
        })
        .await;
    let err = build(&server.base_url(), Auth::None)
        .request(LIST)
        .send()
        .await
        .expect_err("a 401");
    let api = err.as_api().expect("an API error");
    assert!(
        api.headers.get("set-cookie").is_some(),
        "the header is kept"
    );
    assert_error_clean("401 with set-cookie", &err, &["SESSION_SECRET789"]);
}

fn next_link_style() -> Style {
    Style::NextLink(NextLink {
        items: "/results",
        next: "/next",
        total: None,
    })
}

/// Lists with `scheme` against a server whose first page links to `link`; returns the error.
async fn listing_error(server: &MockServer, auth: Auth) -> Error {
    let mut pages = build(&server.base_url(), auth)
        .request(LIST)
        .paginate::<serde_json::Value>(next_link_style())
        .pages();
    let mut yielded = 0;
    while let Some(page) = pages.next().await {
        match page {
            Ok(_) => yielded += 1,
            Err(err) => {
                assert!(yielded > 0, "the first page is yielded before the error");
                return err;
            }
        }
    }
    panic!("the listing ended without an error");
}

#[tokio::test]
async fn foreign_next_link_errors_hide_the_api_key() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200).json_body(json!({
                "results": [{"id": 1}],
                "next": format!("http://evil.example:9/v1/items?page=2&api_key={SECRET}"),
            }));
        })
        .await;
    for scheme in schemes() {
        let err = listing_error(&server, scheme.auth).await;
        assert!(
            matches!(err, Error::Pagination(PaginationError::ForeignLink { .. })),
            "{}: {err:?}",
            scheme.name
        );
        let shown = err.to_string();
        assert!(shown.contains("evil.example"), "{shown}");
        assert!(shown.contains("page=2"), "{shown}");
        assert_error_clean(scheme.name, &err, scheme.secrets);
    }
}

#[tokio::test]
async fn foreign_next_link_errors_hide_every_query_credential() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200).json_body(json!({
                "results": [{"id": 1}],
                "next": format!("http://evil.example:9/v1/items?page=2&username={USER}&api_key={SECRET}"),
            }));
        })
        .await;
    let scheme = query_with_user();
    let err = listing_error(&server, scheme.auth).await;
    assert!(
        matches!(err, Error::Pagination(PaginationError::ForeignLink { .. })),
        "{err:?}"
    );
    assert_error_clean(scheme.name, &err, scheme.secrets);
}

#[tokio::test]
async fn next_link_loop_errors_hide_the_api_key() {
    let server = MockServer::start_async().await;
    let link = server.url(format!("/items?page=2&api_key={SECRET}"));
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200)
                .json_body(json!({"results": [{"id": 1}], "next": link}));
        })
        .await;
    for scheme in schemes() {
        let err = listing_error(&server, scheme.auth).await;
        assert!(
            matches!(err, Error::Pagination(PaginationError::LoopDetected { .. })),
            "{}: {err:?}",
            scheme.name
        );
        assert_error_clean(scheme.name, &err, scheme.secrets);
    }
}

#[tokio::test]
async fn next_link_loop_errors_hide_every_query_credential() {
    let server = MockServer::start_async().await;
    let link = server.url(format!("/items?page=2&username={USER}&api_key={SECRET}"));
    server
        .mock_async(|when, then| {
            when.path("/items");
            then.status(200)
                .json_body(json!({"results": [{"id": 1}], "next": link}));
        })
        .await;
    let scheme = query_with_user();
    let err = listing_error(&server, scheme.auth).await;
    assert!(
        matches!(err, Error::Pagination(PaginationError::LoopDetected { .. })),
        "{err:?}"
    );
    assert_error_clean(scheme.name, &err, scheme.secrets);
}

#[tokio::test]
async fn percent_encoded_echoes_of_a_key_are_scrubbed() {
    // Tastypie echoes the query string url-encoded in `next`; keys are often base64.
    let key = "sk+live/SECRET==";
    let encoded = "sk%2Blive%2FSECRET%3D%3D";
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/items").query_param("api_key", key);
            then.status(400).body(format!(
                r#"{{"error": "bad request", "next": "/v1/items/?api_key={encoded}&offset=20"}}"#
            ));
        })
        .await;
    let err = build(&server.base_url(), Auth::query([("api_key", key)]))
        .request(LIST)
        .send()
        .await
        .expect_err("a 400");
    assert!(err.as_api().is_some(), "{err:?}");
    assert_error_clean("percent-encoded", &err, &[key, encoded]);
}

fn all_secrets() -> Vec<&'static str> {
    vec![SECRET, USER, BASIC_B64, "SESSION_SECRET789", CSRF]
}

fn session_scheme() -> Auth {
    let auth = Auth::session("csrf");
    if let Auth::Session(store) = &auth {
        store.set(SessionState {
            cookie: Secret::new(COOKIE),
            csrf: Secret::new(CSRF),
        });
    }
    auth
}

#[test]
fn client_and_config_debug_hide_secrets() {
    let mut auths: Vec<(&str, Auth)> = schemes()
        .into_iter()
        .chain([query_with_user()])
        .map(|s| (s.name, s.auth))
        .collect();
    auths.push(("session", session_scheme()));
    for (name, auth) in auths {
        let client = build("https://api.example.com/v1", auth);
        let texts = [
            format!("{client:?}"),
            format!("{client:#?}"),
            format!("{:?}", client.config()),
            format!("{:?}", client.config().auth()),
            format!("{:?}", client.session()),
        ];
        assert!(texts[2].contains("api.example.com"), "{}", texts[2]);
        assert_clean(name, &texts, &all_secrets());
    }
}

#[test]
fn auth_debug_names_the_scheme_and_hides_values() {
    let cases = [
        (
            Auth::raw_key(SECRET),
            "Auth::RawKey(authorization: [redacted])",
        ),
        (Auth::bearer(SECRET), "Auth::Bearer([redacted])"),
        (
            Auth::basic("system", SECRET),
            "Auth::Basic([redacted]:[redacted])",
        ),
        (
            Auth::query([("username", USER), ("api_key", SECRET)]),
            "Auth::Query([\"username\", \"api_key\"] = [redacted])",
        ),
        (
            session_scheme(),
            "Auth::Session(logged_in: true, csrf_field: csrf)",
        ),
        (
            Auth::session("csrf"),
            "Auth::Session(logged_in: false, csrf_field: csrf)",
        ),
    ];
    for (auth, expected) in cases {
        assert_eq!(format!("{auth:?}"), expected);
    }
    let state = SessionState {
        cookie: Secret::new(COOKIE),
        csrf: Secret::new(CSRF),
    };
    assert_clean(
        "session state",
        &[format!("{state:?}"), format!("{:?}", Secret::new(SECRET))],
        &all_secrets(),
    );
}

#[test]
fn http_request_debug_redacts_query_credentials() {
    let url = url::Url::parse(&format!(
        "https://api.example.com/v1/items?limit=5&api_key={SECRET}&token={CSRF}"
    ))
    .unwrap();
    let request = HttpRequest::new(Method::GET, url.clone());
    let shown = format!("{request:?}");
    assert!(shown.contains("limit=5"), "{shown}");
    assert!(shown.contains("api_key=%5Bredacted%5D") || shown.contains("api_key=[redacted]"));
    assert_clean("known key names", &[shown], &[SECRET, CSRF]);

    // A name only the auth scheme knows is redacted once the request says so.
    let url = url::Url::parse(&format!(
        "https://api.example.com/v1/items?username={USER}&api_key={SECRET}"
    ))
    .unwrap();
    let mut request = HttpRequest::new(Method::GET, url);
    request.redactor = Redactor::new([], ["username"]);
    assert_clean(
        "scheme key names",
        &[format!("{request:?}"), request.redacted_url()],
        &[SECRET, USER],
    );
}

#[test]
fn position_link_debug_redacts_credentials() {
    let absolute = Position::Link(format!(
        "https://api.example.com/v1/items/?offset=20&api_key={SECRET}"
    ));
    let shown = format!("{absolute:?}");
    assert!(
        shown.starts_with("Link(https://api.example.com/v1/items/?"),
        "{shown}"
    );
    assert!(shown.contains("offset=20"), "{shown}");
    let relative = Position::Link(format!("/v1/items/?api_key={SECRET}&offset=20"));
    assert_eq!(
        format!("{relative:?}"),
        "Link(/v1/items/?api_key=[redacted]&offset=20)"
    );
    assert_clean(
        "position",
        &[shown, format!("{absolute}"), format!("{relative}")],
        &[SECRET],
    );
}

/// A transport that records the Debug form of each wire request and answers `{}`.
#[derive(Debug, Default)]
struct Recorder {
    seen: Mutex<Vec<(String, HttpRequest)>>,
}

#[async_trait::async_trait]
impl Transport for Recorder {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.seen
            .lock()
            .unwrap()
            .push((format!("{request:?}"), request));
        Ok(HttpResponse::from_bytes(
            StatusCode::OK,
            HeaderMap::new(),
            &b"{}"[..],
        ))
    }
}

#[tokio::test]
async fn wire_request_debug_hides_the_credentials_it_carries() {
    let mut auths: Vec<(&str, Auth)> = schemes()
        .into_iter()
        .chain([query_with_user()])
        .map(|s| (s.name, s.auth))
        .collect();
    auths.push(("session", session_scheme()));
    for (name, auth) in auths {
        let recorder = Arc::new(Recorder::default());
        let client = Client::builder(Provider::new("test"))
            .base_url("https://api.example.com/v1")
            .auth(auth)
            .transport(recorder.clone())
            .build()
            .expect("client");
        client
            .request(LIST)
            .query("limit", 5)
            .send()
            .await
            .expect("get");
        client
            .request(CREATE)
            .form(vec![("name".into(), "x".into())])
            .send()
            .await
            .expect("post");
        let seen = recorder.seen.lock().unwrap();
        assert_eq!(seen.len(), 2);
        for (shown, request) in seen.iter() {
            // The credentials are on the wire request, and not in its Debug.
            let wire = format!(
                "{} {:?} {}",
                request.url,
                request.headers,
                String::from_utf8_lossy(&request.body)
            );
            let carried = all_secrets()
                .into_iter()
                .filter(|s| {
                    wire.contains(s)
                        || request
                            .headers
                            .values()
                            .any(|v| v.to_str().is_ok_and(|v| v.contains(s)))
                })
                .count();
            assert!(carried > 0, "{name}: no credential on the wire: {shown}");
            assert!(
                shown.contains("limit=5") || shown.contains("POST"),
                "{shown}"
            );
            assert_clean(name, std::slice::from_ref(shown), &all_secrets());
        }
    }
}

#[test]
fn invalid_credential_characters_are_a_config_error_without_the_value() {
    // Refused by `build()`, so no client exists to send anything.
    for auth in [
        Auth::bearer(format!("{SECRET}\r\nX-Evil: 1")),
        Auth::raw_key(format!("{SECRET}\n")),
    ] {
        let err = Client::builder(Provider::new("test"))
            .base_url("https://api.example.com")
            .auth(auth)
            .build()
            .expect_err("not a valid header value");
        assert!(matches!(err, Error::Config(_)), "{err:?}");
        assert!(
            err.to_string().contains("pass the key exactly as issued"),
            "{err}"
        );
        assert_error_clean("config", &err, &[SECRET]);
    }
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Stamped {
    created: groupkit_core::model::Timestamp,
}

#[tokio::test]
async fn decode_errors_scrub_before_they_cut() {
    // The bad value quotes the key at every offset around the lengths that messages were cut
    // to (64 characters for a timestamp, 300 for a message): no piece of it may show.
    let server = MockServer::start_async().await;
    for pad in [40usize, 50, 56, 60, 63, 280, 290, 299] {
        let value = format!("{}{SECRET}{}", "x".repeat(pad), "y".repeat(40));
        let mock = server
            .mock_async(|when, then| {
                when.path("/items");
                then.status(200).json_body(json!({ "created": value }));
            })
            .await;
        let err = build(&server.base_url(), Auth::bearer(SECRET))
            .request(LIST)
            .send_json::<Stamped>()
            .await
            .expect_err("not a timestamp");
        let texts = renderings(&err);
        for text in &texts {
            let chars: Vec<char> = SECRET.chars().collect();
            for piece in chars.windows(8) {
                let piece: String = piece.iter().collect();
                assert!(!text.contains(&piece), "pad {pad}: `{piece}` in {text}");
            }
        }
        mock.delete_async().await;
    }
}
