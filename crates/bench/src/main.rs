//! `groupkit-bench`: the benchmark suite (`run`) and its server (`serve`). Usually started by
//! `cargo xtask bench`, which builds it in release mode first.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// groupkit's benchmark suite.
#[derive(Parser, Debug)]
#[command(name = "groupkit-bench")]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Runs every benchmark and prints the figures and a verdict.
    Run {
        /// Small sizes and one round: a smoke check, not a measurement.
        #[arg(long)]
        quick: bool,
    },
    /// Sends `count` single GETs through one implementation and exits: a target for profilers
    /// (`valgrind --tool=callgrind`, `perf record`) to compare the two paths.
    Gets {
        /// The server, `http://127.0.0.1:PORT` (from `serve`).
        #[arg(long)]
        server: String,
        /// Who sends them.
        #[arg(long, value_enum)]
        implementation: groupkit_bench::memory::Implementation,
        /// How many.
        #[arg(long, default_value_t = 10_000)]
        count: u64,
    },
    /// Runs only the sandbox section (see `sandbox.rs`) and prints its figures and a verdict.
    Sandbox {
        /// Small sizes, briefly: a smoke check, not a measurement.
        #[arg(long)]
        quick: bool,
    },
    /// Serves a groupkit sandbox on 127.0.0.1 whose Groups.io group owns `members` members,
    /// until stdin closes; prints the port first and its peak RSS last.
    SandboxServe {
        /// Members of the one Groups.io group.
        #[arg(long)]
        members: u64,
    },
    /// Serves the listings on 127.0.0.1 until stdin closes; prints the port first.
    Serve {
        /// The port (0: any free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Milliseconds to wait before each API response.
        #[arg(long, default_value_t = 0)]
        latency_ms: u64,
    },
}

fn main() -> ExitCode {
    match Args::parse().command {
        Command::Run { quick } => groupkit_bench::suite::run(quick),
        Command::Gets {
            server,
            implementation,
            count,
        } => {
            groupkit_bench::timing::gets_only(&server, implementation, count);
            ExitCode::SUCCESS
        }
        Command::Sandbox { quick } => {
            groupkit_bench::sandbox::run_alone(quick);
            ExitCode::SUCCESS
        }
        Command::SandboxServe { members } => {
            groupkit_bench::sandbox::serve(members);
            ExitCode::SUCCESS
        }
        Command::Serve { port, latency_ms } => {
            groupkit_bench::server::run(port, latency_ms);
            ExitCode::SUCCESS
        }
    }
}
