//! The test server: every style's list endpoint in its provider's envelope, and a Groups.io
//! group for the single GETs. Run in its own process (`groupkit-bench serve`) so that its work
//! and memory stay out of the client's figures.
//!
//! It must not be the bottleneck: the items are serialized once at start ([`Pool`]) and a
//! response is the envelope's few formatted bytes chained around a shared slice of them. There
//! is no request log; each style has an atomic request counter (`GET /__count?style=offset`,
//! `GET /__reset`).
//!
//! A listing's size is in its base URL (`/n/{items}/{provider}/...`), so the requests
//! themselves are exactly a real API's.

use std::convert::Infallible;
use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::buf::Chain;
use bytes::{Buf, Bytes};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use tokio::net::TcpListener;

use crate::fixtures::{Pool, group};
use crate::style::Style;

/// A response body: formatted head, shared items, formatted tail, written with one vectored
/// write and no copy.
type Body = Full<Chain<Chain<Bytes, Bytes>, Bytes>>;

/// Groups.io's page tokens are 64-bit integers above 2^53; ours are this plus the next item.
const TOKEN_BASE: u64 = 7_205_759_403_792_793_600;

/// What the server holds: the items, the group, the counters, the latency.
pub struct Server {
    pools: Vec<Pool>,
    group: Bytes,
    counts: [AtomicU64; 4],
    latency: Duration,
}

/// Binds `127.0.0.1:port` (0: any free port), prints the port on stdout and serves until
/// stdin closes (the parent holds the other end, so the server never outlives it).
pub fn run(port: u16, latency_ms: u64) {
    let server = Arc::new(Server {
        pools: Style::ALL.iter().map(|s| Pool::new(*s)).collect(),
        group: group(),
        counts: Default::default(),
        latency: Duration::from_millis(latency_ms),
    });
    let runtime = crate::runtime();
    let listener = runtime
        .block_on(TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))))
        .unwrap();
    println!("{}", listener.local_addr().unwrap().port());
    runtime.spawn(serve(listener, server));
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

async fn serve(listener: TcpListener, server: Arc<Server>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let server = server.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let server = server.clone();
                async move { Ok::<_, Infallible>(server.answer(request).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A response under construction.
struct Reply {
    status: StatusCode,
    head: Bytes,
    items: Bytes,
    tail: &'static [u8],
    has_more: Option<bool>,
}

impl Reply {
    fn text(status: StatusCode, text: String) -> Reply {
        Reply {
            status,
            head: text.into(),
            items: Bytes::new(),
            tail: b"",
            has_more: None,
        }
    }

    fn json(head: String, items: Bytes, tail: &'static [u8]) -> Reply {
        Reply {
            status: StatusCode::OK,
            head: head.into(),
            items,
            tail,
            has_more: None,
        }
    }

    fn into_response(self) -> Response<Body> {
        let mut response = Response::builder()
            .status(self.status)
            .header("content-type", "application/json");
        if let Some(more) = self.has_more {
            response = response.header("has_more", if more { "1" } else { "0" });
        }
        let body = self
            .head
            .chain(self.items)
            .chain(Bytes::from_static(self.tail));
        response.body(Full::new(body)).unwrap()
    }
}

impl Server {
    async fn answer(&self, request: Request<Incoming>) -> Response<Body> {
        let path = request.uri().path();
        let query = request.uri().query().unwrap_or("");
        if path == "/__count" {
            let count = param(query, "style")
                .and_then(|name| Style::ALL.iter().position(|s| s.name() == name))
                .map(|k| self.counts[k].load(Ordering::Relaxed));
            return match count {
                Some(n) => Reply::text(StatusCode::OK, n.to_string()),
                None => Reply::text(StatusCode::NOT_FOUND, "no such style".into()),
            }
            .into_response();
        }
        if path == "/__reset" {
            for count in &self.counts {
                count.store(0, Ordering::Relaxed);
            }
            return Reply::text(StatusCode::OK, "0".into()).into_response();
        }
        // `/n/{items}/{provider}{api prefix}{operation path}`
        let mut parts = path.splitn(5, '/').skip(2);
        let (Some(items), Some(provider), Some(rest)) = (
            parts.next().and_then(|n| n.parse::<u64>().ok()),
            parts.next(),
            parts.next(),
        ) else {
            return Reply::text(StatusCode::NOT_FOUND, "no such path".into()).into_response();
        };
        let authorized =
            request.headers().contains_key("authorization") || param(query, "api_key").is_some();
        if !authorized {
            return Reply::text(StatusCode::UNAUTHORIZED, String::new()).into_response();
        }
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        let host = request
            .headers()
            .get("host")
            .and_then(|h| h.to_str().ok())
            .unwrap_or("127.0.0.1");
        let rest = format!("/{rest}");
        let style = match provider {
            "sendhub" if rest.ends_with("/contacts/") => Style::Offset,
            "groupsio" if rest.ends_with("/getmembers") => Style::Cursor,
            "groupsio" if rest.ends_with("/getgroup") => {
                let group = self.group.clone();
                return Reply::json(String::new(), group, b"").into_response();
            }
            "habitate" if rest.ends_with("/users") => Style::PageNumber,
            "groupboss" if rest.ends_with("/emails/") => Style::NextLink,
            _ => return Reply::text(StatusCode::NOT_FOUND, "no such path".into()).into_response(),
        };
        let k = Style::ALL.iter().position(|s| *s == style).unwrap_or(0);
        self.counts[k].fetch_add(1, Ordering::Relaxed);
        let pool = &self.pools[k];
        let page = Page { items, query };
        let reply = match style {
            Style::Offset => page.offset(pool, &rest),
            Style::Cursor => page.cursor(pool),
            Style::PageNumber => page.page_number(pool),
            Style::NextLink => page.next_link(pool, host, path),
        };
        reply.into_response()
    }
}

/// One list request: the listing's size and the query.
struct Page<'a> {
    items: u64,
    query: &'a str,
}

impl Page<'_> {
    fn number(&self, name: &str, default: u64) -> u64 {
        param(self.query, name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    }

    /// SendHub (tastypie): `limit` 1..=1000, default 20; `next`/`previous` are relative paths
    /// that repeat every query parameter, the credentials included, as the real API's do.
    fn offset(&self, pool: &Pool, rest: &str) -> Reply {
        let limit = self.number("limit", 20).clamp(1, 1000);
        let offset = self.number("offset", 0);
        let (start, end) = (offset.min(self.items), (offset + limit).min(self.items));
        let others: String = self
            .query
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("limit=") && !p.starts_with("offset="))
            .map(|p| format!("&{p}"))
            .collect();
        let link = |at: u64| format!("\"/v1{rest}?limit={limit}&offset={at}{others}\"");
        let next = if end < self.items {
            link(end)
        } else {
            "null".into()
        };
        let previous = if offset > 0 {
            link(offset.saturating_sub(limit))
        } else {
            "null".into()
        };
        let total = self.items;
        Reply::json(
            format!(
                r#"{{"meta":{{"limit":{limit},"next":{next},"offset":{offset},"previous":{previous},"total_count":{total}}},"objects":["#
            ),
            pool.items(start, end),
            b"]}",
        )
    }

    /// Groups.io: `limit` up to 100; `next_page_token` a 64-bit integer, 0 on the last page.
    fn cursor(&self, pool: &Pool) -> Reply {
        let limit = self.number("limit", 100).clamp(1, 100);
        let start = match self.number("page_token", 0) {
            0 => 0,
            token => token.saturating_sub(TOKEN_BASE).min(self.items),
        };
        let end = (start + limit).min(self.items);
        let more = end < self.items;
        let token = if more { TOKEN_BASE + end } else { 0 };
        let total = self.items;
        Reply::json(
            format!(
                r#"{{"object":"list","total_count":{total},"start_item":{start},"end_item":{end},"has_more":{more},"next_page_token":{token},"sort_field":"","second_order":"","query":"","sort_dir":"asc","data":["#
            ),
            pool.items(start, end),
            b"]}",
        )
    }

    /// Habitate: `page` from 1, `page_size` up to 50; a bare array and `has_more: 1|0`.
    fn page_number(&self, pool: &Pool) -> Reply {
        let size = self.number("page_size", 10).clamp(1, 50);
        let page = self.number("page", 1).max(1);
        let start = ((page - 1) * size).min(self.items);
        let end = (start + size).min(self.items);
        let mut reply = Reply::json("[".into(), pool.items(start, end), b"]");
        reply.has_more = Some(end < self.items);
        reply
    }

    /// Groupboss (DRF): 100 a page; `next`/`previous` absolute URLs built from the Host header.
    fn next_link(&self, pool: &Pool, host: &str, path: &str) -> Reply {
        const SIZE: u64 = 100;
        let page = self.number("page", 1).max(1);
        let start = ((page - 1) * SIZE).min(self.items);
        let end = (start + SIZE).min(self.items);
        let next = if end < self.items {
            format!("\"http://{host}{path}?page={}\"", page + 1)
        } else {
            "null".into()
        };
        let previous = match page {
            1 => "null".into(),
            2 => format!("\"http://{host}{path}\""),
            _ => format!("\"http://{host}{path}?page={}\"", page - 1),
        };
        let count = self.items;
        Reply::json(
            format!(r#"{{"count":{count},"next":{next},"previous":{previous},"results":["#),
            pool.items(start, end),
            b"]}",
        )
    }
}

/// The raw value of query parameter `name` (the values here need no decoding).
fn param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(reply: &Reply) -> Vec<u8> {
        [&reply.head[..], &reply.items[..], reply.tail].concat()
    }

    /// Every envelope decodes into its provider's generated list model, with the right page.
    #[test]
    fn pages_decode_into_the_generated_list_models() {
        let pool = |style| Pool::new(style);
        let page = Page {
            items: 250,
            query: "limit=100&offset=200&username=u&api_key=k",
        };
        let list: groupkit_sendhub::models::ContactList = serde_json::from_slice(&body(
            &page.offset(&pool(Style::Offset), "/groups/1/contacts/"),
        ))
        .unwrap();
        assert_eq!((list.objects.len(), list.meta.next), (50, None));
        assert_eq!(list.meta.total_count, Some(250));

        let page = Page {
            items: 250,
            query: "group_id=1&limit=100",
        };
        let list: groupkit_groupsio::models::MemberInfoList =
            serde_json::from_slice(&body(&page.cursor(&pool(Style::Cursor)))).unwrap();
        assert_eq!(list.data.map(|d| d.len()), Some(100));
        assert!(list.has_more && list.next_page_token > 1 << 53);

        let page = Page {
            items: 120,
            query: "page_size=50&page=3",
        };
        let reply = page.page_number(&pool(Style::PageNumber));
        let users: Vec<groupkit_habitate::models::User> =
            serde_json::from_slice(&body(&reply)).unwrap();
        assert_eq!((users.len(), reply.has_more), (20, Some(false)));

        let page = Page {
            items: 250,
            query: "",
        };
        let reply = page.next_link(&pool(Style::NextLink), "127.0.0.1:9", "/n/250/groupboss/x/");
        let list: groupkit_groupboss::models::MemberEmailList =
            serde_json::from_slice(&body(&reply)).unwrap();
        assert_eq!(list.results.len(), 100);
        assert_eq!(
            list.next.as_deref(),
            Some("http://127.0.0.1:9/n/250/groupboss/x/?page=2")
        );
    }

    #[test]
    fn pages_across_the_end_of_the_pool_are_built() {
        let pool = Pool::new(Style::NextLink);
        let wrapped = pool.items(POOL_END - 1, POOL_END + 1);
        let expected = [
            &pool.items(POOL_END - 1, POOL_END)[..],
            b",",
            &pool.items(0, 1)[..],
        ]
        .concat();
        assert_eq!(&wrapped[..], &expected[..]);
    }

    const POOL_END: u64 = crate::fixtures::POOL;
}
