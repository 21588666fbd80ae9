// @generated from specs/habitate.yaml by cargo xtask codegen; do not edit.

//! Code generated from `specs/habitate.yaml`: models, operations and the spec's facts.
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
    ("create_board", "POST", "/boards"),
    ("create_comment", "POST", "/comments"),
    ("create_post", "POST", "/posts"),
    ("create_reply", "POST", "/replies"),
    ("create_tag", "POST", "/tags"),
    ("create_user", "POST", "/users"),
    ("get_board", "GET", "/boards/{board_id}"),
    ("get_comment", "GET", "/comments/{comment_id}"),
    ("get_current_user", "GET", "/users/me"),
    ("get_post", "GET", "/posts/{post_id}"),
    ("get_reply", "GET", "/replies/{reply_id}"),
    ("get_tag", "GET", "/tags/{tag_id}"),
    ("get_user", "GET", "/users/{msid}"),
    ("list_boards", "GET", "/boards"),
    ("list_roles", "GET", "/roles"),
    ("list_tag_mapping", "GET", "/tags/mapping"),
    ("list_tags", "GET", "/tags"),
    ("list_users", "GET", "/users"),
    ("patch_user", "PATCH", "/users/{msid}"),
    ("reorder_boards", "PATCH", "/boards/reorder"),
    ("search_tags", "GET", "/tags/search"),
    ("update_board", "PUT", "/boards/{board_id}"),
    ("update_board_members", "PUT", "/boards/{board_id}/members"),
    ("update_comment", "PUT", "/comments/{comment_id}"),
    ("update_post", "PUT", "/posts/{post_id}"),
    ("update_reply", "PUT", "/replies/{reply_id}"),
    ("update_tag", "PUT", "/tags/{tag_id}"),
    ("update_user", "PUT", "/users/{msid}"),
];
