//! Every operation: the exact request it sends (method, path, query, body) with each auth
//! scheme, and the decoding of the spec's documented response.
//!
//! Each test is named after its operation and goes through [`check`], which sends the request
//! twice: with query credentials (`username` and `api_key` each exactly once in the query, no
//! `Authorization`) and with HTTP Basic (the header, no credentials in the query).
//! `every_operation_has_a_test` fails when an operation in `OPERATIONS` has no such test.

#![allow(clippy::unwrap_used)]

mod support;

use std::future::Future;

use groupkit_sendhub::models::{ContactOrdering, GroupPermission, GroupUpdateRequest};
use groupkit_sendhub::{Client, ContactId, GroupId, Id, OPERATIONS, Result};
use groupkit_testkit::Example;
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, When};
use serde_json::json;
use support::{BASIC, KEY, USER, basic_client, client, spec};

const GROUP: u64 = 115_999_753_870_990_933;

/// Matches a request whose query is exactly `expected` (in any order, nothing else).
fn query_is(expected: Vec<(String, String)>) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync {
    move |req| {
        let mut got = req.query_params();
        got.sort();
        let mut want = expected.clone();
        want.sort();
        got == want
    }
}

/// Matches a request without a body.
fn no_body(req: &HttpMockRequest) -> bool {
    req.body_ref().is_empty()
}

/// Serves `response` (no body: 204) to a request with the operation's method, the `query`
/// pairs and whatever `expect` adds, once per auth scheme; runs `call` with each and returns
/// the value decoded with query credentials.
async fn check_with<T, Fut>(
    op: &str,
    response: Option<Example>,
    query: &[(&str, &str)],
    expect: impl Fn(When) -> When,
    call: impl Fn(Client) -> Fut,
) -> T
where
    Fut: Future<Output = Result<T>>,
{
    let (_, method, _) = OPERATIONS.iter().find(|(name, ..)| *name == op).unwrap();
    let pairs: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let with_credentials: Vec<(String, String)> = pairs
        .iter()
        .cloned()
        .chain([
            ("username".into(), USER.into()),
            ("api_key".into(), KEY.into()),
        ])
        .collect();
    let serve = |then: httpmock::Then| match &response {
        Some(ex) => then.status(ex.status).json_body(ex.body.clone()),
        None => then.status(204),
    };

    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            expect(
                when.method(*method)
                    .header_missing("authorization")
                    .is_true(query_is(with_credentials)),
            );
            serve(then);
        })
        .await;
    let value = call(client(&server)).await.unwrap();
    mock.assert_async().await;

    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            expect(
                when.method(*method)
                    .header("authorization", BASIC)
                    .is_true(query_is(pairs)),
            );
            serve(then);
        })
        .await;
    call(basic_client(&server)).await.unwrap();
    mock.assert_async().await;
    value
}

/// [`check_with`] serving the operation's documented success example.
async fn check<T, Fut>(
    op: &str,
    query: &[(&str, &str)],
    expect: impl Fn(When) -> When,
    call: impl Fn(Client) -> Fut,
) -> T
where
    Fut: Future<Output = Result<T>>,
{
    let example = spec().success_example(op).unwrap();
    check_with(op, Some(example), query, expect, call).await
}

#[tokio::test]
async fn list_groups() {
    let page = check(
        "list_groups",
        &[],
        |w| w.path("/groups/").is_true(no_body),
        |c| async move { c.list_groups().send().await },
    )
    .await;
    assert_eq!(page.meta.total_count, Some(2));
    assert_eq!(page.objects[0].id, "1000");
    assert_eq!(page.objects[1].name, "customers");
    // No offset in the timestamp: it is UTC.
    assert_eq!(
        page.objects[0].date_created.to_utc().to_rfc3339(),
        "2012-05-31T18:18:23.172930+00:00"
    );
}

#[tokio::test]
async fn create_group() {
    let group = check(
        "create_group",
        &[],
        |w| {
            w.path("/groups/")
                .header("content-type", "application/json")
                .json_body(json!({
                    "name": "ACME Product Alerts",
                    "slug": "alerts",
                    "text_to_subscribe": true,
                    "ttjResponse": "Thanks for opting in!",
                    "permissions": "write",
                }))
        },
        |c| async move {
            c.create_group()
                .name("ACME Product Alerts")
                .slug("alerts")
                .text_to_subscribe(true)
                .ttj_response("Thanks for opting in!")
                .permissions(GroupPermission::Write)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(group.id, "115999753870990933");
    assert_eq!(group.size, None, "null on creation");
    assert_eq!(group.permissions, Some(GroupPermission::Write));
}

#[tokio::test]
async fn get_group() {
    let group = check(
        "get_group",
        &[],
        |w| w.path(format!("/groups/{GROUP}/")).is_true(no_body),
        |c| async move { c.get_group(GROUP).send().await },
    )
    .await;
    assert_eq!(group.id.as_u64(), Some(GROUP));
    assert_eq!(
        group.id_str.as_ref().map(GroupId::as_str),
        Some("115999753870990933")
    );
    assert_eq!(group.size, Some(1));
}

#[tokio::test]
async fn update_group() {
    // PUT replaces: `id` and `name` are required, and nothing that was not set is sent. The
    // body's `id` is the path's, in the form it was given (a string here).
    let group = check(
        "update_group",
        &[],
        |w| {
            w.path(format!("/groups/{GROUP}/"))
                .header("content-type", "application/json")
                .json_body(json!({
                    "id": "115999753870990933",
                    "name": "ACME Product Alerts",
                    "slug": "alerts",
                    "text_to_subscribe": true,
                }))
        },
        |c| async move {
            c.update_group("115999753870990933")
                .name("ACME Product Alerts")
                .slug("alerts")
                .text_to_subscribe(true)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(group.name, "ACME Product Alerts");
    assert!(group.text_to_subscribe);
}

#[tokio::test]
async fn delete_group() {
    check_with(
        "delete_group",
        None,
        &[],
        |w| w.path(format!("/groups/{GROUP}/")).is_true(no_body),
        |c| async move { c.delete_group("115999753870990933").send().await },
    )
    .await;
}

#[tokio::test]
async fn list_group_contacts() {
    let page = check(
        "list_group_contacts",
        &[
            ("number", "+18004445555"),
            ("name", "Bob Parker"),
            ("screened", "false"),
            ("blocked", "true"),
            ("ordering", "-date_created"),
        ],
        |w| {
            w.path(format!("/groups/{GROUP}/contacts/"))
                .is_true(no_body)
                // The plus of an E.164 number is percent-encoded once.
                .is_true(|r| r.uri().query().unwrap().contains("number=%2B18004445555"))
        },
        |c| async move {
            c.list_group_contacts(GROUP)
                .number("+18004445555")
                .name("Bob Parker")
                .screened(false)
                .blocked(true)
                .ordering(ContactOrdering::DateCreated2)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(page.meta.total_count, None);
    let bob = &page.objects[0];
    assert_eq!(bob.id, "116006957938017590");
    assert_eq!(bob.number, "+12015716227");
    assert_eq!(bob.keyword.as_deref(), Some("bob"));
}

#[tokio::test]
async fn add_remove_group_contacts() {
    let result = check(
        "add_remove_group_contacts",
        &[],
        |w| {
            w.path(format!("/groups/{GROUP}/contacts/"))
                .header("content-type", "application/json")
                // Ids go as JSON integers, never strings or floats.
                .body_includes("\"add\":[116006957942993390,116006957943010580]")
                .json_body(json!({
                    "add": [116_006_957_942_993_390_u64, 116_006_957_943_010_580_u64],
                    "remove": [116_006_957_938_017_580_u64],
                }))
        },
        |c| async move {
            c.add_remove_group_contacts(GROUP)
                .add([116_006_957_942_993_390_u64, 116_006_957_943_010_580_u64])
                .remove([116_006_957_938_017_580_u64])
                .send()
                .await
        },
    )
    .await;
    assert_eq!(result.add, [ContactId::from("116006957938017580")]);
    assert_eq!(result.remove.len(), 2);
    assert_eq!(result.errors.add, None);
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
    assert_eq!(OPERATIONS.len(), 7);
}

#[tokio::test]
async fn ids_arrive_as_strings_or_integers_and_survive_exactly() {
    let mut example = spec().success_example("get_group").unwrap();
    example.body["id"] = json!(GROUP);
    example.body["parent_id"] = json!(115_999_753_870_990_931_u64);
    example.body["parent_user_id"] = json!("115999753870990930");
    let group = check_with(
        "get_group",
        Some(example),
        &[],
        |w| w.path("/groups/115999753870990933/"),
        |c| async move { c.get_group(Id::from("115999753870990933")).send().await },
    )
    .await;
    assert_eq!(group.id, "115999753870990933");
    assert!(group.id.as_id().is_number());
    assert_eq!(
        group.parent_id.unwrap().as_u64(),
        Some(115_999_753_870_990_931)
    );
    assert_eq!(group.parent_user_id.unwrap(), "115999753870990930");
}

#[tokio::test]
async fn a_replace_with_only_the_required_fields_sends_only_them() {
    let example = spec().success_example("update_group").unwrap();
    check_with(
        "update_group",
        Some(example),
        &[],
        |w| {
            w.path("/groups/1220/")
                .json_body(json!({"id": 1220, "name": "Best Customers"}))
        },
        |c| async move { c.update_group(1220u64).name("Best Customers").send().await },
    )
    .await;
}

#[tokio::test]
async fn update_group_sends_the_path_id_as_the_body_id() {
    // Only `.name(..)` is set: the body's `id` comes from the path, as the integer it was
    // given as.
    let example = spec().success_example("update_group").unwrap();
    check_with(
        "update_group",
        Some(example),
        &[],
        |w| {
            w.path(format!("/groups/{GROUP}/"))
                .header("content-type", "application/json")
                .json_body(json!({"id": GROUP, "name": "Renamed"}))
        },
        |c| async move { c.update_group(GROUP).name("Renamed").send().await },
    )
    .await;
}

#[tokio::test]
async fn update_group_with_a_body_model_keeps_the_path_id() {
    // A model carrying another group's id: the path's id is sent, and every other value of
    // the model is.
    let example = spec().success_example("update_group").unwrap();
    check_with(
        "update_group",
        Some(example),
        &[],
        |w| {
            w.path("/groups/1220/").json_body(json!({
                "id": 1220,
                "name": "Best Customers",
                "slug": "best",
                "text_to_subscribe": true,
                "ttjResponse": "Welcome!",
            }))
        },
        |c| async move {
            let mut model = GroupUpdateRequest::new(GroupId::from(9999), "Best Customers".into());
            model.slug = Some("best".into());
            model.text_to_subscribe = Some(true);
            model.ttj_response = Some("Welcome!".into());
            c.update_group(1220u64).body(model).send().await
        },
    )
    .await;
}
