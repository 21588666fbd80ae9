//! Webhook deliveries: the JSON bodies Groupboss POSTs to a subscription's target URL.
//!
//! A delivery is `{"information": {"id", "name"}, "webhook": {"id", "event", "target",
//! "is_active"}}`, decoded into [`models::WebhookDelivery`]. The event is an open enum:
//! `Group.created`, `Group.updated`, and any newer value kept as
//! [`models::WebhookEvent::Unknown`]. Answer the delivery with HTTP 200: Groupboss counts
//! anything else as a failure and deactivates the subscription after more than 20 of them.
//!
//! # Authenticating deliveries
//! **Groupboss signs nothing: the payload itself is unauthenticated.** Anyone who knows the
//! target URL can post a body that looks like a delivery. What a receiver can check is that
//! the sender knows a secret in the URL: subscribe with [`target_url`] (your URL plus a
//! random `token` query parameter), and check every request with [`verify_and_parse`], which
//! compares the token in constant time before reading the body. This is only as strong as the
//! URL is secret: use HTTPS, a long random token (`openssl rand -hex 32`), and rotate it if
//! the URL leaks (it is shown wherever the subscription is, and may be logged on the way).
//! The body carries only ids and a name: fetch the group through the API before acting on it.
//!
//! ```
//! use groupkit_groupboss::{models::WebhookEvent, webhooks::{self, WebhookSecret}};
//!
//! let token = WebhookSecret::new("5f0c8e3b9a1d4c7e8f2a6b0d3c9e1f47");
//! // Subscribe with this URL (`create_webhook_subscription().target(...)`).
//! let target = webhooks::target_url("https://example.com/hooks/groupboss", &token);
//!
//! // A delivery arrives at the target (your server sees `/hooks/groupboss?token=...`).
//! let body = br#"{"information": {"id": "7a7edf94-cb5e-48e4-8c4b-19be81b31caa", "name": "Group name"},
//!                 "webhook": {"id": "fcdab9cc-257e-4069-ab97-abdf9be28abb", "event": "Group.updated",
//!                             "target": "https://example.com/hooks/groupboss", "is_active": true}}"#;
//! let delivery = webhooks::verify_and_parse(&target, body, &token)?;
//! assert_eq!(delivery.webhook.event, WebhookEvent::GroupUpdated);
//! assert_eq!(delivery.information.name, "Group name");
//!
//! // Without the token: refused with 401.
//! let refused = webhooks::verify_and_parse("/hooks/groupboss", body, &token).unwrap_err();
//! assert_eq!(refused.status(), 401);
//! # Ok::<(), webhooks::WebhookError>(())
//! ```

use groupkit_core::webhook::{self, UrlToken};
use serde_json::Value;

pub use groupkit_core::webhook::{BodyError, VerifyError, WebhookError, WebhookSecret};

use crate::models;

/// The query parameter of the target URL that carries the secret token.
pub const TOKEN: UrlToken = UrlToken::new("token");

const PROVIDER: &str = "Groupboss";

/// `url` with the secret token added to its query (`?token=...`): the target to subscribe
/// with, and, for tests and fake servers, the URL a delivery is sent to.
pub fn target_url(url: &str, token: &WebhookSecret) -> String {
    TOKEN.target_url(url, token)
}

/// Checks the token in the URL a delivery was sent to: the request target
/// (`/hooks?token=...`) or the full URL.
pub fn verify(request_url: &str, token: &WebhookSecret) -> Result<(), VerifyError> {
    TOKEN.verify(request_url, token)
}

/// Decodes a delivery body, without checking the token (use [`verify_and_parse`] on anything
/// that came over the network).
///
/// Fails on anything but a complete JSON delivery: bodies that are not JSON (including the
/// Python-dict form the Groupboss documentation prints, with single quotes and `True`),
/// missing or mistyped fields, lists where the document has one object, and truncated bodies.
pub fn parse(body: &[u8]) -> Result<models::WebhookDelivery, BodyError> {
    let value: Value = webhook::decode(PROVIDER, body).map_err(|error| {
        if body.trim_ascii_start().starts_with(b"{'") {
            error.with_hint(" (single quotes: a Python dict, not JSON)")
        } else {
            error
        }
    })?;
    // serde would read the delivery, or one of its parts, from a list of its fields.
    let value = Value::Object(webhook::into_object(PROVIDER, value)?);
    webhook::require_objects(PROVIDER, &value, &["information", "webhook"])?;
    webhook::from_value(PROVIDER, value)
}

/// Checks the token in the URL the delivery was sent to (the request target or the full
/// URL), then decodes the raw body. The token proves the sender knows the URL; the body
/// itself is unauthenticated.
pub fn verify_and_parse(
    request_url: &str,
    body: &[u8],
    token: &WebhookSecret,
) -> Result<models::WebhookDelivery, WebhookError> {
    verify(request_url, token)?;
    Ok(parse(body)?)
}
