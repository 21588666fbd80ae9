//! One error type for every operation of every provider.
//!
//! What the server did is a [`Error::Transport`], [`Error::Timeout`], [`Error::Api`],
//! [`Error::EndpointUnavailable`] (a page that is not the API's answer: the call is not served
//! at this base URL), [`Error::Decode`] (a response the SDK cannot use) or
//! [`Error::Pagination`] error. Three
//! kinds are never the server's doing: [`Error::Config`] (only from `build()`: the client's
//! configuration), [`Error::InvalidRequest`] (the caller's input, refused before anything is
//! sent) and [`Error::Internal`] (a bug in groupkit: please report it). Every message carries
//! its cause, and no `source()` repeats it, so an error reporter prints each cause once.
//!
//! Nothing here prints a secret: URLs are never stored (only the templated path), response
//! snippets and messages are scrubbed of the configured credentials, and headers that carry
//! credentials are marked sensitive.

use std::any::Any;
use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};

use crate::redact::Redactor;
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
    /// The server answered with a page that is not the API's (an HTML or plain-text page at a
    /// status the provider lists as `unavailable`, e.g. Groups.io's 404 page for a method it
    /// does not route): the API does not serve this call at this base URL. Check the base URL;
    /// otherwise the provider has disabled the endpoint, or not yet fixed it. Not retried:
    /// the same request gets the same page.
    #[error(transparent)]
    EndpointUnavailable(Box<UnavailableError>),
    /// The client's configuration is wrong: a base URL that is missing, not https or not a
    /// URL; a missing, blank or unsendable credential given to the builder; a zero timeout; an
    /// invalid user agent. Only `build()` reports it (of [`crate::ClientBuilder`] or a provider
    /// crate's builder), so no client exists and nothing was sent. The message says what to
    /// change.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// The caller's input is one groupkit will not send: an empty path parameter, a value that
    /// cannot go in a header, a blank login, a page size outside the provider's limits, a position a listing cannot resume from, a body that cannot be built, a
    /// URL longer than servers take. It was refused before anything was sent, and is not
    /// retried. The reason says what to change; it is scrubbed of the client's credentials.
    #[error("{context}: invalid request, not sent: {reason}")]
    InvalidRequest {
        /// Which call.
        context: ErrorContext,
        /// What is wrong and what to do about it.
        reason: String,
    },
    /// A bug in groupkit: an invariant that no correct call can break was broken (a path
    /// template with an unclosed `{`, a path parameter the template names that the operation
    /// did not fill, a page decoded differently twice). Please report it, with this message.
    /// Not retried.
    #[error("{}bug in groupkit, please report it: {reason}", context_prefix(.context))]
    Internal {
        /// Which call, when the bug was met during one.
        context: Option<ErrorContext>,
        /// Which invariant was broken.
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
    /// The HTTP status, for API, endpoint-unavailable and decode errors.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::EndpointUnavailable(e) => Some(e.status),
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
        // Every variant is named: a new one must be classified here.
        match self {
            Error::Transport { .. } | Error::Timeout { .. } => true,
            Error::Api(e) => e.retryable,
            Error::Decode(_)
            | Error::EndpointUnavailable(_)
            | Error::Config(_)
            | Error::InvalidRequest { .. }
            | Error::Internal { .. }
            | Error::Pagination(_)
            | Error::Write { .. } => false,
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

    /// The endpoint-unavailable error, if this is one.
    pub fn as_unavailable(&self) -> Option<&UnavailableError> {
        match self {
            Error::EndpointUnavailable(e) => Some(e),
            _ => None,
        }
    }

    /// The request id the provider sent, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.as_api().and_then(|e| e.request_id.as_deref())
    }

    /// Which call this error belongs to; `None` for configuration errors (no call was made)
    /// and for a bug met outside a call.
    pub fn context(&self) -> Option<&ErrorContext> {
        match self {
            Error::Transport { context, .. }
            | Error::Timeout { context, .. }
            | Error::InvalidRequest { context, .. }
            | Error::Write { context, .. } => Some(context),
            Error::Internal { context, .. } => context.as_ref(),
            Error::Decode(e) => Some(&e.context),
            Error::Api(e) => Some(&e.context),
            Error::EndpointUnavailable(e) => Some(&e.context),
            Error::Pagination(e) => Some(e.context()),
            Error::Config(_) => None,
        }
    }

    /// An invalid request refused before the call's client was known: [`Self::bind`] fills
    /// in the context.
    pub(crate) fn invalid(reason: impl Into<String>) -> Error {
        Error::InvalidRequest {
            context: ErrorContext::unbound(),
            reason: reason.into(),
        }
    }

    /// A bug met outside a call: [`Self::bind`] fills in the context when it surfaces in one.
    pub(crate) fn internal(reason: impl Into<String>) -> Error {
        Error::Internal {
            context: None,
            reason: reason.into(),
        }
    }

    /// This error, met while building a request for the call `context`: an invalid request or
    /// internal error made before the call was known gets its context, and the reasons of
    /// both, which may quote the caller's input, are scrubbed of the client's credentials.
    pub(crate) fn bind(self, context: &ErrorContext, redactor: &Redactor) -> Error {
        match self {
            Error::InvalidRequest {
                context: own,
                reason,
            } => Error::InvalidRequest {
                context: if own.is_unbound() {
                    context.clone()
                } else {
                    own
                },
                reason: redactor.scrub(&reason),
            },
            Error::Internal {
                context: own,
                reason,
            } => Error::Internal {
                context: own.or_else(|| Some(context.clone())),
                reason: redactor.scrub(&reason),
            },
            other => other,
        }
    }
}

/// `"<context>: "`, or nothing without a context.
fn context_prefix(context: &Option<ErrorContext>) -> String {
    context
        .as_ref()
        .map_or_else(String::new, |context| format!("{context}: "))
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

impl ErrorContext {
    /// The context of a check made before the call's client and operation are known (a
    /// one-of check or a body serialized by a request builder, a path filled outside a
    /// client). The request builder or client replaces it with the call's own.
    pub(crate) fn unbound() -> Self {
        ErrorContext {
            provider: "",
            operation: "",
            method: Method::GET,
            path: "",
        }
    }

    pub(crate) fn is_unbound(&self) -> bool {
        self.provider.is_empty() && self.operation.is_empty()
    }
}

impl fmt::Display for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_unbound() {
            return f.write_str("request");
        }
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

/// The server answered a call with a page that is not the API's: at one of the provider's
/// `unavailable` statuses ([`crate::Provider::unavailable_statuses`], e.g. Groups.io's 404), a
/// non-empty body that is neither the provider's error format nor JSON (an nginx HTML page,
/// an application's plain-text "page not found"). A provider that reports every error of its
/// own as JSON answers that way only when the request never reached the API method: the base
/// URL is wrong (`https://groups.io/v1` instead of `https://groups.io/api/v1`), or the
/// provider does not serve this endpoint (disabled, or broken and not yet fixed).
#[derive(thiserror::Error)]
#[error(
    "{context}: endpoint unavailable: the server answered {status_code} with {page}, not an API \
     error: this call is not served at this base URL (check the base URL; the provider may have \
     disabled or not yet fixed this endpoint) (the page reads: {snippet})",
    status_code = .status.as_u16(),
    page = page_kind(.content_type.as_deref()),
)]
pub struct UnavailableError {
    /// Which call failed.
    pub context: ErrorContext,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response's media type (`text/html`, `text/plain`), without parameters; `None` when
    /// the server sent none.
    pub content_type: Option<String>,
    /// The page's text (an HTML page's tags left out), on one line, scrubbed of credentials
    /// and cut short.
    pub snippet: String,
    /// The response headers, marked like [`ApiError::headers`]: `Debug` hides every value that
    /// carries a credential.
    pub headers: HeaderMap,
    /// The whole body as received.
    pub body: Bytes,
}

/// How the message names the page: `a text/html page`, or `a page` without a media type.
fn page_kind(content_type: Option<&str>) -> String {
    match content_type {
        Some(kind) => format!("a {kind} page"),
        None => "a page".to_owned(),
    }
}

impl fmt::Debug for UnavailableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnavailableError")
            .field("context", &self.context)
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("snippet", &self.snippet)
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

impl PaginationError {
    /// Which listing.
    pub fn context(&self) -> &ErrorContext {
        match self {
            PaginationError::LoopDetected { context, .. }
            | PaginationError::ForeignLink { context, .. }
            | PaginationError::Invalid { context, .. } => context,
        }
    }
}
