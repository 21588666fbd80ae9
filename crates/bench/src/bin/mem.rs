//! `groupkit-bench-mem`: one listing, items consumed one at a time, then its peak RSS and peak
//! heap. Started by `groupkit-bench run`, once per figure, so that every run starts fresh.

use clap::Parser;
use groupkit_bench::memory::{Implementation, run_child};
use groupkit_bench::style::Style;
use peak_alloc::PeakAlloc;

/// Counts heap bytes around the system allocator (a crate: the workspace forbids unsafe code).
/// Only this binary has it, so that the timed runs pay nothing for it.
#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

/// One memory run.
#[derive(Parser, Debug)]
#[command(name = "groupkit-bench-mem")]
struct Args {
    /// The server, `http://127.0.0.1:PORT`.
    #[arg(long)]
    server: String,
    /// The pagination style.
    #[arg(long, value_enum)]
    style: Style,
    /// Who lists.
    #[arg(long, value_enum)]
    implementation: Implementation,
    /// How many items.
    #[arg(long)]
    items: u64,
}

fn main() {
    let args = Args::parse();
    run_child(
        &args.server,
        args.style,
        args.implementation,
        args.items,
        || ALLOC.peak_usage() as u64 / 1024,
    );
}
