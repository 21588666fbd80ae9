//! Every operation: the exact request it sends (method, path, query, body, auth) and the
//! decoding of the spec's documented response.
//!
//! Each test is named after its operation and goes through [`check`], which also asserts
//! the operation's method and the raw-key `Authorization` header; `every_operation_has_a_test`
//! fails when an operation in `OPERATIONS` has no such test.

#![allow(clippy::unwrap_used)]

mod support;

use std::future::Future;

use groupkit_groupboss::models::WebhookEvent;
use groupkit_groupboss::{Client, OPERATIONS, Result};
use groupkit_testkit::Example;
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, When};
use serde_json::json;
use support::{KEY, client, spec};

const USER: &str = "5dbc5fcc-e391-49b8-8c2b-459c00dde8bc";
const GROUP: &str = "b7232b27-cad7-4821-b90f-4933265d6ce4";
const HOOK: &str = "39decec7-8096-40d7-946f-67eeee697f1e";
const TARGET: &str = "https://bcb2ea2dc805.ngrok.io/api/webhooks/alert1234s/";

/// Serves `response` (no body: 204) to one request that has the operation's method, the
/// `Authorization: <key>` header and whatever `expect` adds; runs `call` and asserts that
/// exactly that request was made.
async fn check_with<T, Fut>(
    op: &str,
    response: Option<Example>,
    expect: impl FnOnce(When) -> When,
    call: impl FnOnce(Client) -> Fut,
) -> T
where
    Fut: Future<Output = Result<T>>,
{
    let (_, method, _) = OPERATIONS.iter().find(|(name, ..)| *name == op).unwrap();
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            expect(when.method(*method).header("authorization", KEY));
            match response {
                Some(ex) => then.status(ex.status).json_body(ex.body),
                None => then.status(204),
            };
        })
        .await;
    let value = call(client(&server)).await.unwrap();
    mock.assert_async().await;
    value
}

/// [`check_with`] serving the operation's documented success example.
async fn check<T, Fut>(
    op: &str,
    expect: impl FnOnce(When) -> When,
    call: impl FnOnce(Client) -> Fut,
) -> T
where
    Fut: Future<Output = Result<T>>,
{
    let example = spec().success_example(op).unwrap();
    check_with(op, Some(example), expect, call).await
}

/// Matches a request whose query is exactly `expected` (in any order, nothing else).
fn query_is(
    expected: &'static [(&'static str, &'static str)],
) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync + 'static {
    move |req| {
        let mut got = req.query_params();
        got.sort();
        let mut want: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        want.sort();
        got == want
    }
}

/// Matches a request without a body.
fn no_body(req: &HttpMockRequest) -> bool {
    req.body_ref().is_empty()
}

#[tokio::test]
async fn list_users() {
    let page = check(
        "list_users",
        |w| {
            w.path("/users/")
                .is_true(query_is(&[("page", "2")]))
                .is_true(no_body)
        },
        |c| async move { c.list_users().page(2).send().await },
    )
    .await;
    assert_eq!(page.count, 1);
    assert_eq!(page.results[0].email, "anemail@somedomain.com");
}

#[tokio::test]
async fn get_user() {
    let user = check(
        "get_user",
        |w| {
            w.path(format!("/users/{USER}/"))
                .is_true(query_is(&[]))
                .is_true(no_body)
        },
        |c| async move { c.get_user(USER).send().await },
    )
    .await;
    assert_eq!(user.id, USER);
    assert_eq!(user.username, "");
}

#[tokio::test]
async fn list_groups() {
    let page = check(
        "list_groups",
        |w| {
            w.path(format!("/users/{USER}/groups/"))
                .is_true(no_body)
                .is_true(query_is(&[
                    ("page", "1"),
                    ("created_on_month", "5"),
                    ("created_on_year", "2020"),
                    ("created_on_date", "2020-05-04"),
                    ("created_after", "2020-05-01T00:00:00+02:00"),
                    ("created_before", "2020-06-01"),
                    ("name", "cool group"),
                    ("group_id", "5454"),
                    ("name_contains", "cool & funny"),
                ]))
        },
        |c| async move {
            c.list_groups(USER)
                .page(1)
                .created_on_month(5)
                .created_on_year(2020)
                .created_on_date("2020-05-04")
                .created_after("2020-05-01T00:00:00+02:00")
                .created_before("2020-06-01")
                .name("cool group")
                .group_id("5454")
                .name_contains("cool & funny")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.results.len(), 2);
    assert_eq!(page.results[1].group_id, "1234");
    assert_eq!(page.results[0].created_by, None);
}

#[tokio::test]
async fn get_group() {
    let group = check(
        "get_group",
        |w| {
            w.path(format!("/users/{USER}/groups/{GROUP}"))
                .is_true(query_is(&[]))
                .is_true(no_body)
        },
        |c| async move { c.get_group(USER, GROUP).send().await },
    )
    .await;
    assert_eq!(group.name, "cool group");
    assert!(group.is_active);
    assert_eq!(
        group.created_at.to_utc().to_rfc3339(),
        "2020-05-04T04:00:56.644059+00:00"
    );
}

#[tokio::test]
async fn list_emails() {
    let page = check(
        "list_emails",
        |w| {
            w.path(format!("/users/{USER}/groups/{GROUP}/emails/"))
                .is_true(no_body)
                .is_true(query_is(&[
                    ("created_on_month", "12"),
                    ("created_on_year", "2021"),
                    ("created_on_date", "2021-12-24"),
                    ("created_after", "2021-12-01"),
                    ("created_before", "2021-12-31"),
                    ("name", "Robin"),
                    ("group_id", "5454"),
                    ("group_name", "cool group"),
                    ("member_name", "Robin Williams"),
                    ("email_exact", "robin_williams@somedomain.com"),
                    ("email_contains", "@somedomain"),
                ]))
        },
        |c| async move {
            c.list_emails(USER, GROUP)
                .created_on_month(12)
                .created_on_year(2021)
                .created_on_date("2021-12-24")
                .created_after("2021-12-01")
                .created_before("2021-12-31")
                .name("Robin")
                .group_id("5454")
                .group_name("cool group")
                .member_name("Robin Williams")
                .email_exact("robin_williams@somedomain.com")
                .email_contains("@somedomain")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.count, 4);
    assert_eq!(page.results[0].first_name, "Robin");
    assert_eq!(page.results[3].email, "abir14@gmail.com");
}

#[tokio::test]
async fn list_onboard_questions() {
    let page = check(
        "list_onboard_questions",
        |w| {
            w.path(format!("/users/{USER}/groups/{GROUP}/onboardquestions/"))
                .is_true(no_body)
                .is_true(query_is(&[
                    ("page", "3"),
                    ("created_on_month", "1"),
                    ("created_on_year", "2020"),
                    ("created_on_date", "2020-01-02"),
                    ("created_after", "2019-12-31"),
                    ("created_before", "2020-02-01"),
                    ("member_name_contains", "Abir"),
                    ("member_name_exact", "Abir Junior"),
                    ("group_id", "5454"),
                    ("group_name", "cool group"),
                ]))
        },
        |c| async move {
            c.list_onboard_questions(USER, GROUP)
                .page(3)
                .created_on_month(1)
                .created_on_year(2020)
                .created_on_date("2020-01-02")
                .created_after("2019-12-31")
                .created_before("2020-02-01")
                .member_name_contains("Abir")
                .member_name_exact("Abir Junior")
                .group_id("5454")
                .group_name("cool group")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.results.len(), 4);
    assert_eq!(page.results[0].answer2.as_deref(), Some("No"));
    assert_eq!(page.results[2].member_name, "Abir Junior");
}

#[tokio::test]
async fn create_webhook_subscription() {
    // The spec documents no body for the create answer (201): serve the documented
    // subscription with that status.
    let mut example = spec().success_example("get_webhook_subscription").unwrap();
    example.status = 201;
    let created = check_with(
        "create_webhook_subscription",
        Some(example),
        |w| {
            w.path("/webhooks/publicwebhooks/")
                .is_true(query_is(&[]))
                .header("content-type", "application/json")
                // `target`, not the `url` of the document's table.
                .json_body(json!({"target": TARGET, "event": "Group.updated"}))
        },
        |c| async move {
            c.create_webhook_subscription()
                .event(WebhookEvent::GroupUpdated)
                .target(TARGET)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(created.id, HOOK);
    assert_eq!(created.event, WebhookEvent::GroupUpdated);
}

#[tokio::test]
async fn list_webhook_subscriptions() {
    let page = check(
        "list_webhook_subscriptions",
        |w| {
            w.path("/webhooks/publicwebhooks/")
                .is_true(query_is(&[]))
                .is_true(no_body)
        },
        |c| async move { c.list_webhook_subscriptions().send().await },
    )
    .await;
    assert_eq!(page.count, 2);
    assert_eq!(page.results[0].failed_attempts, 2);
    assert_eq!(page.results[1].user.email, "anemail@somedomain.com");
}

#[tokio::test]
async fn get_webhook_subscription() {
    let hook = check(
        "get_webhook_subscription",
        |w| {
            w.path(format!("/webhooks/publicwebhooks/{HOOK}"))
                .is_true(query_is(&[]))
                .is_true(no_body)
        },
        |c| async move { c.get_webhook_subscription(HOOK).send().await },
    )
    .await;
    assert_eq!(
        hook.target,
        "https://bcb2ea2dc805.ngrok.io/api/webhooks/alert123s/"
    );
    assert!(hook.is_active);
}

#[tokio::test]
async fn update_webhook_subscription() {
    let hook = check(
        "update_webhook_subscription",
        |w| {
            w.path(format!("/webhooks/publicwebhooks/{HOOK}"))
                .is_true(query_is(&[]))
                .header("content-type", "application/json")
                .json_body(json!({"target": TARGET, "event": "Group.created"}))
        },
        |c| async move {
            c.update_webhook_subscription(HOOK)
                .event("Group.created")
                .target(TARGET)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(hook.id, "fcdab9cc-257e-4069-ab97-abdf9be28abb");
    assert_eq!(hook.user.email, "someuser@somedomain.com");
}

#[tokio::test]
async fn delete_webhook_subscription() {
    check_with(
        "delete_webhook_subscription",
        None,
        |w| {
            w.path(format!("/webhooks/publicwebhooks/{HOOK}"))
                .is_true(query_is(&[]))
                .is_true(no_body)
        },
        |c| async move { c.delete_webhook_subscription(HOOK).send().await },
    )
    .await;
}

#[test]
fn every_operation_has_a_test() {
    let source: String = include_str!("operations.rs")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let missing: Vec<&str> = OPERATIONS
        .iter()
        .map(|(name, ..)| *name)
        .filter(|name| {
            let has_fn = source.contains(&format!("asyncfn{name}(){{"));
            let checks = source.contains(&format!("check(\"{name}\""))
                || source.contains(&format!("check_with(\"{name}\""));
            !(has_fn && checks)
        })
        .collect();
    assert!(missing.is_empty(), "operations without a test: {missing:?}");
    assert_eq!(OPERATIONS.len(), 11);
}

#[tokio::test]
async fn unknown_webhook_events_are_sent_and_read_back() {
    let mut example = spec().success_example("get_webhook_subscription").unwrap();
    example.body["event"] = json!("Group.deleted");
    let hook = check_with(
        "create_webhook_subscription",
        Some(example),
        |w| {
            w.path("/webhooks/publicwebhooks/")
                .json_body(json!({"target": TARGET, "event": "Group.deleted"}))
        },
        |c| async move {
            c.create_webhook_subscription()
                .event("Group.deleted")
                .target(TARGET)
                .send()
                .await
        },
    )
    .await;
    assert!(hook.event.is_unknown());
    assert_eq!(hook.event.as_str(), "Group.deleted");
}
