//! Checking credentials in each provider's own form (`x-groupkit-auth`), and login sessions.

use std::collections::HashMap;

use base64::Engine as _;
use serde_json::Value;

use crate::reply::Failure;
use crate::request::Incoming;
use crate::spec::{ProviderSpec, Route};

/// The credentials the sandbox accepts, the same for every provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// The API key (raw key, bearer, the `api_key` query parameter, the Basic password).
    pub api_key: &'static str,
    /// The user name (SendHub's `username`, any Basic user name is accepted).
    pub username: &'static str,
    /// The login email (Groups.io sessions).
    pub email: &'static str,
    /// The login password (Groups.io sessions).
    pub password: &'static str,
    /// The secret the sandbox signs webhook deliveries with where the provider signs with a
    /// per-webhook secret (Groups.io's `x-groupsio-signature`).
    pub webhook_secret: &'static str,
}

/// The demo credentials.
pub const DEMO: Credentials = Credentials {
    api_key: "sandbox-api-key",
    username: "demo",
    email: "demo@example.com",
    password: "sandbox-password",
    webhook_secret: "sandbox-webhook-secret",
};

/// The cookie a login sets.
pub const SESSION_COOKIE: &str = "groupkit_session";

/// A logged-in session.
#[derive(Clone, Debug)]
pub struct Session {
    /// The csrf token writes must carry.
    pub csrf: String,
    /// The token for HTTP Basic (Groups.io's `token=true`).
    pub token: String,
}

/// The sessions of one provider, by cookie value.
pub type Sessions = HashMap<String, Session>;

/// Whether the request is authenticated as the spec says; a session write also needs its csrf.
pub fn check(
    spec: &ProviderSpec,
    route: &Route,
    request: &Incoming,
    sessions: &Sessions,
) -> Result<(), Failure> {
    if route
        .op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
    {
        return Ok(());
    }
    let schemes = spec
        .doc
        .get("x-groupkit-auth")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for scheme in &schemes {
        match scheme.get("scheme").and_then(Value::as_str).unwrap_or("") {
            "raw_key" => {
                let header = scheme
                    .get("header")
                    .and_then(Value::as_str)
                    .unwrap_or("authorization");
                if header_value(request, header) == Some(DEMO.api_key) {
                    return Ok(());
                }
            }
            "bearer"
                if header_value(request, "authorization")
                    == Some(&format!("Bearer {}", DEMO.api_key)) =>
            {
                return Ok(());
            }
            "basic" => {
                if let Some((user, password)) = basic(request) {
                    let token = sessions
                        .values()
                        .any(|s| s.token == user && password.is_empty());
                    if (!user.is_empty() && password == DEMO.api_key) || token {
                        return Ok(());
                    }
                }
            }
            "query" => {
                let params = scheme
                    .get("params")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let all = params.iter().filter_map(Value::as_str).all(|name| {
                    let expected = if name.contains("key") {
                        DEMO.api_key
                    } else {
                        DEMO.username
                    };
                    request
                        .query
                        .iter()
                        .filter(|(k, _)| k == name)
                        .map(|(_, v)| v.as_str())
                        .eq([expected])
                });
                if !params.is_empty() && all {
                    return Ok(());
                }
            }
            "session" => {
                if let Some(session) = session(request, sessions) {
                    let field = scheme
                        .get("csrf_field")
                        .and_then(Value::as_str)
                        .unwrap_or("csrf");
                    let needs_csrf =
                        route.op.get("x-groupkit-csrf").and_then(Value::as_bool) == Some(true);
                    if needs_csrf && request.text(field).as_deref() != Some(session.csrf.as_str()) {
                        return Err(Failure::BadCsrf);
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    Err(Failure::Unauthorized)
}

/// The session the request's cookie names.
pub fn session<'a>(request: &Incoming, sessions: &'a Sessions) -> Option<&'a Session> {
    let cookies = header_value(request, "cookie")?;
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .and_then(|(_, value)| sessions.get(value))
}

fn header_value<'a>(request: &'a Incoming, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn basic(request: &Incoming) -> Option<(String, String)> {
    let encoded = header_value(request, "authorization")?.strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}
