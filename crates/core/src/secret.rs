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

/// The forms in which a secret may come back: as sent, form-encoded (`+` for space) and
/// percent-encoded (servers echo query strings in both).
fn forms(secret: &Secret) -> Vec<String> {
    let raw = secret.expose();
    let form: String = url::form_urlencoded::byte_serialize(raw.as_bytes()).collect();
    let percent =
        percent_encoding::utf8_percent_encode(raw, percent_encoding::NON_ALPHANUMERIC).to_string();
    let mut forms = vec![raw.to_owned(), form, percent];
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    forms
}

/// Replaces every occurrence of each secret, in any of its encoded forms, with `[redacted]`.
///
/// Used on anything built from a response before it reaches an error message: servers echo
/// query strings (and so keys) back in bodies and links.
pub(crate) fn scrub(text: &str, secrets: &[Secret]) -> String {
    let mut out = text.to_owned();
    for secret in secrets {
        // Very short values would redact ordinary words; real secrets are longer than this.
        if secret.expose().len() < 4 {
            continue;
        }
        for form in forms(secret) {
            if out.contains(&form) {
                out = out.replace(&form, "[redacted]");
            }
        }
    }
    out
}

/// `len` bytes of `body` from `start` as one line of text, with every secret hidden, even one
/// that the window cuts: the window is widened by the longest secret on each side, scrubbed,
/// and only then trimmed back, so a cut secret's visible part falls in the trimmed margin.
pub(crate) fn scrubbed_snippet(
    body: &[u8],
    start: usize,
    len: usize,
    secrets: &[Secret],
) -> String {
    if body.is_empty() {
        return "(empty body)".to_owned();
    }
    let margin = secrets
        .iter()
        .flat_map(forms)
        .map(|f| f.len())
        .max()
        .unwrap_or(0);
    let start = start.min(body.len());
    let end = (start + len).min(body.len());
    let wide_start = start.saturating_sub(margin);
    let wide_end = (end + margin).min(body.len());
    let text = scrub(
        &String::from_utf8_lossy(&body[wide_start..wide_end]),
        secrets,
    );
    let chars: Vec<char> = text.chars().collect();
    let head = start - wide_start;
    let tail = wide_end - end;
    let kept: String = chars
        .get(head.min(chars.len())..chars.len().saturating_sub(tail).max(head.min(chars.len())))
        .unwrap_or(&[])
        .iter()
        .collect();
    let mut line = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    if wide_start > 0 && start > 0 {
        line.insert(0, '…');
    }
    if end < body.len() {
        line.push('…');
    }
    line
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

    #[test]
    fn snippets_hide_secrets_cut_by_their_window() {
        let secrets = [Secret::new("sk_live_SECRET123")];
        let body = b"xxxxxxxxxxxxxxxxxxxx sk_live_SECRET123 yyyyyyyyyyyyyyyyyyyy";
        for start in 0..body.len() {
            for len in [5, 12, 30] {
                let shown = scrubbed_snippet(body, start, len, &secrets);
                for piece in ["SECRET", "CRET1", "sk_li", "T123"] {
                    assert!(!shown.contains(piece), "{start}+{len}: {shown}");
                }
            }
        }
        assert_eq!(scrubbed_snippet(b"", 0, 10, &secrets), "(empty body)");
        assert_eq!(scrubbed_snippet(b"abcdef", 0, 3, &[]), "abc…");
    }

    #[test]
    fn scrub_removes_encoded_forms() {
        let secrets = [Secret::new("sk+live/KEY==")];
        let text = "a=sk%2Blive%2FKEY%3D%3D b=sk+live/KEY== c=sk%2Blive%2FKEY%3D%3D";
        assert_eq!(
            scrub(text, &secrets),
            "a=[redacted] b=[redacted] c=[redacted]"
        );
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
