//! Hiding credentials in anything the SDK prints.
//!
//! One [`Redactor`] per client knows every value that is a credential (API key, Basic password
//! and its encoded header, a user name sent as a credential, session cookie, csrf token) and
//! every query parameter name that carries one. Every piece of text that reaches an error, a
//! `Debug` print or a trace goes through it, always in this order: **scrub first, then cut**,
//! so that a secret cut in half by a length limit is never printed in part. Secrets are
//! recognised in every form a server may echo them in: as sent, percent- and form-encoded
//! (any hex case), JSON-escaped and `Debug`-escaped.

use std::fmt;
use std::sync::Arc;

use http::HeaderMap;
use http::header::HeaderName;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use url::Url;

use crate::secret::Secret;

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

/// Words that make a header name a credential's (`Authorization`, `X-Api-Key`, `Cookie`...).
const SENSITIVE_HEADER_WORDS: &[&str] = &[
    "auth",
    "cookie",
    "key",
    "token",
    "secret",
    "session",
    "csrf",
    "password",
    "signature",
];

/// What replaces a hidden value.
pub const REDACTED: &str = "[redacted]";

/// Secrets shorter than this are not searched for in text: they would hide ordinary words,
/// and no real credential is that short.
const MIN_SECRET_LEN: usize = 4;

/// Path-segment encoding (RFC 3986 unreserved characters stay as they are).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Hides a client's credentials in text, URLs and headers. Cheap to clone.
///
/// The default knows no secret values, only the credential parameter names.
#[derive(Clone)]
pub struct Redactor {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Each secret in every form it may come back in, lowercased, longest first.
    forms: Vec<String>,
    /// Lowercased query parameter names whose values are hidden wherever they appear.
    keys: Vec<String>,
}

/// Shared: requests built without a client's redactor (transports, tests) take this one.
impl Default for Redactor {
    fn default() -> Self {
        static NAMES_ONLY: std::sync::OnceLock<Redactor> = std::sync::OnceLock::new();
        NAMES_ONLY.get_or_init(|| Redactor::new([], [])).clone()
    }
}

/// Renders a link with only the credential parameter names known (no client at hand).
pub(crate) fn redact_link(link: &str) -> String {
    Redactor::default().link(link)
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Redactor")
            .field("secrets", &self.inner.forms.len())
            .field("keys", &self.inner.keys)
            .finish()
    }
}

impl Redactor {
    /// A redactor for `secrets` and, on top of [`SENSITIVE_QUERY_KEYS`], the query parameter
    /// names in `keys`.
    pub fn new<'a>(
        secrets: impl IntoIterator<Item = &'a Secret>,
        keys: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut forms: Vec<String> = secrets
            .into_iter()
            .map(Secret::expose)
            .filter(|raw| raw.len() >= MIN_SECRET_LEN)
            .flat_map(encoded_forms)
            .map(|form| form.to_ascii_lowercase())
            .collect();
        forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
        forms.dedup();
        let mut all_keys: Vec<String> = SENSITIVE_QUERY_KEYS
            .iter()
            .copied()
            .chain(keys)
            .map(str::to_ascii_lowercase)
            .collect();
        all_keys.sort();
        all_keys.dedup();
        Redactor {
            inner: Arc::new(Inner {
                forms,
                keys: all_keys,
            }),
        }
    }

    /// `text` with every known secret, and the value of every credential-named parameter
    /// (`api_key=...`), replaced by `[redacted]`.
    pub fn scrub(&self, text: &str) -> String {
        let text = self.scrub_secrets(text);
        self.scrub_params(&text)
    }

    /// `text` scrubbed, then cut to at most `max_chars` characters (ending in `…` when cut).
    pub fn cut(&self, text: &str, max_chars: usize) -> String {
        let scrubbed = self.scrub(text);
        match scrubbed.char_indices().nth(max_chars) {
            Some((end, _)) => format!("{}…", &scrubbed[..end]),
            None => scrubbed,
        }
    }

    /// `len` bytes of `body` from `start`, as one line of text with every secret hidden, even
    /// one the window cuts: the window is widened on each side by more than the longest
    /// secret form, scrubbed, and only then trimmed back.
    pub fn snippet(&self, body: &[u8], start: usize, len: usize) -> String {
        if body.is_empty() {
            return "(empty body)".to_owned();
        }
        let margin = self.margin();
        let start = start.min(body.len());
        let end = (start + len).min(body.len());
        let wide_start = start.saturating_sub(margin);
        let wide_end = (end + margin).min(body.len());
        let text = self.scrub(&String::from_utf8_lossy(&body[wide_start..wide_end]));
        // Trim the margins back by characters, counted from what the margins held.
        let head = String::from_utf8_lossy(&body[wide_start..start])
            .chars()
            .count();
        let tail = String::from_utf8_lossy(&body[end..wide_end])
            .chars()
            .count();
        let chars: Vec<char> = text.chars().collect();
        let from = head.min(chars.len());
        let to = chars.len().saturating_sub(tail).max(from);
        let kept: String = chars[from..to].iter().collect();
        let mut line = kept.split_whitespace().collect::<Vec<_>>().join(" ");
        if start > 0 {
            line.insert(0, '…');
        }
        if end < body.len() {
            line.push('…');
        }
        line
    }

    /// `url` without user info, with credential-named parameters and known secrets hidden.
    pub fn url(&self, url: &Url) -> String {
        let mut shown = url.clone();
        let _ = shown.set_username("");
        let _ = shown.set_password(None);
        self.scrub(shown.as_str())
    }

    /// A link that may be relative or not a URL at all, redacted as text.
    pub fn link(&self, link: &str) -> String {
        match Url::parse(link) {
            Ok(url) => self.url(&url),
            Err(_) => self.scrub(link),
        }
    }

    /// Marks every header value that carries a credential as sensitive, so that `Debug`
    /// prints `Sensitive` for it: cookies and credential-named headers always, and any value
    /// that holds a known secret or a credential-named parameter (a redirect's `Location`
    /// echoing the request's query string).
    pub fn mark_headers(&self, headers: &mut HeaderMap) {
        for (name, value) in headers.iter_mut() {
            if self.hides(name, value) {
                value.set_sensitive(true);
            }
        }
    }

    /// `headers` for printing: every value that carries a credential, by [`Self::mark_headers`]'s
    /// rule, shows as `Sensitive`. For the headers of successful responses, which are printed
    /// rarely and received on every call: checking them when printed costs nothing per call.
    pub fn headers<'a>(&'a self, headers: &'a HeaderMap) -> impl fmt::Debug + 'a {
        struct Shown<'a>(&'a Redactor, &'a HeaderMap);
        impl fmt::Debug for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let Shown(redactor, headers) = self;
                f.debug_map()
                    .entries(headers.iter().map(|(name, value)| {
                        let shown = if redactor.hides(name, value) {
                            "Sensitive".to_owned()
                        } else {
                            format!("{value:?}")
                        };
                        (name, Verbatim(shown))
                    }))
                    .finish()
            }
        }
        Shown(self, headers)
    }

    /// Whether a header's value must not be printed: already marked, a credential-named
    /// header, or a value that holds a credential.
    fn hides(&self, name: &HeaderName, value: &http::HeaderValue) -> bool {
        value.is_sensitive() || is_sensitive_header(name) || self.reveals(value.as_bytes())
    }

    /// Does `text` hold a known secret or a credential-named parameter's value? The same test
    /// as `scrub(text) != text`, mostly without allocating.
    fn reveals(&self, text: &[u8]) -> bool {
        // Forms are sorted longest first: a value shorter than the last holds none of them.
        let shortest = self.inner.forms.last().map_or(usize::MAX, String::len);
        if text.len() < shortest && !text.contains(&b'=') {
            return false;
        }
        let has = |needle: &[u8]| {
            text.len() >= needle.len()
                && text
                    .windows(needle.len())
                    .any(|w| w.eq_ignore_ascii_case(needle))
        };
        if self.inner.forms.iter().any(|form| has(form.as_bytes())) {
            return true;
        }
        // A parameter needs `name=`; most header values have no `=` at all.
        if !text.contains(&b'=') {
            return false;
        }
        let text = String::from_utf8_lossy(text);
        self.scrub_params(&text) != text
    }

    /// How far beyond a snippet's window a secret or a `name=value` may start and still
    /// reach into it.
    fn margin(&self) -> usize {
        let longest_key = self.inner.keys.iter().map(String::len).max().unwrap_or(0);
        let longest_form = self.inner.forms.first().map_or(0, String::len);
        // A parameter's value is redacted up to its delimiter; an unknown one may be long.
        longest_form.max(longest_key + 256)
    }

    fn scrub_secrets(&self, text: &str) -> String {
        if self.inner.forms.is_empty() {
            return text.to_owned();
        }
        // ASCII lowercasing keeps every byte offset, so matches map back onto `text`.
        let lower = text.to_ascii_lowercase();
        let mut hidden = vec![false; text.len()];
        for form in &self.inner.forms {
            for (at, _) in lower.match_indices(form.as_str()) {
                hidden[at..at + form.len()].fill(true);
            }
        }
        replace_marked(text, &hidden)
    }

    fn scrub_params(&self, text: &str) -> String {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let mut hidden = vec![false; text.len()];
        for key in &self.inner.keys {
            for (at, _) in lower.match_indices(key.as_str()) {
                let before = at.checked_sub(1).map(|i| bytes[i]);
                let starts_name = before.is_none_or(|b| b"?&;\"' \t\n(<,".contains(&b));
                let value_start = at + key.len() + 1;
                if !starts_name || bytes.get(at + key.len()) != Some(&b'=') {
                    continue;
                }
                let value_len = bytes[value_start..]
                    .iter()
                    .position(|b| b"&;#\"' \t\r\n<>,)".contains(b))
                    .unwrap_or(bytes.len() - value_start);
                hidden[value_start..value_start + value_len].fill(true);
            }
        }
        replace_marked(text, &hidden)
    }
}

/// `text` with each run of marked bytes replaced by `[redacted]`. Runs are widened to
/// character boundaries, so multi-byte characters are never split.
fn replace_marked(text: &str, hidden: &[bool]) -> String {
    if !hidden.contains(&true) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for (at, c) in text.char_indices() {
        if hidden[at..at + c.len_utf8()].contains(&true) {
            if !in_run {
                out.push_str(REDACTED);
                in_run = true;
            }
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// The forms in which a secret may come back: as sent, form-encoded (`+` for space),
/// percent-encoded (every non-alphanumeric byte, or all but `-._~`), JSON-escaped and
/// `Debug`-escaped (serde's error messages quote values with `{:?}`).
fn encoded_forms(raw: &str) -> Vec<String> {
    let form: String = url::form_urlencoded::byte_serialize(raw.as_bytes()).collect();
    let percent = utf8_percent_encode(raw, NON_ALPHANUMERIC).to_string();
    let segment = utf8_percent_encode(raw, SEGMENT).to_string();
    let json = serde_json::to_string(raw).unwrap_or_default();
    let debug = format!("{raw:?}");
    let unquote = |s: &str| s[1..s.len() - 1].to_owned();
    vec![
        raw.to_owned(),
        form,
        percent,
        segment,
        unquote(&json),
        unquote(&debug),
    ]
}

/// Text that `Debug` prints as it is.
struct Verbatim(String);

impl fmt::Debug for Verbatim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_sensitive_header(name: &HeaderName) -> bool {
    let name = name.as_str();
    SENSITIVE_HEADER_WORDS
        .iter()
        .any(|word| name.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor(secrets: &[&str], keys: &[&str]) -> Redactor {
        let secrets: Vec<Secret> = secrets.iter().map(|s| Secret::new(*s)).collect();
        Redactor::new(&secrets, keys.iter().copied())
    }

    #[test]
    fn urls_lose_user_info_parameters_and_secrets() {
        let r = redactor(&["s3cr3t-key"], &["username"]);
        let url = Url::parse(
            "https://u:pw@api.example.com/v1/groups/?username=bob&api_key=other&limit=5&x=s3cr3t-key",
        )
        .expect("valid url");
        let shown = r.url(&url);
        assert_eq!(
            shown,
            "https://api.example.com/v1/groups/?username=[redacted]&api_key=[redacted]&limit=5&x=[redacted]"
        );
        assert_eq!(
            r.link("/v1/groups/?api_key=abc&offset=20"),
            "/v1/groups/?api_key=[redacted]&offset=20"
        );
    }

    #[test]
    fn parameter_names_must_stand_alone() {
        let r = redactor(&[], &[]);
        assert_eq!(
            r.scrub("?page_token=12&token=34"),
            "?page_token=12&token=[redacted]"
        );
        assert_eq!(r.scrub("monkey=1"), "monkey=1");
        assert_eq!(r.scrub("key"), "key");
    }

    #[test]
    fn every_encoded_form_in_any_hex_case() {
        let r = redactor(&["sk+live/KEY==\"x"], &[]);
        for echoed in [
            "sk+live/KEY==\"x",
            "sk%2Blive%2FKEY%3D%3D%22x",
            "sk%2blive%2fkey%3d%3d%22x",
            "sk%2Blive%2FKEY%3D%3D%22x",
            "sk+live/KEY==\\\"x",
        ] {
            assert_eq!(
                r.scrub(&format!("a {echoed} b")),
                "a [redacted] b",
                "{echoed}"
            );
        }
    }

    #[test]
    fn scrub_then_cut() {
        let r = redactor(&["abcdefghijklmnopqrstuvwxyz0123"], &[]);
        let text = format!("{}abcdefghijklmnopqrstuvwxyz0123 tail", "x".repeat(50));
        let cut = r.cut(&text, 64);
        assert!(!cut.contains("abcdefgh"), "{cut}");
        assert!(cut.ends_with('…') || cut.contains(REDACTED), "{cut}");
    }

    #[test]
    fn snippets_hide_secrets_cut_by_their_window() {
        let r = redactor(&["sk_live_SECRET123"], &[]);
        let body = "xxxxxxxxxxxxxxxxxxxx sk_live_SECRET123 yyyyyyyyyyyyyyyyyyé".as_bytes();
        for start in 0..body.len() {
            for len in [5, 12, 30] {
                let shown = r.snippet(body, start, len);
                for piece in ["SECRET", "CRET1", "sk_li", "T123"] {
                    assert!(!shown.contains(piece), "{start}+{len}: {shown}");
                }
            }
        }
        assert_eq!(r.snippet(b"", 0, 10), "(empty body)");
        assert_eq!(redactor(&[], &[]).snippet(b"abcdef", 0, 3), "abc…");
    }

    #[test]
    fn headers_carrying_credentials_are_marked() {
        let r = redactor(&["s3cr3t-key"], &["username"]);
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("location", "/v1/groups/?username=bob&api_key=x"),
            ("x-echo", "key was s3cr3t-key"),
            ("x-api-key", "anything"),
            ("set-cookie", "sid=1"),
            ("content-type", "application/json"),
        ] {
            headers.insert(
                HeaderName::from_static(name),
                value.parse().expect("header value"),
            );
        }
        let printed = format!("{:?}", r.headers(&headers));
        r.mark_headers(&mut headers);
        let shown = format!("{headers:?}");
        assert_eq!(printed, shown, "printing and marking agree");
        for leak in ["bob", "s3cr3t", "anything", "sid=1"] {
            assert!(!shown.contains(leak), "{shown}");
        }
        assert!(shown.contains("application/json"));
    }
}
