//! Webhook deliveries: `{"event", "job_id", "entities": {"<type>": [...]}}`.
//!
//! Habitate posts the same structure for every event; the entities involved are keys under
//! `entities`, each holding an array even for a single object. [`parse`] reads a delivery's
//! body into a [`WebhookEvent`]: the documented events typed with the generated
//! [`models`], any other event kept as raw JSON (Habitate keeps adding
//! events). A malformed body is a [`WebhookError`] naming the JSON path, never a panic.
//!
//! Habitate documents no signature for deliveries; answer `200` to acknowledge one.
//!
//! ```
//! use groupkit_habitate::webhooks::{self, WebhookEvent};
//!
//! let body = br#"{"event": "member.joined", "job_id": 164,
//!                 "entities": {"user": [{"user_id": 206, "msid": "206.JO7R"}]}}"#;
//! match webhooks::parse(body)? {
//!     WebhookEvent::MemberJoined { job_id, users, .. } => {
//!         assert_eq!(job_id, Some(164));
//!         assert_eq!(users[0].user_id, Some(206.into()));
//!     }
//!     other => println!("not handled: {}", other.event_name()),
//! }
//! # Ok::<(), webhooks::WebhookError>(())
//! ```

use groupkit_core::webhook::kind;
use serde_json::Value;

use crate::models::{self, WebhookEventType};

/// A parsed webhook delivery.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `member.joined`: a member joined the community.
    #[non_exhaustive]
    MemberJoined {
        /// The id of the delivery job (the same on redeliveries: use it to deduplicate).
        job_id: Option<i64>,
        /// The member who joined (`entities.user`; one user).
        users: Vec<models::User>,
    },
    /// `member.joined_waitlist`: a user joined the community's wait-list.
    #[non_exhaustive]
    MemberJoinedWaitlist {
        /// The id of the delivery job.
        job_id: Option<i64>,
        /// The user who joined the wait-list (`entities.user`).
        users: Vec<models::User>,
    },
    /// An event this version does not know, kept as sent.
    Unknown {
        /// The event name.
        event: String,
        /// The whole body.
        payload: Value,
    },
}

impl WebhookEvent {
    /// The event name as sent (`member.joined`, ...).
    pub fn event_name(&self) -> &str {
        match self {
            WebhookEvent::MemberJoined { .. } => WebhookEventType::MemberJoined.as_str(),
            WebhookEvent::MemberJoinedWaitlist { .. } => {
                WebhookEventType::MemberJoinedWaitlist.as_str()
            }
            WebhookEvent::Unknown { event, .. } => event,
        }
    }

    /// The delivery job's id, when the body has one.
    pub fn job_id(&self) -> Option<i64> {
        match self {
            WebhookEvent::MemberJoined { job_id, .. }
            | WebhookEvent::MemberJoinedWaitlist { job_id, .. } => *job_id,
            WebhookEvent::Unknown { payload, .. } => payload.get("job_id").and_then(Value::as_i64),
        }
    }
}

pub use groupkit_core::webhook::WebhookError;

fn invalid(path: impl Into<String>, message: impl Into<String>) -> WebhookError {
    WebhookError::new("Habitate", path, message)
}

/// Parses a delivery's raw body.
pub fn parse(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    let payload: Value = groupkit_core::webhook::decode("Habitate", body)?;
    let Some(object) = payload.as_object() else {
        return Err(invalid(
            ".",
            format!("expected a JSON object, found {}", kind(&payload)),
        ));
    };
    let event = match object.get("event") {
        Some(Value::String(event)) => event.clone(),
        Some(other) => {
            return Err(invalid(
                "event",
                format!("expected a string, found {}", kind(other)),
            ));
        }
        None => return Err(invalid("event", "missing field")),
    };
    match WebhookEventType::from(event.as_str()) {
        WebhookEventType::MemberJoined => {
            let (job_id, users) = member_event(payload)?;
            Ok(WebhookEvent::MemberJoined { job_id, users })
        }
        WebhookEventType::MemberJoinedWaitlist => {
            let (job_id, users) = member_event(payload)?;
            Ok(WebhookEvent::MemberJoinedWaitlist { job_id, users })
        }
        _ => Ok(WebhookEvent::Unknown { event, payload }),
    }
}

/// Reads a member event through the generated model; its user array is required.
fn member_event(payload: Value) -> Result<(Option<i64>, Vec<models::User>), WebhookError> {
    // serde reads a struct from an array too; `entities` must be an object of arrays.
    if let Some(entities) = payload.get("entities")
        && !entities.is_object()
    {
        return Err(invalid(
            "entities",
            format!("invalid type: expected an object, found {}", kind(entities)),
        ));
    }
    let typed: models::WebhookEvent = serde_path_to_error::deserialize(payload)
        .map_err(|e| invalid(e.path().to_string(), e.inner().to_string()))?;
    let users = typed
        .entities
        .and_then(|entities| entities.user)
        .ok_or_else(|| invalid("entities.user", "missing: a member event carries its user"))?;
    Ok((typed.job_id, users))
}
