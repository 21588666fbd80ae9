//! groupkit-habitate: a client for the [Habitate](https://habitate.io) community API.
//!
//! Boards, users, roles, posts, comments, replies and tags of one community. Every operation
//! is a method on [`Client`] that returns a request builder: optional parameters are setters,
//! `.send()` sends it, and listings also have `.pages()` and `.items()`, lazy streams that
//! follow Habitate's page numbers and `has_more` header.
//!
//! - Every community has its own host, so the base URL is required:
//!   `https://<community host or custom domain>/api/v1` (or [`ClientBuilder::community`]).
//! - Auth is HTTP Basic: the calling system's name (recorded for audit) and the API key.
//!   A wrong key answers 403.
//! - Errors are [`Error`]; an API error carries Habitate's error body decoded as
//!   [`ErrorBody`], with its `status` name as [`ApiError::code`].
//! - Habitate leaves out null fields and fields the caller may not see, so every field of a
//!   response model is an `Option`; status codes are open enums that keep unknown values.
//! - [`webhooks::verify_and_parse`] reads webhook deliveries once the secret token in the
//!   target URL checks out. **Habitate signs nothing**: the token authenticates the sender
//!   (whoever knows the URL), not the payload.
//!
//! ```
//! use groupkit_habitate::webhooks::{self, WebhookEvent, WebhookSecret};
//!
//! let token = WebhookSecret::new("a long random token, e.g. openssl rand -hex 32");
//! let target = webhooks::target_url("https://example.com/hooks", &token);
//! // Configure the webhook with `target`; Habitate then posts deliveries to it.
//! let body = br#"{"event": "member.joined", "job_id": 7, "entities": {"user": [{"user_id": 206}]}}"#;
//! let event = webhooks::verify_and_parse(&target, body, &token)?;
//! assert!(matches!(event, WebhookEvent::MemberJoined { ref user, .. } if user.user_id == Some(206.into())));
//! assert!(webhooks::verify_and_parse("https://example.com/hooks", body, &token).is_err());
//! # Ok::<(), webhooks::WebhookError>(())
//! ```
//!
//! ```
//! use futures::TryStreamExt;
//! use groupkit_habitate::Client;
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # // Run against the offline sandbox: its address and demo key replace the real ones
//! # // (the builder keeps the last value given).
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! let client = Client::builder()
//!     .base_url("https://community.example.com/api/v1")
//! #   .base_url(sandbox.base_url("habitate"))
//!     .basic("backend_app1", "your-api-key")
//! #   .basic("backend_app1", groupkit_sandbox::DEMO.api_key)
//!     .build()?;
//!
//! let me = client.get_current_user().send().await?;
//! println!("calling as {:?}", me.username);
//!
//! let members: Vec<_> = client
//!     .list_users()
//!     .sort_by("joined")
//!     .paginator()
//!     .page_size(50)
//!     .items()
//!     .try_collect()
//!     .await?;
//! println!("{} members", members.len());
//! # Ok(()) }
//! ```

mod client;
mod error;
// Formatted by the generator (prettyplease), not by rustfmt: see xtask/src/codegen/rust.rs.
#[rustfmt::skip]
mod generated;
pub mod webhooks;

pub use generated::models::Error as ErrorBody;
pub use generated::*;
pub use groupkit_core::ErrorContext;
pub use groupkit_core::http;
