//! The default transport, over reqwest with rustls.

use std::time::Duration;

use futures::TryStreamExt;

use super::{HttpRequest, HttpResponse, Transport, TransportError, TransportErrorKind};
use crate::Error;

/// [`Transport`] over a `reqwest::Client`.
///
/// Redirects are followed only to the same scheme, host and port (at most five), so a
/// credential in a header or query string never travels to another host.
#[derive(Clone, Debug)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// Builds a client with the given connect timeout and body read (idle) timeout.
    pub fn new(connect_timeout: Duration, read_timeout: Duration) -> Result<Self, Error> {
        install_crypto_provider();
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .read_timeout(read_timeout)
            .redirect(reqwest::redirect::Policy::custom(same_origin_redirects))
            .tcp_nodelay(true)
            .build()
            // Called by `ClientBuilder::build` (the TLS backend failed to start, say): a
            // configuration error, though not one the caller can usually fix by hand.
            .map_err(|e| {
                Error::Config(format!(
                    "cannot build the HTTP client ({}): check the system's TLS setup, or pass a \
                     transport of your own with `.transport(..)`",
                    e.without_url()
                ))
            })?;
        Ok(ReqwestTransport { client })
    }

    /// Wraps a client the caller configured (proxies, custom roots, ...).
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

/// reqwest is built without a crypto provider (`rustls-no-provider`) so that we can pick ring,
/// which builds in seconds where aws-lc-rs adds ~20 s to a cold build. rustls then needs a
/// process default; install ring unless the application already chose one.
fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race with another thread installing a provider is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

fn same_origin_redirects(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    let Some(first) = attempt.previous().first() else {
        return attempt.stop();
    };
    let next = attempt.url();
    let same = first.scheme() == next.scheme()
        && first.host_str() == next.host_str()
        && first.port_or_known_default() == next.port_or_known_default();
    if same && attempt.previous().len() <= 5 {
        attempt.follow()
    } else {
        attempt.stop()
    }
}

fn map_error(error: reqwest::Error) -> TransportError {
    let error = error.without_url();
    let kind = if error.is_builder() {
        TransportErrorKind::InvalidRequest
    } else if error.is_connect() && error.is_timeout() {
        TransportErrorKind::ConnectTimeout
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_timeout() {
        TransportErrorKind::ReadTimeout
    } else if error.is_body() || error.is_request() || error.is_decode() {
        TransportErrorKind::Io
    } else {
        TransportErrorKind::Other
    };
    let mut message = error.to_string();
    let mut cause: Option<&dyn std::error::Error> = std::error::Error::source(&error);
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    TransportError::new(kind, message, Some(Box::new(error)))
}

#[async_trait::async_trait]
impl Transport for ReqwestTransport {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let mut builder = self
            .client
            .request(request.method, request.url)
            .headers(request.headers)
            .body(request.body);
        if let Some(timeout) = request.timeout {
            builder = builder.timeout(timeout);
        }
        let response = builder.send().await.map_err(map_error)?;
        let mut response = response;
        let status = response.status();
        // Taken, not cloned: the body stream below does not need them.
        let headers = std::mem::take(response.headers_mut());
        let body = response.bytes_stream().map_err(map_error);
        Ok(HttpResponse::from_stream(status, headers, Box::pin(body)))
    }

    /// reqwest's request timeout covers the body too.
    fn enforces_timeout(&self) -> bool {
        true
    }
}
