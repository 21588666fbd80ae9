//! The ways providers take credentials, as small named schemes.

use std::fmt;
use std::sync::{Arc, RwLock};

use base64::Engine as _;
use http::HeaderMap;
use http::header::{AUTHORIZATION, COOKIE, HeaderName, HeaderValue, SET_COOKIE};

use crate::redact::Redactor;
use crate::secret::Secret;
use crate::{Error, Result};

/// How requests are authenticated.
#[derive(Clone)]
#[non_exhaustive]
pub enum Auth {
    /// No credentials (login calls, public endpoints, tests).
    None,
    /// The raw key in a header, with no scheme word: `Authorization: <key>` (Groupboss).
    RawKey {
        /// The header carrying the key.
        header: HeaderName,
        /// The key.
        key: Secret,
    },
    /// `Authorization: Bearer <key>` (Groups.io API keys).
    Bearer(Secret),
    /// HTTP Basic: `Authorization: Basic base64(user:secret)` (Habitate, SendHub, Groups.io tokens).
    Basic {
        /// The user name (for Habitate: the calling system's name).
        user: String,
        /// The password or key.
        secret: Secret,
    },
    /// Credentials as query parameters on every call (SendHub's `username` + `api_key`).
    Query(Vec<(String, Secret)>),
    /// A login session: a cookie, plus a csrf token that writes carry as a form field.
    Session(SessionStore),
}

impl Auth {
    /// `Authorization: <key>`.
    pub fn raw_key(key: impl Into<Secret>) -> Self {
        Auth::RawKey {
            header: AUTHORIZATION,
            key: key.into(),
        }
    }

    /// `Authorization: Bearer <key>`.
    pub fn bearer(key: impl Into<Secret>) -> Self {
        Auth::Bearer(key.into())
    }

    /// HTTP Basic with a user name and a secret.
    pub fn basic(user: impl Into<String>, secret: impl Into<Secret>) -> Self {
        Auth::Basic {
            user: user.into(),
            secret: secret.into(),
        }
    }

    /// Query-string credentials, e.g. `[("username", user), ("api_key", key)]`. Every value is
    /// treated as a secret, the user name included: it identifies the account.
    pub fn query<K: Into<String>, V: Into<Secret>>(
        params: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Auth::Query(
            params
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// A session whose state a login call fills in; writes carry the csrf token in `csrf_field`.
    pub fn session(csrf_field: &'static str) -> Self {
        Auth::Session(SessionStore::new(csrf_field))
    }

    /// Checks the credentials when the client is built ([`Error::Config`]): a key that is
    /// empty, blank or cannot go in a header (a line break pasted with it), a Basic user name
    /// that is blank or holds `:` (which would split it on the server), an empty query
    /// credential. The messages never quote the value.
    pub(crate) fn validate(&self) -> Result<()> {
        let blank = |secret: &Secret| secret.expose().trim().is_empty();
        let unsendable = |value: &str| HeaderValue::from_str(value).is_err();
        let problem = match self {
            Auth::RawKey { key, .. } | Auth::Bearer(key) if blank(key) => {
                "the API key is empty or blank: pass the key the provider issued to the builder"
                    .to_owned()
            }
            Auth::RawKey { key, .. } | Auth::Bearer(key) if unsendable(key.expose()) => {
                "the API key contains characters not allowed in an HTTP header (a line break, \
                 say): pass the key exactly as issued, without surrounding whitespace"
                    .to_owned()
            }
            Auth::Basic { user, .. } if user.trim().is_empty() => {
                "the Basic auth user name is empty or blank: pass the user name to the builder"
                    .to_owned()
            }
            Auth::Basic { user, .. } if user.contains(':') => {
                "the Basic auth user name must not contain `:`: pass the user name and the \
                 secret separately"
                    .to_owned()
            }
            Auth::Query(params) => match params.iter().find(|(_, v)| blank(v)) {
                Some((name, _)) => format!(
                    "the `{name}` credential is empty or blank: pass its value to the builder"
                ),
                None => return Ok(()),
            },
            _ => return Ok(()),
        };
        Err(Error::Config(problem))
    }

    /// Query parameter names this scheme fills with secrets.
    pub fn sensitive_query_keys(&self) -> Vec<String> {
        match self {
            Auth::Query(params) => params.iter().map(|(k, _)| k.clone()).collect(),
            Auth::Session(store) => vec![store.csrf_field.to_owned()],
            _ => Vec::new(),
        }
    }

    /// Every secret value this scheme holds, for scrubbing error text.
    pub(crate) fn secrets(&self) -> Vec<Secret> {
        match self {
            Auth::None => Vec::new(),
            Auth::RawKey { key, .. } | Auth::Bearer(key) => vec![key.clone()],
            Auth::Basic { user, secret } => {
                // The user name is half of the credential (SendHub's is the account's name).
                let encoded = base64::engine::general_purpose::STANDARD
                    .encode(format!("{user}:{}", secret.expose()));
                vec![
                    secret.clone(),
                    Secret::new(encoded),
                    Secret::new(user.clone()),
                ]
            }
            Auth::Query(params) => params.iter().map(|(_, v)| v.clone()).collect(),
            Auth::Session(store) => store
                .current()
                .map(|s| {
                    // Each cookie's value too: a server may echo one cookie alone.
                    let values = s
                        .cookie
                        .expose()
                        .split(';')
                        .filter_map(|pair| pair.split_once('='));
                    let mut secrets: Vec<Secret> =
                        values.map(|(_, v)| Secret::new(v.trim())).collect();
                    secrets.extend([s.cookie.clone(), s.csrf.clone()]);
                    secrets
                })
                .unwrap_or_default(),
        }
    }

    /// A redactor that hides every secret of this scheme and its credential parameters.
    pub(crate) fn redactor(&self) -> Redactor {
        let keys = self.sensitive_query_keys();
        Redactor::new(&self.secrets(), keys.iter().map(String::as_str))
    }

    /// Adds the credentials to a request's headers and query.
    ///
    /// Keys were checked when the client was built, so only a session cookie the caller
    /// stored by hand can fail here ([`Error::InvalidRequest`]); any other failure is a bug.
    /// The errors have no context yet: the client adds it.
    pub(crate) fn apply(
        &self,
        headers: &mut HeaderMap,
        query: &mut Vec<(String, String)>,
    ) -> Result<()> {
        // `validate` refused every key that is not a valid header value.
        let checked = |value: &str| {
            sensitive(value).ok_or_else(|| {
                Error::internal(
                    "a credential checked when the client was built cannot go in a header",
                )
            })
        };
        match self {
            Auth::None => {}
            Auth::RawKey { header, key } => {
                headers.insert(header.clone(), checked(key.expose())?);
            }
            Auth::Bearer(key) => {
                headers.insert(AUTHORIZATION, checked(&format!("Bearer {}", key.expose()))?);
            }
            Auth::Basic { user, secret } => {
                let encoded = base64::engine::general_purpose::STANDARD
                    .encode(format!("{user}:{}", secret.expose()));
                headers.insert(AUTHORIZATION, checked(&format!("Basic {encoded}"))?);
            }
            Auth::Query(params) => {
                // A next link may already carry the credentials (tastypie echoes them): replace,
                // never duplicate.
                query.retain(|(k, _)| !params.iter().any(|(p, _)| p == k));
                for (name, value) in params {
                    query.push((name.clone(), value.expose().to_owned()));
                }
            }
            Auth::Session(store) => {
                if let Some(state) = store.current() {
                    // The caller's input: `SessionState` is public, and a session restored by
                    // hand may hold anything. One from `from_set_cookie` always fits.
                    let cookie = sensitive(state.cookie.expose()).ok_or_else(|| {
                        Error::invalid(
                            "the session cookie contains characters not allowed in an HTTP \
                             header: store a session built with `SessionState::from_set_cookie`, \
                             or log in again",
                        )
                    })?;
                    headers.insert(COOKIE, cookie);
                }
            }
        }
        Ok(())
    }

    /// The csrf field and token a write must carry, if this is a session with one.
    pub(crate) fn csrf(&self) -> Option<(&'static str, Secret)> {
        match self {
            Auth::Session(store) => store.current().map(|s| (store.csrf_field, s.csrf)),
            _ => None,
        }
    }
}

/// A header value marked sensitive; `None` when `value` cannot be one.
fn sensitive(value: &str) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(value).ok()?;
    value.set_sensitive(true);
    Some(value)
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("Auth::None"),
            Auth::RawKey { header, .. } => write!(f, "Auth::RawKey({header}: [redacted])"),
            Auth::Bearer(_) => f.write_str("Auth::Bearer([redacted])"),
            Auth::Basic { .. } => f.write_str("Auth::Basic([redacted]:[redacted])"),
            Auth::Query(params) => {
                let names: Vec<&str> = params.iter().map(|(k, _)| k.as_str()).collect();
                write!(f, "Auth::Query({names:?} = [redacted])")
            }
            Auth::Session(store) => write!(
                f,
                "Auth::Session(logged_in: {}, csrf_field: {})",
                store.current().is_some(),
                store.csrf_field
            ),
        }
    }
}

/// The state of a login session, shared by every clone of a client.
#[derive(Clone)]
pub struct SessionStore {
    csrf_field: &'static str,
    state: Arc<RwLock<Option<SessionState>>>,
}

impl SessionStore {
    /// An empty store; writes will carry the csrf token in `csrf_field`.
    pub fn new(csrf_field: &'static str) -> Self {
        SessionStore {
            csrf_field,
            state: Arc::default(),
        }
    }

    /// The current session, if logged in.
    pub fn current(&self) -> Option<SessionState> {
        self.state.read().map(|s| s.clone()).unwrap_or(None)
    }

    /// Stores the session a login produced.
    pub fn set(&self, session: SessionState) {
        if let Ok(mut state) = self.state.write() {
            *state = Some(session);
        }
    }

    /// Forgets the session (after logout).
    pub fn clear(&self) {
        if let Ok(mut state) = self.state.write() {
            *state = None;
        }
    }
}

impl fmt::Debug for SessionStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionStore")
            .field("csrf_field", &self.csrf_field)
            .field("logged_in", &self.current().is_some())
            .finish()
    }
}

/// A logged-in session: the `Cookie` header value to send and the csrf token.
#[derive(Clone, Debug)]
pub struct SessionState {
    /// The value of the `Cookie` header.
    pub cookie: Secret,
    /// The csrf token writes carry.
    pub csrf: Secret,
}

impl SessionState {
    /// Builds a session from a login response's `Set-Cookie` headers and the csrf token from
    /// its body. Returns `None` when the response set no cookie.
    pub fn from_set_cookie(headers: &HeaderMap, csrf: impl Into<Secret>) -> Option<SessionState> {
        let pairs: Vec<&str> = headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .map(str::trim)
            .filter(|pair| pair.contains('='))
            .collect();
        if pairs.is_empty() {
            return None;
        }
        Some(SessionState {
            cookie: Secret::new(pairs.join("; ")),
            csrf: csrf.into(),
        })
    }
}
