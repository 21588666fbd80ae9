//! Error answers: each of SendHub's JSON shapes decodes into `ErrorBody` (the spec's examples
//! and the vendor's own example files); plain-text and empty bodies are still API errors; 420
//! and 429 are retried and a 429's `timeLeft` is its wait; nothing prints the credentials.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use futures::TryStreamExt;

use groupkit_sendhub::{Client, Error, ErrorBody, OPERATIONS, RetryPolicy};
use httpmock::prelude::*;
use serde_json::json;
use support::{KEY, USER, basic_client, client, spec};

/// Serves `status` with `body` to `GET /groups/1220/` and returns the error.
async fn get_group_error(
    client_for: fn(&MockServer) -> Client,
    status: u16,
    content_type: &str,
    body: &str,
) -> Error {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/groups/1220/");
            then.status(status)
                .header("content-type", content_type)
                .body(body);
        })
        .await;
    client_for(&server)
        .get_group(1220u64)
        .send()
        .await
        .unwrap_err()
}

async fn json_error(status: u16, body: &str) -> Error {
    get_group_error(client, status, "application/json", body).await
}

fn body_of(err: &Error) -> &ErrorBody {
    let api = err
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {err:?}"));
    api.provider_error::<ErrorBody>()
        .unwrap_or_else(|| panic!("not decoded: {err:?}"))
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn every_documented_json_error_example_decodes() {
    let mut seen = std::collections::BTreeSet::new();
    for (op, ..) in OPERATIONS {
        for example in spec().response_examples(op) {
            if example.status < 400
                || !example.body.is_object()
                || !seen.insert(example.name.clone())
            {
                continue;
            }
            let err = json_error(example.status, &example.body.to_string()).await;
            let body = body_of(&err);
            let text = example.body.get("message").or(example.body.get("error"));
            match text {
                Some(text) => assert_eq!(body.message(), text.as_str().unwrap()),
                None => assert!(matches!(body, ErrorBody::Fields(_)), "{}", example.name),
            }
            assert!(err.to_string().contains(&body.to_string()), "{err}");
        }
    }
    assert!(seen.len() >= 7, "{seen:?}");
}

#[tokio::test]
async fn each_shape_of_the_vendor_examples() {
    // {"error", "status"}
    let err = json_error(404, &fixture("response_group404__Group_not_found.json")).await;
    let body = body_of(&err);
    assert!(matches!(body, ErrorBody::Status(_)));
    assert_eq!(
        (body.message(), body.status()),
        ("Requested group not found", Some(404))
    );
    assert_eq!(err.as_api().unwrap().code(), None);
    let err = json_error(404, &fixture("response_contact404__Contact_not_found.json")).await;
    assert_eq!(body_of(&err).message(), "Requested contact not found");
    let err = json_error(400, &fixture("errorResponseTtjTooLong.json")).await;
    assert_eq!(body_of(&err).status(), Some(400));

    // Django form errors.
    let err = json_error(400, &fixture("errorResponseMissingNameField.json")).await;
    let body = body_of(&err);
    assert_eq!(body.field("name").unwrap(), ["This field is required."]);
    assert!(
        err.to_string().contains("name: This field is required."),
        "{err}"
    );
    let err = json_error(
        400,
        &fixture("response_updateContact400__Missing_name_and_number_fields.json"),
    )
    .await;
    assert_eq!(
        body_of(&err).field("number").unwrap(),
        ["This field is required."]
    );
    let err = json_error(
        400,
        &fixture("response_updateGroup400__Missing_id_field_or_incorrect_id_provided.json"),
    )
    .await;
    assert_eq!(
        body_of(&err).field("name").unwrap(),
        ["Duplicate group name."]
    );

    // {"message", "code" (a string), "error", "moreInfo"}, and a bare message.
    let err = json_error(400, &fixture("sendMessage400Response1.json")).await;
    let body = body_of(&err);
    assert!(matches!(body, ErrorBody::Api(_)));
    assert_eq!(err.as_api().unwrap().code(), Some("400"));
    assert_eq!(body.message(), "sms message does not exist or is empty");
    assert_eq!(body.status(), Some(400));
    let err = json_error(400, &fixture("sendMessage400Response2.json")).await;
    assert!(
        body_of(&err)
            .message()
            .starts_with("The list of contacts was empty")
    );
    assert_eq!(err.as_api().unwrap().code(), None);
}

#[tokio::test]
async fn a_429_waits_for_its_time_left() {
    let err = json_error(
        429,
        &fixture("response_429RateLimiting__Too_Many_Requests.json"),
    )
    .await;
    assert_eq!(err.status().unwrap().as_u16(), 429);
    assert_eq!(err.as_api().unwrap().code(), Some("429"));
    assert_eq!(body_of(&err).time_left(), Some(Duration::from_secs(30)));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert!(err.is_retryable());
    assert!(
        err.to_string()
            .contains("You have sent too many requests. (429 Too Many Requests)"),
        "{err}"
    );
}

#[tokio::test]
async fn plain_text_html_and_empty_bodies_are_still_api_errors() {
    let text = fixture("response_list400BadFiltering__Invalid_filter_parameter.txt");
    let err = get_group_error(client, 400, "text/html; charset=utf-8", &text).await;
    let api = err.as_api().unwrap();
    assert!(api.provider_error.is_none());
    assert_eq!(&api.body[..], text.as_bytes());
    assert!(
        api.summary.contains("does not allow filtering"),
        "{}",
        api.summary
    );

    // Bad credentials: 401 with an empty body.
    let err = get_group_error(client, 401, "text/html", "").await;
    let api = err.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 401);
    assert!(api.provider_error.is_none() && api.body.is_empty());
    assert!(!err.is_retryable());

    let err = get_group_error(
        client,
        503,
        "text/html",
        "<html><body>Service Unavailable</body></html>",
    )
    .await;
    assert!(err.as_api().unwrap().provider_error.is_none());
}

fn fast_retries(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .credentials(USER, KEY)
        .base_url(server.base_url())
        .retry_policy(policy)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_spent_plan_limit_420_is_not_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.path("/groups/1220/");
            then.status(420).body(fixture("response_420PlanLimit.json"));
        })
        .await;
    // The default policy: 420 is a spent quota (the spec's `quota_statuses`), and the body
    // says nothing of when to come back, so retrying would only spend more of the quota.
    let client = Client::builder()
        .credentials(USER, KEY)
        .base_url(server.base_url())
        .build()
        .unwrap();
    let err = client.get_group(1220u64).send().await.unwrap_err();
    mock.assert_calls_async(1).await;
    assert!(!err.is_retryable(), "the client and is_retryable agree");
    assert_eq!(err.status().unwrap().as_u16(), 420);
    assert_eq!(
        body_of(&err).message(),
        "You have made too many requests and are being rate limited"
    );
}

#[tokio::test]
async fn a_429_is_retried_after_its_time_left() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.path("/groups/1220/");
            then.status(429)
                .json_body(json!({"message": "slow down", "code": "429", "timeLeft": "0:00:01"}))
                .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.path("/groups/1220/");
            then.status(200)
                .json_body(spec().success_example("get_group").unwrap().body);
        })
        .await;
    let started = std::time::Instant::now();
    let group = fast_retries(&server, RetryPolicy::default())
        .get_group(1220u64)
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(group.name, "ACME Product Alerts");
    limited.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
}

/// Every rendering of an error: Display, Debug, pretty Debug, and the source chain.
fn renderings(err: &Error) -> Vec<String> {
    let mut texts = vec![err.to_string(), format!("{err:?}"), format!("{err:#?}")];
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        texts.push(format!("{cause} {cause:?}"));
        source = cause.source();
    }
    texts
}

fn assert_clean(texts: &[String]) {
    for text in texts {
        assert!(!text.contains(KEY), "the key is printed in: {text}");
        assert!(!text.contains(USER), "the username is printed in: {text}");
    }
}

#[tokio::test]
async fn an_error_body_that_echoes_the_key_prints_nothing_of_it() {
    let echo = format!("/api/v1/groups/?username={USER}&api_key={KEY}");
    let bodies = [
        json!({"error": format!("Invalid filter in {echo}"), "status": 400}),
        json!({"message": format!("bad request {echo}"), "code": "400", "error": "Bad Request", "moreInfo": echo}),
        json!({"api_key": [format!("{KEY} is not a valid key.")]}),
    ];
    for body in bodies {
        let err = json_error(400, &body.to_string()).await;
        body_of(&err);
        assert!(
            String::from_utf8_lossy(&err.as_api().unwrap().body).contains(KEY),
            "raw body kept"
        );
        assert_clean(&renderings(&err));
    }
    let err = get_group_error(client, 400, "text/html", &format!("<p>{echo}</p>")).await;
    assert_clean(&renderings(&err));
}

#[tokio::test]
async fn a_decode_error_whose_body_echoes_the_key_prints_nothing_of_it() {
    let server = MockServer::start_async().await;
    let echo = format!("/api/v1/groups/?username={USER}&api_key={KEY}&limit=20&offset=20");
    server
        .mock_async(|when, then| {
            when.path("/groups/");
            // `limit` holds the echo so that the decoder's message quotes it; the failure is
            // right next to `next`, so the snippet around it holds it too.
            then.status(200).json_body(json!({
                "meta": {"next": echo, "limit": echo, "offset": 0, "previous": null},
                "objects": [],
            }));
        })
        .await;
    let err = client(&server).list_groups().send().await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "meta.limit");
    assert!(decode.message.contains("[redacted]"), "{}", decode.message);
    assert_clean(&renderings(&err));

    // Through the paginator, with the echo in an item.
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/groups/");
            then.status(200).json_body(json!({
                "meta": {"next": echo, "limit": 20, "offset": 0, "previous": null},
                "objects": [{"date_created": echo, "name": echo}],
            }));
        })
        .await;
    let err = client(&server)
        .list_groups()
        .items()
        .try_next()
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "objects[0].date_created");
    assert!(decode.message.contains("[redacted]"), "{}", decode.message);
    assert_clean(&renderings(&err));
}

#[tokio::test]
async fn basic_credentials_are_never_printed_either() {
    let body = json!({"error": format!("bad key {KEY}"), "status": 401}).to_string();
    let err = get_group_error(basic_client, 400, "application/json", &body).await;
    for text in renderings(&err) {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains(&support::BASIC[6..]), "{text}");
    }
}

#[test]
fn the_client_and_its_paginators_print_no_credentials() {
    for client in [
        Client::builder().credentials(USER, KEY).build().unwrap(),
        Client::builder().basic(USER, KEY).build().unwrap(),
    ] {
        let texts = [
            format!("{client:?}"),
            format!("{client:#?}"),
            format!("{:?}", client.core().config()),
            format!("{:?}", client.list_groups().paginator()),
            format!(
                "{:?}",
                client.list_group_contacts(1u64).paginator().page_size(5)
            ),
        ];
        for text in texts {
            assert!(!text.contains(KEY), "{text}");
        }
    }
    // With query credentials the username is a secret too.
    let client = Client::builder().credentials(USER, KEY).build().unwrap();
    assert!(!format!("{client:?}").contains(USER));
}

#[test]
fn a_client_needs_credentials() {
    let err = Client::builder().build().unwrap_err();
    assert!(matches!(err, Error::Config(_)));
    assert!(err.to_string().contains("credentials"), "{err}");
    let client = Client::builder().credentials(USER, KEY).build().unwrap();
    assert_eq!(
        client.core().config().base_url().as_str(),
        "https://api.sendhub.com/v1"
    );
}
