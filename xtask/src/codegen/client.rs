//! The client module: `PROVIDER`, `Client` and `ClientBuilder`, from the spec's root facts.
//!
//! What differs between providers here is data: the base URL, the retry hints and the auth
//! schemes (`x-groupkit-auth`). Each scheme becomes one builder method, named by scheme so that
//! every crate reads the same: `api_key` (raw key or bearer), `basic`, `credentials` (query
//! parameters) and `session`.

use std::fmt::Write;

use serde_json::Value;

use super::naming::field;
use super::rust;
use crate::spec::Spec;

/// The source of `client.rs`. The glue crate provides `crate::error::decode`.
pub fn emit(spec: &Spec) -> Result<String, String> {
    let doc = &spec.doc;
    let title = doc
        .pointer("/info/title")
        .and_then(Value::as_str)
        .unwrap_or(&spec.name);
    let base_url = doc
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .filter(|url| !url.contains('{'))
        .map_or("None".to_owned(), |url| format!("Some({url:?})"));
    let request_id = doc
        .pointer("/x-groupkit-error/request_id_header")
        .and_then(Value::as_str)
        .map_or("None".to_owned(), |h| format!("Some({h:?})"));
    // Statuses at which a page that is not the provider's error format means the call is
    // not served at this base URL (`x-groupkit-error.unavailable`).
    let unavailable: Vec<String> = doc
        .pointer("/x-groupkit-error/unavailable")
        .and_then(Value::as_array)
        .map(|statuses| {
            statuses
                .iter()
                .filter_map(Value::as_u64)
                .map(|s| s.to_string())
                .collect()
        })
        .unwrap_or_default();
    let schemes = doc
        .get("x-groupkit-auth")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{}: no x-groupkit-auth", spec.file))?;

    let mut out = String::from("//! The client, its builder and the provider's facts.\n\n");
    let _ = writeln!(
        out,
        "/// What core needs to know about this provider.\npub const PROVIDER: groupkit_core::Provider = groupkit_core::Provider {{\n    name: {name:?},\n    default_base_url: {base_url},\n    error_decoder: Some(crate::error::decode),\n    request_id_header: {request_id},\n    retry: super::RETRY,\n    unavailable_statuses: &[{unavailable}],\n}};\n",
        name = spec.name,
        unavailable = unavailable.join(", "),
    );
    let _ = writeln!(
        out,
        "/// A client for the {title}. Cheap to clone: clones share configuration, connections\n/// and any login session. Every operation is a method returning a request builder.\n#[derive(Clone, Debug)]\npub struct Client {{\n    inner: groupkit_core::Client,\n}}\n\nimpl Client {{\n    /// Starts building a client.\n    pub fn builder() -> ClientBuilder {{\n        ClientBuilder {{ inner: groupkit_core::Client::builder(PROVIDER), auth: None }}\n    }}\n\n    /// Core's client underneath: the escape hatch for raw requests that reuse auth,\n    /// timeouts and retries.\n    pub fn core(&self) -> &groupkit_core::Client {{\n        &self.inner\n    }}\n}}\n"
    );
    let mut methods = Vec::new();
    let mut names = Vec::new();
    for scheme in schemes {
        let kind = scheme.get("scheme").and_then(Value::as_str).unwrap_or("");
        let (name, code) = auth_method(kind, scheme)?;
        names.push(format!("`{name}`"));
        methods.push(code);
    }
    // Written here rather than by `rust::doc`, which would escape the intra-doc link.
    let _ = writeln!(
        out,
        "/// Builds a [`Client`]: credentials ({}),\n/// plus optional overrides of core's defaults.",
        names.join(", ")
    );
    out.push_str("#[derive(Debug)]\n#[must_use = \"a builder does nothing until `build` is called\"]\npub struct ClientBuilder {\n    inner: groupkit_core::ClientBuilder,\n    auth: Option<groupkit_core::Auth>,\n}\n\nimpl ClientBuilder {\n");
    for code in methods {
        out.push_str(&code);
    }
    out.push_str(PASS_THROUGH);
    let _ = writeln!(
        out,
        "    /// Checks the configuration and builds the client. Without credentials this is an\n    /// [`groupkit_core::Error::Config`]: every call of this API needs them.\n    pub fn build(self) -> groupkit_core::Result<Client> {{\n        let auth = self.auth.ok_or_else(|| groupkit_core::Error::Config(\"{} needs credentials: call {} on the builder\".into()))?;\n        Ok(Client {{ inner: self.inner.auth(auth).build()? }})\n    }}\n}}",
        spec.name,
        names.join(" or ")
    );
    Ok(out)
}

/// One auth method: its name and code.
fn auth_method(kind: &str, scheme: &Value) -> Result<(&'static str, String), String> {
    let say = |key: &str| {
        scheme
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    Ok(match kind {
        "raw_key" => {
            let header = say("header");
            let auth = if header.eq_ignore_ascii_case("authorization") || header.is_empty() {
                "groupkit_core::Auth::raw_key(key)".to_owned()
            } else {
                format!(
                    "groupkit_core::Auth::RawKey {{ header: groupkit_core::http::HeaderName::from_static({:?}), key: key.into() }}",
                    header.to_ascii_lowercase()
                )
            };
            ("api_key", format!(
                "    /// Authenticates with the API key, sent as `{header}: <key>` with no scheme word.\n    pub fn api_key(mut self, key: impl Into<groupkit_core::Secret>) -> Self {{\n        self.auth = Some({auth});\n        self\n    }}\n\n",
            ))
        }
        "bearer" => ("api_key", "    /// Authenticates with the API key, sent as `Authorization: Bearer <key>`.\n    pub fn api_key(mut self, key: impl Into<groupkit_core::Secret>) -> Self {\n        self.auth = Some(groupkit_core::Auth::bearer(key));\n        self\n    }\n\n".to_owned()),
        "basic" => ("basic", format!(
            "{}    pub fn basic(mut self, user: impl Into<String>, secret: impl Into<groupkit_core::Secret>) -> Self {{\n        self.auth = Some(groupkit_core::Auth::basic(user, secret));\n        self\n    }}\n\n",
            rust::doc(&format!("Authenticates with HTTP Basic: the user is {}, the secret is {}.", say("username"), say("password")), "    ")
        )),
        "query" => {
            let params: Vec<String> = scheme
                .get("params")
                .and_then(Value::as_array)
                .map(|p| p.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                .unwrap_or_default();
            let args: Vec<String> = params.iter().map(|p| format!("{}: impl Into<groupkit_core::Secret>", field(p))).collect();
            let pairs: Vec<String> = params.iter().map(|p| format!("({p:?}, {}.into())", field(p))).collect();
            let list: Vec<String> = params.iter().map(|p| format!("`{p}`")).collect();
            ("credentials", format!(
                "{}    pub fn credentials(mut self, {}) -> Self {{\n        let params: [(&str, groupkit_core::Secret); {}] = [{}];\n        self.auth = Some(groupkit_core::Auth::query(params));\n        self\n    }}\n\n",
                rust::doc(&format!("Authenticates with credentials sent as the {} query parameters of every call. All of them are secrets: none is ever printed.", list.join(" and ")), "    "),
                args.join(", "), params.len(), pairs.join(", ")
            ))
        }
        "session" => ("session", format!(
            "    /// Uses a login session: log in with the `{}` operation; the session cookie is then\n    /// sent with every call, and writes carry the csrf token in the `{}` field.\n    pub fn session(mut self) -> Self {{\n        self.auth = Some(groupkit_core::Auth::session({:?}));\n        self\n    }}\n\n",
            say("login_operation"), say("csrf_field"), say("csrf_field")
        )),
        other => return Err(format!("unknown auth scheme `{other}`")),
    })
}

/// Builder methods that only pass through to core's builder: the same for every provider.
const PASS_THROUGH: &str = r#"    /// Overrides the base URL. It must be `https`, except on loopback hosts (tests, the sandbox).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.inner = self.inner.base_url(url);
        self
    }

    /// Sets the `User-Agent` (default `groupkit/<version>`).
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.inner = self.inner.user_agent(agent);
        self
    }

    /// Adds a header to every request.
    pub fn default_header(mut self, name: groupkit_core::http::HeaderName, value: groupkit_core::http::HeaderValue) -> Self {
        self.inner = self.inner.default_header(name, value);
        self
    }

    /// Sets every timeout at once.
    pub fn timeouts(mut self, timeouts: groupkit_core::Timeouts) -> Self {
        self.inner = self.inner.timeouts(timeouts);
        self
    }

    /// Sets the connect timeout (default 10 s).
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.connect_timeout(timeout);
        self
    }

    /// Sets the per-attempt timeout (default 30 s).
    pub fn attempt_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.attempt_timeout(timeout);
        self
    }

    /// Sets the total timeout of a call, every attempt and wait included (default 60 s).
    pub fn total_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.inner = self.inner.total_timeout(timeout);
        self
    }

    /// Sets the retry policy; this provider's own retry hints still apply on top of it.
    pub fn retry_policy(mut self, policy: groupkit_core::RetryPolicy) -> Self {
        self.inner = self.inner.retry_policy(policy);
        self
    }

    /// Sets the most requests in flight at once, and the default page prefetch window.
    pub fn max_concurrency(mut self, n: usize) -> Self {
        self.inner = self.inner.max_concurrency(n);
        self
    }

    /// Sets the largest response body read into memory.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.inner = self.inner.max_body_bytes(n);
        self
    }

    /// Sets the client-wide retry budget (default: the AWS SDKs' standard token bucket;
    /// `RetryBudget::unlimited()` turns it off).
    pub fn retry_budget(mut self, budget: groupkit_core::RetryBudget) -> Self {
        self.inner = self.inner.retry_budget(budget);
        self
    }

    /// Sets the longest URL sent; a longer one is refused before sending.
    pub fn max_url_bytes(mut self, n: usize) -> Self {
        self.inner = self.inner.max_url_bytes(n);
        self
    }

    /// Uses another transport (middleware, a recorder, a fake).
    pub fn transport(mut self, transport: std::sync::Arc<dyn groupkit_core::Transport>) -> Self {
        self.inner = self.inner.transport(transport);
        self
    }

"#;
