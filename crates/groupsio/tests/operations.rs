//! One test per operation: the exact request on the wire (method, path, raw query, body and
//! its content type, credentials) and the decoding of the spec's example response.
//!
//! Each case runs against a fresh httpmock server once per credential form the operation
//! takes: with an API key (bearer header, no cookie, no csrf anywhere) and with a logged-in
//! session (cookie, no bearer header, and `csrf=<token>` appended to the body of every write
//! the spec marks `x-groupkit-csrf`). Operations the spec marks `security: []` (the login
//! calls) run with a logged-out client and must send no credentials at all.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::future::Future;

use common::{COOKIE, CSRF, KEY, envelope, example, fixture, spec};
use groupkit_groupsio::{Client, HashtagId, OPERATIONS, OauthCredential, Upload, models};
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, When};
use serde_json::{Value, json};

/// A part of an expected multipart body: name, file name, content type, bytes.
type PartSpec = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static [u8],
);

/// A part of a multipart body as received: name, file name, content type, bytes.
type WirePart = (String, Option<String>, Option<String>, Vec<u8>);

/// The expected request body.
#[derive(Clone)]
enum Wire {
    /// No body, no content type.
    Empty,
    /// This exact `application/x-www-form-urlencoded` body.
    Form(&'static str),
    /// These `multipart/form-data` parts, in order, and nothing else.
    Multipart(Vec<PartSpec>),
}

/// What the mock answers.
#[derive(Clone)]
enum Reply {
    /// The spec's first success example.
    Example,
    /// A body built by the test (operations the spec has no example for).
    Json(Value),
    /// 200 with an empty body.
    Empty,
    /// 200 with these bytes as `application/zip`.
    Zip(&'static [u8]),
}

/// Credentials a run uses.
#[derive(Clone, Copy, Debug)]
enum Creds {
    Key,
    Session,
    LoggedOut,
}

/// One operation's expected request and its reply.
struct Case {
    method: &'static str,
    path: &'static str,
    query: &'static str,
    wire: Wire,
    reply: Reply,
}

fn get(path: &'static str) -> Case {
    Case {
        method: "GET",
        path,
        query: "",
        wire: Wire::Empty,
        reply: Reply::Example,
    }
}

fn post(path: &'static str) -> Case {
    Case {
        method: "POST",
        ..get(path)
    }
}

impl Case {
    /// The exact raw query string, as encoded on the wire.
    fn query(mut self, query: &'static str) -> Self {
        self.query = query;
        self
    }

    fn form(mut self, body: &'static str) -> Self {
        self.wire = Wire::Form(body);
        self
    }

    fn multipart(mut self, parts: Vec<PartSpec>) -> Self {
        self.wire = Wire::Multipart(parts);
        self
    }

    fn reply(mut self, reply: Reply) -> Self {
        self.reply = reply;
        self
    }

    /// Runs the call once per credential form and returns the last decoded value.
    async fn run<T, F, Fut>(self, name: &'static str, call: F) -> T
    where
        F: Fn(&Client) -> Fut,
        Fut: Future<Output = groupkit_groupsio::Result<T>>,
    {
        // The table agrees with the spec and with the generated OPERATIONS.
        let (method, path, op) = spec().operation(name);
        assert_eq!(
            (method.as_str(), path.as_str()),
            (self.method, self.path),
            "{name}"
        );
        assert!(
            OPERATIONS.contains(&(name, self.method, self.path)),
            "{name} {} {} not in OPERATIONS",
            self.method,
            self.path
        );
        let csrf = op.get("x-groupkit-csrf") == Some(&json!(true));
        let public = op.get("security") == Some(&json!([]));
        let runs: &[Creds] = if public {
            &[Creds::LoggedOut]
        } else {
            &[Creds::Key, Creds::Session]
        };
        let mut last = None;
        for &creds in runs {
            let server = MockServer::start_async().await;
            let mock = server
                .mock_async(|when, then| {
                    let when = when.method(self.method).path(self.path);
                    let when = match_query(when, self.query);
                    let when = match_creds(when, creds);
                    let add_csrf = csrf && matches!(creds, Creds::Session);
                    match_body(when, &self.wire, add_csrf);
                    match &self.reply {
                        Reply::Example => {
                            let ex = spec().success_example(name).unwrap();
                            then.status(ex.status).json_body(ex.body);
                        }
                        Reply::Json(body) => {
                            then.status(200).json_body(body.clone());
                        }
                        Reply::Empty => {
                            then.status(200);
                        }
                        Reply::Zip(bytes) => {
                            then.status(200)
                                .header("content-type", "application/zip")
                                .body(bytes);
                        }
                    }
                })
                .await;
            let client = match creds {
                Creds::Key => common::key_client(&server),
                Creds::Session => common::session_client(&server),
                Creds::LoggedOut => common::logged_out_client(&server),
            };
            let value = call(&client)
                .await
                .unwrap_or_else(|e| panic!("{name} with {creds:?}: {e}"));
            mock.assert_async().await;
            last = Some(value);
        }
        last.unwrap()
    }
}

/// The raw query must be exactly `expected` (encoding and order included).
fn match_query(when: When, expected: &'static str) -> When {
    when.is_true(move |req: &HttpMockRequest| req.uri().query().unwrap_or("") == expected)
}

fn match_creds(when: When, creds: Creds) -> When {
    match creds {
        Creds::Key => when
            .header("authorization", format!("Bearer {KEY}"))
            .header_missing("cookie"),
        Creds::Session => when
            .header("cookie", COOKIE)
            .header_missing("authorization"),
        Creds::LoggedOut => when
            .header_missing("authorization")
            .header_missing("cookie"),
    }
}

fn match_body(when: When, wire: &Wire, add_csrf: bool) -> When {
    match wire {
        Wire::Empty if add_csrf => when
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("csrf={CSRF}")),
        Wire::Empty => when
            .header_missing("content-type")
            .is_true(|req: &HttpMockRequest| req.body_ref().is_empty()),
        Wire::Form(body) => {
            let body = if add_csrf {
                format!("{body}&csrf={CSRF}")
            } else {
                (*body).to_owned()
            };
            when.header("content-type", "application/x-www-form-urlencoded")
                .body(body)
        }
        Wire::Multipart(parts) => {
            let mut expected: Vec<WirePart> = parts
                .iter()
                .map(|(n, f, c, d)| {
                    (
                        n.to_string(),
                        f.map(str::to_owned),
                        c.map(str::to_owned),
                        d.to_vec(),
                    )
                })
                .collect();
            if add_csrf {
                expected.push(("csrf".into(), None, None, CSRF.as_bytes().to_vec()));
            }
            when.header_prefix("content-type", "multipart/form-data; boundary=")
                .is_true(move |req: &HttpMockRequest| {
                    parse_multipart(req) == Some(expected.clone())
                })
        }
    }
}

/// Splits a multipart body into (name, filename, content type, bytes) parts; `None` if it is
/// not well formed.
fn parse_multipart(req: &HttpMockRequest) -> Option<Vec<WirePart>> {
    let headers = req.headers();
    let content_type = headers.get("content-type")?.to_str().ok()?;
    let boundary = content_type.split("boundary=").nth(1)?;
    let body = req.body_vec();
    let delimiter = format!("--{boundary}");
    let text = String::from_utf8(body).ok()?;
    let mut sections: Vec<&str> = text.split(delimiter.as_str()).collect();
    // Before the first delimiter: nothing; after the last: "--\r\n".
    if sections.first() != Some(&"") || sections.pop() != Some("--\r\n") {
        return None;
    }
    let mut parts = Vec::new();
    for section in &sections[1..] {
        let section = section.strip_prefix("\r\n")?.strip_suffix("\r\n")?;
        let (head, data) = section.split_once("\r\n\r\n")?;
        let mut name = None;
        let mut filename = None;
        let mut part_type = None;
        for line in head.split("\r\n") {
            if let Some(disposition) = line.strip_prefix("Content-Disposition: form-data; ") {
                for param in disposition.split("; ") {
                    let (key, value) = param.split_once('=')?;
                    let value = value.trim_matches('"').to_owned();
                    match key {
                        "name" => name = Some(value),
                        "filename" => filename = Some(value),
                        _ => return None,
                    }
                }
            } else if let Some(value) = line.strip_prefix("Content-Type: ") {
                part_type = Some(value.to_owned());
            } else {
                return None;
            }
        }
        parts.push((name?, filename, part_type, data.as_bytes().to_vec()));
    }
    Some(parts)
}

/// Defines one test per operation and the list of tested names.
macro_rules! operations {
    ($( $name:ident: $case:expr, |$c:ident| $call:expr, |$v:ident| $check:expr; )*) => {
        $(
            #[tokio::test]
            async fn $name() {
                let $v = $case.run(stringify!($name), |$c: &Client| $call).await;
                $check;
            }
        )*
        const TESTED: &[&str] = &[$(stringify!($name)),*];
    };
}

fn upload(name: &'static str, data: &'static [u8]) -> Upload {
    Upload::new(name, "application/octet-stream", data)
}

fn first<T: Clone>(data: &Option<Vec<T>>) -> T {
    data.as_ref().unwrap()[0].clone()
}

operations! {
    // Activity log.
    list_activity_log: get("/getactivitylog").query(
            "group_id=7&sort_field=created&sort_dir=desc\
             &filter_by=member&restrict_date=range&start_date=2024-01-01&end_date=2024-02-01\
             &action=join&member_info_id=5&past_member_info_id=6"),
        |c| c.list_activity_log(7)
            .sort_field("created").sort_dir(models::SortDir::Desc).filter_by("member")
            .restrict_date("range").start_date("2024-01-01").end_date("2024-02-01")
            .action("join").member_info_id(5).past_member_info_id(6).send(),
        |v| { assert_eq!(v.next_page_token, 1078); assert_eq!(first(&v.data).id, 131773379); };

    // Archives.
    list_topics: get("/gettopics").query("group_name=parent%2Bsub&q=baby+sitter&sort_dir=asc"),
        |c| c.list_topics("parent+sub").q("baby sitter").sort_dir("asc").send(),
        |v| assert_eq!(first(&v.data).id, 131773379);
    list_topic_messages: get("/gettopic").query("topic_id=99&sort_field=created"),
        |c| c.list_topic_messages(99).sort_field("created").send(),
        |v| { assert_eq!(first(&v.data).id, 63); assert_eq!(v.total_count, 63); };
    list_messages: get("/getmessages").query("group_id=7"),
        |c| c.list_messages(7).send(),
        |v| assert_eq!(first(&v.data).msg_num, example("list_messages")["data"][0]["msg_num"]);
    download_archives: get("/downloadarchives")
            .query("group_name=beta%2Bapi&start_msg_num=12&start_time=2020-01-25T15%3A30%3A15Z&end_time=2020-02-01T00%3A00%3A01Z")
            .reply(Reply::Zip(b"PK\x03\x04 mbox inside")),
        |c| {
            let request = c.download_archives("beta+api").start_msg_num(12)
                .start_time("2020-01-25T15:30:15Z".parse().unwrap())
                .end_time("2020-02-01T00:00:01Z".parse().unwrap());
            async move {
                let mut out = Vec::new();
                request.send().await?.copy_to(&mut out).await?;
                Ok::<_, groupkit_groupsio::Error>(out)
            }
        },
        |v| assert_eq!(v, b"PK\x03\x04 mbox inside");
    search_archives: get("/searcharchives").query(
            "group_id=7&q=hello+world%21&collapse_topics=true&exclude_sigs=false\
             &start_date=2024-01-01&end_date=2024-12-31&preset_date_range=last_year"),
        |c| c.search_archives(7).q("hello world!").collapse_topics(true)
            .exclude_sigs(false).start_date("2024-01-01").end_date("2024-12-31")
            .preset_date_range("last_year").send(),
        |v| assert_eq!(first(&v.data).id, 63);
    get_message_history: get("/getmessagehistory").query("group_id=7&offset=-420"),
        |c| c.get_message_history().group(7).offset(-420).send(),
        |v| assert_eq!(v.tz_offset, 78);

    // Chats.
    create_chat: post("/newchat").form("group_id=7&subject=Hi+there&desc=Talk+%26+more&announce=true"),
        |c| c.create_chat(7).subject("Hi there").desc("Talk & more").announce(true).send(),
        |v| { assert_eq!(v.id, 131773379); assert_eq!(v.subject, "Example."); };
    update_chat: post("/updatechat").form("chat_id=12&desc=d&is_closed=true&subject=s"),
        |c| c.update_chat(12).desc("d").is_closed(true).subject("s").send(),
        |v| assert_eq!(v.group_id, 73387781);
    list_chats: get("/getchats").query("group_id=7&show_closed=true"),
        |c| c.list_chats(7).show_closed(true).send(),
        |v| assert_eq!(first(&v.data).id, 131773379);
    delete_chat: post("/deletechat").form("chat_id=12").reply(Reply::Empty),
        |c| c.delete_chat(12).send(),
        |v| assert_eq!(v, ());
    join_chat: post("/joinchat").form("chat_id=12"),
        |c| c.join_chat(12).send(),
        |v| assert_eq!(v.chat_id, 131773379);
    list_chat_members: post("/chatmembers").query("").form("chatsub_id=44"),
        |c| c.list_chat_members(44).send(),
        |v| assert_eq!(first(&v.data).id, 93518468);
    leave_chat: post("/leavechat").form("chatsub_id=44").reply(Reply::Empty),
        |c| c.leave_chat(44).send(),
        |v| assert_eq!(v, ());
    list_chat_history: get("/getchathistory").query("chat_id=12"),
        |c| c.list_chat_history(12).send(),
        |v| assert_eq!(first(&v.data).id, 172646701);

    // Databases.
    list_databases: get("/getdatabases").query("group_id=7&sort_field=name"),
        |c| c.list_databases(7).sort_field("name").send(),
        |v| assert_eq!(first(&v.data).id, 63);
    list_database_rows: get("/getdatabaserows").query("database_id=3"),
        |c| c.list_database_rows(3).send(),
        |v| assert_eq!(first(&v.data).id, 63);

    // Delivery.
    get_delivery_info: get("/getdeliveryinfo").query("group_id=7&member_info_id=5"),
        |c| c.get_delivery_info().group(7).member_info_id(5).send(),
        |v| assert_eq!(v.group_id, 63);
    list_bounce_info: get("/getbounceinfo").query("sort_dir=desc"),
        |c| c.list_bounce_info().sort_dir("desc").send(),
        |v| assert_eq!(first(&v.data).group_id, 63);

    // Drafts.
    create_draft: post("/newdraft").form("group_id=7&draft_type=draft_type_reply&dm_member_id=8&member_id=9&message_id=10"),
        |c| c.create_draft(7).draft_type(models::DraftType::DraftTypeReply).message_id(10)
            .dm_member_id(8).member_id(9).send(),
        |v| assert_eq!(v.id, 63);
    update_draft: post("/updatedraft")
            .form("draft_id=63&bcc_all=false&bcc_me=true&body=%3Cp%3EHi%3C%2Fp%3E&is_private=true&is_special=false&subject=Re%3A+x"),
        |c| c.update_draft(63).subject("Re: x").body("<p>Hi</p>").is_special(false)
            .is_private(true).bcc_me(true).bcc_all(false).send(),
        |v| assert_eq!(v.num_attachments, 78);
    list_drafts: get("/getdrafts").query("group_name=beta"),
        |c| c.list_drafts("beta").send(),
        |v| assert_eq!(first(&v.data).id, 63);
    delete_draft: post("/deletedraft").form("draft_id=63").reply(Reply::Empty),
        |c| c.delete_draft(63).send(),
        |v| assert_eq!(v, ());
    upload_attachments: post("/uploadattachments").multipart(vec![
            ("draft_id", None, None, b"63"),
            ("fileupload", Some("a.txt"), Some("application/octet-stream"), b"alpha\r\nbytes"),
            ("fileupload", Some("b.bin"), Some("application/octet-stream"), b"\x00\x01\x02"),
            ("inline", None, None, b"true"),
        ]),
        |c| c.upload_attachments(63).fileupload(vec![upload("a.txt", b"alpha\r\nbytes"), upload("b.bin", b"\x00\x01\x02")])
            .inline(true).send(),
        |v| assert_eq!(first(&v.data).draft_id, 33);
    list_attachments: get("/getattachments").query("draft_id=63"),
        |c| c.list_attachments(63).send(),
        |v| assert_eq!(first(&v.data).id, 63);
    delete_attachment: post("/deleteattachment").form("draft_id=63&attachment_id=1").reply(Reply::Empty),
        |c| c.delete_attachment(63).attachment_id(1).send(),
        |v| assert_eq!(v, ());
    post_draft: post("/postdraft").form("draft_id=63&from_owner=true&reply=reply_group"),
        |c| c.post_draft(63).from_owner(true).reply("reply_group").send(),
        |v| { assert_eq!(v.object, "success"); assert_eq!(v.extra.as_deref(), Some("pending post")); };

    // Events.
    get_event: get("/getevent").query("event_id=63"),
        |c| c.get_event(63).send(),
        |v| assert_eq!(v.creator_name, "@JohnSmith");
    list_events: get("/getevents").query("start=2024-01-01&end=2024-01-31&group_id=7"),
        |c| c.list_events().start("2024-01-01").end("2024-01-31").group(7).send(),
        |v| assert_eq!(first(&v.data).id, 63);
    rsvp: post("/rsvp").form("event_id=63&response=rsvp_yes&additional_guests=2&comment=See+you"),
        |c| c.rsvp(63).response(models::RsvpResponse::RsvpYes).additional_guests(2).comment("See you").send(),
        |v| assert_eq!(v.r#type.as_str(), "rsvp_maybe");

    // Feed.
    list_feed: get("/getfeed").query(""),
        |c| c.list_feed().send(),
        |v| assert_eq!(first(&v.data).object, "feed");
    get_single_feed: get("/getsinglefeed").query("group_id=7"),
        |c| c.get_single_feed(7).send(),
        |v| assert_eq!(v.object, "feed");

    // Files.
    add_files: post("/addfiles").multipart(vec![
            ("group_name", None, None, b"beta+api"),
            ("parent_folder_id", None, None, b"12"),
            ("fileupload", Some("jan.txt"), Some("text/plain"), b"January"),
            ("fileupload", Some("feb.txt"), Some("text/plain"), b"February"),
            ("desc", None, None, b"Minutes"),
            ("file_path", None, None, b"2024/jan.txt"),
            ("file_path", None, None, b"2024/feb.txt"),
            ("is_folder", None, None, b"true"),
            ("notify", None, None, b"false"),
        ]),
        |c| c.add_files("beta+api").parent_folder_id(12).fileupload(vec![
                Upload::new("jan.txt", "text/plain", &b"January"[..]),
                Upload::new("feb.txt", "text/plain", &b"February"[..]),
            ])
            .desc("Minutes").is_folder(true)
            .file_path(["2024/jan.txt", "2024/feb.txt"]).notify(false).send(),
        |v| assert_eq!(first(&v.data).id, 131773379);
    add_file_link: post("/addfilelink")
            .form("group_id=7&link_type=generic&file_name=Spec&url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc&parent_folder_id=0&desc=Docs&notify=true"),
        |c| c.add_file_link(7).parent_folder_id(0).link_type(models::LinkType::Generic).file_name("Spec")
            .url("https://example.org/a?b=c").desc("Docs").notify(true).send(),
        |v| assert_eq!(v.total_count, 253);
    list_file_directory: get("/getfiledirectory").query("group_id=7&path=top%2Fsub+dir"),
        |c| c.list_file_directory(7).path("top/sub dir").send(),
        |v| assert_eq!(first(&v.data).id, 131773379);
    get_file: get("/getfile").query("group_id=7&path=topfolder%2Fsubfolder"),
        |c| c.get_file(7).path("topfolder/subfolder").send(),
        |v| { assert_eq!(v.size, 197000002); assert_eq!(v.path, "topfolder/subfolder"); };
    search_files: get("/searchfiles").query("group_id=7&q=minutes"),
        |c| c.search_files(7).q("minutes").send(),
        |v| assert_eq!(first(&v.data).id, 131773379);
    delete_file: post("/deletefile").form("group_id=7&file_id=9&notify=false"),
        |c| c.delete_file(7).file_id(9).notify(false).send(),
        |v| assert!(v.has_more);

    // Groups.
    create_group: post("/creategroup")
            .form("group_name=actually4&desc=A+group&privacy=group_privacy_unlisted_public&auto_follow_replies=true&email_delivery=email_delivery_digest&message_selection=message_selection_all"),
        |c| c.create_group().group_name("actually4").desc("A group").privacy("group_privacy_unlisted_public")
            .email_delivery(models::EmailDelivery::EmailDeliveryDigest)
            .message_selection("message_selection_all").auto_follow_replies(true).send(),
        |v| { assert_eq!(v.name, "actually4"); assert_eq!(v.id, 73387781); };
    create_subgroup: post("/createsubgroup")
            .form("group_id=7&sub_group_name=api&desc=&accept_policies=true"),
        |c| c.create_subgroup(7).sub_group_name("api").desc("").accept_policies(true).send(),
        |v| assert_eq!(v.name, "actually4");
    get_group: get("/getgroup").query("group_name=beta%2Bapi"),
        |c| c.get_group("beta+api").send(),
        |v| assert_eq!(v.id, 73387781);
    list_subgroups: get("/getsubgroups").query("group_id=7"),
        |c| c.list_subgroups(7).send(),
        |v| assert_eq!(first(&v.data).id, 73387781);
    update_group: post("/updategroup")
            .form("group_id=7&announce=false&members_visible=group_view_members_subs&moderated=true&title=Beta+%E2%9C%93"),
        |c| c.update_group(7).title("Beta ✓").announce(false).moderated(true)
            .members_visible("group_view_members_subs").send(),
        |v| assert_eq!(v.name, "actually4");
    delete_group: post("/deletegroup").form("group_id=7&understand=I+understand&reason=done").reply(Reply::Empty),
        |c| c.delete_group(7).understand("I understand").reason("done").send(),
        |v| assert_eq!(v, ());
    get_perms: get("/getperms").query("group_id=7"),
        |c| c.get_perms(7).send(),
        |v| assert!(v.archives_visible);
    list_group_aliases: get("/getgroupaliases").query("group_id=7"),
        |c| c.list_group_aliases(7).send(),
        |v| assert_eq!(first(&v.data).id, 63);
    create_group_alias: post("/newgroupalias").form("group_id=7&alias_name=old-name"),
        |c| c.create_group_alias(7).alias_name("old-name").send(),
        |v| assert_eq!(v.id, 73387781);
    delete_group_alias: post("/deletegroupalias").form("alias_group_name=old%2Bname"),
        |c| c.delete_group_alias("old+name").send(),
        |v| assert_eq!(v.name, "actually4");

    // Login.
    login: post("/login").form("email=jsmith%40example.com&password=p%40ss+w%26rd&token=true&twofactor=012345"),
        |c| c.login().email("jsmith@example.com").password("p@ss w&rd").token(true).twofactor("012345").send(),
        |v| { assert_eq!(v.token.as_ref().map(|t| t.expose()), Some("aabbffed2213234")); assert!(!v.user.csrf_token.expose().is_empty()); };
    get_enterprise_info: get("/getenterpriseinfo").query("domain=groups.example.com")
            .reply(Reply::Json(json!({"object": "enterprise_info", "name": "Example"}))),
        |c| c.get_enterprise_info().domain("groups.example.com").send(),
        |v| assert_eq!(v.object.as_deref(), Some("enterprise_info"));
    logout: get("/logout").reply(Reply::Empty),
        |c| c.logout().send(),
        |v| assert_eq!(v, ());
    send_login_link: post("/sendloginlink").form("email=a%2Bb%40example.com&redir=%2Fg%2Fbeta").reply(Reply::Empty),
        |c| c.send_login_link().email("a+b@example.com").redir("/g/beta").send(),
        |v| assert_eq!(v, ());
    authenticate_login_link: post("/authenticateloginlink").form("cookie=98765432109876543210&twofactor=000111"),
        |c| c.authenticate_login_link().cookie("98765432109876543210").twofactor("000111").send(),
        |v| assert_eq!(v.token.as_ref().map(|t| t.expose()), Some("aabbffed2213234"));
    facebook_login_start: get("/facebookloginstart"),
        |c| c.facebook_login_start().send(),
        |v| assert_eq!(v.state, "12345");
    facebook_login_final: post("/facebookloginfinal").form("code=c0de&state=12345"),
        |c| c.facebook_login_final(OauthCredential::Code("c0de".into())).state("12345").send(),
        |v| assert!(!v.user.email.is_empty());
    apple_login_start: get("/appleloginstart"),
        |c| c.apple_login_start().send(),
        |v| assert_eq!(v.object, "oauth_login");
    apple_login_final: post("/appleloginfinal").form("access_token=at0k&state=12345"),
        |c| c.apple_login_final(OauthCredential::AccessToken("at0k".into())).state("12345").send(),
        |v| assert!(v.user.id.as_i64().is_some_and(|id| id > 0), "{:?}", v.user.id);
    google_login_start: get("/googleloginstart"),
        |c| c.google_login_start().send(),
        |v| assert_eq!(v.state, "12345");
    google_login_final: post("/googleloginfinal").form("code=g%2Fcode&state=s"),
        |c| c.google_login_final(OauthCredential::Code("g/code".into())).state("s").send(),
        |v| assert!(v.user.id.as_i64().is_some_and(|id| id > 0), "{:?}", v.user.id);

    // Member notices.
    create_member_notice: post("/newmembernotice")
            .form("group_id=7&name=Banned&type=member_notice_banned&subject=You+were+banned&message=Bye&is_default=false&send_on_join=true"),
        |c| c.create_member_notice(7).name("Banned").r#type(models::MemberNoticeType::MemberNoticeBanned)
            .subject("You were banned").message("Bye").is_default(false).send_on_join(true).send(),
        |v| assert_eq!(v.id, 63);
    update_member_notice: post("/updatemembernotice")
            .form("member_notice_id=63&guidelines_subject=Rules&send_monthly=true&subject=New"),
        |c| c.update_member_notice(63).subject("New").guidelines_subject("Rules").send_monthly(true).send(),
        |v| assert_eq!(v.group_id, 33);
    delete_member_notice: post("/deletemembernotice").form("member_notice_id=63").reply(Reply::Empty),
        |c| c.delete_member_notice(63).send(),
        |v| assert_eq!(v, ());
    list_member_notices: get("/getmembernotices").query("group_id=7&type=member_notice_banned")
            .reply(Reply::Json(envelope(json!([example("create_member_notice")])))),
        |c| c.list_member_notices(7).r#type("member_notice_banned").send(),
        |v| assert_eq!(first(&v.data).id, 63);

    // Members (provider-reality endpoints: no example in the spec; served from the real fixtures).
    list_members: get("/getmembers").query("group_id=7&type=pending")
            .reply(Reply::Json(fixture("subs_page_1"))),
        |c| c.list_members(7).r#type(models::MembersType::Pending).send(),
        |v| { assert_eq!(first(&v.data).id, 2817873); assert_eq!(v.next_page_token, 1); };
    get_member: get("/getmember").query("member_info_id=2817873&group_name=beta")
            .reply(Reply::Json(fixture("subs_page_1")["data"][0].clone())),
        |c| c.get_member(2817873).group("beta").send(),
        |v| assert_eq!(v.user_id, 1232858);
    search_members: get("/searchmembers").query("group_id=7&q=smith+%3Cj%40x%3E")
            .reply(Reply::Json(fixture("subs_page_2"))),
        |c| c.search_members(7).q("smith <j@x>").send(),
        |v| { assert_eq!(first(&v.data).id, 2817874); assert!(!v.has_more); };
    list_past_members: get("/getpastmembers").query("group_id=7")
            .reply(Reply::Json(envelope(json!([{"id": 41, "object": "past_member", "email": "gone@example.com", "extra_field": 1}])))),
        |c| c.list_past_members(7).send(),
        |v| assert_eq!(first(&v.data).email.as_deref(), Some("gone@example.com"));
    direct_add: post("/directadd")
            .form("group_id=7&emails=a%40example.com%0ABob+%3Cb%40example.com%3E&subgroupids=11%2C12")
            .reply(Reply::Json(json!({
                "object": "direct_add_results", "total_emails": 2,
                "errors": [{"object": "direct_add_error", "email": "b@example.com", "status": "already_member", "group_id": 7}],
                "added_members": [fixture("subs_page_1")["data"][0]],
            }))),
        |c| c.direct_add(7).emails("a@example.com\nBob <b@example.com>").subgroupids("11,12").send(),
        |v| { assert_eq!(v.total_emails, Some(2)); assert_eq!(first(&v.added_members).id, 2817873); };
    bulk_remove_members: post("/bulkremovemembers").form("group_name=beta&emails=a%40example.com%0Ab%40example.com")
            .reply(Reply::Json(json!({"object": "bulk_remove_results", "removed": 1, "total_emails": 2,
                "errors": [{"object": "error", "email": "b@example.com", "status": "not_a_member"}]}))),
        |c| c.bulk_remove_members("beta").emails("a@example.com\nb@example.com").send(),
        |v| { assert_eq!(v.removed, Some(1)); assert_eq!(v.total_emails, Some(2)); assert_eq!(first(&v.errors).email.as_deref(), Some("b@example.com")); };
    remove_member: post("/removemember").form("group_id=7&member_info_id=2817873")
            .reply(Reply::Json(fixture("subs_page_1")["data"][0].clone())),
        |c| c.remove_member(7).member_info_id(2817873).send(),
        |v| assert_eq!(v.id, 2817873);
    list_subscriptions: get("/getsubs").query("sort_field=group_name"),
        |c| c.list_subscriptions().sort_field("group_name").send(),
        |v| { assert_eq!(first(&v.data).id, 701); assert_eq!(v.data.unwrap().len(), 2); };
    get_user: get("/getuser").reply(Reply::Json(fixture("login")["user"].clone())),
        |c| c.get_user().send(),
        |v| { assert_eq!(v.id, 1232858); assert_eq!(v.user_name, "jsmith"); };
    list_hashtags: get("/gethashtags").query("group_id=7")
            .reply(Reply::Json(envelope(example("get_single_feed")["hashtags"].clone()))),
        |c| c.list_hashtags(7).send(),
        |v| assert_eq!(first(&v.data).id, serde_json::from_value::<HashtagId>(example("get_single_feed")["hashtags"][0]["id"].clone()).unwrap());
    get_message: get("/getmessage").query("group_id=7&msg_num=33")
            .reply(Reply::Json(example("list_messages")["data"][0].clone())),
        |c| c.get_message(7).msg_num(33).send(),
        |v| assert_eq!(v.id, 63);

    // Beyond the document (issue 11): member-level calls name the group and `member_info_id`.
    update_member: post("/updatemember")
            .form("group_id=7&member_info_id=2817873&auto_follow_replies=true&email_delivery=email_delivery_digest&full_name=Val+C&mod_status=sub_modstatus_moderator&sub_notify=sub_notify_email")
            .reply(Reply::Json(member())),
        |c| c.update_member(7).member_info_id(2817873).email_delivery(models::EmailDelivery::EmailDeliveryDigest)
            .mod_status(models::ModStatus::SubModstatusModerator).auto_follow_replies(true)
            .full_name("Val C").sub_notify(models::NotifyPref::SubNotifyEmail).send(),
        |v| assert_eq!(v.id, 2817873);
    ban_member: post("/banmember").form("group_name=beta&member_info_id=2817873")
            .reply(Reply::Json(member_with("status", "sub_status_banned"))),
        |c| c.ban_member("beta").member_info_id(2817873).send(),
        |v| assert_eq!(v.status.as_str(), "sub_status_banned");
    unban_member: post("/unbanmember").form("group_id=7&member_info_id=2817873")
            .reply(Reply::Json(member())),
        |c| c.unban_member(7).member_info_id(2817873).send(),
        |v| assert_eq!(v.status, models::SubStatus::SubStatusNormal);
    approve_member: post("/approvemember").form("group_id=7&member_info_id=2817873")
            .reply(Reply::Json(member())),
        |c| c.approve_member(7).member_info_id(2817873).send(),
        |v| assert_eq!(v.status, models::SubStatus::SubStatusNormal);
    send_bounce_probe: post("/sendbounceprobe").form("group_id=7&member_info_id=2817873")
            .reply(Reply::Json(member_with("user_status", "user_status_bouncing"))),
        |c| c.send_bounce_probe(7).member_info_id(2817873).send(),
        |v| assert_eq!(v.user_status.as_str(), "user_status_bouncing");
    send_confirmation: post("/sendconfirmation").form("group_id=7&member_info_id=2817873")
            .reply(Reply::Json(member())),
        |c| c.send_confirmation(7).member_info_id(2817873).send(),
        |v| assert_eq!(v.user_id, 1232858);
    get_subscription: get("/getsub").query("group_name=beta%2Bapi")
            .reply(Reply::Json(member())),
        |c| c.get_subscription("beta+api").send(),
        |v| assert_eq!(v.id, 2817873);
    delete_subscription: post("/deletesub").form("group_id=7&member_info_id=2817873").reply(Reply::Empty),
        |c| c.delete_subscription(7).member_info_id(2817873).send(),
        |v| assert_eq!(v, ());
    list_albums: get("/getalbums").query("group_id=7&sort_field=created")
            .reply(Reply::Json(envelope(json!([{"id": 12, "title": "Trip", "object": "album", "cover": 3}])))),
        |c| c.list_albums(7).sort_field("created").send(),
        |v| { let album = first(&v.data); assert_eq!(album.id, 12); assert_eq!(album.title, "Trip");
              assert_eq!(album.additional["cover"], json!(3)); };
    list_photos: get("/getphotos").query("group_id=7&album_id=12")
            .reply(Reply::Json(envelope(json!([photo()])))),
        |c| c.list_photos(7).album_id(12).send(),
        |v| assert_eq!(first(&v.data).id, 893);
    invite: post("/invite").form("group_name=beta&emails=a%40example.com%0Ab%40example.com&message=Welcome&subject=Join+us")
            .reply(Reply::Json(json!({"object": "invite_results", "total_emails": 2, "errors": null,
                "invited": ["a@example.com", "b@example.com"]}))),
        |c| c.invite("beta").emails("a@example.com\nb@example.com").subject("Join us").message("Welcome").send(),
        |v| { assert_eq!(v.total_emails, Some(2)); assert!(v.errors.is_none());
              assert_eq!(v.invited.unwrap(), ["a@example.com", "b@example.com"]); };
    update_profile: post("/updateprofile").form("full_name=Val+C").reply(Reply::Empty),
        |c| c.update_profile().full_name("Val C").send(),
        |v| assert_eq!(v, ());
    update_user: post("/updateuser").form("full_name=J+Smith&monday_start=true&per_page_pref=user_per_page_pref50")
            .reply(Reply::Json(fixture("login")["user"].clone())),
        |c| c.update_user().per_page_pref("user_per_page_pref50").full_name("J Smith").monday_start(true).send(),
        |v| assert_eq!(v.id, 1232858);
    register_user: post("/registeruser").form("email=new%40example.com&password=s3cr3t+pw")
            .reply(Reply::Json(json!({"user": fixture("login")["user"]}))),
        |c| c.register_user().email("new@example.com").password("s3cr3t pw").send(),
        |v| assert_eq!(v.user.user_name, "jsmith");
}

/// A real member record (`member_info`).
fn member() -> Value {
    fixture("subs_page_1")["data"][0].clone()
}

fn member_with(field: &str, value: &str) -> Value {
    let mut record = member();
    record[field] = json!(value);
    record
}

/// The spec's photo example (from `getfeed`).
fn photo() -> Value {
    example("list_feed")["data"][0]["photos"][0].clone()
}

/// An invitation already pending comes back as an error object among the results.
#[tokio::test]
async fn invite_keeps_pending_invites_errors_as_results() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/invite");
            then.status(200).json_body(json!({
                "object": "invite_results", "total_emails": 1, "invited": [],
                "errors": [{"object": "error", "type": "pending_invites", "extra": "a@example.com"}],
            }));
        })
        .await;
    let results = common::key_client(&server)
        .invite(7)
        .emails("a@example.com")
        .send()
        .await
        .unwrap();
    let errors = results.errors.unwrap();
    assert_eq!(errors[0].r#type.as_str(), "pending_invites");
    assert_eq!(errors[0].extra.as_deref(), Some("a@example.com"));
    assert_eq!(results.invited.unwrap(), Vec::<String>::new());
}

/// Unbanning a member who is not banned is the provider's 400 `user not banned`, a typed error.
#[tokio::test]
async fn unban_of_a_member_not_banned_is_an_api_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/unbanmember");
            then.status(400).json_body(
                json!({"object": "error", "type": "bad_request", "extra": "user not banned"}),
            );
        })
        .await;
    let error = common::key_client(&server)
        .unban_member(7)
        .member_info_id(5)
        .send()
        .await
        .unwrap_err();
    let groupkit_groupsio::Error::Api(api) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(api.status.as_u16(), 400);
    let body = api
        .provider_error::<groupkit_groupsio::ErrorBody>()
        .unwrap();
    assert_eq!(body.extra.as_deref(), Some("user not banned"));
    assert!(error.to_string().contains("user not banned"), "{error}");
}

#[test]
fn every_operation_has_a_test() {
    let tested: BTreeSet<&str> = TESTED.iter().copied().collect();
    let operations: BTreeSet<&str> = OPERATIONS.iter().map(|(name, _, _)| *name).collect();
    let untested: Vec<_> = operations.difference(&tested).collect();
    let unknown: Vec<_> = tested.difference(&operations).collect();
    assert!(
        untested.is_empty(),
        "operations without a test: {untested:?}"
    );
    assert!(unknown.is_empty(), "tests for no operation: {unknown:?}");
    assert_eq!(TESTED.len(), tested.len(), "an operation is tested twice");
    assert_eq!(OPERATIONS.len(), 88);
}
