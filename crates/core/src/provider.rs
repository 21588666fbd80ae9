//! What a provider crate tells core about its API: data, not code.

use http::{HeaderMap, StatusCode};

use crate::error::ProviderError;
use crate::retry::RetryHints;

/// Decodes a provider's error body. It sees the status, headers and raw body, and returns
/// `None` when the body is not in the provider's format (an HTML page, an empty body); the
/// error is then still an [`crate::ApiError`], with the raw body kept (or, at one of the
/// provider's [`Provider::unavailable_statuses`] with a body that is not JSON, an
/// [`crate::UnavailableError`]).
pub type ErrorDecoder = fn(StatusCode, &HeaderMap, &[u8]) -> Option<Box<dyn ProviderError>>;

/// A provider's fixed facts, usually a `const` in the provider crate.
#[derive(Clone, Copy, Debug)]
pub struct Provider {
    /// Short name for errors and tracing: `groupboss`, `groupsio`, `sendhub`, `habitate`.
    pub name: &'static str,
    /// The default base URL, or `None` when every user has their own (Habitate communities).
    pub default_base_url: Option<&'static str>,
    /// Decoder for the provider's error bodies.
    pub error_decoder: Option<ErrorDecoder>,
    /// The response header carrying a request id, if the provider sends one.
    pub request_id_header: Option<&'static str>,
    /// How the provider asks to be backed off (its own retryable and quota statuses, a wait
    /// stated in error bodies), from the spec's `x-groupkit-retry`.
    pub retry: RetryHints,
    /// Statuses at which a page that is not the provider's error format (the decoder returns
    /// `None`, and the body is not JSON: an HTML or plain-text page) means the API does not
    /// serve the call at this base URL: the call fails with
    /// [`crate::Error::EndpointUnavailable`] instead of [`crate::Error::Api`]. From the spec's
    /// `x-groupkit-error.unavailable`; empty for a provider that answers some of its own
    /// errors with such pages.
    pub unavailable_statuses: &'static [u16],
}

impl Provider {
    /// A provider with a name and nothing else configured.
    pub const fn new(name: &'static str) -> Self {
        Provider {
            name,
            default_base_url: None,
            error_decoder: None,
            request_id_header: None,
            retry: RetryHints::NONE,
            unavailable_statuses: &[],
        }
    }
}
