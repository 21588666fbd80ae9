//! Printing URLs without the credentials some providers put in query strings.

use url::Url;

/// Query parameter names whose values are never printed, whatever the provider.
///
/// Auth schemes add their own names on top (see [`crate::auth::Auth::sensitive_query_keys`]).
pub const SENSITIVE_QUERY_KEYS: &[&str] = &[
    "api_key",
    "apikey",
    "key",
    "token",
    "access_token",
    "password",
    "secret",
    "csrf",
    "session",
    "signature",
];

/// Is `key` a query parameter whose value must not be printed?
pub fn is_sensitive_key(key: &str, extra: &[String]) -> bool {
    SENSITIVE_QUERY_KEYS
        .iter()
        .any(|k| k.eq_ignore_ascii_case(key))
        || extra.iter().any(|k| k.eq_ignore_ascii_case(key))
}

/// Renders `url` with the values of sensitive query parameters replaced by `[redacted]`,
/// and without any user info.
pub fn redact_url(url: &Url, extra: &[String]) -> String {
    let mut shown = url.clone();
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if is_sensitive_key(&k, extra) {
                    "[redacted]".to_owned()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        shown.query_pairs_mut().clear().extend_pairs(pairs);
    }
    shown.to_string()
}

/// Renders a link that may be relative or unparsable, redacting what can be redacted.
pub(crate) fn redact_link(link: &str) -> String {
    match Url::parse(link) {
        Ok(url) => redact_url(&url, &[]),
        Err(_) => match link.split_once('?') {
            Some((path, _)) => format!("{path}?[redacted]"),
            None => link.to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_secrets_and_userinfo_are_hidden() {
        let url = Url::parse(
            "https://u:pw@api.example.com/v1/groups/?username=bob&api_key=s3cr3t&limit=5",
        )
        .expect("valid url");
        let shown = redact_url(&url, &["username".to_owned()]);
        assert!(!shown.contains("s3cr3t"));
        assert!(!shown.contains("bob"));
        assert!(!shown.contains("pw"));
        assert!(shown.contains("limit=5"));
    }

    #[test]
    fn relative_links_lose_their_query() {
        assert_eq!(
            redact_link("/v1/groups/?api_key=s3cr3t&offset=20"),
            "/v1/groups/?[redacted]"
        );
    }
}
