//! Every pagination style over the wire: several pages, empty listings, ends, loops, foreign
//! links, resumption, caps, concurrency with order kept, and failures in the middle.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use groupkit_core::{
    Client, Error, HttpRequest, HttpResponse, Operation, PaginationError, Position, Provider,
    RetryPolicy, Style, Transport, TransportError,
};
use httpmock::prelude::*;
use serde::Deserialize;
use serde_json::json;
use support::{Reply, Seen, TestServer};

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: u64,
}

const LIST: Operation = Operation::get("list_things", "/things/");

use support::styles::{cursor as cursor_style, next_link as link_style, page_number as page_style};

fn offset_style() -> Style {
    support::styles::offset(true)
}

/// Every item (or error) of a cursor listing at `base`, at concurrency 4.
async fn cursor_items(base: &str) -> Vec<groupkit_core::Result<Item>> {
    client(base, 4)
        .request(LIST)
        .paginate::<Item>(cursor_style())
        .items()
        .collect()
        .await
}

fn client(base: &str, concurrency: usize) -> Client {
    Client::builder(Provider::new("test"))
        .base_url(base)
        .max_concurrency(concurrency)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

fn ids(items: &[Item]) -> Vec<u64> {
    items.iter().map(|i| i.id).collect()
}

/// A tastypie-like offset listing of `total` items; `with_total` decides whether
/// `total_count` is sent. Later pages answer faster, to shuffle arrival order.
fn offset_server(total: u64, with_total: bool) -> impl Fn(&Seen) -> Reply + Send + Sync {
    move |seen| {
        let limit: u64 = seen.param("limit").map_or(20, |l| l.parse().unwrap());
        let offset: u64 = seen.param("offset").map_or(0, |o| o.parse().unwrap());
        let end = (offset + limit).min(total);
        let objects: Vec<_> = (offset..end)
            .map(|id| json!({"id": id, "name": "x"}))
            .collect();
        let next =
            (end < total).then(|| format!("/v1/things/?limit={limit}&offset={end}&api_key=k"));
        let mut meta = json!({"limit": limit, "offset": offset, "next": next, "previous": null});
        if with_total {
            meta["total_count"] = json!(total);
        }
        let delay = Duration::from_millis(30u64.saturating_sub(offset / limit.max(1) * 3));
        Reply::json(200, json!({"meta": meta, "objects": objects})).delayed(delay)
    }
}

#[tokio::test]
async fn offset_lists_every_item_in_order_with_concurrency() {
    let server = TestServer::start(offset_server(95, true)).await;
    let items: Vec<Item> = client(&server.base, 4)
        .request(LIST)
        .paginate(offset_style())
        .page_size(10)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..95).collect::<Vec<_>>());
    let mut offsets: Vec<String> = server
        .seen()
        .iter()
        .map(|s| s.param("offset").unwrap())
        .collect();
    offsets.sort_by_key(|o| o.parse::<u64>().unwrap());
    assert_eq!(
        offsets,
        (0..10).map(|k| (k * 10).to_string()).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn offset_without_total_ends_on_null_next() {
    let server = TestServer::start(offset_server(25, false)).await;
    let pages: Vec<_> = client(&server.base, 4)
        .request(LIST)
        .paginate::<Item>(offset_style())
        .page_size(10)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2].items().len(), 5);
    assert_eq!(pages[2].next_position(), None);
    assert_eq!(pages[0].total(), None);
    assert_eq!(server.seen().len(), 3, "no request past the end");
}

#[tokio::test]
async fn offset_uses_the_items_received_when_the_server_clamps_limit() {
    // The server ignores limit=50 and sends 10 a page: offsets must follow what arrived.
    let server = TestServer::start(|seen: &Seen| {
        let offset: u64 = seen.param("offset").unwrap().parse().unwrap();
        let end = (offset + 10).min(30);
        let objects: Vec<_> = (offset..end).map(|id| json!({"id": id})).collect();
        Reply::json(
            200,
            json!({"meta": {"total_count": 30, "next": null}, "objects": objects}),
        )
    })
    .await;
    let items: Vec<Item> = client(&server.base, 1)
        .request(LIST)
        .paginate(offset_style())
        .page_size(50)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..30).collect::<Vec<_>>());
}

#[tokio::test]
async fn empty_collections_are_empty_streams() {
    let server = TestServer::script(vec![
        Reply::json(
            200,
            json!({"meta": {"total_count": 0, "next": null}, "objects": []}),
        ),
        Reply::json(
            200,
            json!({"object": "list", "data": null, "has_more": false, "next_page_token": 0}),
        ),
        Reply::raw(200, "application/json", "[]").header("has_more", "0"),
        Reply::json(
            200,
            json!({"count": 0, "next": null, "previous": null, "results": []}),
        ),
    ])
    .await;
    let client = client(&server.base, 2);
    for style in [offset_style(), cursor_style(), page_style(), link_style()] {
        let items: Vec<Item> = client
            .request(LIST)
            .paginate(style.clone())
            .concurrency(1)
            .items()
            .try_collect()
            .await
            .unwrap();
        assert!(items.is_empty(), "{style:?}");
    }
    assert_eq!(server.seen().len(), 4);
}

#[tokio::test]
async fn cursor_passes_64_bit_tokens_exactly_and_accepts_null_data() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET).path("/things/").query_param("limit", "2").query_param_missing("page_token");
            then.status(200).body(
                r#"{"object":"list","total_count":3,"has_more":true,"next_page_token":1768251011301721253,"data":[{"id":1},{"id":2}]}"#,
            );
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/things/")
                .query_param("limit", "2")
                .query_param("page_token", "1768251011301721253");
            then.status(200)
                .body(r#"{"object":"list","total_count":3,"has_more":true,"next_page_token":18446744073709551615,"data":[{"id":3}]}"#);
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.method(GET).path("/things/").query_param("page_token", "18446744073709551615");
            then.status(200)
                .body(r#"{"object":"list","total_count":3,"has_more":false,"next_page_token":0,"data":null}"#);
        })
        .await;
    let pages: Vec<_> = client(&server.base_url(), 4)
        .request(LIST)
        .paginate::<Item>(cursor_style())
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    first.assert_async().await;
    second.assert_async().await;
    third.assert_async().await;
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].total(), Some(3));
    assert_eq!(
        pages[0].next_position(),
        Some(&Position::Cursor("1768251011301721253".into()))
    );
    assert_eq!(ids(pages[1].items()), vec![3]);
    assert!(pages[2].items().is_empty());
}

#[tokio::test]
async fn a_repeated_cursor_is_an_error_after_the_pages_before_it() {
    let server = TestServer::start(|seen: &Seen| {
        let id = if seen.param("page_token").is_some() {
            2
        } else {
            1
        };
        Reply::json(
            200,
            json!({"has_more": true, "next_page_token": 7, "data": [{"id": id}]}),
        )
    })
    .await;
    let results = cursor_items(&server.base).await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(results[0].as_ref().unwrap().id, 1);
    assert_eq!(results[1].as_ref().unwrap().id, 2);
    assert!(matches!(
        &results[2],
        Err(Error::Pagination(PaginationError::LoopDetected { position, .. })) if position.contains('7')
    ));
    assert_eq!(
        server.seen().len(),
        2,
        "the repeated cursor is never requested"
    );
}

/// Habitate-like pages: `per_page` items except page 3, which is short; `has_more` says 0 on
/// the last page. Pages past the end answer with an empty array and `has_more: 0`.
fn page_server(last: u64) -> impl Fn(&Seen) -> Reply + Send + Sync {
    move |seen| {
        let page: u64 = seen.param("page").unwrap().parse().unwrap();
        let size: u64 = seen.param("page_size").map_or(10, |s| s.parse().unwrap());
        let count = if page > last {
            0
        } else if page == 3 {
            2
        } else {
            size
        };
        let items: Vec<_> = (0..count).map(|i| json!({"id": page * 1000 + i})).collect();
        let more = if page < last { "1" } else { "0" };
        let delay = Duration::from_millis(5 * (last + 1).saturating_sub(page));
        Reply::json(200, json!(items))
            .header("has_more", more)
            .delayed(delay)
    }
}

#[tokio::test]
async fn page_numbers_go_past_short_pages_until_the_header_says_stop() {
    let server = TestServer::start(page_server(5)).await;
    let items: Vec<Item> = client(&server.base, 4)
        .request(LIST)
        .paginate(page_style())
        .page_size(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    let expected: Vec<u64> = (1..=5u64)
        .flat_map(|p| (0..if p == 3 { 2 } else { 3 }).map(move |i| p * 1000 + i))
        .collect();
    assert_eq!(
        ids(&items),
        expected,
        "order kept, short page 3 not the end"
    );
    let requested: Vec<u64> = server
        .seen()
        .iter()
        .map(|s| s.param("page").unwrap().parse().unwrap())
        .collect();
    assert_eq!(
        requested,
        vec![1, 2, 3, 4, 5],
        "each page only once the one before said more follow"
    );
}

#[tokio::test]
async fn next_links_are_followed_absolute_and_relative() {
    let server = TestServer::start(|seen: &Seen| {
        let page = seen.param("page").unwrap_or_else(|| "1".into());
        match page.as_str() {
            "1" => Reply::json(200, json!({"count": 3, "next": "/things/?page=2", "results": [{"id": 1}]})),
            "2" => {
                let host = seen.header("host").unwrap();
                Reply::json(200, json!({"count": 3, "next": format!("http://{host}/things/?page=3"), "results": [{"id": 2}]}))
            }
            _ => Reply::json(200, json!({"count": 3, "next": null, "results": [{"id": 3}]})),
        }
    })
    .await;
    let items: Vec<Item> = client(&server.base, 4)
        .request(LIST)
        .query("page_size", 1)
        .paginate(link_style())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), vec![1, 2, 3]);
    let queries: Vec<String> = server.seen().iter().map(|s| s.query.clone()).collect();
    assert_eq!(
        queries,
        vec!["page_size=1", "page=2", "page=3"],
        "the link's query replaces the first page's"
    );
}

#[tokio::test]
async fn a_next_link_to_another_host_is_refused_and_never_requested() {
    let foreign = MockServer::start_async().await;
    let trap = foreign
        .mock_async(|when, then| {
            when.any_request();
            then.status(200)
                .json_body(json!({"count": 0, "next": null, "results": []}));
        })
        .await;
    let foreign_link = format!("{}/things/?page=2&api_key=sk_SECRET", foreign.base_url());
    let server = TestServer::script(vec![Reply::json(
        200,
        json!({"count": 2, "next": foreign_link, "results": [{"id": 1}]}),
    )])
    .await;
    let results: Vec<_> = client(&server.base, 4)
        .request(LIST)
        .paginate::<Item>(link_style())
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap().id, 1);
    let error = results[1].as_ref().unwrap_err();
    assert!(
        matches!(
            error,
            Error::Pagination(PaginationError::ForeignLink { .. })
        ),
        "{error:?}"
    );
    assert!(!error.to_string().contains("sk_SECRET"));
    assert_eq!(trap.calls_async().await, 0);
    // A different port on the same host is foreign too.
    assert!(foreign.base_url().starts_with("http://127.0.0.1:"));
}

#[tokio::test]
async fn a_repeated_next_link_is_a_loop() {
    let server = TestServer::start(|_: &Seen| {
        Reply::json(
            200,
            json!({"count": 9, "next": "/things/?page=2", "results": [{"id": 1}]}),
        )
    })
    .await;
    let results: Vec<_> = client(&server.base, 4)
        .request(LIST)
        .paginate::<Item>(link_style())
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    assert!(matches!(
        results[2],
        Err(Error::Pagination(PaginationError::LoopDetected { .. }))
    ));
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn a_long_cursor_cycle_ends_the_listing_within_the_documented_bound() {
    // Tokens 1..=60 lead on, then token 60 leads back to 21: a cycle of 40 (longer than the
    // detector's ring of recent positions), entered after 21 distinct positions (with the start).
    let server = TestServer::start(|seen: &Seen| {
        let token: u64 = seen.param("page_token").map_or(0, |t| t.parse().unwrap());
        let next = if token == 60 { 21 } else { token + 1 };
        Reply::json(
            200,
            json!({"has_more": true, "next_page_token": next, "data": [{"id": token}]}),
        )
    })
    .await;
    let results = cursor_items(&server.base).await;
    let (errors, items): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_err);
    assert!(matches!(
        &errors[..],
        [Err(Error::Pagination(PaginationError::LoopDetected { .. }))]
    ));
    let ids: Vec<u64> = items.into_iter().map(|i| i.unwrap().id).collect();
    assert_eq!(
        ids[..61],
        (0..=60).collect::<Vec<_>>()[..],
        "every page once first"
    );
    // μ = 21, λ = 40: fewer than max(μ + 1, 2λ) = 80 pages come round again.
    let repeated = server.seen().len() - 61;
    assert!(repeated < 80, "{repeated} repeated pages");
    assert_eq!(
        ids.len(),
        server.seen().len(),
        "the loop's position is never requested"
    );
}

#[tokio::test]
async fn a_failing_page_is_an_error_and_the_listing_resumes_from_the_last_good_page() {
    let fail_once = std::sync::atomic::AtomicBool::new(true);
    let ok = offset_server(50, true);
    let server = TestServer::start(move |seen: &Seen| {
        if seen.param("offset").as_deref() == Some("30")
            && fail_once.swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            return Reply::raw(500, "text/html", "<html>oops</html>");
        }
        ok(seen)
    })
    .await;
    let client = client(&server.base, 1);
    let mut pages = client
        .request(LIST)
        .paginate::<Item>(offset_style())
        .page_size(10)
        .pages();
    let mut got = Vec::new();
    let mut resume = None;
    while let Some(page) = pages.next().await {
        match page {
            Ok(page) => {
                got.extend(ids(page.items()));
                resume = page.next_position().cloned();
            }
            Err(error) => {
                assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
                break;
            }
        }
    }
    assert!(
        pages.next().await.is_none(),
        "the stream ends after its error"
    );
    assert_eq!(got, (0..30).collect::<Vec<_>>());
    let resume = resume.unwrap();
    assert_eq!(resume, Position::Offset(30));
    let rest: Vec<Item> = client
        .request(LIST)
        .paginate(offset_style())
        .page_size(10)
        .resume_from(resume)
        .items()
        .try_collect()
        .await
        .unwrap();
    got.extend(ids(&rest));
    assert_eq!(
        got,
        (0..50).collect::<Vec<_>>(),
        "nothing lost, nothing duplicated"
    );
}

#[tokio::test]
async fn positions_survive_serialization() {
    let saved = serde_json::to_string(&Position::Cursor("1768251011301721253".into())).unwrap();
    let back: Position = serde_json::from_str(&saved).unwrap();
    assert_eq!(back, Position::Cursor("1768251011301721253".into()));
}

#[tokio::test]
async fn caps_stop_the_listing() {
    let server = TestServer::start(offset_server(100, true)).await;
    let client = client(&server.base, 1);
    let items: Vec<Item> = client
        .request(LIST)
        .paginate(offset_style())
        .page_size(10)
        .max_items(25)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (0..25).collect::<Vec<_>>());
    let pages: Vec<_> = client
        .request(LIST)
        .paginate::<Item>(offset_style())
        .page_size(10)
        .max_pages(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
}

#[tokio::test]
async fn a_bad_item_is_a_decode_error_naming_its_path() {
    let server = TestServer::script(vec![Reply::json(
        200,
        json!({"meta": {"total_count": 2}, "objects": [{"id": 1}, {"id": "two"}]}),
    )])
    .await;
    let results: Vec<_> = client(&server.base, 1)
        .request(LIST)
        .paginate::<Item>(offset_style())
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    match &results[0] {
        Err(Error::Decode(e)) => assert_eq!(e.path, "objects[1].id"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_missing_item_array_is_an_error_not_an_empty_page() {
    let server = TestServer::script(vec![Reply::json(200, json!({"detail": "throttled"}))]).await;
    let results: Vec<_> = client(&server.base, 1)
        .request(LIST)
        .paginate::<Item>(link_style())
        .pages()
        .collect()
        .await;
    assert!(
        matches!(&results[..], [Err(Error::Decode(e))] if e.message.contains("results")),
        "{results:?}"
    );
}

#[tokio::test]
async fn empty_pages_that_claim_more_do_not_loop_forever() {
    let server = TestServer::start(|_: &Seen| {
        Reply::raw(200, "application/json", "[]").header("has_more", "1")
    })
    .await;
    let results: Vec<_> = client(&server.base, 2)
        .request(LIST)
        .paginate::<Item>(page_style())
        .pages()
        .collect()
        .await;
    assert!(matches!(
        results.last(),
        Some(Err(Error::Pagination(PaginationError::Invalid { .. })))
    ));
    assert!(server.seen().len() < 20);
}

#[test]
fn streams_are_send_and_static() {
    fn assert_send_static<T: Send + 'static>(_: &T) {}
    let client = client("https://example.com", 1);
    let stream = client
        .request(LIST)
        .paginate::<Item>(offset_style())
        .items();
    assert_send_static(&stream);
}

#[tokio::test]
async fn a_page_or_offset_set_on_the_request_is_where_the_listing_starts() {
    let server = TestServer::start(page_server(4)).await;
    let items: Vec<Item> = client(&server.base, 1)
        .request(LIST)
        .query("page", 3)
        .paginate(page_style())
        .page_size(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), vec![3000, 3001, 4000, 4001, 4002]);

    let server = TestServer::start(offset_server(30, true)).await;
    let items: Vec<Item> = client(&server.base, 1)
        .request(LIST)
        .query("offset", 20)
        .paginate(offset_style())
        .page_size(5)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&items), (20..30).collect::<Vec<_>>());
}

#[tokio::test]
async fn the_next_page_is_requested_while_the_caller_works_on_this_one() {
    // A cursor listing can only go one page ahead; whatever the window, that request must
    // already be out when the caller gets a page.
    for concurrency in [1, 4] {
        let server = TestServer::start(|seen: &Seen| {
            let page: u64 = seen.param("page_token").map_or(1, |t| t.parse().unwrap());
            let more = page < 3;
            Reply::json(200, json!({"has_more": more, "next_page_token": if more { page + 1 } else { 0 }, "data": [{"id": page}]}))
        })
        .await;
        let mut pages = client(&server.base, concurrency)
            .request(LIST)
            .paginate::<Item>(cursor_style())
            .concurrency(concurrency)
            .pages();
        let first = pages.next().await.unwrap().unwrap();
        assert_eq!(ids(first.items()), vec![1]);
        // The caller "works" without polling the stream.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let tokens: Vec<Option<String>> = server
            .seen()
            .iter()
            .map(|s| s.param("page_token"))
            .collect();
        assert_eq!(
            tokens,
            vec![None, Some("2".into())],
            "concurrency {concurrency}"
        );
        let rest: Vec<_> = pages.try_collect().await.unwrap();
        assert_eq!(rest.len(), 2);
    }
}

/// Page `n` (from 1) of a three-page listing whose second page's items do not decode, in each
/// style's envelope with the pagination data ahead of the items, as every provider sends it.
fn bad_second_page(style: &str, url: &url::Url) -> HttpResponse {
    let param = |name: &str| {
        url.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.parse::<u64>().unwrap())
    };
    let page = match style {
        "cursor" => param("page_token").unwrap_or(1),
        "offset" => param("offset").unwrap_or(0) + 1,
        _ => param("page").unwrap_or(1),
    };
    let items = if page == 2 {
        r#"[{"id": "two"}]"#.to_owned()
    } else {
        format!(r#"[{{"id": {page}}}]"#)
    };
    let more = page < 3;
    let body = match style {
        "cursor" => format!(
            r#"{{"total_count": 3, "has_more": {more}, "next_page_token": {}, "data": {items}}}"#,
            if more { page + 1 } else { 0 }
        ),
        "next_link" => {
            let next = if more {
                format!(r#""/things/?page={}""#, page + 1)
            } else {
                "null".to_owned()
            };
            format!(r#"{{"count": 3, "next": {next}, "results": {items}}}"#)
        }
        "offset" => {
            format!(r#"{{"meta": {{"next": "/things/?offset={page}"}}, "objects": {items}}}"#)
        }
        _ => items,
    };
    let mut headers = groupkit_core::http::HeaderMap::new();
    headers.insert("has_more", if more { "1" } else { "0" }.parse().unwrap());
    HttpResponse::from_bytes(groupkit_core::http::StatusCode::OK, headers, body)
}

/// A transport that answers at once and counts what it was sent: a request counts the moment
/// the engine starts it, whatever the network would do.
#[derive(Debug)]
struct Counting {
    style: &'static str,
    sent: std::sync::atomic::AtomicUsize,
}

#[async_trait::async_trait]
impl Transport for Counting {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(bad_second_page(self.style, &request.url))
    }
}

#[tokio::test]
async fn the_next_page_is_requested_before_this_pages_items_are_decoded() {
    // Page 2 announces page 3 in its headers or ahead of its items, so page 3 is already
    // requested when page 2's items fail to decode: decoding overlaps the next round trip
    // (and that one request is the price of a page that then fails). Offsets count the items
    // received, so they cannot read ahead.
    for (name, style, requests) in [
        ("cursor", support::styles::cursor(), 3),
        ("next_link", support::styles::next_link(), 3),
        ("page_number", support::styles::page_number(), 3),
        ("offset", support::styles::offset(false), 2),
    ] {
        let transport = std::sync::Arc::new(Counting {
            style: name,
            sent: Default::default(),
        });
        let client = Client::builder(Provider::new("test"))
            .base_url("https://api.example.com")
            .transport(transport.clone())
            .build()
            .unwrap();
        let results: Vec<_> = client
            .request(LIST)
            .paginate::<Item>(style)
            .items()
            .collect()
            .await;
        assert_eq!(results.len(), 2, "{name}: {results:?}");
        assert_eq!(results[0].as_ref().unwrap().id, 1, "{name}");
        assert!(matches!(results[1], Err(Error::Decode(_))), "{name}");
        let sent = transport.sent.load(std::sync::atomic::Ordering::SeqCst);
        assert_eq!(sent, requests, "{name}");
    }
}
