// @generated from specs/groupsio.yaml by cargo xtask codegen; do not edit.

//! The client, its builder and the provider's facts.

/// What core needs to know about this provider.
pub const PROVIDER: groupkit_core::Provider = groupkit_core::Provider {
    name: "groupsio",
    default_base_url: Some("https://groups.io/api/v1"),
    error_decoder: Some(crate::error::decode),
    request_id_header: None,
    retry: super::RETRY,
    unavailable_statuses: &[404],
};

/// A client for the Groups.io API. Cheap to clone: clones share configuration, connections
/// and any login session. Every operation is a method returning a request builder.
#[derive(Clone, Debug)]
pub struct Client {
    inner: groupkit_core::Client,
}

impl Client {
    /// Starts building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            inner: groupkit_core::Client::builder(PROVIDER),
            auth: None,
        }
    }

    /// Core's client underneath: the escape hatch for raw requests that reuse auth,
    /// timeouts and retries.
    pub fn core(&self) -> &groupkit_core::Client {
        &self.inner
    }
}

/// Builds a [`Client`]: credentials (`api_key`, `session`, `basic`),
/// plus optional overrides of core's defaults.
#[derive(Debug)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    inner: groupkit_core::ClientBuilder,
    auth: Option<groupkit_core::Auth>,
}

impl ClientBuilder {
    /// Authenticates with the API key, sent as `Authorization: Bearer <key>`.
    pub fn api_key(mut self, key: impl Into<groupkit_core::Secret>) -> Self {
        self.auth = Some(groupkit_core::Auth::bearer(key));
        self
    }

    /// Uses a login session: log in with the `login` operation; the session cookie is then
    /// sent with every call, and writes carry the csrf token in the `csrf` field.
    pub fn session(mut self) -> Self {
        self.auth = Some(groupkit_core::Auth::session("csrf"));
        self
    }

    /// Authenticates with HTTP Basic: the user is the token returned by `login` with `token=true`,
    /// the secret is empty.
    pub fn basic(
        mut self,
        user: impl Into<String>,
        secret: impl Into<groupkit_core::Secret>,
    ) -> Self {
        self.auth = Some(groupkit_core::Auth::basic(user, secret));
        self
    }

    /// Overrides the base URL. It must be `https`, except on loopback hosts (tests, the sandbox).
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
    pub fn default_header(
        mut self,
        name: groupkit_core::http::HeaderName,
        value: groupkit_core::http::HeaderValue,
    ) -> Self {
        self.inner = self.inner.default_header(name, value);
        self
    }

    /// Sets every timeout at once.
    pub fn timeouts(mut self, timeouts: groupkit_core::Timeouts) -> Self {
        self.inner = self.inner.timeouts(timeouts);
        self
    }

    /// Sets the connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.connect_timeout(timeout);
        self
    }

    /// Sets the per-attempt timeout (default 30 s).
    pub fn attempt_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.attempt_timeout(timeout);
        self
    }

    /// Sets the total timeout of a call, every attempt and wait included (default 60 s).
    pub fn total_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.total_timeout(timeout);
        self
    }

    /// Sets the retry policy; this provider's own retry hints still apply on top of it.
    pub fn retry_policy(mut self, policy: groupkit_core::RetryPolicy) -> Self {
        self.inner = self.inner.retry_policy(policy);
        self
    }

    /// Sets the most requests in flight at once, and the default page prefetch window.
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.inner = self.inner.max_concurrency(n);
        self
    }

    /// Sets the largest response body read into memory.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.inner = self.inner.max_body_bytes(n);
        self
    }

    /// Sets the client-wide retry budget (default: the AWS SDKs' standard token bucket;
    /// `RetryBudget::unlimited()` turns it off).
    pub fn retry_budget(mut self, budget: groupkit_core::RetryBudget) -> Self {
        self.inner = self.inner.retry_budget(budget);
        self
    }

    /// Sets the longest URL sent; a longer one is refused before sending.
    pub fn max_url_bytes(mut self, n: usize) -> Self {
        self.inner = self.inner.max_url_bytes(n);
        self
    }

    /// Uses another transport (middleware, a recorder, a fake).
    pub fn transport(
        mut self,
        transport: std::sync::Arc<dyn groupkit_core::Transport>,
    ) -> Self {
        self.inner = self.inner.transport(transport);
        self
    }

    /// Checks the configuration and builds the client. Without credentials this is an
    /// [`groupkit_core::Error::Config`]: every call of this API needs them.
    pub fn build(self) -> groupkit_core::Result<Client> {
        let auth = self
            .auth
            .ok_or_else(|| groupkit_core::Error::Config(
                "groupsio needs credentials: call `api_key` or `session` or `basic` on the builder"
                    .into(),
            ))?;
        Ok(Client {
            inner: self.inner.auth(auth).build()?,
        })
    }
}
