//! What errors carry: decode paths and snippets, API statuses, retry hints, request ids,
//! provider error bodies, raw bodies, size limits.

#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use futures::StreamExt;
use groupkit_core::http::{HeaderMap, StatusCode};
use groupkit_core::pagination::Offset;
use groupkit_core::retry::{BodyWait, WaitFormat};
use groupkit_core::{
    Auth, Client, Error, HttpRequest, HttpResponse, Operation, Provider, ProviderError, RetryHints,
    RetryPolicy, Style, Transport, TransportError,
};
use httpmock::prelude::*;
use serde::Deserialize;
use support::{Reply, TestServer};

const GET_ITEM: Operation = Operation::get("get_item", "/items/{id}");
const LIST: Operation = Operation::get("list_items", "/items");

/// The provider's error body, as a provider crate would define it.
#[derive(Debug, Deserialize)]
struct TestProviderError {
    code: String,
    message: String,
    #[allow(dead_code)] // read through the provider's `wait_in_body` pointer, not the type
    wait_seconds: Option<u64>,
}

impl std::fmt::Display for TestProviderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for TestProviderError {}

impl ProviderError for TestProviderError {
    fn code(&self) -> Option<&str> {
        Some(&self.code)
    }
}

/// Another provider's error type, to check that downcasts are exact.
#[derive(Debug)]
struct OtherProviderError;

impl std::fmt::Display for OtherProviderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("other")
    }
}

impl std::error::Error for OtherProviderError {}
impl ProviderError for OtherProviderError {}

fn decode_provider_error(
    _status: StatusCode,
    _headers: &HeaderMap,
    body: &[u8],
) -> Option<Box<dyn ProviderError>> {
    #[derive(Deserialize)]
    struct Wrapper {
        error: TestProviderError,
    }
    let wrapper: Wrapper = serde_json::from_slice(body).ok()?;
    Some(Box::new(wrapper.error))
}

const PROVIDER: Provider = Provider {
    error_decoder: Some(decode_provider_error),
    request_id_header: Some("x-request-id"),
    retry: RetryHints {
        statuses: &[],
        quota_statuses: &[],
        wait_in_body: Some(BodyWait {
            pointer: "/error/wait_seconds",
            format: WaitFormat::Seconds,
        }),
    },
    ..Provider::new("test")
};

fn client(base: &str) -> Client {
    Client::builder(PROVIDER)
        .base_url(base)
        .auth(Auth::bearer("sk_live_SECRET123"))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
}

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: u64,
    name: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Listing {
    data: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Counts {
    meta: Meta,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Meta {
    total: u64,
}

async fn mock_body(server: &MockServer, status: u16, content_type: &str, body: &str) {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(status)
                .header("content-type", content_type)
                .body(body);
        })
        .await;
}

/// Sends GET /items/1 to a server answering `status` with `body`, decoding into `T`.
async fn decode_err<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    status: u16,
    content_type: &str,
    body: &str,
) -> Error {
    let server = MockServer::start_async().await;
    mock_body(&server, status, content_type, body).await;
    client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .send_json::<T>()
        .await
        .expect_err("should not decode")
}

fn as_decode(err: &Error) -> &groupkit_core::DecodeError {
    match err {
        Error::Decode(decode) => decode,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn decode_errors_name_the_json_path_of_an_array_element() {
    let err = decode_err::<Listing>(
        200,
        "application/json",
        r#"{"data": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": "x", "name": "c"}]}"#,
    )
    .await;
    let decode = as_decode(&err);
    assert_eq!(decode.path, "data[2].id");
    assert_eq!(decode.status, StatusCode::OK);
    assert_eq!(err.status(), Some(StatusCode::OK));
    assert!(
        decode
            .message
            .starts_with("invalid type: string \"x\", expected u64"),
        "{}",
        decode.message
    );
    assert!(
        decode.snippet.contains(r#"{"id": "x""#),
        "{}",
        decode.snippet
    );
    assert!(!err.is_retryable());
    let shown = err.to_string();
    assert!(
        shown.starts_with(
            "test get_item (GET /items/{id}): cannot decode the 200 OK response at `data[2].id`: "
        ),
        "{shown}"
    );
}

#[tokio::test]
async fn decode_errors_name_nested_object_paths_and_missing_fields() {
    let err = decode_err::<Counts>(200, "application/json", r#"{"meta": {"total": "many"}}"#).await;
    assert_eq!(as_decode(&err).path, "meta.total");

    let err = decode_err::<Listing>(
        200,
        "application/json",
        r#"{"data": [{"id": 1, "name": "a"}, {"id": 2}]}"#,
    )
    .await;
    let decode = as_decode(&err);
    assert_eq!(decode.path, "data[1]");
    assert!(
        decode.message.starts_with("missing field `name`"),
        "{}",
        decode.message
    );
}

#[tokio::test]
async fn page_decode_errors_name_the_path_inside_the_envelope() {
    let server = MockServer::start_async().await;
    mock_body(
        &server,
        200,
        "application/json",
        r#"{"meta": {"total_count": 3}, "objects": [{"id": 1, "name": "a"}, {"id": 2, "name": 7}]}"#,
    )
    .await;
    let mut items = client(&server.base_url())
        .request(LIST)
        .paginate::<Item>(Style::Offset(Offset {
            limit: "limit",
            offset: "offset",
            items: "/objects",
            total: Some("/meta/total_count"),
            next: None,
            size_limits: groupkit_core::PageSizeLimits::ANY,
        }))
        .items();
    let err = items
        .next()
        .await
        .expect("an element")
        .expect_err("the page does not decode");
    let decode = as_decode(&err);
    assert_eq!(decode.path, "objects[1].name");
    assert!(
        decode.message.starts_with("invalid type: integer `7`"),
        "{}",
        decode.message
    );
    assert!(items.next().await.is_none(), "the listing stops");
}

#[tokio::test]
async fn a_200_html_page_is_a_decode_error_at_the_root() {
    let html =
        "<!DOCTYPE html>\n<html>\n  <body>Service temporarily in maintenance</body>\n</html>";
    let err = decode_err::<Item>(200, "text/html", html).await;
    let decode = as_decode(&err);
    assert_eq!(decode.path, ".");
    assert!(
        decode
            .message
            .starts_with("expected value at line 1 column 1"),
        "{}",
        decode.message
    );
    assert!(
        decode
            .snippet
            .starts_with("<!DOCTYPE html> <html> <body>Service"),
        "{}",
        decode.snippet
    );
    assert_eq!(&decode.body[..], html.as_bytes(), "the raw body is kept");
}

#[tokio::test]
async fn an_empty_200_body_is_a_decode_error() {
    let err = decode_err::<Item>(200, "application/json", "").await;
    let decode = as_decode(&err);
    assert_eq!(decode.path, ".");
    assert_eq!(decode.message, "the body is empty");
    assert_eq!(decode.snippet, "(empty body)");
    assert!(decode.body.is_empty());
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error() {
    let server = TestServer::script(vec![Reply::Truncated {
        declared: 200,
        body: br#"{"id": 1, "name": "#.to_vec(),
    }])
    .await;
    let err = client(&server.base)
        .request(GET_ITEM)
        .path_param("id", 1)
        .send_json::<Item>()
        .await
        .expect_err("the body is cut short");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.status(), None);
    assert_eq!(server.seen().len(), 1, "no retry under RetryPolicy::none");
}

#[tokio::test]
async fn unknown_fields_are_ignored() {
    let server = MockServer::start_async().await;
    mock_body(
        &server,
        200,
        "application/json",
        r#"{"id": 7, "extra": {"deep": [1, {"x": null}]}, "name": "seven", "added_later": true}"#,
    )
    .await;
    let item: Item = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 7)
        .send_json()
        .await
        .expect("decodes");
    assert_eq!(
        item,
        Item {
            id: 7,
            name: "seven".into()
        }
    );
}

#[tokio::test]
async fn numbers_outside_u64_are_decode_errors() {
    for (body, needle) in [
        (r#"{"id": 18446744073709551616, "name": "a"}"#, "u64"),
        (r#"{"id": -1, "name": "a"}"#, "integer `-1`"),
        (r#"{"id": 1.5, "name": "a"}"#, "floating point `1.5`"),
    ] {
        let err = decode_err::<Item>(200, "application/json", body).await;
        let decode = as_decode(&err);
        assert_eq!(decode.path, "id", "{body}");
        assert!(
            decode.message.contains(needle),
            "{body}: {}",
            decode.message
        );
    }
    // The largest u64 still fits.
    let server = MockServer::start_async().await;
    mock_body(
        &server,
        200,
        "application/json",
        r#"{"id": 18446744073709551615, "name": "max"}"#,
    )
    .await;
    let item: Item = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .send_json()
        .await
        .expect("u64::MAX decodes");
    assert_eq!(item.id, u64::MAX);
}

#[tokio::test]
async fn api_errors_carry_status_request_id_and_the_provider_error() {
    let server = MockServer::start_async().await;
    let body = r#"{"error": {"code": "invalid_group", "message": "The group does not exist"}}"#;
    let mock = server
        .mock_async(|when, then| {
            when.path("/items/404");
            then.status(404)
                .header("content-type", "application/json")
                .header("x-request-id", "req-abc-123")
                .body(body);
        })
        .await;
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 404)
        .send()
        .await
        .expect_err("a 404");
    mock.assert_async().await;
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert!(!err.is_retryable());
    assert_eq!(err.retry_after(), None);
    assert_eq!(err.request_id(), Some("req-abc-123"));
    let api = err.as_api().expect("an API error");
    assert_eq!(api.code(), Some("invalid_group"));
    let provider = api
        .provider_error::<TestProviderError>()
        .expect("the provider's type");
    assert_eq!(provider.message, "The group does not exist");
    assert!(api.provider_error::<OtherProviderError>().is_none());
    assert_eq!(api.summary, "invalid_group: The group does not exist");
    assert_eq!(&api.body[..], body.as_bytes());
    assert_eq!(
        api.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("req-abc-123")
    );
    assert_eq!(
        err.to_string(),
        "test get_item (GET /items/{id}): the API answered 404 Not Found: invalid_group: The group does not exist"
    );
}

#[tokio::test]
async fn retryable_statuses_and_retry_after_seconds() {
    for (status, retryable) in [
        (429, true),
        (502, true),
        (503, true),
        (504, true),
        (500, false),
        (400, false),
        (409, false),
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.any_request();
                then.status(status)
                    .header("retry-after", "7")
                    .body("slow down");
            })
            .await;
        let err = client(&server.base_url())
            .request(GET_ITEM)
            .path_param("id", 1)
            .send()
            .await
            .expect_err("an error status");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.is_retryable(), retryable, "{status}");
        assert_eq!(err.retry_after(), Some(Duration::from_secs(7)), "{status}");
    }
}

#[tokio::test]
async fn retry_after_as_an_http_date_and_from_the_provider_body() {
    let server = MockServer::start_async().await;
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    server
        .mock_async(|when, then| {
            when.path("/items/1");
            then.status(503).header("retry-after", date).body("");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/items/2");
            then.status(429)
                .header("content-type", "application/json")
                .body(r#"{"error": {"code": "throttled", "message": "Too many", "wait_seconds": 12}}"#);
        })
        .await;
    let client = client(&server.base_url());
    let err = client
        .request(GET_ITEM)
        .path_param("id", 1)
        .send()
        .await
        .expect_err("a 503");
    let wait = err.retry_after().expect("a wait from the date");
    assert!(
        wait >= Duration::from_secs(27) && wait <= Duration::from_secs(30),
        "{wait:?}"
    );
    let err = client
        .request(GET_ITEM)
        .path_param("id", 2)
        .send()
        .await
        .expect_err("a 429");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(12)));
    assert_eq!(err.as_api().and_then(|a| a.code()), Some("throttled"));
}

#[tokio::test]
async fn an_empty_401_is_still_an_api_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(401);
        })
        .await;
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .send_json::<Item>()
        .await
        .expect_err("a 401");
    let api = err.as_api().expect("an API error, not a decode error");
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.summary, "(empty body)");
    assert!(api.body.is_empty());
    assert!(api.provider_error.is_none());
    assert_eq!(api.code(), None);
    assert_eq!(err.request_id(), None);
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "test get_item (GET /items/{id}): the API answered 401 Unauthorized: (empty body)"
    );
}

#[tokio::test]
async fn an_html_error_page_keeps_its_raw_body() {
    let html = "<html>\n  <body>Bad   Gateway</body>\n</html>\n";
    let server = MockServer::start_async().await;
    mock_body(&server, 502, "text/html", html).await;
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .send()
        .await
        .expect_err("a 502");
    let api = err.as_api().expect("an API error");
    assert_eq!(&api.body[..], html.as_bytes());
    assert!(api.provider_error.is_none(), "the decoder refused HTML");
    assert_eq!(api.summary, "<html> <body>Bad Gateway</body> </html>");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn request_ids_need_the_provider_header() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(400).header("x-request-id", "req-1").body("no");
        })
        .await;
    let plain = Client::builder(Provider::new("test"))
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let err = plain
        .request(GET_ITEM)
        .path_param("id", 1)
        .send()
        .await
        .expect_err("a 400");
    assert_eq!(err.request_id(), None);
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .send()
        .await
        .expect_err("a 400");
    assert_eq!(err.request_id(), Some("req-1"));
}

#[tokio::test]
async fn a_body_over_max_body_bytes_is_an_error() {
    let server = MockServer::start_async().await;
    let at_limit = format!(r#"{{"id": 1, "name": "{}"}}"#, "a".repeat(1024 - 21));
    assert_eq!(at_limit.len(), 1024);
    let over = format!(r#"{{"id": 1, "name": "{}"}}"#, "a".repeat(4096));
    server
        .mock_async(|when, then| {
            when.path("/items/1");
            then.status(200).body(at_limit);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/items/2");
            then.status(200).body(over);
        })
        .await;
    let client = Client::builder(PROVIDER)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .max_body_bytes(1024)
        .build()
        .expect("client");
    let item: Item = client
        .request(GET_ITEM)
        .path_param("id", 1)
        .send_json()
        .await
        .expect("a body at the limit is read");
    assert_eq!(item.name.len(), 1024 - 21);
    let err = client
        .request(GET_ITEM)
        .path_param("id", 2)
        .send()
        .await
        .expect_err("over the limit");
    let decode = as_decode(&err);
    assert!(
        decode.message.contains("over the 1024-byte limit"),
        "{}",
        decode.message
    );
    assert_eq!(decode.status, StatusCode::OK);
}

#[tokio::test]
async fn timeouts_say_which_limit_elapsed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200)
                .delay(Duration::from_secs(3))
                .body(r#"{"id": 1, "name": "late"}"#);
        })
        .await;
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .attempt_timeout(Duration::from_millis(100))
        .send()
        .await
        .expect_err("late");
    match &err {
        Error::Timeout { kind, elapsed, .. } => {
            assert_eq!(*kind, groupkit_core::TimeoutKind::Attempt);
            assert!(*elapsed >= Duration::from_millis(100), "{elapsed:?}");
            assert!(*elapsed < Duration::from_secs(2), "{elapsed:?}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(err.is_retryable());
    assert!(err.to_string().contains("per-attempt timeout"), "{err}");
    let err = client(&server.base_url())
        .request(GET_ITEM)
        .path_param("id", 1)
        .total_timeout(Duration::from_millis(100))
        .send()
        .await
        .expect_err("late");
    assert!(
        matches!(
            err,
            Error::Timeout {
                kind: groupkit_core::TimeoutKind::Total,
                ..
            }
        ),
        "{err:?}"
    );
}

/// A transport whose success announces a huge body and records whether it was read.
#[derive(Debug, Default)]
struct Announces {
    read: Arc<AtomicBool>,
}

#[async_trait::async_trait]
impl Transport for Announces {
    async fn send(&self, _: HttpRequest) -> Result<HttpResponse, TransportError> {
        let mut headers = HeaderMap::new();
        headers.insert("content-length", "64000000".parse().unwrap());
        let read = self.read.clone();
        let body = futures::stream::once(async move {
            read.store(true, Ordering::SeqCst);
            Ok(bytes::Bytes::from_static(b"{}"))
        });
        Ok(HttpResponse::from_stream(
            StatusCode::OK,
            headers,
            Box::pin(body),
        ))
    }
}

#[tokio::test]
async fn a_body_announced_over_the_limit_is_refused_before_reading() {
    let transport = Arc::new(Announces::default());
    let client = Client::builder(PROVIDER)
        .base_url("https://api.example.com")
        .transport(transport.clone())
        .max_body_bytes(1024)
        .build()
        .expect("client");
    let err = client
        .request(GET_ITEM)
        .path_param("id", 1)
        .send()
        .await
        .expect_err("over the limit");
    let decode = as_decode(&err);
    assert!(
        decode.message.contains("64000000 bytes"),
        "{}",
        decode.message
    );
    assert!(decode.message.contains("not read"), "{}", decode.message);
    assert!(!transport.read.load(Ordering::SeqCst), "the body was read");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_url_longer_than_servers_accept_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).body("{}");
        })
        .await;
    let client = client(&server.base_url());
    for size in [9 * 1024, 64 * 1024] {
        let err = client
            .request(GET_ITEM)
            .path_param("id", 1)
            .query("q", "x".repeat(size))
            .send()
            .await
            .expect_err("too long");
        assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
        assert!(!err.is_retryable());
        let text = err.to_string();
        assert!(text.contains("over the 8192-byte limit"), "{text}");
        assert!(text.contains("not sent"), "{text}");
    }
    assert_eq!(mock.calls_async().await, 0, "nothing was sent");
    // Under the limit, and with the limit raised, it goes out.
    client
        .request(GET_ITEM)
        .path_param("id", 1)
        .query("q", "x".repeat(4 * 1024))
        .send()
        .await
        .expect("sent");
    assert_eq!(mock.calls_async().await, 1);
}

/// The four kinds of errors a call can meet before or without the server: configuration
/// (`build()`), the caller's input (refused before sending), bugs in groupkit, and the
/// server's data (never one of the first three); and every error's cause chain.
mod categories {
    use super::*;

    use groupkit_core::pagination::{Cursor, NextLink, PageNumber};
    use groupkit_core::{Body, PageSizeLimits, Part, Position, Secret, SessionState};

    const KEY: &str = "sk_live_SECRET123";
    const CREATE: Operation = Operation::post("create_item", "/items");

    fn builder() -> groupkit_core::ClientBuilder {
        Client::builder(PROVIDER)
            .base_url("https://api.example.com/v1")
            .auth(Auth::bearer(KEY))
    }

    #[test]
    fn configuration_errors_come_from_build_and_say_what_to_do() {
        let cases: Vec<(&str, groupkit_core::ClientBuilder, &str)> = vec![
            (
                "no base URL",
                Client::builder(Provider::new("nohost")).auth(Auth::bearer(KEY)),
                "nohost needs a base URL: there is no default host; set one with `.base_url(..)`",
            ),
            (
                "not a URL",
                builder().base_url("api.example.com/v1"),
                "pass an absolute URL, such as `https://api.example.com/v1`",
            ),
            (
                "plain http",
                builder().base_url("http://api.example.com/v1"),
                "allowed only for loopback hosts (localhost, 127.0.0.1, ::1): use https",
            ),
            (
                "other scheme",
                builder().base_url("ftp://api.example.com/"),
                "the base URL's scheme `ftp` is not supported: use https",
            ),
            (
                "credentials in the URL",
                builder().base_url(format!("https://me:{KEY}@api.example.com/")),
                "give the credentials to the builder's auth method",
            ),
            (
                "a query in the URL",
                builder().base_url(format!("https://api.example.com/?api_key={KEY}")),
                "remove the `?...` or `#...` part",
            ),
            (
                "blank key",
                builder().auth(Auth::bearer("  ")),
                "the API key is empty or blank: pass the key the provider issued",
            ),
            (
                "key with a line break",
                builder().auth(Auth::raw_key(format!("{KEY}\n"))),
                "pass the key exactly as issued",
            ),
            (
                "blank Basic user",
                builder().auth(Auth::basic(" ", KEY)),
                "the Basic auth user name is empty or blank: pass the user name",
            ),
            (
                "Basic user with a colon",
                builder().auth(Auth::basic("me:you", KEY)),
                "pass the user name and the secret separately",
            ),
            (
                "blank query credential",
                builder().auth(Auth::query([("username", "me"), ("api_key", "")])),
                "the `api_key` credential is empty or blank: pass its value to the builder",
            ),
            (
                "zero timeout",
                builder().attempt_timeout(Duration::ZERO),
                "the attempt timeout is zero, so every call would time out: set a positive \
                 duration with `.attempt_timeout(..)`",
            ),
            (
                "user agent with a line break",
                builder().user_agent("me\r\nX-Evil: 1"),
                "the user agent is not a valid header value: use visible ASCII",
            ),
        ];
        for (what, builder, says) in cases {
            let err = builder.build().expect_err(what);
            assert!(matches!(err, Error::Config(_)), "{what}: {err:?}");
            let text = err.to_string();
            assert!(
                text.starts_with("invalid client configuration: "),
                "{what}: {text}"
            );
            assert!(text.contains(says), "{what}: {text}");
            assert!(!format!("{text} {err:?}").contains(KEY), "{what}: {text}");
            assert!(err.context().is_none(), "{what}");
            assert!(!err.is_retryable(), "{what}");
        }
    }

    /// A value whose serialization fails, quoting the client's key.
    struct Unserializable;

    impl serde::Serialize for Unserializable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom(format!("cannot write {KEY}")))
        }
    }

    #[tokio::test]
    async fn invalid_requests_are_refused_before_sending_and_say_what_to_do() {
        let server = TestServer::start(|_| Reply::json(200, serde_json::json!({}))).await;
        let client = client(&server.base);
        let offsets = Style::Offset(Offset {
            limit: "limit",
            offset: "offset",
            items: "/data",
            total: None,
            next: None,
            size_limits: PageSizeLimits::ANY,
        });
        let cursor = Style::Cursor(Cursor {
            limit: "limit",
            token: "page_token",
            items: "/data",
            has_more: Some("/has_more"),
            next_token: "/next_page_token",
            total: None,
            size_limits: PageSizeLimits::ANY,
        });
        let pages = Style::PageNumber(PageNumber {
            page: "page",
            page_size: "page_size",
            items: "",
            has_more_header: "x-has-more",
            size_limits: PageSizeLimits::ANY,
        });
        let links = Style::NextLink(NextLink {
            items: "/results",
            next: "/next",
            total: None,
        });
        let first = |paginator: groupkit_core::Paginator<Item>| async move {
            let mut items = paginator.items();
            let first = items.next().await.expect("an error");
            assert!(
                items.next().await.is_none(),
                "the listing ends with the error"
            );
            first.expect_err("refused")
        };
        let cases: Vec<(&str, Error, &str, &str)> = vec![
            (
                "empty path parameter",
                client
                    .request(GET_ITEM)
                    .path_param("id", "")
                    .send()
                    .await
                    .unwrap_err(),
                "get_item",
                "the path parameter `id` is empty: pass a non-empty value",
            ),
            (
                "JSON body that does not serialize",
                client
                    .request(CREATE)
                    .json(&Unserializable)
                    .send()
                    .await
                    .unwrap_err(),
                "create_item",
                "the body cannot be serialized as JSON (cannot write [redacted]): give a value \
                 that serializes",
            ),
            (
                "fields to clear in a body that is not an object",
                client
                    .request(CREATE)
                    .json_with_nulls(&[1, 2], &["name"])
                    .send()
                    .await
                    .unwrap_err(),
                "create_item",
                "fields to clear need a JSON object body, and this body is not one",
            ),
            (
                "raw content type with a line break",
                client
                    .request(CREATE)
                    .body(Body::Raw {
                        content_type: "text/plain\nX-Evil: 1".into(),
                        data: "x".into(),
                    })
                    .send()
                    .await
                    .unwrap_err(),
                "create_item",
                "the body's content type is not a valid header value: give a media type",
            ),
            (
                "multipart part whose content type would inject a header",
                client
                    .request(CREATE)
                    .multipart(vec![Part::file(
                        "file",
                        "a.txt",
                        "text/plain\r\nX-Evil: 1",
                        &b"x"[..],
                    )])
                    .send()
                    .await
                    .unwrap_err(),
                "create_item",
                "the content type of the multipart part `file` is not a valid header value",
            ),
            (
                "page size 0",
                first(client.request(LIST).paginate(offsets.clone()).page_size(0)).await,
                "list_items",
                "page size 0 is out of range: the page size must be at least 1",
            ),
            (
                "resuming from another style's position",
                first(
                    client
                        .request(LIST)
                        .paginate(cursor)
                        .resume_from(Position::Offset(20)),
                )
                .await,
                "list_items",
                "a cursor listing cannot resume from Offset(20), a position of another style: \
                 resume from a position a page of this listing gave",
            ),
            (
                "page 0",
                first(
                    client
                        .request(LIST)
                        .paginate(pages)
                        .resume_from(Position::Page(0)),
                )
                .await,
                "list_items",
                "page numbers start at 1, not 0",
            ),
            (
                "resuming from a link to another host",
                first(
                    client
                        .request(LIST)
                        .paginate(links)
                        .resume_from(Position::Link(format!(
                            "https://elsewhere.example/items?page=2&token={KEY}"
                        ))),
                )
                .await,
                "list_items",
                "is not on the configured base URL, and credentials are not sent elsewhere",
            ),
            (
                "an item pointer deeper than a top-level key",
                first(client.request(LIST).paginate(Style::Offset(Offset {
                    limit: "limit",
                    offset: "offset",
                    items: "/data/items",
                    total: None,
                    size_limits: PageSizeLimits::ANY,
                    next: None,
                })))
                .await,
                "list_items",
                "the listing's item pointer `/data/items` is not supported: use \"\" for a bare \
                 array or a top-level key",
            ),
        ];
        for (what, err, operation, says) in cases {
            match &err {
                Error::InvalidRequest { context, reason } => {
                    assert_eq!(context.provider, "test", "{what}");
                    assert_eq!(context.operation, operation, "{what}");
                    assert!(reason.contains(says), "{what}: {reason}");
                }
                other => panic!("{what}: expected an invalid request, got {other:?}"),
            }
            let text = err.to_string();
            assert!(text.contains("invalid request, not sent"), "{what}: {text}");
            assert!(!format!("{text} {err:?}").contains(KEY), "{what}: {text}");
            assert!(!err.is_retryable(), "{what}");
        }
        assert!(server.seen().is_empty(), "sent: {:?}", server.seen());
        // The same client sends a valid request: the server was there all along.
        client
            .request(GET_ITEM)
            .path_param("id", 1)
            .send()
            .await
            .expect("sent");
        assert_eq!(server.seen().len(), 1);
    }

    #[tokio::test]
    async fn a_session_cookie_that_cannot_be_sent_is_an_invalid_request() {
        let server = TestServer::start(|_| Reply::json(200, serde_json::json!({}))).await;
        let client = Client::builder(PROVIDER)
            .base_url(&server.base)
            .auth(Auth::session("csrf"))
            .build()
            .unwrap();
        client.session().unwrap().set(SessionState {
            cookie: Secret::new("sid=c00kie_value\r\nX-Evil: 1"),
            csrf: Secret::new("csrf_token_value"),
        });
        let err = client
            .request(GET_ITEM)
            .path_param("id", 1)
            .send()
            .await
            .unwrap_err();
        match &err {
            Error::InvalidRequest { context, reason } => {
                assert_eq!(context.operation, "get_item");
                assert!(
                    reason.contains("`SessionState::from_set_cookie`"),
                    "{reason}"
                );
            }
            other => panic!("expected an invalid request, got {other:?}"),
        }
        assert!(!format!("{err} {err:?}").contains("c00kie_value"), "{err}");
        assert!(server.seen().is_empty());
    }

    #[tokio::test]
    async fn a_broken_operation_is_a_bug_to_report_and_sends_nothing() {
        let server = TestServer::start(|_| Reply::json(200, serde_json::json!({}))).await;
        let client = client(&server.base);
        let unclosed = client
            .request(Operation::get("unclosed", "/items/{id"))
            .path_param("id", 1)
            .send()
            .await
            .unwrap_err();
        let unfilled = client
            .request(Operation::get("unfilled", "/items/{id}"))
            .send()
            .await
            .unwrap_err();
        for (err, operation, says) in [
            (
                unclosed,
                "unclosed",
                "the path template `/items/{id` has an unclosed `{`",
            ),
            (
                unfilled,
                "unfilled",
                "the path template `/items/{id}` names `id`, which the operation did not fill",
            ),
        ] {
            match &err {
                Error::Internal {
                    context: Some(context),
                    reason,
                } => {
                    assert_eq!(context.operation, operation);
                    assert!(reason.contains(says), "{reason}");
                }
                other => panic!("{operation}: expected an internal error, got {other:?}"),
            }
            let text = err.to_string();
            assert!(
                text.starts_with(&format!("test {operation} (GET ")),
                "{text}"
            );
            assert!(text.contains("bug in groupkit, please report it"), "{text}");
            assert!(!err.is_retryable());
        }
        assert!(server.seen().is_empty());
    }

    #[tokio::test]
    async fn unusable_server_data_is_never_a_configuration_or_request_error() {
        let server = TestServer::start(|seen| {
            if seen.path.starts_with("/items/") {
                Reply::json(200, serde_json::json!({"id": "seven", "name": "x"}))
            } else {
                Reply::json(
                    200,
                    serde_json::json!({"results": [{"id": 1, "name": "a"}], "next": "http://[::1"}),
                )
            }
        })
        .await;
        let client = client(&server.base);
        let decode = client
            .request(GET_ITEM)
            .path_param("id", 7)
            .send_json::<Item>()
            .await
            .unwrap_err();
        assert!(matches!(decode, Error::Decode(_)), "{decode:?}");
        let results: Vec<_> = client
            .request(LIST)
            .paginate::<Item>(Style::NextLink(NextLink {
                items: "/results",
                next: "/next",
                total: None,
            }))
            .items()
            .collect()
            .await;
        assert_eq!(results.len(), 2, "{results:?}");
        let link = results[1].as_ref().unwrap_err();
        assert!(
            matches!(
                link,
                Error::Pagination(groupkit_core::PaginationError::Invalid { .. })
            ),
            "{link:?}"
        );
        assert!(link.to_string().contains("is not a URL"), "{link}");
    }

    /// Each message of the chain `err` starts, from the top.
    fn chain(err: &(dyn std::error::Error + 'static)) -> Vec<String> {
        let mut texts = Vec::new();
        let mut next = Some(err);
        while let Some(error) = next {
            texts.push(error.to_string());
            next = error.source();
        }
        texts
    }

    /// An error reporter prints every message of the chain: none may hold another's text.
    /// Returns the first message found repeated within another.
    fn repeated(err: &(dyn std::error::Error + 'static)) -> Option<(String, String)> {
        let texts = chain(err);
        for (i, outer) in texts.iter().enumerate() {
            for inner in &texts[i + 1..] {
                if outer.contains(inner.as_str()) || inner.contains(outer.as_str()) {
                    return Some((outer.clone(), inner.clone()));
                }
            }
        }
        None
    }

    /// A message that carries its cause and also returns it as the source: printed twice.
    #[derive(Debug)]
    struct Twice(std::io::Error);

    impl std::fmt::Display for Twice {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "cannot write the body: {}", self.0)
        }
    }

    impl std::error::Error for Twice {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn the_chain_check_catches_a_cause_printed_twice() {
        let twice = Twice(std::io::Error::other("disk full"));
        assert_eq!(chain(&twice).len(), 2);
        assert!(
            repeated(&twice).is_some(),
            "a cause in the message and in source() must be caught"
        );
    }

    /// A writer that always fails.
    struct Full;

    impl tokio::io::AsyncWrite for Full {
        fn poll_write(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
            _: &[u8],
        ) -> std::task::Poll<std::io::Result<usize>> {
            std::task::Poll::Ready(Err(std::io::Error::other("no space left on device")))
        }
        fn poll_flush(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<std::io::Result<()>> {
            std::task::Poll::Ready(Ok(()))
        }
        fn poll_shutdown(
            self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<std::io::Result<()>> {
            std::task::Poll::Ready(Ok(()))
        }
    }

    #[tokio::test]
    async fn every_cause_chain_prints_each_message_once() {
        let server = TestServer::start(|seen| match seen.path.as_str() {
            "/items/decode" => Reply::json(200, serde_json::json!({"id": "seven", "name": "x"})),
            "/items/api" => Reply::json(
                409,
                serde_json::json!({"error": {"code": "conflict", "message": "taken"}}),
            ),
            "/items/drop" => Reply::Drop,
            "/items/slow" => Reply::json(200, serde_json::json!({})).delayed(Duration::from_secs(2)),
            "/items/stream" => Reply::raw(200, "application/octet-stream", "0123456789"),
            _ => Reply::json(
                200,
                serde_json::json!({"results": [{"id": 1, "name": "a"}], "next": "https://elsewhere.example/2"}),
            ),
        })
        .await;
        let client = client(&server.base);
        let get = |id: &'static str| client.request(GET_ITEM).path_param("id", id);
        let config = builder()
            .base_url("http://api.example.com")
            .build()
            .unwrap_err();
        let invalid = get("").send().await.unwrap_err();
        let internal = client
            .request(Operation::get("unclosed", "/items/{id"))
            .path_param("id", 1)
            .send()
            .await
            .unwrap_err();
        let decode = get("decode").send_json::<Item>().await.unwrap_err();
        let api = get("api").send().await.unwrap_err();
        let transport = get("drop").send().await.unwrap_err();
        let timeout = get("slow")
            .attempt_timeout(Duration::from_millis(100))
            .send()
            .await
            .unwrap_err();
        let write = get("stream")
            .send_streaming()
            .await
            .unwrap()
            .copy_to(&mut Full)
            .await
            .unwrap_err();
        let pagination = client
            .request(LIST)
            .paginate::<Item>(Style::NextLink(NextLink {
                items: "/results",
                next: "/next",
                total: None,
            }))
            .items()
            .collect::<Vec<_>>()
            .await
            .pop()
            .unwrap()
            .unwrap_err();
        let all = [
            ("config", config),
            ("invalid request", invalid),
            ("internal", internal),
            ("decode", decode),
            ("api", api),
            ("transport", transport),
            ("timeout", timeout),
            ("write", write),
            ("pagination", pagination),
        ];
        for (what, err) in &all {
            let matched = matches!(
                (*what, err),
                ("config", Error::Config(_))
                    | ("invalid request", Error::InvalidRequest { .. })
                    | ("internal", Error::Internal { .. })
                    | ("decode", Error::Decode(_))
                    | ("api", Error::Api(_))
                    | ("transport", Error::Transport { .. })
                    | ("timeout", Error::Timeout { .. })
                    | ("write", Error::Write { .. })
                    | ("pagination", Error::Pagination(_))
            );
            assert!(matched, "{what}: {err:?}");
            assert_eq!(repeated(err), None, "{what}: {err:?}");
        }
        // The causes are in the messages, once.
        let text = |what: &str| {
            all.iter()
                .find(|(w, _)| *w == what)
                .map(|(_, e)| e.to_string())
                .unwrap()
        };
        assert!(
            text("decode").contains("invalid type: string \"seven\""),
            "{}",
            text("decode")
        );
        assert!(
            text("write").contains("no space left on device"),
            "{}",
            text("write")
        );
    }
}

/// A page that is not the API's answer, at a status the provider lists as `unavailable`: the
/// call is not served at this base URL, and says so with its own error.
mod unavailable {
    use super::*;

    const KEY: &str = "sk_live_SECRET123";
    const BAN: Operation = Operation::post("ban_member", "/banmember");
    const NGINX_404: &str = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n\
        <center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    /// The test provider, serving no page of its own at 404 or 503.
    const ROUTED: Provider = Provider {
        unavailable_statuses: &[404, 503],
        ..PROVIDER
    };

    fn client_for(provider: Provider, base: &str, retries: RetryPolicy) -> Client {
        Client::builder(provider)
            .base_url(base)
            .auth(Auth::bearer(KEY))
            .retry_policy(retries)
            .build()
            .expect("client")
    }

    /// POSTs /banmember to a server answering `status` with `body` as `content_type`.
    async fn ban(provider: Provider, status: u16, content_type: &str, body: &str) -> Error {
        let server = MockServer::start_async().await;
        mock_body(&server, status, content_type, body).await;
        client_for(provider, &server.base_url(), RetryPolicy::none())
            .request(BAN)
            .send()
            .await
            .expect_err("an error status")
    }

    #[tokio::test]
    async fn an_html_404_is_an_unavailable_endpoint() {
        let err = ban(ROUTED, 404, "text/html; charset=utf-8", NGINX_404).await;
        let unavailable = err.as_unavailable().expect("an endpoint-unavailable error");
        assert_eq!(unavailable.status, StatusCode::NOT_FOUND);
        assert_eq!(unavailable.content_type.as_deref(), Some("text/html"));
        assert_eq!(unavailable.snippet, "404 Not Found 404 Not Found nginx");
        assert_eq!(&unavailable.body[..], NGINX_404.as_bytes());
        assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
        assert_eq!(err.context().map(|c| c.operation), Some("ban_member"));
        assert!(err.as_unavailable().is_some());
        assert!(err.as_api().is_none());
        assert!(!err.is_retryable());
        assert_eq!(err.retry_after(), None);
        assert!(std::error::Error::source(&err).is_none());
        assert_eq!(
            err.to_string(),
            "test ban_member (POST /banmember): endpoint unavailable: the server answered 404 \
             with a text/html page, not an API error: this call is not served at this base URL \
             (check the base URL; the provider may have disabled or not yet fixed this \
             endpoint) (the page reads: 404 Not Found 404 Not Found nginx)"
        );
    }

    #[tokio::test]
    async fn a_plain_text_404_is_an_unavailable_endpoint() {
        let err = ban(ROUTED, 404, "text/plain", "404 page not found\n").await;
        let unavailable = err.as_unavailable().expect("an endpoint-unavailable error");
        assert_eq!(unavailable.content_type.as_deref(), Some("text/plain"));
        assert_eq!(unavailable.snippet, "404 page not found");
        assert!(
            err.to_string()
                .contains("answered 404 with a text/plain page, not an API error"),
            "{err}"
        );
        // Without a content type, the body alone says it is not JSON.
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.any_request();
                then.status(404).body("page not found");
            })
            .await;
        let err = client_for(ROUTED, &server.base_url(), RetryPolicy::none())
            .request(BAN)
            .send()
            .await
            .expect_err("a 404");
        assert_eq!(
            err.as_unavailable()
                .expect("an endpoint-unavailable error")
                .content_type,
            None
        );
        assert!(
            err.to_string().contains("answered 404 with a page,"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn a_json_404_is_still_the_providers_api_error() {
        let body = r#"{"error": {"code": "member_not_found", "message": "No such member"}}"#;
        let err = ban(ROUTED, 404, "application/json", body).await;
        let api = err.as_api().expect("an API error");
        assert_eq!(api.code(), Some("member_not_found"));
        // JSON the decoder does not know, or any body sent as JSON, is the API's too.
        for (content_type, body) in [
            ("application/json", r#"{"detail": "Not found."}"#),
            ("text/html", r#"{"detail": "Not found."}"#),
            ("application/problem+json", "<html>not found</html>"),
        ] {
            let err = ban(ROUTED, 404, content_type, body).await;
            assert!(err.as_api().is_some(), "{content_type} {body}: {err:?}");
        }
        // An empty 404 says nothing about routing.
        let err = ban(ROUTED, 404, "text/html", "").await;
        assert!(err.as_api().is_some(), "{err:?}");
    }

    #[tokio::test]
    async fn an_html_page_at_another_status_is_still_an_api_error() {
        let err = ban(ROUTED, 500, "text/html", NGINX_404).await;
        let api = err.as_api().expect("an API error");
        assert_eq!(api.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(api.summary.contains("404 Not Found"), "{}", api.summary);
    }

    #[tokio::test]
    async fn a_provider_without_unavailable_statuses_keeps_api_errors() {
        let err = ban(PROVIDER, 404, "text/html", NGINX_404).await;
        let api = err.as_api().expect("an API error");
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        assert!(api.provider_error.is_none());
        let err = ban(Provider::new("bare"), 404, "text/plain", "page not found").await;
        assert!(err.as_api().is_some(), "{err:?}");
    }

    #[tokio::test]
    async fn an_unavailable_endpoint_is_not_retried() {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.any_request();
                then.status(503)
                    .header("content-type", "text/html")
                    .header("retry-after", "0")
                    .body("<html><body>Service disabled</body></html>");
            })
            .await;
        let retries =
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(2));
        let err = client_for(ROUTED, &server.base_url(), retries)
            .request(GET_ITEM)
            .path_param("id", 1)
            .send()
            .await
            .expect_err("a 503");
        assert_eq!(
            err.as_unavailable()
                .expect("an endpoint-unavailable error")
                .snippet,
            "Service disabled"
        );
        assert!(!err.is_retryable());
        mock.assert_calls_async(1).await;
    }

    #[tokio::test]
    async fn the_page_never_shows_a_credential() {
        // A page that echoes the key, in its text and in an attribute.
        let page = format!(
            "<html><body><h1>Not Found</h1><p>key {KEY}</p>\
             <a href=\"/login?api_key={KEY}\">retry</a></body></html>"
        );
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.any_request();
                then.status(404)
                    .header("content-type", "text/html")
                    .header("set-cookie", format!("session={KEY}"))
                    .body(&page);
            })
            .await;
        let err = client_for(ROUTED, &server.base_url(), RetryPolicy::none())
            .request(BAN)
            .send()
            .await
            .expect_err("a 404");
        let unavailable = err.as_unavailable().expect("an endpoint-unavailable error");
        let printed = format!("{err}\n{err:?}\n{unavailable:?}");
        assert!(!printed.contains(KEY), "the key leaked:\n{printed}");
        assert!(
            !printed.contains("SECRET123"),
            "part of the key leaked:\n{printed}"
        );
        assert!(
            printed.contains("ban_member (POST /banmember)"),
            "{printed}"
        );
        assert!(
            unavailable.snippet.contains("Not Found key [redacted]"),
            "{printed}"
        );
        // The raw body is kept as received, for whoever needs it.
        assert_eq!(&unavailable.body[..], page.as_bytes());
    }
}
