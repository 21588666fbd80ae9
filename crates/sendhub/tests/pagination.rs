//! Listings over tastypie's `{"meta": {...}, "objects": [...]}` pages, by limit and offset,
//! with and without `total_count`; every request carries the credentials exactly once, and
//! `meta.next` (which echoes the key) is never followed.

#![allow(clippy::unwrap_used)]

mod support;

use futures::TryStreamExt;
use groupkit_sendhub::Position;
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, Mock};
use serde_json::{Value, json};
use support::{KEY, USER, client};

fn group(n: u64) -> Value {
    json!({
        "date_created": "2021-08-24T19:44:31.266590",
        "date_modified": "2021-08-24T19:44:31.26659",
        "id": (115_999_753_870_990_900_u64 + n).to_string(),
        "name": format!("group {n}"),
        "resource_uri": format!("/v1/groups/{}", 115_999_753_870_990_900_u64 + n),
        "size": n,
        "slug": format!("g{n}"),
        "text_to_subscribe": false,
    })
}

/// A tastypie page of groups `offset..end` out of `total`: `next` is relative and echoes
/// every query parameter, the key included; `total_count` is left out when `with_total` is
/// false (newer servers).
fn page(offset: u64, limit: u64, total: u64, with_total: bool) -> Value {
    let end = (offset + limit).min(total);
    let echo =
        |o: u64| format!("/api/v1/groups/?username={USER}&api_key={KEY}&limit={limit}&offset={o}");
    let mut meta = json!({
        "limit": limit,
        "offset": offset,
        "next": (end < total).then(|| echo(end)),
        "previous": (offset > 0).then(|| echo(offset.saturating_sub(limit))),
    });
    if with_total {
        meta["total_count"] = json!(total);
    }
    json!({"meta": meta, "objects": (offset..end).map(group).collect::<Vec<_>>()})
}

/// Exactly these query pairs, credentials included once each.
fn query_is(limit: u64, offset: u64) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync {
    move |req| {
        let mut got = req.query_params();
        got.sort();
        let mut want = vec![
            ("api_key".to_owned(), KEY.to_owned()),
            ("limit".to_owned(), limit.to_string()),
            ("offset".to_owned(), offset.to_string()),
            ("username".to_owned(), USER.to_owned()),
        ];
        want.sort();
        got == want
    }
}

/// One mock per page of a 5-group listing in pages of 2.
async fn five_groups(server: &MockServer, with_total: bool) -> Vec<Mock<'_>> {
    let mut mocks = Vec::new();
    for offset in [0, 2, 4] {
        let mock = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path("/groups/")
                    .is_true(query_is(2, offset));
                then.status(200).json_body(page(offset, 2, 5, with_total));
            })
            .await;
        mocks.push(mock);
    }
    mocks
}

#[tokio::test]
async fn items_over_several_pages_with_a_total() {
    let server = MockServer::start_async().await;
    let mocks = five_groups(&server, true).await;
    let groups: Vec<_> = client(&server)
        .list_groups()
        .paginator()
        .page_size(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["group 0", "group 1", "group 2", "group 3", "group 4"]
    );
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn items_over_several_pages_without_a_total() {
    let server = MockServer::start_async().await;
    let mocks = five_groups(&server, false).await;
    let groups: Vec<_> = client(&server)
        .list_groups()
        .paginator()
        .page_size(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(groups.len(), 5);
    assert_eq!(groups[4].id, "115999753870990904");
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn pages_report_totals_and_positions_and_end_on_the_last_page() {
    for with_total in [true, false] {
        let server = MockServer::start_async().await;
        let mocks = five_groups(&server, with_total).await;
        let pages: Vec<_> = client(&server)
            .list_groups()
            .paginator()
            .page_size(2)
            .pages()
            .try_collect()
            .await
            .unwrap();
        let sizes: Vec<usize> = pages.iter().map(|p| p.items().len()).collect();
        assert_eq!(sizes, [2, 2, 1]);
        let total = with_total.then_some(5);
        assert!(pages.iter().all(|p| p.total() == total), "{with_total}");
        let positions: Vec<&Position> = pages.iter().map(|p| p.position()).collect();
        assert_eq!(
            positions,
            [&Position::Start, &Position::Offset(2), &Position::Offset(4)]
        );
        assert_eq!(pages[2].next_position(), None);
        for mock in &mocks {
            mock.assert_calls_async(1).await;
        }
        for page in &pages {
            assert!(!format!("{page:?}").contains(KEY));
        }
    }
}

#[tokio::test]
async fn a_listing_resumes_from_a_saved_offset() {
    let server = MockServer::start_async().await;
    let mocks = five_groups(&server, false).await;
    let rest: Vec<_> = client(&server)
        .list_groups()
        .paginator()
        .page_size(2)
        .resume_from(Position::Offset(4))
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), 1);
    mocks[0].assert_calls_async(0).await;
    mocks[2].assert_calls_async(1).await;
}

#[tokio::test]
async fn a_clamped_page_size_is_followed_by_items_received() {
    // Asked for 1000 a page, the server clamps to 2 and says so in `meta.limit`; the next
    // offset is the number of items received, not the requested limit.
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for offset in [0, 2, 4] {
        let mock = server
            .mock_async(|when, then| {
                when.path("/groups/").is_true(query_is(1000, offset));
                then.status(200).json_body(page(offset, 2, 5, false));
            })
            .await;
        mocks.push(mock);
    }
    let groups: Vec<_> = client(&server)
        .list_groups()
        .paginator()
        .page_size(1000)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(groups.len(), 5);
    for mock in &mocks {
        mock.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn an_empty_listing_is_one_request() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.path(format!("/groups/{}/contacts/", 1220))
                .query_param_count("api_key", KEY, 1)
                .query_param_count("username", USER, 1);
            then.status(200).json_body(json!({
                "meta": {"limit": 20, "offset": 0, "next": null, "previous": null, "total_count": 0},
                "objects": [],
            }));
        })
        .await;
    let contacts: Vec<_> = client(&server)
        .list_group_contacts(1220u64)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(contacts.is_empty());
    mock.assert_calls_async(1).await;
}
