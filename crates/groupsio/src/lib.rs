//! groupkit-groupsio: a client for the [Groups.io API](https://groups.io/api).
//!
//! Every API method is a method on [`Client`] that returns a request builder: set the
//! optional parameters, then `.send()`; list methods also have `.pages()` and `.items()`,
//! owned streams that follow Groups.io's `next_page_token` cursor.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use groupkit_groupsio::Client;
//!
//! # async fn run() -> groupkit_groupsio::Result<()> {
//! let client = Client::builder().api_key("your 64-character API key").build()?;
//!
//! // One call. Subgroups are named `parent+sub`; the name is encoded for you.
//! let group = client.get_group().group_name("beta+api").send().await?;
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
//! `group_name`" fail with [`Error::Config`], sending nothing, unless exactly one is given.
//! [`SendExtended`] asks for `extended=true`; [`operations::DownloadArchives::download_to`]
//! streams an archive into a writer.
//!
//! # Errors
//! A failed call is [`Error::Api`] carrying Groups.io's error body as [`ErrorBody`] (the
//! generated [`models::Error`]), whose `code()` is its `type`; see [`error`]. 429 and
//! 502/503/504 are retried with backoff, honouring `Retry-After`.

mod client;
mod download;
pub mod error;
mod extended;
mod generated;
mod session;

pub use error::ErrorBody;
pub use extended::{Extended, SendExtended};
pub use generated::*;
pub use groupkit_core::Auth;
