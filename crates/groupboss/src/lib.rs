//! groupkit-groupboss: a client for the [Groupboss](https://groupboss.io) public API.
//!
//! Groupboss manages Facebook groups; its API (Django REST Framework) lists the account's
//! users, groups, the emails and onboarding answers collected from new members, and manages
//! webhook subscriptions. Every request carries the API key from the Groupboss settings as the
//! whole value of the `Authorization` header (no scheme word).
//!
//! - One method per operation on [`Client`] (generated from `specs/groupboss.yaml`), each
//!   returning a request builder with `.send()`; list operations add `.pages()` and `.items()`,
//!   which follow the API's `next` links (only on the configured host: the key is never sent
//!   elsewhere).
//! - Errors are [`Error`]; an API error keeps the decoded [`ErrorBody`] (`{"detail": ...}` or
//!   Django REST Framework's field errors).
//! - [`webhooks::verify_and_parse`] reads the bodies Groupboss POSTs to a subscription's
//!   target, once the secret token in the target URL checks out. **Groupboss signs nothing**:
//!   the token authenticates the sender (whoever knows the URL), not the payload.
//!
//! ```
//! use groupkit_groupboss::webhooks::{self, WebhookSecret};
//!
//! let token = WebhookSecret::new("a long random token, e.g. openssl rand -hex 32");
//! let target = webhooks::target_url("https://example.com/hooks", &token);
//! // Subscribe with `target`; Groupboss then posts deliveries to it.
//! let body = br#"{"information": {"id": "7a7edf94-cb5e-48e4-8c4b-19be81b31caa", "name": "Chess"},
//!                 "webhook": {"id": "fcdab9cc-257e-4069-ab97-abdf9be28abb", "event": "Group.created",
//!                             "target": "https://example.com/hooks", "is_active": true}}"#;
//! let delivery = webhooks::verify_and_parse(&target, body, &token)?;
//! assert_eq!(delivery.information.name, "Chess");
//! assert!(webhooks::verify_and_parse("https://example.com/hooks", body, &token).is_err());
//! # Ok::<(), webhooks::WebhookError>(())
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
//! let client = groupkit_groupboss::Client::builder()
//! #   .base_url(sandbox.base_url("groupboss"))
//!     .api_key("my-api-key")
//! #   .api_key(groupkit_sandbox::DEMO.api_key)
//!     .build()?;
//!
//! let user_id = "5dbc5fcc-e391-49b8-8c2b-459c00dde8bc"; // your user's id
//! # // The sandbox's users have ids of their own: take the first.
//! # let user_id = client.list_users().items().try_next().await?.expect("a seeded user").id;
//! let user = client.get_user(user_id).send().await?;
//! println!("{}", user.email);
//!
//! let groups: Vec<_> = client.list_groups(&user.id).items().try_collect().await?;
//! for group in &groups {
//!     println!("{} ({})", group.name, group.group_id);
//! }
//! # Ok(()) }
//! ```

mod error;
// Formatted by the generator (prettyplease), not by rustfmt: see xtask/src/codegen/rust.rs.
#[rustfmt::skip]
mod generated;
pub mod webhooks;

pub use error::ErrorBody;
pub use generated::*;
