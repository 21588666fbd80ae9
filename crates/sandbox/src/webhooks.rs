//! Webhook delivery: when an item changes in the sandbox, the provider's own webhook body is
//! POSTed to every target registered for that event, retried with backoff, and journaled.
//!
//! What fires which event, how the body is built and where subscriptions live is data in each
//! spec's root `x-groupkit-sandbox.webhooks` (`specs/README.md`): `events` maps an event name to
//! a collection change (`{collection: groups, change: created}`, optionally `when`/`unless`
//! field values); `body` is a template whose `$item`, `$subscription`, `$event` and `$job` (and
//! fields of them: `$item.id`) are filled in and which is then cut down to the webhook's
//! documented body schema;
//! `subscriptions` names the collection whose API-created items are targets (Groupboss), and
//! the rule that deactivates them.
//!
//! Targets come from two places: subscriptions created through the provider's API (followed
//! through the collection's events, so seeded subscriptions, which point nowhere, are never
//! called) and registrations with the sandbox itself ([`Webhooks::register`], `POST
//! /__sandbox/webhooks`), for providers whose API has none (Habitate).

mod send;
mod sign;
mod template;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use crate::effects;
use crate::filter::text;
use crate::shared::Shared;
use crate::state::{Change, Event, Provider};

/// Attempts per delivery: the first and its retries.
const ATTEMPTS: u32 = 4;
/// The wait before the first retry; each later one doubles it.
const FIRST_BACKOFF: Duration = Duration::from_millis(50);

/// A target registered with the sandbox or created through a provider's API.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookTarget {
    /// `sandbox-1`, ... for a sandbox registration; the subscription's id for an API one.
    pub id: String,
    /// The provider whose events it receives.
    pub provider: String,
    /// Where bodies are POSTed (`http://127.0.0.1:PORT/hook`; the sandbox speaks plain HTTP).
    pub url: String,
    /// The events it receives; empty for every event of its provider.
    pub events: Vec<String>,
    /// False once deactivated (Groupboss: after more than 20 failed deliveries).
    pub active: bool,
    /// Failed delivery attempts so far.
    pub failures: u64,
}

impl WebhookTarget {
    /// The target as the admin API shows it.
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "provider": self.provider,
            "url": self.url,
            "events": self.events,
            "active": self.active,
            "failures": self.failures,
        })
    }
}

/// Every target, and the runtime deliveries run on.
#[derive(Debug)]
pub struct Webhooks {
    targets: Mutex<Vec<Target>>,
    registrations: AtomicU64,
    jobs: AtomicU64,
    runtime: tokio::runtime::Handle,
}

/// A target and, for an API subscription, the item it came from (`$subscription`).
#[derive(Clone, Debug)]
struct Target {
    public: WebhookTarget,
    subscription: Option<Value>,
}

/// The spec's `x-groupkit-sandbox.webhooks.subscriptions`: the collection whose items are
/// targets, and which of their fields say what.
struct Subscriptions<'a> {
    config: &'a Value,
    collection: &'a str,
}

impl<'a> Subscriptions<'a> {
    fn of(webhooks: &'a Value) -> Option<Subscriptions<'a>> {
        let config = webhooks.get("subscriptions")?;
        let collection = config.get("collection")?.as_str()?;
        Some(Subscriptions { config, collection })
    }

    /// The item field that holds `role` (`target`, `event`, `active`, `failures`); `None` for a
    /// role the provider keeps no field for (SendHub's settings hold only the URL: every event,
    /// always active).
    fn field(&self, role: &str) -> Option<&'a str> {
        self.config.get(role).and_then(Value::as_str)
    }

    /// Failed deliveries allowed before the subscription is deactivated.
    fn deactivate_after(&self) -> Option<u64> {
        self.config.get("deactivate_after").and_then(Value::as_u64)
    }
}

impl Webhooks {
    /// No targets; deliveries run on `runtime`.
    pub fn new(runtime: tokio::runtime::Handle) -> Webhooks {
        Webhooks {
            targets: Mutex::new(Vec::new()),
            registrations: AtomicU64::new(0),
            jobs: AtomicU64::new(0),
            runtime,
        }
    }

    /// Registers `url` for `events` of `provider` (every event when empty).
    pub fn register(&self, provider: &str, url: &str, events: Vec<String>) -> WebhookTarget {
        let number = self.registrations.fetch_add(1, Ordering::Relaxed) + 1;
        let public = WebhookTarget {
            id: format!("sandbox-{number}"),
            provider: provider.to_owned(),
            url: url.to_owned(),
            events,
            active: true,
            failures: 0,
        };
        self.with_targets(|targets| {
            targets.push(Target {
                public: public.clone(),
                subscription: None,
            })
        });
        public
    }

    /// Removes a registration or subscription target; whether there was one.
    pub fn unregister(&self, id: &str) -> bool {
        self.with_targets(|targets| {
            let before = targets.len();
            targets.retain(|t| t.public.id != id);
            targets.len() < before
        })
    }

    /// Every target, in registration order.
    pub fn targets(&self) -> Vec<WebhookTarget> {
        self.with_targets(|targets| targets.iter().map(|t| t.public.clone()).collect())
    }

    /// Forgets the targets that came from API subscriptions (the state they lived in was
    /// reset); sandbox registrations stay.
    pub fn reset(&self) {
        self.with_targets(|targets| targets.retain(|t| t.subscription.is_none()));
    }

    fn with_targets<R>(&self, f: impl FnOnce(&mut Vec<Target>) -> R) -> R {
        match self.targets.lock() {
            Ok(mut targets) => f(&mut targets),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    /// Follows subscription changes and starts the deliveries `events` call for.
    pub fn deliver(&self, shared: &Arc<Shared>, provider: &Provider, events: Vec<Event>) {
        let Some(config) = provider.spec.sandbox().get("webhooks") else {
            return;
        };
        let subscriptions = Subscriptions::of(config);
        for event in events {
            if let Some(subs) = subscriptions
                .as_ref()
                .filter(|s| s.collection == event.collection)
            {
                self.follow(provider, subs, &event);
            }
            for (name, rule) in config
                .get("events")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if fires(provider, rule, &event) {
                    self.send_event(shared, provider, config, name, &event.item);
                }
            }
        }
    }

    /// Keeps the targets in step with the subscription collection.
    fn follow(&self, provider: &Provider, subs: &Subscriptions<'_>, event: &Event) {
        let Some(id) = provider
            .meta(subs.collection)
            .and_then(|meta| event.item.get(&meta.id_field))
            .map(text)
        else {
            return;
        };
        let field = |role| subs.field(role).and_then(|field| event.item.get(field));
        let public = WebhookTarget {
            id: id.clone(),
            provider: provider.spec.name.to_owned(),
            url: field("target")
                .filter(|url| !url.is_null())
                .map(text)
                .unwrap_or_default(),
            events: field("event").map(text).into_iter().collect(),
            active: field("active").and_then(Value::as_bool).unwrap_or(true),
            failures: field("failures").and_then(Value::as_u64).unwrap_or(0),
        };
        self.with_targets(|targets| {
            targets.retain(|t| t.public.id != id);
            // A subscription without a URL (SendHub's cleared `sms_webhook_url`) is no target.
            if event.change != Change::Deleted && !public.url.is_empty() {
                targets.push(Target {
                    public,
                    subscription: Some(event.item.clone()),
                });
            }
        });
    }

    /// Starts one delivery of event `name` about `item` to each active target that wants it.
    fn send_event(
        &self,
        shared: &Arc<Shared>,
        provider: &Provider,
        config: &Value,
        name: &str,
        item: &Value,
    ) {
        let wanted: Vec<Target> = self.with_targets(|targets| {
            targets
                .iter()
                .filter(|t| {
                    t.public.active
                        && t.public.provider == provider.spec.name
                        && (t.public.events.is_empty() || t.public.events.iter().any(|e| e == name))
                })
                .cloned()
                .collect()
        });
        for target in wanted {
            let job = self.jobs.fetch_add(1, Ordering::Relaxed) + 1;
            let subscription = target.subscription.clone().unwrap_or_else(|| {
                json!({"id": target.public.id, "event": name, "target": target.public.url,
                       "is_active": true})
            });
            let vars = template::Vars {
                item,
                subscription: &subscription,
                event: name,
                job,
            };
            let body = template::body(&provider.spec, config, name, &vars).to_string();
            let headers = sign::headers(config, name, &target.public.url, &body);
            let delivery = Delivery {
                shared: shared.clone(),
                provider: provider.spec.name,
                event: name.to_owned(),
                target: target.public,
                body,
                headers,
            };
            self.runtime.spawn(delivery.run());
        }
    }

    /// Counts a failed attempt; the target's new state when it changed the subscription.
    fn failed(&self, id: &str, deactivate_after: Option<u64>) -> Option<(u64, bool)> {
        self.with_targets(|targets| {
            let target = targets.iter_mut().find(|t| t.public.id == id)?;
            target.public.failures += 1;
            if deactivate_after.is_some_and(|limit| target.public.failures > limit) {
                target.public.active = false;
            }
            target
                .subscription
                .is_some()
                .then_some((target.public.failures, target.public.active))
        })
    }

    fn is_active(&self, id: &str) -> bool {
        self.with_targets(|targets| targets.iter().any(|t| t.public.id == id && t.public.active))
    }
}

/// Whether a collection change fires the event `rule` describes: its collection and change,
/// `when` (and not `unless`) the item holds those values, and, for an update, what the item
/// `was` before it and which fields `changed` (`$me` is the calling user's id, as in an
/// operation's `where`).
fn fires(provider: &Provider, rule: &Value, event: &Event) -> bool {
    let change = match event.change {
        Change::Created => "created",
        Change::Updated => "updated",
        Change::Deleted => "deleted",
    };
    // Whether every field the rule's `key` lists holds its value in `item`.
    let all = |key: &str, item: Option<&Value>| {
        rule.get(key).and_then(Value::as_object).map(|fields| {
            fields.iter().all(|(field, value)| {
                item.and_then(|item| item.get(field)) == Some(&effects::resolved(provider, value))
            })
        })
    };
    // Whether every field `changed` lists differs between before and after the update.
    let changed = || {
        let before = event.before.as_ref();
        rule.get("changed")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .all(|field| before.is_some_and(|b| b.get(field) != event.item.get(field)))
    };
    let now = Some(&event.item);
    rule.get("collection").and_then(Value::as_str) == Some(event.collection.as_str())
        && rule.get("change").and_then(Value::as_str) == Some(change)
        && all("when", now).unwrap_or(true)
        && !all("unless", now).unwrap_or(false)
        && all("was", event.before.as_ref()).unwrap_or(true)
        && changed()
}

/// One body on its way to one target.
struct Delivery {
    shared: Arc<Shared>,
    provider: &'static str,
    event: String,
    target: WebhookTarget,
    body: String,
    /// The provider's own headers, its signature among them.
    headers: Vec<(String, String)>,
}

impl Delivery {
    /// Attempts until the target answers 2xx, the attempts run out or it is deactivated.
    async fn run(self) {
        let webhooks = &self.shared.webhooks;
        let mut backoff = FIRST_BACKOFF;
        for attempt in 1..=ATTEMPTS {
            if !webhooks.is_active(&self.target.id) {
                return;
            }
            let started = Instant::now();
            let outcome = send::post(&self.target.url, &self.body, &self.headers).await;
            self.journal(attempt, started, &outcome);
            if matches!(outcome, Ok(status) if (200..300).contains(&status)) {
                return;
            }
            self.count_failure();
            if attempt < ATTEMPTS {
                tokio::time::sleep(backoff).await;
                backoff *= 2;
            }
        }
    }

    fn journal(&self, attempt: u32, started: Instant, outcome: &Result<u16, String>) {
        let mut note = Map::new();
        note.insert("event".into(), Value::from(self.event.as_str()));
        note.insert("target".into(), Value::from(self.target.id.as_str()));
        note.insert("attempt".into(), Value::from(attempt));
        if let Err(why) = outcome {
            note.insert("error".into(), Value::from(why.as_str()));
        }
        self.shared.journal.record(crate::journal::Entry {
            time: crate::journal::now(),
            kind: "webhook",
            provider: self.provider.to_owned(),
            method: "POST".into(),
            path: self.target.url.clone(),
            query: Vec::new(),
            // A signature is derived from a secret: the journal keeps that one was sent, not it.
            headers: send::HEADERS
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .chain(self.headers.iter().map(|(k, v)| {
                    let secret = k.to_ascii_lowercase().contains("signature");
                    let value = if secret { crate::redact::REDACTED } else { v };
                    (k.clone(), value.to_owned())
                }))
                .collect(),
            status: *outcome.as_ref().unwrap_or(&0),
            duration_ms: started.elapsed().as_secs_f64() * 1000.0,
            note: Value::Object(note),
        });
    }

    /// Counts the failure on the target and, for an API subscription, on its item (which the
    /// provider's API then shows: Groupboss's `failed_attempts`, `is_active`).
    fn count_failure(&self) {
        let world = self.shared.world();
        let Some(provider) = world.provider(self.provider) else {
            return;
        };
        let Some(config) = provider.spec.sandbox().get("webhooks") else {
            return;
        };
        let subs = Subscriptions::of(config);
        let limit = subs.as_ref().and_then(Subscriptions::deactivate_after);
        let (Some(subs), Some((failures, active))) =
            (subs, self.shared.webhooks.failed(&self.target.id, limit))
        else {
            return;
        };
        let Ok(mut data) = provider.data.lock() else {
            return;
        };
        let Some(index) = provider.find(&mut data, subs.collection, &self.target.id) else {
            return;
        };
        let mut fields = Map::new();
        if let Some(field) = subs.field("failures") {
            fields.insert(field.to_owned(), Value::from(failures));
        }
        if let Some(field) = subs.field("active") {
            fields.insert(field.to_owned(), Value::Bool(active));
        }
        if fields.is_empty() {
            return;
        }
        provider.update_item(&mut data, subs.collection, index, &fields);
        // The subscription's own update event only keeps the target in step with its item.
        let events = std::mem::take(&mut data.events);
        drop(data);
        self.shared.webhooks.deliver(&self.shared, provider, events);
    }
}
