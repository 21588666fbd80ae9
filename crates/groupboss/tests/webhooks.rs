//! Webhook deliveries: the spec's examples parse; malformed bodies are errors with a JSON
//! path, never panics.

#![allow(clippy::unwrap_used)]

mod support;

use groupkit_groupboss::models::WebhookEvent;
use groupkit_groupboss::webhooks::{self, BodyError, VerifyError, WebhookError, WebhookSecret};
use serde_json::Value;
use support::spec;

/// The spec's request-body examples for the `Group.created` and `Group.updated` webhooks.
fn examples() -> Vec<(String, Value)> {
    ["Group.created", "Group.updated"]
        .iter()
        .map(|event| {
            let pointer =
                format!("/webhooks/{event}/post/requestBody/content/application~1json/examples");
            let examples = spec().pointer(&pointer).unwrap().as_object().unwrap();
            let (_, example) = examples.iter().next().unwrap();
            (event.to_string(), example["value"].clone())
        })
        .collect()
}

#[test]
fn the_documented_deliveries_parse() {
    for (event, body) in examples() {
        let delivery = webhooks::parse(body.to_string().as_bytes()).unwrap();
        assert_eq!(delivery.webhook.event.as_str(), event);
        assert_eq!(
            delivery.information.id,
            "7a7edf94-cb5e-48e4-8c4b-19be81b31caa"
        );
        assert_eq!(delivery.information.name, "Group name");
        assert_eq!(
            delivery.webhook.target,
            "https://b3e203775d05.ngrok.io/api/webhooks/alerts/"
        );
        assert!(delivery.webhook.is_active);
    }
}

#[test]
fn known_and_unknown_events() {
    let (_, mut body) = examples().remove(0);
    let delivery = webhooks::parse(body.to_string().as_bytes()).unwrap();
    assert_eq!(delivery.webhook.event, WebhookEvent::GroupCreated);
    body["webhook"]["event"] = "Member.joined".into();
    let delivery = webhooks::parse(body.to_string().as_bytes()).unwrap();
    assert!(delivery.webhook.event.is_unknown());
    assert_eq!(delivery.webhook.event.as_str(), "Member.joined");
}

#[test]
fn unknown_extra_fields_are_ignored() {
    let (_, mut body) = examples().remove(1);
    body["webhook"]["failed_attempts"] = 3.into();
    body["sent_at"] = "2020-06-10T11:44:01Z".into();
    assert!(webhooks::parse(body.to_string().as_bytes()).is_ok());
}

fn error(body: &str) -> BodyError {
    webhooks::parse(body.as_bytes()).unwrap_err()
}

#[test]
fn the_python_dict_form_of_the_documentation_is_refused() {
    // Exactly as the Groupboss document prints it.
    let python = "{'information': {'id': '7a7edf94-cb5e-48e4-8c4b-19be81b31caa', 'name': 'Group name'}, \
                  'webhook': {'id': 'fcdab9cc-257e-4069-ab97-abdf9be28abb', 'event': 'Group.updated', \
                  'target': 'https://b3e203775d05.ngrok.io/api/webhooks/alerts/', 'is_active': True}}";
    let err = error(python);
    assert!(err.message().contains("Python dict"), "{err}");
    assert!(
        err.to_string()
            .starts_with("invalid Groupboss webhook body")
    );
}

#[test]
fn missing_and_mistyped_fields_name_their_path() {
    let cases = [
        (
            r#"{"webhook": {"id": "x", "event": "Group.created", "target": "t", "is_active": true}}"#,
            ".",
            "information",
        ),
        (
            r#"{"information": {"id": "x", "name": "n"}, "webhook": {"id": "x", "event": "Group.created", "target": "t"}}"#,
            "webhook",
            "is_active",
        ),
        (
            r#"{"information": {"id": "x", "name": "n"}, "webhook": {"id": "x", "event": "Group.created", "target": "t", "is_active": "yes"}}"#,
            "webhook.is_active",
            "invalid type",
        ),
        (
            // An id may be a string or a number, never a boolean.
            r#"{"information": {"id": true, "name": "n"}, "webhook": {"id": "x", "event": "Group.created", "target": "t", "is_active": true}}"#,
            "information.id",
            "invalid type",
        ),
        (
            r#"{"information": {"id": "x", "name": "n"}, "webhook": {"id": "x", "event": 7, "target": "t", "is_active": true}}"#,
            "webhook.event",
            "",
        ),
    ];
    for (body, path, message) in cases {
        let err = error(body);
        assert_eq!(err.path(), path, "{body}: {err}");
        assert!(err.message().contains(message), "{body}: {err}");
    }
}

#[test]
fn bodies_that_are_not_deliveries_are_errors_never_panics() {
    let (_, body) = examples().remove(0);
    let full = body.to_string();
    // Every truncation of a valid body.
    for end in 0..full.len() {
        assert!(
            webhooks::parse(&full.as_bytes()[..end]).is_err(),
            "{}",
            &full[..end]
        );
    }
    for body in [
        "",
        "   ",
        "null",
        "[]",
        "\"Group.created\"",
        "{}",
        "<html></html>",
        "\u{feff}{}",
    ] {
        assert!(webhooks::parse(body.as_bytes()).is_err(), "{body:?}");
    }
    assert_eq!(error("").message(), "the body is empty");
    // Trailing data after a delivery.
    let err = error(&format!("{full} {full}"));
    assert!(err.message().contains("trailing"), "{err}");
    // Bytes that are not UTF-8.
    assert!(webhooks::parse(&[0xff, 0xfe, b'{', b'}']).is_err());
}

#[test]
fn lists_where_the_document_has_one_object_are_refused() {
    let (_, body) = examples().remove(0);
    // serde alone would read each part from a list of its fields, in order.
    let information = serde_json::json!(["7a7edf94-cb5e-48e4-8c4b-19be81b31caa", "Group name"]);
    let webhook = serde_json::json!(["fcdab9cc", "Group.created", "https://example.com/", true]);
    for (field, list) in [("information", information), ("webhook", webhook)] {
        let mut body = body.clone();
        body[field] = list;
        let err = error(&body.to_string());
        assert_eq!(err.path(), field, "{err}");
        assert!(err.message().contains("found an array"), "{err}");
    }
    let whole = serde_json::json!([body["information"], body["webhook"]]);
    let err = error(&whole.to_string());
    assert_eq!(
        (err.path(), err.message()),
        (".", "expected a JSON object, found an array")
    );
}

const TOKEN: &str = "5f0c8e3b9a1d4c7e8f2a6b0d3c9e1f47";

#[test]
fn deliveries_are_authenticated_by_the_token_in_the_target_url() {
    let token = WebhookSecret::new(TOKEN);
    let (_, body) = examples().remove(0);
    let body = body.to_string();
    let target = webhooks::target_url("https://example.com/hooks/groupboss", &token);
    assert_eq!(
        target,
        format!("https://example.com/hooks/groupboss?token={TOKEN}")
    );
    // The full URL or the request target, as a server sees it.
    for url in [target.as_str(), &format!("/hooks/groupboss?token={TOKEN}")] {
        let delivery = webhooks::verify_and_parse(url, body.as_bytes(), &token).unwrap();
        assert_eq!(delivery.webhook.event, WebhookEvent::GroupCreated);
    }
    let param = "token";
    for (url, expected) in [
        ("/hooks/groupboss", VerifyError::MissingToken { param }),
        (
            "/hooks/groupboss?token=5f0c8e3b9a1d4c7e8f2a6b0d3c9e1f4",
            VerifyError::TokenMismatch { param },
        ),
        (
            "/hooks/groupboss?token=5F0C8E3B9A1D4C7E8F2A6B0D3C9E1F47",
            VerifyError::TokenMismatch { param },
        ),
        (
            "/hooks/groupboss?Token=5f0c8e3b9a1d4c7e8f2a6b0d3c9e1f47",
            VerifyError::MissingToken { param },
        ),
    ] {
        let err = webhooks::verify_and_parse(url, body.as_bytes(), &token).unwrap_err();
        assert_eq!(err, WebhookError::Unauthenticated(expected), "{url}");
        assert_eq!(err.status(), 401);
    }
    // An authentic request with a bad body is a 400 naming the path.
    let err = webhooks::verify_and_parse(&target, b"{\"information\": []}", &token).unwrap_err();
    assert_eq!(
        (err.status().as_u16(), err.path()),
        (400, Some("information"))
    );
    // An empty token authenticates nothing.
    let err = webhooks::verify_and_parse("/hooks?token=", body.as_bytes(), &WebhookSecret::new(""))
        .unwrap_err();
    assert_eq!(err, WebhookError::Unauthenticated(VerifyError::EmptySecret));
}

#[test]
fn the_token_is_never_printed() {
    let token = WebhookSecret::new(TOKEN);
    let mut messages = vec![format!("{token:?}"), token.to_string()];
    for url in [
        "/hooks".to_owned(),
        "/hooks?token=5f0c8e3b9a1d4c7e8f2a6b0d3c9e1f4".to_owned(),
        webhooks::target_url("/hooks", &token),
    ] {
        if let Err(err) = webhooks::verify_and_parse(&url, b"[]", &token) {
            messages.push(format!("{err:?} {err}"));
        }
    }
    assert_eq!(messages.len(), 5);
    for message in messages {
        for part in [TOKEN, "5f0c8e3b", "3c9e1f4"] {
            assert!(!message.contains(part), "{message}");
        }
    }
}
