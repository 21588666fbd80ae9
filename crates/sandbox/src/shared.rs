//! What every connection shares: the providers' state (swapped whole by a reset), the faults in
//! force, the journal and the redaction rules.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use crate::faults::Faults;
use crate::journal::Journal;
use crate::redact::Redactor;
use crate::spec::ProviderSpec;
use crate::state::Provider;
use crate::webhooks::Webhooks;

/// What a reset replaces: the seed and every provider with its data and sessions (not `Debug`:
/// the sessions hold credentials).
pub struct World {
    /// The seed of the data, and of the faults drawn.
    pub seed: u64,
    /// The providers, in [`crate::PROVIDERS`] order.
    pub providers: Vec<Provider>,
}

impl World {
    /// Every provider seeded with `seed`, with the collection sizes given at start
    /// (`(provider, collection) → items`).
    fn build(
        specs: Vec<ProviderSpec>,
        seed: u64,
        sizes: &BTreeMap<(String, String), usize>,
    ) -> World {
        let providers = specs
            .into_iter()
            .map(|spec| {
                let sizes = sizes
                    .iter()
                    .filter(|((provider, _), _)| provider == spec.name)
                    .map(|((_, collection), n)| (collection.clone(), *n))
                    .collect();
                Provider::new(spec, seed, sizes)
            })
            .collect();
        World { seed, providers }
    }

    /// The provider named `name`.
    pub fn provider(&self, name: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.spec.name == name)
    }

    /// The base URL of provider `name` under `origin` (`http://127.0.0.1:PORT`).
    pub fn base_url(&self, origin: &str, name: &str) -> String {
        let base = self
            .provider(name)
            .map_or("", |p| p.spec.base_path.as_str());
        format!("{origin}/{name}{base}")
    }
}

/// What every connection shares.
pub struct Shared {
    /// Swapped whole by a reset; a request holds the `Arc` it started with, so one in flight
    /// during a reset finishes against the old state.
    world: RwLock<Arc<World>>,
    /// The specs as loaded, which a reset builds the providers from again (a copy is far
    /// quicker than parsing the YAML).
    specs: Vec<ProviderSpec>,
    /// The collection sizes given at start, kept across resets.
    sizes: BTreeMap<(String, String), usize>,
    /// The address the server listens on.
    pub addr: SocketAddr,
    /// The faults in force.
    faults: Mutex<Faults>,
    /// Requests served since the last reset, for drawing faults.
    pub requests: AtomicU64,
    /// What was received and sent.
    pub journal: Journal,
    /// What the journal must not keep.
    pub redactor: Redactor,
    /// Webhook targets and deliveries.
    pub webhooks: Webhooks,
}

impl std::fmt::Debug for Shared {
    /// The address, seed, faults and journal size only: the providers' data holds the login
    /// sessions (cookies, csrf tokens, Basic tokens), which must not be printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("addr", &self.addr)
            .field("seed", &self.world().seed)
            .field("faults", &self.faults())
            .field("journal_entries", &self.journal.entries().len())
            .finish_non_exhaustive()
    }
}

impl Shared {
    /// The shared state of a sandbox serving `specs` on `addr`.
    pub fn new(
        specs: Vec<ProviderSpec>,
        addr: SocketAddr,
        seed: u64,
        sizes: BTreeMap<(String, String), usize>,
        faults: Faults,
    ) -> Shared {
        let redactor = Redactor::new(&specs.iter().collect::<Vec<_>>());
        let world = World::build(specs.clone(), seed, &sizes);
        Shared {
            world: RwLock::new(Arc::new(world)),
            specs,
            sizes,
            addr,
            faults: Mutex::new(faults),
            requests: AtomicU64::new(0),
            journal: Journal::default(),
            redactor,
            webhooks: Webhooks::new(tokio::runtime::Handle::current()),
        }
    }

    /// The state now.
    pub fn world(&self) -> Arc<World> {
        // A panic while the lock was held cannot leave the `Arc` half-written: keep serving.
        self.world
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Back to the seeded state, with `seed` or else the current one: every provider's data
    /// and sessions are rebuilt (sizes given at start kept) and the fault draws start over.
    /// The faults in force, the journal and the webhook targets registered with the sandbox are
    /// kept (those of API subscriptions go with the data). Returns the seed now in use.
    pub fn reset(&self, seed: Option<u64>) -> u64 {
        let seed = seed.unwrap_or_else(|| self.world().seed);
        let world = Arc::new(World::build(self.specs.clone(), seed, &self.sizes));
        *self.world.write().unwrap_or_else(PoisonError::into_inner) = world;
        self.webhooks.reset();
        self.requests.store(0, Ordering::Relaxed);
        seed
    }

    /// The faults in force.
    pub fn faults(&self) -> Faults {
        self.faults
            .lock()
            .map(|f| f.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    /// Replaces the faults in force.
    pub fn set_faults(&self, faults: Faults) {
        *self.faults.lock().unwrap_or_else(PoisonError::into_inner) = faults;
    }
}
