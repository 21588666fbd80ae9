//! Webhook deliveries: the spec's examples parse; malformed bodies are errors with a JSON
//! path, never panics.

#![allow(clippy::unwrap_used)]

mod support;

use groupkit_groupboss::models::WebhookEvent;
use groupkit_groupboss::webhooks::{self, WebhookError};
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

fn error(body: &str) -> WebhookError {
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
