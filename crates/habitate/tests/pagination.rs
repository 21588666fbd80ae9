//! Listings over Habitate's page numbers: bare JSON arrays, `page`/`page_size` query
//! parameters and a `has_more: 1|0` response header. Only the header ends a listing: a short
//! page is not the end.
#![allow(clippy::unwrap_used)]

mod common;

use common::{AUTH, PREFIX, client};
use futures::{StreamExt, TryStreamExt};
use groupkit_habitate::models::{User, UserSortBy, UserStatus};
use groupkit_habitate::{Error, Position, UserId};
use httpmock::{Mock, MockServer};
use serde_json::{Value, json};

fn users(ids: &[i64]) -> Value {
    ids.iter()
        .map(|id| json!({"user_id": id, "msid": format!("{id}.sid{id}"), "user_status": 10}))
        .collect()
}

/// Mocks page `page` of `GET /users` with `page_size=2` and the given filters.
async fn page<'a>(
    server: &'a MockServer,
    page: u64,
    ids: &[i64],
    has_more: Option<&str>,
) -> Mock<'a> {
    let body = users(ids);
    let has_more = has_more.map(str::to_owned);
    server
        .mock_async(move |when, then| {
            when.method("GET")
                .path(format!("{PREFIX}/users"))
                .header("authorization", AUTH)
                .query_param("page", page.to_string())
                .query_param("page_size", "2")
                .query_param("sort_by", "joined")
                .query_param("status", "4");
            let then = then.status(200).json_body(body);
            if let Some(has_more) = has_more {
                then.header("has_more", has_more);
            }
        })
        .await
}

fn ids(users: &[User]) -> Vec<i64> {
    users
        .iter()
        .map(|u| u.user_id.as_ref().and_then(UserId::as_i64).unwrap())
        .collect()
}

#[tokio::test]
async fn items_follow_has_more_across_a_short_page() {
    let server = MockServer::start_async().await;
    let first = page(&server, 1, &[1, 2], Some("1")).await;
    let short = page(&server, 2, &[3], Some("1")).await;
    let last = page(&server, 3, &[4, 5], Some("0")).await;
    let users: Vec<User> = client(&server)
        .list_users()
        .sort_by(UserSortBy::Joined)
        .status(UserStatus::Waitlist)
        .paginator()
        .page_size(2)
        .concurrency(1)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&users), [1, 2, 3, 4, 5]);
    for mock in [first, short, last] {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn pages_carry_positions_and_end_on_has_more_zero() {
    let server = MockServer::start_async().await;
    page(&server, 1, &[1, 2], Some("1")).await;
    page(&server, 2, &[3], Some("1")).await;
    page(&server, 3, &[4, 5], Some("0")).await;
    // At the default concurrency too, page 4 is never requested: page 3 said nothing follows.
    let beyond = server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users"))
                .query_param("page", "4");
            then.status(500)
                .json_body(json!({"status": "SERVER_ERROR"}));
        })
        .await;
    let pages: Vec<_> = client(&server)
        .list_users()
        .sort_by(UserSortBy::Joined)
        .status(UserStatus::Waitlist)
        .paginator()
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let summary: Vec<_> = pages
        .iter()
        .map(|p| {
            (
                p.position().clone(),
                ids(p.items()),
                p.next_position().cloned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Position::Start, vec![1, 2], Some(Position::Page(2))),
            (Position::Page(2), vec![3], Some(Position::Page(3))),
            (Position::Page(3), vec![4, 5], None),
        ]
    );
    assert_eq!(pages[1].headers()["has_more"], "1");
    beyond.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_listing_resumes_from_a_saved_page() {
    let server = MockServer::start_async().await;
    let first = page(&server, 1, &[1, 2], Some("1")).await;
    page(&server, 2, &[3], Some("1")).await;
    page(&server, 3, &[4, 5], Some("0")).await;
    let users: Vec<User> = client(&server)
        .list_users()
        .sort_by(UserSortBy::Joined)
        .status(UserStatus::Waitlist)
        .paginator()
        .page_size(2)
        .concurrency(1)
        .resume_from(Position::Page(2))
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&users), [3, 4, 5]);
    first.assert_calls_async(0).await;
}

#[tokio::test]
async fn without_the_header_an_empty_page_ends_the_listing() {
    let server = MockServer::start_async().await;
    page(&server, 1, &[1, 2], None).await;
    page(&server, 2, &[3], None).await;
    let empty = page(&server, 3, &[], None).await;
    let users: Vec<User> = client(&server)
        .list_users()
        .sort_by(UserSortBy::Joined)
        .status(UserStatus::Waitlist)
        .paginator()
        .page_size(2)
        .concurrency(1)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&users), [1, 2, 3]);
    empty.assert_async().await;
}

#[tokio::test]
async fn a_failing_page_is_an_error_after_the_pages_before_it() {
    let server = MockServer::start_async().await;
    page(&server, 1, &[1, 2], Some("1")).await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/users"))
                .query_param("page", "2");
            then.status(500).json_body(json!({
                "id": "e1", "status": "SERVER_ERROR", "message": "boom"
            }));
        })
        .await;
    let mut items = client(&server)
        .list_users()
        .sort_by(UserSortBy::Joined)
        .status(UserStatus::Waitlist)
        .paginator()
        .page_size(2)
        .concurrency(1)
        .items();
    assert_eq!(
        items.next().await.unwrap().unwrap().user_id,
        Some(UserId::from(1))
    );
    assert_eq!(
        items.next().await.unwrap().unwrap().user_id,
        Some(UserId::from(2))
    );
    match items.next().await.unwrap() {
        Err(Error::Api(api)) => assert_eq!(api.code(), Some("SERVER_ERROR")),
        other => panic!("expected an API error, got {other:?}"),
    }
    assert!(items.next().await.is_none());
}

#[tokio::test]
async fn a_page_that_is_not_an_array_is_a_decode_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(format!("{PREFIX}/roles"));
            then.status(200)
                .header("has_more", "0")
                // An id may be a number or a string, never a boolean.
                .json_body(json!([{"role_id": 3}, {"role_id": true}]));
        })
        .await;
    let result: Result<Vec<_>, _> = client(&server).list_roles().items().try_collect().await;
    match result {
        Err(Error::Decode(e)) => assert_eq!(e.path, "[1].role_id"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}
