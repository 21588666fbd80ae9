//! The request journal: a bounded list of what the sandbox received and sent (requests to the
//! providers, webhook deliveries), credentials redacted before anything is kept.

use std::collections::VecDeque;
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::redact::{Redactor, scrub};

/// How many entries the journal keeps; older ones are dropped first.
pub const CAPACITY: usize = 1000;

/// One journal entry, as `GET /__sandbox/requests` lists it (and
/// [`Sandbox::requests`](crate::Sandbox::requests) returns it, as `RequestRecord`).
///
/// Every field is already redacted: the value of a header, query parameter or form field that
/// carries a credential (`authorization`, `cookie`, `set-cookie`, `x-csrf-token`, `password`,
/// `token`, and every name the specs' auth uses, such as `api_key` or `csrf`) reads
/// `[redacted]`, and the demo API key and password are scrubbed from everything else.
/// Bodies are not kept.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Entry {
    /// When it started, RFC 3339 (`2026-12-01T20:00:00.123Z`).
    pub time: String,
    /// `request` (received by a provider) or `webhook` (a delivery the sandbox sent).
    pub kind: &'static str,
    /// The provider (`groupsio`), or empty for a request no provider serves.
    pub provider: String,
    /// The method.
    pub method: String,
    /// The path (a request's, under the provider's prefix) or a webhook's target URL.
    pub path: String,
    /// The query parameters, in order.
    pub query: Vec<(String, String)>,
    /// The headers, in order.
    pub headers: Vec<(String, String)>,
    /// The status answered (or received from a webhook target); 0 when there was none (a
    /// dropped connection, a target that could not be reached).
    pub status: u16,
    /// How long it took, in milliseconds.
    pub duration_ms: f64,
    /// Anything else worth knowing (a webhook's attempt, a fault injected), or `Null`.
    pub note: Value,
}

impl Entry {
    /// A request just received: redacted, at the current time, with no answer yet (status 0,
    /// no duration, no note).
    pub(crate) fn received(
        redactor: &Redactor,
        parts: &http::request::Parts,
        provider: &str,
    ) -> Entry {
        let query: Vec<(String, String)> =
            url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
                .into_owned()
                .collect();
        let headers = parts
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), String::from_utf8_lossy(value.as_bytes())));
        let headers: Vec<(String, String)> = headers
            .map(|(name, value)| (name.to_owned(), redactor.value(name, &value)))
            .collect();
        Entry {
            time: now(),
            kind: "request",
            provider: provider.to_owned(),
            method: parts.method.as_str().to_owned(),
            path: scrub(parts.uri.path()),
            query: redactor.pairs(query.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            headers,
            status: 0,
            duration_ms: 0.0,
            note: Value::Null,
        }
    }

    /// The entry as `GET /__sandbox/requests` lists it: an object with the fields above,
    /// `query` and `headers` as lists of `{"name", "value"}` objects in order.
    pub fn to_json(&self) -> Value {
        let pairs = |pairs: &[(String, String)]| -> Value {
            pairs
                .iter()
                .map(|(name, value)| json!({"name": name, "value": value}))
                .collect()
        };
        json!({
            "time": self.time,
            "kind": self.kind,
            "provider": self.provider,
            "method": self.method,
            "path": self.path,
            "query": pairs(&self.query),
            "headers": pairs(&self.headers),
            "status": self.status,
            "duration_ms": self.duration_ms,
            "note": self.note,
        })
    }
}

/// The time now, as entries give it (RFC 3339, milliseconds, UTC).
pub fn now() -> String {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The bounded journal.
#[derive(Debug, Default)]
pub struct Journal {
    entries: Mutex<VecDeque<Entry>>,
}

impl Journal {
    /// Keeps `entry`, dropping the oldest past [`CAPACITY`].
    pub fn record(&self, entry: Entry) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() == CAPACITY {
                entries.pop_front();
            }
            entries.push_back(entry);
        }
    }

    /// Every entry kept, oldest first.
    pub fn entries(&self) -> Vec<Entry> {
        self.entries
            .lock()
            .map(|e| e.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::DEMO;

    fn parts(uri: &str, headers: &[(&str, &str)]) -> http::request::Parts {
        let mut request = http::Request::builder().method("POST").uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request
            .body(())
            .map(|r| r.into_parts().0)
            .expect("a request")
    }

    #[test]
    fn entries_keep_no_credential() {
        let redactor = Redactor::new(&[]);
        let key = DEMO.api_key;
        let entry = Entry::received(
            &redactor,
            &parts(
                &format!("/x/{key}?page=2&token=t0k&password=pw&other={key}"),
                &[("authorization", "Basic dXNlcjpwdw=="), ("accept", "*/*")],
            ),
            "groupboss",
        );
        let text = entry.to_json().to_string();
        for secret in [key, "t0k", "pw", "dXNlcjpwdw"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert_eq!(entry.query[0], ("page".to_owned(), "2".to_owned()));
        assert_eq!(entry.headers[1], ("accept".to_owned(), "*/*".to_owned()));
        assert_eq!(entry.to_json()["query"][1]["value"], "[redacted]");
        assert_eq!(entry.status, 0);
    }

    #[test]
    fn the_journal_is_bounded_oldest_first() {
        let journal = Journal::default();
        let entry = Entry::received(&Redactor::new(&[]), &parts("/a", &[]), "");
        for status in 0..(CAPACITY + 5) {
            journal.record(Entry {
                status: u16::try_from(status).unwrap_or(u16::MAX),
                ..entry.clone()
            });
        }
        let entries = journal.entries();
        assert_eq!(entries.len(), CAPACITY);
        assert_eq!(entries[0].status, 5);
        journal.clear();
        assert!(journal.entries().is_empty());
    }
}
