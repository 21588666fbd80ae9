//! The memory runs: one listing in a fresh `groupkit-bench-mem` process per (style,
//! implementation, item count), items consumed one at a time, peak RSS read from
//! `/proc/self/status` (`VmHWM`). Only that binary has the counting allocator; its peak heap is
//! printed as an extra.

use std::path::Path;
use std::process::Command;

use crate::style::Style;
use crate::{hand, kit::Kit};

/// Who lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Implementation {
    /// groupkit's `.items()` at the default configuration.
    Groupkit,
    /// The hand-written reqwest + serde loop.
    Hand,
}

impl Implementation {
    /// The name on the command line and in figures.
    pub fn name(self) -> &'static str {
        match self {
            Implementation::Groupkit => "groupkit",
            Implementation::Hand => "hand",
        }
    }
}

/// What one memory run measured.
#[derive(Clone, Copy, Debug)]
pub struct Measured {
    /// Peak resident set, KiB.
    pub rss_kib: u64,
    /// Peak heap, KiB.
    pub heap_kib: u64,
}

/// In the child: lists `items` items and prints `rss_kib=… heap_kib=…`. `heap_peak_kib` reads
/// the binary's counting allocator.
pub fn run_child(
    server: &str,
    style: Style,
    who: Implementation,
    items: u64,
    heap_peak_kib: impl Fn() -> u64,
) {
    let base = style.base_url(server, items);
    let listed = crate::runtime().block_on(async {
        match who {
            Implementation::Groupkit => Kit::new(style, &base).list(None).await,
            Implementation::Hand => hand::list(&hand::http_client(), style, &base).await,
        }
    });
    match listed {
        Ok(n) if n == items => {}
        Ok(n) => panic!("{style} {}: listed {n} items, expected {items}", who.name()),
        Err(e) => panic!("{style} {}: {e}", who.name()),
    }
    println!("rss_kib={} heap_kib={}", vm_hwm_kib(), heap_peak_kib());
}

/// In the suite: runs `mem_exe` for one listing and reads its figures.
pub fn measure(
    mem_exe: &Path,
    server: &str,
    style: Style,
    who: Implementation,
    items: u64,
) -> Measured {
    let output = Command::new(mem_exe)
        .args([
            "--server",
            server,
            "--style",
            style.name(),
            "--implementation",
        ])
        .arg(who.name())
        .args(["--items", &items.to_string()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{} failed: {}{}",
        mem_exe.display(),
        stdout,
        String::from_utf8_lossy(&output.stderr)
    );
    let field = |name: &str| -> u64 {
        stdout
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in {stdout:?}"))
    };
    Measured {
        rss_kib: field("rss_kib"),
        heap_kib: field("heap_kib"),
    }
}

/// This process's peak resident set (`VmHWM`), KiB; 0 where there is no /proc.
pub fn vm_hwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
