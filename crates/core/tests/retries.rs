//! Retries and timeouts over the wire.

#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use groupkit_core::retry::{BodyWait, WaitFormat};
use groupkit_core::{
    Client, Error, HttpRequest, HttpResponse, Operation, Provider, RetryBudget, RetryHints,
    RetryPolicy, TimeoutKind, Transport, TransportError,
};
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
async fn a_wait_longer_than_the_policy_allows_is_not_waited_for() {
    let server = TestServer::script(vec![
        Reply::raw(503, "text/plain", "").header("retry-after", "3600"),
        ok(),
    ])
    .await;
    let error = client(&server.base).request(GET).send().await.unwrap_err();
    // Not retried early against the server's word: the caller gets the wait to schedule.
    assert_eq!(server.seen().len(), 1);
    assert!(error.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3600)));
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
async fn provider_statuses_are_retried_under_any_policy() {
    let provider = Provider {
        retry: RetryHints {
            statuses: &[409],
            ..RetryHints::NONE
        },
        ..Provider::new("provider-with-its-own-status")
    };
    let server = TestServer::script(vec![Reply::json(409, json!({"error": "busy"})), ok()]).await;
    let client = Client::builder(provider)
        .base_url(&server.base)
        .build()
        .unwrap();
    // A per-request policy that never heard of 409 still inherits the provider's statuses.
    let per_request = RetryPolicy::none()
        .with_max_attempts(2)
        .with_backoff(Duration::from_millis(1), Duration::from_millis(1));
    client
        .request(GET)
        .retry_policy(per_request)
        .send()
        .await
        .unwrap();
    assert_eq!(server.seen().len(), 2);
}

/// SendHub's facts, as its spec states them.
const QUOTA: Provider = Provider {
    retry: RetryHints {
        statuses: &[],
        quota_statuses: &[420],
        wait_in_body: Some(BodyWait {
            pointer: "/timeLeft",
            format: WaitFormat::Clock,
        }),
    },
    ..Provider::new("quota")
};

fn quota_client(base: &str) -> Client {
    Client::builder(QUOTA)
        .base_url(base)
        .retry_policy(policy())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_spent_quota_is_not_retried_and_says_so() {
    let server = TestServer::script(vec![Reply::json(420, json!({"error": "limit"})), ok()]).await;
    let error = quota_client(&server.base)
        .request(GET)
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.seen().len(), 1, "a spent quota is not hammered");
    assert!(!error.is_retryable(), "the classifier and the client agree");
    // Even a policy that lists 420 does not retry a spent quota without a wait.
    let server = TestServer::script(vec![Reply::json(420, json!({"error": "limit"})), ok()]).await;
    quota_client(&server.base)
        .request(GET)
        .retry_policy(policy().with_extra_statuses(&[420]))
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.seen().len(), 1);
}

/// Answers `first`, then success, to the quota client; returns how long the call took, after
/// checking that it took two requests.
async fn retried_after(first: Reply) -> Duration {
    let server = TestServer::script(vec![first, ok()]).await;
    let started = Instant::now();
    quota_client(&server.base)
        .request(GET)
        .send()
        .await
        .unwrap();
    assert_eq!(server.seen().len(), 2);
    started.elapsed()
}

#[tokio::test]
async fn a_spent_quota_with_a_wait_is_retried_after_it() {
    let limit = Reply::json(420, json!({"error": "limit"})).header("retry-after", "1");
    assert!(retried_after(limit).await >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_wait_in_the_body_is_honoured_like_retry_after() {
    let body = json!({"message": "slow down", "code": "429", "timeLeft": "0:00:01"});
    assert!(retried_after(Reply::json(429, body)).await >= Duration::from_secs(1));
}

#[tokio::test]
async fn retries_stop_when_the_budget_is_spent() {
    let server =
        TestServer::start(|_: &support::Seen| Reply::raw(503, "text/plain", "overloaded")).await;
    let client = Client::builder(Provider::new("test"))
        .base_url(&server.base)
        .retry_policy(policy())
        .retry_budget(RetryBudget::with_capacity(10))
        .build()
        .unwrap();
    // Two retries (5 tokens each) spend the bucket; after that, only first attempts go out.
    for _ in 0..4 {
        client.request(GET).send().await.unwrap_err();
    }
    assert_eq!(server.seen().len(), 3 + 1 + 1 + 1);
    // Clones share the budget.
    client.clone().request(GET).send().await.unwrap_err();
    assert_eq!(server.seen().len(), 7);
}

#[tokio::test]
async fn without_a_budget_every_allowed_retry_is_made() {
    let server =
        TestServer::start(|_: &support::Seen| Reply::raw(503, "text/plain", "overloaded")).await;
    let client = Client::builder(Provider::new("test"))
        .base_url(&server.base)
        .retry_policy(policy())
        .retry_budget(RetryBudget::unlimited())
        .build()
        .unwrap();
    for _ in 0..50 {
        client.request(GET).send().await.unwrap_err();
    }
    assert_eq!(server.seen().len(), 150);
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
    // The cause is in the message once, not repeated down a source chain.
    assert!(std::error::Error::source(&error).is_none());
    let text = error.to_string();
    let cause = text.split("transport error: ").nth(1).unwrap_or_default();
    assert!(
        !cause.is_empty() && text.matches(cause).count() == 1,
        "{text}"
    );
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

/// A server that accepts and never answers, as a transport, so that time can be paused.
#[derive(Debug)]
struct NeverAnswers;

#[async_trait::async_trait]
impl Transport for NeverAnswers {
    async fn send(&self, _: HttpRequest) -> Result<HttpResponse, TransportError> {
        futures::future::pending().await
    }
}

fn hung_client(builder: groupkit_core::ClientBuilder) -> Client {
    builder
        .base_url("https://api.example.com")
        .transport(Arc::new(NeverAnswers))
        .build()
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn a_server_that_never_answers_fails_at_the_total_timeout_with_the_defaults() {
    let client = hung_client(Client::builder(Provider::new("test")));
    let started = tokio::time::Instant::now();
    let error = client.request(GET).send().await.unwrap_err();
    let took = started.elapsed();
    let Error::Timeout {
        kind,
        limit,
        attempts,
        elapsed,
        ..
    } = &error
    else {
        panic!("expected a timeout, got {error:?}");
    };
    // 30 s, a short backoff, then the second attempt is cut by the 60 s total.
    assert_eq!(
        (*kind, *limit, *attempts),
        (TimeoutKind::Total, Duration::from_secs(60), 2)
    );
    assert!(took <= Duration::from_secs(60), "{took:?}");
    assert!(*elapsed >= Duration::from_secs(59), "{elapsed:?}");
    let text = error.to_string();
    assert!(
        text.contains("total timeout: the 60s limit was reached (2 attempts"),
        "{text}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_per_attempt_timeout_names_its_own_limit_and_the_attempts() {
    let client = hung_client(
        Client::builder(Provider::new("test"))
            .attempt_timeout(Duration::from_secs(1))
            .retry_policy(policy()),
    );
    let error = client.request(GET).send().await.unwrap_err();
    let Error::Timeout {
        kind,
        limit,
        attempts,
        ..
    } = &error
    else {
        panic!("expected a timeout, got {error:?}");
    };
    assert_eq!(
        (*kind, *limit, *attempts),
        (TimeoutKind::Attempt, Duration::from_secs(1), 3)
    );
    let text = error.to_string();
    assert!(
        text.contains("per-attempt timeout: the 1s limit was reached (3 attempts"),
        "{text}"
    );
}
