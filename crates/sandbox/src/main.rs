//! `groupkit-sandbox`: the sandbox as a standalone server, for trying the four APIs from any
//! language. `groupkit-sandbox --help` lists the options.

use std::net::IpAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use groupkit_sandbox::{DEMO, Faults, PROVIDERS, Sandbox};

/// Offline fake servers for Groupboss, Groups.io, SendHub and Habitate, driven by groupkit's
/// specs: each provider's own formats, errors and pagination, over seeded data.
#[derive(Debug, Parser)]
#[command(name = "groupkit-sandbox", version)]
struct Args {
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The address to listen on; loopback unless you mean to share it.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// The seed of every generated value: the same seed gives the same data.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// How many items a collection holds, as `provider.collection=N` (repeatable), e.g.
    /// `--size groupboss.emails=10000`.
    #[arg(long = "size", value_name = "PROVIDER.COLLECTION=N", value_parser = parse_size)]
    sizes: Vec<(String, String, usize)>,
    /// Milliseconds added before every answer.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    latency_ms: u64,
    /// Share of requests (0 to 1) answered 429 in the provider's format, with `Retry-After`.
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    rate_limited: f64,
    /// The wait a 429 asks for, in seconds.
    #[arg(long, default_value_t = 1, value_name = "SECONDS")]
    retry_after: u64,
    /// Share of requests (0 to 1) answered 503 in the provider's format.
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    server_errors: f64,
    /// Share of requests (0 to 1) answered 200 with a body that is not JSON.
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    malformed: f64,
    /// Share of requests (0 to 1) answered 200 with a body cut short of its `Content-Length`.
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    truncated: f64,
    /// Share of requests (0 to 1) whose connection closes with no answer.
    #[arg(long, default_value_t = 0.0, value_name = "RATE", value_parser = parse_rate)]
    dropped: f64,
}

fn parse_size(text: &str) -> Result<(String, String, usize), String> {
    let usage = || format!("`{text}` is not PROVIDER.COLLECTION=N (e.g. groupboss.emails=10000)");
    let (name, n) = text.split_once('=').ok_or_else(usage)?;
    let (provider, collection) = name.split_once('.').ok_or_else(usage)?;
    let n = n.parse().map_err(|_| usage())?;
    Ok((provider.to_owned(), collection.to_owned(), n))
}

fn parse_rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err(format!("`{text}` is not a share from 0 to 1")),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let mut faults = Faults::default();
    faults.latency = Duration::from_millis(args.latency_ms);
    faults.rate_limited = args.rate_limited;
    faults.retry_after = Duration::from_secs(args.retry_after);
    faults.server_errors = args.server_errors;
    faults.malformed = args.malformed;
    faults.truncated = args.truncated;
    faults.dropped = args.dropped;
    let mut builder = Sandbox::builder()
        .host(args.host)
        .port(args.port)
        .seed(args.seed)
        .faults(faults);
    for (provider, collection, n) in &args.sizes {
        builder = builder.size(provider, collection, *n);
    }
    let sandbox = match builder.start().await {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("cannot start the sandbox: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("groupkit sandbox on http://{}", sandbox.addr());
    for provider in PROVIDERS {
        println!("  {provider:<10} {}", sandbox.base_url(provider));
    }
    println!("credentials:");
    println!(
        "  API key   {}   (Groupboss raw key, Groups.io bearer, SendHub api_key, Basic password)",
        DEMO.api_key
    );
    println!(
        "  username  {}   (SendHub username; any Basic user name)",
        DEMO.username
    );
    println!(
        "  login     {} / {}   (Groups.io sessions)",
        DEMO.email, DEMO.password
    );
    println!("try:");
    for provider in PROVIDERS {
        if let Some(curl) = sandbox.curl(provider) {
            println!("  {curl}");
        }
    }
    println!("admin (reset, faults, request journal, OpenAPI documents):");
    println!("  {}", sandbox.admin_url());
    println!("press Ctrl-C to stop");
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}
