//! Groups.io's cursor pagination with its real envelope: `limit` and `page_token` in the
//! query, `has_more` and `next_page_token` (a 64-bit integer, `0` on the last page) in the
//! body, `data` possibly `null`.

#![allow(clippy::unwrap_used)]

mod common;

use common::{COOKIE, CSRF, KEY, envelope, error_body, fixture};
use futures::{StreamExt, TryStreamExt};
use groupkit_core::PaginationError;
use groupkit_groupsio::{Error, GroupId, GroupRef, MemberId, Position, models};
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, Mock};
use serde_json::{Value, json};

/// Serves `body` for `GET /getsubs` whose raw query is exactly `query`.
async fn page<'a>(server: &'a MockServer, query: &'static str, body: Value) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/getsubs")
                .header("authorization", format!("Bearer {KEY}"))
                .is_true(move |req: &HttpMockRequest| req.uri().query().unwrap_or("") == query);
            then.status(200).json_body(body);
        })
        .await
}

/// A page of the listing with the given data, `has_more` and token.
fn list(data: Value, has_more: bool, token: Value) -> Value {
    let mut body = envelope(data);
    body["has_more"] = json!(has_more);
    body["next_page_token"] = token;
    body["total_count"] = json!(3);
    body
}

#[tokio::test]
async fn the_real_getsubs_pages_list_every_subscription_then_stop() {
    let server = MockServer::start_async().await;
    let first = page(&server, "limit=1", fixture("subs_page_1")).await;
    let second = page(&server, "limit=1&page_token=1", fixture("subs_page_2")).await;
    let client = common::key_client(&server);

    let subs: Vec<models::MemberInfo> = client
        .list_subscriptions()
        .paginator()
        .page_size(1)
        .items()
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<MemberId> = subs.iter().map(|s| s.id.clone()).collect();
    assert_eq!(ids, [2817873, 2817874]);
    let names: Vec<_> = subs.iter().map(|s| s.group_name.as_deref()).collect();
    assert_eq!(names, [Some("beta"), Some("beta+api")]);
    assert_eq!(subs[0].object, models::MemberInfoObject::SubscriptionPlus);
    assert_eq!(subs[0].email, "valcos@bitergia.com");
    // Nanoseconds and a local offset, and Go's zero time, both read.
    assert_eq!(
        subs[0].created.to_string(),
        "2018-07-03T02:24:32.465887176-07:00"
    );
    assert!(subs[0].moderator_notes_updated.unwrap().is_zero());
    assert!(subs[0].perms.is_some());
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn the_page_view_reports_totals_and_positions() {
    let server = MockServer::start_async().await;
    let first = page(&server, "", fixture("subs_page_1")).await;
    let second = page(&server, "page_token=1", fixture("subs_page_2")).await;
    let client = common::key_client(&server);

    let pages: Vec<_> = client
        .list_subscriptions()
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].items()[0].id, 2817873);
    assert_eq!(pages[0].total(), Some(2));
    assert_eq!(pages[0].position(), &Position::Start);
    assert_eq!(
        pages[0].next_position(),
        Some(&Position::Cursor("1".into()))
    );
    assert_eq!(pages[1].items()[0].id, 2817874);
    assert_eq!(pages[1].position(), &Position::Cursor("1".into()));
    assert_eq!(pages[1].next_position(), None);
    // Each page's own fields, typed: the provider's list model, its items in the page.
    let envelopes: Vec<_> = pages
        .iter()
        .map(|p| {
            let list = p.envelope();
            (
                list.start_item,
                list.end_item,
                list.total_count,
                list.has_more,
            )
        })
        .collect();
    assert_eq!(envelopes, [(1, 1, 2, true), (2, 2, 2, false)]);
    assert!(
        pages
            .iter()
            .all(|p| p.envelope().data.as_ref().is_some_and(Vec::is_empty))
    );
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn a_listing_resumes_from_a_saved_cursor() {
    let server = MockServer::start_async().await;
    let first = page(&server, "", fixture("subs_page_1")).await;
    let second = page(&server, "limit=1&page_token=1", fixture("subs_page_2")).await;
    let client = common::key_client(&server);

    let ids: Vec<MemberId> = client
        .list_subscriptions()
        .paginator()
        .page_size(1)
        .resume_from(Position::Cursor("1".into()))
        .items()
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .unwrap();

    assert_eq!(ids, [2817874]);
    first.assert_calls_async(0).await;
    second.assert_async().await;
}

#[tokio::test]
async fn a_token_above_2_pow_53_is_passed_on_exactly() {
    const BIG: &str = "1768251011301721253";
    let server = MockServer::start_async().await;
    let sub = fixture("subs_page_1")["data"][0].clone();
    let mut body_1 = fixture("subs_page_1");
    body_1["next_page_token"] = serde_json::from_str(BIG).unwrap();
    let first = page(&server, "", body_1).await;
    let last = page(
        &server,
        "page_token=1768251011301721253",
        list(json!([sub]), false, json!(0)),
    )
    .await;
    let client = common::key_client(&server);

    // The model keeps it exactly too.
    let decoded = client.list_subscriptions().send().await.unwrap();
    assert_eq!(decoded.next_page_token, 1_768_251_011_301_721_253_u64);
    assert_ne!(
        decoded.next_page_token,
        BIG.parse::<f64>().unwrap() as u64,
        "the test value must not survive a trip through f64"
    );

    let items: Vec<_> = client
        .list_subscriptions()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    first.assert_calls_async(2).await;
    last.assert_async().await;
}

#[tokio::test]
async fn a_null_data_page_is_empty_and_can_be_followed() {
    let server = MockServer::start_async().await;
    let sub = fixture("subs_page_2")["data"][0].clone();
    let first = page(&server, "", list(Value::Null, true, json!(5))).await;
    let second = page(&server, "page_token=5", list(json!([sub]), true, json!(6))).await;
    let last = page(&server, "page_token=6", list(Value::Null, false, json!(0))).await;
    let client = common::key_client(&server);

    let decoded = client.list_subscriptions().send().await.unwrap();
    assert!(decoded.data.is_none());

    let pages: Vec<_> = client
        .list_subscriptions()
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.items().len()).collect();
    assert_eq!(sizes, [0, 1, 0]);
    assert_eq!(pages[1].items()[0].id, 2817874);
    first.assert_calls_async(2).await;
    second.assert_async().await;
    last.assert_async().await;
}

#[tokio::test]
async fn has_more_false_ends_the_listing_whatever_the_token() {
    let server = MockServer::start_async().await;
    let only = page(&server, "", list(json!([]), false, json!(99))).await;
    let client = common::key_client(&server);
    let items: Vec<_> = client
        .list_subscriptions()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(items.is_empty());
    only.assert_async().await;
}

#[tokio::test]
async fn a_repeated_token_is_a_pagination_error_not_a_loop() {
    let server = MockServer::start_async().await;
    let sub = fixture("subs_page_1")["data"][0].clone();
    page(&server, "", list(json!([sub]), true, json!(7))).await;
    let repeated = page(&server, "page_token=7", list(json!([sub]), true, json!(7))).await;
    let client = common::key_client(&server);

    let results: Vec<_> = client.list_subscriptions().items().collect().await;
    assert!(results.len() <= 3, "the listing stopped");
    let error = results.last().unwrap().as_ref().unwrap_err();
    assert!(
        matches!(
            error,
            Error::Pagination(PaginationError::LoopDetected { .. })
        ),
        "{error:?}"
    );
    repeated.assert_async().await;
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_api_error() {
    let server = MockServer::start_async().await;
    page(&server, "", fixture("subs_page_1")).await;
    let failing = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/getsubs")
                .query_param("page_token", "1");
            then.status(400)
                .json_body(error_body("expired", "page token expired"));
        })
        .await;
    let client = common::key_client(&server);

    let results: Vec<_> = client.list_subscriptions().items().collect().await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap().id, 2817873);
    let error = results[1].as_ref().unwrap_err();
    assert_eq!(error.as_api().unwrap().code(), Some("expired"));
    failing.assert_async().await;
}

/// Serves the two real pages for `GET /getmembers` when the raw query is exactly `group` on
/// the first page and `group&page_token=1` on the second.
async fn member_pages<'a>(server: &'a MockServer, group: &'static str) -> [Mock<'a>; 2] {
    let mut mocks = Vec::new();
    for (query, body) in [
        (group.to_owned(), fixture("subs_page_1")),
        (format!("{group}&page_token=1"), fixture("subs_page_2")),
    ] {
        let mock = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path("/getmembers")
                    .is_true(move |req: &HttpMockRequest| req.uri().query().unwrap_or("") == query);
                then.status(200).json_body(body);
            })
            .await;
        mocks.push(mock);
    }
    mocks.try_into().ok().unwrap()
}

#[tokio::test]
async fn a_listing_by_group_id_or_name_sends_only_that_parameter_on_every_page() {
    let server = MockServer::start_async().await;
    let by_id = member_pages(&server, "group_id=68").await;
    let by_name = member_pages(&server, "group_name=beta%2Bapi").await;
    let client = common::key_client(&server);

    for group in [
        GroupRef::Id(GroupId::from(68)),
        GroupRef::Name("beta+api".into()),
    ] {
        let ids: Vec<MemberId> = client
            .list_members(group)
            .items()
            .map_ok(|m| m.id)
            .try_collect()
            .await
            .unwrap();
        assert_eq!(ids, [2817873, 2817874]);
    }
    for mock in by_id.iter().chain(&by_name) {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn a_post_listing_keeps_its_form_and_csrf_on_every_page() {
    let server = MockServer::start_async().await;
    let member = fixture("subs_page_1")["data"][0].clone();
    let mock = |query: &'static str, body: Value| {
        let server = &server;
        async move {
            server
                .mock_async(|when, then| {
                    when.method(POST)
                        .path("/chatmembers")
                        .header("cookie", COOKIE)
                        .header_missing("authorization")
                        .is_true(move |req: &HttpMockRequest| {
                            req.uri().query().unwrap_or("") == query
                        })
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(format!("chatsub_id=44&csrf={CSRF}"));
                    then.status(200).json_body(body);
                })
                .await
        }
    };
    let first = mock("limit=1", list(json!([member.clone()]), true, json!(2))).await;
    let second = mock(
        "limit=1&page_token=2",
        list(json!([member]), false, json!(0)),
    )
    .await;
    let client = common::session_client(&server);

    let members: Vec<_> = client
        .list_chat_members(44)
        .paginator()
        .page_size(1)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(members.len(), 2);
    first.assert_async().await;
    second.assert_async().await;
}
