//! A string that must never be printed: API keys, passwords, session cookies, csrf tokens.

use std::fmt;

/// A secret value. It enters the SDK wrapped and stays wrapped: `Debug` and `Display` print
/// `[redacted]`, and the only way to read it is the explicit [`Secret::expose`] (serializing it
/// writes the value, for request bodies that must carry it).
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

/// Reads a secret from a JSON string (a token in a login response, say).
impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

/// Writes the secret's value: request bodies that carry one (a password) need it on the wire.
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

/// Displays as `[redacted]`, so a secret in a model prints safely.
impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let secret = Secret::new("sk_live_123456");
        assert_eq!(format!("{secret:?}"), "Secret([redacted])");
        assert_eq!(format!("{secret}"), "[redacted]");
        let parsed: Secret = serde_json::from_str("\"tok_123456\"").expect("json string");
        assert_eq!(parsed.expose(), "tok_123456");
        assert_eq!(
            serde_json::to_string(&parsed).expect("serialize"),
            "\"tok_123456\""
        );
        assert_eq!(secret.expose(), "sk_live_123456");
    }
}
