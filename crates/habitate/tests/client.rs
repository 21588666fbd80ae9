//! Building a client: a base URL and credentials are required; Basic auth and msids on the
//! wire.
#![allow(clippy::unwrap_used)]

mod common;

use common::{AUTH, KEY, PREFIX, SYSTEM, base_url, client};
use groupkit_habitate::{Client, Error, PROVIDER};
use httpmock::MockServer;
use serde_json::json;

fn config_error(result: groupkit_habitate::Result<Client>) -> String {
    match result {
        Err(Error::Config(message)) => message,
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

#[test]
fn there_is_no_default_host() {
    assert_eq!(PROVIDER.name, "habitate");
    assert_eq!(PROVIDER.default_base_url, None);
    assert!(PROVIDER.error_decoder.is_some());
    let message = config_error(Client::builder().basic(SYSTEM, KEY).build());
    assert!(message.contains("needs a base URL"), "{message}");
}

#[test]
fn credentials_are_required_and_checked() {
    let url = "https://community.example.com/api/v1";
    let missing = config_error(Client::builder().base_url(url).build());
    assert!(missing.contains("credentials"), "{missing}");
    let colon = config_error(Client::builder().base_url(url).basic("a:b", KEY).build());
    assert!(colon.contains("`:`"), "{colon}");
    let empty = config_error(Client::builder().base_url(url).basic("", KEY).build());
    assert!(empty.contains("empty"), "{empty}");
    assert!(
        Client::builder()
            .base_url(url)
            .basic(SYSTEM, KEY)
            .build()
            .is_ok()
    );
}

#[test]
fn base_urls_must_be_https_away_from_loopback() {
    let plain = config_error(
        Client::builder()
            .base_url("http://community.example.com/api/v1")
            .basic(SYSTEM, KEY)
            .build(),
    );
    assert!(plain.contains("https"), "{plain}");
    let with_user = config_error(
        Client::builder()
            .base_url("https://backend_app1:key@community.example.com/api/v1")
            .basic(SYSTEM, KEY)
            .build(),
    );
    assert!(with_user.contains("credentials"), "{with_user}");
}

#[test]
fn community_builds_the_api_base_url() {
    let client = Client::builder()
        .community("community.example.com")
        .basic(SYSTEM, KEY)
        .build()
        .unwrap();
    assert_eq!(
        client.core().config().base_url().as_str(),
        "https://community.example.com/api/v1"
    );
    let with_scheme = Client::builder()
        .community("https://community.example.com/")
        .basic(SYSTEM, KEY)
        .build()
        .unwrap();
    assert_eq!(
        with_scheme.core().config().base_url().as_str(),
        "https://community.example.com/api/v1"
    );
    for bad in ["a b", "bad host"] {
        let message = config_error(Client::builder().community(bad).basic(SYSTEM, KEY).build());
        assert!(message.contains("base URL"), "{bad}: {message}");
    }
}

#[test]
fn debug_output_never_shows_the_key() {
    let builder = Client::builder()
        .base_url("https://community.example.com/api/v1")
        .basic(SYSTEM, KEY);
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let encoded = AUTH.trim_start_matches("Basic ");
    for text in [builder_debug, format!("{client:?}")] {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains(encoded), "{text}");
        assert!(text.contains("redacted"), "{text}");
    }
}

#[tokio::test]
async fn basic_auth_user_agent_and_default_headers_go_on_the_wire() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET")
                .path(format!("{PREFIX}/users/me"))
                .header("authorization", AUTH)
                .header("user-agent", "my-app/1.0")
                .header("x-tenant", "north");
            then.status(200).json_body(json!({"user_id": 1}));
        })
        .await;
    let client = Client::builder()
        .base_url(base_url(&server))
        .basic(SYSTEM, KEY)
        .user_agent("my-app/1.0")
        .default_header(
            groupkit_habitate::http::HeaderName::from_static("x-tenant"),
            groupkit_habitate::http::HeaderValue::from_static("north"),
        )
        .build()
        .unwrap();
    let me = client.get_current_user().send().await.unwrap();
    mock.assert_async().await;
    assert_eq!(me.user_id, Some(1));
}

#[tokio::test]
async fn an_msid_keeps_its_dot_and_other_characters_are_encoded() {
    let server = MockServer::start_async().await;
    let plain = server
        .mock_async(|when, then| {
            when.method("GET")
                .path(format!("{PREFIX}/users/206.JO7Rv1B4bEBUawd3d2DXsE2DA"));
            then.status(200).json_body(json!({"user_id": 206}));
        })
        .await;
    let odd = server
        .mock_async(|when, then| {
            when.method("PUT")
                .path(format!("{PREFIX}/users/206.a%2Fb%20c"));
            then.status(200).json_body(json!({"user_id": 206}));
        })
        .await;
    // A plain user id works for GET too.
    let by_id = server
        .mock_async(|when, then| {
            when.method("GET").path(format!("{PREFIX}/users/206"));
            then.status(200).json_body(json!({"user_id": 206}));
        })
        .await;
    let client = client(&server);
    client
        .get_user("206.JO7Rv1B4bEBUawd3d2DXsE2DA")
        .send()
        .await
        .unwrap();
    client.update_user("206.a/b c", "Sam").send().await.unwrap();
    client.get_user(206.to_string()).send().await.unwrap();
    plain.assert_async().await;
    odd.assert_async().await;
    by_id.assert_async().await;
}

#[tokio::test]
async fn an_empty_msid_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({}));
        })
        .await;
    let error = client(&server).get_user("").send().await.unwrap_err();
    assert!(
        matches!(&error, Error::InvalidRequest { context, reason }
            if context.operation == "get_user" && reason.contains("pass a non-empty value")),
        "{error:?}"
    );
    any.assert_calls_async(0).await;
}
