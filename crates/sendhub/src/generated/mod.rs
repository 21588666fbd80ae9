// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Code generated from `specs/sendhub.yaml`: models, operations and the spec's facts.
//!
//! Descriptions come from the provider's document, so their links and markup are not
//! rustdoc's; the lints that would flag them are allowed here.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]
#![allow(
    rustdoc::invalid_rust_codeblocks,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items
)]
// Method names are the API's (`add`, ...); form and multipart bodies are built field by field.
#![allow(clippy::should_implement_trait, clippy::vec_init_then_push)]

mod client;
pub mod models;
pub mod operations;

pub use client::{Client, ClientBuilder, PROVIDER};
pub use groupkit_core::model::{Id, Timestamp};
pub use groupkit_core::{
    ApiError, DecodeError, Error, ItemStream, Page, PageSizeLimits, PageStream, PaginationError,
    Paginator, Position, PositionedItemStream, Result, RetryBudget, RetryPolicy, Secret, Timeouts,
    Upload,
};

/// How this provider asks to be backed off (`x-groupkit-retry`).
pub const RETRY: groupkit_core::RetryHints = groupkit_core::RetryHints {
    statuses: &[],
    quota_statuses: &[420],
    wait_in_body: Some(groupkit_core::retry::BodyWait {
        pointer: "/timeLeft",
        format: groupkit_core::retry::WaitFormat::Clock,
    }),
};

/// Every operation as `(Rust name, method, path)`, sorted by name.
pub const OPERATIONS: &[(&str, &str, &str)] = &[
    (
        "add_remove_group_contacts",
        "POST",
        "/groups/{id}/contacts/",
    ),
    ("create_group", "POST", "/groups/"),
    ("delete_group", "DELETE", "/groups/{id}/"),
    ("get_group", "GET", "/groups/{id}/"),
    ("list_group_contacts", "GET", "/groups/{id}/contacts/"),
    ("list_groups", "GET", "/groups/"),
    ("update_group", "PUT", "/groups/{id}/"),
];
