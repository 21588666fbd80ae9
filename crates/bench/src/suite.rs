//! The whole suite: starts the servers, runs the timed benchmarks here and the memory runs in
//! child processes, prints every figure and the verdict.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitCode, Stdio};
use std::time::Instant;

use crate::memory::{self, Implementation};
use crate::report::Verdict;
use crate::style::Style;
use crate::timing::{self, Plan};

/// The full plan.
const FULL: Plan = Plan {
    items: 20_000,
    rounds: 9,
    latency_pages: 30,
    latency_rounds: 3,
    gets: 10_000,
    get_block: 500,
};

/// `--quick`: every code path once, on small sizes.
const QUICK: Plan = Plan {
    items: 1_000,
    rounds: 1,
    latency_pages: 3,
    latency_rounds: 1,
    gets: 200,
    get_block: 100,
};

/// Item counts of the memory runs; the targets are judged at the last.
const MEMORY_FULL: [u64; 3] = [10_000, 1_000_000, 3_000_000];
const MEMORY_QUICK: [u64; 3] = [1_000, 5_000, 10_000];

/// The latency of the slow server, per response.
const LATENCY_MS: u64 = 20;

/// A server child process; it exits when its stdin closes (on drop).
struct ServerProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    url: String,
}

impl ServerProcess {
    fn start(exe: &Path, latency_ms: u64) -> ServerProcess {
        let mut child = Command::new(exe)
            .args(["serve", "--port", "0", "--latency-ms"])
            .arg(latency_ms.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port: u16 = line.trim().parse().unwrap();
        ServerProcess {
            stdin: child.stdin.take(),
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

/// Runs the suite; the exit code is 0 whether or not the targets are met (it is a
/// measurement), non-zero only through a panic.
pub fn run(quick: bool) -> ExitCode {
    let started = Instant::now();
    let (plan, counts) = if quick {
        (QUICK, MEMORY_QUICK)
    } else {
        (FULL, MEMORY_FULL)
    };
    let exe = std::env::current_exe().unwrap();
    let mem_exe = sibling(&exe, "groupkit-bench-mem");
    let fast = ServerProcess::start(&exe, 0);
    let slow = ServerProcess::start(&exe, LATENCY_MS);
    let mut verdict = Verdict::default();
    machine(&verdict, quick);

    crate::runtime().block_on(async {
        timing::listings(&fast.url, &plan, &mut verdict).await;
        timing::latency(&slow.url, &plan, &mut verdict).await;
        timing::single_gets(&fast.url, &plan, &mut verdict).await;
    });
    drop(slow);

    for style in Style::ALL {
        let mut last = Vec::new();
        for items in counts {
            last.clear();
            for who in [Implementation::Groupkit, Implementation::Hand] {
                let m = memory::measure(&mem_exe, &fast.url, style, who, items);
                verdict.info(
                    &format!("rss_{style}_{items}_items_{}_kib", who.name()),
                    format!("{} (peak heap {} KiB)", m.rss_kib, m.heap_kib),
                );
                last.push(m.rss_kib as f64);
            }
        }
        let ratio = last[0] / last[1];
        let items = counts[counts.len() - 1];
        verdict.judge(
            &format!("rss_{style}_{items}_items_groupkit_over_hand"),
            format!("{ratio:.3}"),
            "<= 1.20",
            ratio <= 1.2,
        );
    }
    drop(fast);
    crate::sandbox::run(&exe, quick, &mut verdict);
    verdict.info(
        "suite_seconds",
        format!("{:.0}", started.elapsed().as_secs_f64()),
    );
    if quick {
        println!("note: --quick sizes are too small for the figures to mean anything");
    }
    verdict.finish();
    ExitCode::SUCCESS
}

/// Prints what skews timings: the load and the cores.
fn machine(verdict: &Verdict, quick: bool) {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    verdict.info(
        "machine",
        format!(
            "{} cores, load {} (informative: other work on the machine skews timings){}",
            std::thread::available_parallelism().map_or(0, |n| n.get()),
            load.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
            if quick { "; quick mode" } else { "" }
        ),
    );
}

/// A binary next to `exe` (cargo puts a package's binaries in one directory).
fn sibling(exe: &Path, name: &str) -> PathBuf {
    exe.with_file_name(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}
