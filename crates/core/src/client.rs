//! The client: turns a [`Request`] into a response, with auth, timeouts, retries and tracing.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use http::{HeaderMap, StatusCode};
use tokio::sync::Semaphore;
use tokio::time::Instant;
use tracing::Instrument;

use crate::auth::SessionStore;
use crate::config::{ClientBuilder, Config, Timeouts};
use crate::error::{ApiError, DecodeError, ErrorContext, TimeoutKind, UnavailableError};
use crate::provider::Provider;
use crate::redact::Redactor;
use crate::request::{Operation, Request};
use crate::response::{Response, StreamingResponse};
use crate::retry::{self, Attempt, Bucket, Decision, Failure};
use crate::transport::{ByteStream, HttpRequest, TransportError, TransportErrorKind};
use crate::{Auth, Error, RequestBuilder, Result};

/// A configured connection to one provider. Cheap to clone: clones share configuration,
/// connections, the concurrency limit, the retry budget and the login session.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    permits: Semaphore,
    budget: Bucket,
    /// Hides the credentials fixed at build time (a session's are added when it exists).
    redactor: Redactor,
    /// The default headers with the credential header already set, for schemes whose header
    /// never changes (key, bearer, Basic): built once, not encoded again for every request.
    signed_headers: Option<HeaderMap>,
}

/// How much longer than the transport's own limit the client waits before ending an attempt
/// itself (never past the total limit): a transport that ignores `HttpRequest::timeout` is
/// still bounded.
const TRANSPORT_GRACE: Duration = Duration::from_millis(250);

/// A response as one attempt left it: the body in memory, still streaming, or refused.
enum Received {
    Buffered(Bytes),
    Streaming(ByteStream),
    /// A successful response whose `Content-Length` exceeds the body limit: not read at all.
    TooLarge(u64),
}

impl Client {
    /// Starts building a client for `provider`.
    pub fn builder(provider: Provider) -> ClientBuilder {
        ClientBuilder::new(provider)
    }

    pub(crate) fn from_config(config: Config) -> Client {
        let permits = Semaphore::new(config.max_concurrency);
        let budget = Bucket::new(config.retry_budget);
        let redactor = config.auth.redactor();
        let signed_headers = match config.auth {
            Auth::RawKey { .. } | Auth::Bearer(_) | Auth::Basic { .. } => {
                let mut headers = config.headers.clone();
                config
                    .auth
                    .apply(&mut headers, &mut Vec::new())
                    .ok()
                    .map(|()| headers)
            }
            _ => None,
        };
        Client {
            inner: Arc::new(Inner {
                config,
                permits,
                budget,
                redactor,
                signed_headers,
            }),
        }
    }

    /// The configuration this client was built with.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The login session, when the client authenticates with one.
    pub fn session(&self) -> Option<&SessionStore> {
        match &self.inner.config.auth {
            Auth::Session(store) => Some(store),
            _ => None,
        }
    }

    /// A request for `operation`: the escape hatch for calls the generated code lacks. It
    /// reuses auth, timeouts, retries and the base URL.
    pub fn request(&self, operation: Operation) -> RequestBuilder {
        RequestBuilder::new(self.clone(), Request::new(operation))
    }

    /// Hides every credential this client holds (a login session's as it is now) in text.
    pub fn redactor(&self) -> Cow<'_, Redactor> {
        match &self.inner.config.auth {
            Auth::Session(_) => Cow::Owned(self.inner.config.auth.redactor()),
            _ => Cow::Borrowed(&self.inner.redactor),
        }
    }

    /// Sends `request` and reads the whole body (up to the configured limit).
    pub async fn send(&self, request: &Request) -> Result<Response> {
        let context = self.context(&request.operation);
        let (status, headers, received) = self.execute(request, false).await?;
        let body = match received {
            Received::Buffered(body) => body,
            Received::Streaming(stream) => collect(stream, self.inner.config.max_body_bytes)
                .await
                .map_err(|e| self.transport_error(context.clone(), e, 1, Duration::ZERO))?,
            Received::TooLarge(len) => return Err(self.too_large(&context, status, len)),
        };
        Ok(Response::new(self.clone(), context, status, headers, body))
    }

    /// Sends `request` and returns as soon as a successful response's headers arrive; the body
    /// is streamed. Retries cover everything up to the headers.
    pub async fn send_streaming(&self, request: &Request) -> Result<StreamingResponse> {
        let context = self.context(&request.operation);
        let (status, headers, received) = self.execute(request, true).await?;
        let body = match received {
            Received::Streaming(body) => body,
            Received::Buffered(bytes) => Box::pin(futures::stream::once(async move { Ok(bytes) })),
            Received::TooLarge(len) => return Err(self.too_large(&context, status, len)),
        };
        Ok(StreamingResponse::new(
            self.clone(),
            context,
            status,
            headers,
            body,
        ))
    }

    pub(crate) fn context(&self, operation: &Operation) -> ErrorContext {
        ErrorContext {
            provider: self.inner.config.provider.name,
            operation: operation.name,
            method: operation.method.clone(),
            path: operation.path,
        }
    }

    /// An error for a failure below HTTP: a timeout the transport enforces (connect, a
    /// stalled body) names its limit; a request that could not be built is invalid, not
    /// retried; anything else is a transport error with its message scrubbed.
    pub(crate) fn transport_error(
        &self,
        context: ErrorContext,
        source: TransportError,
        attempts: u32,
        elapsed: Duration,
    ) -> Error {
        let timeouts: &Timeouts = &self.inner.config.timeouts;
        let timeout = |kind, limit| Error::Timeout {
            context: context.clone(),
            kind,
            limit,
            elapsed,
            attempts,
        };
        match source.kind() {
            TransportErrorKind::ConnectTimeout => timeout(TimeoutKind::Connect, timeouts.connect),
            TransportErrorKind::ReadTimeout => timeout(TimeoutKind::Read, timeouts.read),
            TransportErrorKind::InvalidRequest => Error::InvalidRequest {
                reason: self.redactor().scrub(&source.to_string()),
                context,
            },
            _ => Error::Transport {
                cause: source.scrubbed(&self.redactor()),
                context,
            },
        }
    }

    /// Builds the wire request: URL, default and per-request headers, auth, csrf, body.
    fn build_http(&self, request: &Request, redactor: &Redactor) -> Result<HttpRequest> {
        let config = &self.inner.config;
        let context = || self.context(&request.operation);
        let authenticated = request.operation.authenticated;
        // Per-request headers are merged before the credentials, so that those always win.
        let signed = self
            .inner
            .signed_headers
            .as_ref()
            .filter(|_| authenticated && request.options.headers.is_empty());
        let mut headers = signed.unwrap_or(&config.headers).clone();
        if !request.options.headers.is_empty() {
            // Per-request headers replace defaults of the same name; repeated ones are all sent.
            let mut extra = request.options.headers.clone();
            redactor.mark_headers(&mut extra);
            for name in extra.keys() {
                headers.remove(name);
            }
            for (name, value) in &extra {
                headers.append(name, value.clone());
            }
        }
        // Errors made without the call's context (a path, a credential) get it here.
        let bind = |error: Error| error.bind(&context(), redactor);
        let mut auth_query = Vec::new();
        if authenticated && signed.is_none() {
            config
                .auth
                .apply(&mut headers, &mut auth_query)
                .map_err(bind)?;
        }
        if let Some(reason) = request.body.problem() {
            return Err(bind(Error::invalid(reason)));
        }
        let mut body = Cow::Borrowed(&request.body);
        if request.operation.csrf
            && authenticated
            && let Some((field, token)) = config.auth.csrf()
            && !body.to_mut().add_field(field, token.expose())
        {
            // The caller's input, not a bug: generated session writes send forms, but core's
            // request builder lets a caller set a JSON or raw body on any operation.
            return Err(Error::InvalidRequest {
                context: context(),
                reason: "the body is JSON or raw, but a session's csrf token can only go in a \
                         form field: send the fields as a form (`.form(..)`) or multipart"
                    .into(),
            });
        }
        let url = request.url(&config.base_url, &auth_query).map_err(bind)?;
        if url.as_str().len() > config.max_url_bytes {
            return Err(Error::InvalidRequest {
                context: context(),
                reason: format!(
                    "the URL is {} bytes, over the {}-byte limit servers accept; send fewer or \
                     shorter query parameters (or raise `max_url_bytes` if the server takes more)",
                    url.as_str().len(),
                    config.max_url_bytes
                ),
            });
        }
        let (content_type, bytes) = body.encode();
        if let Some(content_type) = content_type {
            // `Body::problem` refused every content type that is not a header value.
            let value = HeaderValue::from_str(&content_type).map_err(|_| Error::Internal {
                context: Some(context()),
                reason: "a content type checked before encoding is not a header value".into(),
            })?;
            headers.insert(CONTENT_TYPE, value);
        }
        let mut http = HttpRequest::new(request.operation.method.clone(), url);
        http.headers = headers;
        http.body = bytes;
        http.redactor = redactor.clone();
        Ok(http)
    }

    /// Runs the attempts: timeouts around each and around all, the retry decision between.
    async fn execute(
        &self,
        request: &Request,
        streaming: bool,
    ) -> Result<(StatusCode, HeaderMap, Received)> {
        let config = &self.inner.config;
        let operation = &request.operation;
        let span = tracing::info_span!(
            "groupkit.call",
            provider = config.provider.name,
            operation = operation.name,
            method = %operation.method,
            path = operation.path,
        );
        let call = async move {
            let policy = request.options.retry.as_ref().unwrap_or(&config.retry);
            let hints = &config.provider.retry;
            let attempt_limit = request
                .options
                .attempt_timeout
                .unwrap_or(config.timeouts.attempt);
            let total_limit = request
                .options
                .total_timeout
                .unwrap_or(config.timeouts.total);
            let redactor = self.redactor();
            let http = self.build_http(request, &redactor)?;
            let start = Instant::now();
            let mut number = 0;
            // Tokens this call's retries took from the budget, returned if it succeeds.
            let mut spent = 0;
            loop {
                number += 1;
                let remaining = total_limit.saturating_sub(start.elapsed());
                let (limit, kind) = if remaining < attempt_limit {
                    (remaining, TimeoutKind::Total)
                } else {
                    (attempt_limit, TimeoutKind::Attempt)
                };
                let attempt_span = tracing::debug_span!(
                    "groupkit.attempt",
                    attempt = number,
                    status = tracing::field::Empty
                );
                let mut wire = http.clone();
                if !streaming {
                    wire.timeout = Some(limit);
                }
                let attempt_start = Instant::now();
                let attempt = self.timed(limit, remaining, streaming, wire);
                // Without a subscriber the span is disabled: skip the wrapper's cost per poll.
                let outcome = if attempt_span.is_disabled() {
                    attempt.await
                } else {
                    attempt.instrument(attempt_span.clone()).await
                };
                let context = || self.context(operation);
                let timed_out = || Error::Timeout {
                    context: context(),
                    kind,
                    limit: if kind == TimeoutKind::Total {
                        total_limit
                    } else {
                        attempt_limit
                    },
                    elapsed: start.elapsed(),
                    attempts: number,
                };
                // The transport's own limit fired (it cannot say which of its timers did: a
                // stall under the read limit is reported before the attempt's limit is up).
                let transport_limit = matches!(&outcome, Ok(Err(e))
                    if e.kind() == TransportErrorKind::ReadTimeout
                        && !streaming
                        && attempt_start.elapsed() >= limit);
                let (failure, retry_after, error) = match outcome {
                    Err(_) => (Failure::Timeout, None, timed_out()),
                    Ok(Err(_)) if transport_limit => (Failure::Timeout, None, timed_out()),
                    Ok(Err(source)) => {
                        let connect_timeout = source.kind() == TransportErrorKind::ConnectTimeout;
                        let error =
                            self.transport_error(context(), source, number, start.elapsed());
                        if matches!(error, Error::InvalidRequest { .. }) {
                            return Err(error);
                        }
                        let failure = if connect_timeout {
                            Failure::Timeout
                        } else {
                            Failure::Transport
                        };
                        (failure, None, error)
                    }
                    Ok(Ok((status, headers, received))) => {
                        attempt_span.record("status", status.as_u16());
                        if status.is_success() {
                            self.inner.budget.succeeded(spent);
                            return Ok((status, headers, received));
                        }
                        let body = match received {
                            Received::Buffered(body) => body,
                            _ => Bytes::new(),
                        };
                        let error =
                            self.status_error(context(), status, headers, body, &redactor, policy);
                        if let Error::EndpointUnavailable(_) = error {
                            // Not the API's answer: the same request would get the same page.
                            return Err(error);
                        }
                        (Failure::Status(status.as_u16()), error.retry_after(), error)
                    }
                };
                let attempt = Attempt {
                    number,
                    idempotent: operation.idempotent,
                    failure,
                    retry_after,
                };
                let wait = match retry::decide(policy, hints, attempt, fastrand::f64()) {
                    Decision::RetryAfter(wait) if start.elapsed() + wait < total_limit => wait,
                    _ => return Err(error),
                };
                let Some(cost) = self.inner.budget.take(failure == Failure::Timeout) else {
                    tracing::debug!(attempt = number, "retry budget spent: not retrying");
                    return Err(error);
                };
                spent += cost;
                tracing::debug!(
                    attempt = number,
                    wait_ms = wait.as_millis() as u64,
                    "retrying"
                );
                tokio::time::sleep(wait).await;
            }
        };
        if span.is_disabled() {
            call.await
        } else {
            call.instrument(span).await
        }
    }

    /// One attempt within its limit. A transport that enforces [`HttpRequest::timeout`]
    /// (reqwest) needs no second timer for a buffered response; any other gets the client's,
    /// a little after its own limit so that a transport that does enforce it reports first
    /// (never past the total limit), and a streamed response's headers always get the client's.
    async fn timed(
        &self,
        limit: Duration,
        remaining: Duration,
        streaming: bool,
        wire: HttpRequest,
    ) -> std::result::Result<
        std::result::Result<(StatusCode, HeaderMap, Received), TransportError>,
        tokio::time::error::Elapsed,
    > {
        let attempt = self.attempt(wire, streaming);
        if streaming {
            tokio::time::timeout(limit, attempt).await
        } else if self.inner.config.transport.enforces_timeout() {
            Ok(attempt.await)
        } else {
            tokio::time::timeout((limit + TRANSPORT_GRACE).min(remaining), attempt).await
        }
    }

    /// One attempt: send, then read the body unless a successful response is to be streamed
    /// or announces more than the body limit. Error bodies are always read (the error needs
    /// them), up to the limit.
    async fn attempt(
        &self,
        http: HttpRequest,
        streaming: bool,
    ) -> std::result::Result<(StatusCode, HeaderMap, Received), TransportError> {
        let limit = self.inner.config.max_body_bytes;
        let _permit = self.inner.permits.acquire().await.ok();
        let response = self.inner.config.transport.send(http).await?;
        let (status, headers) = (response.status, response.headers);
        if status.is_success() {
            if let Some(len) = content_length(&headers)
                && len > limit as u64
                && !streaming
            {
                return Ok((status, headers, Received::TooLarge(len)));
            }
            if streaming {
                return Ok((status, headers, Received::Streaming(response.body)));
            }
        }
        let body = collect(response.body, limit).await?;
        if status.is_success() && body.len() > limit {
            return Ok((status, headers, Received::TooLarge(body.len() as u64)));
        }
        Ok((status, headers, Received::Buffered(body)))
    }

    fn too_large(&self, context: &ErrorContext, status: StatusCode, len: u64) -> Error {
        Error::Decode(Box::new(DecodeError {
            context: context.clone(),
            status,
            path: ".".into(),
            message: format!(
                "the body is {len} bytes or more, over the {}-byte limit; it was not read \
                 (raise `max_body_bytes`, or stream it)",
                self.inner.config.max_body_bytes
            ),
            snippet: String::new(),
            body: Bytes::new(),
        }))
    }

    /// The error for an error status: an [`ApiError`], or an [`UnavailableError`] when the
    /// body is a page the provider's API does not answer with (see [`unavailable_page`]).
    fn status_error(
        &self,
        context: ErrorContext,
        status: StatusCode,
        mut headers: HeaderMap,
        body: Bytes,
        redactor: &Redactor,
        policy: &retry::RetryPolicy,
    ) -> Error {
        let provider = &self.inner.config.provider;
        let provider_error = provider
            .error_decoder
            .and_then(|decode| decode(status, &headers, &body));
        if provider_error.is_none()
            && provider.unavailable_statuses.contains(&status.as_u16())
            && let Some(content_type) = unavailable_page(&headers, &body)
        {
            redactor.mark_headers(&mut headers);
            let html = content_type.as_deref() == Some("text/html");
            return Error::EndpointUnavailable(Box::new(UnavailableError {
                context,
                status,
                content_type: content_type.map(|kind| redactor.cut(&kind, 60)),
                snippet: page_text(redactor, &body, html),
                headers,
                body,
            }));
        }
        let header_wait = headers.get(RETRY_AFTER).and_then(|v| v.to_str().ok());
        let retry_after = provider.retry.wait(header_wait, &body);
        let retryable = retry::is_transient(
            policy,
            &provider.retry,
            Failure::Status(status.as_u16()),
            retry_after,
        );
        let request_id = provider
            .request_id_header
            .and_then(|name| headers.get(name))
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        // The error's headers are a public field: mark them, so that printing them anyhow,
        // the map or one value, hides what carries a credential.
        redactor.mark_headers(&mut headers);
        let summary = match &provider_error {
            Some(e) => redactor.snippet(e.to_string().as_bytes(), 0, 200),
            None => redactor.snippet(&body, 0, 200),
        };
        Error::Api(Box::new(ApiError {
            context,
            status,
            headers,
            request_id,
            retry_after,
            provider_error,
            summary,
            body,
            retryable,
        }))
    }
}

/// Whether an error body the provider's decoder refused is a page rather than an API answer:
/// not empty, not sent as JSON and not JSON at all (an HTML page, a plain-text "page not
/// found"). Then `Some` of its media type, lowercased and without parameters (`None` when the
/// server sent none).
fn unavailable_page(headers: &HeaderMap, body: &[u8]) -> Option<Option<String>> {
    if body.trim_ascii().is_empty() {
        return None;
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|v| !v.is_empty());
    let sent_as_json = content_type
        .as_deref()
        .is_some_and(|kind| kind == "application/json" || kind.ends_with("+json"));
    if sent_as_json || serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok() {
        return None;
    }
    Some(content_type)
}

/// A page's text on one line, scrubbed and cut to 200 characters, an HTML page's tags left
/// out (each one a space). Scrubbed before the tags go, so that a credential-named parameter
/// in an attribute is hidden whole, and cut by the redactor after.
fn page_text(redactor: &Redactor, body: &[u8], html: bool) -> String {
    let text = redactor.snippet(body, 0, 8 * 1024);
    if !html {
        return redactor.cut(&text, 200);
    }
    let mut plain = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => {
                in_tag = true;
                plain.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    redactor.cut(&plain, 200)
}

/// The announced body length, when the header is there and a number.
fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Reads a body into memory, stopping one chunk past `limit` (the caller reports that).
async fn collect(mut body: ByteStream, limit: usize) -> std::result::Result<Bytes, TransportError> {
    // Most bodies arrive in one chunk: keep it as it is, copying only when a second comes.
    let Some(first) = body.next().await.transpose()? else {
        return Ok(Bytes::new());
    };
    let mut buffer = match body.next().await.transpose()? {
        None => return Ok(first),
        Some(second) => {
            let mut buffer = BytesMut::with_capacity(first.len() + second.len());
            buffer.extend_from_slice(&first);
            buffer.extend_from_slice(&second);
            buffer
        }
    };
    while buffer.len() <= limit {
        match body.next().await.transpose()? {
            Some(chunk) => buffer.extend_from_slice(&chunk),
            None => break,
        }
    }
    Ok(buffer.freeze())
}
