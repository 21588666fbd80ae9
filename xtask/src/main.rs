//! `cargo xtask <command>`: groupkit's maintainer tasks. The alias lives in `.cargo/config.toml`.

use std::{path::Path, process::ExitCode};

use xtask::{bench, build_cost, codegen, spec, validate};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  bench [--quick]        build groupkit-bench in release mode and run the benchmark suite: every
                         pagination style and single GETs against hand-written reqwest code,
                         time, requests and peak RSS, then a verdict line; --quick is a smoke
                         check on small sizes
  build-cost             build a user crate of groupkit-groupsio and one of reqwest, serde,
                         serde_json and tokio cold, each in a fresh target directory, three
                         rounds in turn, and print the median ratio of their build times
                         (target <= 1.3) and of their CPU times
  codegen [--check]      write crates/<provider>/src/generated/ from specs/; with --check, write
                         nothing and fail if any generated file is stale
  validate-specs [DIR]   check DIR/*.yaml (default: the workspace's specs/): the OpenAPI 3.1
                         schema, $refs, examples, x-groupkit-* extensions, operation counts";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["bench"] => run_bench(false),
        ["bench", "--quick"] => run_bench(true),
        ["build-cost"] => run_build_cost(),
        ["codegen"] => run_codegen(false),
        ["codegen", "--check"] => run_codegen(true),
        ["validate-specs"] => validate_specs(&spec::specs_dir()),
        ["validate-specs", dir] => validate_specs(Path::new(dir)),
        ["help" | "-h" | "--help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [] => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        [command, ..] => {
            eprintln!("unknown command or arguments: `{command}` ...\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Exits 0 whether or not the targets are met (the suite is a measurement); only a failed
/// build or a crash fails.
fn run_bench(quick: bool) -> ExitCode {
    match bench::run(quick) {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("error: the benchmark failed ({status})");
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("error: cannot run the benchmark: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Exits 0 whether or not the target is met (it is a measurement); only a failed build fails.
fn run_build_cost() -> ExitCode {
    match build_cost::run(build_cost::ROUNDS) {
        Ok(rounds) => {
            for line in build_cost::report(&rounds) {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn validate_specs(dir: &Path) -> ExitCode {
    let report = match validate::validate_dir(dir) {
        Ok(report) => report,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    for summary in &report.summaries {
        println!("{summary}");
    }
    if report.problems.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!("\n{} problems:", report.problems.len());
    for problem in &report.problems {
        eprintln!("  {problem}");
    }
    ExitCode::FAILURE
}

fn run_codegen(check: bool) -> ExitCode {
    let outcome = match codegen::run(check) {
        Ok(outcome) => outcome,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    if outcome.changed.is_empty() && outcome.stale.is_empty() {
        println!("generated code is up to date");
        return ExitCode::SUCCESS;
    }
    let verb = if check { "stale" } else { "written" };
    for (path, diff) in &outcome.changed {
        println!("{verb}: {}", path.display());
        if check {
            println!("{diff}");
        }
    }
    for path in &outcome.stale {
        println!(
            "{}: {}",
            if check {
                "no longer generated"
            } else {
                "deleted"
            },
            path.display()
        );
    }
    if check {
        eprintln!("generated code is stale: run `cargo xtask codegen` and commit the result");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
