//! groupkit-core: what every groupkit provider crate stands on.
//!
//! It knows no provider. A provider crate describes its API as data (a [`Provider`], an
//! [`Auth`] scheme, a pagination [`Style`] per list operation, an [`Operation`] per endpoint)
//! and core does the rest:
//!
//! - [`transport`]: an object-safe [`Transport`] trait with a reqwest implementation; bodies
//!   stream, so downloads of any size run in flat memory.
//! - [`Client`] and [`ClientBuilder`]: base URL (https, or http on loopback), user agent,
//!   default headers, connect / per-attempt / total timeouts, retries, a concurrency limit.
//! - [`Auth`]: raw key header, bearer, HTTP basic, query-string credentials, login sessions
//!   with a csrf token. Secrets live in [`Secret`] and are never printed.
//! - [`retry`]: one classifier for what is retried, full-jitter exponential backoff,
//!   `Retry-After` and the provider's own hints, idempotency rules, a client-wide budget.
//! - [`redact`]: every credential hidden from every error, `Debug` print and trace.
//! - [`pagination`]: offset, cursor, page number and next link styles, each a stream of
//!   pages or of items.
//! - [`Error`]: one error type that keeps status, headers, request id, the provider's error
//!   body and the raw body; a page that is not the API's answer (a wrong base URL, an endpoint
//!   the provider does not serve) is its own [`Error::EndpointUnavailable`].
//! - [`model`]: lenient timestamps, string-or-integer ids, open enums for generated models.
//! - [`webhook`]: webhook deliveries checked (HMAC signatures in constant time, URL tokens)
//!   and decoded strictly, naming the JSON path of any problem.
//!
//! ```
//! use groupkit_core::{Auth, Client, Operation, Provider};
//!
//! const PROVIDER: Provider = Provider::new("example");
//! const GET_BOARD: Operation = Operation::get("get_board", "/boards/{board_id}");
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # // Run against the offline sandbox's Habitate, which has this endpoint: its address and
//! # // demo key replace these (the builder keeps the last value given).
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! let client = Client::builder(PROVIDER)
//!     .base_url("https://api.example.com/v1")
//! #   .base_url(sandbox.base_url("habitate"))
//!     .auth(Auth::basic("my-system", "my-api-key"))
//! #   .auth(Auth::basic("my-system", groupkit_sandbox::DEMO.api_key))
//!     .build()?;
//! let board: serde_json::Value = client
//!     .request(GET_BOARD)
//!     .path_param("board_id", 7)
//!     .send_json()
//!     .await?;
//! println!("{}", board["name"]);
//! # assert_eq!(board["board_id"], 7);
//! # Ok(()) }
//! ```

pub mod auth;
pub mod body;
mod builder;
mod client;
pub mod config;
pub mod error;
pub mod model;
pub mod pagination;
pub mod provider;
pub mod redact;
pub mod request;
mod required;
mod response;
pub mod retry;
mod secret;
pub mod transport;
pub mod webhook;

pub use auth::{Auth, SessionState, SessionStore};
pub use body::{Body, Part, Upload};
pub use builder::RequestBuilder;
pub use client::Client;
pub use config::{ClientBuilder, Config, Timeouts};
pub use error::{
    ApiError, DecodeError, Error, ErrorContext, PaginationError, ProviderError, Result,
    TimeoutKind, UnavailableError,
};
pub use pagination::{
    ItemStream, Page, PageSizeLimits, PageStream, Paginator, Position, PositionedItemStream, Style,
};
pub use provider::{ErrorDecoder, Provider};
pub use redact::Redactor;
pub use request::{Operation, Request, RequestOptions};
pub use required::Missing;
pub use response::{Response, StreamingResponse};
pub use retry::{RetryBudget, RetryHints, RetryPolicy};
pub use secret::Secret;
pub use transport::{HttpRequest, HttpResponse, Transport, TransportError};

/// Re-exported so that provider crates and users name the same `http` types.
pub use http;
