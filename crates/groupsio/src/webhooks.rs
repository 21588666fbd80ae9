//! Webhook deliveries: verify that Groups.io sent them, then read them, in one call.
//!
//! Groups.io POSTs a JSON body with an `action` (`added_member`, `created_subgroup`, ...) and
//! signs it: the `x-groupsio-signature` header holds the standard base64 of the HMAC-SHA1 of
//! the raw body, keyed with the webhook's secret (not the API key). [`verify_and_parse`]
//! checks the signature in constant time over the body exactly as received, then reads the
//! body into a [`WebhookEvent`]; actions this version does not know are kept as raw JSON.
//!
//! Answer quickly: 204 (any 2xx) once the event is stored, also for an event you cannot
//! process, so that it is not sent again; [`WebhookError::status`] for a refused one (401
//! when it is not authentic, 400 for an invalid body); 5xx only to have it sent again.
//!
//! ```
//! use groupkit_groupsio::webhooks::{self, WebhookEvent, WebhookSecret};
//! use groupkit_groupsio::http::HeaderMap;
//!
//! let secret = WebhookSecret::new("the webhook's secret");
//! let body = br#"{"id": 20003, "action": "added_member",
//!                 "member_info": {"id": 41001, "email": "ada@example.com"}}"#;
//! // What Groups.io sends (built here with `sign`, for tests and fake servers).
//! let mut headers = HeaderMap::new();
//! headers.insert(webhooks::SIGNATURE.header(), webhooks::sign(&secret, body).parse()?);
//!
//! match webhooks::verify_and_parse(&headers, body, &secret)? {
//!     WebhookEvent::AddedMember(delivery) => {
//!         assert_eq!(delivery.member_info.email.as_deref(), Some("ada@example.com"));
//!     }
//!     other => println!("not handled: {}", other.action()),
//! }
//!
//! // A changed body no longer matches its signature: answer 401.
//! let forged = br#"{"id": 20003, "action": "ban_members", "member_info": {"id": 41001}}"#;
//! let refused = webhooks::verify_and_parse(&headers, forged, &secret).unwrap_err();
//! assert_eq!(refused.status(), 401);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use groupkit_core::http::HeaderMap;
use groupkit_core::webhook::{self, Encoding, HmacSha1};
use serde_json::Value;

use crate::models::{self, WebhookAction};

pub use groupkit_core::webhook::{BodyError, VerifyError, WebhookError, WebhookSecret};

/// How Groups.io signs a delivery: HMAC-SHA1 of the raw body, standard base64, in
/// `x-groupsio-signature` (the bare value; a `sha1=` prefix is tolerated).
pub const SIGNATURE: HmacSha1 = HmacSha1::new("x-groupsio-signature", &[Encoding::Base64]);

/// The header that also names the action. The body's `action` is what [`parse`] reads.
pub const ACTION_HEADER: &str = "x-groupsio-action";

const PROVIDER: &str = "Groups.io";

/// A verified, parsed delivery.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `created_subgroup`: a subgroup was created.
    CreatedSubgroup(models::SubgroupCreatedWebhook),
    /// `deleted_subgroup`: a subgroup was deleted.
    DeletedSubgroup(models::SubgroupDeletedWebhook),
    /// `added_member`: a member was added to a group.
    AddedMember(models::MemberWebhook),
    /// `removed_member`: a member was removed from a group.
    RemovedMember(models::MemberWebhook),
    /// `ban_members`: a member was banned.
    BanMembers(models::MemberWebhook),
    /// `joined`: someone joined a group.
    Joined(models::MemberWebhook),
    /// `left`: someone left a group.
    Left(models::MemberWebhook),
    /// An action this version does not know (`sent_message_accepted`, ...), kept as sent.
    Unknown {
        /// The action.
        action: String,
        /// The whole body.
        payload: Value,
    },
}

impl WebhookEvent {
    /// The action as sent (`added_member`, ...).
    pub fn action(&self) -> &str {
        match self {
            WebhookEvent::CreatedSubgroup(_) => WebhookAction::CreatedSubgroup.as_str(),
            WebhookEvent::DeletedSubgroup(_) => WebhookAction::DeletedSubgroup.as_str(),
            WebhookEvent::AddedMember(_) => WebhookAction::AddedMember.as_str(),
            WebhookEvent::RemovedMember(_) => WebhookAction::RemovedMember.as_str(),
            WebhookEvent::BanMembers(_) => WebhookAction::BanMembers.as_str(),
            WebhookEvent::Joined(_) => WebhookAction::Joined.as_str(),
            WebhookEvent::Left(_) => WebhookAction::Left.as_str(),
            WebhookEvent::Unknown { action, .. } => action,
        }
    }

    /// The event's id, when the body has one: the same on redeliveries, so use it to drop
    /// duplicates.
    pub fn id(&self) -> Option<i64> {
        match self {
            WebhookEvent::CreatedSubgroup(delivery) => delivery.id,
            WebhookEvent::DeletedSubgroup(delivery) => delivery.id,
            WebhookEvent::AddedMember(delivery)
            | WebhookEvent::RemovedMember(delivery)
            | WebhookEvent::BanMembers(delivery)
            | WebhookEvent::Joined(delivery)
            | WebhookEvent::Left(delivery) => delivery.id,
            WebhookEvent::Unknown { payload, .. } => payload.get("id").and_then(Value::as_i64),
        }
    }

    /// The member of a member event.
    pub fn member(&self) -> Option<&models::WebhookMemberInfo> {
        match self {
            WebhookEvent::AddedMember(delivery)
            | WebhookEvent::RemovedMember(delivery)
            | WebhookEvent::BanMembers(delivery)
            | WebhookEvent::Joined(delivery)
            | WebhookEvent::Left(delivery) => Some(&delivery.member_info),
            _ => None,
        }
    }
}

/// The `x-groupsio-signature` value for `body` under `secret`. For tests and fake servers
/// that deliver signed webhooks.
pub fn sign(secret: &WebhookSecret, body: &[u8]) -> String {
    SIGNATURE.sign(secret, &[body], Encoding::Base64)
}

/// Checks the signature of a delivery: `headers` and the raw `body` as received.
pub fn verify(headers: &HeaderMap, body: &[u8], secret: &WebhookSecret) -> Result<(), VerifyError> {
    SIGNATURE.verify(headers, secret, &[body])
}

/// Reads a delivery's raw body, without checking its signature (use [`verify_and_parse`] on
/// anything that came over the network).
///
/// A known action must carry the parts the sources show for it (`member_info` for member
/// events, `group` for `created_subgroup`, `extra_id` for `deleted_subgroup`); `group` and
/// `member_info` must be objects, never lists.
pub fn parse(body: &[u8]) -> Result<WebhookEvent, BodyError> {
    let payload: Value = webhook::decode(PROVIDER, body)?;
    let action = webhook::event_name(PROVIDER, &payload, "action")?.to_owned();
    webhook::require_objects(PROVIDER, &payload, &["group", "member_info"])?;
    let member = |payload| webhook::from_value::<models::MemberWebhook>(PROVIDER, payload);
    Ok(match WebhookAction::from(action.as_str()) {
        WebhookAction::CreatedSubgroup => {
            WebhookEvent::CreatedSubgroup(webhook::from_value(PROVIDER, payload)?)
        }
        WebhookAction::DeletedSubgroup => {
            WebhookEvent::DeletedSubgroup(webhook::from_value(PROVIDER, payload)?)
        }
        WebhookAction::AddedMember => WebhookEvent::AddedMember(member(payload)?),
        WebhookAction::RemovedMember => WebhookEvent::RemovedMember(member(payload)?),
        WebhookAction::BanMembers => WebhookEvent::BanMembers(member(payload)?),
        WebhookAction::Joined => WebhookEvent::Joined(member(payload)?),
        WebhookAction::Left => WebhookEvent::Left(member(payload)?),
        _ => WebhookEvent::Unknown { action, payload },
    })
}

/// Verifies a delivery's signature, then parses its body: `headers` and the raw `body` as
/// received, and the webhook's secret.
pub fn verify_and_parse(
    headers: &HeaderMap,
    body: &[u8],
    secret: &WebhookSecret,
) -> Result<WebhookEvent, WebhookError> {
    verify(headers, body, secret)?;
    Ok(parse(body)?)
}
