// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! Code generated from `specs/groupsio.yaml`: models, operations and the spec's facts.
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
    ("add_file_link", "POST", "/addfilelink"),
    ("add_files", "POST", "/addfiles"),
    ("apple_login_final", "POST", "/appleloginfinal"),
    ("apple_login_start", "GET", "/appleloginstart"),
    ("approve_member", "POST", "/approvemember"),
    ("authenticate_login_link", "POST", "/authenticateloginlink"),
    ("ban_member", "POST", "/banmember"),
    ("bulk_remove_members", "POST", "/bulkremovemembers"),
    ("create_chat", "POST", "/newchat"),
    ("create_draft", "POST", "/newdraft"),
    ("create_group", "POST", "/creategroup"),
    ("create_group_alias", "POST", "/newgroupalias"),
    ("create_member_notice", "POST", "/newmembernotice"),
    ("create_subgroup", "POST", "/createsubgroup"),
    ("delete_attachment", "POST", "/deleteattachment"),
    ("delete_chat", "POST", "/deletechat"),
    ("delete_draft", "POST", "/deletedraft"),
    ("delete_file", "POST", "/deletefile"),
    ("delete_group", "POST", "/deletegroup"),
    ("delete_group_alias", "POST", "/deletegroupalias"),
    ("delete_member_notice", "POST", "/deletemembernotice"),
    ("delete_subscription", "POST", "/deletesub"),
    ("direct_add", "POST", "/directadd"),
    ("download_archives", "GET", "/downloadarchives"),
    ("facebook_login_final", "POST", "/facebookloginfinal"),
    ("facebook_login_start", "GET", "/facebookloginstart"),
    ("get_delivery_info", "GET", "/getdeliveryinfo"),
    ("get_enterprise_info", "GET", "/getenterpriseinfo"),
    ("get_event", "GET", "/getevent"),
    ("get_file", "GET", "/getfile"),
    ("get_group", "GET", "/getgroup"),
    ("get_member", "GET", "/getmember"),
    ("get_message", "GET", "/getmessage"),
    ("get_message_history", "GET", "/getmessagehistory"),
    ("get_perms", "GET", "/getperms"),
    ("get_single_feed", "GET", "/getsinglefeed"),
    ("get_subscription", "GET", "/getsub"),
    ("get_user", "GET", "/getuser"),
    ("google_login_final", "POST", "/googleloginfinal"),
    ("google_login_start", "GET", "/googleloginstart"),
    ("invite", "POST", "/invite"),
    ("join_chat", "POST", "/joinchat"),
    ("leave_chat", "POST", "/leavechat"),
    ("list_activity_log", "GET", "/getactivitylog"),
    ("list_albums", "GET", "/getalbums"),
    ("list_attachments", "GET", "/getattachments"),
    ("list_bounce_info", "GET", "/getbounceinfo"),
    ("list_chat_history", "GET", "/getchathistory"),
    ("list_chat_members", "POST", "/chatmembers"),
    ("list_chats", "GET", "/getchats"),
    ("list_database_rows", "GET", "/getdatabaserows"),
    ("list_databases", "GET", "/getdatabases"),
    ("list_drafts", "GET", "/getdrafts"),
    ("list_events", "GET", "/getevents"),
    ("list_feed", "GET", "/getfeed"),
    ("list_file_directory", "GET", "/getfiledirectory"),
    ("list_group_aliases", "GET", "/getgroupaliases"),
    ("list_hashtags", "GET", "/gethashtags"),
    ("list_member_notices", "GET", "/getmembernotices"),
    ("list_members", "GET", "/getmembers"),
    ("list_messages", "GET", "/getmessages"),
    ("list_past_members", "GET", "/getpastmembers"),
    ("list_photos", "GET", "/getphotos"),
    ("list_subgroups", "GET", "/getsubgroups"),
    ("list_subscriptions", "GET", "/getsubs"),
    ("list_topic_messages", "GET", "/gettopic"),
    ("list_topics", "GET", "/gettopics"),
    ("login", "POST", "/login"),
    ("logout", "GET", "/logout"),
    ("post_draft", "POST", "/postdraft"),
    ("register_user", "POST", "/registeruser"),
    ("remove_member", "POST", "/removemember"),
    ("rsvp", "POST", "/rsvp"),
    ("search_archives", "GET", "/searcharchives"),
    ("search_files", "GET", "/searchfiles"),
    ("search_members", "GET", "/searchmembers"),
    ("send_bounce_probe", "POST", "/sendbounceprobe"),
    ("send_confirmation", "POST", "/sendconfirmation"),
    ("send_login_link", "POST", "/sendloginlink"),
    ("unban_member", "POST", "/unbanmember"),
    ("update_chat", "POST", "/updatechat"),
    ("update_draft", "POST", "/updatedraft"),
    ("update_group", "POST", "/updategroup"),
    ("update_member", "POST", "/updatemember"),
    ("update_member_notice", "POST", "/updatemembernotice"),
    ("update_profile", "POST", "/updateprofile"),
    ("update_user", "POST", "/updateuser"),
    ("upload_attachments", "POST", "/uploadattachments"),
];
