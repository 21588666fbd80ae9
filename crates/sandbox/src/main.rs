//! `cargo run -p groupkit-sandbox -- --port 8080 [--seed N]`: the sandbox as a standalone
//! server, for trying the APIs from any language.

use std::process::ExitCode;

use groupkit_sandbox::{DEMO, PROVIDERS, Sandbox};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut builder = Sandbox::builder().port(8080);
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).and_then(|v| v.parse::<u64>().ok());
        match (args[i].as_str(), value) {
            ("--port", Some(port)) => builder = builder.port(u16::try_from(port).unwrap_or(8080)),
            ("--seed", Some(seed)) => builder = builder.seed(seed),
            _ => {
                eprintln!("usage: groupkit-sandbox [--port N] [--seed N]");
                return ExitCode::from(2);
            }
        }
        i += 2;
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
    println!("press Ctrl-C to stop");
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}
