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

use groupkit_sendhub::models::{
    ContactOrdering, ContactUpsertRequest, GroupPermission, GroupUpdateRequest, MessageDirection,
    MessageType, Mms, RegistrationStatus,
};
use groupkit_sendhub::{
    Client, ContactId, EnterpriseId, GroupId, Id, MessageId, OPERATIONS, Result, ThreadId, UserId,
};
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
    assert_eq!(OPERATIONS.len(), 28);
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

// ---------------------------------------------------------------------------------------------
// The operations of SendHub's own OpenAPI document (`x-groupkit-source: vendor-document`).

const CONTACT: u64 = 116_006_957_938_283_973;
const THREAD: u64 = 115_988_808_193_508_637;
const MESSAGE: u64 = 115_995_236_872_293_501;
const ENTERPRISE: u64 = 232_267_963_371_095_740;
const USER_ID: u64 = 283_014_186_889_381_821;

/// A response the spec documents no example for, built from another operation's example.
fn example(status: u16, body: serde_json::Value) -> Option<Example> {
    Some(Example {
        status,
        name: "test".into(),
        body,
    })
}

/// The documented sent message.
fn sent_message() -> serde_json::Value {
    spec().success_example("send_message").unwrap().body
}

#[tokio::test]
async fn list_contacts() {
    let page = check(
        "list_contacts",
        &[("number", "+12015716227"), ("ordering", "-name")],
        |w| {
            w.path("/contacts/")
                .is_true(no_body)
                .is_true(|r| r.uri().query().unwrap().contains("number=%2B12015716227"))
        },
        |c| async move {
            c.list_contacts()
                .number("+12015716227")
                .ordering(ContactOrdering::Name2)
                .send()
                .await
        },
    )
    .await;
    // A custom field arrives beside the built-in ones.
    let custom = page
        .objects
        .iter()
        .find_map(|c| c.additional.get("my-custom-field-2"))
        .expect("the custom field");
    assert_eq!(custom, &json!("my-custom-field-2"));
}

#[tokio::test]
async fn upsert_contact() {
    let contact = check(
        "upsert_contact",
        &[],
        |w| {
            w.path("/contacts/")
                .header("content-type", "application/json")
                .json_body(json!({
                    "name": "John Smith",
                    "number": "+19198915828",
                    "groups": ["115999753870990933", 115_999_753_870_990_932_u64],
                }))
        },
        |c| async move {
            c.upsert_contact()
                .name("John Smith")
                .number("+19198915828")
                .groups([
                    Id::from("115999753870990933"),
                    Id::from(115_999_753_870_990_932_u64),
                ])
                .send()
                .await
        },
    )
    .await;
    // The first documented answer is Bob's.
    assert_eq!(contact.id.as_u64(), Some(116_006_957_938_017_590));
    assert_eq!(contact.contact_id.unwrap(), contact.id);
}

#[tokio::test]
async fn upsert_contact_with_custom_fields() {
    // Custom fields travel beside the built-in ones; `null` removes one.
    let response = spec().success_example("upsert_contact");
    check_with(
        "upsert_contact",
        response,
        &[],
        |w| {
            w.path("/contacts/").json_body(json!({
                "id": "116006957938283973",
                "name": "John Smith",
                "number": "+19198915828",
                "my-custom-field-2": "My custom value 2",
                "my-custom-field": null,
            }))
        },
        |c| async move {
            let mut body: ContactUpsertRequest = serde_json::from_value(json!({
                "id": "116006957938283973",
                "name": "John Smith",
                "number": "+19198915828",
            }))
            .unwrap();
            body.additional
                .insert("my-custom-field-2".into(), json!("My custom value 2"));
            body.additional
                .insert("my-custom-field".into(), json!(null));
            c.upsert_contact().body(body).send().await
        },
    )
    .await;
}

#[tokio::test]
async fn upsert_contacts() {
    let contacts = check_with(
        "upsert_contacts",
        example(
            202,
            json!([spec().success_example("get_contact").unwrap().body]),
        ),
        &[],
        |w| {
            w.method("PATCH").path("/contacts/").json_body(json!({
                "objects": [
                    {"name": "Bob Parker", "number": "+12015716227"},
                    {"id": CONTACT, "name": "John Smith", "number": "+19198915828"},
                ]
            }))
        },
        |c| async move {
            let bob: ContactUpsertRequest =
                serde_json::from_value(json!({"name": "Bob Parker", "number": "+12015716227"}))
                    .unwrap();
            let mut john: ContactUpsertRequest =
                serde_json::from_value(json!({"name": "John Smith", "number": "+19198915828"}))
                    .unwrap();
            john.id = Some(ContactId::from(CONTACT));
            c.upsert_contacts().objects([bob, john]).send().await
        },
    )
    .await;
    assert_eq!(contacts.len(), 1);
}

#[tokio::test]
async fn get_contact() {
    let contact = check(
        "get_contact",
        &[],
        |w| w.path(format!("/contacts/{CONTACT}/")).is_true(no_body),
        |c| async move { c.get_contact(CONTACT).send().await },
    )
    .await;
    assert_eq!(contact.name, "Bob Parker");
    assert_eq!(contact.landline, Some(false));
}

#[tokio::test]
async fn update_contact() {
    // PUT replaces; the body's `id` is the path's.
    let contact = check(
        "update_contact",
        &[],
        |w| {
            w.path(format!("/contacts/{CONTACT}/"))
                .header("content-type", "application/json")
                .json_body(json!({"id": CONTACT, "name": "John Smith", "number": "+19198915828"}))
        },
        |c| async move {
            c.update_contact(CONTACT)
                .name("John Smith")
                .number("+19198915828")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(contact.number, "+12015716227");
}

#[tokio::test]
async fn delete_contact() {
    check_with(
        "delete_contact",
        None,
        &[],
        |w| {
            w.method("DELETE")
                .path(format!("/contacts/{CONTACT}/"))
                .is_true(no_body)
        },
        |c| async move { c.delete_contact(CONTACT).send().await },
    )
    .await;
}

#[tokio::test]
async fn list_threads() {
    let page = check(
        "list_threads",
        &[],
        |w| w.path("/inbox/").is_true(no_body),
        |c| async move { c.list_threads().send().await },
    )
    .await;
    assert_eq!(page.meta.unread, Some(9));
    let thread = &page.objects[0];
    assert_eq!(thread.thread_id, ThreadId::from(THREAD));
    assert_eq!(thread.direction, Some(MessageDirection::Incoming));
    assert_eq!(thread.r#type, Some(MessageType::MessageIn));
    // A contact id that arrives as an 18-digit integer stays exact.
    let contact = &thread.contacts.as_ref().unwrap()[0];
    assert_eq!(contact.id.as_u64(), Some(116_006_957_938_017_580));
    assert_eq!(contact.id_str.as_ref().unwrap(), "116006957938017590");
}

#[tokio::test]
async fn list_thread_messages() {
    let page = check(
        "list_thread_messages",
        &[],
        |w| w.path(format!("/threads/{THREAD}/")).is_true(no_body),
        |c| async move { c.list_thread_messages(THREAD).send().await },
    )
    .await;
    assert_eq!(
        page.meta.labels.as_deref(),
        Some(&["starred".to_owned()][..])
    );
    let first = &page.objects[0];
    assert_eq!(first.direction, Some(MessageDirection::To));
    assert_eq!(first.attachments.as_ref().unwrap()[0].size, Some(18884.0));
}

#[tokio::test]
async fn delete_thread() {
    let result = check(
        "delete_thread",
        &[],
        |w| w.method("DELETE").path(format!("/threads/{THREAD}/")),
        |c| async move { c.delete_thread(THREAD).send().await },
    )
    .await;
    assert_eq!(result.message, "Thread successfully deleted");
}

#[tokio::test]
async fn send_message() {
    // The vendor's body: `contacts` ids or E.164 numbers, `groups` ids, `scheduled_at` in the
    // 24-character form, the attachment by URL; credentials only in the query.
    let message = check(
        "send_message",
        &[],
        |w| {
            w.path("/messages/")
                .header("content-type", "application/json")
                .json_body(json!({
                    "contacts": [116_006_957_938_017_590_u64, "+18884445555"],
                    "groups": ["115999753870991330"],
                    "text": "Hello from the past!",
                    "scheduled_at": "2069-04-20T04:20:59+0000",
                    "mms": {"filename": "Obiwan.png", "url": "https://pics.me.me/hello-there.png"},
                }))
        },
        |c| async move {
            let mut mms = Mms::new("Obiwan.png".into());
            mms.url = Some("https://pics.me.me/hello-there.png".into());
            c.send_message()
                .text("Hello from the past!")
                .contacts([
                    Id::from(116_006_957_938_017_590_u64),
                    Id::from("+18884445555"),
                ])
                .groups(["115999753870991330"])
                .scheduled_at("2069-04-20T04:20:59+0000")
                .mms(mms)
                .send()
                .await
        },
    )
    .await;
    assert_eq!(
        message.acknowledgment.as_deref(),
        Some("Message queued for sending.")
    );
    assert_eq!(message.message_id, Some(MessageId::from(MESSAGE)));
    assert_eq!(message.id_is_thread_id, Some(true));
    assert_eq!(message.mms.unwrap().filename, "funny_video.mp4");
    assert_eq!(message.scheduled_at, None);
}

#[tokio::test]
async fn list_scheduled_messages() {
    let mut message = sent_message();
    message["scheduled_at"] = json!("2069-04-20T04:20:59");
    let page = check_with(
        "list_scheduled_messages",
        example(
            200,
            json!({"meta": {"limit": 20, "offset": 0, "next": null, "previous": null}, "objects": [message]}),
        ),
        &[],
        |w| w.path("/messages/scheduled/").is_true(no_body),
        |c| async move { c.list_scheduled_messages().send().await },
    )
    .await;
    let at = page.objects[0].scheduled_at.as_ref().unwrap();
    assert_eq!(at.to_utc().to_rfc3339(), "2069-04-20T04:20:59+00:00");
}

#[tokio::test]
async fn get_message() {
    let message = check_with(
        "get_message",
        example(200, sent_message()),
        &[],
        |w| w.path(format!("/messages/{MESSAGE}/")).is_true(no_body),
        |c| async move { c.get_message(MESSAGE).send().await },
    )
    .await;
    assert_eq!(
        message.thread_id,
        Some(ThreadId::from("115988808197247577"))
    );
}

#[tokio::test]
async fn update_message() {
    // Marking a message read (ruby-sendhub's form) sends only `unread`.
    check_with(
        "update_message",
        example(201, sent_message()),
        &[],
        |w| {
            w.method("PUT")
                .path(format!("/messages/{MESSAGE}/"))
                .json_body(json!({"unread": false}))
        },
        |c| async move { c.update_message(MESSAGE).unread(false).send().await },
    )
    .await;
}

#[tokio::test]
async fn delete_message() {
    let result = check(
        "delete_message",
        &[],
        |w| w.method("DELETE").path(format!("/messages/{MESSAGE}/")),
        |c| async move { c.delete_message(MESSAGE).send().await },
    )
    .await;
    assert_eq!(result.message, "Record successfully deleted");
}

#[tokio::test]
async fn get_settings() {
    let settings = check(
        "get_settings",
        &[],
        |w| w.path("/settings/").is_true(no_body),
        |c| async move { c.get_settings().send().await },
    )
    .await;
    // The line's API key is a secret: never shown.
    let key = settings.api_key.as_ref().unwrap();
    assert!(!format!("{settings:?}").contains(key.expose()));
    assert_eq!(
        settings.registration_status,
        Some(RegistrationStatus::Completed)
    );
    let usage = settings.plan_usage.unwrap();
    assert_eq!(usage.current_plan.unwrap().voice_minutes, Some(-1));
    assert_eq!(usage.voice_minutes, Some(json!("1")));
}

#[tokio::test]
async fn update_settings() {
    let settings = check(
        "update_settings",
        &[],
        |w| {
            w.method("PUT")
                .path("/settings/")
                .json_body(json!({"disable_incoming_sms": false, "sms_webhook_url": "https://hooks.example.com/sendhub"}))
        },
        |c| async move {
            c.update_settings()
                .disable_incoming_sms(false)
                .sms_webhook_url("https://hooks.example.com/sendhub")
                .send()
                .await
        },
    )
    .await;
    assert_eq!(settings.mask_caller_id, Some(true));
}

#[tokio::test]
async fn update_settings_clears_a_field_with_null() {
    // `clear_` sends `null` (here: stop webhooks); a value set after it wins; `.body(model)`
    // sets every value, so nothing stays cleared.
    let model: groupkit_sendhub::models::Settings =
        serde_json::from_value(json!({"disable_incoming_sms": true})).expect("settings");
    let cases = [
        (
            json!({"sms_webhook_url": null, "signature": "Thanks"}),
            None,
        ),
        (json!({"disable_incoming_sms": true}), Some(model)),
    ];
    for (sent, model) in cases {
        check(
            "update_settings",
            &[],
            |w| w.method("PUT").path("/settings/").json_body(sent.clone()),
            |c| {
                let model = model.clone();
                async move {
                    let request = c.update_settings().clear_sms_webhook_url();
                    match model {
                        Some(model) => request.body(model),
                        None => request.clear_signature().signature("Thanks"),
                    }
                    .send()
                    .await
                }
            },
        )
        .await;
    }
}

#[tokio::test]
async fn get_profile() {
    let profile = check(
        "get_profile",
        &[],
        |w| w.path("/profile/").is_true(no_body),
        |c| async move { c.get_profile().send().await },
    )
    .await;
    assert_eq!(profile.enterprise_id, EnterpriseId::from(ENTERPRISE));
    assert_eq!(profile.user_id, UserId::from(USER_ID));
    assert_eq!(profile.auth_groups.len(), 3);
}

#[tokio::test]
async fn get_enterprise() {
    let enterprise = check(
        "get_enterprise",
        &[],
        |w| {
            w.path(format!("/enterprises/{ENTERPRISE}/"))
                .is_true(no_body)
        },
        |c| async move { c.get_enterprise(ENTERPRISE).send().await },
    )
    .await;
    assert_eq!(enterprise.name.as_deref(), Some("ACME Inc."));
    assert_eq!(enterprise.brand_id, None);
}

#[tokio::test]
async fn list_users() {
    let user = spec().success_example("get_user").unwrap().body;
    let page = check_with(
        "list_users",
        example(
            200,
            json!({"meta": {"limit": 20, "offset": 0, "next": null, "previous": null}, "objects": [user]}),
        ),
        &[],
        |w| w.path(format!("/enterprises/{ENTERPRISE}/users/")).is_true(no_body),
        |c| async move { c.list_users(ENTERPRISE).send().await },
    )
    .await;
    assert_eq!(page.objects[0].user_id, UserId::from(USER_ID));
}

#[tokio::test]
async fn get_user() {
    let user = check(
        "get_user",
        &[],
        |w| {
            w.path(format!("/enterprises/{ENTERPRISE}/users/{USER_ID}/"))
                .is_true(no_body)
        },
        |c| async move { c.get_user(ENTERPRISE, USER_ID).send().await },
    )
    .await;
    assert_eq!(user.username.as_deref(), Some("alerts@acme.com"));
    assert_eq!(user.auth_groups.unwrap()[0].name, "Account Administrators");
}

#[tokio::test]
async fn login() {
    let session = check_with(
        "login",
        example(
            200,
            json!({"authToken": "tok-123", "csrf_token": "csrf-456", "password": "******", "username": "alerts@acme.com", "user_id": "283014186889381821"}),
        ),
        &[],
        |w| {
            w.path("/auth/").json_body(json!({
                "authenticationType": "sendhub",
                "username": "alerts@acme.com",
                "password": "hunter2",
            }))
        },
        |c| async move {
            c.login()
                .username("alerts@acme.com")
                .password("hunter2")
                .authentication_type(groupkit_sendhub::models::AuthenticationType::Sendhub)
                .send()
                .await
        },
    )
    .await;
    let shown = format!("{session:?}");
    assert!(
        !shown.contains("tok-123") && !shown.contains("csrf-456"),
        "{shown}"
    );
    assert_eq!(session.auth_token.unwrap().expose(), "tok-123");
}
