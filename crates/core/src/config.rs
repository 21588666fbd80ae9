//! Client configuration and its builder.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderMap;
use http::header::{HeaderName, HeaderValue, USER_AGENT};
use url::Url;

use crate::auth::Auth;
use crate::client::Client;
use crate::provider::Provider;
use crate::retry::{RetryBudget, RetryPolicy};
use crate::transport::{ReqwestTransport, Transport};
use crate::{Error, Result};

/// Timeouts. None is infinite: a call always ends.
///
/// The defaults, and why: the AWS SDK for Rust sets only a 3.1 s connect timeout and leaves
/// attempts and operations unbounded; async-stripe sets none at all (its `hyper` client waits
/// forever). Both leave a caller hanging on a server that accepts and never answers. groupkit
/// bounds every call: a hung server fails a call in 60 s at most, with the error naming the
/// limit that fired. Connect gets 10 s rather than 3.1 s because these providers are often
/// reached from laptops and CI runners on slow networks, where a 3 s handshake is not rare;
/// an attempt gets 30 s because the slowest documented calls (Groups.io archive requests,
/// SendHub bulk writes) answer well within that; and the total of 60 s leaves room for one
/// retry after a slow attempt plus backoff. Streamed downloads (archives of any size) are
/// bound by `read` per chunk instead, once their headers arrive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Timeouts {
    /// Opening a connection (default 10 s).
    pub connect: Duration,
    /// One attempt, from sending to the last byte of a buffered body (default 30 s).
    pub attempt: Duration,
    /// A whole call, every attempt and every wait between them included (default 60 s).
    /// Streamed downloads are bound by it until their headers arrive, then by `read` per
    /// chunk.
    pub total: Duration,
    /// The longest silence while a body streams (default 60 s).
    pub read: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            total: Duration::from_secs(60),
            read: Duration::from_secs(60),
        }
    }
}

/// Everything a [`Client`] was built with.
#[derive(Clone)]
pub struct Config {
    pub(crate) provider: Provider,
    pub(crate) base_url: Url,
    pub(crate) auth: Auth,
    pub(crate) headers: HeaderMap,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) retry_budget: RetryBudget,
    pub(crate) max_concurrency: usize,
    pub(crate) max_body_bytes: usize,
    pub(crate) max_url_bytes: usize,
    pub(crate) transport: Arc<dyn Transport>,
}

impl Config {
    /// The provider.
    pub fn provider(&self) -> &Provider {
        &self.provider
    }
    /// The base URL every path is joined to.
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }
    /// The auth scheme.
    pub fn auth(&self) -> &Auth {
        &self.auth
    }
    /// The timeouts.
    pub fn timeouts(&self) -> &Timeouts {
        &self.timeouts
    }
    /// The default retry policy (the provider's own statuses apply on top of it).
    pub fn retry(&self) -> &RetryPolicy {
        &self.retry
    }
    /// The client-wide retry budget.
    pub fn retry_budget(&self) -> &RetryBudget {
        &self.retry_budget
    }
    /// The most requests in flight at once, and the default page prefetch window.
    pub fn max_concurrency(&self) -> usize {
        self.max_concurrency
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("provider", &self.provider.name)
            .field("base_url", &self.base_url.as_str())
            .field("auth", &self.auth)
            .field("headers", &self.headers)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field("retry_budget", &self.retry_budget)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("max_url_bytes", &self.max_url_bytes)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`]. Provider crates wrap it with their own defaults.
#[derive(Debug)]
pub struct ClientBuilder {
    provider: Provider,
    base_url: Option<String>,
    auth: Auth,
    headers: HeaderMap,
    user_agent: Option<String>,
    timeouts: Timeouts,
    retry: RetryPolicy,
    retry_budget: RetryBudget,
    max_concurrency: usize,
    max_body_bytes: usize,
    max_url_bytes: usize,
    transport: Option<Arc<dyn Transport>>,
}

/// The longest URL sent by default: 8 KiB, the smallest limit common servers apply (nginx's
/// default header buffer and Apache's request line are both 8 KiB).
pub const DEFAULT_MAX_URL_BYTES: usize = 8 * 1024;

impl ClientBuilder {
    /// A builder with the provider's defaults: its base URL, 3 attempts, retries on the
    /// provider's statuses too, the standard retry budget, 4 requests in flight, 32 MiB
    /// buffered bodies, 8 KiB URLs.
    pub fn new(provider: Provider) -> Self {
        ClientBuilder {
            provider,
            base_url: provider.default_base_url.map(str::to_owned),
            auth: Auth::None,
            headers: HeaderMap::new(),
            user_agent: None,
            timeouts: Timeouts::default(),
            retry: RetryPolicy::default(),
            retry_budget: RetryBudget::default(),
            max_concurrency: 4,
            max_body_bytes: 32 * 1024 * 1024,
            max_url_bytes: DEFAULT_MAX_URL_BYTES,
            transport: None,
        }
    }

    /// Overrides the base URL. It must be `https`, except on loopback hosts (the sandbox).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sets the auth scheme.
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// Sets the `User-Agent` (default `groupkit/<version>`).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = Some(agent.into());
        self
    }

    /// Adds a header to every request.
    pub fn default_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// Sets all timeouts.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Sets the connect timeout.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// Sets the per-attempt timeout.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// Sets the total timeout of a call.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.total = timeout;
        self
    }

    /// Sets the default retry policy; the provider's own retry statuses still apply on top.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Sets the client-wide retry budget (default: [`RetryBudget::default`], the AWS SDKs'
    /// standard mode; [`RetryBudget::unlimited`] turns it off).
    pub fn retry_budget(mut self, budget: RetryBudget) -> Self {
        self.retry_budget = budget;
        self
    }

    /// Sets the longest URL sent; a longer one is refused before sending with
    /// [`Error::InvalidRequest`] (default [`DEFAULT_MAX_URL_BYTES`]).
    pub fn max_url_bytes(mut self, n: usize) -> Self {
        self.max_url_bytes = n;
        self
    }

    /// Sets the most requests in flight at once (at least 1).
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.max_concurrency = n.max(1);
        self
    }

    /// Sets the largest body read into memory; larger ones are an error.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.max_body_bytes = n;
        self
    }

    /// Uses another transport (middleware, a recorder, a fake).
    pub fn transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client> {
        let raw = self.base_url.ok_or_else(|| {
            Error::Config(format!(
                "{} needs a base URL: there is no default host; set one with `.base_url(..)`",
                self.provider.name
            ))
        })?;
        let base_url = parse_base_url(&raw)?;
        self.auth.validate()?;
        check_timeouts(&self.timeouts)?;
        let mut headers = self.headers;
        // A credential set as a default header (`X-Api-Key`, say) is never printed.
        self.auth.redactor().mark_headers(&mut headers);
        let agent = self
            .user_agent
            .unwrap_or_else(|| format!("groupkit/{}", env!("CARGO_PKG_VERSION")));
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(&agent).map_err(|_| {
                Error::Config(
                    "the user agent is not a valid header value: use visible ASCII \
                         characters, without line breaks"
                        .into(),
                )
            })?,
        );
        let transport = match self.transport {
            Some(t) => t,
            None => Arc::new(ReqwestTransport::new(
                self.timeouts.connect,
                self.timeouts.read,
            )?),
        };
        Ok(Client::from_config(Config {
            provider: self.provider,
            base_url,
            auth: self.auth,
            headers,
            timeouts: self.timeouts,
            retry: self.retry,
            retry_budget: self.retry_budget,
            max_concurrency: self.max_concurrency,
            max_body_bytes: self.max_body_bytes,
            max_url_bytes: self.max_url_bytes,
            transport,
        }))
    }
}

/// A zero timeout fails every call before it starts.
fn check_timeouts(timeouts: &Timeouts) -> Result<()> {
    let limits = [
        ("connect", timeouts.connect, "`.connect_timeout(..)`"),
        ("attempt", timeouts.attempt, "`.attempt_timeout(..)`"),
        ("total", timeouts.total, "`.total_timeout(..)`"),
        ("read", timeouts.read, "`.timeouts(..)`"),
    ];
    match limits.iter().find(|(_, limit, _)| limit.is_zero()) {
        Some((name, _, setter)) => Err(Error::Config(format!(
            "the {name} timeout is zero, so every call would time out: set a positive duration \
             with {setter}"
        ))),
        None => Ok(()),
    }
}

/// Parses a base URL: https anywhere, http only on loopback; no query, fragment or user info.
/// The messages never quote the URL, which may carry a credential.
fn parse_base_url(raw: &str) -> Result<Url> {
    const EXAMPLE: &str = "such as `https://api.example.com/v1`";
    let url = Url::parse(raw).map_err(|e| {
        Error::Config(format!(
            "the base URL is not a URL ({e}): pass an absolute URL, {EXAMPLE}"
        ))
    })?;
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(Error::Config(format!(
            "the base URL must be an absolute http(s) URL with a host, {EXAMPLE}"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(
            "the base URL must not carry credentials: remove the `user:password@` part and \
             give the credentials to the builder's auth method"
                .into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(
            "the base URL must not have a query or fragment: remove the `?...` or `#...` part \
             (credentials go to the builder's auth method)"
                .into(),
        ));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(Error::Config(
            "the base URL uses plain http, which is allowed only for loopback hosts \
             (localhost, 127.0.0.1, ::1): use https"
                .into(),
        )),
        other => Err(Error::Config(format!(
            "the base URL's scheme `{other}` is not supported: use https"
        ))),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_must_be_https_unless_loopback() {
        assert!(parse_base_url("https://groups.io/api/v1").is_ok());
        assert!(parse_base_url("http://127.0.0.1:8080/api").is_ok());
        assert!(parse_base_url("http://localhost:1/").is_ok());
        assert!(parse_base_url("http://[::1]:1/").is_ok());
        assert!(parse_base_url("http://groups.io/api/v1").is_err());
        assert!(parse_base_url("ftp://groups.io/").is_err());
        assert!(parse_base_url("https://u:p@groups.io/").is_err());
        assert!(parse_base_url("https://groups.io/?api_key=x").is_err());
        assert!(parse_base_url("not a url").is_err());
    }

    #[test]
    fn a_provider_without_default_host_needs_a_base_url() {
        let err = ClientBuilder::new(Provider::new("habitate"))
            .build()
            .expect_err("no base url");
        assert!(err.to_string().contains("needs a base URL"));
    }
}
