//! Webhook deliveries: signatures checked against known answers (computed independently with
//! Python's `hmac`), tampering, wrong secrets and missing headers refused, the spec's examples
//! typed, malformed bodies errors with a JSON path, and no secret in any message.
#![allow(clippy::unwrap_used)]

use groupkit_core::http::{HeaderMap, HeaderValue};
use groupkit_groupsio::webhooks::{
    self, BodyError, VerifyError, WebhookError, WebhookEvent, WebhookSecret,
};
use groupkit_testkit::Spec;
use serde_json::Value;

const SECRET: &str = "gio-webhook-secret-7f3a";
const BODY: &[u8] =
    br#"{"id":20003,"action":"added_member","member_info":{"id":41001,"email":"ada@example.com"}}"#;
// python3 -c "import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b'gio-webhook-secret-7f3a',
//   BODY,hashlib.sha1).digest()).decode())"
const BODY_SIGNATURE: &str = "qFprdHJmKP0khQz9MxjMNAglSWM=";
// The same tag in hex, which Groups.io does not send.
const BODY_SIGNATURE_HEX: &str = "a85a6b74726628fd24850cfd3318cc3408254963";

fn secret() -> WebhookSecret {
    WebhookSecret::new(SECRET)
}

fn signed(signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        "X-Groupsio-Signature",
        HeaderValue::from_str(signature).unwrap(),
    );
    headers.insert(
        "x-groupsio-action",
        HeaderValue::from_static("added_member"),
    );
    headers
}

#[test]
fn the_known_answer_verifies_and_parses() {
    assert_eq!(webhooks::sign(&secret(), BODY), BODY_SIGNATURE);
    let event = webhooks::verify_and_parse(&signed(BODY_SIGNATURE), BODY, &secret()).unwrap();
    assert_eq!(event.action(), "added_member");
    assert_eq!(event.id(), Some(20003));
    match event {
        WebhookEvent::AddedMember(delivery) => {
            assert_eq!(delivery.member_info.id, Some(41001.into()));
            assert_eq!(
                delivery.member_info.email.as_deref(),
                Some("ada@example.com")
            );
        }
        other => panic!("expected added_member, got {other:?}"),
    }
}

#[test]
fn forged_deliveries_are_refused_before_the_body_is_read() {
    let header = "x-groupsio-signature";
    // One byte changed in the body.
    let mut tampered = BODY.to_vec();
    let at = tampered.iter().position(|b| *b == b'4').unwrap();
    tampered[at] = b'5';
    let cases: Vec<(HeaderMap, &[u8], WebhookSecret, VerifyError)> = vec![
        (
            signed(BODY_SIGNATURE),
            &tampered,
            secret(),
            VerifyError::SignatureMismatch { header },
        ),
        (
            signed(BODY_SIGNATURE),
            BODY,
            WebhookSecret::new("gio-webhook-secret-7f3b"),
            VerifyError::SignatureMismatch { header },
        ),
        (
            HeaderMap::new(),
            BODY,
            secret(),
            VerifyError::MissingSignature { header },
        ),
        (
            signed(""),
            BODY,
            secret(),
            VerifyError::MissingSignature { header },
        ),
        (
            signed(BODY_SIGNATURE_HEX),
            BODY,
            secret(),
            VerifyError::BadEncoding {
                header,
                reason: "expected a 20-byte HMAC-SHA1 in base64",
            },
        ),
        (
            signed("sha256=0123"),
            BODY,
            secret(),
            VerifyError::BadEncoding {
                header,
                reason: "expected a 20-byte HMAC-SHA1 in base64",
            },
        ),
        (
            signed(BODY_SIGNATURE),
            BODY,
            WebhookSecret::new(""),
            VerifyError::EmptySecret,
        ),
    ];
    for (headers, body, secret, expected) in cases {
        let error = webhooks::verify_and_parse(&headers, body, &secret).unwrap_err();
        assert_eq!(error, WebhookError::Unauthenticated(expected.clone()));
        assert_eq!(webhooks::verify(&headers, body, &secret), Err(expected));
    }
    // Even a body that is not JSON is refused as unauthenticated, not as invalid.
    let error =
        webhooks::verify_and_parse(&signed(BODY_SIGNATURE), b"<html>", &secret()).unwrap_err();
    assert_eq!(error.status(), 401);
}

#[test]
fn a_signed_but_invalid_body_is_a_400_with_its_path() {
    let cases: &[(&[u8], &str, &str)] = &[
        (b"", ".", "the body is empty"),
        (b"[]", ".", "expected a JSON object"),
        (br#"{"id": 1}"#, "action", "missing field"),
        (br#"{"action": 5}"#, "action", "expected a string"),
        (br#"{"action": "added_member"}"#, ".", "member_info"),
        (
            br#"{"action": "added_member", "member_info": null}"#,
            "member_info",
            "invalid type",
        ),
        (
            br#"{"action": "joined", "member_info": []}"#,
            "member_info",
            "found an array",
        ),
        (
            br#"{"action": "left", "member_info": [{"id": 1}]}"#,
            "member_info",
            "found an array",
        ),
        (
            br#"{"action": "joined", "member_info": {}, "group": [1, "x"]}"#,
            "group",
            "found an array",
        ),
        (
            br#"{"action": "removed_member", "member_info": {"id": true}}"#,
            "member_info.id",
            "invalid type",
        ),
        (
            br#"{"action": "created_subgroup", "extra": "fw"}"#,
            ".",
            "group",
        ),
        (br#"{"action": "deleted_subgroup"}"#, ".", "extra_id"),
        (
            br#"{"action": "deleted_subgroup", "extra_id": [31001]}"#,
            "extra_id",
            "",
        ),
    ];
    for (body, path, message) in cases {
        let text = String::from_utf8_lossy(body);
        let headers = signed(&webhooks::sign(&secret(), body));
        let error = webhooks::verify_and_parse(&headers, body, &secret()).expect_err(&text);
        assert_eq!(error.status(), 400, "{text}: {error}");
        assert_eq!(error.path(), Some(*path), "{text}: {error}");
        assert!(error.to_string().contains(message), "{text}: {error}");
    }
}

fn spec_example(action: &str) -> Value {
    let examples = Spec::load("groupsio")
        .pointer(&format!(
            "/webhooks/{action}/post/requestBody/content/application~1json/examples"
        ))
        .unwrap()
        .as_object()
        .unwrap()
        .clone();
    examples.values().next().unwrap()["value"].clone()
}

#[test]
fn the_spec_examples_are_typed_events() {
    let parse =
        |action: &str| webhooks::parse(spec_example(action).to_string().as_bytes()).unwrap();
    match parse("created_subgroup") {
        WebhookEvent::CreatedSubgroup(d) => {
            assert_eq!(d.group.name.as_deref(), Some("robotics"));
            assert_eq!(d.group.parent_group_id, Some(31000.into()));
            assert_eq!(d.extra.as_deref(), Some("firmware"));
        }
        other => panic!("{other:?}"),
    }
    match parse("deleted_subgroup") {
        WebhookEvent::DeletedSubgroup(d) => {
            assert_eq!(d.extra_id, groupkit_groupsio::GroupId::from(31001))
        }
        other => panic!("{other:?}"),
    }
    match parse("ban_members") {
        WebhookEvent::BanMembers(d) => assert_eq!(d.member_info.status.as_deref(), Some("banned")),
        other => panic!("{other:?}"),
    }
    let joined = parse("joined");
    assert_eq!(joined.id(), Some(20005));
    match &joined {
        WebhookEvent::Joined(d) => {
            assert!(d.created.is_some());
            assert_eq!(
                d.group.as_ref().and_then(|g| g.name.as_deref()),
                Some("robotics")
            );
            assert_eq!(d.member_info.full_name.as_deref(), Some("Grace H"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        joined.member().and_then(|m| m.email.as_deref()),
        Some("grace@example.com")
    );
    assert!(matches!(
        parse("added_member"),
        WebhookEvent::AddedMember(_)
    ));
    // Every webhook of the spec is a typed event.
    let spec = Spec::load("groupsio");
    for action in spec
        .pointer("/webhooks")
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
    {
        let body = format!(
            r#"{{"action": "{action}", "member_info": {{}}, "group": {{}}, "extra_id": 1}}"#
        );
        let event = webhooks::parse(body.as_bytes()).unwrap();
        assert!(!matches!(event, WebhookEvent::Unknown { .. }), "{action}");
        assert_eq!(event.action(), action);
    }
}

#[test]
fn unknown_actions_and_fields_are_kept() {
    let body = br#"{"id": 9, "action": "sent_message_accepted", "message": {"id": 3}}"#;
    match webhooks::parse(body).unwrap() {
        WebhookEvent::Unknown { action, payload } => {
            assert_eq!(action, "sent_message_accepted");
            assert_eq!(payload["message"]["id"], 3);
        }
        other => panic!("{other:?}"),
    }
    let body = br#"{"action": "joined", "member_info": {"id": 1, "perms": {"x": true}}}"#;
    match webhooks::parse(body).unwrap() {
        WebhookEvent::Joined(d) => assert_eq!(d.member_info.additional["perms"]["x"], true),
        other => panic!("{other:?}"),
    }
}

#[test]
fn no_secret_in_any_message() {
    let secret = secret();
    let mut messages = vec![format!("{secret:?}"), format!("{secret}")];
    let forged = signed(&webhooks::sign(&WebhookSecret::new("other"), BODY));
    for (headers, body) in [
        (forged, BODY),
        (HeaderMap::new(), BODY),
        (signed("garbage"), BODY),
        (signed(&webhooks::sign(&secret, b"[]")), &b"[]"[..]),
    ] {
        let error = webhooks::verify_and_parse(&headers, body, &secret).unwrap_err();
        messages.push(format!("{error:?}"));
        messages.push(error.to_string());
    }
    let body_error: BodyError = webhooks::parse(b"{").unwrap_err();
    messages.push(format!("{body_error:?} {body_error}"));
    for message in messages {
        // Not the whole secret, nor a telling part of it.
        for part in [SECRET, "gio-webhook", "secret-7f3a", "7f3a"] {
            assert!(!message.contains(part), "{message}");
        }
    }
}

#[test]
fn no_input_panics() {
    let secret = secret();
    for end in 0..BODY.len() {
        let body = &BODY[..end];
        let _ = webhooks::verify_and_parse(&signed(&webhooks::sign(&secret, body)), body, &secret);
    }
    for noise in [
        &[0xff, 0xfe][..],
        b"{\"action\":\"\xff\"}",
        b"{{{",
        b"\"joined\"",
    ] {
        assert!(webhooks::parse(noise).is_err());
    }
}
