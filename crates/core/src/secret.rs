//! A string that must never be printed: API keys, passwords, session cookies, csrf tokens.

use std::fmt;

/// A secret value. It enters the SDK wrapped and stays wrapped: `Debug` prints `[redacted]`,
/// there is no `Display`, and the only way to read it is the explicit [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Box<str>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into().into_boxed_str())
    }

    /// Reads the secret. Call it only where the value goes on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

/// Replaces every occurrence of each secret in `text` with `[redacted]`.
///
/// Used on anything built from a response before it reaches an error message: servers echo
/// query strings (and so keys) back in bodies and links.
pub(crate) fn scrub(text: &str, secrets: &[Secret]) -> String {
    let mut out = text.to_owned();
    for secret in secrets {
        // Very short values would redact ordinary words; real secrets are longer than this.
        if secret.expose().len() >= 4 && out.contains(secret.expose()) {
            out = out.replace(secret.expose(), "[redacted]");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let secret = Secret::new("sk_live_123456");
        assert_eq!(format!("{secret:?}"), "Secret([redacted])");
        assert_eq!(secret.expose(), "sk_live_123456");
    }

    #[test]
    fn scrub_removes_every_occurrence() {
        let secrets = [Secret::new("abcdef"), Secret::new("xy")];
        assert_eq!(
            scrub("key=abcdef&again=abcdef&xy", &secrets),
            "key=[redacted]&again=[redacted]&xy"
        );
    }
}
