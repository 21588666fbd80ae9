//! groupkit: one SDK for group and community platforms.
//!
//! Each provider is a module behind a cargo feature of the same name (all on by default;
//! `full` names them all):
//!
//! | feature | module | crate |
//! | --- | --- | --- |
//! | `groupboss` | [`groupboss`] | `groupkit-groupboss` |
//! | `groupsio` | [`groupsio`] | `groupkit-groupsio` |
//! | `sendhub` | [`sendhub`] | `groupkit-sendhub` |
//! | `habitate` | [`habitate`] | `groupkit-habitate` |
//!
//! To use one provider alone, depend on its crate, or on this one with
//! `default-features = false, features = ["groupsio"]`. Every provider reads the same way:
//! `Client::builder()...build()`, one method per operation returning a request builder with
//! `.send()` and, for listings, `.pages()` and `.items()`. The shared machinery (errors,
//! pagination, retries, timeouts) is [`groupkit_core`]; the types a user names are re-exported
//! here, so `groupkit::Id`, `groupkit::Timestamp` and `groupkit::Error` are all it takes.
//!
//! Webhooks read the same way too: each provider's `webhooks::verify_and_parse` authenticates
//! a delivery (an HMAC signature for Groups.io and SendHub, a secret token in the target URL
//! for Groupboss and Habitate, which sign nothing) and parses it in one call, failing with one
//! [`webhook::WebhookError`] whose `status()` is the answer to give. See
//! `examples/webhook_receiver.rs` for a receiver of all four.

// The README's examples are doctests of this crate: each runs against the offline sandbox
// (`groupkit-sandbox`, a dev-dependency), so none can go stale.
#[cfg(all(doctest, feature = "groupsio"))]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;

pub use groupkit_core;
pub use groupkit_core::model::{Id, Timestamp};
pub use groupkit_core::webhook;
pub use groupkit_core::{
    ApiError, DecodeError, Error, ErrorContext, ItemStream, Missing, Page, PageStream,
    PaginationError, Paginator, Position, ProviderError, Result, RetryBudget, RetryPolicy, Secret,
    TimeoutKind, Timeouts, TransportError, UnavailableError, Upload,
};

#[cfg(feature = "groupboss")]
pub use groupkit_groupboss as groupboss;
#[cfg(feature = "groupsio")]
pub use groupkit_groupsio as groupsio;
#[cfg(feature = "habitate")]
pub use groupkit_habitate as habitate;
#[cfg(feature = "sendhub")]
pub use groupkit_sendhub as sendhub;
