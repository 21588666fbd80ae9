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

use crate::models;

/// A webhook body that is not a valid delivery. It names the JSON path of the problem; it
/// never panics, whatever the input.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid Groupboss webhook body at `{path}`: {message}")]
pub struct WebhookError {
    path: String,
    message: String,
}

impl WebhookError {
    /// The JSON path of the problem (`webhook.event`), `.` for the body as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Decodes a delivery body.
///
/// Fails on anything but a complete JSON delivery: bodies that are not JSON (including the
/// Python-dict form the Groupboss documentation prints, with single quotes and `True`),
/// missing or mistyped fields, and truncated bodies.
pub fn parse(body: &[u8]) -> Result<models::WebhookDelivery, WebhookError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let (path, error) = match serde_path_to_error::deserialize(&mut de) {
        Ok(delivery) => match de.end() {
            Ok(()) => return Ok(delivery),
            Err(e) => (".".to_owned(), e),
        },
        Err(e) => (e.path().to_string(), e.into_inner()),
    };
    let mut message = if body.iter().all(u8::is_ascii_whitespace) {
        "the body is empty".to_owned()
    } else {
        error.to_string()
    };
    if error.is_syntax() && body.trim_ascii_start().starts_with(b"{'") {
        message.push_str(" (single quotes: a Python dict, not JSON)");
    }
    Err(WebhookError { path, message })
}
