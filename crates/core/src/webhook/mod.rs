//! Webhook deliveries: checking that one is authentic, then reading its JSON body.
//!
//! Providers differ in how they sign deliveries (data: a header and an encoding, or a URL
//! token) and in their payload types (generated from the specs); how a delivery is checked and
//! read does not. Each provider crate's `webhooks` module puts these together into one call,
//! `verify_and_parse`, which returns the typed event or a [`WebhookError`]:
//!
//! - [`HmacSha1`]: an HMAC-SHA1 of the delivery in a header (Groups.io over the body,
//!   SendHub over the URL followed by the body), compared in constant time.
//! - [`UrlToken`]: a secret token in the target URL's query, for providers that sign
//!   nothing (Groupboss, Habitate). It authenticates the sender, not the payload.
//! - [`decode`]: the body, strictly, naming the JSON path of any problem ([`BodyError`]).
//!
//! Secrets are [`WebhookSecret`]s, which never print; no error carries a secret, a received
//! signature or token, or a URL. [`WebhookError::status`] is what to answer: 401 for a
//! delivery that is not authentic, 400 for an invalid body.
//!
//! Verify over the raw body bytes as received, before any JSON parsing: a body parsed and
//! serialized again is not the body that was signed.

mod body;
mod error;
mod secret;
mod signature;
mod token;

pub use body::{BodyError, decode, event_name, from_value, into_object, kind, require_objects};
pub use error::{VerifyError, WebhookError};
pub use secret::WebhookSecret;
pub use signature::{Encoding, HmacSha1};
pub use token::UrlToken;
