//! The exact wire form of every auth scheme, headers, paths, queries and bodies, checked on an
//! httpmock server's matchers and hit counts.

#![allow(clippy::unwrap_used)]

mod support;

use groupkit_core::http::header::{HeaderMap, HeaderName, HeaderValue, SET_COOKIE};
use groupkit_core::{
    Auth, Client, Error, Operation, Part, Provider, RetryPolicy, Secret, SessionState,
};
use httpmock::When;
use httpmock::prelude::*;
use serde_json::json;

const ME: Operation = Operation::get("me", "/me");
const CREATE: Operation = Operation::post("create", "/things");
const LOGIN: Operation = Operation::post("login", "/login").csrf(false);

fn client(server: &MockServer, auth: Auth) -> Client {
    Client::builder(Provider::new("test"))
        .base_url(server.base_url())
        .auth(auth)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
}

/// A client whose session is logged in with a known cookie and csrf token.
fn logged_in(server: &MockServer) -> Client {
    let client = client(server, Auth::session("csrf"));
    client.session().expect("session auth").set(SessionState {
        cookie: Secret::new("sessionid=s3ss10n; csrftoken=c00kie"),
        csrf: Secret::new("tok_csrf_123"),
    });
    client
}

/// Exactly one header named `name` (case-insensitive), whatever its value.
fn one_header(when: When, name: &str) -> When {
    when.header_count(format!("(?i)^{name}$").as_str(), ".*", 1usize)
}

#[tokio::test]
async fn raw_key_is_the_whole_authorization_header() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.method(GET).path("/me").header("authorization", "k"),
                "authorization",
            );
            then.status(200).json_body(json!({"ok": true}));
        })
        .await;
    let body: serde_json::Value = client(&server, Auth::raw_key("k"))
        .request(ME)
        .send_json()
        .await
        .expect("sent");
    assert_eq!(body, json!({"ok": true}));
    mock.assert_async().await;
}

#[tokio::test]
async fn bearer_has_the_scheme_word() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.method(GET)
                    .path("/me")
                    .header("authorization", "Bearer k"),
                "authorization",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::bearer("k"))
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn basic_is_base64_of_user_colon_secret() {
    let server = MockServer::start_async().await;
    // base64("system:key"), computed independently of the code under test.
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.method(GET)
                    .path("/me")
                    .header("authorization", "Basic c3lzdGVtOmtleQ=="),
                "authorization",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::basic("system", "key"))
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn query_auth_adds_each_parameter_once_and_no_header() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/me")
                .query_param("username", "u")
                .query_param("api_key", "k")
                .query_param_count("^username$", ".*", 1)
                .query_param_count("^api_key$", ".*", 1)
                .header_missing("authorization");
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::query([("username", "u"), ("api_key", "k")]))
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn query_auth_replaces_a_credential_already_in_the_query() {
    // build_http drops every query pair whose key the scheme fills, then appends the scheme's
    // pairs: the caller's other parameters keep their order, the stale key disappears.
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/me")
                .query_param_count("^api_key$", ".*", 1)
                .query_param_count("^username$", ".*", 1)
                .is_true(|req: &HttpMockRequest| {
                    req.uri().query() == Some("limit=5&tag=a&username=u&api_key=k")
                });
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::query([("username", "u"), ("api_key", "k")]))
        .request(ME)
        .query("limit", 5)
        .query("api_key", "old")
        .query("tag", "a")
        .query("username", "someone_else")
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn no_auth_sends_no_credentials() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/me")
                .header_missing("authorization")
                .header_missing("cookie")
                .is_true(|req: &HttpMockRequest| req.uri().query().is_none());
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::None)
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn session_get_carries_the_cookie_and_no_csrf() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.method(GET)
                    .path("/me")
                    .header("cookie", "sessionid=s3ss10n; csrftoken=c00kie")
                    .query_param_missing("csrf")
                    .header_missing("content-type")
                    .header_missing("authorization")
                    .is_true(|req: &HttpMockRequest| req.body_ref().is_empty()),
                "cookie",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    logged_in(&server).request(ME).send().await.expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn session_post_form_gets_the_csrf_field_in_the_body() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header("cookie", "sessionid=s3ss10n; csrftoken=c00kie")
                .header("content-type", "application/x-www-form-urlencoded")
                .form_urlencoded_tuple("name", "x y")
                .form_urlencoded_tuple("csrf", "tok_csrf_123")
                .form_urlencoded_tuple_count("^csrf$", ".*", 1)
                .query_param_missing("csrf")
                .body("name=x+y&csrf=tok_csrf_123");
            then.status(200).json_body(json!({}));
        })
        .await;
    logged_in(&server)
        .request(CREATE)
        .form(vec![("name".into(), "x y".into())])
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn session_post_with_empty_body_becomes_a_csrf_form() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header("cookie", "sessionid=s3ss10n; csrftoken=c00kie")
                .header("content-type", "application/x-www-form-urlencoded")
                .body("csrf=tok_csrf_123");
            then.status(200).json_body(json!({}));
        })
        .await;
    logged_in(&server)
        .request(CREATE)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn session_post_multipart_gets_a_csrf_part() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"group_id\"\r\n\r\n7\r\n")
                .body_includes("name=\"csrf\"\r\n\r\ntok_csrf_123\r\n");
            then.status(200).json_body(json!({}));
        })
        .await;
    logged_in(&server)
        .request(CREATE)
        .multipart(vec![Part::text("group_id", "7")])
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn session_post_with_json_body_is_an_invalid_request_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({}));
        })
        .await;
    let err = logged_in(&server)
        .request(CREATE)
        .json(&json!({"name": "x"}))
        .send()
        .await
        .expect_err("a JSON body cannot carry the csrf token");
    match &err {
        Error::InvalidRequest { context, reason } => {
            assert_eq!(context.operation, "create");
            assert!(reason.contains("csrf"), "{reason}");
            assert!(reason.contains("send the fields as a form"), "{reason}");
        }
        other => panic!("expected an invalid request, got {other:?}"),
    }
    assert!(!format!("{err} {err:?}").contains("tok_csrf_123"));
    mock.assert_calls_async(0).await;
}

#[tokio::test]
async fn session_write_without_csrf_operation_flag_sends_only_the_cookie() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header("cookie", "sessionid=s3ss10n; csrftoken=c00kie")
                .header("content-type", "application/json")
                .json_body(json!({"name": "x"}));
            then.status(200).json_body(json!({}));
        })
        .await;
    logged_in(&server)
        .request(CREATE.csrf(false))
        .json(&json!({"name": "x"}))
        .send()
        .await
        .expect("a write that takes no csrf may send JSON");
    mock.assert_async().await;
}

#[tokio::test]
async fn logged_out_session_sends_no_cookie_and_no_csrf() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header_missing("cookie")
                .body("name=x");
            then.status(200).json_body(json!({}));
        })
        .await;
    let client = logged_in(&server);
    client.session().expect("session").clear();
    client
        .request(CREATE)
        .form(vec![("name".into(), "x".into())])
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

fn set_cookie_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.append(
        SET_COOKIE,
        HeaderValue::from_static(
            "csrftoken=Qm9vbXRvd24; expires=Sat, 21 Nov 2026 13:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax",
        ),
    );
    headers.append(
        SET_COOKIE,
        HeaderValue::from_static(
            "sessionid=8f3k2j1hq0; expires=Sat, 06 Dec 2025 13:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure",
        ),
    );
    headers
}

#[test]
fn session_state_from_set_cookie_keeps_only_name_value_pairs() {
    let state = SessionState::from_set_cookie(&set_cookie_headers(), "tok").expect("cookies");
    assert_eq!(
        state.cookie.expose(),
        "csrftoken=Qm9vbXRvd24; sessionid=8f3k2j1hq0"
    );
    assert_eq!(state.csrf.expose(), "tok");

    let mut odd = HeaderMap::new();
    odd.append(SET_COOKIE, HeaderValue::from_static("; Path=/"));
    odd.append(SET_COOKIE, HeaderValue::from_static("flag; HttpOnly"));
    odd.append(
        SET_COOKIE,
        HeaderValue::from_static("  theme=dark ; Path=/"),
    );
    let state = SessionState::from_set_cookie(&odd, "t").expect("one usable cookie");
    assert_eq!(state.cookie.expose(), "theme=dark");

    assert!(SessionState::from_set_cookie(&HeaderMap::new(), "t").is_none());
    let mut attributes_only = HeaderMap::new();
    attributes_only.append(SET_COOKIE, HeaderValue::from_static("; Path=/; Secure"));
    assert!(SessionState::from_set_cookie(&attributes_only, "t").is_none());
}

#[tokio::test]
async fn a_login_response_fills_the_session_for_later_calls() {
    let server = MockServer::start_async().await;
    let login = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/login")
                .header_missing("cookie")
                .body("email=a%40x.org&password=pw");
            then.status(200)
                .header(
                    "set-cookie",
                    "csrftoken=Qm9vbXRvd24; Max-Age=31449600; Path=/; SameSite=Lax",
                )
                .header(
                    "set-cookie",
                    "sessionid=8f3k2j1hq0; HttpOnly; Path=/; Secure",
                )
                .json_body(json!({"csrf_token": "tok_from_body"}));
        })
        .await;
    let create = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header("cookie", "csrftoken=Qm9vbXRvd24; sessionid=8f3k2j1hq0")
                .body("csrf=tok_from_body");
            then.status(200).json_body(json!({}));
        })
        .await;
    let client = client(&server, Auth::session("csrf"));
    let response = client
        .request(LOGIN)
        .form(vec![
            ("email".into(), "a@x.org".into()),
            ("password".into(), "pw".into()),
        ])
        .send()
        .await
        .expect("login");
    let token: serde_json::Value = response.json().expect("json");
    let csrf = token["csrf_token"].as_str().expect("token").to_owned();
    let state = SessionState::from_set_cookie(response.headers(), csrf).expect("cookies");
    client.session().expect("session").set(state);
    client.request(CREATE).send().await.expect("create");
    login.assert_async().await;
    create.assert_async().await;
}

#[tokio::test]
async fn user_agent_defaults_to_groupkit_and_version() {
    let server = MockServer::start_async().await;
    let expected = format!("groupkit/{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(expected, "groupkit/0.1.0");
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.path("/me").header("user-agent", expected),
                "user-agent",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::None)
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn user_agent_can_be_replaced() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.path("/me").header("user-agent", "my-app/2.0"),
                "user-agent",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    Client::builder(Provider::new("test"))
        .base_url(server.base_url())
        .user_agent("my-app/2.0")
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .request(ME)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn default_headers_go_on_every_request_and_request_headers_override_them() {
    let server = MockServer::start_async().await;
    let overridden = server
        .mock_async(|when, then| {
            let when = when
                .path("/me")
                .header("x-team", "blue")
                .header("x-mode", "override")
                .header("x-trace", "t1");
            one_header(one_header(when, "x-mode"), "x-team");
            then.status(200).json_body(json!({}));
        })
        .await;
    let plain = server
        .mock_async(|when, then| {
            let when = when
                .path("/me")
                .header("x-team", "blue")
                .header("x-mode", "default")
                .header_missing("x-trace");
            one_header(when, "x-mode");
            then.status(200).json_body(json!({}));
        })
        .await;
    let client = Client::builder(Provider::new("test"))
        .base_url(server.base_url())
        .default_header(
            HeaderName::from_static("x-team"),
            HeaderValue::from_static("blue"),
        )
        .default_header(
            HeaderName::from_static("x-mode"),
            HeaderValue::from_static("default"),
        )
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    client
        .request(ME)
        .header(
            HeaderName::from_static("x-mode"),
            HeaderValue::from_static("override"),
        )
        .header(
            HeaderName::from_static("x-trace"),
            HeaderValue::from_static("t1"),
        )
        .send()
        .await
        .expect("with request headers");
    client.request(ME).send().await.expect("without");
    overridden.assert_async().await;
    plain.assert_async().await;
}

#[tokio::test]
async fn auth_header_wins_over_a_request_header_of_the_same_name() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.path("/me").header("authorization", "Bearer real"),
                "authorization",
            );
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::bearer("real"))
        .request(ME)
        .header(
            groupkit_core::http::header::AUTHORIZATION,
            HeaderValue::from_static("Bearer spoofed"),
        )
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn path_params_are_percent_encoded_on_the_wire() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).is_true(|req: &HttpMockRequest| {
                req.uri().path() == "/api/v1/groups/a%2Bb/members/x%20y%2Fz"
            });
            then.status(200).json_body(json!({}));
        })
        .await;
    let client = Client::builder(Provider::new("test"))
        .base_url(format!("{}/api/v1/", server.base_url()))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    client
        .request(Operation::get("member", "/groups/{name}/members/{id}"))
        .path_param("name", "a+b")
        .path_param("id", "x y/z")
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn repeated_query_keys_are_all_sent_in_order() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/me")
                .query_param_count("^id$", ".*", 3)
                .query_param("q", "a&b=c d")
                .is_true(|req: &HttpMockRequest| {
                    req.uri().query() == Some("id=1&id=2&q=a%26b%3Dc+d&id=3")
                });
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::None)
        .request(ME)
        .query("id", 1)
        .query("id", 2)
        .query("q", "a&b=c d")
        .query("id", 3)
        .query_opt("absent", None::<u32>)
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn json_body_is_sent_with_its_content_type() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            one_header(
                when.method(POST)
                    .path("/things")
                    .header("content-type", "application/json")
                    .json_body(json!({"name": "x", "tags": ["a", "b"], "n": 1})),
                "content-type",
            );
            then.status(201).json_body(json!({"id": 9}));
        })
        .await;
    let created: serde_json::Value = client(&server, Auth::None)
        .request(CREATE)
        .json(&json!({"name": "x", "tags": ["a", "b"], "n": 1}))
        .send_json()
        .await
        .expect("sent");
    assert_eq!(created, json!({"id": 9}));
    mock.assert_async().await;
}

#[tokio::test]
async fn form_body_is_urlencoded_in_order_with_repeats() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .header("content-type", "application/x-www-form-urlencoded")
                .form_urlencoded_tuple_count("^id$", ".*", 2)
                .body("emails=a%40x.org%0Ab%40x.org&id=1&id=2");
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::None)
        .request(CREATE)
        .form(vec![
            ("emails".into(), "a@x.org\nb@x.org".into()),
            ("id".into(), "1".into()),
            ("id".into(), "2".into()),
        ])
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn multipart_body_matches_its_boundary() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/things")
                .is_true(|req: &HttpMockRequest| {
                    let headers = req.headers();
                    let Some(content_type) =
                        headers.get("content-type").and_then(|v| v.to_str().ok())
                    else {
                        return false;
                    };
                    let Some(boundary) =
                        content_type.strip_prefix("multipart/form-data; boundary=")
                    else {
                        return false;
                    };
                    let expected = format!(
                        "--{boundary}\r\n\
                         Content-Disposition: form-data; name=\"group_id\"\r\n\r\n7\r\n\
                         --{boundary}\r\n\
                         Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n\
                         Content-Type: text/plain\r\n\r\nhello\nworld\r\n\
                         --{boundary}--\r\n"
                    );
                    !boundary.is_empty() && req.body_ref() == expected.as_bytes()
                });
            then.status(200).json_body(json!({}));
        })
        .await;
    client(&server, Auth::None)
        .request(CREATE)
        .multipart(vec![
            Part::text("group_id", "7"),
            Part::file("file", "notes.txt", "text/plain", &b"hello\nworld"[..]),
        ])
        .send()
        .await
        .expect("sent");
    mock.assert_async().await;
}

#[tokio::test]
async fn repeated_request_headers_are_all_sent() {
    let server =
        support::TestServer::script(vec![support::Reply::json(200, serde_json::json!({}))]).await;
    let client = groupkit_core::Client::builder(groupkit_core::Provider::new("test"))
        .base_url(&server.base)
        .build()
        .expect("client");
    let name = groupkit_core::http::HeaderName::from_static("x-tag");
    client
        .request(groupkit_core::Operation::get("tagged", "/tagged"))
        .header(
            name.clone(),
            groupkit_core::http::HeaderValue::from_static("a"),
        )
        .header(name, groupkit_core::http::HeaderValue::from_static("b"))
        .send()
        .await
        .expect("sent");
    let seen = server.seen();
    let tags: Vec<&str> = seen[0]
        .headers
        .iter()
        .filter(|(k, _)| k == "x-tag")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(tags, vec!["a", "b"]);
}
