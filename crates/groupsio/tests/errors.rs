//! Groups.io's error shapes as `Error::Api` with the parsed body, what is retried, and that
//! no credential is ever printed.

#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{COOKIE, CSRF, KEY, error_body, spec};
use groupkit_groupsio::error::{error_body as body_of, error_type};
use groupkit_groupsio::models::ErrorType;
use groupkit_groupsio::{Client, Error, ErrorBody, RetryPolicy};
use httpmock::prelude::*;
use serde_json::{Value, json};

/// Serves `status` + JSON `body` for `GET /getgroup` and returns the call's error.
async fn get_group_error(status: u16, body: Value) -> Error {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/getgroup");
            then.status(status).json_body(body);
        })
        .await;
    common::key_client(&server)
        .get_group(7)
        .send()
        .await
        .unwrap_err()
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5))
}

#[tokio::test]
async fn every_documented_error_type_decodes_into_the_error_body() {
    for kind in ErrorType::KNOWN {
        let error = get_group_error(400, error_body(kind, "invalid group_id")).await;
        let Error::Api(api) = &error else {
            panic!("{kind}: {error:?}")
        };
        assert_eq!(api.status.as_u16(), 400);
        assert_eq!(api.code(), Some(*kind));
        let body = api.provider_error::<ErrorBody>().unwrap();
        assert_eq!(body.r#type, ErrorType::from(*kind));
        assert!(!body.r#type.is_unknown(), "{kind}");
        assert_eq!(body.extra.as_deref(), Some("invalid group_id"));
        assert_eq!(error_type(&error), Some(&ErrorType::from(*kind)));
        assert!(
            error
                .to_string()
                .contains(&format!("{kind}: invalid group_id")),
            "{error}"
        );
        assert!(!error.is_retryable(), "{kind} with 400 is final");
    }
}

#[tokio::test]
async fn a_new_error_type_is_kept_as_sent() {
    let error = get_group_error(400, json!({"object": "error", "type": "quota_exceeded"})).await;
    let body = body_of(&error).unwrap();
    assert_eq!(body.r#type, ErrorType::Unknown("quota_exceeded".into()));
    assert_eq!(body.extra, None);
    assert_eq!(error.as_api().unwrap().code(), Some("quota_exceeded"));
}

#[tokio::test]
async fn the_specs_error_examples_decode() {
    let examples: Vec<_> = spec()
        .response_examples("get_group")
        .into_iter()
        .filter(|e| e.status >= 400)
        .collect();
    assert!(!examples.is_empty());
    for example in examples {
        let kind = example.body["type"].as_str().unwrap().to_owned();
        let error = get_group_error(example.status, example.body).await;
        assert_eq!(
            error.as_api().unwrap().code(),
            Some(kind.as_str()),
            "{}",
            example.name
        );
    }
}

#[tokio::test]
async fn the_error_body_is_read_with_every_status_the_spec_lists() {
    let statuses = spec()
        .pointer("/x-groupkit-error/statuses")
        .unwrap()
        .clone();
    for status in statuses.as_array().unwrap() {
        let status = status.as_u64().unwrap() as u16;
        let error = get_group_error(status, error_body("unauthorized_error", "")).await;
        assert_eq!(error.status().unwrap().as_u16(), status);
        assert_eq!(error_type(&error), Some(&ErrorType::UnauthorizedError));
    }
}

#[tokio::test]
async fn html_and_empty_bodies_are_still_api_errors() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/getgroup");
            then.status(502)
                .header("content-type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/getuser");
            then.status(401);
        })
        .await;
    let client = common::key_client(&server);

    let html = client.get_group(7).send().await.unwrap_err();
    let api = html.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 502);
    assert!(api.provider_error.is_none());
    assert!(api.body.starts_with(b"<html>"));
    assert!(api.summary.contains("502 Bad Gateway"), "{}", api.summary);
    assert!(html.is_retryable());

    let empty = client.get_user().send().await.unwrap_err();
    let api = empty.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 401);
    assert!(api.provider_error.is_none() && api.body.is_empty());
    assert!(!empty.is_retryable());
}

#[tokio::test]
async fn rate_limits_are_retryable_and_keep_retry_after() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.path("/getgroup");
            then.status(429)
                .header("retry-after", "7")
                .json_body(error_body("rate_limit", "too many requests"));
        })
        .await;
    let error = common::key_client(&server)
        .get_group(7)
        .send()
        .await
        .unwrap_err();
    assert!(error.is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(error_type(&error), Some(&ErrorType::RateLimit));
    limited.assert_async().await;
}

#[tokio::test]
async fn a_rate_limited_read_is_retried_and_succeeds() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.path("/getperms");
            then.status(429)
                .header("retry-after", "0")
                .json_body(error_body("rate_limit", ""))
                .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.path("/getperms");
            then.status(200)
                .json_body(spec().success_example("get_perms").unwrap().body);
        })
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let perms = client.get_perms(7).send().await.unwrap();
    assert!(perms.archives_visible);
    limited.assert_async().await;
    ok.assert_async().await;
}

#[tokio::test]
async fn a_400_is_not_retried_and_a_failed_write_is_not_repeated() {
    let server = MockServer::start_async().await;
    let bad = server
        .mock_async(|when, then| {
            when.path("/getgroup");
            then.status(400).json_body(error_body("bad_request", ""));
        })
        .await;
    let unavailable = server
        .mock_async(|when, then| {
            when.method(POST).path("/updategroup");
            then.status(503);
        })
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    client.get_group(7).send().await.unwrap_err();
    let write = client.update_group(7).title("x").send().await.unwrap_err();
    assert_eq!(write.status().unwrap().as_u16(), 503);
    bad.assert_calls_async(1).await;
    unavailable.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_malformed_success_body_is_a_decode_error_with_a_path() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/getgroup");
            // Ids are strings or integers (text ids are valid); a fraction is neither.
            then.status(200)
                .json_body(json!({"object": "group", "id": 7.5, "name": "x"}));
        })
        .await;
    let error = common::key_client(&server)
        .get_group(7)
        .send()
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.path, "id");
}

#[tokio::test]
async fn no_credential_appears_in_errors_or_clients() {
    let server = MockServer::start_async().await;
    // A server that echoes credentials back in its error bodies.
    let echo = format!("bad key {KEY} cookie {COOKIE} csrf {CSRF}");
    server
        .mock_async(|when, then| {
            when.path("/getgroup");
            then.status(400)
                .json_body(error_body("unauthorized", &echo));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/getuser");
            then.status(500).body(format!("<html>{echo}</html>"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/getperms");
            then.status(200).body(format!("{{\"object\": \"{echo}\"}}"));
        })
        .await;

    // Each client can only scrub what it holds: the key client its key, the session client
    // its cookie and csrf token.
    let clients = [
        (common::key_client(&server), vec![KEY]),
        (common::session_client(&server), vec!["s3ss10nc00k1e", CSRF]),
    ];
    for (client, secrets) in clients {
        let mut printed = format!("{client:?}");
        for error in [
            client.get_group(7).send().await.unwrap_err(),
            client.get_user().send().await.unwrap_err(),
            client.get_perms(7).send().await.unwrap_err(),
        ] {
            printed.push_str(&format!("{error}\n{error:?}\n"));
        }
        for secret in secrets {
            assert!(!printed.contains(secret), "{secret} leaked:\n{printed}");
        }
    }
}

/// nginx's own 404 page, as Groups.io answered `banmember` in a live trial (2026-07-25).
const NGINX_404: &str = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n\
    <center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

#[tokio::test]
async fn a_404_page_that_is_not_json_says_the_endpoint_is_unavailable() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/banmember");
            then.status(404)
                .header("content-type", "text/html")
                .body(format!("{NGINX_404}<!-- {KEY} -->"));
        })
        .await;
    // The application's own 404 for a method it does not know, in plain text.
    server
        .mock_async(|when, then| {
            when.path("/getgroup");
            then.status(404)
                .header("content-type", "text/plain; charset=utf-8")
                .body("404 page not found");
        })
        .await;
    let client = common::key_client(&server);

    let error = client
        .ban_member(7)
        .member_info_id(9)
        .send()
        .await
        .unwrap_err();
    let Error::EndpointUnavailable(unavailable) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(unavailable.status.as_u16(), 404);
    assert_eq!(unavailable.content_type.as_deref(), Some("text/html"));
    assert_eq!(unavailable.context.operation, "ban_member");
    assert!(error.as_api().is_none() && error_type(&error).is_none());
    assert!(!error.is_retryable());
    let message = error.to_string();
    assert!(
        message.starts_with(
            "groupsio ban_member (POST /banmember): endpoint unavailable: the server \
             answered 404 with a text/html page, not an API error: this call is not served at \
             this base URL"
        ),
        "{message}"
    );
    let printed = format!("{error}\n{error:?}");
    assert!(!printed.contains(KEY), "the key leaked:\n{printed}");

    let error = client.get_group(7).send().await.unwrap_err();
    let unavailable = error.as_unavailable().expect("an unavailable endpoint");
    assert_eq!(unavailable.content_type.as_deref(), Some("text/plain"));
    assert_eq!(unavailable.snippet, "404 page not found");
}

#[tokio::test]
async fn groupsio_error_objects_stay_api_errors_at_any_status() {
    for status in [400, 404] {
        let error = get_group_error(status, error_body("group_not_found", "no such group")).await;
        let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
        assert_eq!(api.status.as_u16(), status);
        assert_eq!(api.code(), Some("group_not_found"));
        assert!(error.as_unavailable().is_none());
    }
}
