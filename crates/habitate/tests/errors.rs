//! Habitate's error body `{"id","status","time","message"}` on every documented status, bodies
//! that are not it, retries, and secrets kept out of every message.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{AUTH, KEY, PREFIX, SYSTEM, base_url, client};
use groupkit_habitate::models::ErrorStatus;
use groupkit_habitate::{ApiError, Client, Error, ErrorBody, RetryPolicy, RoleId};
use groupkit_testkit::Spec;
use httpmock::MockServer;
use serde_json::json;

const DOCUMENTED: &[(u16, &str)] = &[
    (400, "BAD_REQUEST"),
    (403, "FORBIDDEN"),
    (404, "NOT_FOUND"),
    (405, "METHOD_NOT_ALLOWED"),
    (409, "CONFLICT"),
    (418, "I_AM_A_TEAPOT"),
    (429, "TOO_MANY_REQUESTS"),
    (500, "SERVER_ERROR"),
    (503, "SERVICE_UNAVAILABLE"),
];

fn api(result: groupkit_habitate::Result<impl std::fmt::Debug>) -> Box<ApiError> {
    match result {
        Err(Error::Api(api)) => api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn the_documented_error_body_decodes() {
    let spec = Spec::load("habitate");
    let sample = spec
        .pointer("/components/responses/Error/content/application~1json/examples/bad_request/value")
        .unwrap()
        .clone();
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method("POST").path(format!("{PREFIX}/tags"));
            then.status(400).json_body(sample);
        })
        .await;
    let api = api(client(&server).create_tag().name("dup").send().await);
    assert_eq!(api.status, 400);
    assert_eq!(api.code(), Some("BAD_REQUEST"));
    let body: &ErrorBody = api.provider_error().unwrap();
    assert_eq!(body.id.as_deref(), Some("1sVIyJhyVLC_5PG5vCsY"));
    assert_eq!(body.status, Some(ErrorStatus::BadRequest));
    assert_eq!(
        body.message.as_deref(),
        Some("ERR_V1█Request payload validation errors")
    );
    assert!(body.time.is_some());
    assert_eq!(
        api.summary,
        "BAD_REQUEST: ERR_V1█Request payload validation errors (error id 1sVIyJhyVLC_5PG5vCsY)"
    );
}

#[tokio::test]
async fn every_documented_status_maps_to_an_api_error_with_its_code() {
    let server = MockServer::start_async().await;
    for &(status, name) in DOCUMENTED {
        server
            .mock_async(|when, then| {
                when.path(format!("{PREFIX}/boards/{status}"));
                then.status(status).json_body(json!({
                    "id": format!("err-{status}"),
                    "status": name,
                    "time": "2022-02-22T22:22:22.222222Z",
                    "message": format!("ERR_V1 {name}")
                }));
            })
            .await;
    }
    let client = client(&server);
    for &(status, name) in DOCUMENTED {
        let error = client
            .get_board(i64::from(status))
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        let api = api(Err::<(), _>(error));
        assert_eq!(api.code(), Some(name), "{status}");
        let body = api.provider_error::<ErrorBody>().unwrap();
        assert!(!body.status.as_ref().unwrap().is_unknown(), "{name}");
        assert_eq!(body.id.as_deref(), Some(format!("err-{status}").as_str()));
        assert!(api.to_string().contains(&format!("ERR_V1 {name}")));
    }
}

#[tokio::test]
async fn an_unknown_status_name_is_kept() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users/me"));
            then.status(402)
                .json_body(json!({"status": "PAYMENT_REQUIRED", "message": "plan expired"}));
        })
        .await;
    let api = api(client(&server).get_current_user().send().await);
    assert_eq!(api.code(), Some("PAYMENT_REQUIRED"));
    let body = api.provider_error::<ErrorBody>().unwrap();
    assert_eq!(
        body.status,
        Some(ErrorStatus::Unknown("PAYMENT_REQUIRED".into()))
    );
}

#[tokio::test]
async fn bodies_that_are_not_habitate_errors_are_still_api_errors() {
    let server = MockServer::start_async().await;
    let cases: [(u16, &str); 4] = [
        (502, "<html><body>Bad Gateway</body></html>"),
        (403, ""),
        (404, r#"{"detail": "Not found."}"#),
        (500, r#"{"status": 500}"#),
    ];
    for (i, (status, body)) in cases.iter().enumerate() {
        server
            .mock_async(|when, then| {
                when.path(format!("{PREFIX}/posts/{i}"));
                then.status(*status).body(*body);
            })
            .await;
    }
    let client = client(&server);
    for (i, (status, body)) in cases.iter().enumerate() {
        let api = api(client.get_post(i as i64).send().await);
        assert_eq!(api.status, *status);
        assert!(api.provider_error.is_none(), "{body}");
        assert_eq!(api.code(), None);
        assert_eq!(api.body, body.as_bytes());
    }
    let html = api(client.get_post(0).send().await);
    assert!(html.summary.contains("Bad Gateway"), "{}", html.summary);
}

fn retrying(server: &MockServer) -> Client {
    Client::builder()
        .base_url(base_url(server))
        .basic(SYSTEM, KEY)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(3)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn rate_limits_and_unavailability_are_retried_then_succeed() {
    for (status, name) in [(429, "TOO_MANY_REQUESTS"), (503, "SERVICE_UNAVAILABLE")] {
        let server = MockServer::start_async().await;
        let failing = server
            .mock_async(|when, then| {
                when.path(format!("{PREFIX}/roles"));
                then.status(status)
                    .json_body(json!({"status": name}))
                    .up_to_n_times(2);
            })
            .await;
        let ok = server
            .mock_async(|when, then| {
                when.path(format!("{PREFIX}/roles"));
                then.status(200)
                    .header("has_more", "0")
                    .json_body(json!([{"role_id": 4}]));
            })
            .await;
        let roles = retrying(&server).list_roles().send().await.unwrap();
        assert_eq!(roles[0].role_id, Some(RoleId::from(4)));
        failing.assert_calls_async(2).await;
        ok.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn other_statuses_and_writes_are_not_retried() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (path, status) in [
        ("/boards/500", 500),
        ("/boards/418", 418),
        ("/boards/403", 403),
    ] {
        mocks.push(
            server
                .mock_async(|when, then| {
                    when.path(format!("{PREFIX}{path}"));
                    then.status(status).json_body(json!({"status": "X"}));
                })
                .await,
        );
    }
    // A POST is not idempotent: even a 503 is not retried.
    let post = server
        .mock_async(|when, then| {
            when.method("POST").path(format!("{PREFIX}/boards"));
            then.status(503)
                .json_body(json!({"status": "SERVICE_UNAVAILABLE"}));
        })
        .await;
    let client = retrying(&server);
    for id in [500, 418, 403] {
        let error = client.get_board(id).send().await.unwrap_err();
        assert!(!error.is_retryable(), "{id}");
    }
    let error = client
        .create_board()
        .board_name("b")
        .hidden_type(0i64)
        .is_private(false)
        .needs_approval(false)
        .permission_for(10i64)
        .send()
        .await
        .unwrap_err();
    assert!(error.is_retryable());
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
    post.assert_calls_async(1).await;
}

#[tokio::test]
async fn retry_after_is_read_from_a_429() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users/me"));
            then.status(429)
                .header("retry-after", "7")
                .json_body(json!({"status": "TOO_MANY_REQUESTS"}));
        })
        .await;
    let error = client(&server).get_current_user().send().await.unwrap_err();
    assert!(error.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
}

#[tokio::test]
async fn a_bad_key_is_a_403_and_no_secret_is_printed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users/me"))
                .header("authorization", AUTH);
            // A server that echoes the credentials it was sent.
            then.status(403).json_body(json!({
                "id": "f1", "status": "FORBIDDEN",
                "message": format!("invalid API key {KEY} in {AUTH}")
            }));
        })
        .await;
    let client = client(&server);
    let error = client.get_current_user().send().await.unwrap_err();
    let api = api(Err::<(), _>(error));
    assert_eq!(api.code(), Some("FORBIDDEN"));
    let display = api.to_string();
    assert!(display.contains("[redacted]"), "{display}");
    let encoded = AUTH.trim_start_matches("Basic ");
    for text in [display, format!("{client:?}")] {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains(encoded), "{text}");
    }
}

#[tokio::test]
async fn debug_of_errors_shows_no_secret() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users/me"));
            then.status(403).json_body(
                json!({"id": "f2", "status": "FORBIDDEN", "message": "invalid API key"}),
            );
        })
        .await;
    let error = client(&server).get_current_user().send().await.unwrap_err();
    let encoded = AUTH.trim_start_matches("Basic ");
    for text in [format!("{error:?}"), error.to_string()] {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains(encoded), "{text}");
    }
}
