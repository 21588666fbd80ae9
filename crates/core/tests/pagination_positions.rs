//! A listing that cannot be set up wrong, and resumes anywhere: page sizes outside the API's
//! limits are refused before anything is sent; every page carries its provider's typed
//! envelope; a listing resumed just after any item continues with the very next one, in every
//! style; positions survive serialization and print no secret.

#![allow(clippy::unwrap_used)]

mod support;

use futures::{StreamExt, TryStreamExt};
use groupkit_core::{Client, Error, Operation, Paginator, Position, Provider, RetryPolicy, Style};
use serde::Deserialize;
use serde_json::json;
use support::{Reply, Seen, TestServer, styles};

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: u64,
}

/// Items in each listing.
const TOTAL: u64 = 13;
/// Items a page unless asked otherwise.
const DEFAULT_SIZE: u64 = 5;

fn client(base: &str) -> Client {
    Client::builder(Provider::new("test"))
        .base_url(base)
        .max_concurrency(4)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// One listing per style, each on its own path of [`server`].
fn listings() -> Vec<(Operation, Style)> {
    vec![
        (Operation::get("offset", "/offset/"), styles::offset(true)),
        (Operation::get("cursor", "/cursor/"), styles::cursor()),
        (
            Operation::get("page_number", "/pages/"),
            styles::page_number(),
        ),
        (Operation::get("next_link", "/links/"), styles::next_link()),
    ]
}

/// [`TOTAL`] items (ids from 0) in each style, with the page's own fields beside the items
/// (a `topic` and a `group`, as Groups.io sends them).
fn server() -> impl Fn(&Seen) -> Reply + Send + Sync {
    |seen| {
        let number = |name: &str| seen.param(name).map(|v| v.parse::<u64>().unwrap());
        let (start, size) = match seen.path.as_str() {
            "/offset/" => (number("offset").unwrap_or(0), number("limit")),
            "/cursor/" => (number("page_token").unwrap_or(0), number("limit")),
            "/pages/" => {
                let size = number("page_size").unwrap_or(DEFAULT_SIZE);
                ((number("page").unwrap() - 1) * size, Some(size))
            }
            _ => (number("start").unwrap_or(0), number("size")),
        };
        let size = size.unwrap_or(DEFAULT_SIZE);
        let end = (start + size).min(TOTAL);
        let ids: Vec<_> = (start..end).map(|id| json!({"id": id})).collect();
        let more = end < TOTAL;
        match seen.path.as_str() {
            "/offset/" => Reply::json(
                200,
                json!({"meta": {"total_count": TOTAL, "offset": start, "limit": size,
                                "next": more.then(|| format!("/offset/?offset={end}"))},
                       "objects": ids}),
            ),
            "/cursor/" => Reply::json(
                200,
                json!({"object": "list", "total_count": TOTAL, "has_more": more,
                       "next_page_token": if more { end } else { 0 },
                       "topic": {"id": start, "subject": format!("from {start}")},
                       "group": {"name": "beta"}, "data": ids}),
            ),
            "/pages/" => {
                Reply::json(200, json!(ids)).header("has_more", if more { "1" } else { "0" })
            }
            _ => Reply::json(
                200,
                json!({"count": TOTAL, "previous": null, "results": ids,
                       "next": more.then(|| format!("/links/?start={end}&size={size}&api_key=sk_SECRET"))}),
            ),
        }
    }
}

#[derive(Debug, Deserialize)]
struct OffsetPage {
    meta: OffsetMeta,
    objects: Vec<Item>,
}

#[derive(Debug, Deserialize)]
struct OffsetMeta {
    total_count: u64,
    offset: u64,
    limit: u64,
    next: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CursorPage {
    object: String,
    total_count: u64,
    has_more: bool,
    next_page_token: u64,
    topic: Topic,
    group: Option<Group>,
    data: Option<Vec<Item>>,
}

#[derive(Debug, Deserialize)]
struct Topic {
    id: u64,
    subject: String,
}

#[derive(Debug, Deserialize)]
struct Group {
    name: String,
}

#[derive(Debug, Deserialize)]
struct LinkPage {
    count: u64,
    next: Option<String>,
    previous: Option<String>,
    results: Vec<Item>,
}

fn ids(items: &[Item]) -> Vec<u64> {
    items.iter().map(|i| i.id).collect()
}

#[tokio::test]
async fn page_sizes_outside_the_limits_are_refused_before_anything_is_sent() {
    for (operation, style) in listings() {
        let name = operation.name;
        let sizes: &[u32] = if style.size_limits().is_some() {
            &[0, 101, u32::MAX]
        } else {
            // A next link carries its own page size: none can be asked for.
            &[1, 10]
        };
        for &size in sizes {
            let server = TestServer::start(server()).await;
            let results: Vec<_> = client(&server.base)
                .request(operation.clone())
                .paginate::<Item>(style.clone())
                .page_size(size)
                .items()
                .collect()
                .await;
            let [Err(Error::InvalidRequest { reason, .. })] = &results[..] else {
                panic!("{name}, page size {size}: {results:?}");
            };
            if style.size_limits().is_some() {
                assert!(
                    reason.contains("from 1 to 100") && reason.contains(&size.to_string()),
                    "{name}: {reason}"
                );
            } else {
                assert!(reason.contains("takes no page size"), "{name}: {reason}");
            }
            assert_eq!(
                server.seen().len(),
                0,
                "{name}, page size {size}: nothing sent"
            );
        }
    }
    // At the limits, the listing goes.
    for (operation, style) in listings()
        .into_iter()
        .filter(|(_, s)| s.size_limits().is_some())
    {
        for size in [1, 100] {
            let server = TestServer::start(server()).await;
            let items: Vec<Item> = client(&server.base)
                .request(operation.clone())
                .paginate(style.clone())
                .page_size(size)
                .items()
                .try_collect()
                .await
                .unwrap();
            assert_eq!(
                ids(&items),
                (0..TOTAL).collect::<Vec<_>>(),
                "{}",
                operation.name
            );
        }
    }
}

#[tokio::test]
async fn every_page_carries_its_typed_envelope() {
    let server = TestServer::start(server()).await;
    let client = client(&server.base);
    let [offset, cursor, page_number, next_link] = &listings()[..] else {
        unreachable!()
    };

    let pages: Vec<_> = client
        .request(cursor.0.clone())
        .paginate::<Item>(cursor.1.clone())
        .with_envelope::<CursorPage>()
        .page_size(5)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    for (n, page) in pages.iter().enumerate() {
        let start = n as u64 * 5;
        let envelope = page.envelope();
        assert_eq!(envelope.topic.id, start);
        assert_eq!(envelope.topic.subject, format!("from {start}"));
        assert_eq!(envelope.group.as_ref().unwrap().name, "beta");
        assert_eq!(
            (envelope.object.as_str(), envelope.total_count),
            ("list", TOTAL)
        );
        assert_eq!(envelope.has_more, n < 2);
        assert_eq!(envelope.next_page_token, if n < 2 { start + 5 } else { 0 });
        // The items are decoded once, into the page; the envelope's own field is left empty.
        assert_eq!(envelope.data.as_deref(), Some(&[][..]));
        assert_eq!(
            ids(page.items()),
            (start..(start + 5).min(TOTAL)).collect::<Vec<_>>()
        );
        assert_eq!(page.total(), Some(TOTAL));
    }

    let pages: Vec<_> = client
        .request(offset.0.clone())
        .paginate::<Item>(offset.1.clone())
        .with_envelope::<OffsetPage>()
        .page_size(4)
        .concurrency(1)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 4);
    for (n, page) in pages.iter().enumerate() {
        let meta = &page.envelope().meta;
        assert_eq!(
            (meta.offset, meta.limit, meta.total_count),
            (n as u64 * 4, 4, TOTAL)
        );
        assert_eq!(meta.next.is_some(), n < 3);
        assert!(page.envelope().objects.is_empty());
        assert_eq!(page.items().first().map(|i| i.id), Some(n as u64 * 4));
    }

    let pages: Vec<_> = client
        .request(next_link.0.clone())
        .paginate::<Item>(next_link.1.clone())
        .with_envelope::<LinkPage>()
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    for (n, page) in pages.iter().enumerate() {
        let envelope = page.envelope();
        assert_eq!(envelope.count, TOTAL);
        assert_eq!(envelope.previous, None);
        assert_eq!(envelope.next.is_some(), n < 2);
        assert!(envelope.results.is_empty());
        assert_eq!(page.items().len(), if n < 2 { 5 } else { 3 });
    }

    // A bare array has no envelope: `()`, and anything else is refused.
    let pages: Vec<_> = client
        .request(page_number.0.clone())
        .paginate::<Item>(page_number.1.clone())
        .page_size(5)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    let () = *pages[0].envelope();
    let refused: Vec<_> = client
        .request(page_number.0.clone())
        .paginate::<Item>(page_number.1.clone())
        .with_envelope::<CursorPage>()
        .pages()
        .collect()
        .await;
    assert!(
        matches!(&refused[..], [Err(Error::Decode(e))] if e.message.contains("no envelope")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_missing_envelope_field_is_a_decode_error_naming_it() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Strict {
        object: String,
        missing: u64,
        data: Vec<Item>,
    }
    let server = TestServer::start(server()).await;
    let results: Vec<_> = client(&server.base)
        .request(Operation::get("cursor", "/cursor/"))
        .paginate::<Item>(styles::cursor())
        .with_envelope::<Strict>()
        .pages()
        .collect()
        .await;
    assert!(
        matches!(&results[..], [Err(Error::Decode(e))] if e.message.contains("missing")),
        "{results:?}"
    );
}

/// A listing at `page_size` items a page where the style takes one.
fn listing(
    client: &Client,
    (operation, style): &(Operation, Style),
    page_size: u32,
) -> Paginator<Item> {
    let paginator = client.request(operation.clone()).paginate(style.clone());
    match style.size_limits() {
        Some(_) => paginator.page_size(page_size),
        None => paginator,
    }
}

#[tokio::test]
async fn a_listing_resumed_after_any_item_yields_exactly_the_rest_in_every_style() {
    let server = TestServer::start(server()).await;
    let client = client(&server.base);
    let all: Vec<u64> = (0..TOTAL).collect();
    for listed in listings() {
        let name = listed.0.name;
        let positioned: Vec<(Item, Position)> = listing(&client, &listed, 5)
            .items_with_position()
            .try_collect()
            .await
            .unwrap();
        let items: Vec<Item> = positioned.iter().map(|(i, _)| Item { id: i.id }).collect();
        assert_eq!(
            ids(&items),
            all,
            "{name}: the item view with positions lists everything"
        );
        for (k, (item, after)) in positioned.iter().enumerate() {
            // The position survives a save and a load.
            let saved = serde_json::to_string(after).unwrap();
            let after: Position = serde_json::from_str(&saved).unwrap();
            let rest: Vec<Item> = listing(&client, &listed, 5)
                .resume_from(after.clone())
                .items()
                .try_collect()
                .await
                .unwrap();
            let mut seen: Vec<u64> = all[..=k].to_vec();
            seen.extend(ids(&rest));
            assert_eq!(
                seen, all,
                "{name}: resumed after item {} at {after:?}: nothing lost, nothing repeated",
                item.id
            );
            // Resumed again from the positions of the resumed listing, too.
            if k == 6 {
                let again: Vec<(Item, Position)> = listing(&client, &listed, 5)
                    .resume_from(after)
                    .items_with_position()
                    .try_collect()
                    .await
                    .unwrap();
                let (next, position) = &again[0];
                assert_eq!(next.id, 7, "{name}");
                let rest: Vec<Item> = listing(&client, &listed, 5)
                    .resume_from(position.clone())
                    .items()
                    .try_collect()
                    .await
                    .unwrap();
                assert_eq!(ids(&rest), (8..TOTAL).collect::<Vec<_>>(), "{name}");
            }
        }
    }
}

#[tokio::test]
async fn pages_give_positions_after_each_item_and_the_first_resumed_page_says_where_it_began() {
    let server = TestServer::start(server()).await;
    let client = client(&server.base);
    for listed in listings() {
        let name = listed.0.name;
        let pages: Vec<_> = listing(&client, &listed, 5)
            .pages()
            .try_collect()
            .await
            .unwrap();
        let second = &pages[1];
        assert_eq!(second.position_after(5), None, "{name}: past the last item");
        // After a page's last item comes the next page.
        assert_eq!(
            second.position_after(4).as_ref(),
            second.next_position(),
            "{name}"
        );
        let inside = second.position_after(1).unwrap();
        let resumed: Vec<_> = listing(&client, &listed, 5)
            .resume_from(inside.clone())
            .pages()
            .try_collect()
            .await
            .unwrap();
        // Offsets start a page at the item itself; the others skip into the page.
        let expected: Vec<u64> = if name == "offset" {
            (7..12).collect()
        } else {
            vec![7, 8, 9]
        };
        assert_eq!(ids(resumed[0].items()), expected, "{name}");
        assert_eq!(resumed[0].position(), &inside, "{name}");
        // Resuming at a page's own position lists that page again, whole.
        let again: Vec<_> = listing(&client, &listed, 5)
            .resume_from(resumed[0].position().clone())
            .max_pages(1)
            .pages()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(ids(again[0].items()), expected, "{name}");
    }
}

#[tokio::test]
async fn a_position_inside_a_numbered_page_resumes_only_with_its_page_size() {
    let server = TestServer::start(server()).await;
    let client = client(&server.base);
    let page_numbers = (
        Operation::get("page_number", "/pages/"),
        styles::page_number(),
    );
    let positioned: Vec<(Item, Position)> = listing(&client, &page_numbers, 5)
        .max_items(3)
        .items_with_position()
        .try_collect()
        .await
        .unwrap();
    let (_, after) = &positioned[2];
    let before = server.seen().len();
    let results: Vec<_> = listing(&client, &page_numbers, 4)
        .resume_from(after.clone())
        .items()
        .collect()
        .await;
    let [Err(Error::InvalidRequest { reason, .. })] = &results[..] else {
        panic!("{results:?}");
    };
    assert!(reason.contains("page size 5"), "{reason}");
    assert_eq!(server.seen().len(), before, "nothing sent");
}

#[test]
fn positions_round_trip_through_serde_and_print_no_secret() {
    let link = "https://api.example.com/things/?page=3&api_key=sk_SECRET".to_owned();
    let positions = [
        Position::Start,
        Position::Offset(42),
        Position::Cursor("1768251011301721253".into()),
        Position::Page(7),
        Position::Link(link.clone()),
        Position::Within {
            page: Box::new(Position::Link(link)),
            skip: 3,
            page_size: None,
        },
        Position::Within {
            page: Box::new(Position::Cursor("18446744073709551615".into())),
            skip: 1,
            page_size: Some(100),
        },
        Position::Within {
            page: Box::new(Position::Start),
            skip: 2,
            page_size: Some(5),
        },
    ];
    for position in positions {
        let saved = serde_json::to_string(&position).unwrap();
        let back: Position = serde_json::from_str(&saved).unwrap();
        assert_eq!(back, position, "{saved}");
        assert!(
            !format!("{position:?}").contains("sk_SECRET"),
            "{position:?}"
        );
        assert!(!position.to_string().contains("sk_SECRET"), "{position}");
    }
    // Positions saved before positions inside pages existed still load.
    let old: Position = serde_json::from_str(r#"{"Cursor":"123"}"#).unwrap();
    assert_eq!(old, Position::Cursor("123".into()));
}
