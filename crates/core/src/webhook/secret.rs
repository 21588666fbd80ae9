//! The secret a receiver checks deliveries with.

use std::fmt;

use crate::Secret;

/// The secret a webhook receiver checks deliveries with: a Groups.io webhook's secret, a
/// SendHub API key, or the token a Groupboss or Habitate target URL carries.
///
/// `Debug` and `Display` print `[redacted]`, and it has no `PartialEq`: the only comparisons
/// made with it are the constant-time ones in [`HmacSha1::verify`](super::HmacSha1::verify)
/// and [`UrlToken::verify`](super::UrlToken::verify). Read it with [`WebhookSecret::expose`].
#[derive(Clone)]
pub struct WebhookSecret(Box<[u8]>);

impl WebhookSecret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        WebhookSecret(value.into().into_bytes().into_boxed_slice())
    }

    /// The secret's bytes. Call it only to key a MAC or to build a target URL.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Whether the secret is empty. An empty secret verifies nothing: anyone can compute a
    /// MAC with an empty key, so every check with one fails with
    /// [`VerifyError::EmptySecret`](super::VerifyError::EmptySecret).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret([redacted])")
    }
}

/// Displays as `[redacted]`.
impl fmt::Display for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for WebhookSecret {
    fn from(value: String) -> Self {
        WebhookSecret::new(value)
    }
}

impl From<&str> for WebhookSecret {
    fn from(value: &str) -> Self {
        WebhookSecret::new(value)
    }
}

/// An API key already wrapped (SendHub signs with the account's API key).
impl From<&Secret> for WebhookSecret {
    fn from(value: &Secret) -> Self {
        WebhookSecret::new(value.expose())
    }
}

impl From<Secret> for WebhookSecret {
    fn from(value: Secret) -> Self {
        WebhookSecret::from(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_printed() {
        let secret = WebhookSecret::new("whsec_0123456789");
        assert_eq!(format!("{secret:?}"), "WebhookSecret([redacted])");
        assert_eq!(format!("{secret:#?}"), "WebhookSecret([redacted])");
        assert_eq!(secret.to_string(), "[redacted]");
        assert_eq!(secret.expose(), b"whsec_0123456789");
        let from_key = WebhookSecret::from(Secret::new("api-key"));
        assert_eq!(from_key.expose(), b"api-key");
        assert!(WebhookSecret::new("").is_empty());
    }
}
