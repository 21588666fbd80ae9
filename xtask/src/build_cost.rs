//! `cargo xtask build-cost`: what depending on groupkit costs a user's cold debug build.
//!
//! Two throwaway crates are written under `target/build-cost/`, each its own workspace:
//! `baseline` depends on reqwest (with groupkit's TLS features: rustls on ring), serde,
//! serde_json and tokio, and makes one request by hand; `groupsio` depends on
//! groupkit-groupsio and tokio, and makes the same request through it. Each is built cold
//! (`cargo build`, the default dev profile a user gets) in a fresh target directory, with the
//! workspace's `Cargo.lock` so that both resolve the same versions, and without incremental
//! state (as a registry dependency is built). The ratio of the two wall times is the figure;
//! the groupsio rlib's size is printed beside it. A 2-core VM moves one build by ±20%, so the
//! two are built in turn for several rounds and the median ratio is the verdict; the ratio of
//! CPU time (what rustc did, whatever the scheduling) is printed beside it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::spec::workspace_root;

/// The most a user crate of groupkit-groupsio may take, as a multiple of the baseline.
pub const TARGET_RATIO: f64 = 1.3;

const BASELINE_DEPS: &str = r#"
reqwest = { version = "0.13", default-features = false, features = ["rustls-no-provider", "stream"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", default-features = false, features = ["rt", "time", "sync", "io-util"] }
"#;

const BASELINE_MAIN: &str = r#"
#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)] // printed with Debug, which the lint does not count as a read
struct Group {
    id: u64,
    name: String,
}

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = reqwest::Client::new();
    runtime.block_on(async {
        let request = client.get("https://groups.io/api/v1/getgroup?group_name=beta");
        if let Ok(response) = request.bearer_auth("key").send().await {
            let body = response.bytes().await.unwrap_or_default();
            println!("{:?}", serde_json::from_slice::<Group>(&body));
        }
    });
}
"#;

const GROUPSIO_MAIN: &str = r#"
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = groupkit_groupsio::Client::builder().api_key("key").build().unwrap();
    runtime.block_on(async {
        println!("{:?}", client.get_group("beta").send().await.map(|g| g.name));
    });
}
"#;

/// How many rounds `cargo xtask build-cost` builds both crates.
pub const ROUNDS: usize = 3;

/// One crate's cold build.
#[derive(Debug)]
pub struct Build {
    /// Wall time of `cargo build`.
    pub seconds: f64,
    /// CPU time (user and system) of `cargo build` and everything it ran, where the system
    /// says (Linux).
    pub cpu_seconds: Option<f64>,
    /// Size of the groupsio rlib, when the crate has one.
    pub rlib_bytes: Option<u64>,
}

/// Builds both crates cold, in turn, `rounds` times; the error says what failed.
pub fn run(rounds: usize) -> Result<Vec<(Build, Build)>, String> {
    let root = workspace_root();
    let dir = target_dir(&root).join("build-cost");
    let groupsio_dep = format!(
        "groupkit-groupsio = {{ path = {:?} }}\ntokio = {{ version = \"1\", default-features = false, features = [\"rt\"] }}\n",
        root.join("crates/groupsio")
    );
    (0..rounds.max(1))
        .map(|_| {
            let baseline = build(&root, &dir.join("baseline"), BASELINE_DEPS, BASELINE_MAIN)?;
            let groupsio = build(&root, &dir.join("groupsio"), &groupsio_dep, GROUPSIO_MAIN)?;
            Ok((baseline, groupsio))
        })
        .collect()
}

/// Writes the crate `name` at `at`, then builds it cold and times it.
fn build(root: &Path, at: &Path, deps: &str, main: &str) -> Result<Build, String> {
    let name = at
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("crate")
        .to_owned();
    let fail = |what: &str, e: io::Error| format!("{what} {}: {e}", at.display());
    if at.exists() {
        fs::remove_dir_all(at).map_err(|e| fail("cannot clear", e))?;
    }
    fs::create_dir_all(at.join("src")).map_err(|e| fail("cannot create", e))?;
    let manifest = format!(
        "[package]\nname = \"build-cost-{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         # Its own workspace, not a member of groupkit's.\n[workspace]\n\n[dependencies]\n{deps}"
    );
    fs::write(at.join("Cargo.toml"), manifest).map_err(|e| fail("cannot write", e))?;
    fs::write(at.join("src/main.rs"), main).map_err(|e| fail("cannot write", e))?;
    fs::copy(root.join("Cargo.lock"), at.join("Cargo.lock"))
        .map_err(|e| fail("cannot copy Cargo.lock to", e))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let cpu_before = children_cpu_seconds();
    let started = Instant::now();
    let status = Command::new(cargo)
        .current_dir(at)
        .env("CARGO_TARGET_DIR", at.join("target"))
        // The user's own settings, not the ones cargo xtask runs under.
        .env_remove("RUSTFLAGS")
        // groupkit is a path dependency here, which cargo would build incrementally; a user
        // gets it from a registry, built without incremental state, so both builds go without.
        .env("CARGO_INCREMENTAL", "0")
        .args(["build", "--quiet"])
        .status()
        .map_err(|e| fail("cannot run cargo in", e))?;
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("`cargo build` failed in {}", at.display()));
    }
    let cpu_seconds = children_cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    Ok(Build {
        seconds,
        cpu_seconds,
        rlib_bytes: rlib_size(&at.join("target/debug/deps"), "libgroupkit_groupsio-"),
    })
}

/// The CPU time of this process's waited-for children so far (`cutime` + `cstime` of
/// `/proc/self/stat`, in the kernel's 100 ticks a second); `None` off Linux.
fn children_cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |n: usize| fields.get(n - 3)?.parse::<f64>().ok();
    Some((ticks(16)? + ticks(17)?) / 100.0)
}

/// The size of the first rlib in `deps` whose name starts with `prefix`.
fn rlib_size(deps: &Path, prefix: &str) -> Option<u64> {
    fs::read_dir(deps).ok()?.flatten().find_map(|entry| {
        let name = entry.file_name().into_string().ok()?;
        (name.starts_with(prefix) && name.ends_with(".rlib"))
            .then(|| entry.metadata().ok().map(|m| m.len()))?
    })
}

/// Where cargo puts this workspace's builds.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

/// The lines `cargo xtask build-cost` prints: each round, then the medians and the verdict.
pub fn report(rounds: &[(Build, Build)]) -> Vec<String> {
    let secs = |s: f64| format!("{:.1?}", Duration::from_secs_f64(s));
    let mut lines = Vec::new();
    let mut ratios = Vec::new();
    let mut cpu_ratios = Vec::new();
    for (n, (baseline, groupsio)) in rounds.iter().enumerate() {
        let ratio = groupsio.seconds / baseline.seconds;
        ratios.push(ratio);
        let mut line = format!(
            "round {}: baseline (reqwest, serde, serde_json, tokio) {}, groupkit-groupsio user crate {}: {ratio:.2}",
            n + 1,
            secs(baseline.seconds),
            secs(groupsio.seconds)
        );
        if let (Some(b), Some(g)) = (baseline.cpu_seconds, groupsio.cpu_seconds) {
            let cpu = g / b;
            cpu_ratios.push(cpu);
            line.push_str(&format!("; CPU {b:.1}s and {g:.1}s: {cpu:.2}"));
        }
        lines.push(line);
    }
    if let Some(bytes) = rounds.last().and_then(|(_, g)| g.rlib_bytes) {
        lines.push(format!(
            "groupkit-groupsio debug rlib: {:.1} MB",
            bytes as f64 / 1e6
        ));
    }
    if let Some(cpu) = median(&mut cpu_ratios) {
        lines.push(format!("build_cpu_ratio: {cpu:.2} (median)"));
    }
    if let Some(ratio) = median(&mut ratios) {
        let met = if ratio <= TARGET_RATIO {
            "met"
        } else {
            "MISSED"
        };
        lines.push(format!(
            "build_cost_ratio: {ratio:.2} (median of {}; target <= {TARGET_RATIO:.1}) {met}",
            rounds.len()
        ));
    }
    lines
}

/// The median of `values` (the lower middle one for an even count).
fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    values.get(values.len().saturating_sub(1) / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(seconds: f64, cpu: f64) -> Build {
        Build {
            seconds,
            cpu_seconds: Some(cpu),
            rlib_bytes: Some(9_400_000),
        }
    }

    #[test]
    fn the_report_judges_the_median_ratio() {
        let rounds = [
            (build(40.0, 60.0), build(48.0, 66.0)),
            (build(40.0, 60.0), build(64.0, 70.0)),
            (build(40.0, 60.0), build(44.0, 63.0)),
        ];
        let lines = report(&rounds);
        assert_eq!(
            lines.last().map(String::as_str),
            Some("build_cost_ratio: 1.20 (median of 3; target <= 1.3) met")
        );
        assert!(lines.iter().any(|l| l == "build_cpu_ratio: 1.10 (median)"));
        assert!(
            lines
                .iter()
                .any(|l| l == "groupkit-groupsio debug rlib: 9.4 MB")
        );
        assert!(
            lines[1].ends_with(": 1.60; CPU 60.0s and 70.0s: 1.17"),
            "{}",
            lines[1]
        );
        let missed = report(&[(build(40.0, 60.0), build(64.0, 90.0))]);
        assert!(missed.last().is_some_and(|l| l.ends_with("MISSED")));
    }

    #[test]
    fn this_process_reads_its_children_cpu_time() {
        if cfg!(target_os = "linux") {
            assert!(children_cpu_seconds().is_some_and(|s| s >= 0.0));
        }
    }
}
