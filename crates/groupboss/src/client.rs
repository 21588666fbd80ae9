//! The Groupboss client and its builder.

use std::sync::Arc;
use std::time::Duration;

use groupkit_core::http::header::{HeaderName, HeaderValue};
use groupkit_core::{Auth, Error, Result, RetryPolicy, Secret, Timeouts, Transport};

use crate::PROVIDER;

/// A Groupboss API client. Cheap to clone: clones share configuration and connections.
///
/// Build one with [`Client::builder`]; every operation is a method (`client.list_groups(..)`).
#[derive(Clone, Debug)]
pub struct Client {
    inner: groupkit_core::Client,
}

impl Client {
    /// Starts building a client. An API key is required: see [`ClientBuilder::api_key`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            inner: groupkit_core::Client::builder(PROVIDER),
            has_key: false,
        }
    }

    /// Core's client underneath: the escape hatch for raw requests that reuse auth,
    /// timeouts and retries ([`groupkit_core::Client::request`]).
    pub fn core(&self) -> &groupkit_core::Client {
        &self.inner
    }
}

/// Builds a [`Client`]: the API key plus optional overrides of core's defaults.
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    inner: groupkit_core::ClientBuilder,
    has_key: bool,
}

impl ClientBuilder {
    /// The API key from the Groupboss settings, sent as `Authorization: <key>` (no scheme word).
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.inner = self.inner.auth(Auth::raw_key(key));
        self.has_key = true;
        self
    }

    /// Overrides the base URL (default `https://groupboss.io/api/publicapi/v1`). It must be
    /// `https`, except on loopback hosts (tests, a local fake server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.inner = self.inner.base_url(url);
        self
    }

    /// Sets the `User-Agent` (default `groupkit/<version>`).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.inner = self.inner.user_agent(agent);
        self
    }

    /// Adds a header to every request.
    pub fn default_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.inner = self.inner.default_header(name, value);
        self
    }

    /// Sets all timeouts at once.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.inner = self.inner.timeouts(timeouts);
        self
    }

    /// Sets the connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.connect_timeout(timeout);
        self
    }

    /// Sets the per-attempt timeout (default 30 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.attempt_timeout(timeout);
        self
    }

    /// Sets the total timeout of a call, retries included (default 120 s).
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.total_timeout(timeout);
        self
    }

    /// Sets the retry policy (default: 3 attempts on 429, 502, 503, 504 and transport errors,
    /// honouring `Retry-After`).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.inner = self.inner.retry_policy(policy);
        self
    }

    /// Sets the most requests in flight at once (default 4).
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.inner = self.inner.max_concurrency(n);
        self
    }

    /// Sets the largest response body read into memory (default 32 MiB).
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.inner = self.inner.max_body_bytes(n);
        self
    }

    /// Uses another transport (middleware, a recorder, a fake).
    pub fn transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.inner = self.inner.transport(transport);
        self
    }

    /// Checks the configuration and builds the client. Fails without an API key.
    pub fn build(self) -> Result<Client> {
        if !self.has_key {
            return Err(Error::Config(
                "groupboss needs an API key: call `.api_key(..)` on the builder".into(),
            ));
        }
        Ok(Client {
            inner: self.inner.build()?,
        })
    }
}
