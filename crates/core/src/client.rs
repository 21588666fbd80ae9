//! The client: turns a [`Request`] into a response, with auth, timeouts, retries and tracing.

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use http::header::{CONTENT_TYPE, COOKIE, HeaderValue, RETRY_AFTER, SET_COOKIE};
use http::{HeaderMap, StatusCode};
use tokio::sync::Semaphore;
use tracing::Instrument;

use crate::auth::SessionStore;
use crate::config::{ClientBuilder, Config};
use crate::error::{ApiError, ErrorContext, TimeoutKind};
use crate::provider::Provider;
use crate::request::{Operation, Request};
use crate::response::{Response, StreamingResponse};
use crate::retry::{self, Attempt, Decision, Failure};
use crate::secret::{Secret, scrubbed_snippet};
use crate::transport::{ByteStream, HttpRequest, TransportError};
use crate::{Error, RequestBuilder, Result};

/// A configured connection to one provider. Cheap to clone: clones share configuration,
/// connections, the concurrency limit and the login session.
#[derive(Clone, Debug)]
pub struct Client {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    permits: Semaphore,
}

/// A response as one attempt left it: the body in memory, or still streaming.
enum Received {
    Buffered(Bytes),
    Streaming(ByteStream),
}

impl Client {
    /// Starts building a client for `provider`.
    pub fn builder(provider: Provider) -> ClientBuilder {
        ClientBuilder::new(provider)
    }

    pub(crate) fn from_config(config: Config) -> Client {
        let permits = Semaphore::new(config.max_concurrency);
        Client {
            inner: Arc::new(Inner { config, permits }),
        }
    }

    /// The configuration this client was built with.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The login session, when the client authenticates with one.
    pub fn session(&self) -> Option<&SessionStore> {
        match &self.inner.config.auth {
            crate::Auth::Session(store) => Some(store),
            _ => None,
        }
    }

    /// A request for `operation`: the escape hatch for calls the generated code lacks. It
    /// reuses auth, timeouts, retries and the base URL.
    pub fn request(&self, operation: Operation) -> RequestBuilder {
        RequestBuilder::new(self.clone(), Request::new(operation))
    }

    /// Sends `request` and reads the whole body (up to the configured limit).
    pub async fn send(&self, request: &Request) -> Result<Response> {
        let context = self.context(&request.operation);
        let (status, headers, received) = self.execute(request, false).await?;
        let body = match received {
            Received::Buffered(body) => body,
            Received::Streaming(stream) => collect(stream, self.inner.config.max_body_bytes)
                .await
                .map_err(|e| Error::transport(context.clone(), e))?,
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
        };
        Ok(StreamingResponse::new(context, status, headers, body))
    }

    pub(crate) fn context(&self, operation: &Operation) -> ErrorContext {
        ErrorContext {
            provider: self.inner.config.provider.name,
            operation: operation.name,
            method: operation.method.clone(),
            path: operation.path,
        }
    }

    /// Every secret this client holds, for scrubbing text that goes into errors.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        self.inner.config.auth.secrets()
    }

    /// Builds the wire request: URL, default and per-request headers, auth, csrf, body.
    fn build_http(&self, request: &Request) -> Result<HttpRequest> {
        let config = &self.inner.config;
        let mut headers = config.headers.clone();
        // Per-request headers replace defaults of the same name; repeated ones are all sent.
        for name in request.options.headers.keys() {
            headers.remove(name);
        }
        for (name, value) in &request.options.headers {
            headers.append(name, value.clone());
        }
        let mut auth_query = Vec::new();
        if request.operation.authenticated {
            config.auth.apply(&mut headers, &mut auth_query)?;
        }
        let mut body = request.body.clone();
        if request.operation.csrf
            && request.operation.authenticated
            && let Some((field, token)) = config.auth.csrf()
            && !body.add_field(field, token.expose())
        {
            return Err(Error::Config(format!(
                "{} sends a JSON body; the session's csrf token can only go in a form",
                request.operation.name
            )));
        }
        let mut url = request.url(&config.base_url, &[])?;
        if !auth_query.is_empty() {
            // Credentials replace any copy already in the URL (a followed next link).
            let kept: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| !auth_query.iter().any(|(a, _)| a == k))
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            url.query_pairs_mut()
                .clear()
                .extend_pairs(kept)
                .extend_pairs(&auth_query);
        }
        let (content_type, bytes) = body.encode();
        if let Some(content_type) = content_type {
            let value = HeaderValue::from_str(&content_type)
                .map_err(|_| Error::Config("invalid content type".into()))?;
            headers.insert(CONTENT_TYPE, value);
        }
        let mut http = HttpRequest::new(request.operation.method.clone(), url);
        http.headers = headers;
        http.body = bytes;
        http.sensitive_query = config.auth.sensitive_query_keys().into();
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
        let context = self.context(operation);
        let span = tracing::info_span!(
            "groupkit.call",
            provider = config.provider.name,
            operation = operation.name,
            method = %operation.method,
            path = operation.path,
        );
        async move {
            let policy = request.options.retry.as_ref().unwrap_or(&config.retry);
            let attempt_limit = request
                .options
                .attempt_timeout
                .unwrap_or(config.timeouts.attempt);
            let total_limit = request
                .options
                .total_timeout
                .unwrap_or(config.timeouts.total);
            let http = self.build_http(request)?;
            let start = Instant::now();
            let mut number = 0;
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
                let outcome = tokio::time::timeout(limit, self.attempt(http.clone(), streaming))
                    .instrument(attempt_span.clone())
                    .await;
                let (failure, retry_after, error) = match outcome {
                    Err(_) => (
                        Failure::Timeout,
                        None,
                        Error::Timeout {
                            context: context.clone(),
                            kind,
                            elapsed: start.elapsed(),
                        },
                    ),
                    Ok(Err(source)) => (
                        Failure::Transport,
                        None,
                        Error::transport(context.clone(), source),
                    ),
                    Ok(Ok((status, headers, received))) => {
                        attempt_span.record("status", status.as_u16());
                        if status.is_success() {
                            if let Received::Buffered(body) = &received
                                && body.len() > config.max_body_bytes
                            {
                                return Err(self.too_large(&context, status, body.len()));
                            }
                            return Ok((status, headers, received));
                        }
                        let body = match received {
                            Received::Buffered(body) => body,
                            Received::Streaming(_) => Bytes::new(),
                        };
                        let api = self.api_error(context.clone(), status, headers, body);
                        (
                            Failure::Status(status.as_u16()),
                            api.retry_after,
                            Error::Api(Box::new(api)),
                        )
                    }
                };
                let attempt = Attempt {
                    number,
                    idempotent: operation.idempotent,
                    failure,
                    retry_after,
                };
                match retry::decide(policy, attempt, fastrand::f64()) {
                    Decision::RetryAfter(wait) if start.elapsed() + wait < total_limit => {
                        tracing::debug!(
                            attempt = number,
                            wait_ms = wait.as_millis() as u64,
                            "retrying"
                        );
                        tokio::time::sleep(wait).await;
                    }
                    _ => return Err(error),
                }
            }
        }
        .instrument(span)
        .await
    }

    /// One attempt: send, then read the body unless a successful response is to be streamed.
    /// Error bodies are always read (they are small, and the error needs them).
    async fn attempt(
        &self,
        http: HttpRequest,
        streaming: bool,
    ) -> std::result::Result<(StatusCode, HeaderMap, Received), TransportError> {
        let _permit = self.inner.permits.acquire().await.ok();
        let response = self.inner.config.transport.send(http).await?;
        if streaming && response.status.is_success() {
            return Ok((
                response.status,
                response.headers,
                Received::Streaming(response.body),
            ));
        }
        let body = collect(response.body, self.inner.config.max_body_bytes).await?;
        Ok((response.status, response.headers, Received::Buffered(body)))
    }

    fn too_large(&self, context: &ErrorContext, status: StatusCode, len: usize) -> Error {
        Error::Decode(Box::new(crate::error::DecodeError {
            context: context.clone(),
            status,
            path: ".".into(),
            message: format!(
                "the body is larger than the {} byte limit ({len} bytes or more)",
                self.inner.config.max_body_bytes
            ),
            snippet: String::new(),
            body: Bytes::new(),
        }))
    }

    fn api_error(
        &self,
        context: ErrorContext,
        status: StatusCode,
        mut headers: HeaderMap,
        body: Bytes,
    ) -> ApiError {
        let provider = &self.inner.config.provider;
        let provider_error = provider
            .error_decoder
            .and_then(|decode| decode(status, &headers, &body));
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, SystemTime::now()))
            .or_else(|| provider_error.as_ref().and_then(|e| e.retry_after()));
        let request_id = provider
            .request_id_header
            .and_then(|name| headers.get(name))
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        // Scrubbed before it is cut to length, so a cut secret never shows in part.
        let secrets = self.secrets();
        let summary = match &provider_error {
            Some(e) => scrubbed_snippet(e.to_string().as_bytes(), 0, 200, &secrets),
            None => scrubbed_snippet(&body, 0, 200, &secrets),
        };
        mark_sensitive(&mut headers);
        ApiError {
            context,
            status,
            headers,
            request_id,
            retry_after,
            provider_error,
            summary,
            body,
        }
    }
}

/// Marks headers that may carry session secrets so that `Debug` hides them.
fn mark_sensitive(headers: &mut HeaderMap) {
    for name in [SET_COOKIE, COOKIE] {
        if let http::header::Entry::Occupied(mut entry) = headers.entry(name) {
            for value in entry.iter_mut() {
                value.set_sensitive(true);
            }
        }
    }
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
