//! No request that nobody asked for: every style, counted at the server. A listing of N pages
//! sends exactly N requests, whatever the concurrency; a first page that fails is the only
//! request sent; speculation, when the caller opts in, still gives every item once, in order,
//! and still waits for the first page.

#![allow(clippy::unwrap_used)]

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use groupkit_core::{Client, Operation, Paginator, Provider, RetryPolicy, Style};
use serde::Deserialize;
use serde_json::json;
use support::{Reply, Seen, TestServer, styles};
use tokio::sync::Notify;

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: u64,
}

/// Items a page.
const SIZE: u64 = 2;

/// One listing per style, each on its own path of the same server.
fn listings() -> Vec<(Operation, Style)> {
    vec![
        (
            Operation::get("offset_total", "/offset-total/"),
            styles::offset(true),
        ),
        (
            Operation::get("offset_no_total", "/offset/"),
            styles::offset(false),
        ),
        (Operation::get("cursor", "/cursor/"), styles::cursor()),
        (
            Operation::get("page_number", "/pages/"),
            styles::page_number(),
        ),
        (Operation::get("next_link", "/links/"), styles::next_link()),
    ]
}

/// A listing of `pages` pages of [`SIZE`] items in each style (ids from 0). Past the end, every
/// style answers an empty last page. Earlier pages answer more slowly, so that later pages,
/// when requested early, arrive first.
fn server(pages: u64) -> impl Fn(&Seen) -> Reply + Send + Sync {
    move |seen| {
        let number = |name: &str| seen.param(name).map(|v| v.parse::<u64>().unwrap());
        // The 0-based index of the page asked for.
        let index = match seen.path.as_str() {
            "/offset-total/" | "/offset/" => number("offset").unwrap_or(0) / SIZE,
            "/cursor/" => number("page_token").unwrap_or(0),
            "/pages/" => number("page").unwrap() - 1,
            _ => number("page").unwrap_or(0),
        };
        let ids: Vec<_> = (index * SIZE..(index + 1) * SIZE)
            .filter(|id| *id < pages * SIZE)
            .map(|id| json!({"id": id}))
            .collect();
        let more = index + 1 < pages;
        let total = pages * SIZE;
        let reply = match seen.path.as_str() {
            "/offset-total/" | "/offset/" => {
                let next = more.then(|| format!("{}?offset={}", seen.path, (index + 1) * SIZE));
                let mut meta = json!({"next": next});
                if seen.path == "/offset-total/" {
                    meta["total_count"] = json!(total);
                }
                Reply::json(200, json!({"meta": meta, "objects": ids}))
            }
            "/cursor/" => Reply::json(
                200,
                json!({"has_more": more, "next_page_token": if more { index + 1 } else { 0 },
                       "total_count": total, "data": ids}),
            ),
            "/pages/" => {
                Reply::json(200, json!(ids)).header("has_more", if more { "1" } else { "0" })
            }
            _ => {
                let next = more.then(|| format!("/links/?page={}", index + 1));
                Reply::json(200, json!({"count": total, "next": next, "results": ids}))
            }
        };
        reply.delayed(Duration::from_millis(pages.saturating_sub(index).min(8)))
    }
}

/// A client with the default concurrency, or with `concurrency` pages in flight at most.
fn client(base: &str, concurrency: Option<usize>) -> Client {
    let builder = Client::builder(Provider::new("test"))
        .base_url(base)
        .retry_policy(RetryPolicy::none());
    match concurrency {
        Some(n) => builder.max_concurrency(n),
        None => builder,
    }
    .build()
    .unwrap()
}

/// A listing of [`SIZE`] items a page: asked for where the listing takes a page size (a next
/// link does not: its server's page size is [`SIZE`] anyway).
fn listing(client: Client, operation: Operation, style: Style) -> Paginator<Item> {
    let takes_size = style.size_limits().is_some();
    let paginator = client.request(operation).paginate(style);
    if takes_size {
        paginator.page_size(SIZE as u32)
    } else {
        paginator
    }
}

/// `value.pipe(f)` is `f(value)`, to keep the builder chains readable.
trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl<T> Pipe for T {}

fn ids(items: &[Item]) -> Vec<u64> {
    items.iter().map(|i| i.id).collect()
}

#[tokio::test]
async fn a_listing_of_n_pages_sends_exactly_n_requests_in_every_style() {
    const PAGES: u64 = 7;
    for concurrency in [None, Some(16)] {
        for (operation, style) in listings() {
            let name = operation.name;
            let server = TestServer::start(server(PAGES)).await;
            let client = client(&server.base, concurrency);
            let mut paginator = client.pipe(|c| listing(c, operation, style));
            if let Some(n) = concurrency {
                paginator = paginator.concurrency(n);
            }
            let items: Vec<Item> = paginator.items().try_collect().await.unwrap();
            assert_eq!(
                ids(&items),
                (0..PAGES * SIZE).collect::<Vec<_>>(),
                "{name}, concurrency {concurrency:?}"
            );
            assert_eq!(
                server.seen().len() as u64,
                PAGES,
                "{name}, concurrency {concurrency:?}: no page past the end is requested"
            );
        }
    }
}

/// Every request is answered 403, a little late: a page requested alongside the first would
/// reach the server before the first page's answer does.
async fn forbidding_server() -> TestServer {
    TestServer::start(|_: &Seen| {
        Reply::json(403, json!({"detail": "forbidden"})).delayed(Duration::from_millis(50))
    })
    .await
}

#[tokio::test]
async fn a_first_page_answered_403_is_the_only_request_in_every_style() {
    for concurrency in [None, Some(16)] {
        for speculate in [false, true] {
            for (operation, style) in listings() {
                let name = operation.name;
                let server = forbidding_server().await;
                let client = client(&server.base, concurrency);
                let mut paginator = client
                    .request(operation)
                    .paginate::<Item>(style)
                    .speculate(speculate);
                if let Some(n) = concurrency {
                    paginator = paginator.concurrency(n);
                }
                let results: Vec<_> = paginator.pages().collect().await;
                let case = format!("{name}, concurrency {concurrency:?}, speculate {speculate}");
                assert!(
                    matches!(&results[..], [Err(e)] if e.status().map(|s| s.as_u16()) == Some(403)),
                    "{case}: {results:?}"
                );
                assert_eq!(server.seen().len(), 1, "{case}");
            }
        }
    }
}

#[tokio::test]
async fn speculation_keeps_every_item_once_and_in_order() {
    const PAGES: u64 = 40;
    for concurrency in [2, 16] {
        for (operation, style) in listings() {
            let name = operation.name;
            let server = TestServer::start(server(PAGES)).await;
            let items: Vec<Item> = client(&server.base, Some(concurrency))
                .pipe(|c| listing(c, operation, style))
                .concurrency(concurrency)
                .speculate(true)
                .items()
                .try_collect()
                .await
                .unwrap();
            assert_eq!(
                ids(&items),
                (0..PAGES * SIZE).collect::<Vec<_>>(),
                "{name}, concurrency {concurrency}"
            );
            // Speculation may go past the end, by less than a window.
            let sent = server.seen().len() as u64;
            assert!(
                (PAGES..PAGES + concurrency as u64).contains(&sent),
                "{name}, concurrency {concurrency}: {sent} requests"
            );
        }
    }
}

#[tokio::test]
async fn speculation_waits_for_the_first_page_to_announce_more() {
    // A one-page listing: the first page says nothing follows, so nothing else is sent.
    let server = TestServer::start(server(1)).await;
    for (operation, style) in listings() {
        let name = operation.name;
        let before = server.seen().len();
        let pages: Vec<_> = client(&server.base, Some(16))
            .pipe(|c| listing(c, operation, style))
            .concurrency(16)
            .speculate(true)
            .pages()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(pages.len(), 1, "{name}");
        assert_eq!(server.seen().len() - before, 1, "{name}");
    }
}

#[tokio::test]
async fn the_next_page_goes_out_before_the_caller_gets_this_one_and_no_further() {
    // Whatever the window, the page after the one handed over is already requested (the
    // caller's work overlaps its round trip), and nothing beyond it.
    for concurrency in [1, 4, 16] {
        for (operation, style) in listings() {
            let name = operation.name;
            let asked = Arc::new(Mutex::new(Vec::new()));
            let second = Arc::new(Notify::new());
            let (log, signal, pages) = (asked.clone(), second.clone(), server(5));
            let server = TestServer::start(move |seen: &Seen| {
                let reply = pages(seen);
                // The server's own log is written after the handler: keep one written before
                // the signal.
                log.lock().unwrap().push(seen.query.clone());
                if log.lock().unwrap().len() == 2 {
                    signal.notify_one();
                }
                reply
            })
            .await;
            let mut stream = client(&server.base, Some(concurrency))
                .pipe(|c| listing(c, operation, style))
                .concurrency(concurrency)
                .pages();
            let first = stream.next().await.unwrap().unwrap();
            assert_eq!(ids(first.items()), vec![0, 1], "{name}");
            // Not a timing assertion: the wait ends as soon as the second request arrives.
            tokio::time::timeout(Duration::from_secs(20), second.notified())
                .await
                .unwrap_or_else(|_| {
                    panic!("{name}, concurrency {concurrency}: page 2 never asked")
                });
            let asked = asked.lock().unwrap().clone();
            assert_eq!(
                asked.len(),
                2,
                "{name}, concurrency {concurrency}: {asked:?}"
            );
            let rest: Vec<_> = stream.try_collect().await.unwrap();
            assert_eq!(rest.len(), 4, "{name}");
        }
    }
}

#[tokio::test]
async fn a_capped_listing_requests_only_the_pages_it_yields() {
    // A cap is the caller saying how far to go: 7 pages exist, 2 pages (or 5 items, on 3 pages
    // of 2) are wanted, and that is all that is sent, at the widest window and with speculation.
    for speculate in [false, true] {
        for (operation, style) in listings() {
            let name = operation.name;
            let by_pages = TestServer::start(server(7)).await;
            let pages: Vec<_> = client(&by_pages.base, Some(16))
                .pipe(|c| listing(c, operation.clone(), style.clone()))
                .concurrency(16)
                .speculate(speculate)
                .max_pages(2)
                .pages()
                .try_collect()
                .await
                .unwrap();
            assert_eq!(pages.len(), 2, "{name}");
            assert_eq!(
                by_pages.seen().len(),
                2,
                "{name}, speculate {speculate}: max_pages"
            );

            let by_items = TestServer::start(server(7)).await;
            let items: Vec<Item> = client(&by_items.base, Some(16))
                .pipe(|c| listing(c, operation, style))
                .concurrency(16)
                .speculate(speculate)
                .max_items(5)
                .items()
                .try_collect()
                .await
                .unwrap();
            assert_eq!(ids(&items), vec![0, 1, 2, 3, 4], "{name}");
            // Page numbers, speculating, cannot know that pages are full: only they may ask more.
            if !(speculate && name == "page_number") {
                assert_eq!(
                    by_items.seen().len(),
                    3,
                    "{name}, speculate {speculate}: max_items"
                );
            }
        }
    }
}
