//! groupkit-sandbox: offline fake servers for Groupboss, Groups.io, SendHub and Habitate.
//!
//! One in-process HTTP server on `127.0.0.1` serves all four providers, each under its own
//! base URL, driven by the specs in `specs/` (embedded at compile time): every operation
//! answers; requests are checked against the spec (credentials in the provider's own form,
//! required parameters, types, enum values) and rejected in the provider's own error format;
//! listings paginate in the provider's own style over deterministic, seeded data; the main
//! write flows keep state; and faults (latency, 429s, 5xx, malformed or truncated bodies,
//! dropped connections) can be injected.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! println!("Groups.io is at {}", sandbox.base_url("groupsio"));
//! println!("use the API key {}", groupkit_sandbox::DEMO.api_key);
//! # Ok(()) }
//! ```
//!
//! Behaviour that differs between providers is data in the specs (`x-groupkit-sandbox`, see
//! `specs/README.md`), not code here.

mod actions;
mod auth;
mod curl;
pub mod data;
mod faults;
mod filter;
#[allow(
    dead_code,
    reason = "recorded by the admin API and webhooks, being written"
)]
mod journal;
mod paginate;
mod reply;
mod request;
pub mod rng;
mod server;
mod spec;
mod state;
mod validate;
mod zip;

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use auth::{Credentials, DEMO, SESSION_COOKIE};
pub use faults::Faults;

/// The providers the sandbox serves.
pub const PROVIDERS: [&str; 4] = ["groupboss", "groupsio", "sendhub", "habitate"];

/// A running sandbox. It stops when dropped.
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<server::Shared>,
    task: JoinHandle<()>,
}

impl Sandbox {
    /// Starts configuring a sandbox.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// A sandbox with the default seed and sizes on a free port.
    pub async fn start() -> std::io::Result<Sandbox> {
        Sandbox::builder().start().await
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a provider's client (`http://127.0.0.1:PORT/groupsio/api/v1`).
    pub fn base_url(&self, provider: &str) -> String {
        let base = self
            .shared
            .providers
            .iter()
            .find(|p| p.spec.name == provider)
            .map_or(String::new(), |p| p.spec.base_path.clone());
        format!("http://{}/{provider}{base}", self.addr)
    }

    /// The credentials every provider accepts.
    pub fn credentials(&self) -> Credentials {
        DEMO
    }

    /// A `curl` command that works against this provider as it runs, with the credentials in
    /// the provider's own form (`-H 'Authorization: Bearer ...'`, `-u user:key`, query
    /// parameters); `None` for a provider this sandbox does not serve.
    pub fn curl(&self, provider: &str) -> Option<String> {
        let spec = &self
            .shared
            .providers
            .iter()
            .find(|p| p.spec.name == provider)?
            .spec;
        curl::command(spec, &self.base_url(provider), &DEMO)
    }

    /// Replaces the faults in force (from the next request on).
    pub fn set_faults(&self, faults: Faults) {
        if let Ok(mut current) = self.shared.faults.lock() {
            *current = faults;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Configures a [`Sandbox`].
#[derive(Debug, Default)]
#[must_use = "a builder does nothing until `start` is called"]
pub struct SandboxBuilder {
    seed: u64,
    host: Option<IpAddr>,
    port: u16,
    sizes: BTreeMap<(String, String), usize>,
    faults: Faults,
}

impl SandboxBuilder {
    /// The seed of every generated value (default 0): the same seed gives the same data.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The address to listen on (default `127.0.0.1`, loopback only).
    pub fn host(mut self, host: IpAddr) -> Self {
        self.host = Some(host);
        self
    }

    /// The port (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The number of seeded items of a provider's collection (`"groupboss", "emails", 10_000`).
    pub fn size(mut self, provider: &str, collection: &str, items: usize) -> Self {
        self.sizes
            .insert((provider.to_owned(), collection.to_owned()), items);
        self
    }

    /// The faults to inject.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// Binds the host (`127.0.0.1` by default) and starts serving (inside a Tokio runtime).
    /// A size for a provider or collection the sandbox does not have is an `InvalidInput`
    /// error that names the valid ones.
    pub async fn start(self) -> std::io::Result<Sandbox> {
        let specs = spec::load();
        for (provider, collection) in self.sizes.keys() {
            check_size(&specs, provider, collection)?;
        }
        let host = self.host.unwrap_or(IpAddr::from([127, 0, 0, 1]));
        let listener = TcpListener::bind((host, self.port)).await?;
        let addr = listener.local_addr()?;
        let providers = specs
            .into_iter()
            .map(|spec| {
                let sizes = self
                    .sizes
                    .iter()
                    .filter(|((provider, _), _)| provider == spec.name)
                    .map(|((_, collection), n)| (collection.clone(), *n))
                    .collect();
                state::Provider::new(spec, self.seed, sizes)
            })
            .collect();
        let shared = Arc::new(server::Shared {
            providers,
            faults: Mutex::new(self.faults),
            seed: self.seed,
            requests: AtomicU64::new(0),
            journal: journal::Journal::default(),
        });
        let task = tokio::spawn(server::serve(listener, shared.clone()));
        Ok(Sandbox { addr, shared, task })
    }
}

/// Whether `provider` has a seeded `collection`; the error names what there is.
fn check_size(
    specs: &[spec::ProviderSpec],
    provider: &str,
    collection: &str,
) -> std::io::Result<()> {
    let invalid = |message: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, message);
    let Some(spec) = specs.iter().find(|s| s.name == provider) else {
        return Err(invalid(format!(
            "no provider `{provider}`: the sandbox serves {}",
            PROVIDERS.join(", ")
        )));
    };
    let collections: Vec<&str> = spec
        .doc
        .pointer("/x-groupkit-sandbox/collections")
        .and_then(serde_json::Value::as_object)
        .map(|c| c.keys().map(String::as_str).collect())
        .unwrap_or_default();
    if collections.contains(&collection) {
        Ok(())
    } else {
        Err(invalid(format!(
            "{provider} has no collection `{collection}`: it has {}",
            collections.join(", ")
        )))
    }
}
