//! No credential leaks, for every provider and every error kind, from a server that echoes the
//! credentials back everywhere it can: in the URL it redirects to, in headers, in bodies, in
//! next links and cursors. Each error is rendered every way a user can print it (`Display`,
//! `Debug`, `{:#?}`, each cause), every page that arrived before it too, and every span and
//! event traced meanwhile; no 8-character piece of any secret may appear in any of them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use futures::StreamExt;
use groupkit_core::{Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const GROUPBOSS_KEY: &str = "gbk_5fK2q9XvT7mWc3LpR8nYd4HsJ6bZa";
const GROUPSIO_KEY: &str = "gio_Qm7Xc2Lp9Vt4Rb8Nd6Hs3Jk5Wf1Yz0Ae";
const SENDHUB_USER: &str = "acme_ops_Q7x2L9kP";
const SENDHUB_KEY: &str = "shk_8Tg3Fv6Bn1Mz4Kq7Wc2Xr5Yp9Lh0Dj";
const HABITATE_SYSTEM: &str = "crm_sync_4TqPz8Wn";
const HABITATE_KEY: &str = "hbk_2Vd9Gs5Nc8Pf1Kx4Rm7Qz3Tw6Lb0Hj";

const USER_UUID: &str = "5dbc5fcc-e391-49b8-8c2b-459c00dde8bc";
const GROUP_UUID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";

/// What the scripted server does with one request, given the request's head.
enum Answer {
    /// Close the connection without answering.
    Drop,
    /// Hold the connection and never answer.
    Hang,
    /// Answer with this status, extra headers and body.
    Http(u16, Vec<(String, String)>, String),
}

type Script = Arc<dyn Fn(&Head) -> Answer + Send + Sync>;

/// The request as received, flattened to one line so it can be echoed into a header.
struct Head {
    /// The request target: path and query, credentials included.
    target: String,
    /// The whole head on one line: request line and every header, `Authorization` included.
    echo: String,
}

/// A raw HTTP/1.1 server on 127.0.0.1 that answers every request by `script`.
async fn serve(script: Script) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let script = script.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
                let text = String::from_utf8_lossy(&buffer).into_owned();
                let head = text.split("\r\n\r\n").next().unwrap_or_default();
                let target = head.split(' ').nth(1).unwrap_or_default().to_owned();
                let echo = head.replace("\r\n", " | ");
                match script(&Head { target, echo }) {
                    Answer::Drop => {}
                    Answer::Hang => tokio::time::sleep(Duration::from_secs(30)).await,
                    Answer::Http(status, headers, body) => {
                        let mut raw = format!(
                            "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                            body.len()
                        );
                        for (name, value) in headers {
                            raw.push_str(&format!("{name}: {value}\r\n"));
                        }
                        raw.push_str("\r\n");
                        raw.push_str(&body);
                        let _ = stream.write_all(raw.as_bytes()).await;
                        let _ = stream.shutdown().await;
                    }
                }
            });
        }
    });
    base
}

/// The request's `Authorization` value, as the server received it.
fn authorization(head: &Head) -> String {
    head.echo
        .split(" | ")
        .find_map(|line| line.strip_prefix("authorization: "))
        .unwrap_or_default()
        .to_owned()
}

/// Headers that echo the request everywhere a server might.
fn echo_headers(head: &Head, content_type: &str) -> Vec<(String, String)> {
    vec![
        ("content-type".into(), content_type.into()),
        ("x-echo".into(), head.echo.clone()),
        ("x-request-url".into(), head.target.clone()),
        ("link".into(), format!("<{}>; rel=\"self\"", head.target)),
        ("set-cookie".into(), format!("echo={}", head.target)),
    ]
}

fn json(status: u16, head: &Head, body: String) -> Answer {
    Answer::Http(status, echo_headers(head, "application/json"), body)
}

/// A JSON string literal of `text`.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string")
}

/// Every scripted failure of a single call, by name.
fn single_call_failures() -> Vec<(&'static str, Script)> {
    let mut cases: Vec<(&'static str, Script)> = vec![
        ("transport: dropped connection", Arc::new(|_| Answer::Drop)),
        ("timeout: no answer", Arc::new(|_| Answer::Hang)),
        (
            "decode: the echo is not JSON",
            Arc::new(|h| json(200, h, h.echo.clone())),
        ),
        (
            "decode: syntax error right after the echo",
            Arc::new(|h| json(200, h, format!("{{\"name\": {}, oops}}", quoted(&h.echo)))),
        ),
        (
            "decode: body cut inside the echo",
            Arc::new(|h| json(200, h, format!("{{\"name\": \"{}", h.echo))),
        ),
        (
            "api: JSON error body in every provider's shape",
            Arc::new(|h| {
                let e = quoted(&h.echo);
                let body = format!(
                    "{{\"object\": \"error\", \"type\": {e}, \"extra\": {e}, \"detail\": {e}, \
                     \"error\": {e}, \"message\": {e}, \"status\": \"BAD_REQUEST\", \"code\": {e}}}"
                );
                json(400, h, body)
            }),
        ),
        (
            "api: HTML error page",
            Arc::new(|h| {
                let body = format!("<html><body><h1>Error</h1><p>{}</p></body></html>", h.echo);
                Answer::Http(500, echo_headers(h, "text/html"), body)
            }),
        ),
        (
            "api: empty body",
            Arc::new(|h| Answer::Http(401, echo_headers(h, "text/html"), String::new())),
        ),
        (
            "3xx: redirect to another host, echoing the query",
            Arc::new(|h| {
                let mut headers = echo_headers(h, "text/html");
                headers.push((
                    "location".into(),
                    format!("https://elsewhere.example{}", h.target),
                ));
                Answer::Http(302, headers, String::new())
            }),
        ),
    ];
    // A mistyped value that quotes the echo, placed so that a length limit cuts through a
    // secret: decoders quote values, and a cut before scrubbing would show part of one.
    for pad in [0usize, 40, 56, 250, 290] {
        let name: &'static str = Box::leak(format!("decode: mistyped, echo at {pad}").into());
        cases.push((
            name,
            Arc::new(move |h| json(200, h, quoted(&format!("{}{}", "x".repeat(pad), h.echo)))),
        ));
    }
    cases
}

/// A provider's client and its two calls, with every secret it holds.
struct Target {
    name: &'static str,
    secrets: Vec<String>,
}

fn targets() -> Vec<Target> {
    let basic = base64::engine::general_purpose::STANDARD
        .encode(format!("{HABITATE_SYSTEM}:{HABITATE_KEY}"));
    vec![
        Target {
            name: "groupboss",
            secrets: vec![GROUPBOSS_KEY.into()],
        },
        Target {
            name: "groupsio",
            secrets: vec![GROUPSIO_KEY.into()],
        },
        Target {
            name: "sendhub",
            secrets: vec![SENDHUB_USER.into(), SENDHUB_KEY.into()],
        },
        Target {
            name: "habitate",
            secrets: vec![HABITATE_SYSTEM.into(), HABITATE_KEY.into(), basic],
        },
    ]
}

/// The timeouts and retries of every client here: one quick attempt.
fn quick() -> (Duration, RetryPolicy) {
    (Duration::from_millis(300), RetryPolicy::none())
}

/// One single-object GET of `provider` against `base`.
async fn get(provider: &str, base: &str) -> Result<String, Error> {
    let base = format!("{base}/v1");
    match provider {
        "groupboss" => groupboss_client(&base)?
            .get_group(USER_UUID, GROUP_UUID)
            .send()
            .await
            .map(|v| format!("{v:?}")),
        "groupsio" => groupsio_client(&base)?
            .get_group("beta")
            .send()
            .await
            .map(|v| format!("{v:?}")),
        "sendhub" => sendhub_client(&base)?
            .get_group(1220u64)
            .send()
            .await
            .map(|v| format!("{v:?}")),
        _ => habitate_client(&base)?
            .get_board(7)
            .send()
            .await
            .map(|v| format!("{v:?}")),
    }
}

fn groupboss_client(base: &str) -> Result<groupkit_groupboss::Client, Error> {
    let (timeout, retries) = quick();
    groupkit_groupboss::Client::builder()
        .base_url(base)
        .api_key(GROUPBOSS_KEY)
        .attempt_timeout(timeout)
        .retry_policy(retries)
        .build()
}

fn groupsio_client(base: &str) -> Result<groupkit_groupsio::Client, Error> {
    let (timeout, retries) = quick();
    groupkit_groupsio::Client::builder()
        .base_url(base)
        .api_key(GROUPSIO_KEY)
        .attempt_timeout(timeout)
        .retry_policy(retries)
        .build()
}

fn sendhub_client(base: &str) -> Result<groupkit_sendhub::Client, Error> {
    let (timeout, retries) = quick();
    groupkit_sendhub::Client::builder()
        .base_url(base)
        .credentials(SENDHUB_USER, SENDHUB_KEY)
        .attempt_timeout(timeout)
        .retry_policy(retries)
        .build()
}

fn habitate_client(base: &str) -> Result<groupkit_habitate::Client, Error> {
    let (timeout, retries) = quick();
    groupkit_habitate::Client::builder()
        .base_url(base)
        .basic(HABITATE_SYSTEM, HABITATE_KEY)
        .attempt_timeout(timeout)
        .retry_policy(retries)
        .build()
}

/// Lists `provider`'s main collection against `base`; returns every page's `Debug` and the
/// error that ended the listing.
async fn list(provider: &str, base: &str) -> (Vec<String>, Option<Error>) {
    let base = format!("{base}/v1");
    let pages: Vec<Result<String, Error>> = match provider {
        "groupboss" => {
            let client = groupboss_client(&base).expect("client");
            let stream = client.list_emails(USER_UUID, GROUP_UUID).pages();
            stream
                .map(|p| p.map(|p| format!("{p:?} {p:#?}")))
                .collect()
                .await
        }
        "groupsio" => {
            let client = groupsio_client(&base).expect("client");
            let stream = client.list_members(1).pages();
            stream
                .map(|p| p.map(|p| format!("{p:?} {p:#?}")))
                .collect()
                .await
        }
        "sendhub" => {
            let stream = sendhub_client(&base).expect("client").list_groups().pages();
            stream
                .map(|p| p.map(|p| format!("{p:?} {p:#?}")))
                .collect()
                .await
        }
        _ => {
            let stream = habitate_client(&base)
                .expect("client")
                .list_boards()
                .pages();
            stream
                .map(|p| p.map(|p| format!("{p:?} {p:#?}")))
                .collect()
                .await
        }
    };
    let mut shown = Vec::new();
    let mut error = None;
    for page in pages {
        match page {
            Ok(text) => shown.push(text),
            Err(e) => error = Some(e),
        }
    }
    (shown, error)
}

/// How each provider's listing is made to fail with a pagination error, the credentials
/// planted in what the error or the pages carry.
fn listing_failure(provider: &str) -> Script {
    match provider {
        // A next link to another host; from page 2 on (a second listing), a same-origin link
        // carrying the key, which then repeats itself.
        "groupboss" => Arc::new(|h: &Head| {
            let next = if !h.target.contains("page=2") {
                format!(
                    "https://elsewhere.example{}?page=2&echo={}",
                    h.target, h.echo
                )
            } else if h.target.contains("echo=") {
                h.target.clone()
            } else {
                format!("{}&echo={}", h.target, authorization(h).replace(' ', "+"))
            };
            let body = format!(
                "{{\"count\": 5, \"next\": {}, \"previous\": null, \"results\": []}}",
                quoted(&next)
            );
            json(200, h, body)
        }),
        // A cursor that repeats, carrying the key.
        "groupsio" => Arc::new(|h: &Head| {
            let body = format!(
                "{{\"object\": \"list\", \"total_count\": 5, \"has_more\": true, \
                 \"next_page_token\": {}, \"data\": []}}",
                quoted(&authorization(h))
            );
            json(200, h, body)
        }),
        // Offsets cannot loop: the page's items are mistyped instead, quoting the echo.
        "sendhub" => Arc::new(|h: &Head| {
            let body = format!(
                "{{\"meta\": {{\"limit\": 20, \"offset\": 0, \"next\": {e}, \"total_count\": 40}}, \
                 \"objects\": [{e}]}}",
                e = quoted(&h.echo)
            );
            json(200, h, body)
        }),
        // `has_more: 1` on empty page after empty page.
        _ => Arc::new(|h: &Head| {
            let mut headers = echo_headers(h, "application/json");
            headers.push(("has_more".into(), "1".into()));
            Answer::Http(200, headers, "[]".into())
        }),
    }
}

#[tokio::test]
async fn no_piece_of_any_secret_is_printed_by_any_error_of_any_provider() {
    let recorder = Recorder::default();
    let _traces = tracing::subscriber::set_default(recorder.clone());
    for target in targets() {
        for (case, script) in single_call_failures() {
            let base = serve(script).await;
            let error = get(target.name, &base)
                .await
                .expect_err("every scripted answer fails the call");
            let what = format!("{} / {case}", target.name);
            check_kind(&what, &error);
            assert_clean(&what, &renderings(&error), &target.secrets);
        }
        let base = serve(listing_failure(target.name)).await;
        let (pages, error) = list(target.name, &base).await;
        let error = error.expect("the listing ends with an error");
        let what = format!("{} / listing: {error}", target.name);
        let mut texts = renderings(&error);
        texts.extend(pages);
        assert_clean(&what, &texts, &target.secrets);
        // The loop: Groupboss's second listing follows a same-origin link that repeats.
        if target.name == "groupboss" {
            let (_, error) = list_from_page_two(&base).await;
            assert!(
                matches!(
                    error,
                    Error::Pagination(groupkit_core::PaginationError::LoopDetected { .. })
                ),
                "{error:?}"
            );
            assert_clean("groupboss / loop", &renderings(&error), &target.secrets);
        }
    }
    let traced = recorder.lines();
    assert!(traced.len() > 50, "tracing was captured: {traced:?}");
    let all: Vec<String> = targets().into_iter().flat_map(|t| t.secrets).collect();
    assert_clean("tracing", &traced, &all);
}

/// Groupboss's listing from a saved position on page 2, whose next link is itself.
async fn list_from_page_two(base: &str) -> (Vec<String>, Error) {
    let client = groupboss_client(&format!("{base}/v1")).expect("client");
    let start = format!("{base}/v1/users/{USER_UUID}/groups/{GROUP_UUID}/emails/?page=2");
    let pages: Vec<_> = client
        .list_emails(USER_UUID, GROUP_UUID)
        .paginator()
        .resume_from(groupkit_core::Position::Link(start))
        .pages()
        .collect()
        .await;
    let mut shown = Vec::new();
    for page in pages {
        match page {
            Ok(page) => shown.push(format!("{page:?}")),
            Err(e) => return (shown, e),
        }
    }
    panic!("the loop was not detected")
}

/// The scripted failure gave the error kind it was meant to.
fn check_kind(what: &str, error: &Error) {
    let expected = match what.split(" / ").nth(1).unwrap_or_default() {
        case if case.starts_with("transport") => matches!(error, Error::Transport { .. }),
        case if case.starts_with("timeout") => matches!(error, Error::Timeout { .. }),
        case if case.starts_with("decode") => matches!(error, Error::Decode(_)),
        _ => matches!(error, Error::Api(_)),
    };
    assert!(expected, "{what}: unexpected error {error:?}");
}

/// Every way an error prints: Display, Debug, pretty Debug, and each cause in the chain.
fn renderings(error: &Error) -> Vec<String> {
    let mut texts = vec![
        format!("{error}"),
        format!("{error:?}"),
        format!("{error:#?}"),
    ];
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        texts.push(format!("{cause} {cause:?}"));
        source = cause.source();
    }
    texts
}

/// No 8-character piece of any secret in any text.
fn assert_clean(what: &str, texts: &[String], secrets: &[String]) {
    for secret in secrets {
        let chars: Vec<char> = secret.chars().collect();
        for piece in chars.windows(8) {
            let piece: String = piece.iter().collect();
            for text in texts {
                assert!(
                    !text.contains(&piece),
                    "{what}: `{piece}` (from a secret) is printed in: {text}"
                );
            }
        }
    }
}

/// Records every span's fields and every event as text.
#[derive(Clone, Default)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn lines(&self) -> Vec<String> {
        self.lines.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn push(&self, line: String) {
        if let Ok(mut lines) = self.lines.lock() {
            lines.push(line);
        }
    }
}

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut line = attrs.metadata().name().to_owned();
        attrs.record(&mut Fields(&mut line));
        self.push(line);
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut line = "record".to_owned();
        values.record(&mut Fields(&mut line));
        self.push(line);
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut line = format!("event {}", event.metadata().target());
        event.record(&mut Fields(&mut line));
        self.push(line);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}
