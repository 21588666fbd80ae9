//! The sandbox's data store over HTTP: children belong to their owner (a group's members are
//! that group's only), owners are named by id or by name, an unknown owner is not found,
//! writes show in the right listings only, and a collection of a million items still pages.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use groupkit_sandbox::{DEMO, Sandbox};
use serde_json::Value;

/// Groups.io cursor tokens start here (`paginate.rs`).
const TOKEN_BASE: u64 = 1 << 60;

/// Sends requests to one provider, authenticated in its own form.
struct Client {
    http: reqwest::Client,
    base: String,
    provider: &'static str,
}

/// A response: its status and JSON body (`Null` when empty).
struct Answer {
    status: u16,
    body: Value,
}

impl Client {
    fn new(sandbox: &Sandbox, provider: &'static str) -> Client {
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        Client {
            http: reqwest::Client::new(),
            base: sandbox.base_url(provider),
            provider,
        }
    }

    /// The URL of `path` with `query`, and the provider's credentials.
    fn url(&self, path: &str, query: &[(&str, String)]) -> String {
        let mut pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if self.provider == "sendhub" {
            pairs.extend([("username", DEMO.username), ("api_key", DEMO.api_key)]);
        }
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        format!("{}{path}?{query}", self.base)
    }

    fn auth(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self.provider {
            "groupsio" => request.bearer_auth(DEMO.api_key),
            "groupboss" => request.header("authorization", DEMO.api_key),
            _ => request,
        }
    }

    async fn get(&self, path: &str, query: &[(&str, String)]) -> Answer {
        let request = self.http.get(self.url(path, query));
        answer(self.auth(request).send().await.unwrap()).await
    }

    async fn post(&self, path: &str, form: &[(&str, String)]) -> Answer {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        let request = self
            .http
            .post(self.url(path, &[]))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        answer(self.auth(request).send().await.unwrap()).await
    }
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer { status, body }
}

async fn sandbox() -> Sandbox {
    Sandbox::builder().seed(21).start().await.unwrap()
}

/// Every item of a Groups.io cursor listing, following its tokens.
async fn everything(client: &Client, path: &str, query: &[(&str, String)]) -> Vec<Value> {
    let mut items = Vec::new();
    let mut token = None;
    loop {
        let mut query = query.to_vec();
        query.push(("limit", "100".into()));
        if let Some(token) = token {
            query.push(("page_token", format!("{token}")));
        }
        let answer = client.get(path, &query).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.body);
        if let Some(page) = answer.body["data"].as_array() {
            items.extend(page.iter().cloned());
        }
        if answer.body["has_more"] != Value::Bool(true) {
            return items;
        }
        token = answer.body["next_page_token"].as_u64();
    }
}

fn ids(items: &[Value], field: &str) -> BTreeSet<String> {
    items.iter().map(|i| i[field].to_string()).collect()
}

fn group(id: u64) -> Vec<(&'static str, String)> {
    vec![("group_id", id.to_string())]
}

fn assert_not_found(answer: &Answer, what: &str) {
    assert_eq!(answer.status, 400, "{what}: {}", answer.body);
    assert_eq!(answer.body["type"], "group_not_found", "{what}");
}

#[tokio::test]
async fn a_groups_members_are_its_own_and_not_another_groups() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupsio");
    let first = everything(&client, "/getmembers", &group(1)).await;
    let second = everything(&client, "/getmembers", &group(2)).await;
    assert!(!first.is_empty() && !second.is_empty());
    assert!(
        first
            .iter()
            .all(|m| m["group_id"] == 1 && m["group_name"] == "beta")
    );
    assert!(second.iter().all(|m| m["group_id"] == 2));
    assert!(ids(&first, "id").is_disjoint(&ids(&second, "id")));
    // getsubs lists the caller's own memberships: one in each of the 30 groups, each a
    // member record of its group.
    let mine = everything(&client, "/getsubs", &[]).await;
    assert_eq!(mine.len(), 30);
    let in_first: Vec<&Value> = mine.iter().filter(|m| m["group_id"] == 1).collect();
    assert_eq!(in_first.len(), 1);
    assert!(ids(&first, "id").is_superset(&ids(&[in_first[0].clone()], "id")));
    assert!(ids(&mine, "user_id").len() == 1, "one caller");
}

#[tokio::test]
async fn groups_are_found_by_name_and_subgroups_by_parent_plus_name() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupsio");
    let by_name = client
        .get("/getgroup", &[("group_name", "beta".into())])
        .await;
    assert_eq!(by_name.status, 200, "{}", by_name.body);
    assert_eq!(
        (&by_name.body["name"], &by_name.body["id"]),
        (&"beta".into(), &1.into())
    );
    assert_eq!(by_name.body["parent_group_id"], 0, "a top-level group");
    let by_id = client.get("/getgroup", &group(1)).await;
    assert_eq!(by_id.body, by_name.body);

    let sub = client
        .get("/getgroup", &[("group_name", "beta+api".into())])
        .await;
    assert_eq!(sub.status, 200, "{}", sub.body);
    assert_eq!(sub.body["name"], "beta+api");
    assert_eq!(sub.body["parent_group_id"], 1);
    let subgroups = everything(&client, "/getsubgroups", &[("group_name", "beta".into())]).await;
    assert!(subgroups.iter().any(|g| g["id"] == sub.body["id"]));
    assert!(subgroups.iter().all(|g| {
        g["parent_group_id"] == 1 && g["name"].as_str().unwrap().starts_with("beta+")
    }));

    // A listing under a group named by name is the one under its id.
    let named = everything(&client, "/getmembers", &[("group_name", "beta".into())]).await;
    assert_eq!(named, everything(&client, "/getmembers", &group(1)).await);
    // A subgroup's members are its own.
    let sub_id = sub.body["id"].as_u64().unwrap();
    let members = everything(&client, "/getmembers", &[("group_name", "beta+api".into())]).await;
    assert!(!members.is_empty());
    assert!(
        members
            .iter()
            .all(|m| m["group_id"] == sub_id && m["group_name"] == "beta+api")
    );

    let missing = client
        .get("/getgroup", &[("group_name", "no-such-group".into())])
        .await;
    assert_not_found(&missing, "an unknown name");
}

#[tokio::test]
async fn an_unknown_owner_is_not_found_rather_than_empty() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupsio");
    for path in [
        "/getmembers",
        "/gettopics",
        "/getchats",
        "/getfiledirectory",
    ] {
        assert_not_found(&client.get(path, &group(999_999)).await, path);
    }
    let name = [("group_name", "nobody".to_owned())];
    assert_not_found(&client.get("/getmembers", &name).await, "by name");
    // An item of another group is not found under this one.
    let member = &everything(&client, "/getmembers", &group(2)).await[0];
    let query = [
        ("member_info_id", member["id"].to_string()),
        ("group_id", "1".into()),
    ];
    assert_not_found(
        &client.get("/getmember", &query).await,
        "someone else's member",
    );
}

#[tokio::test]
async fn messages_are_listed_by_group_and_by_topic() {
    let sandbox = Sandbox::builder()
        .seed(4)
        .size("groupsio", "messages", 600)
        .start()
        .await
        .unwrap();
    let client = Client::new(&sandbox, "groupsio");
    let topics = everything(&client, "/gettopics", &group(3)).await;
    assert!(!topics.is_empty());
    let mut by_topic = Vec::new();
    for topic in &topics {
        let id = topic["id"].to_string();
        let messages = everything(&client, "/gettopic", &[("topic_id", id)]).await;
        assert!(!messages.is_empty());
        assert!(
            messages
                .iter()
                .all(|m| m["topic_id"] == topic["id"] && m["group_id"] == 3)
        );
        by_topic.extend(messages);
    }
    let by_group = everything(&client, "/getmessages", &group(3)).await;
    assert_eq!(ids(&by_group, "msg_num"), ids(&by_topic, "msg_num"));
    assert_eq!(by_group.len(), by_topic.len());
}

#[tokio::test]
async fn a_chat_created_in_a_group_is_listed_there_only_and_deleted_everywhere() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupsio");
    let before = everything(&client, "/getchats", &group(2)).await;
    let created = client
        .post(
            "/newchat",
            &[
                ("group_id", "2".into()),
                ("subject", "Rides".into()),
                ("desc", "Who drives".into()),
            ],
        )
        .await;
    assert_eq!(created.status, 200, "{}", created.body);
    let id = created.body["id"].clone();
    assert_eq!(created.body["group_id"], 2);
    let after = everything(&client, "/getchats", &group(2)).await;
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.last().unwrap()["id"], id, "new items list last");
    let elsewhere = everything(&client, "/getchats", &group(1)).await;
    assert!(elsewhere.iter().all(|c| c["id"] != id));

    let deleted = client
        .post("/deletechat", &[("chat_id", id.to_string())])
        .await;
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    let listed = everything(&client, "/getchats", &group(2)).await;
    assert_eq!(ids(&listed, "id"), ids(&before, "id"));
}

#[tokio::test]
async fn a_removed_seeded_member_leaves_its_groups_listing() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupsio");
    let before = everything(&client, "/getmembers", &group(5)).await;
    let gone = before[1]["id"].clone();
    let removed = client
        .post(
            "/removemember",
            &[
                ("group_id", "5".into()),
                ("member_info_id", gone.to_string()),
            ],
        )
        .await;
    assert_eq!(removed.status, 200, "{}", removed.body);
    let after = everything(&client, "/getmembers", &group(5)).await;
    assert_eq!(after.len(), before.len() - 1);
    assert!(after.iter().all(|m| m["id"] != gone));
    let first = client
        .get(
            "/getmembers",
            &[("group_id", "5".into()), ("limit", "1".into())],
        )
        .await;
    assert_eq!(first.body["total_count"], after.len());
    let query = [("member_info_id", gone.to_string())];
    assert_not_found(&client.get("/getmember", &query).await, "a removed member");
}

#[tokio::test]
async fn a_million_members_page_like_a_thousand() {
    let sandbox = Sandbox::builder()
        .size("groupsio", "members", 1_000_000)
        .start()
        .await
        .unwrap();
    let client = Client::new(&sandbox, "groupsio");
    let first = client
        .get(
            "/getmembers",
            &[("group_id", "1".into()), ("limit", "100".into())],
        )
        .await;
    assert_eq!(first.status, 200, "{}", first.body);
    let total = first.body["total_count"].as_u64().unwrap();
    assert_eq!(total, 1_000_000_u64.div_ceil(30), "group 1's share");
    let page = first.body["data"].as_array().unwrap();
    assert_eq!(page.len(), 100);
    assert!(page.iter().all(|m| m["group_id"] == 1));
    // A page deep into the listing, and its last page.
    for start in [20_000, total - 34] {
        let deep = client
            .get(
                "/getmembers",
                &[
                    ("group_id", "1".into()),
                    ("limit", "100".into()),
                    ("page_token", (TOKEN_BASE + start).to_string()),
                ],
            )
            .await;
        assert_eq!(deep.status, 200, "{}", deep.body);
        let items = deep.body["data"].as_array().unwrap();
        assert_eq!(items.len() as u64, 100.min(total - start));
        assert_eq!(items[0]["id"], start + 1, "ids follow the index");
        assert_eq!(deep.body["has_more"], start + 100 < total);
    }
    // The last group's members, and a lookup by id at the end of the collection.
    let last = client
        .get(
            "/getmembers",
            &[("group_id", "30".into()), ("limit", "5".into())],
        )
        .await;
    assert!(
        last.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["group_id"] == 30)
    );
    let member = client
        .get("/getmember", &[("member_info_id", "1000000".into())])
        .await;
    assert_eq!((member.status, &member.body["group_id"]), (200, &30.into()));
}

#[tokio::test]
async fn groupboss_groups_belong_to_a_user_and_emails_to_a_group() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "groupboss");
    let users = client.get("/users/", &[]).await.body["results"].clone();
    let user = |i: usize| users[i]["id"].as_str().unwrap().to_owned();
    let groups = |user: String| {
        let client = &client;
        async move { client.get(&format!("/users/{user}/groups/"), &[]).await }
    };
    let (mine, theirs) = (groups(user(0)).await, groups(user(1)).await);
    assert_eq!(mine.status, 200, "{}", mine.body);
    let mine = mine.body["results"].as_array().unwrap().clone();
    let theirs = theirs.body["results"].as_array().unwrap().clone();
    assert!(!mine.is_empty() && !theirs.is_empty());
    assert!(ids(&mine, "id").is_disjoint(&ids(&theirs, "id")));

    let group = mine[0]["id"].as_str().unwrap();
    let read = client
        .get(&format!("/users/{}/groups/{group}", user(0)), &[])
        .await;
    assert_eq!(read.status, 200);
    let not_theirs = client
        .get(&format!("/users/{}/groups/{group}", user(1)), &[])
        .await;
    assert_eq!(not_theirs.status, 404, "another user's group");

    let emails = |group: String| {
        let client = &client;
        let user = user(0);
        async move {
            client
                .get(&format!("/users/{user}/groups/{group}/emails/"), &[])
                .await
        }
    };
    let first = emails(group.to_owned()).await;
    assert_eq!(first.status, 200, "{}", first.body);
    let second = emails(mine[1]["id"].as_str().unwrap().to_owned()).await;
    let first = first.body["results"].as_array().unwrap().clone();
    let second = second.body["results"].as_array().unwrap().clone();
    assert!(!first.is_empty());
    assert!(ids(&first, "id").is_disjoint(&ids(&second, "id")));
    let unknown = emails("00000000-0000-4000-8000-000000000000".into()).await;
    assert_eq!(unknown.status, 404);
    let (other, group) = (user(1), group.to_owned());
    let not_theirs = client
        .get(&format!("/users/{other}/groups/{group}/emails/"), &[])
        .await;
    assert_eq!(not_theirs.status, 404, "another user's group's emails");
    let questions = client
        .get(
            &format!("/users/{}/groups/{group}/onboardquestions/", user(0)),
            &[],
        )
        .await;
    assert_eq!(questions.status, 200);
}

#[tokio::test]
async fn sendhub_contacts_belong_to_their_group() {
    let sandbox = sandbox().await;
    let client = Client::new(&sandbox, "sendhub");
    let groups = client.get("/groups/", &[]).await.body["objects"].clone();
    let contacts = |i: usize| {
        let id = groups[i]["id"].as_str().unwrap().to_owned();
        let client = &client;
        async move { client.get(&format!("/groups/{id}/contacts/"), &[]).await }
    };
    let (first, second) = (contacts(0).await, contacts(1).await);
    assert_eq!(first.status, 200, "{}", first.body);
    let first = first.body["objects"].as_array().unwrap().clone();
    let second = second.body["objects"].as_array().unwrap().clone();
    assert!(!first.is_empty() && !second.is_empty());
    assert!(ids(&first, "id").is_disjoint(&ids(&second, "id")));
    let unknown = client.get("/groups/12345/contacts/", &[]).await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn pages_under_an_owner_skip_removed_items_and_end_with_created_ones() {
    let sandbox = Sandbox::builder()
        .size("groupsio", "chats", 300)
        .start()
        .await
        .unwrap();
    let client = Client::new(&sandbox, "groupsio");
    let whole = everything(&client, "/getchats", &group(4)).await;
    for gone in [&whole[0], &whole[3], &whole[4]] {
        let deleted = client
            .post("/deletechat", &[("chat_id", gone["id"].to_string())])
            .await;
        assert_eq!(deleted.status, 200, "{}", deleted.body);
    }
    let form = [
        ("group_id", "4".to_owned()),
        ("subject", "New".to_owned()),
        ("desc", "Made here".to_owned()),
    ];
    let created = client.post("/newchat", &form).await.body;
    let mut expected: Vec<Value> = whole
        .iter()
        .enumerate()
        .filter(|(i, _)| ![0, 3, 4].contains(i))
        .map(|(_, chat)| chat.clone())
        .collect();
    expected.push(created);
    // Small pages, each from its own token: every item once, in order.
    let (mut paged, mut token) = (Vec::new(), TOKEN_BASE);
    loop {
        let query = [
            ("group_id", "4".to_owned()),
            ("limit", "3".to_owned()),
            ("page_token", token.to_string()),
        ];
        let page = client.get("/getchats", &query).await.body;
        assert_eq!(page["total_count"], expected.len());
        paged.extend(page["data"].as_array().cloned().unwrap_or_default());
        if page["has_more"] != Value::Bool(true) {
            break;
        }
        token = page["next_page_token"].as_u64().unwrap();
    }
    assert_eq!(ids(&paged, "id"), ids(&expected, "id"));
    let order = |items: &[Value]| {
        items
            .iter()
            .map(|i| i["id"].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&paged), order(&expected));
}
