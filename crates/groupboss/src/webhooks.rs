//! Webhook deliveries: the JSON bodies Groupboss POSTs to a subscription's target URL.
//!
//! A delivery is `{"information": {"id", "name"}, "webhook": {"id", "event", "target",
//! "is_active"}}`, decoded into [`models::WebhookDelivery`]. The event is an open enum:
//! `Group.created`, `Group.updated`, and any newer value kept as
//! [`models::WebhookEvent::Unknown`]. Answer the delivery with HTTP 200: Groupboss counts
//! anything else as a failure and deactivates the subscription after more than 20 of them.
//!
//! ```
//! use groupkit_groupboss::{models::WebhookEvent, webhooks};
//!
//! let body = br#"{"information": {"id": "7a7edf94-cb5e-48e4-8c4b-19be81b31caa", "name": "Group name"},
//!                 "webhook": {"id": "fcdab9cc-257e-4069-ab97-abdf9be28abb", "event": "Group.updated",
//!                             "target": "https://example.com/hooks/", "is_active": true}}"#;
//! let delivery = webhooks::parse(body)?;
//! assert_eq!(delivery.webhook.event, WebhookEvent::GroupUpdated);
//! assert_eq!(delivery.information.name, "Group name");
//! # Ok::<(), webhooks::WebhookError>(())
//! ```

pub use groupkit_core::webhook::WebhookError;

use crate::models;

/// Decodes a delivery body.
///
/// Fails on anything but a complete JSON delivery: bodies that are not JSON (including the
/// Python-dict form the Groupboss documentation prints, with single quotes and `True`),
/// missing or mistyped fields, and truncated bodies.
pub fn parse(body: &[u8]) -> Result<models::WebhookDelivery, WebhookError> {
    groupkit_core::webhook::decode("Groupboss", body).map_err(|error| {
        if body.trim_ascii_start().starts_with(b"{'") {
            error.with_hint(" (single quotes: a Python dict, not JSON)")
        } else {
            error
        }
    })
}
