//! The seam between groupkit and the network.
//!
//! [`Transport`] is object-safe so that a user can wrap it (logging, caching, recording) or
//! replace it with a fake. The default is [`ReqwestTransport`]. Requests and responses are plain
//! data; response bodies are streams so that a multi-gigabyte archive is never held in memory.

mod reqwest;

pub use self::reqwest::ReqwestTransport;

use bytes::Bytes;
use futures::Stream;
use http::{HeaderMap, Method, StatusCode};
use std::fmt;
use std::pin::Pin;
use url::Url;

use crate::redact::Redactor;

/// A response body as it arrives.
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, TransportError>> + Send>>;

/// Sends one HTTP request and returns the response head with a streaming body.
///
/// Implementations do not retry, time out or authenticate: the client does that around them.
#[async_trait::async_trait]
pub trait Transport: Send + Sync + fmt::Debug {
    /// Sends `request`; any HTTP status is a successful send.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;

    /// Whether this transport ends an exchange at [`HttpRequest::timeout`] itself (reporting
    /// [`TransportErrorKind::ReadTimeout`]). When it does, the client sets no timer of its own
    /// for buffered responses: one timer per request instead of two. Default: no.
    fn enforces_timeout(&self) -> bool {
        false
    }
}

/// A fully built request: URL with query, headers with auth, encoded body.
#[derive(Clone)]
#[non_exhaustive]
pub struct HttpRequest {
    /// The HTTP method.
    pub method: Method,
    /// The absolute URL, query included.
    pub url: Url,
    /// Headers; credentials are marked sensitive.
    pub headers: HeaderMap,
    /// The encoded body (empty for none).
    pub body: Bytes,
    /// Knows the client's credentials, for printing the request without them.
    pub redactor: Redactor,
    /// How long the whole exchange may take, the body included (the attempt's limit); `None`
    /// for streamed bodies, which may take longer. See [`Transport::enforces_timeout`].
    pub timeout: Option<std::time::Duration>,
}

impl HttpRequest {
    /// A request with no headers and no body.
    pub fn new(method: Method, url: Url) -> Self {
        HttpRequest {
            method,
            url,
            headers: HeaderMap::new(),
            body: Bytes::new(),
            redactor: Redactor::default(),
            timeout: None,
        }
    }

    /// The URL with credentials (named parameters and known values) replaced by `[redacted]`.
    pub fn redacted_url(&self) -> String {
        self.redactor.url(&self.url)
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // HeaderMap's Debug prints `Sensitive` for values marked sensitive, which every
        // credential header is.
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.redacted_url())
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// A response head and its body stream.
#[non_exhaustive]
pub struct HttpResponse {
    /// The status code.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body, read lazily.
    pub body: ByteStream,
}

impl HttpResponse {
    /// A response whose body is already in memory (for fakes and tests).
    pub fn from_bytes(status: StatusCode, headers: HeaderMap, body: impl Into<Bytes>) -> Self {
        let body: Bytes = body.into();
        HttpResponse {
            status,
            headers,
            body: Box::pin(futures::stream::once(async move { Ok(body) })),
        }
    }

    /// A response with a streaming body.
    pub fn from_stream(status: StatusCode, headers: HeaderMap, body: ByteStream) -> Self {
        HttpResponse {
            status,
            headers,
            body,
        }
    }
}

impl fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// What went wrong below HTTP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be made (DNS, refused, TLS).
    Connect,
    /// Connecting took longer than the connect timeout.
    ConnectTimeout,
    /// The body stalled longer than the read timeout.
    ReadTimeout,
    /// The connection broke while the request or body was in transit.
    Io,
    /// The request could not be built (a URL longer than the HTTP stack accepts, a bad
    /// header): nothing was sent, and retrying cannot help.
    InvalidRequest,
    /// Anything else the transport reports.
    Other,
}

/// A failure below HTTP. Its message never contains the request URL (which may carry a key).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    /// A transport error with a message and an optional cause.
    ///
    /// The cause must not print the request URL: reqwest errors are stripped of it with
    /// `without_url()` before they get here.
    pub fn new(
        kind: TransportErrorKind,
        message: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source,
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// The same error with its message scrubbed of the client's credentials. The cause is
    /// dropped from the chain: its text is already in the message, and it was not scrubbed.
    pub(crate) fn scrubbed(self, redactor: &Redactor) -> TransportError {
        TransportError {
            kind: self.kind,
            message: redactor.scrub(&self.message),
            source: None,
        }
    }
}
