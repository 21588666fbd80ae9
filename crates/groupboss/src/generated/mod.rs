// @generated from specs/groupboss.yaml by cargo xtask codegen; do not edit.

//! Code generated from `specs/groupboss.yaml`: models, operations and the spec's facts.
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
    quota_statuses: &[],
    wait_in_body: None,
};

/// Every operation as `(Rust name, method, path)`, sorted by name.
pub const OPERATIONS: &[(&str, &str, &str)] = &[
    ("create_webhook_subscription", "POST", "/webhooks/publicwebhooks/"),
    ("delete_webhook_subscription", "DELETE", "/webhooks/publicwebhooks/{webhook_uuid}"),
    ("get_group", "GET", "/users/{user_uuid}/groups/{group_uuid}"),
    ("get_user", "GET", "/users/{user_uuid}/"),
    ("get_webhook_subscription", "GET", "/webhooks/publicwebhooks/{webhook_uuid}"),
    ("list_emails", "GET", "/users/{user_uuid}/groups/{group_uuid}/emails/"),
    ("list_groups", "GET", "/users/{user_uuid}/groups/"),
    (
        "list_onboard_questions",
        "GET",
        "/users/{user_uuid}/groups/{group_uuid}/onboardquestions/",
    ),
    ("list_users", "GET", "/users/"),
    ("list_webhook_subscriptions", "GET", "/webhooks/publicwebhooks/"),
    ("update_webhook_subscription", "PUT", "/webhooks/publicwebhooks/{webhook_uuid}"),
];
