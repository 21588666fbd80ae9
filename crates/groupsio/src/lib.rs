//! groupkit-groupsio: a client for the [Groups.io API](https://groups.io/api).
//!
//! Every API method is a method on [`Client`] that returns a request builder: set the
//! named parameters, then `.send()`; list methods also have `.pages()` and `.items()`,
//! owned streams that follow Groups.io's `next_page_token` cursor.
//!
//! ```
//! use futures::TryStreamExt;
//! use groupkit_groupsio::Client;
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # // Run against the offline sandbox: its address and demo key replace the real ones
//! # // (the builder keeps the last value given).
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! let client = Client::builder()
//! #   .base_url(sandbox.base_url("groupsio"))
//!     .api_key("your 64-character API key")
//! #   .api_key(groupkit_sandbox::DEMO.api_key)
//!     .build()?;
//!
//! // One call. Subgroups are named `parent+sub`; the name is encoded for you.
//! let group = client.get_group("beta+api").send().await?;
//! println!("{} ({})", group.name, group.id);
//!
//! // One listing: every subscription, page after page.
//! let mut subscriptions = client.list_subscriptions().paginator().page_size(100).items();
//! while let Some(sub) = subscriptions.try_next().await? {
//!     println!("{} in group {}", sub.email, sub.group_id);
//! }
//! # Ok(()) }
//! ```
//!
//! # Authentication
//! - [`ClientBuilder::api_key`]: `Authorization: Bearer <key>`, the current form.
//! - [`ClientBuilder::session`] then [`Client::login_session`]: a cookie session; writes carry
//!   the user's csrf token in the `csrf` form field automatically.
//! - [`ClientBuilder::basic`]: the older token form.
//!
//! # Requests
//! Reads are `GET` with a query string, writes `POST` with a form body, uploads
//! (`upload_attachments`, `add_files`) multipart. Calls that take "either `group_id` or
//! `group_name`" take one [`GroupRef`]: an integer is an id, text is a name
//! (`get_group(6942)`, `get_group("beta")`), so exactly one is always sent. Other ids are typed
//! per entity ([`MemberId`], [`TopicId`], ...), and required values are set by name: `send`
//! does not compile until all are given:
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! # let client = groupkit_groupsio::Client::builder()
//! #     .base_url(sandbox.base_url("groupsio"))
//! #     .api_key(groupkit_sandbox::DEMO.api_key)
//! #     .build()?;
//! # use futures::TryStreamExt;
//! # let first = client.list_members("beta").items().try_next().await?.expect("a member of beta");
//! # let (group, member) = (first.group_id, first.id);
//! client.create_chat("beta").subject("Meetup").desc("Planning").send().await?;
//! client.remove_member(group).member_info_id(member).send().await?;
//! # Ok(()) }
//! ```
//!
//! Leaving out a required value does not compile (here `desc`):
//!
//! ```compile_fail
//! # async fn run(client: groupkit_groupsio::Client) -> groupkit_groupsio::Result<()> {
//! client.create_chat("beta").subject("Meetup").send().await?;
//! # Ok(()) }
//! ```
//!
//! Nor does passing one entity's id for another's:
//!
//! ```compile_fail
//! # async fn run(client: groupkit_groupsio::Client, group: groupkit_groupsio::GroupId)
//! # -> groupkit_groupsio::Result<()> {
//! client.remove_member(6942).member_info_id(group).send().await?;
//! # Ok(()) }
//! ```
//!
//! [`SendExtended`] asks for `extended=true`; [`operations::DownloadArchives::download_to`]
//! streams an archive into a writer.
//!
//! # Members and subgroups
//! Beyond the document, the calls public clients make are here too (`specs/DECISIONS.md` says
//! where each comes from): [`Client::update_member`], [`Client::ban_member`] and
//! [`Client::unban_member`], [`Client::approve_member`], [`Client::send_bounce_probe`],
//! [`Client::send_confirmation`], [`Client::invite`], the caller's own membership
//! ([`Client::get_subscription`], [`Client::delete_subscription`]) and account
//! ([`Client::update_user`], [`Client::update_profile`], [`Client::register_user`]), and photo
//! albums ([`Client::list_albums`], [`Client::list_photos`]). A member's status is changed by
//! these calls, not by `update_member` (live servers ignore a `status` there):
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! # let client = groupkit_groupsio::Client::builder()
//! #     .base_url(sandbox.base_url("groupsio"))
//! #     .api_key(groupkit_sandbox::DEMO.api_key)
//! #     .build()?;
//! # use futures::TryStreamExt;
//! use groupkit_groupsio::models::SubStatus;
//!
//! let member = client.list_members("beta").items().try_next().await?.expect("a member");
//! match client.ban_member("beta").member_info_id(&member.id).send().await {
//!     Ok(banned) => assert_eq!(banned.status, SubStatus::SubStatusBanned),
//!     // Live servers answered banmember with nginx's 404 in 2026: removing is the fallback.
//!     Err(e) if e.as_unavailable().is_some() => {
//!         client.remove_member("beta").member_info_id(&member.id).send().await?;
//!     }
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! There is no `updatesubgroup` or `deletesubgroup` (live servers answer 404): a subgroup is a
//! group named `parent+sub`, so [`Client::update_group`] renames it (`name`; `title` changes only
//! its label) and [`Client::delete_group`] deletes it, members and all.
//!
//! # Webhooks
//! [`webhooks::verify_and_parse`] checks a delivery's `x-groupsio-signature` (HMAC-SHA1 of the
//! raw body with the webhook's secret, compared in constant time) and reads it into a typed
//! [`webhooks::WebhookEvent`], in one call:
//!
//! ```
//! use groupkit_groupsio::http::HeaderMap;
//! use groupkit_groupsio::webhooks::{self, WebhookEvent, WebhookSecret};
//!
//! let secret = WebhookSecret::new("the webhook's secret");
//! let body = br#"{"id": 20002, "action": "deleted_subgroup", "extra_id": 31001}"#;
//! let mut headers = HeaderMap::new();
//! // Signed here with `sign` (for tests and fake servers); Groups.io signs real deliveries.
//! headers.insert(webhooks::SIGNATURE.header(), webhooks::sign(&secret, body).parse()?);
//!
//! let event = webhooks::verify_and_parse(&headers, body, &secret)?;
//! assert!(matches!(&event, WebhookEvent::DeletedSubgroup(d) if d.extra_id == 31001));
//!
//! let wrong = WebhookSecret::new("another secret");
//! let refused = webhooks::verify_and_parse(&headers, body, &wrong).unwrap_err();
//! assert_eq!(refused.status(), 401);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Errors
//! A failed call is [`Error::Api`] carrying Groups.io's error body as [`ErrorBody`] (the
//! generated [`models::Error`]), whose `code()` is its `type`; see [`error`]. 429 and
//! 502/503/504 are retried with backoff, honouring `Retry-After`. A 404 that is not JSON (an
//! nginx HTML page, a plain-text "page not found") is not Groups.io's answer but its router's:
//! the call fails with [`Error::EndpointUnavailable`] ([`UnavailableError`]), saying the
//! endpoint is not served at this base URL (a base URL without `/api`, or an endpoint Groups.io
//! has disabled, as `banmember` was in 2026).

mod client;
mod download;
pub mod error;
mod extended;
// Formatted by the generator (prettyplease), not by rustfmt: see xtask/src/codegen/rust.rs.
#[rustfmt::skip]
mod generated;
mod session;
pub mod webhooks;

pub use error::ErrorBody;
pub use extended::{Extended, SendExtended};
pub use generated::*;
pub use groupkit_core::Auth;
/// Re-exported for webhook receivers: the `HeaderMap` that [`webhooks`] reads.
pub use groupkit_core::http;
