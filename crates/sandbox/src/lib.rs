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
//! ```
//! # #[tokio::main]
//! # async fn main() -> std::io::Result<()> {
//! let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! println!("Groups.io is at {}", sandbox.base_url("groupsio"));
//! println!("use the API key {}", groupkit_sandbox::DEMO.api_key);
//! # Ok(()) }
//! ```
//!
//! Behaviour that differs between providers is data in the specs (`x-groupkit-sandbox`, see
//! `specs/README.md`), not code here.

mod actions;
mod admin;
mod auth;
mod curl;
pub mod data;
mod effects;
mod faults;
mod filter;
mod items;
mod journal;
mod paginate;
mod redact;
mod reply;
mod request;
pub mod rng;
mod server;
mod shared;
mod spec;
mod state;
mod validate;
mod webhooks;
mod zip;

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use auth::{Credentials, DEMO, SESSION_COOKIE};
pub use faults::Faults;
pub use journal::{CAPACITY as JOURNAL_CAPACITY, Entry as RequestRecord};
pub use webhooks::WebhookTarget;

/// The providers the sandbox serves.
pub const PROVIDERS: [&str; 4] = ["groupboss", "groupsio", "sendhub", "habitate"];

/// A running sandbox. It stops when dropped.
///
/// Its admin operations are also served over HTTP under [`Sandbox::admin_url`]
/// (`/__sandbox/`): an index page, `GET /__sandbox/openapi/{provider}`,
/// `POST /__sandbox/reset`, `GET`/`PUT /__sandbox/faults`, `GET`/`DELETE /__sandbox/requests`.
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<shared::Shared>,
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

    /// `http://` and the address listened on.
    fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The base URL to give a provider's client (`http://127.0.0.1:PORT/groupsio/api/v1`).
    pub fn base_url(&self, provider: &str) -> String {
        self.shared.world().base_url(&self.origin(), provider)
    }

    /// The admin index page (`http://127.0.0.1:PORT/__sandbox/`): each provider's base URL and
    /// a working curl, the demo credentials, and links to the admin endpoints.
    pub fn admin_url(&self) -> String {
        format!("{}{}/", self.origin(), admin::PREFIX)
    }

    /// The credentials every provider accepts.
    pub fn credentials(&self) -> Credentials {
        DEMO
    }

    /// A `curl` command that works against this provider as it runs, with the credentials in
    /// the provider's own form (`-H 'Authorization: Bearer ...'`, `-u user:key`, query
    /// parameters); `None` for a provider this sandbox does not serve.
    pub fn curl(&self, provider: &str) -> Option<String> {
        let world = self.shared.world();
        let spec = &world.provider(provider)?.spec;
        curl::command(spec, &self.base_url(provider), &DEMO)
    }

    /// Provider `provider`'s OpenAPI document as JSON, its `servers` pointing at this
    /// sandbox's base URL for it (as `GET /__sandbox/openapi/{provider}` answers); `None` for a
    /// provider this sandbox does not serve.
    pub fn openapi(&self, provider: &str) -> Option<serde_json::Value> {
        admin::openapi(&self.shared.world(), provider, &self.origin())
    }

    /// Back to the seeded state with the current seed (`POST /__sandbox/reset`): every
    /// provider's items as first generated, with the sizes given at start, and no login
    /// session. The faults in force and the request journal are kept
    /// ([`Sandbox::clear_requests`] clears it). A request in flight finishes against the state
    /// it started with.
    pub fn reset(&self) {
        self.shared.reset(None);
    }

    /// [`Sandbox::reset`] with a new seed (`POST /__sandbox/reset` with `{"seed": N}`): the
    /// data is what a sandbox started with this seed holds, and faults are drawn from it.
    pub fn reset_with_seed(&self, seed: u64) {
        self.shared.reset(Some(seed));
    }

    /// The faults in force (`GET /__sandbox/faults`).
    pub fn faults(&self) -> Faults {
        self.shared.faults()
    }

    /// Replaces the faults in force, from the next request on (`PUT /__sandbox/faults`).
    /// Admin requests are never subject to faults.
    pub fn set_faults(&self, faults: Faults) {
        self.shared.set_faults(faults);
    }

    /// The provider requests received, oldest first, at most [`JOURNAL_CAPACITY`] of them
    /// (`GET /__sandbox/requests`), credentials redacted (see [`RequestRecord`]). Admin
    /// requests are not recorded.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.journal.entries()
    }

    /// Forgets every recorded request (`DELETE /__sandbox/requests`).
    pub fn clear_requests(&self) {
        self.shared.journal.clear();
    }

    /// Registers `url` with the sandbox for `events` of `provider` (every event when empty;
    /// `POST /__sandbox/webhooks`): the way to receive the webhooks of a provider whose API
    /// cannot register them (Habitate). Bodies are POSTed as the provider sends them; failures
    /// are retried with backoff; every attempt is in the journal.
    pub fn register_webhook(&self, provider: &str, url: &str, events: &[&str]) -> WebhookTarget {
        let events = events.iter().map(|e| (*e).to_owned()).collect();
        self.shared.webhooks.register(provider, url, events)
    }

    /// Removes a webhook target, a registration or an API subscription's (`DELETE
    /// /__sandbox/webhooks/{id}`); whether there was one.
    pub fn unregister_webhook(&self, id: &str) -> bool {
        self.shared.webhooks.unregister(id)
    }

    /// Every webhook target (`GET /__sandbox/webhooks`): sandbox registrations and
    /// subscriptions created through a provider's API.
    pub fn webhooks(&self) -> Vec<WebhookTarget> {
        self.shared.webhooks.targets()
    }

    /// Creates an item in a provider's collection as if it happened at the provider (a new
    /// Groupboss group, a Habitate user joining; `POST /__sandbox/collections/{provider}/{collection}`):
    /// `fields` are set over a generated item, and the webhooks the spec ties to the creation
    /// are delivered. An unknown provider or collection is an `InvalidInput` error naming the
    /// valid ones.
    pub fn create_item(
        &self,
        provider: &str,
        collection: &str,
        fields: serde_json::Map<String, serde_json::Value>,
    ) -> std::io::Result<serde_json::Value> {
        items::create(&self.shared, provider, collection, &fields)
    }

    /// Changes fields of the item whose id reads as `id` (`PATCH
    /// /__sandbox/collections/{provider}/{collection}/{id}`), delivering the webhooks the spec
    /// ties to the update. `NotFound` when there is no such item.
    pub fn update_item(
        &self,
        provider: &str,
        collection: &str,
        id: &str,
        fields: serde_json::Map<String, serde_json::Value>,
    ) -> std::io::Result<serde_json::Value> {
        items::update(&self.shared, provider, collection, id, &fields)
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
            items::find_collection(&specs, |spec| spec, provider, collection)?;
        }
        let host = self.host.unwrap_or(IpAddr::from([127, 0, 0, 1]));
        let listener = TcpListener::bind((host, self.port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(shared::Shared::new(
            specs,
            addr,
            self.seed,
            self.sizes,
            self.faults,
        ));
        let task = tokio::spawn(server::serve(listener, shared.clone()));
        Ok(Sandbox { addr, shared, task })
    }
}
