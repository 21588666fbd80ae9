//! Listings over Django REST Framework's `{"count", "next", "previous", "results"}` pages,
//! following absolute `next` links, only on the configured host.

#![allow(clippy::unwrap_used)]

mod support;

use futures::{StreamExt, TryStreamExt};
use groupkit_groupboss::{Error, PaginationError, Position};
use httpmock::prelude::*;
use serde_json::{Value, json};
use support::{KEY, client};

const USER: &str = "5dbc5fcc-e391-49b8-8c2b-459c00dde8bc";

fn group(n: u32) -> Value {
    json!({
        "id": format!("00000000-0000-4000-8000-{n:012}"),
        "name": format!("group {n}"),
        "created_at": "2020-05-04T04:00:56.644059Z",
        "group_id": n.to_string(),
        "created_by": null,
        "is_active": true,
    })
}

fn page(count: u32, next: Option<String>, numbers: std::ops::Range<u32>) -> Value {
    json!({
        "count": count,
        "next": next,
        "previous": null,
        "results": numbers.map(group).collect::<Vec<_>>(),
    })
}

/// Three pages of groups (2 + 2 + 1), each `next` an absolute URL on `server` that carries
/// the filter, as DRF builds it. Returns the three mocks.
async fn three_pages(server: &MockServer) -> [httpmock::Mock<'_>; 3] {
    let path = format!("/users/{USER}/groups/");
    let link = |n: u32| Some(server.url(format!("{path}?name_contains=group&page={n}")));
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(&path)
                .header("authorization", KEY)
                .query_param("name_contains", "group")
                .query_param_missing("page");
            then.status(200).json_body(page(5, link(2), 1..3));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(&path)
                .header("authorization", KEY)
                .query_param_count("name_contains", ".*", 1)
                .query_param("page", "2");
            then.status(200).json_body(page(5, link(3), 3..5));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(&path)
                .header("authorization", KEY)
                .query_param_count("name_contains", ".*", 1)
                .query_param("page", "3");
            then.status(200).json_body(page(5, None, 5..6));
        })
        .await;
    [first, second, third]
}

#[tokio::test]
async fn items_follow_next_links_to_the_last_page() {
    let server = MockServer::start_async().await;
    let mocks = three_pages(&server).await;
    let groups: Vec<_> = client(&server)
        .list_groups(USER)
        .name_contains("group")
        .items()
        .try_collect()
        .await
        .unwrap();
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["group 1", "group 2", "group 3", "group 4", "group 5"]
    );
    for mock in &mocks {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn pages_carry_totals_and_positions_and_end_after_a_null_next() {
    let server = MockServer::start_async().await;
    let mocks = three_pages(&server).await;
    let pages: Vec<_> = client(&server)
        .list_groups(USER)
        .name_contains("group")
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    assert_eq!(
        pages.iter().map(|p| p.items().len()).collect::<Vec<_>>(),
        [2, 2, 1]
    );
    assert!(pages.iter().all(|p| p.total() == Some(5)));
    assert_eq!(pages[0].position(), &Position::Start);
    assert!(matches!(pages[1].position(), Position::Link(l) if l.ends_with("page=2")));
    assert_eq!(pages[2].next_position(), None);
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn a_listing_resumes_from_a_saved_position() {
    let server = MockServer::start_async().await;
    let [first, second, third] = three_pages(&server).await;
    let saved =
        Position::Link(server.url(format!("/users/{USER}/groups/?name_contains=group&page=3")));
    let rest: Vec<_> = client(&server)
        .list_groups(USER)
        .name_contains("group")
        .paginator()
        .resume_from(saved)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].name, "group 5");
    first.assert_calls_async(0).await;
    second.assert_calls_async(0).await;
    third.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_next_link_to_another_port_is_refused_and_never_requested() {
    let server = MockServer::start_async().await;
    let elsewhere = MockServer::start_async().await;
    let path = format!("/users/{USER}/groups/");
    let foreign = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(page(2, None, 2..3));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path(&path);
            then.status(200).json_body(page(
                2,
                Some(elsewhere.url(format!("{path}?page=2"))),
                1..2,
            ));
        })
        .await;
    let mut pages = client(&server).list_groups(USER).pages();
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items()[0].name, "group 1");
    let err = pages.next().await.unwrap().unwrap_err();
    assert!(
        matches!(&err, Error::Pagination(PaginationError::ForeignLink { .. })),
        "{err:?}"
    );
    assert!(
        pages.next().await.is_none(),
        "the listing ends after the error"
    );
    foreign.assert_calls_async(0).await;
    assert!(!format!("{err} {err:?}").contains(KEY));
}

#[tokio::test]
async fn a_next_link_that_repeats_itself_is_a_loop() {
    let server = MockServer::start_async().await;
    let path = format!("/users/{USER}/groups/");
    let again = server.url(format!("{path}?page=2"));
    server
        .mock_async(|when, then| {
            when.method(GET).path(&path);
            then.status(200)
                .json_body(page(9, Some(again.clone()), 1..2));
        })
        .await;
    let results: Vec<_> = client(&server).list_groups(USER).items().collect().await;
    let err = results.last().unwrap().as_ref().unwrap_err();
    assert!(
        matches!(err, Error::Pagination(PaginationError::LoopDetected { .. })),
        "{err:?}"
    );
}
