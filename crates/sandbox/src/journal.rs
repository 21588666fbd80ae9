//! The request journal: a bounded list of what the sandbox received and sent (requests to the
//! providers, webhook deliveries), credentials redacted before anything is kept.

use std::collections::VecDeque;
use std::sync::Mutex;

use serde_json::Value;

/// How many entries the journal keeps; older ones are dropped first.
pub const CAPACITY: usize = 1000;

/// One journal entry, as `GET /__sandbox/requests` lists it. Every field is already redacted.
#[derive(Clone, Debug, PartialEq)]
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
