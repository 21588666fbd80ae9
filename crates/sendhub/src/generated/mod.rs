// @generated from specs/sendhub.yaml by cargo xtask codegen; do not edit.

//! Code generated from `specs/sendhub.yaml`: models, operations and the spec's facts.
//!
//! Descriptions come from the provider's document, cleaned into rustdoc by the generator.
// Method names are the API's (`add`, ...); form and multipart bodies are built field by field.
#![allow(clippy::should_implement_trait, clippy::vec_init_then_push)]

mod client;
pub mod ids;
pub mod models;
pub mod operations;

pub use client::{Client, ClientBuilder, PROVIDER};
pub use ids::*;
pub use groupkit_core::model::{Id, Timestamp};
pub use groupkit_core::{
    ApiError, DecodeError, Error, ItemStream, Missing, Page, PageSizeLimits, PageStream,
    PaginationError, Paginator, Position, PositionedItemStream, Result, RetryBudget,
    RetryPolicy, Secret, Timeouts, UnavailableError, Upload,
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
    ("add_remove_group_contacts", "POST", "/groups/{id}/contacts/"),
    ("create_group", "POST", "/groups/"),
    ("delete_contact", "DELETE", "/contacts/{id}/"),
    ("delete_group", "DELETE", "/groups/{id}/"),
    ("delete_message", "DELETE", "/messages/{message_id}/"),
    ("delete_thread", "DELETE", "/threads/{thread_id}/"),
    ("get_contact", "GET", "/contacts/{id}/"),
    ("get_enterprise", "GET", "/enterprises/{enterprise_id}/"),
    ("get_group", "GET", "/groups/{id}/"),
    ("get_message", "GET", "/messages/{message_id}/"),
    ("get_profile", "GET", "/profile/"),
    ("get_settings", "GET", "/settings/"),
    ("get_user", "GET", "/enterprises/{enterprise_id}/users/{user_id}/"),
    ("list_contacts", "GET", "/contacts/"),
    ("list_group_contacts", "GET", "/groups/{id}/contacts/"),
    ("list_groups", "GET", "/groups/"),
    ("list_scheduled_messages", "GET", "/messages/scheduled/"),
    ("list_thread_messages", "GET", "/threads/{thread_id}/"),
    ("list_threads", "GET", "/inbox/"),
    ("list_users", "GET", "/enterprises/{enterprise_id}/users/"),
    ("login", "POST", "/auth/"),
    ("send_message", "POST", "/messages/"),
    ("update_contact", "PUT", "/contacts/{id}/"),
    ("update_group", "PUT", "/groups/{id}/"),
    ("update_message", "PUT", "/messages/{message_id}/"),
    ("update_settings", "PUT", "/settings/"),
    ("upsert_contact", "POST", "/contacts/"),
    ("upsert_contacts", "PATCH", "/contacts/"),
];
