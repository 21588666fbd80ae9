//! One error type for every operation of every provider.
//!
//! Nothing here prints a secret: URLs are never stored (only the templated path), response
//! snippets and messages are scrubbed of the configured credentials, and headers that carry
//! credentials are marked sensitive.

use std::any::Any;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};

use crate::transport::TransportError;

/// The result of every groupkit call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong with a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response could not be read. The message carries
    /// the whole cause (scrubbed of credentials), so the cause is not repeated as a `source()`:
    /// an error reporter prints it once.
    #[error("{context}: transport error: {cause}")]
    Transport {
        /// Which call failed.
        context: ErrorContext,
        /// The cause, for its [`TransportError::kind`].
        cause: TransportError,
    },
    /// A timeout elapsed. The message names the limit that fired, with its own value, and the
    /// attempts made.
    #[error(
        "{context}: {kind} timeout: the {limit:?} limit was reached ({attempts} attempt{plural}, {elapsed:.1?} in all)",
        plural = if *attempts == 1 { "" } else { "s" }
    )]
    Timeout {
        /// Which call failed.
        context: ErrorContext,
        /// Which limit fired.
        kind: TimeoutKind,
        /// That limit's configured value.
        limit: Duration,
        /// How long the call had been running, waits between attempts included.
        elapsed: Duration,
        /// Attempts made, the one that timed out included.
        attempts: u32,
    },
    /// A successful response whose body is not what the API describes.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The API answered with an error status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The client or request is configured wrongly; nothing was sent.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The request is one no server would accept (a URL longer than servers take, say); it
    /// was refused before anything was sent, and is not retried.
    #[error("{context}: invalid request, not sent: {reason}")]
    InvalidRequest {
        /// Which call.
        context: ErrorContext,
        /// What is wrong and what to do about it.
        reason: String,
    },
    /// A listing cannot go on safely.
    #[error(transparent)]
    Pagination(PaginationError),
    /// A streamed body could not be written to its destination. The message carries the
    /// writer's error, which is not repeated as a `source()`.
    #[error("{context}: cannot write the body: {cause}")]
    Write {
        /// Which call failed.
        context: ErrorContext,
        /// The writer's error.
        cause: std::io::Error,
    },
}

impl Error {
    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// Would the same request plausibly succeed later? Transport failures and timeouts say
    /// yes; an API error says what the client's retry classifier said of it (the policy's and
    /// the provider's statuses; a spent quota only when the server said when to come back).
    /// The client retries exactly these, when the request is idempotent and attempts, time
    /// and the retry budget are left.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Api(e) => e.retryable,
            _ => false,
        }
    }

    /// How long the server asked us to wait, from `Retry-After` or the provider's error body.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(e) => e.retry_after,
            _ => None,
        }
    }

    /// The API error, if this is one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The request id the provider sent, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.as_api().and_then(|e| e.request_id.as_deref())
    }
}

/// Which call an error belongs to: provider, operation, method and templated path. Never a
/// full URL, which may carry a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorContext {
    /// The provider's short name.
    pub provider: &'static str,
    /// The operation's name.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, e.g. `/groups/{id}`.
    pub path: &'static str,
}

impl fmt::Display for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ({} {})",
            self.provider, self.operation, self.method, self.path
        )
    }
}

/// Which timeout elapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Opening the connection.
    Connect,
    /// One attempt: sending and reading the response.
    Attempt,
    /// The whole call, retries and waits included.
    Total,
    /// A streamed body stalled.
    Read,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Attempt => "per-attempt",
            TimeoutKind::Total => "total",
            TimeoutKind::Read => "read",
        })
    }
}

/// A response body that does not decode into the expected type.
#[derive(thiserror::Error)]
#[error("{context}: cannot decode the {status} response at `{path}`: {message} (near: {snippet})")]
pub struct DecodeError {
    /// Which call failed.
    pub context: ErrorContext,
    /// The HTTP status of the response.
    pub status: StatusCode,
    /// The JSON path of the failure (`data[3].created`), `.` for the whole body.
    pub path: String,
    /// What the decoder said, scrubbed of credentials.
    pub message: String,
    /// A short piece of the body around the failure, scrubbed of credentials.
    pub snippet: String,
    /// The whole body as received.
    pub body: Bytes,
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("context", &self.context)
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("snippet", &self.snippet)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// An error status from the API.
#[derive(thiserror::Error)]
#[error("{context}: the API answered {status}: {summary}")]
pub struct ApiError {
    /// Which call failed.
    pub context: ErrorContext,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers. Every value that carries a credential (cookies, a `Location`
    /// echoing the request's query string) is marked sensitive, so `Debug` hides it.
    pub headers: HeaderMap,
    /// The provider's request id, when it sends one.
    pub request_id: Option<String>,
    /// How long the server asked us to wait: `Retry-After`, or the provider's body hint.
    pub retry_after: Option<Duration>,
    /// The provider's error body, when its decoder recognised it.
    pub provider_error: Option<Box<dyn ProviderError>>,
    /// A one-line summary: the provider error's message, or a scrubbed snippet of the body.
    pub summary: String,
    /// The whole body as received (may be empty, HTML or anything else).
    pub body: Bytes,
    /// The retry classifier's verdict, for [`Error::is_retryable`].
    pub(crate) retryable: bool,
}

impl ApiError {
    /// The provider's error body as its concrete type, e.g. `groupsio::ErrorBody`.
    pub fn provider_error<T: ProviderError>(&self) -> Option<&T> {
        let any: &dyn Any = self.provider_error.as_deref()?;
        any.downcast_ref::<T>()
    }

    /// The provider's error code (`bad_csrf`, `BAD_REQUEST`, ...), when it sends one.
    pub fn code(&self) -> Option<&str> {
        self.provider_error.as_deref().and_then(|e| e.code())
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("context", &self.context)
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("retry_after", &self.retry_after)
            .field("retryable", &self.retryable)
            // The decoded body may echo a credential (SendHub echoes its query string) and
            // only `summary` is scrubbed, so the decoded value is not printed here: its text
            // is the summary, and `provider_error::<T>()` gives the value itself.
            .field("provider_error_decoded", &self.provider_error.is_some())
            .field("summary", &self.summary)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// A provider's parsed error body. Provider crates implement it for their error type and
/// hand a decoder to core (see [`crate::Provider`]).
pub trait ProviderError: std::error::Error + Any + Send + Sync + 'static {
    /// The provider's machine-readable error code, if it has one.
    fn code(&self) -> Option<&str> {
        None
    }
}

/// Why a listing stopped with an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PaginationError {
    /// The server sent a cursor or link that was already followed: going on would loop.
    #[error("{context}: pagination loop: the server repeated the position {position}")]
    LoopDetected {
        /// Which listing.
        context: ErrorContext,
        /// The repeated cursor, or the link with credentials redacted.
        position: String,
    },
    /// A next link points at another scheme, host or port; credentials are not sent there.
    #[error(
        "{context}: refusing to follow a next link to {link}: it is not on the configured base URL"
    )]
    ForeignLink {
        /// Which listing.
        context: ErrorContext,
        /// The link, with credentials redacted.
        link: String,
    },
    /// The response's pagination data cannot be used (a next link that is not a URL, ...).
    #[error("{context}: unusable pagination data: {reason}")]
    Invalid {
        /// Which listing.
        context: ErrorContext,
        /// What is wrong.
        reason: String,
    },
}
