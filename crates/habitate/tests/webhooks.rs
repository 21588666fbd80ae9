//! Webhook deliveries: the spec's sample, every documented event, unknown events kept raw, and
//! malformed bodies giving errors with a JSON path, never panics.
#![allow(clippy::unwrap_used)]

use groupkit_habitate::models::UserStatus;
use groupkit_habitate::webhooks::{
    self, BodyError, VerifyError, WebhookError, WebhookEvent, WebhookSecret,
};
use groupkit_habitate::{UserId, UserMsidId};
use groupkit_testkit::Spec;
use serde_json::{Value, json};

fn spec_sample() -> Value {
    Spec::load("habitate")
        .pointer("/webhooks/member.joined/post/requestBody/content/application~1json/examples/member_joined/value")
        .unwrap()
        .clone()
}

fn parse(value: &Value) -> Result<WebhookEvent, BodyError> {
    webhooks::parse(&serde_json::to_vec(value).unwrap())
}

#[test]
fn the_spec_sample_is_a_member_joined_event() {
    let event = parse(&spec_sample()).unwrap();
    assert_eq!(event.event_name(), "member.joined");
    assert_eq!(event.job_id(), Some(164));
    match event {
        WebhookEvent::MemberJoined { job_id, user, .. } => {
            assert_eq!(job_id, Some(164));
            assert_eq!(user.user_id, Some(UserId::from(206)));
            assert_eq!(
                user.msid,
                Some(UserMsidId::from("206.JO7Rv1B4bEBUawd3d2DXsE2DA"))
            );
            assert_eq!(user.user_status, Some(UserStatus::Active));
            assert!(user.created_at.is_some());
        }
        other => panic!("expected member.joined, got {other:?}"),
    }
}

#[test]
fn every_documented_event_is_typed() {
    let mut body = spec_sample();
    body["event"] = json!("member.joined_waitlist");
    body["entities"]["user"][0]["user_status"] = json!(4);
    match parse(&body).unwrap() {
        WebhookEvent::MemberJoinedWaitlist { job_id, user, .. } => {
            assert_eq!(job_id, Some(164));
            assert_eq!(user.user_status, Some(UserStatus::Waitlist));
        }
        other => panic!("expected member.joined_waitlist, got {other:?}"),
    }
    // The spec's webhook names are exactly the typed events.
    let spec = Spec::load("habitate");
    let names: Vec<&String> = spec
        .pointer("/webhooks")
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(names, ["member.joined", "member.joined_waitlist"]);
}

#[test]
fn sparse_users_and_other_entity_keys_are_accepted() {
    let body = json!({
        "event": "member.joined",
        "entities": {"user": [{"user_id": 1}], "badge": [{"id": 3}]}
    });
    match parse(&body).unwrap() {
        WebhookEvent::MemberJoined { job_id, user, .. } => {
            assert_eq!(job_id, None);
            assert_eq!(user.user_id, Some(UserId::from(1)));
            assert_eq!(user.email, None);
        }
        other => panic!("expected member.joined, got {other:?}"),
    }
}

#[test]
fn unknown_events_are_kept_as_raw_json() {
    let body = json!({
        "event": "post.created",
        "job_id": 9,
        "entities": {"post": [{"post_id": 1, "something_new": true}]}
    });
    let event = parse(&body).unwrap();
    assert_eq!(event.event_name(), "post.created");
    assert_eq!(event.job_id(), Some(9));
    match event {
        WebhookEvent::Unknown { event, payload } => {
            assert_eq!(event, "post.created");
            assert_eq!(payload, body);
        }
        other => panic!("expected an unknown event, got {other:?}"),
    }
}

#[test]
fn malformed_bodies_are_errors_with_a_path() {
    let cases: &[(&[u8], &str, &str)] = &[
        (b"", ".", "the body is empty"),
        (b"event=member.joined", ".", "expected value"),
        (
            br#"{"event": "member.joined", "job_id": 1"#,
            ".",
            "EOF while parsing",
        ),
        (b"[1, 2]", ".", "expected a JSON object"),
        (b"null", ".", "expected a JSON object"),
        (
            br#"{"job_id": 1, "entities": {}}"#,
            "event",
            "missing field",
        ),
        (br#"{"event": 3}"#, "event", "expected a string"),
        (br#"{"event": null}"#, "event", "expected a string"),
        (
            br#"{"event": "member.joined", "job_id": "164", "entities": {"user": []}}"#,
            "job_id",
            "invalid type",
        ),
        (
            br#"{"event": "member.joined", "entities": {"user": {"user_id": 1}}}"#,
            "entities.user",
            "invalid type",
        ),
        (
            br#"{"event": "member.joined", "entities": [{"user": [{"user_id": 1}]}]}"#,
            "entities",
            "expected an object, found an array",
        ),
        (
            br#"{"event": "member.joined", "entities": "none"}"#,
            "entities",
            "invalid type",
        ),
        (
            br#"{"event": "member.joined", "entities": {"user": [{"user_id": true}]}}"#,
            "entities.user[0].user_id",
            "invalid type",
        ),
        (
            br#"{"event": "member.joined", "entities": {"user": [{"user_status": "ACTIVE?"}]}}"#,
            "entities.user[0].user_status",
            "",
        ),
        (
            br#"{"event": "member.joined", "entities": {"user": [{"created_at": "yesterday"}]}}"#,
            "entities.user[0].created_at",
            "",
        ),
        (
            br#"{"event": "member.joined", "job_id": 1}"#,
            "entities.user",
            "missing",
        ),
        (
            br#"{"event": "member.joined_waitlist", "entities": {"user": null}}"#,
            "entities.user",
            "missing",
        ),
        (
            br#"{"event": "member.joined", "entities": []}"#,
            "entities",
            "invalid type",
        ),
        // The document shows one user: an empty list (which used to be accepted, and then
        // panicked on `users[0]` in the documented example) and two users are refused.
        (
            br#"{"event": "member.joined", "entities": {"user": []}}"#,
            "entities.user",
            "expected exactly one user, found 0",
        ),
        (
            br#"{"event": "member.joined_waitlist", "entities": {"user": [{"user_id": 1}, {"user_id": 2}]}}"#,
            "entities.user",
            "expected exactly one user, found 2",
        ),
        // serde alone would read a user from a list of its fields.
        (
            br#"{"event": "member.joined", "entities": {"user": [[206, "206.JO7R"]]}}"#,
            "entities.user[0]",
            "found an array",
        ),
    ];
    for (body, path, message) in cases {
        let text = String::from_utf8_lossy(body);
        let error = webhooks::parse(body).expect_err(&text);
        assert_eq!(error.path(), *path, "{text}: {error}");
        assert!(error.to_string().contains(message), "{text}: {error}");
    }
}

#[test]
fn no_input_panics() {
    // Every prefix of a valid body, and some noise: errors or events, never a panic.
    let body = serde_json::to_vec(&spec_sample()).unwrap();
    for end in 0..body.len() {
        let _ = webhooks::parse(&body[..end]);
    }
    assert!(webhooks::parse(&body).is_ok());
    for noise in [
        &[0xff, 0xfe, 0x00][..],
        b"{\"event\":\"\xff\"}",
        b"{{{{",
        b"\"member.joined\"",
    ] {
        assert!(webhooks::parse(noise).is_err());
    }
}

const TOKEN: &str = "9b2e7c4a0f6d1e8b3a5c7d9e0f1a2b3c";

#[test]
fn deliveries_are_authenticated_by_the_token_in_the_target_url() {
    let token = WebhookSecret::new(TOKEN);
    let body = serde_json::to_vec(&spec_sample()).unwrap();
    let target = webhooks::target_url("https://community.example.com/hooks?community=7", &token);
    assert_eq!(
        target,
        format!("https://community.example.com/hooks?community=7&token={TOKEN}")
    );
    for url in [
        target.as_str(),
        &format!("/hooks?community=7&token={TOKEN}"),
    ] {
        let event = webhooks::verify_and_parse(url, &body, &token).unwrap();
        assert_eq!(event.event_name(), "member.joined");
    }
    let param = "token";
    for (url, expected) in [
        (
            "/hooks?community=7".to_owned(),
            VerifyError::MissingToken { param },
        ),
        (
            format!("/hooks?token={TOKEN}x"),
            VerifyError::TokenMismatch { param },
        ),
        (
            format!("/hooks?token={TOKEN}&token={TOKEN}"),
            VerifyError::MissingToken { param },
        ),
    ] {
        let err = webhooks::verify_and_parse(&url, &body, &token).unwrap_err();
        assert_eq!(err, WebhookError::Unauthenticated(expected), "{url}");
        assert_eq!(err.status(), 401);
    }
    let err = webhooks::verify_and_parse(
        &target,
        br#"{"event": "member.joined", "entities": {"user": []}}"#,
        &token,
    )
    .unwrap_err();
    assert_eq!(
        (err.status().as_u16(), err.path()),
        (400, Some("entities.user"))
    );
}

#[test]
fn the_token_is_never_printed() {
    let token = WebhookSecret::new(TOKEN);
    let mut messages = vec![format!("{token:?}"), token.to_string()];
    for url in [
        "/hooks".to_owned(),
        format!("/hooks?token={}", &TOKEN[..20]),
        webhooks::target_url("/hooks", &token),
    ] {
        let err = webhooks::verify_and_parse(&url, b"{}", &token).unwrap_err();
        messages.push(format!("{err:?} {err}"));
    }
    for message in messages {
        for part in [TOKEN, &TOKEN[..8], &TOKEN[20..]] {
            assert!(!message.contains(part), "{message}");
        }
    }
}
