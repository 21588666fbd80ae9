//! Groups.io specifics on the wire: "either `group_id` or `group_name`", subgroup names,
//! multipart uploads, `extended=true`, streamed archive downloads, the real fixtures, the
//! client builder.

#![allow(clippy::unwrap_used)]

mod common;

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use common::{KEY, exactly, example, fixture};
use groupkit_core::http::{HeaderMap, StatusCode};
use groupkit_core::{HttpRequest, HttpResponse, Transport, TransportError};
use groupkit_groupsio::{
    Client, Error, Extended, GroupId, GroupRef, MemberId, OauthCredential, PROVIDER, RetryPolicy,
    SendExtended, Upload, models,
};
use httpmock::HttpMockRequest;
use httpmock::prelude::*;
use serde_json::json;
use tokio::io::AsyncWrite;

#[tokio::test]
async fn a_group_ref_sends_group_id_for_an_id_and_group_name_for_a_name_in_a_query() {
    let server = MockServer::start_async().await;
    let group = example("get_group");
    let by_id = exactly(&server, GET, "/getgroup", "group_id=7", "", group.clone()).await;
    let by_name = exactly(&server, GET, "/getgroup", "group_name=7", "", group.clone()).await;
    let big = "group_id=123456789012345678";
    let by_big_id = exactly(&server, GET, "/getgroup", big, "", group).await;
    let client = common::key_client(&server);

    client
        .get_group(GroupRef::Id(GroupId::from(7)))
        .send()
        .await
        .unwrap();
    // An integer is the id.
    client.get_group(7).send().await.unwrap();
    // Text is the name, even when it is all digits.
    client
        .get_group(GroupRef::Name("7".into()))
        .send()
        .await
        .unwrap();
    client.get_group("7").send().await.unwrap();
    // An id given as text is still an id, kept exactly.
    client
        .get_group(GroupId::from("123456789012345678"))
        .send()
        .await
        .unwrap();
    by_id.assert_calls_async(2).await;
    by_name.assert_calls_async(2).await;
    by_big_id.assert_async().await;
}

#[tokio::test]
async fn a_group_ref_sends_only_its_own_field_in_forms_and_multipart_bodies() {
    let server = MockServer::start_async().await;
    let updated = example("update_group");
    let form_id = exactly(
        &server,
        POST,
        "/updategroup",
        "",
        "group_id=7&title=t",
        updated.clone(),
    )
    .await;
    let form_name = exactly(
        &server,
        POST,
        "/updategroup",
        "",
        "group_name=beta%2Bapi&title=t",
        updated,
    )
    .await;
    // `deletegroupalias` names the alias with `alias_group_id` / `alias_group_name`.
    let alias = example("delete_group_alias");
    let alias_id = exactly(
        &server,
        POST,
        "/deletegroupalias",
        "",
        "alias_group_id=9",
        alias.clone(),
    )
    .await;
    let alias_name = exactly(
        &server,
        POST,
        "/deletegroupalias",
        "",
        "alias_group_name=old",
        alias,
    )
    .await;
    let has_part = |req: &HttpMockRequest, name: &str| {
        req.body_string().contains(&format!(
            "Content-Disposition: form-data; name=\"{name}\"\r\n"
        ))
    };
    let multipart_id = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/addfiles")
                .body_includes("Content-Disposition: form-data; name=\"group_id\"\r\n\r\n7\r\n")
                .is_true(move |req: &HttpMockRequest| !has_part(req, "group_name"));
            then.status(200).json_body(example("add_files"));
        })
        .await;
    let multipart_name = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/addfiles")
                .body_includes(
                    "Content-Disposition: form-data; name=\"group_name\"\r\n\r\nbeta\r\n",
                )
                .is_true(move |req: &HttpMockRequest| !has_part(req, "group_id"));
            then.status(200).json_body(example("add_files"));
        })
        .await;
    let client = common::key_client(&server);

    client
        .update_group(GroupRef::Id(GroupId::from(7)))
        .title("t")
        .send()
        .await
        .unwrap();
    client
        .update_group(GroupRef::Name("beta+api".into()))
        .title("t")
        .send()
        .await
        .unwrap();
    client
        .delete_group_alias(GroupRef::Id(GroupId::from(9)))
        .send()
        .await
        .unwrap();
    client.delete_group_alias("old").send().await.unwrap();
    let files = || vec![Upload::new("a.txt", "text/plain", "x")];
    client
        .add_files(GroupRef::Id(GroupId::from(7)))
        .parent_folder_id(1)
        .fileupload(files())
        .send()
        .await
        .unwrap();
    client
        .add_files(GroupRef::Name("beta".into()))
        .parent_folder_id(1)
        .fileupload(files())
        .send()
        .await
        .unwrap();
    form_id.assert_async().await;
    form_name.assert_async().await;
    alias_id.assert_async().await;
    alias_name.assert_async().await;
    multipart_id.assert_async().await;
    multipart_name.assert_async().await;
}

#[tokio::test]
async fn an_oauth_credential_sends_either_the_code_or_the_access_token() {
    let server = MockServer::start_async().await;
    let login = example("google_login_final");
    let code = exactly(
        &server,
        POST,
        "/googleloginfinal",
        "",
        "code=c0de&state=s",
        login.clone(),
    )
    .await;
    let token = exactly(
        &server,
        POST,
        "/googleloginfinal",
        "",
        "access_token=t0k&state=s",
        login,
    )
    .await;
    let client = common::logged_out_client(&server);
    client
        .google_login_final(OauthCredential::Code("c0de".into()))
        .state("s")
        .send()
        .await
        .unwrap();
    client
        .google_login_final(OauthCredential::AccessToken("t0k".into()))
        .state("s")
        .send()
        .await
        .unwrap();
    code.assert_async().await;
    token.assert_async().await;
}

#[tokio::test]
async fn remove_member_sends_the_group_and_the_member_from_typed_ids() {
    let server = MockServer::start_async().await;
    let member = fixture("subs_page_1")["data"][0].clone();
    let by_ids = exactly(
        &server,
        POST,
        "/removemember",
        "",
        "group_id=7&member_info_id=2817873",
        member.clone(),
    )
    .await;
    let from_model = exactly(
        &server,
        POST,
        "/removemember",
        "",
        "group_id=68&member_info_id=2817873",
        member.clone(),
    )
    .await;
    let big = exactly(
        &server,
        POST,
        "/removemember",
        "",
        "group_name=beta&member_info_id=123456789012345678",
        member.clone(),
    )
    .await;
    let client = common::key_client(&server);

    let removed = client
        .remove_member(GroupId::from(7))
        .member_info_id(MemberId::from(2817873))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.id, 2817873);
    // The ids of a decoded member go straight back into a call.
    let decoded: models::MemberInfo = serde_json::from_value(member).unwrap();
    assert_eq!(decoded.id, MemberId::from(2817873));
    assert_eq!(decoded.group_id, 68);
    client
        .remove_member(&decoded.group_id)
        .member_info_id(&decoded.id)
        .send()
        .await
        .unwrap();
    // A name and an 18-digit id, sent exactly.
    let id: MemberId = serde_json::from_str("123456789012345678").unwrap();
    client
        .remove_member("beta")
        .member_info_id(id)
        .send()
        .await
        .unwrap();
    by_ids.assert_async().await;
    from_model.assert_async().await;
    big.assert_async().await;
}

#[tokio::test]
async fn subgroup_and_odd_names_are_percent_encoded_in_queries_and_forms() {
    const NAME: &str = "parent+sub & co=1/ü";
    let server = MockServer::start_async().await;
    let read = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/getgroup")
                .query_param("group_name", NAME)
                .is_true(|req: &HttpMockRequest| {
                    req.uri().query() == Some("group_name=parent%2Bsub+%26+co%3D1%2F%C3%BC")
                });
            then.status(200).json_body(example("get_group"));
        })
        .await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/newgroupalias")
                .form_urlencoded_tuple("group_name", NAME)
                .body("group_name=parent%2Bsub+%26+co%3D1%2F%C3%BC&alias_name=a%2Bb");
            then.status(200).json_body(example("create_group_alias"));
        })
        .await;
    let client = common::key_client(&server);
    client.get_group(NAME).send().await.unwrap();
    client
        .create_group_alias(NAME)
        .alias_name("a+b")
        .send()
        .await
        .unwrap();
    read.assert_async().await;
    write.assert_async().await;
}

#[tokio::test]
async fn uploads_are_multipart_with_file_names_bytes_and_text_fields() {
    let server = MockServer::start_async().await;
    let upload = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/uploadattachments")
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .header_missing("authorization")
                .body_includes("Content-Disposition: form-data; name=\"draft_id\"\r\n\r\n63\r\n")
                .body_includes(
                    "Content-Disposition: form-data; name=\"fileupload\"; filename=\"notes 1.txt\"\r\n\
                     Content-Type: text/plain\r\n\r\nline one\r\nline two\r\n",
                )
                .body_includes("Content-Disposition: form-data; name=\"inline\"\r\n\r\nfalse\r\n")
                .body_includes(format!(
                    "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n",
                    common::CSRF
                ))
                .is_true(|req: &HttpMockRequest| {
                    // The body is framed by the boundary the content type announces.
                    let headers = req.headers();
                    let content_type = headers["content-type"].to_str().unwrap();
                    let boundary = content_type.split("boundary=").nth(1).unwrap();
                    let body = req.body_string();
                    body.starts_with(&format!("--{boundary}\r\n"))
                        && body.ends_with(&format!("\r\n--{boundary}--\r\n"))
                        && body.matches(&format!("--{boundary}\r\n")).count() == 4
                });
            then.status(200).json_body(example("upload_attachments"));
        })
        .await;
    common::session_client(&server)
        .upload_attachments(63)
        .fileupload(vec![Upload::new(
            "notes 1.txt",
            "text/plain",
            &b"line one\r\nline two"[..],
        )])
        .inline(false)
        .send()
        .await
        .unwrap();
    upload.assert_async().await;
}

#[tokio::test]
async fn extended_responses_carry_the_user() {
    let server = MockServer::start_async().await;
    let user = fixture("login")["user"].clone();
    let read = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/getgroup")
                .is_true(|req: &HttpMockRequest| {
                    req.uri().query() == Some("group_id=7&extended=true")
                });
            then.status(200)
                .json_body(json!([example("get_group"), user]));
        })
        .await;
    let write = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/updatechat")
                .query_param("extended", "true")
                .body("chat_id=5&subject=s");
            then.status(200)
                .json_body(json!([example("update_chat"), user]));
        })
        .await;
    let client = common::key_client(&server);

    let group: Extended<models::Group> = client
        .get_group(7)
        .into_request()
        .send_extended()
        .await
        .unwrap();
    assert_eq!(group.value.id, 73387781);
    assert_eq!(group.user.id, 1232858);

    let chat = client
        .update_chat(5)
        .subject("s")
        .into_request()
        .send_extended::<models::Chat>()
        .await
        .unwrap();
    assert_eq!(chat.value.subject, "Example.");
    assert_eq!(chat.user.user_name, "jsmith");
    read.assert_async().await;
    write.assert_async().await;
}

#[test]
fn extended_is_exactly_a_two_element_array() {
    let user = fixture("login")["user"].clone();
    let ok: Extended<serde_json::Value> =
        serde_json::from_value(json!([{"object": "perms"}, user])).unwrap();
    assert_eq!(ok.value["object"], "perms");
    for bad in [
        json!([{"object": "perms"}]),
        json!([{"object": "perms"}, user, 3]),
        json!({"object": "perms"}),
    ] {
        assert!(serde_json::from_value::<Extended<serde_json::Value>>(bad).is_err());
    }
}

/// A writer that records the size of every write.
#[derive(Default)]
struct Recorder {
    data: Vec<u8>,
    writes: Vec<usize>,
}

impl AsyncWrite for Recorder {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.data.extend_from_slice(buf);
        self.writes.push(buf.len());
        Poll::Ready(Ok(buf.len()))
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// A transport that answers every request with a body in the given chunks.
#[derive(Debug)]
struct Chunked {
    chunks: Vec<&'static [u8]>,
    seen: Arc<Mutex<Vec<String>>>,
}

#[async_trait::async_trait]
impl Transport for Chunked {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.seen.lock().unwrap().push(request.url.to_string());
        let chunks: Vec<Result<Bytes, TransportError>> = self
            .chunks
            .iter()
            .map(|c| Ok(Bytes::from_static(c)))
            .collect();
        Ok(HttpResponse::from_stream(
            StatusCode::OK,
            HeaderMap::new(),
            Box::pin(futures::stream::iter(chunks)),
        ))
    }
}

#[tokio::test]
async fn a_multi_chunk_archive_is_copied_exactly() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = Client::builder()
        .api_key(KEY)
        .base_url("https://groups.example.com/api/v1")
        .transport(Arc::new(Chunked {
            chunks: vec![
                b"PK\x03\x04",
                b"",
                b"mbox\r\nFrom a@b\r\n",
                b"\x00\xff tail",
            ],
            seen: seen.clone(),
        }))
        .build()
        .unwrap();
    let mut out = Recorder::default();
    let written = client
        .download_archives(7)
        .download_to(&mut out)
        .await
        .unwrap();
    assert_eq!(out.data, b"PK\x03\x04mbox\r\nFrom a@b\r\n\x00\xff tail");
    assert_eq!(written, out.data.len() as u64);
    assert_eq!(out.writes, [4, 16, 7]);
    assert_eq!(
        seen.lock().unwrap().as_slice(),
        ["https://groups.example.com/api/v1/downloadarchives?group_id=7"]
    );
}

#[tokio::test]
async fn a_large_archive_streams_from_the_network_in_pieces() {
    let archive: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/downloadarchives")
                .query_param("group_name", "beta+api")
                .header("authorization", format!("Bearer {KEY}"));
            then.status(200)
                .header("content-type", "application/zip")
                .body(&archive);
        })
        .await;
    // The buffered-body limit does not apply to a streamed download.
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .max_body_bytes(1024)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let mut out = Recorder::default();
    let written = client
        .download_archives("beta+api")
        .download_to(&mut out)
        .await
        .unwrap();
    assert_eq!(written, archive.len() as u64);
    assert!(out.data == archive, "the bytes differ");
    assert!(out.writes.len() > 1, "one write for 3 MiB: not streamed");
    mock.assert_async().await;
}

#[tokio::test]
async fn a_refused_download_is_an_api_error_and_writes_nothing() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/downloadarchives");
            then.status(400).json_body(common::error_body(
                "rate_limit",
                "one download per group per day",
            ));
        })
        .await;
    let mut out = Recorder::default();
    let error = common::key_client(&server)
        .download_archives(7)
        .download_to(&mut out)
        .await
        .unwrap_err();
    assert_eq!(error.as_api().unwrap().code(), Some("rate_limit"));
    assert!(out.writes.is_empty());
}

#[test]
fn the_real_fixtures_decode() {
    let login: models::Login = serde_json::from_value(fixture("login")).unwrap();
    assert_eq!(login.token.as_ref().map(|t| t.expose()), Some("eyJhbGc..."));
    assert_eq!(login.user.csrf_token.expose(), "5282109070179284146");
    assert_eq!(login.user.user_name, "jsmith");
    assert_eq!(
        login.user.created.to_string(),
        "2018-07-03T01:51:32.611846321-07:00"
    );
    for (name, id, has_more, token) in [
        ("subs_page_1", 2817873, true, 1),
        ("subs_page_2", 2817874, false, 0),
    ] {
        let page: models::MemberInfoList = serde_json::from_value(fixture(name)).unwrap();
        assert_eq!(page.has_more, has_more, "{name}");
        assert_eq!(page.next_page_token, token, "{name}");
        assert_eq!(page.total_count, 2, "{name}");
        let data = page.data.unwrap();
        assert_eq!(data.len(), 1);
        assert_eq!(data[0].id, id);
        assert_eq!(data[0].object, models::MemberInfoObject::SubscriptionPlus);
    }
}

#[test]
fn the_builder_knows_groups_io_and_its_enterprise_domains() {
    let default = Client::builder().api_key(KEY).build().unwrap();
    assert_eq!(PROVIDER.default_base_url, Some("https://groups.io/api/v1"));
    assert_eq!(
        default.core().config().base_url().as_str(),
        "https://groups.io/api/v1"
    );
    assert_eq!(default.core().config().provider().name, "groupsio");
    let enterprise = Client::builder()
        .enterprise_domain("groups.example.com")
        .api_key(KEY)
        .build()
        .unwrap();
    assert_eq!(
        enterprise.core().config().base_url().as_str(),
        "https://groups.example.com/api/v1"
    );
    let plain_http = Client::builder()
        .base_url("http://groups.io/api/v1")
        .api_key(KEY)
        .build()
        .unwrap_err();
    assert!(matches!(plain_http, Error::Config(_)));
    assert!(!format!("{default:?}").contains(KEY));
}
