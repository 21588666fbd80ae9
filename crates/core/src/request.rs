//! Operations and the requests built for them.

use std::time::Duration;

use http::header::{HeaderName, HeaderValue};
use http::{HeaderMap, Method};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use url::Url;

use crate::body::Body;
use crate::retry::RetryPolicy;
use crate::{Error, Result};

/// A documented API operation: what generated code knows about it at compile time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The operation's name (the Rust method name), for errors and tracing.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the base URL, e.g. `/groups/{id}`.
    pub path: &'static str,
    /// Whether repeating the request is safe (drives retries).
    pub idempotent: bool,
    /// Whether a session's csrf token goes with the request.
    pub csrf: bool,
    /// Whether credentials go with the request (`false` for login calls: `security: []`).
    pub authenticated: bool,
}

impl Operation {
    const fn with(
        name: &'static str,
        method: Method,
        path: &'static str,
        idempotent: bool,
        csrf: bool,
    ) -> Self {
        Operation {
            name,
            method,
            path,
            idempotent,
            csrf,
            authenticated: true,
        }
    }

    /// A GET: idempotent, no csrf.
    pub const fn get(name: &'static str, path: &'static str) -> Self {
        Self::with(name, Method::GET, path, true, false)
    }

    /// A POST: not idempotent, carries the csrf token.
    pub const fn post(name: &'static str, path: &'static str) -> Self {
        Self::with(name, Method::POST, path, false, true)
    }

    /// A PUT: idempotent (it replaces), carries the csrf token.
    pub const fn put(name: &'static str, path: &'static str) -> Self {
        Self::with(name, Method::PUT, path, true, true)
    }

    /// A PATCH: not idempotent, carries the csrf token.
    pub const fn patch(name: &'static str, path: &'static str) -> Self {
        Self::with(name, Method::PATCH, path, false, true)
    }

    /// A DELETE: idempotent, carries the csrf token.
    pub const fn delete(name: &'static str, path: &'static str) -> Self {
        Self::with(name, Method::DELETE, path, true, true)
    }

    /// Overrides idempotency (a POST that only reads, say).
    pub const fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Overrides whether the csrf token is sent.
    pub const fn csrf(mut self, csrf: bool) -> Self {
        self.csrf = csrf;
        self
    }

    /// Sends no credentials (login, login links): the operation's `security` is empty, and a
    /// key must not travel where it is not needed.
    pub const fn without_auth(mut self) -> Self {
        self.authenticated = false;
        self
    }
}

/// Per-request overrides of the client's configuration.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RequestOptions {
    /// Per-attempt timeout.
    pub attempt_timeout: Option<Duration>,
    /// Timeout for the whole call, retries included.
    pub total_timeout: Option<Duration>,
    /// Retry policy.
    pub retry: Option<RetryPolicy>,
    /// Extra headers.
    pub headers: HeaderMap,
}

/// A request before auth and encoding: operation, parameters, body and options.
#[derive(Clone, Debug)]
pub struct Request {
    pub(crate) operation: Operation,
    pub(crate) path_params: Vec<(&'static str, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Body,
    pub(crate) options: RequestOptions,
    /// An absolute URL that replaces path and query (a followed next link).
    pub(crate) url: Option<Url>,
}

impl Request {
    /// A request for `operation` with no parameters.
    pub fn new(operation: Operation) -> Self {
        Request {
            operation,
            path_params: Vec::new(),
            query: Vec::new(),
            body: Body::Empty,
            options: RequestOptions::default(),
            url: None,
        }
    }

    /// The operation this request is for.
    pub fn operation(&self) -> &Operation {
        &self.operation
    }

    /// Fills `{name}` in the path template; the value is percent-encoded as one segment.
    pub fn path_param(&mut self, name: &'static str, value: impl ToString) {
        self.path_params.push((name, value.to_string()));
    }

    /// Adds a query parameter; calling it again with the same key repeats the key.
    pub fn query(&mut self, key: impl Into<String>, value: impl ToString) {
        self.query.push((key.into(), value.to_string()));
    }

    /// Replaces every value of a query parameter.
    pub fn set_query(&mut self, key: &str, value: impl ToString) {
        self.query.retain(|(k, _)| k != key);
        self.query.push((key.to_owned(), value.to_string()));
    }

    /// Sets the body.
    pub fn body(&mut self, body: Body) {
        self.body = body;
    }

    /// Adds a header for this request only.
    pub fn header(&mut self, name: HeaderName, value: HeaderValue) {
        self.options.headers.append(name, value);
    }

    /// The per-request options.
    pub fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }

    /// The URL for this request: the base URL joined with the filled path template, plus the
    /// query. Every path segment value is percent-encoded (`a+b` becomes `a%2Bb`).
    pub(crate) fn url(&self, base: &Url, auth_query: &[(String, String)]) -> Result<Url> {
        let mut url = match &self.url {
            Some(url) => url.clone(),
            None => {
                // The base URL was checked when the client was built (no query, no fragment);
                // only its path is extended, which spares parsing the whole URL again.
                let path = fill_path(self.operation.path, &self.path_params)?;
                let mut url = base.clone();
                let joined = format!(
                    "{}/{}",
                    base.path().trim_end_matches('/'),
                    path.trim_start_matches('/')
                );
                url.set_path(&joined);
                url
            }
        };
        // Credentials replace any copy already in the request or the URL (tastypie's next
        // links echo them): never sent twice, never stale.
        let is_auth = |key: &str| auth_query.iter().any(|(a, _)| a == key);
        if !auth_query.is_empty() && url.query_pairs().any(|(k, _)| is_auth(&k)) {
            let kept: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| !is_auth(k))
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            url.query_pairs_mut().clear().extend_pairs(kept);
        }
        let extra = self
            .query
            .iter()
            .filter(|(k, _)| !is_auth(k))
            .chain(auth_query);
        let mut has_any = url.query().is_some_and(|q| !q.is_empty());
        let mut pairs = url.query_pairs_mut();
        for (k, v) in extra {
            pairs.append_pair(k, v);
            has_any = true;
        }
        drop(pairs);
        if !has_any {
            url.set_query(None);
        }
        Ok(url)
    }
}

/// Characters left alone in a path segment: RFC 3986 unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Replaces each `{name}` in `template` with its encoded value.
///
/// An empty value is the caller's ([`Error::InvalidRequest`]: an empty segment would address
/// another resource). A template with an unclosed `{`, or naming a parameter not in `params`,
/// is a bug in the operation's definition ([`Error::Internal`]): generated and hand-written
/// operations fill every parameter their template names. Outside a client the errors have no
/// context; the client adds it.
pub fn fill_path(template: &str, params: &[(&'static str, String)]) -> Result<String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').ok_or_else(|| {
            Error::internal(format!(
                "the path template `{template}` has an unclosed `{{`"
            ))
        })? + open;
        let name = &rest[open + 1..close];
        let value = params
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .ok_or_else(|| {
                Error::internal(format!(
                    "the path template `{template}` names `{name}`, which the operation did not fill"
                ))
            })?;
        if value.1.is_empty() {
            return Err(Error::invalid(format!(
                "the path parameter `{name}` is empty: pass a non-empty value (an empty segment \
                 would address another resource)"
            )));
        }
        out.extend(utf8_percent_encode(&value.1, SEGMENT));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_percent_encoded() {
        let path = fill_path(
            "/groups/{name}/topics/{id}",
            &[("name", "parent+sub group/x".into()), ("id", "42".into())],
        )
        .expect("filled");
        assert_eq!(path, "/groups/parent%2Bsub%20group%2Fx/topics/42");
    }

    #[test]
    fn empty_values_are_the_callers_and_template_faults_are_bugs() {
        let empty = fill_path("/users/{id}", &[("id", String::new())]).expect_err("empty");
        assert!(
            matches!(&empty, Error::InvalidRequest { reason, .. } if reason.contains("`id` is empty")),
            "{empty:?}"
        );
        let unfilled = fill_path("/users/{id}", &[]).expect_err("unfilled");
        assert!(
            matches!(&unfilled, Error::Internal { context: None, reason }
                if reason.contains("names `id`, which the operation did not fill")),
            "{unfilled:?}"
        );
        let unclosed = fill_path("/users/{id", &[("id", "1".into())]).expect_err("unclosed");
        assert!(
            matches!(&unclosed, Error::Internal { reason, .. } if reason.contains("unclosed `{`")),
            "{unclosed:?}"
        );
        assert!(
            unclosed
                .to_string()
                .contains("bug in groupkit, please report it")
        );
    }

    #[test]
    fn constructors_set_idempotency_and_csrf() {
        let cases = [
            (Operation::get("get", "/x"), true, false),
            (Operation::post("post", "/x"), false, true),
            (Operation::put("put", "/x"), true, true),
            (Operation::patch("patch", "/x"), false, true),
            (Operation::delete("delete", "/x"), true, true),
            (
                Operation::post("search", "/x").idempotent(true).csrf(false),
                true,
                false,
            ),
        ];
        for (op, idempotent, csrf) in cases {
            assert_eq!((op.idempotent, op.csrf), (idempotent, csrf), "{}", op.name);
        }
    }

    #[test]
    fn url_joins_base_path_and_repeated_query() {
        let base = Url::parse("https://groups.io/api/v1/").expect("base");
        let mut req = Request::new(Operation::get("getsubs", "/getsubs"));
        req.query("id", 1);
        req.query("id", 2);
        let url = req
            .url(&base, &[("api_key".into(), "k".into())])
            .expect("url");
        assert_eq!(
            url.as_str(),
            "https://groups.io/api/v1/getsubs?id=1&id=2&api_key=k"
        );
        let bare = Request::new(Operation::get("me", "users/me"));
        assert_eq!(
            bare.url(&base, &[]).expect("url").as_str(),
            "https://groups.io/api/v1/users/me"
        );
    }
}
