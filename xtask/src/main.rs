//! `cargo xtask <command>`: groupkit's maintainer tasks. The alias lives in `.cargo/config.toml`.

use std::{path::Path, process::ExitCode};

use xtask::{spec, validate};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
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
