//! groupkit-sendhub: a client for the [SendHub](https://www.sendhub.com) API.
//!
//! SendHub's API (django-tastypie) covers, by area (the `Client` method names):
//!
//! - **Groups**: `create_group`, `get_group`, `update_group` (a replace), `delete_group`,
//!   `list_groups`; a group's contacts with `list_group_contacts` and
//!   `add_remove_group_contacts` (by id).
//! - **Contacts**: `list_contacts` (filters `number`, `name`, `screened`, `blocked`,
//!   `ordering`), `upsert_contact` (create, or update keeping what is left out), `upsert_contacts`
//!   (several in one PATCH), `get_contact`, `update_contact` (a replace), `delete_contact`.
//!   Custom fields travel in each model's `additional` map.
//! - **Inbox and threads**: `list_threads` (the inbox), `list_thread_messages` (a thread's
//!   messages and calls), `delete_thread`.
//! - **Messages**: `send_message` (SMS or MMS to contact ids, E.164 numbers and groups, now or
//!   at `scheduled_at`), `get_message`, `update_message` (a scheduled message, or read/unread),
//!   `delete_message`, `list_scheduled_messages`.
//! - **Your line and account**: `get_settings`, `update_settings`, `get_profile`,
//!   `get_enterprise`, `list_users`, `get_user`; and `login` (username and password, which
//!   SendHub marks internal).
//!
//! The Groups operations come from SendHub's Groups document, the others from SendHub's own
//! OpenAPI document (`specs/sendhub.yaml`, `x-groupkit-source`). Every call carries your SendHub
//! username and API key, as the `username` and `api_key` query parameters
//! ([`ClientBuilder::credentials`], the documented form) or with HTTP Basic
//! ([`ClientBuilder::basic`]).
//!
//! The key travels in every URL, so nothing in this crate prints it: errors carry the
//! templated path only and scrub echoed credentials, and `Debug` of the client, its
//! configuration and its paginators redacts them.
//!
//! - One method per operation on [`Client`] (generated from `specs/sendhub.yaml`), each
//!   returning a request builder with `.send()`; list operations add `.pages()` and `.items()`,
//!   which page by `limit`/`offset` (never by following tastypie's `meta.next`, which echoes
//!   the key).
//! - Ids are typed per entity ([`GroupId`], [`ContactId`], [`MessageId`], [`ThreadId`],
//!   [`UserId`], [`EnterpriseId`]): 18-digit numbers that
//!   arrive as strings or integers, kept exactly, and written as integers where SendHub wants
//!   them (the contact lists of an add/remove).
//! - Errors are [`Error`]; an API error keeps the decoded [`ErrorBody`], whichever of SendHub's
//!   JSON error shapes it came in. 420 (plan limit) and 429 are retried; a 429's wait comes
//!   from the body's `timeLeft`, as there is no `Retry-After`.
//!
//! - [`webhooks::verify_and_parse`] checks a delivery's `X-SendHub-Signature` (HMAC-SHA1 of
//!   the webhook URL followed by the body, keyed with the API key; hex or base64) in constant
//!   time and reads its JSON body, in one call:
//!
//! ```
//! use groupkit_sendhub::http::HeaderMap;
//! use groupkit_sendhub::webhooks::{self, Encoding, WebhookSecret};
//!
//! let api_key = WebhookSecret::new("my-api-key");
//! let url = "https://example.com/hooks/sendhub";
//! let body = br#"{"text": "START"}"#;
//! let mut headers = HeaderMap::new();
//! // Signed here with `sign` (for tests and fake servers); SendHub signs real deliveries.
//! let signature = webhooks::sign(&api_key, url, body, Encoding::Base64);
//! headers.insert(webhooks::SIGNATURE.header(), signature.parse()?);
//!
//! let delivery = webhooks::verify_and_parse(&headers, url, body, &api_key)?;
//! assert_eq!(delivery.body["text"], "START");
//! let tampered = br#"{"text": "STOP"}"#;
//! assert!(webhooks::verify_and_parse(&headers, url, tampered, &api_key).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ```
//! use futures::TryStreamExt;
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # // Run against the offline sandbox: its address and demo key replace the real ones
//! # // (the builder keeps the last value given).
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! let client = groupkit_sendhub::Client::builder()
//! #   .base_url(sandbox.base_url("sendhub"))
//!     .credentials("my-username", "my-api-key")
//! #   .credentials(groupkit_sandbox::DEMO.username, groupkit_sandbox::DEMO.api_key)
//!     .build()?;
//!
//! let group = client.create_group().name("Regulars").slug("regulars").send().await?;
//! client
//!     .add_remove_group_contacts(&group.id)
//!     .add([116006957942993390_u64])
//!     .send()
//!     .await?;
//!
//! let groups: Vec<_> = client.list_groups().items().try_collect().await?;
//! for group in &groups {
//!     println!("{} {} ({:?} contacts)", group.id, group.name, group.size);
//! }
//!
//! let contact = client
//!     .upsert_contact()
//!     .name("Bob Parker")
//!     .number("+12015716227")
//!     .send()
//!     .await?;
//! let sent = client
//!     .send_message()
//!     .text("Hello there")
//!     .contacts([contact.id.as_id().clone(), "+18884445555".into()])
//!     .groups([group.id.clone()])
//!     .send()
//!     .await?;
//! println!("{:?}", sent.acknowledgment);
//! let inbox: Vec<_> = client.list_threads().items().try_collect().await?;
//! # Ok(()) }
//! ```

mod error;
// Formatted by the generator (prettyplease), not by rustfmt: see xtask/src/codegen/rust.rs.
#[rustfmt::skip]
mod generated;
pub mod webhooks;

pub use error::ErrorBody;
pub use generated::*;
/// Re-exported for webhook receivers: the `HeaderMap` that [`webhooks`] reads.
pub use groupkit_core::http;
