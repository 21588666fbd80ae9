//! Login sessions: `login_session` keeps the cookie and csrf token, writes carry `csrf`, reads
//! and API-key clients do not, `logout_session` forgets it; the other auth forms on the wire.

#![allow(clippy::unwrap_used)]

mod common;

use common::{KEY, error_body, fixture};
use groupkit_groupsio::error::error_type;
use groupkit_groupsio::models::ErrorType;
use groupkit_groupsio::{Client, Error, RetryPolicy};
use httpmock::prelude::*;
use httpmock::{Mock, Then};

/// The csrf token in the real login fixture.
const FIXTURE_CSRF: &str = "5282109070179284146";

fn with_cookies(then: Then) -> Then {
    then.header("set-cookie", "groupsio=abc123; Path=/; HttpOnly; Secure")
        .header("set-cookie", "beaker.session.id=f00d; Path=/; Secure")
}

/// `POST /login` with exactly `body`, no credentials, answered with the real fixture.
async fn login_mock<'a>(server: &'a MockServer, body: &str) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/login")
                .header_missing("cookie")
                .header_missing("authorization")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body);
            with_cookies(then.status(200)).json_body(fixture("login"));
        })
        .await
}

#[tokio::test]
async fn a_login_session_carries_the_cookie_and_the_csrf_token_on_writes() {
    let server = MockServer::start_async().await;
    let login = login_mock(&server, "email=jsmith%40example.com&password=s3cret+pw").await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/updategroup")
                .header("cookie", "groupsio=abc123; beaker.session.id=f00d")
                .header_missing("authorization")
                .body(format!("group_name=beta%2Bapi&title=T&csrf={FIXTURE_CSRF}"));
            then.status(200).json_body(common::example("update_group"));
        })
        .await;
    let read = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/getgroup")
                .query_param("group_id", "7")
                .query_param_missing("csrf")
                .header("cookie", "groupsio=abc123; beaker.session.id=f00d");
            then.status(200).json_body(common::example("get_group"));
        })
        .await;
    let client = common::logged_out_client(&server);
    let earlier_clone = client.clone();
    assert!(!client.is_logged_in());

    let logged_in = client
        .login_session("jsmith@example.com", "s3cret pw", None)
        .await
        .unwrap();
    assert_eq!(logged_in.user.id, 1232858);
    assert_eq!(logged_in.user.csrf_token.expose(), FIXTURE_CSRF);
    assert!(client.is_logged_in() && earlier_clone.is_logged_in());

    client
        .update_group()
        .group_name("beta+api")
        .title("T")
        .send()
        .await
        .unwrap();
    // A clone made before the login shares the session.
    earlier_clone.get_group().group_id(7).send().await.unwrap();
    login.assert_async().await;
    write.assert_async().await;
    read.assert_async().await;
}

#[tokio::test]
async fn the_second_factor_is_sent_when_given() {
    let server = MockServer::start_async().await;
    let login = login_mock(&server, "email=a%40b.c&password=pw&twofactor=012345").await;
    let client = common::logged_out_client(&server);
    client
        .login_session("a@b.c", "pw", Some("012345"))
        .await
        .unwrap();
    assert!(client.is_logged_in());
    login.assert_async().await;
}

#[tokio::test]
async fn two_factor_required_is_an_api_error_and_leaves_the_client_logged_out() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/login");
            then.status(400)
                .json_body(error_body("two_factor_required", ""));
        })
        .await;
    let client = common::logged_out_client(&server);
    let error = client.login_session("a@b.c", "pw", None).await.unwrap_err();
    assert_eq!(error.as_api().unwrap().code(), Some("two_factor_required"));
    assert_eq!(error_type(&error), Some(&ErrorType::TwoFactorRequired));
    assert!(!client.is_logged_in());
}

#[tokio::test]
async fn a_login_that_sets_no_cookie_is_an_error_that_hides_the_token() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/login");
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let client = common::logged_out_client(&server);
    let error = client.login_session("a@b.c", "pw", None).await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.message.contains("no session cookie"));
    let printed = format!("{error} {error:?}");
    assert!(!printed.contains(FIXTURE_CSRF), "{printed}");
    assert!(!client.is_logged_in());
}

#[tokio::test]
async fn login_session_needs_a_session_client_and_sends_nothing_otherwise() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let error = common::key_client(&server)
        .login_session("a@b.c", "pw", None)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InvalidRequest { reason, .. } if reason.contains(".session()")),
        "{error:?}"
    );
    any.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_blank_email_password_or_code_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(fixture("login"));
        })
        .await;
    let client = common::logged_out_client(&server);
    for (email, password, code, says) in [
        ("", "s3cret pw", None, "pass the account's email address"),
        ("a@b.c", " \t", None, "pass the account's password"),
        (
            "a@b.c",
            "s3cret pw",
            Some(""),
            "or `None` when the account has no two-factor",
        ),
    ] {
        let error = client
            .login_session(email, password, code)
            .await
            .unwrap_err();
        match &error {
            Error::InvalidRequest { context, reason } => {
                assert_eq!(context.operation, "login");
                assert!(reason.contains(says), "{reason}");
                assert!(!reason.contains("s3cret"), "{reason}");
            }
            other => panic!("expected an invalid request, got {other:?}"),
        }
        assert!(!error.is_retryable());
    }
    assert!(!client.is_logged_in());
    any.assert_calls_async(0).await;
}

#[tokio::test]
async fn logout_session_ends_the_session_even_when_the_call_fails() {
    for status in [200, 500] {
        let server = MockServer::start_async().await;
        let logout = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path("/logout")
                    .header("cookie", common::COOKIE);
                then.status(status);
            })
            .await;
        let after = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path("/deletechat")
                    .header_missing("cookie")
                    .body("chat_id=1");
                then.status(200);
            })
            .await;
        let client = common::session_client(&server);
        assert!(client.is_logged_in());
        let result = client.logout_session().await;
        assert_eq!(result.is_ok(), status == 200);
        assert!(!client.is_logged_in());
        // Logged out: no cookie, and no csrf field either.
        client.delete_chat(1).send().await.unwrap();
        logout.assert_async().await;
        after.assert_async().await;
    }
}

#[tokio::test]
async fn a_bad_csrf_token_is_reported_by_type() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/joinchat");
            then.status(400)
                .json_body(error_body("bad_csrf", "csrf mismatch"));
        })
        .await;
    let error = common::session_client(&server)
        .join_chat(3)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_type(&error), Some(&ErrorType::BadCsrf));
}

#[tokio::test]
async fn api_keys_are_bearer_tokens_and_login_tokens_are_basic() {
    let server = MockServer::start_async().await;
    let bearer = server
        .mock_async(|when, then| {
            when.path("/getuser")
                .header("authorization", format!("Bearer {KEY}"));
            then.status(200).json_body(fixture("login")["user"].clone());
        })
        .await;
    // base64("aabbffed2213234:"), computed outside the code under test.
    let basic = server
        .mock_async(|when, then| {
            when.path("/getuser")
                .header("authorization", "Basic YWFiYmZmZWQyMjEzMjM0Og==");
            then.status(200).json_body(fixture("login")["user"].clone());
        })
        .await;
    common::key_client(&server).get_user().send().await.unwrap();
    Client::builder()
        .basic("aabbffed2213234", "")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
        .get_user()
        .send()
        .await
        .unwrap();
    bearer.assert_async().await;
    basic.assert_async().await;
}
