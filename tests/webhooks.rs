//! Webhook delivery from the sandbox, received by a local server that reads each body with the
//! SDK's own parsers: Groupboss subscriptions created through the API (and deactivated after
//! more than 20 failed deliveries), Habitate targets registered with the sandbox, Groups.io's and
//! SendHub's deliveries signed as each signs them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use groupkit_e2e::{groupboss, sandbox};
use groupkit_groupboss::models::WebhookEvent;
use groupkit_groupsio::http::HeaderMap;
use groupkit_habitate::webhooks::WebhookEvent as HabitateEvent;
use http_body_util::{BodyExt, Full};
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;

/// What a target received: the delivery's headers and raw body.
type Delivery = (HeaderMap, Bytes);

/// A local webhook target: it keeps every delivery it receives and answers the status its
/// `answer` gives for the attempt's number (1 for the first).
struct Receiver {
    url: String,
    deliveries: Arc<Mutex<Vec<Delivery>>>,
}

impl Receiver {
    async fn start(answer: fn(usize) -> u16) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
        let deliveries: Arc<Mutex<Vec<Delivery>>> = Arc::default();
        let kept = deliveries.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let kept = kept.clone();
                let service = hyper::service::service_fn(
                    move |request: hyper::Request<hyper::body::Incoming>| {
                        let kept = kept.clone();
                        async move {
                            let headers = request.headers().clone();
                            let body = request.into_body().collect().await?.to_bytes();
                            let attempt = {
                                let mut kept = kept.lock().expect("deliveries");
                                kept.push((headers, body));
                                kept.len()
                            };
                            let mut response = hyper::Response::new(Full::new(Bytes::new()));
                            *response.status_mut() = hyper::StatusCode::from_u16(answer(attempt))
                                .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
                            Ok::<_, hyper::Error>(response)
                        }
                    },
                );
                tokio::spawn(
                    hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service),
                );
            }
        });
        Receiver { url, deliveries }
    }

    /// How many deliveries arrived so far.
    fn count(&self) -> usize {
        self.deliveries.lock().expect("deliveries").len()
    }

    /// The deliveries received once there are `count` (a few seconds at most).
    async fn deliveries(&self, count: usize) -> Vec<Delivery> {
        for _ in 0..500 {
            let deliveries = self.deliveries.lock().expect("deliveries").clone();
            if deliveries.len() >= count {
                return deliveries;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {count} deliveries, got {}", self.count());
    }

    /// The bodies received once there are `count`.
    async fn wait_for(&self, count: usize) -> Vec<Bytes> {
        let deliveries = self.deliveries(count).await;
        deliveries.into_iter().map(|(_, body)| body).collect()
    }
}

fn fields(value: Value) -> Map<String, Value> {
    value.as_object().cloned().expect("an object")
}

#[tokio::test]
async fn a_groupboss_subscription_receives_group_created_and_updated() {
    let sandbox = sandbox().await;
    let client = groupboss(&sandbox);
    let receiver = Receiver::start(|_| 200).await;
    let created = client
        .create_webhook_subscription()
        .target(receiver.url.as_str())
        .event(WebhookEvent::GroupCreated)
        .send()
        .await
        .expect("subscribed");
    let updated = client
        .create_webhook_subscription()
        .target(receiver.url.as_str())
        .event(WebhookEvent::GroupUpdated)
        .send()
        .await
        .expect("subscribed");

    let group = sandbox
        .create_item("groupboss", "groups", fields(json!({"name": "Chess Club"})))
        .expect("a group");
    let bodies = receiver.wait_for(1).await;
    let delivery = groupkit_groupboss::webhooks::parse(&bodies[0]).expect("a Groupboss body");
    assert_eq!(delivery.webhook.event, WebhookEvent::GroupCreated);
    assert_eq!(delivery.webhook.id, created.id);
    assert_eq!(delivery.webhook.target, receiver.url);
    assert_eq!(delivery.information.name, "Chess Club");
    assert!(
        delivery.information.id == group["id"].as_str().unwrap_or(""),
        "{group}"
    );
    // Only the documented fields: `{"information": {"id", "name"}, "webhook": {...}}`.
    let raw: Value = serde_json::from_slice(&bodies[0]).expect("JSON");
    assert_eq!(
        raw["information"].as_object().map(Map::len),
        Some(2),
        "{raw}"
    );

    let id = group["id"].as_str().expect("a uuid");
    sandbox
        .update_item(
            "groupboss",
            "groups",
            id,
            fields(json!({"name": "Chess Society"})),
        )
        .expect("updated");
    let bodies = receiver.wait_for(2).await;
    let delivery = groupkit_groupboss::webhooks::parse(&bodies[1]).expect("a Groupboss body");
    assert_eq!(delivery.webhook.event, WebhookEvent::GroupUpdated);
    assert_eq!(delivery.webhook.id, updated.id);
    assert_eq!(delivery.information.name, "Chess Society");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(receiver.count(), 2, "one delivery per event");
}

#[tokio::test]
async fn more_than_20_failed_deliveries_deactivate_a_groupboss_subscription() {
    let sandbox = sandbox().await;
    let client = groupboss(&sandbox);
    let receiver = Receiver::start(|_| 500).await;
    let subscription = client
        .create_webhook_subscription()
        .target(receiver.url.as_str())
        .event(WebhookEvent::GroupCreated)
        .send()
        .await
        .expect("subscribed");
    // Each event is tried 4 times; one event at a time, so the count is exact.
    for event in 1..=6 {
        sandbox
            .create_item("groupboss", "groups", Map::new())
            .expect("a group");
        receiver.wait_for((event * 4).min(21)).await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.count(), 21);
    let now = client
        .get_webhook_subscription(&subscription.id)
        .send()
        .await
        .expect("the subscription");
    assert!(!now.is_active);
    assert_eq!(now.failed_attempts, 21);
    let target = sandbox
        .webhooks()
        .into_iter()
        .find(|t| subscription.id == t.id.as_str())
        .expect("still listed");
    assert!(!target.active);
}

#[tokio::test]
async fn a_habitate_target_registered_with_the_sandbox_hears_members_join() {
    let sandbox = sandbox().await;
    // The first two attempts fail: the third, after backoff, gets through.
    let receiver = Receiver::start(|attempt| if attempt <= 2 { 503 } else { 200 }).await;
    sandbox.register_webhook("habitate", &receiver.url, &[]);
    sandbox
        .create_item(
            "habitate",
            "users",
            fields(json!({"first_name": "Ada", "user_status": 10})),
        )
        .expect("a user");
    let bodies = receiver.wait_for(3).await;
    let jobs: Vec<Option<i64>> = bodies
        .iter()
        .map(|body| {
            groupkit_habitate::webhooks::parse(body)
                .expect("a body")
                .job_id()
        })
        .collect();
    assert!(jobs[0].is_some());
    assert!(
        jobs.iter().all(|job| *job == jobs[0]),
        "a retry keeps its job id: {jobs:?}"
    );
    match groupkit_habitate::webhooks::parse(&bodies[2]).expect("a Habitate body") {
        HabitateEvent::MemberJoined { user, .. } => {
            assert_eq!(user.first_name.as_deref(), Some("Ada"));
        }
        other => panic!("expected member.joined, got {other:?}"),
    }

    sandbox
        .create_item("habitate", "users", fields(json!({"user_status": 4})))
        .expect("a wait-listed user");
    let bodies = receiver.wait_for(4).await;
    let event = groupkit_habitate::webhooks::parse(&bodies[3]).expect("a Habitate body");
    assert_eq!(event.event_name(), "member.joined_waitlist");
}

#[tokio::test]
async fn unknown_collections_are_refused_with_the_valid_ones_named() {
    let sandbox = sandbox().await;
    let error = sandbox
        .create_item("habitate", "members", Map::new())
        .expect_err("habitate has users, not members");
    assert!(error.to_string().contains("users"), "{error}");
}

#[tokio::test]
async fn groupsio_deliveries_are_signed_as_groupsio_signs_them() {
    use groupkit_groupsio::webhooks::{self, WebhookEvent as GroupsioEvent, WebhookSecret};

    let sandbox = sandbox().await;
    let receiver = Receiver::start(|_| 200).await;
    sandbox.register_webhook("groupsio", &receiver.url, &["added_member"]);
    let member = sandbox
        .create_item(
            "groupsio",
            "members",
            fields(json!({"email": "ada@example.com"})),
        )
        .expect("a member");
    let (headers, body) = receiver.deliveries(1).await.remove(0);
    assert_eq!(headers["x-groupsio-action"], "added_member");

    let secret = WebhookSecret::new(groupkit_e2e::DEMO.webhook_secret);
    match webhooks::verify_and_parse(&headers, &body, &secret).expect("signed with the secret") {
        GroupsioEvent::AddedMember(event) => {
            let id = event.member_info.id.expect("the member's id");
            assert!(id == member["id"].as_u64().unwrap_or(0), "{id:?}");
            assert_eq!(event.member_info.email.as_deref(), Some("ada@example.com"));
        }
        other => panic!("expected added_member, got {other:?}"),
    }
    let wrong = WebhookSecret::new("not-the-secret");
    assert!(webhooks::verify_and_parse(&headers, &body, &wrong).is_err());
    let mut tampered = body.to_vec();
    tampered.push(b' ');
    assert!(webhooks::verify_and_parse(&headers, &tampered, &secret).is_err());
    // The journal says a signature was sent, not what it was (it is written once the target
    // has answered).
    let mut journaled = String::new();
    for _ in 0..200 {
        let entries = sandbox.requests();
        if entries.iter().any(|e| e.kind == "webhook") {
            journaled = format!("{entries:?}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(journaled.contains("x-groupsio-signature"));
    let signature = headers["x-groupsio-signature"].to_str().expect("ascii");
    assert!(!journaled.contains(signature));
}

#[tokio::test]
async fn a_subgroup_created_through_the_api_is_delivered_signed() {
    use groupkit_groupsio::webhooks::{self, WebhookEvent as GroupsioEvent, WebhookSecret};

    let sandbox = sandbox().await;
    let receiver = Receiver::start(|_| 200).await;
    sandbox.register_webhook("groupsio", &receiver.url, &["created_subgroup"]);
    let client = groupkit_e2e::groupsio(&sandbox);
    let subgroup = client
        .create_subgroup("beta")
        .sub_group_name("api2")
        .desc("Where the API is discussed.")
        .privacy("group_privacy_none")
        .send()
        .await
        .expect("a subgroup");
    let (headers, body) = receiver.deliveries(1).await.remove(0);
    assert_eq!(headers["x-groupsio-action"], "created_subgroup");
    let secret = WebhookSecret::new(groupkit_e2e::DEMO.webhook_secret);
    match webhooks::verify_and_parse(&headers, &body, &secret).expect("signed") {
        GroupsioEvent::CreatedSubgroup(event) => {
            assert_eq!(event.group.id, Some(subgroup.id.clone()), "{event:?}");
        }
        other => panic!("expected created_subgroup, got {other:?}"),
    }
}

#[tokio::test]
async fn sendhub_deliveries_are_signed_over_the_url_and_body_with_the_api_key() {
    use groupkit_sendhub::webhooks::{self, WebhookSecret};

    let sandbox = sandbox().await;
    let receiver = Receiver::start(|_| 200).await;
    sandbox.register_webhook(
        "sendhub",
        &receiver.url,
        &["received_message", "received_block", "received_unblock"],
    );
    // An outbound message is not a delivery; an inbound one is.
    for (direction, text) in [("to", "Hello there"), ("from", "STOP please")] {
        sandbox
            .create_item(
                "sendhub",
                "messages",
                fields(json!({"direction": direction, "text": text})),
            )
            .expect("a message");
    }
    let contact = sandbox
        .create_item(
            "sendhub",
            "contacts",
            fields(json!({"name": "Ada", "number": "+15555550100", "blocked": false})),
        )
        .expect("a contact");
    let id = contact["id"].as_str().expect("an 18-digit id, as text");
    // Blocked, blocked again (no change: no delivery), then unblocked.
    for blocked in [true, true, false] {
        sandbox
            .update_item(
                "sendhub",
                "contacts",
                id,
                fields(json!({"blocked": blocked})),
            )
            .expect("updated");
    }

    // Deliveries run side by side: they may arrive in any order.
    let deliveries = receiver.deliveries(3).await;
    let api_key = WebhookSecret::new(groupkit_e2e::DEMO.api_key);
    let mut bodies = std::collections::BTreeMap::new();
    for (headers, body) in &deliveries {
        let signature = headers["x-sendhub-signature"].to_str().expect("ascii");
        assert_eq!(signature.len(), 40, "hex of 20 bytes: {signature}");
        let delivery = webhooks::verify_and_parse(headers, &receiver.url, body, &api_key)
            .expect("signed over the URL and the body with the API key");
        let kind = delivery.body["webhook"].as_str().unwrap_or("").to_owned();
        bodies.insert(kind, delivery.body);
        // Signed for this URL only, and with the API key only.
        let elsewhere = format!("{}/elsewhere", receiver.url);
        assert!(webhooks::verify_and_parse(headers, &elsewhere, body, &api_key).is_err());
        let wrong = WebhookSecret::new("not-the-key");
        assert!(webhooks::verify_and_parse(headers, &receiver.url, body, &wrong).is_err());
    }
    let kinds: Vec<&str> = bodies.keys().map(String::as_str).collect();
    assert_eq!(
        kinds,
        ["received_block", "received_message", "received_unblock"]
    );
    assert_eq!(bodies["received_message"]["message"]["text"], "STOP please");
    assert_eq!(bodies["received_block"]["contact"]["id"], id);
    assert_eq!(bodies["received_block"]["contact"]["blocked"], true);
    assert_eq!(bodies["received_unblock"]["contact"]["blocked"], false);
    // Nothing else arrives: the repeated block and the outbound message fire nothing.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(receiver.count(), 3);
}

#[tokio::test]
async fn a_deleted_subgroup_is_delivered_signed_with_its_id_and_takes_what_it_owns() {
    use futures::TryStreamExt;
    use groupkit_groupsio::webhooks::{self, WebhookEvent as GroupsioEvent, WebhookSecret};

    let sandbox = sandbox().await;
    let receiver = Receiver::start(|_| 200).await;
    sandbox.register_webhook("groupsio", &receiver.url, &["deleted_subgroup"]);
    let client = groupkit_e2e::groupsio(&sandbox);
    let not_found = |error: groupkit_groupsio::Error| {
        let code = error.as_api().and_then(|api| api.code()).map(str::to_owned);
        assert_eq!(code.as_deref(), Some("group_not_found"), "{error:?}");
    };

    // A top-level group takes its subgroups and members with it, and fires no
    // deleted_subgroup, for itself or for them.
    let seeded = client
        .list_subgroups("actually4")
        .items()
        .try_next()
        .await
        .expect("a page")
        .expect("a seeded subgroup of actually4");
    client
        .delete_group("actually4")
        .understand("I understand")
        .send()
        .await
        .expect("deleted");
    not_found(
        client
            .get_group("actually4")
            .send()
            .await
            .expect_err("gone"),
    );
    not_found(
        client
            .get_group(seeded.id.clone())
            .send()
            .await
            .expect_err("gone"),
    );
    let members = client.list_members(seeded.id.clone()).send().await;
    not_found(members.expect_err("the subgroup's members went with it"));

    // A subgroup's deletion is delivered: its id in `extra_id`, no group.
    let subgroup = client
        .create_subgroup("beta")
        .sub_group_name("gone")
        .desc("Deleted at once.")
        .privacy("group_privacy_none")
        .send()
        .await
        .expect("a subgroup");
    client
        .delete_group(subgroup.id.clone())
        .understand("I understand")
        .send()
        .await
        .expect("deleted");
    not_found(
        client
            .get_group(subgroup.id.clone())
            .send()
            .await
            .expect_err("gone"),
    );
    let deliveries = receiver.deliveries(1).await;
    let (headers, body) = &deliveries[0];
    assert_eq!(headers["x-groupsio-action"], "deleted_subgroup");
    let raw: Value = serde_json::from_slice(body).expect("JSON");
    assert!(raw.get("group").is_none(), "{raw}");
    let secret = WebhookSecret::new(groupkit_e2e::DEMO.webhook_secret);
    match webhooks::verify_and_parse(headers, body, &secret).expect("signed") {
        GroupsioEvent::DeletedSubgroup(event) => {
            assert_eq!(event.extra_id, subgroup.id, "{event:?}");
        }
        other => panic!("expected deleted_subgroup, got {other:?}"),
    }
    assert_eq!(
        receiver.count(),
        1,
        "only the subgroup's deletion is delivered"
    );
}

#[tokio::test]
async fn groupsio_moderation_is_delivered_signed_ban_join_and_leave() {
    use groupkit_groupsio::models::MemberWebhook;
    use groupkit_groupsio::webhooks::{self, WebhookEvent as GroupsioEvent, WebhookSecret};

    const GROUP: i64 = 1;
    let sandbox = sandbox().await;
    let receiver = Receiver::start(|_| 200).await;
    sandbox.register_webhook(
        "groupsio",
        &receiver.url,
        &["ban_members", "joined", "left", "removed_member"],
    );
    let client = groupkit_e2e::groupsio(&sandbox);
    let page = client.list_members(GROUP).send().await.expect("members");
    let members = page.data.expect("a page");
    let (banned, pending) = (&members[0], &members[1]);

    // Banned twice: the second changes nothing and is not delivered.
    for _ in 0..2 {
        client
            .ban_member(GROUP)
            .member_info_id(&banned.id)
            .send()
            .await
            .expect("banned");
    }
    // A member waiting for approval (made so through the admin API) is approved: joined.
    sandbox
        .update_item(
            "groupsio",
            "members",
            pending.id.as_ref(),
            fields(json!({"status": "sub_status_pending"})),
        )
        .expect("made pending");
    client
        .approve_member(GROUP)
        .member_info_id(&pending.id)
        .send()
        .await
        .expect("approved");
    // The caller leaves: left, not removed_member.
    let mine = client
        .get_subscription(GROUP)
        .send()
        .await
        .expect("the caller's own membership");
    client
        .delete_subscription(GROUP)
        .member_info_id(&mine.id)
        .send()
        .await
        .expect("left");

    let secret = WebhookSecret::new(groupkit_e2e::DEMO.webhook_secret);
    let mut events = std::collections::BTreeMap::new();
    for (headers, body) in receiver.deliveries(3).await {
        let event = webhooks::verify_and_parse(&headers, &body, &secret).expect("signed");
        assert_eq!(headers["x-groupsio-action"], event.action());
        events.insert(event.action().to_owned(), event);
    }
    let member = |event: &GroupsioEvent| -> MemberWebhook {
        match event {
            GroupsioEvent::BanMembers(e) | GroupsioEvent::Joined(e) | GroupsioEvent::Left(e) => {
                e.clone()
            }
            other => panic!("expected a member event, got {other:?}"),
        }
    };
    let ban = member(&events["ban_members"]);
    assert_eq!(ban.member_info.id, Some(banned.id.clone()));
    assert_eq!(ban.member_info.status.as_deref(), Some("sub_status_banned"));
    let joined = member(&events["joined"]);
    assert_eq!(joined.member_info.id, Some(pending.id.clone()));
    let group = joined.group.expect("the group beside the member");
    assert_eq!(group.name.as_deref(), Some("beta"));
    let left = member(&events["left"]);
    assert_eq!(left.member_info.id, Some(mine.id.clone()));
    assert!(matches!(events["left"], GroupsioEvent::Left(_)));
    // Nothing else: the repeated ban and the caller's leaving as a removal.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(receiver.count(), 3, "{:?}", events.keys());
}

#[tokio::test]
async fn the_sendhub_webhook_url_set_on_the_settings_hears_a_test_then_every_delivery() {
    use groupkit_sendhub::webhooks::{self, WebhookSecret};

    let sandbox = sandbox().await;
    let first = Receiver::start(|_| 200).await;
    let client = groupkit_e2e::sendhub(&sandbox);
    client
        .update_settings()
        .sms_webhook_url(&first.url)
        .send()
        .await
        .expect("the URL is set");
    let api_key = WebhookSecret::new(groupkit_e2e::DEMO.api_key);
    let kind = |receiver: &Receiver, (headers, body): &Delivery| {
        let delivery = webhooks::verify_and_parse(headers, &receiver.url, body, &api_key)
            .expect("signed for the URL set, with the API key");
        delivery.body["webhook"].as_str().unwrap_or("").to_owned()
    };
    let test = first.deliveries(1).await.remove(0);
    assert_eq!(kind(&first, &test), "test");

    // An inbound message goes to the URL set.
    sandbox
        .create_item(
            "sendhub",
            "messages",
            fields(json!({"direction": "from", "text": "Hi"})),
        )
        .expect("a message");
    let received = first.deliveries(2).await.remove(1);
    assert_eq!(kind(&first, &received), "received_message");

    // Another URL replaces it: the new one hears its test, the old one nothing more.
    let second = Receiver::start(|_| 200).await;
    client
        .update_settings()
        .sms_webhook_url(&second.url)
        .send()
        .await
        .expect("the URL is changed");
    let test = second.deliveries(1).await.remove(0);
    assert_eq!(kind(&second, &test), "test");
    // Settings saved without a new URL send no test.
    client
        .update_settings()
        .automated_sms_response("Back soon.")
        .send()
        .await
        .expect("saved");
    // Cleared (sent as null): no target is left, so an inbound message reaches nobody.
    client
        .update_settings()
        .clear_sms_webhook_url()
        .send()
        .await
        .expect("the URL is cleared");
    let settings = client.get_settings().send().await.expect("settings");
    assert_eq!(settings.sms_webhook_url, None);
    sandbox
        .create_item(
            "sendhub",
            "messages",
            fields(json!({"direction": "from", "text": "Anyone?"})),
        )
        .expect("a message");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!((first.count(), second.count()), (2, 1));
    assert!(sandbox.webhooks().is_empty(), "{:?}", sandbox.webhooks());
}
