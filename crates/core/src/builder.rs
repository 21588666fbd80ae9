//! The fluent request builder every generated operation method returns into.

use std::time::Duration;

use http::header::{HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::body::{Body, Part};
use crate::client::Client;
use crate::pagination::{Paginator, Style};
use crate::request::Request;
use crate::response::{Response, StreamingResponse};
use crate::retry::RetryPolicy;
use crate::{Error, Result};

/// A request being built on a client. Nothing is sent until `send*`, `pages` or `items`.
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct RequestBuilder {
    client: Client,
    request: Request,
    /// The first error met while building (a body that would not serialize), reported by send.
    error: Option<Error>,
}

impl RequestBuilder {
    pub(crate) fn new(client: Client, request: Request) -> Self {
        RequestBuilder {
            client,
            request,
            error: None,
        }
    }

    /// Fills `{name}` in the path template (percent-encoded as one segment).
    pub fn path_param(mut self, name: &'static str, value: impl ToString) -> Self {
        self.request.path_param(name, value);
        self
    }

    /// Adds a query parameter; repeated calls repeat the key.
    pub fn query(mut self, key: impl Into<String>, value: impl ToString) -> Self {
        self.request.query(key, value);
        self
    }

    /// Adds a query parameter when `value` is `Some`.
    pub fn query_opt(self, key: impl Into<String>, value: Option<impl ToString>) -> Self {
        match value {
            Some(value) => self.query(key, value),
            None => self,
        }
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.request.header(name, value);
        self
    }

    /// Sets a JSON body. A value that does not serialize is an [`Error::InvalidRequest`],
    /// returned by `send*` and by the paginator; nothing is sent.
    pub fn json<T: Serialize + ?Sized>(mut self, value: &T) -> Self {
        match Body::json(value) {
            Ok(body) => self.request.body(body),
            Err(e) => self.fail(e),
        }
        self
    }

    /// Sets a JSON object body in which the fields `nulls` are sent as `null`: the fields a
    /// caller clears, which the value leaves out when it holds nothing for them. A value that
    /// does not serialize, or not to an object, is an [`Error::InvalidRequest`]; nothing is
    /// sent.
    pub fn json_with_nulls<T: Serialize + ?Sized>(mut self, value: &T, nulls: &[&str]) -> Self {
        if nulls.is_empty() {
            return self.json(value);
        }
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(mut fields)) => {
                for field in nulls {
                    fields.insert((*field).to_owned(), serde_json::Value::Null);
                }
                self.json(&fields)
            }
            Ok(_) => {
                self.fail(Error::invalid(
                    "fields to clear need a JSON object body, and this body is not one",
                ));
                self
            }
            // The same refusal `json` gives it.
            Err(_) => self.json(value),
        }
    }

    /// Sets a form-urlencoded body (keys may repeat).
    pub fn form(mut self, fields: Vec<(String, String)>) -> Self {
        self.request.body(Body::Form(fields));
        self
    }

    /// Sets a multipart body.
    pub fn multipart(mut self, parts: Vec<Part>) -> Self {
        self.request.body(Body::Multipart(parts));
        self
    }

    /// Sets any body.
    pub fn body(mut self, body: Body) -> Self {
        self.request.body(body);
        self
    }

    /// Overrides the per-attempt timeout for this request.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.request.options_mut().attempt_timeout = Some(timeout);
        self
    }

    /// Overrides the total timeout for this request.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.request.options_mut().total_timeout = Some(timeout);
        self
    }

    /// Overrides the retry policy for this request.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.request.options_mut().retry = Some(policy);
        self
    }

    /// Records a validation failure found while building (a value out of range, say); the
    /// first one is returned by `send*` and by the paginator, and nothing is sent. An
    /// [`Error::InvalidRequest`] made without a call's context gets this request's, and its
    /// reason is scrubbed of the client's credentials.
    pub fn check(mut self, result: Result<()>) -> Self {
        if let Err(e) = result {
            self.fail(e);
        }
        self
    }

    /// Keeps the first error, in this call's context.
    fn fail(&mut self, error: Error) {
        if self.error.is_none() {
            let context = self.client.context(self.request.operation());
            self.error = Some(error.bind(&context, &self.client.redactor()));
        }
    }

    /// The request as built so far.
    pub fn request(&self) -> &Request {
        &self.request
    }

    fn checked(self) -> Result<(Client, Request)> {
        match self.error {
            Some(e) => Err(e),
            None => Ok((self.client, self.request)),
        }
    }

    /// Sends the request and returns the response with its body in memory.
    pub async fn send(self) -> Result<Response> {
        let (client, request) = self.checked()?;
        client.send(&request).await
    }

    /// Sends the request and decodes the JSON body into `T`.
    pub async fn send_json<T: DeserializeOwned>(self) -> Result<T> {
        self.send().await?.json()
    }

    /// Sends the request and streams the body (downloads).
    pub async fn send_streaming(self) -> Result<StreamingResponse> {
        let (client, request) = self.checked()?;
        client.send_streaming(&request).await
    }

    /// A listing over this request in the given pagination style.
    pub fn paginate<T: DeserializeOwned + Send + 'static>(self, style: Style) -> Paginator<T> {
        Paginator::new(self.client, self.request, style, self.error)
    }
}
