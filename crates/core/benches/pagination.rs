//! Pagination benchmark: core's offset listing against a hand-written reqwest loop, peak heap
//! while listing N and 10×N items, and the speedup of concurrent page fetches on a slow server.
//!
//! Run with `cargo bench -p groupkit-core --bench pagination`. The figures are printed one a
//! line as `name: value (target ...)`, then a verdict; a missed target is printed as MISSED but
//! the exit code stays 0 (this is a measurement, not a test).
//!
//! The server is the tests' support server, run in a child process (this same binary, started
//! with `GROUPKIT_BENCH_SERVER=1`) so that its allocations and its request log stay out of the
//! heap figures and its work out of the client's runtime. Pages are computed from the
//! `limit`/`offset` query and cached, so serving costs the same for both clients.

#![allow(clippy::unwrap_used)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use groupkit_core::pagination::Offset;
use groupkit_core::{Client, Operation, Provider, RetryPolicy, Style};
use peak_alloc::PeakAlloc;
use serde::Deserialize;
use support::{Reply, Seen, TestServer};

/// Counts current and peak heap bytes (atomics around the system allocator).
#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

const SERVER_ENV: &str = "GROUPKIT_BENCH_SERVER";
const LIST: Operation = Operation::get("list_members", "/items");
const PAGE: u64 = 100;

/// Sizes and repetitions; `quick` is used when the binary runs as a test (`cargo test
/// --all-targets`), without cargo bench's `--bench` flag.
struct Plan {
    n: u64,
    rounds: usize,
    latency_pages: u64,
    latency_delay_ms: u64,
    latency_rounds: usize,
    /// Whether the figures are measurements (false for the smoke run under `cargo test`).
    judged: bool,
}

const FULL: Plan = Plan {
    n: 20_000,
    rounds: 21,
    latency_pages: 50,
    latency_delay_ms: 20,
    latency_rounds: 3,
    judged: true,
};

const QUICK: Plan = Plan {
    n: 1_000,
    rounds: 1,
    latency_pages: 10,
    latency_delay_ms: 20,
    latency_rounds: 1,
    judged: false,
};

/// One member of a listing: about the fields a real API returns.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Item {
    id: u64,
    name: String,
    email: String,
    created: String,
    group_id: u64,
    message_count: u64,
    topic_count: u64,
    is_moderator: bool,
}

/// The tastypie envelope, for the hand-written loop.
#[derive(Deserialize)]
struct Envelope {
    meta: Meta,
    objects: Vec<Item>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Meta {
    limit: u64,
    offset: u64,
    next: Option<String>,
    total_count: u64,
}

fn offset_style() -> Style {
    Style::Offset(Offset {
        limit: "limit",
        offset: "offset",
        items: "/objects",
        total: Some("/meta/total_count"),
        next: Some("/meta/next"),
    })
}

// ---------------------------------------------------------------------------------------------
// The server (child process).

fn page_body(offset: u64, limit: u64, total: u64) -> Vec<u8> {
    let end = (offset + limit).min(total);
    let next = if end < total {
        format!("\"/items?limit={limit}&offset={end}&n={total}\"")
    } else {
        "null".to_owned()
    };
    let mut out = String::with_capacity(((end - offset.min(end)) as usize) * 240 + 200);
    write!(
        out,
        r#"{{"meta":{{"limit":{limit},"offset":{offset},"next":{next},"total_count":{total}}},"objects":["#
    )
    .unwrap();
    for (k, i) in (offset..end).enumerate() {
        if k > 0 {
            out.push(',');
        }
        write!(
            out,
            r#"{{"id":{i},"name":"Member Number {i}","email":"member.{i}@lists.example.org","created":"2024-{:02}-{:02}T{:02}:{:02}:{:02}Z","group_id":{},"message_count":{},"topic_count":{},"is_moderator":{}}}"#,
            1 + i % 12,
            1 + i % 28,
            i % 24,
            i % 60,
            (i * 7) % 60,
            1000 + i % 17,
            (i * 31) % 5000,
            (i * 13) % 700,
            i % 50 == 0,
        )
        .unwrap();
    }
    out.push_str("]}");
    out.into_bytes()
}

fn param(seen: &Seen, name: &str, default: u64) -> u64 {
    seen.param(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs the support server until stdin closes; prints its base URL first.
fn serve() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    type Cache = Mutex<HashMap<(u64, u64, u64), Arc<Vec<u8>>>>;
    let cache: Arc<Cache> = Arc::default();
    let server = runtime.block_on(TestServer::start(move |seen| {
        let limit = param(seen, "limit", 20);
        let offset = param(seen, "offset", 0);
        let total = param(seen, "n", 0);
        let delay = Duration::from_millis(param(seen, "delay_ms", 0));
        let body = cache
            .lock()
            .unwrap()
            .entry((offset, limit, total))
            .or_insert_with(|| Arc::new(page_body(offset, limit, total)))
            .clone();
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_vec(),
            delay,
        }
    }));
    println!("{}", server.base);
    // Serve until the parent closes our stdin (or exits).
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    drop(runtime);
}

struct ServerProcess {
    child: Child,
    base: String,
}

impl ServerProcess {
    fn start() -> ServerProcess {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .env(SERVER_ENV, "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server process");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line.trim().to_owned();
        assert!(
            base.starts_with("http://127.0.0.1:"),
            "server said {base:?}"
        );
        ServerProcess { child, base }
    }

    fn stop(mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// The client side.

/// What a listing saw: item count and a checksum over the fields.
#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
struct Tally {
    items: u64,
    id_sum: u64,
    bytes: u64,
}

impl Tally {
    fn add(&mut self, item: &Item) {
        let item = std::hint::black_box(item);
        self.items += 1;
        self.id_sum += item.id;
        self.bytes += (item.name.len() + item.email.len() + item.created.len()) as u64
            + item.group_id % 2
            + item.message_count % 2
            + item.topic_count % 2
            + u64::from(item.is_moderator);
    }

    fn check(&self, n: u64) {
        assert_eq!(self.items, n, "item count");
        assert_eq!(self.id_sum, n * (n - 1) / 2, "ids");
    }
}

fn client(base: &str, max_concurrency: usize) -> Client {
    Client::builder(Provider::new("bench"))
        .base_url(base)
        .retry_policy(RetryPolicy::none())
        .max_concurrency(max_concurrency)
        .build()
        .expect("client")
}

/// Lists `n` items through core pagination, item by item.
async fn core_listing(
    client: &Client,
    n: u64,
    page: u64,
    concurrency: usize,
    delay_ms: u64,
) -> Tally {
    let mut request = client.request(LIST).query("n", n);
    if delay_ms > 0 {
        request = request.query("delay_ms", delay_ms);
    }
    let mut items = request
        .paginate::<Item>(offset_style())
        .page_size(page)
        .concurrency(concurrency)
        .items();
    let mut tally = Tally::default();
    while let Some(item) = items.next().await {
        tally.add(&item.expect("item"));
    }
    tally
}

/// Lists `n` items with reqwest and serde_json, one page after the other.
async fn hand_listing(http: &reqwest::Client, base: &str, n: u64) -> Tally {
    let mut tally = Tally::default();
    let mut offset = 0;
    loop {
        let url = format!("{base}/items?limit={PAGE}&offset={offset}&n={n}");
        let response = http.get(&url).send().await.expect("send");
        assert!(response.status().is_success());
        let body = response.bytes().await.expect("body");
        let page: Envelope = serde_json::from_slice(&body).expect("decode");
        let got = page.objects.len() as u64;
        for item in &page.objects {
            tally.add(item);
        }
        offset += got;
        if got == 0 || page.meta.next.is_none() || offset >= page.meta.total_count {
            break;
        }
    }
    tally
}

/// Lists `n` items with core's client but no paginator: `send` and `Response::json` per page,
/// to tell the client's cost from the pagination engine's.
async fn core_send_listing(client: &Client, n: u64) -> Tally {
    let mut tally = Tally::default();
    let mut offset = 0;
    loop {
        let page: Envelope = client
            .request(LIST)
            .query("n", n)
            .query("limit", PAGE)
            .query("offset", offset)
            .send_json()
            .await
            .expect("page");
        let got = page.objects.len() as u64;
        for item in &page.objects {
            tally.add(item);
        }
        offset += got;
        if got == 0 || page.meta.next.is_none() || offset >= page.meta.total_count {
            break;
        }
    }
    tally
}

/// CPU time used so far by this process's threads, from /proc (zero where there is none).
fn cpu_time() -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    let nanos: u64 = tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(nanos)
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Verdict {
    missed: Vec<&'static str>,
}

impl Verdict {
    fn mark(&mut self, name: &'static str, met: bool) -> &'static str {
        if met {
            "met"
        } else {
            self.missed.push(name);
            "MISSED"
        }
    }
}

fn main() {
    if std::env::var_os(SERVER_ENV).is_some() {
        serve();
        return;
    }
    let plan = if std::env::args().any(|a| a == "--bench") {
        FULL
    } else {
        QUICK
    };
    let server = ServerProcess::start();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run(&server.base, &plan));
    drop(runtime);
    server.stop();
}

async fn run(base: &str, plan: &Plan) {
    let mut verdict = Verdict { missed: Vec::new() };
    let n = plan.n;
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        let one_minute = load.split_whitespace().next().unwrap_or("?");
        println!(
            "machine_load_1min: {one_minute} (informative: other work on this machine's {} cores skews the timings)",
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
    }

    // a. Throughput: core pagination (sequential) against the hand-written loop.
    // The core client is built first: it installs the rustls crypto provider that a
    // reqwest built with `rustls-no-provider` needs before any client is built.
    let core = client(base, 4);
    let http = reqwest::Client::new();
    // Warm up: connections, caches on the server, lazy statics.
    core_listing(&core, n, PAGE, 1, 0).await.check(n);
    hand_listing(&http, base, n).await.check(n);
    core_send_listing(&core, n).await.check(n);
    // Three contenders, their order rotated each round; wall time and this process's CPU
    // time (the server runs in another process) for each listing.
    let mut runs: [Vec<(Duration, Duration)>; 3] = Default::default();
    for round in 0..plan.rounds {
        for k in 0..3 {
            let which = (round + k) % 3;
            let (start, cpu_start) = (Instant::now(), cpu_time());
            let tally = match which {
                0 => core_listing(&core, n, PAGE, 1, 0).await,
                1 => hand_listing(&http, base, n).await,
                _ => core_send_listing(&core, n).await,
            };
            let (elapsed, cpu) = (start.elapsed(), cpu_time().saturating_sub(cpu_start));
            tally.check(n);
            runs[which].push((elapsed, cpu));
        }
    }
    let wall = |k: usize| median(runs[k].iter().map(|r| r.0).collect());
    let cpu = |k: usize| median(runs[k].iter().map(|r| r.1).collect());
    // The ratio of each round's pair, then the median: drift in the machine's load cancels.
    let paired = |k: usize| {
        let mut ratios: Vec<f64> = runs[k]
            .iter()
            .zip(&runs[1])
            .map(|(a, b)| a.0.as_secs_f64() / b.0.as_secs_f64())
            .collect();
        ratios.sort_by(f64::total_cmp);
        ratios[ratios.len() / 2]
    };
    let pages = n.div_ceil(PAGE);
    let per_page = |d: Duration| d.as_secs_f64() * 1e6 / pages as f64;
    println!(
        "listing_core_ms: {:.1} (median of {} rounds; {n} items, {pages} pages of {PAGE}, concurrency 1; {:.0} µs/page)",
        ms(wall(0)),
        plan.rounds,
        per_page(wall(0))
    );
    println!(
        "listing_hand_ms: {:.1} (median of {} rounds; reqwest + serde_json::from_slice; {:.0} µs/page)",
        ms(wall(1)),
        plan.rounds,
        per_page(wall(1))
    );
    println!(
        "listing_core_send_loop_ms: {:.1} (informative: core send_json per page, no paginator; {:.3} of hand)",
        ms(wall(2)),
        paired(2)
    );
    if cpu(1) > Duration::ZERO {
        println!(
            "listing_client_cpu_us_per_page: core {:.0}, hand {:.0}, core send loop {:.0} (informative: CPU of this process; core/hand {:.3})",
            per_page(cpu(0)),
            per_page(cpu(1)),
            per_page(cpu(2)),
            cpu(0).as_secs_f64() / cpu(1).as_secs_f64()
        );
    }
    let ratio = paired(0);
    let status = verdict.mark("time ratio", ratio <= 1.10);
    println!(
        "listing_time_ratio_core_over_hand: {ratio:.3} (median of per-round ratios; target <= 1.10) {status}"
    );

    // b. Peak heap growth while listing N and 10×N items, item by item (default window 4).
    let mut peaks = Vec::new();
    for size in [n, 10 * n] {
        // Warm the path (connections, buffers) outside the measurement.
        core_listing(&core, PAGE * 2, PAGE, 4, 0)
            .await
            .check(PAGE * 2);
        let base_bytes = ALLOC.current_usage();
        ALLOC.reset_peak_usage();
        core_listing(&core, size, PAGE, 4, 0).await.check(size);
        let peak = ALLOC.peak_usage().saturating_sub(base_bytes);
        peaks.push(peak);
        println!(
            "peak_heap_growth_{}_items_kib: {:.0} (core .items(), page {PAGE}, concurrency 4)",
            size,
            peak as f64 / 1024.0
        );
    }
    let heap_ratio = peaks[1] as f64 / peaks[0].max(1) as f64;
    let status = verdict.mark("heap ratio", heap_ratio <= 1.5);
    println!(
        "peak_heap_ratio_10n_over_n: {heap_ratio:.2} (target: flat, <= 1.5; linear would be 10) {status}"
    );

    // c. Latency: a slow server (delay per response), sequential against concurrent.
    let total = plan.latency_pages * PAGE;
    let wide = client(base, 8);
    // Open the connections first, so that neither side pays for them.
    core_listing(&wide, total, PAGE, 8, 0).await.check(total);
    let (mut sequential, mut concurrent) = (Vec::new(), Vec::new());
    for _ in 0..plan.latency_rounds {
        let start = Instant::now();
        core_listing(&wide, total, PAGE, 1, plan.latency_delay_ms)
            .await
            .check(total);
        sequential.push(start.elapsed());
        let start = Instant::now();
        core_listing(&wide, total, PAGE, 8, plan.latency_delay_ms)
            .await
            .check(total);
        concurrent.push(start.elapsed());
    }
    let (sequential, concurrent) = (median(sequential), median(concurrent));
    println!(
        "latency_sequential_ms: {:.0} ({} pages, {} ms per response, concurrency 1)",
        ms(sequential),
        plan.latency_pages,
        plan.latency_delay_ms
    );
    println!(
        "latency_concurrent_ms: {:.0} ({} pages, {} ms per response, concurrency 8)",
        ms(concurrent),
        plan.latency_pages,
        plan.latency_delay_ms
    );
    let speedup = sequential.as_secs_f64() / concurrent.as_secs_f64();
    let status = verdict.mark("latency speedup", speedup >= 5.0);
    println!("latency_speedup: {speedup:.2}x (target >= 5x) {status}");

    if !plan.judged {
        println!(
            "verdict: smoke run (no --bench flag): sizes too small for the targets to mean anything"
        );
    } else if verdict.missed.is_empty() {
        println!("verdict: all targets met");
    } else {
        println!("verdict: MISSED: {}", verdict.missed.join(", "));
    }
}
