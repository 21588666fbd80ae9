//! A secret token in the target URL, for providers that sign nothing (Groupboss, Habitate).
//!
//! The receiver registers its target URL with a random token in the query string
//! (`https://example.com/hooks?token=...`) and checks it on every delivery. This proves only
//! that the sender knows the URL: the body itself is unauthenticated, the token travels in
//! every delivery (so the target must be HTTPS), and it may show up in the provider's UI and
//! in access logs along the way. Use a long random token (32 random bytes, hex: `openssl rand
//! -hex 32`) per target, and rotate it if the URL leaks.

use super::signature::same_secret;
use super::{VerifyError, WebhookSecret};

/// A token scheme: the query parameter that carries the secret.
#[derive(Clone, Copy, Debug)]
pub struct UrlToken {
    param: &'static str,
}

impl UrlToken {
    /// A scheme whose token is the query parameter `param`.
    pub const fn new(param: &'static str) -> Self {
        UrlToken { param }
    }

    /// The query parameter that carries the token.
    pub fn param(&self) -> &'static str {
        self.param
    }

    /// `url` with the token added to its query: the target URL to register with the
    /// provider (and, for tests and fake servers, the URL a delivery is sent to).
    pub fn target_url(&self, url: &str, secret: &WebhookSecret) -> String {
        let (base, fragment) = match url.split_once('#') {
            Some((base, fragment)) => (base, Some(fragment)),
            None => (url, None),
        };
        let separator = match base.split_once('?') {
            None => "?",
            Some((_, "")) => "",
            Some((_, query)) if query.ends_with('&') => "",
            Some(_) => "&",
        };
        let token: String = url::form_urlencoded::byte_serialize(secret.expose()).collect();
        let mut target = format!("{base}{separator}{}={token}", self.param);
        if let Some(fragment) = fragment {
            target.push('#');
            target.push_str(fragment);
        }
        target
    }

    /// Checks the token in `url`: the request target (`/hooks?token=...`, as a server sees
    /// it) or the full URL. The query must carry the parameter exactly once, and its decoded
    /// value must be the secret (compared in constant time). An empty secret fails every
    /// delivery.
    pub fn verify(&self, url: &str, secret: &WebhookSecret) -> Result<(), VerifyError> {
        if secret.is_empty() {
            return Err(VerifyError::EmptySecret);
        }
        let param = self.param;
        let without_fragment = url.split_once('#').map_or(url, |(base, _)| base);
        let query = without_fragment
            .split_once('?')
            .map_or("", |(_, query)| query);
        let mut tokens = url::form_urlencoded::parse(query.as_bytes())
            .filter(|(name, _)| name == param)
            .map(|(_, value)| value);
        // A second value is refused rather than guessed at: which one a framework reads varies.
        let (Some(token), None) = (tokens.next(), tokens.next()) else {
            return Err(VerifyError::MissingToken { param });
        };
        if same_secret(secret, token.as_bytes()) {
            Ok(())
        } else {
            Err(VerifyError::TokenMismatch { param })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: UrlToken = UrlToken::new("token");

    #[test]
    fn target_urls_carry_the_token_encoded() {
        let secret = WebhookSecret::new("a b&c");
        assert_eq!(
            TOKEN.target_url("https://example.com/hooks", &secret),
            "https://example.com/hooks?token=a+b%26c"
        );
        assert_eq!(
            TOKEN.target_url("https://example.com/hooks?x=1#top", &secret),
            "https://example.com/hooks?x=1&token=a+b%26c#top"
        );
        assert_eq!(
            TOKEN.target_url("https://example.com/hooks?", &secret),
            "https://example.com/hooks?token=a+b%26c"
        );
        let target = TOKEN.target_url("https://example.com/hooks?x=1", &secret);
        assert!(TOKEN.verify(&target, &secret).is_ok());
        assert!(TOKEN.verify("/hooks?x=1&token=a%20b%26c", &secret).is_ok());
    }

    #[test]
    fn wrong_missing_and_repeated_tokens_are_refused() {
        let secret = WebhookSecret::new("s3cret");
        let param = "token";
        assert!(TOKEN.verify("/hooks?token=s3cret", &secret).is_ok());
        assert_eq!(
            TOKEN.verify("/hooks?token=s3cre", &secret),
            Err(VerifyError::TokenMismatch { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks?token=", &secret),
            Err(VerifyError::TokenMismatch { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks", &secret),
            Err(VerifyError::MissingToken { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks#token=s3cret", &secret),
            Err(VerifyError::MissingToken { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks?tokens=s3cret", &secret),
            Err(VerifyError::MissingToken { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks?token=s3cret&token=s3cret", &secret),
            Err(VerifyError::MissingToken { param })
        );
        assert_eq!(
            TOKEN.verify("/hooks?token=", &WebhookSecret::new("")),
            Err(VerifyError::EmptySecret)
        );
    }
}
