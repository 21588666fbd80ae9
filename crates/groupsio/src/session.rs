//! Login sessions: email and password in, a session cookie and a csrf token kept in the
//! client.
//!
//! A client built with [`crate::ClientBuilder::session`] starts logged out.
//! [`Client::login_session`] calls `POST /login`, keeps the `Set-Cookie` cookies and the
//! user's `csrf_token`, and from then on every call carries the cookie and every write the
//! `csrf` form field (core adds it to the operations the spec marks `x-groupkit-csrf`).
//! [`Client::logout_session`] ends it. All clones of the client share the session.

use groupkit_core::error::{DecodeError, ErrorContext};
use groupkit_core::{Error, SessionState};

use crate::{Client, Result, models};

impl Client {
    /// Logs in with an email address and password (plus the authenticator code when the
    /// account has two-factor authentication) and keeps the session in this client.
    ///
    /// Errors: [`Error::InvalidRequest`] when the client was not built with `.session()`, or
    /// the email, password or two-factor code is blank (nothing is sent); an API error whose
    /// `code()` is `two_factor_required` when the account needs `twofactor` and it is
    /// missing; a decode error when the response sets no cookie. On any error the client
    /// stays logged out.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
    /// use groupkit_groupsio::Client;
    ///
    /// let client = Client::builder()
    /// #   .base_url(sandbox.base_url("groupsio"))
    ///     .session()
    ///     .build()?;
    /// let (email, password) = ("me@example.com", "password");
    /// # let (email, password) = (groupkit_sandbox::DEMO.email, groupkit_sandbox::DEMO.password);
    /// let login = client.login_session(email, password, None).await?;
    /// println!("logged in as {}", login.user.user_name);
    /// client.update_group("beta").title("Beta").send().await?; // carries csrf
    /// client.logout_session().await?;
    /// # Ok(()) }
    /// ```
    pub async fn login_session(
        &self,
        email: &str,
        password: &str,
        twofactor: Option<&str>,
    ) -> Result<models::Login> {
        // A call the client cannot make, not a configuration error: the client is fine for
        // every other call, and `build()` cannot know that this one will be made.
        let refuse = |reason: &str| Error::InvalidRequest {
            context: login_context(),
            reason: reason.to_owned(),
        };
        let store = self.core().session().ok_or_else(|| {
            refuse(
                "login_session needs a client built with `.session()`: API-key and basic \
                 clients are already authenticated, so call the API directly",
            )
        })?;
        // The values are never quoted: they are credentials.
        if email.trim().is_empty() {
            return Err(refuse(
                "the email address is blank: pass the account's email address",
            ));
        }
        if password.trim().is_empty() {
            return Err(refuse("the password is blank: pass the account's password"));
        }
        if twofactor.is_some_and(|code| code.trim().is_empty()) {
            return Err(refuse(
                "the two-factor code is blank: pass the authenticator's current code, or `None` \
                 when the account has no two-factor authentication",
            ));
        }
        let mut login = self.login().email(email).password(password);
        if let Some(code) = twofactor {
            login = login.twofactor(code);
        }
        let response = login.into_request().send().await?;
        let body: models::Login = response.json()?;
        let state = SessionState::from_set_cookie(response.headers(), body.user.csrf_token.clone())
            .ok_or_else(|| {
                Error::Decode(Box::new(DecodeError {
                    context: login_context(),
                    status: response.status(),
                    path: ".".into(),
                    message: "the login response set no session cookie".into(),
                    snippet: String::new(),
                    // The body holds the csrf token: it is not kept in the error.
                    body: Default::default(),
                }))
            })?;
        store.set(state);
        Ok(body)
    }

    /// Logs out (`GET /logout`) and forgets the session. The local session is forgotten
    /// even when the call fails, so the client is logged out either way; the error is still
    /// returned. Does nothing but the call on clients that do not use a session.
    pub async fn logout_session(&self) -> Result<()> {
        let result = self.logout().send().await;
        if let Some(store) = self.core().session() {
            store.clear();
        }
        result
    }

    /// Whether this client holds a logged-in session.
    pub fn is_logged_in(&self) -> bool {
        self.core()
            .session()
            .is_some_and(|store| store.current().is_some())
    }
}

/// The context of the `login` call `login_session` makes.
fn login_context() -> ErrorContext {
    ErrorContext {
        provider: crate::PROVIDER.name,
        operation: "login",
        method: groupkit_core::http::Method::POST,
        path: "/login",
    }
}
