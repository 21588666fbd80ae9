//! `cargo xtask bench [--quick]`: builds `groupkit-bench` in release mode once and runs its
//! suite (`groupkit-bench run`), which starts its server processes, runs the timed benchmarks
//! and the memory processes, prints every figure and ends with the verdict line.
//!
//! The suite lives in `crates/bench` rather than here so that xtask stays free of the HTTP
//! stack; this is only the one command that builds it right and runs it.

use std::io;
use std::path::PathBuf;
use std::process::{Command, ExitStatus};

use crate::spec::workspace_root;

/// Builds and runs the suite; `quick` is a smoke check with small sizes.
pub fn run(quick: bool) -> io::Result<ExitStatus> {
    let root = workspace_root();
    // `cargo xtask` runs under cargo, which says which cargo it is.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let build = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "--quiet", "-p", "groupkit-bench"])
        .status()?;
    if !build.success() {
        return Ok(build);
    }
    let mut suite = Command::new(
        target_dir()
            .join("release")
            .join(format!("groupkit-bench{}", std::env::consts::EXE_SUFFIX)),
    );
    suite.arg("run");
    if quick {
        suite.arg("--quick");
    }
    suite.current_dir(&root).status()
}

/// Where cargo puts its builds: `CARGO_TARGET_DIR` (relative to the workspace) or `target/`.
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => workspace_root().join(dir),
        None => workspace_root().join("target"),
    }
}
