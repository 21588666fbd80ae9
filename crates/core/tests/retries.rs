//! Retries and timeouts over the wire.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant, SystemTime};

use groupkit_core::{Client, Error, Operation, Provider, RetryPolicy, TimeoutKind};
use serde_json::json;
use support::{Reply, TestServer};

const GET: Operation = Operation::get("get_thing", "/thing");
const POST: Operation = Operation::post("create_thing", "/thing");

/// Fast backoff so the tests take milliseconds; Retry-After clamped at 2 s.
fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .with_backoff(Duration::from_millis(1), Duration::from_millis(5))
        .with_max_retry_after(Duration::from_secs(2))
}

fn client(base: &str) -> Client {
    Client::builder(Provider::new("test"))
        .base_url(base)
        .retry_policy(policy())
        .build()
        .unwrap()
}

fn ok() -> Reply {
    Reply::json(200, json!({"ok": true}))
}

#[tokio::test]
async fn a_503_then_success_succeeds() {
    let server =
        TestServer::script(vec![Reply::raw(503, "text/html", "<h1>busy</h1>"), ok()]).await;
    let body: serde_json::Value = client(&server.base).request(GET).send_json().await.unwrap();
    assert_eq!(body, json!({"ok": true}));
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = TestServer::script(vec![
        Reply::raw(429, "text/plain", "slow down").header("retry-after", "1"),
        ok(),
    ])
    .await;
    let started = Instant::now();
    client(&server.base).request(GET).send().await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let server = TestServer::script(vec![
        Reply::raw(429, "text/plain", "").header("retry-after", &at),
        ok(),
    ])
    .await;
    let started = Instant::now();
    client(&server.base).request(GET).send().await.unwrap();
    // HTTP dates have one-second resolution: at least ~1 s, and clamped to the 2 s maximum.
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(4),
        "waited {waited:?}"
    );
}

#[tokio::test]
async fn a_long_retry_after_is_clamped() {
    let server = TestServer::script(vec![
        Reply::raw(503, "text/plain", "").header("retry-after", "3600"),
        ok(),
    ])
    .await;
    let started = Instant::now();
    client(&server.base).request(GET).send().await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn post_is_not_retried_unless_the_caller_opts_in() {
    let server = TestServer::script(vec![Reply::raw(503, "text/plain", ""), ok()]).await;
    let error = client(&server.base).request(POST).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.seen().len(), 1);

    let server = TestServer::script(vec![Reply::raw(503, "text/plain", ""), ok()]).await;
    client(&server.base)
        .request(POST)
        .retry_policy(policy().with_retry_non_idempotent(true))
        .send()
        .await
        .unwrap();
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn attempts_are_capped() {
    let server =
        TestServer::start(|_: &support::Seen| Reply::raw(502, "text/plain", "bad gateway")).await;
    let error = client(&server.base).request(GET).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert!(error.is_retryable());
    assert_eq!(server.seen().len(), 3, "the default is 3 attempts in all");

    let error = client(&server.base)
        .request(GET)
        .retry_policy(policy().with_max_attempts(5))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Api(_)));
    assert_eq!(server.seen().len(), 3 + 5);
}

#[tokio::test]
async fn errors_that_a_retry_cannot_fix_are_not_retried() {
    let server = TestServer::script(vec![
        Reply::json(404, json!({"detail": "Not found."})),
        ok(),
    ])
    .await;
    let error = client(&server.base).request(GET).send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert!(!error.is_retryable());
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn provider_statuses_are_retried_too() {
    let provider = Provider {
        retry_statuses: &[420],
        ..Provider::new("sendhub-like")
    };
    let server = TestServer::script(vec![Reply::json(420, json!({"error": "limit"})), ok()]).await;
    let client = Client::builder(provider)
        .base_url(&server.base)
        .build()
        .unwrap();
    assert!(client.config().retry().retry_statuses.contains(&420));
    let fast = client
        .config()
        .retry()
        .clone()
        .with_backoff(Duration::from_millis(1), Duration::from_millis(1));
    client.request(GET).retry_policy(fast).send().await.unwrap();
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn dropped_connections_are_retried_for_idempotent_requests() {
    let server = TestServer::script(vec![Reply::Drop, ok()]).await;
    client(&server.base).request(GET).send().await.unwrap();
    assert_eq!(server.seen().len(), 2);

    let server = TestServer::script(vec![Reply::Drop, ok()]).await;
    let error = client(&server.base).request(POST).send().await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn the_attempt_timeout_ends_a_slow_attempt_and_the_retry_succeeds() {
    let server = TestServer::script(vec![ok().delayed(Duration::from_secs(5)), ok()]).await;
    let started = Instant::now();
    client(&server.base)
        .request(GET)
        .attempt_timeout(Duration::from_millis(200))
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn the_attempt_timeout_is_reported_when_every_attempt_is_slow() {
    let server = TestServer::start(|_: &support::Seen| ok().delayed(Duration::from_secs(5))).await;
    let error = client(&server.base)
        .request(GET)
        .attempt_timeout(Duration::from_millis(100))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Attempt,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn the_total_timeout_bounds_all_attempts_and_waits() {
    let server = TestServer::start(|_: &support::Seen| {
        Reply::raw(503, "text/plain", "").header("retry-after", "1")
    })
    .await;
    let started = Instant::now();
    let error = client(&server.base)
        .request(GET)
        .total_timeout(Duration::from_millis(1500))
        .retry_policy(policy().with_max_attempts(10))
        .send()
        .await
        .unwrap_err();
    // The second wait would end past the deadline, so the call gives up with the last answer.
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.seen().len(), 2);

    let slow = TestServer::start(|_: &support::Seen| ok().delayed(Duration::from_secs(5))).await;
    let error = client(&slow.base)
        .request(GET)
        .total_timeout(Duration::from_millis(300))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Total,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_retryable_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = Client::builder(Provider::new("test"))
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.request(GET).send().await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.is_retryable());
}

#[tokio::test]
async fn the_connect_timeout_applies() {
    // A listener that never accepts, with its accept queue filled: Linux then drops new SYNs,
    // so a connect hangs on loopback until the connect timeout ends it.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut held = Vec::new();
    for _ in 0..8 {
        let attempt = tokio::time::timeout(
            Duration::from_millis(100),
            tokio::net::TcpStream::connect(addr),
        )
        .await;
        if let Ok(Ok(stream)) = attempt {
            held.push(stream);
        }
    }
    let client = Client::builder(Provider::new("test"))
        .base_url(format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(300))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client.request(GET).send().await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Timeout {
                kind: TimeoutKind::Connect,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    drop((held, listener));
}
