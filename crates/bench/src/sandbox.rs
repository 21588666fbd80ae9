//! The sandbox section: the offline sandbox (`groupkit-sandbox`) as a server under load, in a
//! child process (`groupkit-bench sandbox-serve`) so that its peak memory is its own.
//!
//! - **Pages at any size**: Groups.io `getmembers` by `group_id`, pages of 100, with 1,000 and
//!   with 1,000,000 members (one group owns them all, so every page is full). The same number
//!   of pages is fetched at both sizes, spread over the whole listing; each size gets a fresh
//!   sandbox, so the first pass generates every item it shows (cold) and a second pass over
//!   the same pages reads the cache (warm). Judged: time per page at 1,000,000 over time per
//!   page at 1,000, cold and warm, in this run (target ≤ 2).
//! - **Memory**: the peak RSS of the 1,000,000-member sandbox after those passes and a walk
//!   of 600 pages across the listing, past the bound of the store's cache (target < 512 MiB).
//! - **Throughput**: pages of 100 per second with concurrent keep-alive clients, per candidate
//!   listing, after one warm-up pass over its pages; judged on the best (target ≥ 5,000/s on
//!   the machine's cores, shared with the clients).

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use groupkit_sandbox::{DEMO, Sandbox};

use crate::report::Verdict;

/// Groups.io's first cursor token (the sandbox's tokens start above 2^60).
const TOKEN_BASE: u64 = 1 << 60;

/// Items a page.
const PAGE: u64 = 100;

/// Sizes of one sandbox section run.
#[derive(Clone, Copy, Debug)]
pub struct SandboxPlan {
    /// The small listing, the baseline.
    pub small: u64,
    /// The large listing.
    pub large: u64,
    /// Pages fetched per pass at each size.
    pub pages: u64,
    /// Concurrent clients of the throughput runs.
    pub clients: usize,
    /// How long each throughput run lasts.
    pub throughput: Duration,
}

/// The full section.
pub const FULL: SandboxPlan = SandboxPlan {
    small: 1_000,
    large: 1_000_000,
    pages: 200,
    clients: 4,
    throughput: Duration::from_secs(3),
};

/// `--quick`: every code path, briefly.
pub const QUICK: SandboxPlan = SandboxPlan {
    small: 1_000,
    large: 20_000,
    pages: 10,
    clients: 4,
    throughput: Duration::from_millis(300),
};

/// In the child: serves a sandbox whose Groups.io group owns `members` members (and large
/// enough listings for the throughput candidates) on 127.0.0.1, prints the port, and when
/// stdin closes prints its peak RSS (`rss_kib=`) and exits.
pub fn serve(members: u64) {
    let runtime = crate::runtime();
    let sandbox = runtime.block_on(async {
        Sandbox::builder()
            .size("groupsio", "members", members as usize)
            .size("groupsio", "groups", 1)
            .size("groupboss", "users", 10_000)
            .size("sendhub", "groups", 10_000)
            .start()
            .await
            .unwrap()
    });
    println!("{}", sandbox.addr().port());
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    println!("rss_kib={}", crate::memory::vm_hwm_kib());
    drop(sandbox);
}

/// A sandbox child process.
struct SandboxProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    origin: String,
}

impl SandboxProcess {
    fn start(exe: &Path, members: u64) -> SandboxProcess {
        let mut child = Command::new(exe)
            .args(["sandbox-serve", "--members", &members.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut line).unwrap();
        let port: u16 = line.trim().parse().unwrap();
        child.stdout = Some(out.into_inner());
        SandboxProcess {
            stdin: child.stdin.take(),
            child,
            origin: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Closes stdin and reads the child's peak RSS, KiB.
    fn finish(mut self) -> u64 {
        drop(self.stdin.take());
        let mut rest = String::new();
        if let Some(mut out) = self.child.stdout.take() {
            out.read_to_string(&mut rest).unwrap();
        }
        let _ = self.child.wait();
        rest.split_whitespace()
            .find_map(|kv| kv.strip_prefix("rss_kib="))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no rss_kib in {rest:?}"))
    }
}

/// The URL of the Groups.io page of group 1's members starting at item `start`.
fn members_page(origin: &str, start: u64) -> String {
    format!(
        "{origin}/groupsio/api/v1/getmembers?group_id=1&limit={PAGE}&page_token={}",
        TOKEN_BASE + start
    )
}

/// Fetches each URL in turn on one keep-alive connection; returns the mean time per page, ms.
async fn pass(http: &reqwest::Client, urls: &[String]) -> f64 {
    let started = Instant::now();
    for url in urls {
        fetch(http, url).await;
    }
    started.elapsed().as_secs_f64() * 1000.0 / urls.len() as f64
}

/// One authenticated GET, its body read; panics on anything but a 200.
async fn fetch(http: &reqwest::Client, url: &str) -> usize {
    let request = if url.contains("/groupsio/") {
        http.get(url).bearer_auth(DEMO.api_key)
    } else if url.contains("/groupboss/") {
        http.get(url).header("authorization", DEMO.api_key)
    } else {
        http.get(url)
    };
    let response = request.send().await.unwrap();
    let status = response.status();
    let body = response.bytes().await.unwrap();
    assert_eq!(status, 200, "{url}: {}", String::from_utf8_lossy(&body));
    body.len()
}

/// Up to `pages` pages of a listing of `items`, spread evenly over it, none overlapping: each
/// shows items no other one does.
fn spread(origin: &str, items: u64, pages: u64) -> Vec<String> {
    let pages = pages.min(items / PAGE).max(1);
    let step = items / pages;
    (0..pages).map(|i| members_page(origin, i * step)).collect()
}

/// Cold and warm time per page (ms) at `items` members, and the sandbox's peak RSS (KiB)
/// after also walking `walk` pages across the listing. Cold: the first fetch of pages whose
/// items nobody asked for yet; warm: the same pages again, as many pages in all as
/// `plan.pages` (a small listing repeats its few pages).
fn at_size(exe: &Path, plan: &SandboxPlan, items: u64, walk: u64) -> (f64, f64, u64) {
    let child = SandboxProcess::start(exe, items);
    let http = crate::hand::http_client();
    let urls = spread(&child.origin, items, plan.pages);
    let repeats = (plan.pages / urls.len() as u64).max(1);
    let (cold, warm) = crate::runtime().block_on(async {
        let cold = pass(&http, &urls).await;
        let mut warm = 0.0;
        for _ in 0..repeats {
            warm += pass(&http, &urls).await;
        }
        let step = (items / walk.max(1)).max(1);
        for i in 0..walk {
            let start = (i * step).min(items.saturating_sub(PAGE));
            fetch(&http, &members_page(&child.origin, start)).await;
        }
        (cold, warm / repeats as f64)
    });
    (cold, warm, child.finish())
}

/// Pages per second for `urls` (cycled) with `clients` concurrent keep-alive clients.
fn throughput(urls: Vec<String>, clients: usize, duration: Duration) -> f64 {
    let urls = Arc::new(urls);
    let done = Arc::new(AtomicU64::new(0));
    let runtime = crate::runtime();
    // Every page once first: the run measures serving pages, not generating their items.
    runtime.block_on(async {
        let http = crate::hand::http_client();
        for url in urls.iter() {
            fetch(&http, url).await;
        }
    });
    let started = Instant::now();
    runtime.block_on(async {
        let tasks: Vec<_> = (0..clients)
            .map(|c| {
                let (urls, done) = (urls.clone(), done.clone());
                tokio::spawn(async move {
                    let http = crate::hand::http_client();
                    let mut i = c;
                    while started.elapsed() < duration {
                        fetch(&http, &urls[i % urls.len()]).await;
                        done.fetch_add(1, Ordering::Relaxed);
                        i += clients;
                    }
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
    });
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// Runs only this section (`groupkit-bench sandbox`) and prints its figures and a verdict.
pub fn run_alone(quick: bool) {
    let exe = std::env::current_exe().unwrap();
    let mut verdict = Verdict::default();
    run(&exe, quick, &mut verdict);
    verdict.finish();
}

/// Runs the section and prints its figures.
pub fn run(exe: &Path, quick: bool, verdict: &mut Verdict) {
    let plan = if quick { QUICK } else { FULL };
    // Past the cache's bound (50,000 items) at 1,000,000 members: its peak is in the figure.
    let walk = if quick { 20 } else { 600 };
    let (small_cold, small_warm, small_rss) = at_size(exe, &plan, plan.small, plan.small / PAGE);
    let (large_cold, large_warm, large_rss) = at_size(exe, &plan, plan.large, walk);
    let (small, large) = (plan.small, plan.large);
    verdict.info(
        &format!("sandbox_page_ms_{small}_members"),
        format!(
            "{small_cold:.3} cold, {small_warm:.3} warm (getmembers by group_id, pages of {PAGE})"
        ),
    );
    verdict.info(
        &format!("sandbox_page_ms_{large}_members"),
        format!("{large_cold:.3} cold, {large_warm:.3} warm"),
    );
    for (what, ratio) in [
        ("cold", large_cold / small_cold),
        ("warm", large_warm / small_warm),
    ] {
        verdict.judge(
            &format!("sandbox_page_{large}_over_{small}_members_{what}"),
            format!("{ratio:.2}"),
            "<= 2.00",
            ratio <= 2.0,
        );
    }
    verdict.info(&format!("sandbox_rss_{small}_members_kib"), small_rss);
    let mib = large_rss as f64 / 1024.0;
    verdict.judge(
        &format!("sandbox_rss_{large}_members_kib"),
        format!("{large_rss} ({mib:.0} MiB, after {walk} pages across the listing)"),
        "< 524288",
        large_rss < 524_288,
    );

    let child = SandboxProcess::start(exe, plan.small);
    let origin = child.origin.clone();
    let candidates = [
        (
            "groupsio_members_by_group",
            (0..10)
                .map(|p| members_page(&origin, p * PAGE))
                .collect::<Vec<_>>(),
        ),
        (
            "groupboss_users",
            (1..=50)
                .map(|p| {
                    format!("{origin}/groupboss/api/publicapi/v1/users/?page={p}&page_size={PAGE}")
                })
                .collect(),
        ),
        (
            "sendhub_groups",
            (0..50)
                .map(|p| {
                    format!(
                        "{origin}/sendhub/v1/groups/?limit={PAGE}&offset={}&username={}&api_key={}",
                        p * PAGE,
                        DEMO.username,
                        DEMO.api_key
                    )
                })
                .collect(),
        ),
    ];
    let mut best = ("", 0.0_f64);
    for (name, urls) in candidates {
        let rate = throughput(urls, plan.clients, plan.throughput);
        verdict.info(
            &format!("sandbox_pages_per_second_{name}"),
            format!(
                "{rate:.0} ({} keep-alive clients, pages of {PAGE})",
                plan.clients
            ),
        );
        if rate > best.1 {
            best = (name, rate);
        }
    }
    child.finish();
    verdict.judge(
        "sandbox_pages_per_second_best",
        format!("{:.0} ({})", best.1, best.0),
        ">= 5000",
        best.1 >= 5_000.0,
    );
}
