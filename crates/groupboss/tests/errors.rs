//! Error answers: every documented error body decodes into `ErrorBody`; HTML and empty bodies
//! are still API errors; 429 honours `Retry-After`; nothing prints the key.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use groupkit_groupboss::{Client, Error, ErrorBody, OPERATIONS, RetryPolicy};
use httpmock::prelude::*;
use serde_json::json;
use support::{KEY, client, spec};

const USER: &str = "5dbc5fcc-e391-49b8-8c2b-459c00dde8bc";

/// Serves `status` with `body` to `GET /users/{USER}/` and returns the error.
async fn get_user_error(status: u16, content_type: &str, body: &str) -> Error {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("/users/{USER}/"));
            then.status(status)
                .header("content-type", content_type)
                .body(body);
        })
        .await;
    client(&server).get_user(USER).send().await.unwrap_err()
}

fn body_of(err: &Error) -> &ErrorBody {
    let api = err
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {err:?}"));
    api.provider_error::<ErrorBody>()
        .unwrap_or_else(|| panic!("not decoded: {err:?}"))
}

#[tokio::test]
async fn every_documented_error_example_decodes() {
    let mut seen = std::collections::BTreeSet::new();
    for (op, ..) in OPERATIONS {
        for example in spec().response_examples(op) {
            if example.status < 400 || !seen.insert(example.name.clone()) {
                continue;
            }
            let err = get_user_error(
                example.status,
                "application/json",
                &example.body.to_string(),
            )
            .await;
            assert_eq!(err.status().unwrap().as_u16(), example.status);
            let body = body_of(&err);
            match example.body.get("detail") {
                Some(detail) => assert_eq!(body.detail.as_deref(), detail.as_str()),
                None => assert!(!body.fields.is_empty(), "{}: {body:?}", example.name),
            }
            assert!(err.to_string().contains(&body.to_string()), "{err}");
        }
    }
    // Forbidden, NotFound, TooManyRequests, BadRequest.
    assert_eq!(seen.len(), 4, "{seen:?}");
}

#[tokio::test]
async fn a_bad_key_is_a_403_with_its_detail() {
    let err = get_user_error(
        403,
        "application/json",
        r#"{"detail": "Authorization Failed. No such user"}"#,
    )
    .await;
    assert_eq!(err.status().unwrap().as_u16(), 403);
    assert_eq!(
        body_of(&err).detail.as_deref(),
        Some("Authorization Failed. No such user")
    );
    assert!(
        err.to_string()
            .contains("Authorization Failed. No such user")
    );
    assert_eq!(err.as_api().unwrap().code(), None);
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn validation_errors_map_fields_to_messages() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/webhooks/publicwebhooks/");
            then.status(400).json_body(json!({
                "target": ["Enter a valid URL."],
                "event": ["\"Group.deleted\" is not a valid choice."],
            }));
        })
        .await;
    let err = client(&server)
        .create_webhook_subscription()
        .event("Group.deleted")
        .target("not a url")
        .send()
        .await
        .unwrap_err();
    let body = body_of(&err);
    assert_eq!(body.detail, None);
    assert_eq!(body.field("target").unwrap(), ["Enter a valid URL."]);
    assert_eq!(
        body.field("event").unwrap(),
        ["\"Group.deleted\" is not a valid choice."]
    );
    assert!(
        err.to_string().contains("target: Enter a valid URL."),
        "{err}"
    );
}

#[tokio::test]
async fn html_and_empty_bodies_are_still_api_errors() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let err = get_user_error(502, "text/html", html).await;
    let api = err.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 502);
    assert!(api.provider_error.is_none());
    assert_eq!(&api.body[..], html.as_bytes());
    assert!(err.is_retryable());

    let err = get_user_error(401, "application/json", "").await;
    let api = err.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 401);
    assert!(api.provider_error.is_none());
    assert!(api.body.is_empty());

    // JSON that is not an error body.
    let err = get_user_error(500, "application/json", "[1, 2]").await;
    assert!(err.as_api().unwrap().provider_error.is_none());
}

#[tokio::test]
async fn a_throttled_answer_reports_retry_after() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("/users/{USER}/"));
            then.status(429)
                .header("retry-after", "30")
                .json_body(json!({
                    "detail": "Request was throttled. Expected available in 30 seconds."
                }));
        })
        .await;
    let err = client(&server).get_user(USER).send().await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert!(err.is_retryable());
    assert!(
        body_of(&err)
            .detail
            .as_deref()
            .unwrap()
            .starts_with("Request was throttled")
    );
}

fn retrying(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn reads_are_retried_on_429_and_writes_are_not() {
    let server = MockServer::start_async().await;
    let read = server
        .mock_async(|when, then| {
            when.method(GET).path(format!("/users/{USER}/"));
            then.status(429)
                .header("retry-after", "0")
                .json_body(json!({"detail": "Throttled."}));
        })
        .await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST).path("/webhooks/publicwebhooks/");
            then.status(429)
                .header("retry-after", "0")
                .json_body(json!({"detail": "Throttled."}));
        })
        .await;
    let client = retrying(&server);
    let err = client.get_user(USER).send().await.unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 429);
    read.assert_calls_async(3).await;

    let err = client
        .create_webhook_subscription()
        .event("Group.created")
        .target("https://example.com/hook/")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 429);
    write.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_key_is_never_printed() {
    let echo = format!(r#"{{"detail": "Invalid key {KEY}", "key": ["{KEY} is not valid."]}}"#);
    let err = get_user_error(403, "application/json", &echo).await;
    // The raw body is kept as received; everything printable is scrubbed.
    assert!(String::from_utf8_lossy(&err.as_api().unwrap().body).contains(KEY));
    for text in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
        assert!(!text.contains(KEY), "{text}");
    }
    let server = MockServer::start_async().await;
    let client = client(&server);
    for text in [
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{:?}", client.list_users().paginator()),
    ] {
        assert!(!text.contains(KEY), "{text}");
    }
}

#[test]
fn a_client_needs_a_key() {
    let err = Client::builder().build().unwrap_err();
    assert!(matches!(err, Error::Config(_)));
    assert!(err.to_string().contains("api_key"), "{err}");
    // The default base URL is Groupboss's own.
    let client = Client::builder().api_key(KEY).build().unwrap();
    assert_eq!(
        client.core().config().base_url().as_str(),
        "https://groupboss.io/api/publicapi/v1"
    );
}
