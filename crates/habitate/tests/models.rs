//! Habitate's models: left-out fields, open integer status codes, timestamps in several
//! precisions, and clear errors for wrong types.
#![allow(clippy::unwrap_used)]

mod common;

use common::{PREFIX, client};
use groupkit_habitate::models::{
    Board, BoardHiddenType, BoardPermission, Comment, ContentState, EntityStatus, Post, User,
    UserStatus,
};
use groupkit_habitate::{Error, UserId};
use httpmock::MockServer;
use serde_json::json;

#[test]
fn sparse_objects_decode_with_missing_fields_as_none() {
    let user: User = serde_json::from_value(json!({})).unwrap();
    assert_eq!(format!("{user:?}"), format!("{:?}", User::new()));
    // The author embedded in a post carries four fields only.
    let post: Post = serde_json::from_value(json!({
        "post_id": 1,
        "user": {"user_id": 146, "username": "Alexandra", "msid": "146.Vij", "user_avatar": "x"}
    }))
    .unwrap();
    let author = post.user.unwrap();
    assert_eq!(author.user_id, Some(UserId::from(146)));
    assert_eq!(author.email, None);
    assert_eq!(author.user_status, None);
    assert_eq!(post.headline, None);
}

#[test]
fn ids_arrive_as_numbers_or_strings_and_are_written_as_the_spec_types_them() {
    let user: User =
        serde_json::from_value(json!({"user_id": "146", "role_id": 4, "msid": "146.Vij"})).unwrap();
    assert_eq!(user.user_id, Some(UserId::from(146)));
    assert_eq!(user.user_id.as_ref().unwrap().as_i64(), Some(146));
    assert_eq!(user.msid.as_ref().unwrap().as_str(), "146.Vij");
    assert_eq!(
        serde_json::to_value(&user).unwrap(),
        // `user_id` is an integer in the spec: written as one, whatever form it came in.
        json!({"user_id": 146, "role_id": 4, "msid": "146.Vij"})
    );
}

#[test]
fn unknown_status_codes_are_kept_not_errors() {
    let user: User = serde_json::from_value(json!({"user_status": 7})).unwrap();
    assert_eq!(user.user_status, Some(UserStatus::Unknown(7)));
    assert!(user.user_status.unwrap().is_unknown());

    let comment: Comment =
        serde_json::from_value(json!({"comment_status": 99, "state": -7})).unwrap();
    assert_eq!(comment.comment_status, Some(EntityStatus::Unknown(99)));
    assert_eq!(comment.state, Some(ContentState::Unknown(-7)));

    let board: Board =
        serde_json::from_value(json!({"hidden_type": 3, "permission_for": 20})).unwrap();
    assert_eq!(board.hidden_type, Some(BoardHiddenType::Unknown(3)));
    assert_eq!(board.permission_for, Some(BoardPermission::Unknown(20)));
    // Unknown codes are written back as sent.
    assert_eq!(
        serde_json::to_value(&board).unwrap(),
        json!({"hidden_type": 3, "permission_for": 20})
    );
}

#[test]
fn known_status_codes_have_names() {
    let user: User = serde_json::from_value(json!({"user_status": -100})).unwrap();
    assert_eq!(user.user_status, Some(UserStatus::Deleted));
    assert_eq!(UserStatus::Waitlist.as_i64(), 4);
    assert_eq!(UserStatus::Banned.name(), Some("BANNED"));
    assert_eq!(EntityStatus::from(-3), EntityStatus::Spam);
    assert_eq!(EntityStatus::Active.to_string(), "15");
}

#[test]
fn timestamps_with_zero_three_or_six_fraction_digits_decode() {
    let post: Post = serde_json::from_value(json!({
        "created_at": "2022-04-21T12:49:20.095Z",
        "last_edited_at": "2022-04-21T12:49:20.356592Z",
        "last_modified_at": "2022-04-21T12:48:41Z"
    }))
    .unwrap();
    assert!(post.created_at.is_some());
    assert!(post.last_edited_at.is_some());
    assert!(post.last_modified_at.is_some());
}

#[tokio::test]
async fn a_sparse_response_decodes_through_a_call() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users/5"));
            then.status(200)
                .json_body(json!({"user_id": 5, "user_status": 42}));
        })
        .await;
    let user = client(&server).get_user("5").send().await.unwrap();
    assert_eq!(user.user_id, Some(UserId::from(5)));
    assert_eq!(user.user_status, Some(UserStatus::Unknown(42)));
    assert_eq!(user.username, None);
}

#[tokio::test]
async fn a_wrong_type_is_a_decode_error_naming_the_path() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/posts/1"));
            then.status(200)
                // An id may be a number or a string, never a boolean.
                .json_body(json!({"post_id": 1, "user": {"user_id": true}}));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/posts/2"));
            then.status(200)
                .body(r#"{"post_id": 2, "headline": "cut sh"#);
        })
        .await;
    let client = client(&server);
    match client.get_post(1).send().await {
        Err(Error::Decode(e)) => {
            assert_eq!(e.path, "user.user_id");
            assert_eq!(e.status, 200);
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    match client.get_post(2).send().await {
        Err(Error::Decode(e)) => assert!(e.message.contains("EOF"), "{}", e.message),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn a_board_read_converts_into_its_request_or_names_what_it_lacks() {
    use groupkit_habitate::models::BoardRequest;
    let full: Board = serde_json::from_value(json!({
        "board_id": 7, "board_name": "General", "is_private": false, "hidden_type": 1,
        "permission_for": 10, "needs_approval": true, "icon": "chat"
    }))
    .unwrap();
    let request = BoardRequest::try_from(&full).unwrap();
    assert_eq!(request.board_name, "General");
    assert_eq!(request.icon.as_deref(), Some("chat"));
    assert_eq!(request.about, None);

    // Habitate leaves out what it does not fill: the conversion says which value is missing.
    let partial: Board =
        serde_json::from_value(json!({"board_id": 7, "board_name": "General"})).unwrap();
    let missing = BoardRequest::try_from(&partial).unwrap_err();
    assert_eq!(missing.field, "hidden_type");
    assert_eq!(
        missing.to_string(),
        "the Board has no `hidden_type`, which a BoardRequest needs: set it, then convert"
    );
}
