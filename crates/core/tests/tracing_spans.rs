//! The spans a call opens: one per call and one per attempt, with the documented fields and
//! never a secret.

#![allow(clippy::unwrap_used)]

mod support;

use std::sync::{Arc, Mutex};

use groupkit_core::{Auth, Client, Operation, Provider, RetryPolicy};
use support::{Reply, TestServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// A span's (or event's) name and its fields as text.
type Recorded = (String, Vec<String>);

/// Records every span's name and fields as text.
#[derive(Clone, Default)]
struct Recorder {
    spans: Arc<Mutex<Vec<Recorded>>>,
}

struct Fields<'a>(&'a mut Vec<String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push(format!("{}={:?}", field.name(), value));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push((attrs.metadata().name().to_owned(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, id: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        let index = id.into_u64() as usize - 1;
        values.record(&mut Fields(&mut spans[index].1));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.spans.lock().unwrap().push(("event".into(), fields));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test(flavor = "current_thread")]
async fn calls_and_attempts_have_spans_without_secrets() {
    let server = TestServer::script(vec![
        Reply::raw(503, "text/plain", ""),
        Reply::json(200, serde_json::json!({})),
    ])
    .await;
    let client = Client::builder(Provider::new("sendhub"))
        .base_url(&server.base)
        .auth(Auth::query([
            ("username", "bob"),
            ("api_key", "sk_live_SECRET123"),
        ]))
        .retry_policy(
            RetryPolicy::default()
                .with_backoff(std::time::Duration::ZERO, std::time::Duration::ZERO),
        )
        .build()
        .unwrap();
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    client
        .request(Operation::get("get_group", "/groups/{id}"))
        .path_param("id", 7)
        .send()
        .await
        .unwrap();

    let spans = recorder.spans.lock().unwrap().clone();
    let call = spans
        .iter()
        .find(|(name, _)| name == "groupkit.call")
        .unwrap();
    for expected in [
        "provider=\"sendhub\"",
        "operation=\"get_group\"",
        "method=GET",
        "path=\"/groups/{id}\"",
    ] {
        assert!(
            call.1.iter().any(|f| f == expected),
            "{expected} not in {:?}",
            call.1
        );
    }
    let attempts: Vec<&Vec<String>> = spans
        .iter()
        .filter(|(n, _)| n == "groupkit.attempt")
        .map(|(_, f)| f)
        .collect();
    assert_eq!(attempts.len(), 2);
    assert!(
        attempts[0].contains(&"attempt=1".to_owned())
            && attempts[0].contains(&"status=503".to_owned())
    );
    assert!(
        attempts[1].contains(&"attempt=2".to_owned())
            && attempts[1].contains(&"status=200".to_owned())
    );
    let everything = format!("{spans:?}");
    assert!(
        !everything.contains("sk_live_SECRET123") && !everything.contains("bob"),
        "{everything}"
    );
}
