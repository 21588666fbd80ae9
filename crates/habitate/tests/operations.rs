//! One test per operation: the exact request on the wire (method, path, query, JSON body,
//! Basic auth) and the decoding of the spec's documented response.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{AUTH, Case, PREFIX};
use groupkit_habitate::models::{
    BoardHiddenType, BoardPermission, BoardRequest, ContentState, EntityStatus, PatchUserData,
    ReferenceType, SocialMediaLinks, SortOrder, TagSortBy, UserPatchAction, UserSortBy, UserStatus,
};
use groupkit_habitate::{
    BoardId, CommentId, OPERATIONS, PostId, ReplyId, RoleId, TagId, UserId, UserMsidId,
};
use httpmock::MockServer;
use serde_json::json;

/// `name: expected request => |client| call => |decoded| checks`. Each entry is a test of its
/// own, and the names make up `TESTED`, compared with `OPERATIONS` below.
macro_rules! operation_tests {
    ($( $name:ident: $case:expr => |$client:ident| $call:expr => |$out:ident| $check:block )*) => {
        const TESTED: &[&str] = &[$(stringify!($name)),*];
        $(
            #[tokio::test]
            async fn $name() {
                let harness = $case.start(stringify!($name)).await;
                let $client = harness.client.clone();
                let result = $call.await;
                harness.verify().await;
                let $out = result.unwrap();
                $check
            }
        )*
    };
}

const MSID: &str = "177.TwM0e5z2gGE7VyDcY5c6ZeObphM";
const AUTHOR: &str = "146.VijCxex1IKckmzUDzYXlQycufs3";

operation_tests! {
    create_board: Case::new("/boards").json(json!({
        "board_name": "General", "hidden_type": 1, "is_private": false,
        "needs_approval": true, "permission_for": 10, "about": "All topics"
    }))
    => |c| c.create_board()
        .board_name("General")
        .hidden_type(BoardHiddenType::LoggedInMembers)
        .is_private(false)
        .needs_approval(true)
        .permission_for(BoardPermission::Members)
        .about("All topics")
        .send()
    => |board| {
        assert_eq!(board.board_id, Some(BoardId::from(0)));
        assert_eq!(board.permission_for, Some(BoardPermission::Unspecified));
    }

    create_comment: Case::new("/comments").json(json!({
        "author": AUTHOR, "content": "Nice post", "post_id": 157
    }))
    => |c| c.create_comment().post_id(157).content("Nice post").author(AUTHOR).send()
    => |comment| {
        assert_eq!(comment.comment_id, Some(CommentId::from(33)));
        assert_eq!(comment.comment_status, Some(EntityStatus::Active));
    }

    create_post: Case::new("/posts").json(json!({
        "authors": [AUTHOR], "board_id": 1, "content": "Body", "headline": "Title"
    }))
    => |c| c.create_post().board_id(1).headline("Title").content("Body")
        .authors([AUTHOR]).send()
    => |post| {
        assert_eq!(post.post_id, Some(PostId::from(163)));
        assert_eq!(post.user.unwrap().msid, Some(UserMsidId::from(AUTHOR)));
    }

    // An id given as a string is sent as a string.
    create_reply: Case::new("/replies").json(json!({
        "author": AUTHOR, "comment_id": "37", "content": "Agreed"
    }))
    => |c| c.create_reply().comment_id("37").content("Agreed").author(AUTHOR).send()
    => |reply| {
        assert_eq!(reply.reply_id, Some(ReplyId::from(8)));
        assert_eq!(reply.status, Some(EntityStatus::Active));
    }

    create_tag: Case::new("/tags").json(json!({
        "name": "coordinator", "back_color": "#ffffff", "description": "Chips"
    }))
    => |c| c.create_tag().name("coordinator").back_color("#ffffff").description("Chips").send()
    => |tag| {
        assert_eq!(tag.tag_id, Some(TagId::from(5)));
        assert_eq!(tag.display_name.as_deref(), Some("Coordinator"));
    }

    create_user: Case::new("/users").json(json!({
        "email": "maryam@example.com", "first_name": "Ayana", "username": "Maryam5", "sso_id": "sso-42"
    }))
    => |c| c.create_user().email("maryam@example.com").first_name("Ayana")
        .username("Maryam5").sso_id("sso-42").send()
    => |user| {
        assert_eq!(user.user_id, Some(UserId::from(200)));
        assert_eq!(user.user_status, Some(UserStatus::Active));
    }

    get_board: Case::new("/boards/7")
    => |c| c.get_board(7).send()
    => |board| {
        assert_eq!(board.hidden_type, Some(BoardHiddenType::VisibleToAll));
        assert!(board.last_posted_at.is_some());
    }

    get_comment: Case::new("/comments/24")
    => |c| c.get_comment(24).send()
    => |comment| {
        assert_eq!(comment.comment_id, Some(CommentId::from(24)));
        assert_eq!(comment.reactions.unwrap()["s2"], 1);
    }

    get_current_user: Case::new("/users/me")
    => |c| c.get_current_user().send()
    => |user| {
        assert_eq!(user.user_id, Some(UserId::from(200)));
        assert_eq!(user.is_bot, Some(true));
    }

    get_post: Case::new("/posts/163")
    => |c| c.get_post(163).send()
    => |post| {
        assert_eq!(post.post_status, Some(EntityStatus::Active));
        assert!(post.last_edited_at.is_some());
    }

    get_reply: Case::new("/replies/8")
    => |c| c.get_reply(8).send()
    => |reply| {
        assert_eq!(reply.comment_id, Some(CommentId::from(37)));
        assert_eq!(reply.state, Some(ContentState::Default));
    }

    get_tag: Case::new("/tags/18")
    => |c| c.get_tag(18).send()
    => |tag| {
        assert_eq!(tag.name.as_deref(), Some("administrator"));
        assert_eq!(tag.og_title.as_deref(), Some("Chief Usability Director"));
    }

    // The msid's `.` stays as is on the wire.
    get_user: Case::new("/users/177.TwM0e5z2gGE7VyDcY5c6ZeObphM")
    => |c| c.get_user(MSID).send()
    => |user| {
        assert_eq!(user.msid, Some(UserMsidId::from(MSID)));
        assert_eq!(user.meta, Some(json!({})));
    }

    list_boards: Case::new("/boards")
    => |c| c.list_boards().send()
    => |boards| {
        assert_eq!(boards.len(), 2);
        assert_eq!(boards[1].board_id, Some(BoardId::from(1)));
    }

    list_roles: Case::new("/roles")
    => |c| c.list_roles().send()
    => |roles| {
        assert_eq!(roles[0].role_name.as_deref(), Some("Moderator"));
        assert_eq!(roles[1].role_id, Some(RoleId::from(4)));
    }

    list_tag_mapping: Case::new("/tags/mapping").query("ref_type", "POST").query("ref_id", "163")
    => |c| c.list_tag_mapping().ref_type(ReferenceType::Post).ref_id(163).send()
    => |tags| {
        assert_eq!(tags.len(), 3);
        assert_eq!(tags[1].back_color.as_deref(), Some("#ffffff00"));
    }

    // `ids` is one comma-separated parameter.
    list_tags: Case::new("/tags").query("sort_by", "name").query("order", "asc").query("ids", "1,13,18")
    => |c| c.list_tags().sort_by(TagSortBy::Name).order(SortOrder::Asc).ids([1, 13, 18]).send()
    => |tags| {
        assert_eq!(tags.len(), 3);
        assert_eq!(tags[0].tag_id, Some(TagId::from(18)));
    }

    // Status codes go on the wire as integers.
    list_users: Case::new("/users").query("sort_by", "joined").query("order", "desc")
        .query("status", "4")
    => |c| c.list_users().sort_by(UserSortBy::Joined).order(SortOrder::Desc)
        .status(UserStatus::Waitlist).send()
    => |users| {
        assert_eq!(users[0].username.as_deref(), Some("Joshuah_Frami"));
        assert_eq!(users[1].role_id, Some(RoleId::from(4)));
    }

    patch_user: Case::new("/users/177.TwM0e5z2gGE7VyDcY5c6ZeObphM").json(json!({
        "action": 101, "data": {"role_id": 3}, "details": "promoted"
    }))
    => |c| {
        let mut data = PatchUserData::new();
        data.role_id = Some(RoleId::from(3));
        c.patch_user(MSID).action(UserPatchAction::UpdateRole).data(data).details("promoted").send()
    }
    => |user| {
        assert_eq!(user.user_id, Some(UserId::from(177)));
    }

    reorder_boards: Case::new("/boards/reorder").json(json!({
        "display_order": {"1": 2, "2": 1, "3": 3}
    }))
    => |c| c.reorder_boards()
        .display_order(BTreeMap::from([("1".into(), 2), ("2".into(), 1), ("3".into(), 3)]))
        .send()
    => |ack| {
        assert_eq!(ack.message.as_deref(), Some("OK"));
    }

    search_tags: Case::new("/tags/search").query("q", "off icer&x")
    => |c| c.search_tags().q("off icer&x").send()
    => |tags| {
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].name.as_deref(), Some("officer"));
    }

    update_board: Case::new("/boards/7").json(json!({
        "board_name": "Private", "hidden_type": 2, "is_private": true,
        "needs_approval": false, "permission_for": 5, "icon": "lock"
    }))
    => |c| c.update_board(7)
        .board_name("Private")
        .hidden_type(BoardHiddenType::BoardMembersOnly)
        .is_private(true)
        .needs_approval(false)
        .permission_for(BoardPermission::AdminsAndModerators)
        .icon("lock")
        .send()
    => |board| {
        assert_eq!(board.pinned_posts, Some(vec![PostId::from(0)]));
        assert_eq!(board.is_private, Some(true));
    }

    update_board_members: Case::new("/boards/7/members").json(json!({
        "member_changes": {"101.N8vf3FFtbXIhQMAkCve320FaG": true, "222.NHJSm4JzQWsLYIIuJmGTK2moL": false}
    }))
    => |c| c.update_board_members(7).member_changes(BTreeMap::from([
            ("101.N8vf3FFtbXIhQMAkCve320FaG".into(), true),
            ("222.NHJSm4JzQWsLYIIuJmGTK2moL".into(), false),
        ])).send()
    => |ack| {
        assert_eq!(ack.message.as_deref(), Some("OK"));
    }

    update_comment: Case::new("/comments/34").json(json!({"content": "Edited"}))
    => |c| c.update_comment(34).content("Edited").send()
    => |comment| {
        assert_eq!(comment.comment_id, Some(CommentId::from(34)));
        assert_eq!(comment.react_count, Some(2));
    }

    update_post: Case::new("/posts/163").json(json!({
        "authors": [AUTHOR], "board_id": 1, "content": "New body", "headline": "New title"
    }))
    => |c| c.update_post(163).board_id(1).headline("New title").content("New body")
        .authors([AUTHOR]).send()
    => |post| {
        assert_eq!(post.post_id, Some(PostId::from(163)));
        assert_eq!(post.view_count, Some(1));
    }

    update_reply: Case::new("/replies/8").json(json!({"content": "Edited reply"}))
    => |c| c.update_reply(8).content("Edited reply").send()
    => |reply| {
        assert_eq!(reply.reply_id, Some(ReplyId::from(8)));
        assert!(reply.last_edited_at.is_some());
    }

    update_tag: Case::new("/tags/5").json(json!({
        "name": "associate", "og_title": "Forward Mobility Coordinator"
    }))
    => |c| c.update_tag(5).name("associate").og_title("Forward Mobility Coordinator").send()
    => |tag| {
        assert_eq!(tag.name.as_deref(), Some("associate"));
        assert_eq!(tag.text_color.as_deref(), Some("#330000"));
    }

    update_user: Case::new("/users/177.TwM0e5z2gGE7VyDcY5c6ZeObphM").json(json!({
        "first_name": "Ayana", "username": "Maryam5",
        "social_media_links": {"Twitter": "https://twitter.com/maryam5"}
    }))
    => |c| {
        let mut links = SocialMediaLinks::new();
        links.twitter = Some("https://twitter.com/maryam5".into());
        c.update_user(MSID).first_name("Ayana").username("Maryam5").social_media_links(links).send()
    }
    => |user| {
        assert_eq!(user.username.as_deref(), Some("Maryam5"));
        assert_eq!(user.first_name.as_deref(), Some("Ayana"));
    }
}

#[test]
fn every_operation_has_a_test() {
    let operations: BTreeSet<&str> = OPERATIONS.iter().map(|(name, _, _)| *name).collect();
    let tested: BTreeSet<&str> = TESTED.iter().copied().collect();
    assert_eq!(tested.len(), TESTED.len(), "an operation is tested twice");
    let untested: Vec<_> = operations.difference(&tested).collect();
    let unknown: Vec<_> = tested.difference(&operations).collect();
    assert!(
        untested.is_empty(),
        "operations without a test: {untested:?}"
    );
    assert!(unknown.is_empty(), "tests for no operation: {unknown:?}");
    assert_eq!(OPERATIONS.len(), 28);
}

/// Every named value of `create_post` lands in the JSON body under its own key, whatever the
/// order of the setters: an id given as text stays text, and every author is sent.
#[tokio::test]
async fn create_post_sends_every_named_value_in_the_body() {
    const SECOND: &str = "222.NHJSm4JzQWsLYIIuJmGTK2moL";
    let harness = Case::new("/posts")
        .json(json!({
            "authors": [AUTHOR, SECOND],
            "board_id": "12",
            "content": "The body",
            "headline": "The headline"
        }))
        .start("create_post")
        .await;
    let post = harness
        .client
        .create_post()
        .authors([AUTHOR, SECOND])
        .content("The body")
        .headline("The headline")
        .board_id("12")
        .send()
        .await;
    harness.verify().await;
    assert_eq!(post.unwrap().post_id, Some(PostId::from(163)));
}

/// Get a board, change its request model, put it back with `.body(model)`: the PUT carries
/// the changed values and every other settable value as it was read, and none of the
/// read-only fields.
#[tokio::test]
async fn a_board_read_changed_and_put_back_with_body_sends_the_changed_model() {
    let server = MockServer::start_async().await;
    let get = server
        .mock_async(|when, then| {
            when.method("GET")
                .path(format!("{PREFIX}/boards/7"))
                .header("authorization", AUTH);
            then.status(200).json_body(json!({
                "board_id": 7, "display_order": 2, "board_name": "General",
                "board_type": "forum", "is_private": false, "hidden_type": 1,
                "permission_for": 10, "needs_approval": true, "pinned_posts": [163],
                "post_count": 12, "last_posted_at": "2022-02-22T22:22:22.222Z",
                "icon": "chat", "about": "All topics"
            }));
        })
        .await;
    let put = server
        .mock_async(|when, then| {
            when.method("PUT")
                .path(format!("{PREFIX}/boards/7"))
                .header("authorization", AUTH)
                .header("content-type", "application/json")
                .json_body(json!({
                    "about": "All topics", "board_name": "Staff", "hidden_type": 2,
                    "icon": "chat", "is_private": true, "needs_approval": true,
                    "permission_for": 10
                }));
            then.status(200)
                .json_body(json!({"board_id": 7, "board_name": "Staff", "is_private": true}));
        })
        .await;
    let client = common::client(&server);

    let board = client.get_board(7).send().await.unwrap();
    // A `Board` read converts into the `BoardRequest` that writes it back.
    let mut request = BoardRequest::try_from(&board).unwrap();
    request.board_name = "Staff".into();
    request.is_private = true;
    request.hidden_type = BoardHiddenType::BoardMembersOnly;
    let updated = client
        .update_board(board.board_id.as_ref().unwrap())
        .body(request)
        .send()
        .await
        .unwrap();

    get.assert_async().await;
    put.assert_async().await;
    assert_eq!(updated.board_name.as_deref(), Some("Staff"));
    assert_eq!(updated.is_private, Some(true));
}
