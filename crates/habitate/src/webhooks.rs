//! Webhook deliveries: `{"event", "job_id", "entities": {"<type>": [...]}}`.
//!
//! Habitate posts the same structure for every event; the entities involved are keys under
//! `entities`, each holding an array even for a single object. [`parse`] reads a delivery's
//! body into a [`WebhookEvent`]: the documented events typed with the generated
//! [`models`], any other event kept as raw JSON (Habitate keeps adding
//! events). A malformed body is a [`BodyError`] naming the JSON path, never a panic; a member
//! event must carry exactly one user, as the document shows.
//!
//! # Authenticating deliveries
//! **Habitate documents no signature: the payload itself is unauthenticated.** Anyone who
//! knows the target URL can post a body that looks like a delivery. What a receiver can check
//! is that the sender knows a secret in the URL: configure the webhook with [`target_url`]
//! (your URL plus a random `token` query parameter), and check every request with
//! [`verify_and_parse`], which compares the token in constant time before reading the body.
//! This is only as strong as the URL is secret: use HTTPS, a long random token (`openssl
//! rand -hex 32`), and rotate it if the URL leaks. Fetch the member through the API before
//! granting anything on the strength of a delivery. Answer `200` to acknowledge one.
//!
//! ```
//! use groupkit_habitate::webhooks::{self, WebhookEvent, WebhookSecret};
//!
//! let token = WebhookSecret::new("9b2e7c4a0f6d1e8b3a5c7d9e0f1a2b3c");
//! // Configure the webhook in Habitate with this URL.
//! let target = webhooks::target_url("https://example.com/hooks/habitate", &token);
//!
//! // A delivery arrives at the target (your server sees `/hooks/habitate?token=...`).
//! let body = br#"{"event": "member.joined", "job_id": 164,
//!                 "entities": {"user": [{"user_id": 206, "msid": "206.JO7R"}]}}"#;
//! match webhooks::verify_and_parse(&target, body, &token)? {
//!     WebhookEvent::MemberJoined { job_id, user, .. } => {
//!         assert_eq!(job_id, Some(164));
//!         assert_eq!(user.user_id, Some(206.into()));
//!     }
//!     other => println!("not handled: {}", other.event_name()),
//! }
//!
//! // Without the token: refused with 401.
//! let refused = webhooks::verify_and_parse("/hooks/habitate", body, &token).unwrap_err();
//! assert_eq!(refused.status(), 401);
//! # Ok::<(), webhooks::WebhookError>(())
//! ```

use groupkit_core::webhook::{self, UrlToken};
use serde_json::Value;

use crate::models::{self, WebhookEventType};

pub use groupkit_core::webhook::{BodyError, VerifyError, WebhookError, WebhookSecret};

/// The query parameter of the target URL that carries the secret token.
pub const TOKEN: UrlToken = UrlToken::new("token");

const PROVIDER: &str = "Habitate";

/// A parsed webhook delivery.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `member.joined`: a member joined the community.
    #[non_exhaustive]
    MemberJoined {
        /// The id of the delivery job (the same on redeliveries: use it to deduplicate).
        job_id: Option<i64>,
        /// The member who joined (`entities.user`, which must hold exactly one user).
        user: models::User,
    },
    /// `member.joined_waitlist`: a user joined the community's wait-list.
    #[non_exhaustive]
    MemberJoinedWaitlist {
        /// The id of the delivery job.
        job_id: Option<i64>,
        /// The user who joined the wait-list (`entities.user`, exactly one user).
        user: models::User,
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

fn invalid(path: impl Into<String>, message: impl Into<String>) -> BodyError {
    BodyError::new(PROVIDER, path, message)
}

/// `url` with the secret token added to its query (`?token=...`): the target to configure,
/// and, for tests and fake servers, the URL a delivery is sent to.
pub fn target_url(url: &str, token: &WebhookSecret) -> String {
    TOKEN.target_url(url, token)
}

/// Checks the token in the URL a delivery was sent to: the request target
/// (`/hooks?token=...`) or the full URL.
pub fn verify(request_url: &str, token: &WebhookSecret) -> Result<(), VerifyError> {
    TOKEN.verify(request_url, token)
}

/// Checks the token in the URL the delivery was sent to (the request target or the full
/// URL), then parses the raw body. The token proves the sender knows the URL; the body
/// itself is unauthenticated.
pub fn verify_and_parse(
    request_url: &str,
    body: &[u8],
    token: &WebhookSecret,
) -> Result<WebhookEvent, WebhookError> {
    verify(request_url, token)?;
    Ok(parse(body)?)
}

/// Parses a delivery's raw body, without checking the token (use [`verify_and_parse`] on
/// anything that came over the network).
pub fn parse(body: &[u8]) -> Result<WebhookEvent, BodyError> {
    let payload: Value = webhook::decode(PROVIDER, body)?;
    let event = webhook::event_name(PROVIDER, &payload, "event")?.to_owned();
    match WebhookEventType::from(event.as_str()) {
        WebhookEventType::MemberJoined => {
            let (job_id, user) = member_event(payload)?;
            Ok(WebhookEvent::MemberJoined { job_id, user })
        }
        WebhookEventType::MemberJoinedWaitlist => {
            let (job_id, user) = member_event(payload)?;
            Ok(WebhookEvent::MemberJoinedWaitlist { job_id, user })
        }
        _ => Ok(WebhookEvent::Unknown { event, payload }),
    }
}

/// Reads a member event through the generated model: its user array must hold exactly one
/// user object, as the document shows.
fn member_event(payload: Value) -> Result<(Option<i64>, models::User), BodyError> {
    // serde reads a struct from an array too; `entities` must be an object of arrays, and
    // each user an object.
    webhook::require_objects(PROVIDER, &payload, &["entities", "entities.user[]"])?;
    let typed: models::WebhookEvent = webhook::from_value(PROVIDER, payload)?;
    let users = typed
        .entities
        .and_then(|entities| entities.user)
        .ok_or_else(|| invalid("entities.user", "missing: a member event carries its user"))?;
    let count = users.len();
    let mut users = users.into_iter();
    match (users.next(), users.next()) {
        (Some(user), None) => Ok((typed.job_id, user)),
        _ => Err(invalid(
            "entities.user",
            format!("expected exactly one user, found {count}"),
        )),
    }
}
