//! What public Groups.io clients show beyond the document (`specs/DECISIONS.md`, "Groups.io
//! enums, fields and parameters from public clients"): the complete enum value lists, the older
//! `UserStatus` spelling, the fields and result objects they read, and the request parameters
//! they send, each exactly on the wire.

#![allow(clippy::unwrap_used)]

mod common;

use common::{envelope, exactly, example, fixture};
use groupkit_groupsio::models::{
    self, AboutFormat, EmailDelivery, ErrorType, GroupAccess, GroupPrivacy, GroupReplyTo,
    HandleAttachments, MaxAttachmentSize, MaxPhotoSize, MemberNoticeType, MembersVisible,
    MessageSelection, MessageView, NotifyPref, OwnerMsgNotify, PastMemberAction, PerPagePref,
    PostPref, PostStatus, ProfilePrivacy, SearchSort, SubGroupAccess, SubStatus, TimePref,
    UserStatus,
};
use httpmock::HttpMockRequest;
use httpmock::prelude::*;
use serde_json::{Value, json};

/// Every listed value decodes to its own variant (never `Unknown`), is in `KNOWN`, and
/// serializes back to itself. Returns how many values were checked.
macro_rules! decodes {
    ($($ty:ident { $($variant:ident = $value:literal),+ $(,)? })+) => {{
        let mut checked = 0;
        $($(
            let decoded: $ty = serde_json::from_value(json!($value)).unwrap();
            assert!(matches!(decoded, $ty::$variant), "{} {:?}", $value, decoded);
            assert!(!decoded.is_unknown(), "{}", $value);
            assert!($ty::KNOWN.contains(&$value), "{} lists {}", stringify!($ty), $value);
            assert_eq!(serde_json::to_value(&decoded).unwrap(), json!($value));
            checked += 1;
        )+)+
        checked
    }};
}

#[test]
fn every_value_public_clients_show_decodes_to_its_variant() {
    let checked = decodes! {
        SubStatus {
            SubStatusNormal = "sub_status_normal",
            SubStatusPending = "sub_status_pending",
            SubStatusBanned = "sub_status_banned",
        }
        PostStatus {
            SubPoststatusNormal = "sub_poststatus_normal",
            SubPoststatusAllowed = "sub_poststatus_allowed",
            SubPoststatusModerated = "sub_poststatus_moderated",
            SubPoststatusNotallowed = "sub_poststatus_notallowed",
            SubPoststatusNewusermoderated = "sub_poststatus_newusermoderated",
        }
        MessageSelection {
            MessageSelectionAll = "message_selection_all",
            MessageSelectionFollowOnly = "message_selection_follow_only",
            MessageSelectionFollowAndFirstMessage = "message_selection_follow_and_first_message",
        }
        MaxAttachmentSize {
            MaxAttachmentSizeUnlimited = "max_attachment_size_unlimited",
            MaxAttachmentSizeSmall = "max_attachment_size_small",
            MaxAttachmentSizeMedium = "max_attachment_size_medium",
            MaxAttachmentSizeLarge = "max_attachment_size_large",
            MaxAttachmentSizeNone = "max_attachment_size_none",
        }
        EmailDelivery {
            EmailDeliverySingle = "email_delivery_single",
            EmailDeliveryDigest = "email_delivery_digest",
            EmailDeliveryHtmlDigest = "email_delivery_html_digest",
            EmailDeliverySpecial = "email_delivery_special",
            EmailDeliveryNone = "email_delivery_none",
            EmailDeliverySummary = "email_delivery_summary",
        }
        NotifyPref {
            SubNotifyEmail = "sub_notify_email",
            SubNotifyEmailAndApp = "sub_notify_email_and_app",
            SubNotifyNone = "sub_notify_none",
        }
        OwnerMsgNotify {
            SubOwnermsgNotifyAll = "sub_ownermsg_notify_all",
            SubOwnermsgNotifySubs = "sub_ownermsg_notify_subs",
            SubOwnermsgNotifyNone = "sub_ownermsg_notify_none",
        }
        UserStatus {
            UserStatusNotConfirmed = "user_status_not_confirmed",
            UserStatusConfirmed = "user_status_confirmed",
            UserStatusInactive = "user_status_inactive",
            UserStatusBouncing = "user_status_bouncing",
            UserStatusBounced = "user_status_bounced",
        }
        ProfilePrivacy {
            ProfilePrivate = "profile_private",
            ProfileMembers = "profile_members",
            ProfilePublic = "profile_public",
        }
        AboutFormat {
            AboutHtml = "about_html",
            AboutPlain = "about_plain",
            AboutMarkdown = "about_markdown",
        }
        PostPref {
            UserPostprefHtml = "user_postpref_html",
            UserPostprefPlain = "user_postpref_plain",
            UserPostprefMarkdown = "user_postpref_markdown",
        }
        PerPagePref {
            UserPerPagePref20 = "user_per_page_pref20",
            UserPerPagePref50 = "user_per_page_pref50",
            UserPerPagePref100 = "user_per_page_pref100",
            UserPerPagePrefInfinite = "user_per_page_pref_infinite",
        }
        MessageView {
            ThreadView = "thread_view",
            MessageView = "message_view",
            ExpandedMessageView = "expanded_message_view",
            PollsView = "polls_view",
        }
        SearchSort {
            RelevanceSort = "relevance_sort",
            DateSort = "date_sort",
        }
        TimePref {
            StandardTime = "standard_time",
            TimeRelative = "time_relative",
            TimeAbsolute = "time_absolute",
        }
        GroupPrivacy {
            GroupPrivacyNone = "group_privacy_none",
            GroupPrivacyArchives = "group_privacy_archives",
            GroupPrivacyUnlisted = "group_privacy_unlisted",
            GroupPrivacyUnlistedPublic = "group_privacy_unlisted_public",
            SubGroupPrivacyNone = "sub_group_privacy_none",
            SubGroupPrivacyArchives = "sub_group_privacy_archives",
            SubGroupPrivacyUnlisted = "sub_group_privacy_unlisted",
            SubGroupPrivacyLimitedArchives = "sub_group_privacy_limited_archives",
        }
        GroupReplyTo {
            GroupReplyToGroup = "group_reply_to_group",
            GroupReplyToSender = "group_reply_to_sender",
            GroupReplyOnlyToSender = "group_reply_only_to_sender",
            GroupReplyToModerators = "group_reply_to_moderators",
            GroupReplyToGroupAndSender = "group_reply_to_group_and_sender",
        }
        MembersVisible {
            GroupViewMembersSubs = "group_view_members_subs",
            GroupViewMembersModerators = "group_view_members_moderators",
            GroupViewMembersOwners = "group_view_members_owners",
        }
        SubGroupAccess {
            SubGroupSubs = "sub_group_subs",
            SubGroupModerators = "sub_group_moderators",
            SubGroupOwners = "sub_group_owners",
        }
        GroupAccess {
            GroupAccessSubscribers = "group_access_subscribers",
            GroupAccessLimited = "group_access_limited",
            GroupAccessModeratorsOnly = "group_access_moderators_only",
            GroupAccessNone = "group_access_none",
            GroupAccessPublic = "group_access_public",
            GroupAccessPublicLimited = "group_access_public_limited",
        }
        HandleAttachments {
            GroupAttachmentsNormal = "group_attachments_normal",
            GroupAttachmentsBounced = "group_attachments_bounced",
            GroupAttachmentsStripped = "group_attachments_stripped",
        }
        MaxPhotoSize {
            MaxPhotoSizeNone = "max_photo_size_none",
            MaxPhotoSizeSmall = "max_photo_size_small",
            MaxPhotoSizeMedium = "max_photo_size_medium",
            MaxPhotoSizeLarge = "max_photo_size_large",
            MaxPhotoSizeExSmall = "max_photo_size_ex_small",
            MaxPhotoSizeMediumSmall = "max_photo_size_medium_small",
            MaxPhotoSizeSomewhatSmall = "max_photo_size_somewhat_small",
        }
        MemberNoticeType {
            MemberNoticeBanned = "member_notice_banned",
            MemberNoticeJoining = "member_notice_joining",
        }
        ErrorType {
            V2ndFactorRequired = "2nd_factor_required",
            V2ndFactorWrong = "2nd_factor_wrong",
            PendingInvites = "pending_invites",
            TwoFactorRequired = "two_factor_required",
        }
        PastMemberAction {
            ExpiredMember = "expired_member",
        }
    };
    assert_eq!(checked, 97);
}

#[test]
fn lfs_invented_error_types_and_status_spellings_stay_unknown() {
    for value in [
        "validation_error",
        "not_found",
        "conflict",
        "forbidden",
        "rate_limited",
    ] {
        let decoded: ErrorType = serde_json::from_value(json!(value)).unwrap();
        assert_eq!(decoded, ErrorType::Unknown(value.to_owned()));
        assert!(decoded.is_unknown());
    }
    for value in ["approved", "banned"] {
        assert!(SubStatus::from(value).is_unknown(), "{value}");
    }
}

#[test]
fn both_user_status_spellings_decode_to_one_variant_and_encode_the_wire_form() {
    for spelling in ["user_status_not_confirmed", "user_status_notconfirmed"] {
        let status: UserStatus = serde_json::from_value(json!(spelling)).unwrap();
        assert!(
            matches!(status, UserStatus::UserStatusNotConfirmed),
            "{spelling}"
        );
        assert!(!status.is_unknown());
        assert_eq!(status.as_str(), "user_status_not_confirmed");
        assert_eq!(
            serde_json::to_value(&status).unwrap(),
            json!("user_status_not_confirmed")
        );
        assert_eq!(spelling.parse::<UserStatus>().unwrap(), status);
    }
    // KNOWN lists the wire form only.
    assert!(!UserStatus::KNOWN.contains(&"user_status_notconfirmed"));
    // Inside a real user object too: the 2017 spelling from an older server.
    let mut user = fixture("login")["user"].clone();
    user["status"] = json!("user_status_notconfirmed");
    let user: models::User = serde_json::from_value(user).unwrap();
    assert!(matches!(user.status, UserStatus::UserStatusNotConfirmed));
}

#[test]
fn an_unknown_value_is_kept_in_unknown() {
    let status: UserStatus = serde_json::from_value(json!("user_status_suspended")).unwrap();
    assert_eq!(
        status,
        UserStatus::Unknown("user_status_suspended".to_owned())
    );
    assert!(status.is_unknown());
    assert_eq!(
        serde_json::to_value(&status).unwrap(),
        json!("user_status_suspended")
    );
    let privacy: GroupPrivacy = serde_json::from_value(json!("private")).unwrap();
    assert!(
        privacy.is_unknown(),
        "LF's invented `private` is not a known privacy"
    );
}

#[test]
fn the_user_of_login_carries_subscriptions_and_has_profile_photo() {
    let mut user = fixture("login")["user"].clone();
    user["has_profile_photo"] = json!(true);
    user["subscriptions"] = fixture("subs_page_1")["data"].clone();
    let user: models::User = serde_json::from_value(user).unwrap();
    assert_eq!(user.has_profile_photo, Some(true));
    let subs = user.subscriptions.unwrap();
    assert_eq!(subs[0].group_name.as_deref(), Some("beta"));
    let recorded = &fixture("subs_page_1")["data"][0]["perms"]["download_archives"];
    assert_eq!(
        json!(subs[0].perms.as_ref().unwrap().download_archives),
        *recorded
    );
    // The real recording has neither field: both stay optional.
    let plain: models::User = serde_json::from_value(fixture("login")["user"].clone()).unwrap();
    assert_eq!(
        (plain.has_profile_photo, plain.subscriptions.is_none()),
        (None, true)
    );
}

#[test]
fn an_error_may_carry_extra_message_and_unknown_fields() {
    let body = json!({"object": "error", "type": "2nd_factor_wrong", "extra": "",
        "extra_message": "The code is wrong", "hint": 1});
    let error: models::Error = serde_json::from_value(body).unwrap();
    assert!(matches!(error.r#type, ErrorType::V2ndFactorWrong));
    assert_eq!(error.extra_message.as_deref(), Some("The code is wrong"));
}

#[test]
fn a_photo_has_a_download_url() {
    let photo = json!({"id": 1, "object": "photo", "created": "2020-09-04T00:33:00-07:00",
        "updated": "2020-09-04T00:33:00-07:00", "user_id": 2, "group_id": 3, "name": "a.jpg",
        "desc": "", "media_type": "image/jpeg", "size": 10, "attachment_num": 0, "width": 1,
        "height": 1, "album_id": 4, "display_name": "", "user_name": "", "profile_privacy":
        "profile_members", "email": "a@...", "format": "jpeg", "focal_length": 0, "iso": 0,
        "aperture": 0, "shutter_speed": 0, "taken": 0, "make": "", "model": "",
        "download_url": "https://groups.io/g/beta/photo/1/0?download=1"});
    let photo: models::Photo = serde_json::from_value(photo).unwrap();
    assert_eq!(
        photo.download_url.as_deref(),
        Some("https://groups.io/g/beta/photo/1/0?download=1")
    );
    assert!(matches!(
        photo.profile_privacy,
        ProfilePrivacy::ProfileMembers
    ));
}

#[tokio::test]
async fn the_default_topic_order_recentpostdate_sticky_decodes_in_the_envelope() {
    let server = MockServer::start_async().await;
    let mut page = example("list_topics");
    page["sort_field"] = json!("recentpostdate/sticky");
    page["sort_dir"] = json!("desc");
    page["data"][0]["hashtags"] = Value::Null;
    let mock = exactly(
        &server,
        GET,
        "/gettopics",
        "group_id=7&q=babysitter",
        "",
        page,
    )
    .await;
    let client = common::key_client(&server);
    let topics = client.list_topics(7).q("babysitter").send().await.unwrap();
    mock.assert_async().await;
    assert_eq!(topics.sort_field.as_deref(), Some("recentpostdate/sticky"));
    let first = &topics.data.as_ref().unwrap()[0];
    assert!(first.hashtags.is_none());
    // The sort values clients send stay open text.
    for field in ["updated", "activity", "recentpostdate/sticky", "group"] {
        let mut page = envelope(json!([]));
        page["sort_field"] = json!(field);
        let list: models::TopicList = serde_json::from_value(page).unwrap();
        assert_eq!(list.sort_field.as_deref(), Some(field));
    }
}

#[tokio::test]
async fn direct_add_reads_null_errors_and_per_group_errors() {
    let server = MockServer::start_async().await;
    let member = fixture("subs_page_1")["data"][0].clone();
    let reply = json!({"object": "direct_add_results", "total_emails": 1, "errors": null,
        "added_members": [member]});
    let mock = exactly(
        &server,
        POST,
        "/directadd",
        "",
        "group_name=beta&emails=a%40example.com%0Ab%2Bc%40example.com&subgroupnames=beta%2Bapi",
        reply,
    )
    .await;
    let client = common::key_client(&server);
    let result = client
        .direct_add("beta")
        .emails("a@example.com\nb+c@example.com")
        .subgroupnames("beta+api")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(result.object, "direct_add_results");
    assert!(result.errors.is_none());
    assert_eq!(result.added_members.unwrap()[0].id, 2817873);

    // Already in the parent, added to the subgroup: an error next to an added member.
    let both: models::DirectAdd = serde_json::from_value(json!({
        "object": "direct_add_results", "total_emails": 1,
        "errors": [{"object": "direct_add_error", "email": "a@example.com",
            "status": "already_member", "group_id": 68}],
        "added_members": [fixture("subs_page_1")["data"][0]],
    }))
    .unwrap();
    let error = &both.errors.as_ref().unwrap()[0];
    assert_eq!(
        error.group_id.as_ref().map(|g| g.to_string()),
        Some("68".into())
    );
    assert_eq!(error.status.as_deref(), Some("already_member"));
    assert_eq!(both.added_members.unwrap().len(), 1);
}

#[tokio::test]
async fn bulk_remove_members_returns_its_result_with_or_without_an_object() {
    let server = MockServer::start_async().await;
    let reply = json!({"removed": 2, "total_emails": 2, "errors": null});
    let mock = exactly(
        &server,
        POST,
        "/bulkremovemembers",
        "",
        "group_id=7&emails=a%40example.com%0Ab%40example.com",
        reply,
    )
    .await;
    let client = common::key_client(&server);
    let result = client
        .bulk_remove_members(7)
        .emails("a@example.com\nb@example.com")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!((result.removed, result.total_emails), (Some(2), Some(2)));
    assert!(result.object.is_none() && result.errors.is_none());
}

#[tokio::test]
async fn past_members_carry_joined_action_and_member_info() {
    let server = MockServer::start_async().await;
    let member = fixture("subs_page_1")["data"][0].clone();
    let page = envelope(json!([{
        "id": 41, "object": "past_member", "created": "2024-01-02T03:04:05Z",
        "joined": "2023-12-01T00:00:00-08:00", "action": "expired_member",
        "member_info": member,
    }, {
        "id": 42, "object": "past_member", "action": "left_group",
    }]));
    let mock = exactly(&server, GET, "/getpastmembers", "group_id=7", "", page).await;
    let client = common::key_client(&server);
    let list = client.list_past_members(7).send().await.unwrap();
    mock.assert_async().await;
    let data = list.data.unwrap();
    assert!(matches!(
        data[0].action,
        Some(PastMemberAction::ExpiredMember)
    ));
    assert_eq!(
        data[0].joined.as_ref().map(ToString::to_string).as_deref(),
        Some("2023-12-01T00:00:00-08:00")
    );
    let info = data[0].member_info.as_ref().unwrap();
    assert_eq!(info.id.to_string(), "2817873");
    assert_eq!(info.group_name.as_deref(), Some("beta"));
    assert_eq!(
        data[1].action,
        Some(PastMemberAction::Unknown("left_group".into()))
    );
}

#[tokio::test]
async fn create_subgroup_sends_privacy_only_when_given() {
    let server = MockServer::start_async().await;
    let group = example("create_subgroup");
    let without = exactly(
        &server,
        POST,
        "/createsubgroup",
        "",
        "group_name=beta&sub_group_name=api&desc=&accept_policies=true",
        group.clone(),
    )
    .await;
    let with = exactly(
        &server,
        POST,
        "/createsubgroup",
        "",
        "group_id=7&sub_group_name=api&desc=Sub&accept_policies=false&privacy=sub_group_privacy_limited_archives",
        group,
    )
    .await;
    let client = common::key_client(&server);
    client
        .create_subgroup("beta")
        .sub_group_name("api")
        .desc("")
        .accept_policies(true)
        .send()
        .await
        .unwrap();
    client
        .create_subgroup(7)
        .sub_group_name("api")
        .desc("Sub")
        .accept_policies(false)
        .privacy(GroupPrivacy::SubGroupPrivacyLimitedArchives)
        .send()
        .await
        .unwrap();
    without.assert_async().await;
    with.assert_async().await;
}

#[tokio::test]
async fn download_archives_sends_start_and_end_time_in_one_form() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET).path("/downloadarchives").is_true(|req: &HttpMockRequest| {
                req.uri().query()
                    == Some("group_id=7&start_time=2020-01-25T15%3A30%3A14Z&end_time=2020-01-26T15%3A30%3A16Z")
            });
            then.status(200)
                .header("content-type", "application/zip")
                .body("PK");
        })
        .await;
    let client = common::key_client(&server);
    let mut out = Vec::new();
    client
        .download_archives(7)
        .start_time("2020-01-25T15:30:14Z".parse().unwrap())
        .end_time("2020-01-26T15:30:16Z".parse().unwrap())
        .send()
        .await
        .unwrap()
        .copy_to(&mut out)
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(out, b"PK");
}
