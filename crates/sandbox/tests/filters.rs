//! Listings honour their query parameters (`x-groupkit-sandbox` on each parameter): filters
//! keep exactly the matching items, sorts give the requested order, out-of-range page sizes and
//! parameters the sandbox cannot honour are refused in the provider's own error format.
//!
//! Each filtered listing is compared with the unfiltered listing of the same scope (every page),
//! so the tests hold whichever parent the store gives a seeded item.

use std::collections::BTreeSet;

use base64::Engine as _;
use groupkit_sandbox::{DEMO, Sandbox};
use serde_json::Value;
use support::specs;

mod support;

/// One provider of a running sandbox, with its credentials in the provider's own form.
struct Provider {
    http: reqwest::Client,
    base: String,
    name: &'static str,
}

/// An answer: status, the `has_more` header (Habitate) and the JSON body.
struct Answer {
    status: u16,
    has_more: Option<String>,
    body: Value,
}

impl Provider {
    fn new(sandbox: &Sandbox, name: &'static str) -> Provider {
        // reqwest is built without a crypto provider (plain HTTP here, but building a client
        // needs one).
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        Provider {
            http: reqwest::Client::new(),
            base: sandbox.base_url(name),
            name,
        }
    }

    async fn get(&self, path: &str, query: &[(&str, &str)]) -> Answer {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        };
        let mut url = url::Url::parse(&url).expect("a URL");
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        if self.name == "sendhub" {
            let credentials = [("username", DEMO.username), ("api_key", DEMO.api_key)];
            url.query_pairs_mut().extend_pairs(credentials);
        }
        let request = self.http.get(url.as_str());
        let request = match self.name {
            "groupboss" => request.header("authorization", DEMO.api_key),
            "groupsio" => request.header("authorization", format!("Bearer {}", DEMO.api_key)),
            "sendhub" => request,
            _ => {
                let basic = base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", DEMO.username, DEMO.api_key));
                request.header("authorization", format!("Basic {basic}"))
            }
        };
        let response = request.send().await.expect("the sandbox answers");
        let status = response.status().as_u16();
        let has_more = response
            .headers()
            .get("has_more")
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned);
        let bytes = response.bytes().await.expect("a body");
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            has_more,
            body,
        }
    }

    /// Every item of a listing, page after page, in the provider's own pagination style.
    async fn all(&self, path: &str, query: &[(&str, &str)]) -> Vec<Value> {
        let mut items = Vec::new();
        match self.name {
            "groupboss" => {
                let mut answer = self.get(path, query).await;
                loop {
                    assert_eq!(answer.status, 200, "{path}: {}", answer.body);
                    items.extend(array(&answer.body["results"]));
                    let Some(next) = answer.body["next"].as_str().map(str::to_owned) else {
                        break;
                    };
                    answer = self.get(&next, &[]).await;
                }
            }
            "groupsio" => {
                let mut token = String::new();
                loop {
                    let mut query = query.to_vec();
                    query.push(("limit", "100"));
                    if !token.is_empty() {
                        query.push(("page_token", &token));
                    }
                    let answer = self.get(path, &query).await;
                    assert_eq!(answer.status, 200, "{path}: {}", answer.body);
                    items.extend(array(&answer.body["data"]));
                    if answer.body["has_more"] != Value::Bool(true) {
                        break;
                    }
                    token = answer.body["next_page_token"].to_string();
                }
            }
            "sendhub" => {
                let mut query = query.to_vec();
                query.push(("limit", "1000"));
                let answer = self.get(path, &query).await;
                assert_eq!(answer.status, 200, "{path}: {}", answer.body);
                assert!(answer.body["meta"]["next"].is_null(), "one page of 1000");
                items.extend(array(&answer.body["objects"]));
            }
            _ => {
                for page in 1.. {
                    let page = page.to_string();
                    let mut query = query.to_vec();
                    query.extend([("page", page.as_str()), ("page_size", "50")]);
                    let answer = self.get(path, &query).await;
                    assert_eq!(answer.status, 200, "{path}: {}", answer.body);
                    items.extend(array(&answer.body));
                    if answer.has_more.as_deref() != Some("1") {
                        break;
                    }
                }
            }
        }
        items
    }

    /// Asserts `answer` is the provider's own `invalid` error: its status and error schema.
    fn assert_invalid(&self, answer: &Answer, what: &str) {
        let spec = specs()
            .into_iter()
            .find(|s| s.name == self.name)
            .expect("the provider's spec");
        let status = spec
            .doc
            .pointer("/x-groupkit-sandbox/errors/invalid/status")
            .and_then(Value::as_u64);
        assert_eq!(
            Some(u64::from(answer.status)),
            status,
            "{what}: {}",
            answer.body
        );
        let registry = spec.registry();
        let validator = spec.validator(&registry, "/x-groupkit-error/schema");
        assert!(
            validator.is_valid(&answer.body),
            "{what}: {} is not {}'s error body",
            answer.body,
            self.name
        );
    }
}

fn array(value: &Value) -> Vec<Value> {
    value.as_array().cloned().unwrap_or_default()
}

fn texts(items: &[Value], field: &str) -> Vec<String> {
    items.iter().map(|i| text(&i[field])).collect()
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Scopes big enough to filter: children are spread over their owners, so one user owns every
/// Groupboss group and each Groups.io group and SendHub group has a few dozen items.
async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .seed(21)
        .size("groupboss", "users", 1)
        .size("groupsio", "topics", 600)
        .size("groupsio", "chats", 600)
        .size("sendhub", "contacts", 2000)
        .start()
        .await
        .expect("the sandbox starts")
}

#[tokio::test]
async fn habitate_tags_by_ids_are_exactly_those_tags() {
    let sandbox = sandbox().await;
    let habitate = Provider::new(&sandbox, "habitate");
    let every = habitate.all("/tags", &[]).await;
    assert!(every.len() > 5, "seeded tags");
    let wanted: Vec<String> = [0, 3, every.len() - 1]
        .iter()
        .map(|i| text(&every[*i]["tag_id"]))
        .collect();
    let listed = habitate.all("/tags", &[("ids", &wanted.join(","))]).await;
    let ids: BTreeSet<String> = texts(&listed, "tag_id").into_iter().collect();
    assert_eq!(ids, wanted.iter().cloned().collect(), "comma form");
    assert_eq!(listed.len(), wanted.len());
    let none = habitate.all("/tags", &[("ids", "999999999")]).await;
    assert!(none.is_empty(), "an unknown id matches nothing");
    let bad = habitate.get("/tags", &[("ids", "1,x")]).await;
    habitate.assert_invalid(&bad, "ids=1,x");
}

#[tokio::test]
async fn habitate_tags_sort_by_name_in_either_order() {
    let sandbox = sandbox().await;
    let habitate = Provider::new(&sandbox, "habitate");
    let tags = habitate.all("/tags", &[]).await;
    // Habitate leaves out null fields: a tag without a name sorts last either way.
    let mut names: Vec<String> = tags
        .iter()
        .filter_map(|t| t["name"].as_str())
        .map(str::to_owned)
        .collect();
    let nameless = vec!["null".to_owned(); tags.len() - names.len()];
    let ascending = habitate.all("/tags", &[("sort_by", "name")]).await;
    names.sort();
    assert_eq!(
        texts(&ascending, "name"),
        [names.clone(), nameless.clone()].concat()
    );
    let descending = habitate
        .all("/tags", &[("sort_by", "name"), ("order", "desc")])
        .await;
    names.reverse();
    assert_eq!(texts(&descending, "name"), [names, nameless].concat());
}

#[tokio::test]
async fn habitate_users_are_filtered_by_status_active_by_default() {
    let sandbox = sandbox().await;
    let habitate = Provider::new(&sandbox, "habitate");
    let (mut seen, mut statuses) = (0, 0);
    let mut every = BTreeSet::new();
    for status in ["10", "6", "5", "4", "0", "-3", "-100"] {
        let users = habitate.all("/users", &[("status", status)]).await;
        assert!(
            users.iter().all(|u| text(&u["user_status"]) == status),
            "status={status}"
        );
        seen += users.len();
        statuses += usize::from(!users.is_empty());
        every.extend(texts(&users, "msid"));
    }
    assert_eq!(seen, every.len(), "each user under one status");
    assert!(statuses > 1, "the seeded users have several statuses");
    let default = habitate.all("/users", &[]).await;
    let active = habitate.all("/users", &[("status", "10")]).await;
    assert_eq!(
        texts(&default, "msid"),
        texts(&active, "msid"),
        "default is active"
    );
    // Most seeded users are active (`cycle` in the spec), as in a live community.
    assert!(
        active.len() * 2 > users_total(&habitate).await,
        "{} active",
        active.len()
    );
}

async fn users_total(habitate: &Provider) -> usize {
    let mut total = 0;
    for status in ["10", "6", "5", "4", "0", "-3", "-100"] {
        total += habitate.all("/users", &[("status", status)]).await.len();
    }
    total
}

/// The groups of the first user, unfiltered.
async fn groupboss_groups(groupboss: &Provider) -> (String, Vec<Value>) {
    let users = groupboss.all("/users/", &[]).await;
    let user = text(&users[0]["id"]);
    let path = format!("/users/{user}/groups/");
    let groups = groupboss.all(&path, &[]).await;
    assert!(groups.len() > 5, "seeded groups");
    (path, groups)
}

#[tokio::test]
async fn groupboss_name_contains_ignores_case() {
    let sandbox = sandbox().await;
    let groupboss = Provider::new(&sandbox, "groupboss");
    let (path, groups) = groupboss_groups(&groupboss).await;
    let name = text(&groups[1]["name"]);
    let part: String = name
        .chars()
        .skip(1)
        .take(3)
        .collect::<String>()
        .to_uppercase();
    let expected: Vec<String> = groups
        .iter()
        .filter(|g| {
            text(&g["name"])
                .to_lowercase()
                .contains(&part.to_lowercase())
        })
        .map(|g| text(&g["id"]))
        .collect();
    let listed = groupboss.all(&path, &[("name_contains", &part)]).await;
    assert_eq!(texts(&listed, "id"), expected, "name_contains={part}");
    assert!(!expected.is_empty());
    let exact = groupboss.all(&path, &[("name", &name)]).await;
    assert!(exact.iter().all(|g| text(&g["name"]) == name) && !exact.is_empty());
}

#[tokio::test]
async fn groupboss_created_after_and_before_bound_the_creation_time() {
    let sandbox = sandbox().await;
    let groupboss = Provider::new(&sandbox, "groupboss");
    let (path, groups) = groupboss_groups(&groupboss).await;
    let instant = |g: &Value| {
        chrono::DateTime::parse_from_rfc3339(&text(&g["created_at"])).expect("an RFC 3339 time")
    };
    let mut times: Vec<_> = groups.iter().map(instant).collect();
    times.sort();
    let middle = times[times.len() / 2];
    let bound = middle.to_rfc3339();
    let after = groupboss.all(&path, &[("created_after", &bound)]).await;
    let before = groupboss.all(&path, &[("created_before", &bound)]).await;
    let count = |keep: &dyn Fn(&Value) -> bool| groups.iter().filter(|g| keep(g)).count();
    assert_eq!(
        after.len(),
        count(&|g| instant(g) > middle),
        "after {bound}"
    );
    assert_eq!(
        before.len(),
        count(&|g| instant(g) < middle),
        "before {bound}"
    );
    assert!(after.iter().all(|g| instant(g) > middle));
    assert!(before.iter().all(|g| instant(g) < middle));
    let bad = groupboss
        .get(&path, &[("created_after", "last tuesday")])
        .await;
    groupboss.assert_invalid(&bad, "created_after=last tuesday");
}

#[tokio::test]
async fn groupboss_unsupported_filters_are_refused_not_ignored() {
    let sandbox = sandbox().await;
    let groupboss = Provider::new(&sandbox, "groupboss");
    let (path, groups) = groupboss_groups(&groupboss).await;
    let emails = format!("{path}{}/emails/", text(&groups[0]["id"]));
    assert_eq!(groupboss.get(&emails, &[]).await.status, 200);
    let answer = groupboss.get(&emails, &[("name", "anything")]).await;
    groupboss.assert_invalid(&answer, "name on emails");
    assert!(
        answer.body.to_string().contains("`name`"),
        "the message names the parameter: {}",
        answer.body
    );
}

#[tokio::test]
async fn groupboss_group_filters_test_the_group_the_path_names() {
    let sandbox = Sandbox::builder()
        .seed(21)
        .size("groupboss", "users", 1)
        .size("groupboss", "emails", 400)
        .start()
        .await
        .expect("the sandbox starts");
    let groupboss = Provider::new(&sandbox, "groupboss");
    let (path, groups) = groupboss_groups(&groupboss).await;
    let (group, other) = (&groups[0], &groups[1]);
    for list in ["emails", "onboardquestions"] {
        let records = format!("{path}{}/{list}/", text(&group["id"]));
        let every = groupboss.all(&records, &[]).await;
        assert!(!every.is_empty(), "seeded {list}");
        for (param, field) in [("group_id", "group_id"), ("group_name", "name")] {
            let own = groupboss
                .all(&records, &[(param, &text(&group[field]))])
                .await;
            assert_eq!(
                own, every,
                "{list}: {param} of the path's group keeps them all"
            );
            let theirs = groupboss
                .all(&records, &[(param, &text(&other[field]))])
                .await;
            assert!(
                theirs.is_empty(),
                "{list}: another group's {param} keeps none"
            );
        }
    }
}

/// The path of the first SendHub group's contacts.
async fn sendhub_contacts(sendhub: &Provider) -> String {
    let groups = sendhub.all("/groups/", &[]).await;
    format!("/groups/{}/contacts/", text(&groups[0]["id"]))
}

#[tokio::test]
async fn sendhub_contacts_filter_by_name_and_follow_ordering() {
    let sandbox = sandbox().await;
    let sendhub = Provider::new(&sandbox, "sendhub");
    let path = sendhub_contacts(&sendhub).await;
    let contacts = sendhub.all(&path, &[]).await;
    assert!(contacts.len() > 5, "seeded contacts");
    let name = text(&contacts[2]["name"]);
    let named = sendhub.all(&path, &[("name", &name)]).await;
    let expected: Vec<String> = contacts
        .iter()
        .filter(|c| text(&c["name"]) == name)
        .map(|c| text(&c["id"]))
        .collect();
    assert_eq!(texts(&named, "id"), expected, "name={name}");
    let blocked = sendhub.all(&path, &[("blocked", "true")]).await;
    let count = contacts
        .iter()
        .filter(|c| c["blocked"] == Value::Bool(true))
        .count();
    assert_eq!(blocked.len(), count, "blocked=true");
    let newest = sendhub.all(&path, &[("ordering", "-date_created")]).await;
    let mut dates = texts(&contacts, "date_created");
    dates.sort_by(|a, b| b.cmp(a));
    assert_eq!(texts(&newest, "date_created"), dates, "newest first");
    let by_name = sendhub.all(&path, &[("ordering", "name")]).await;
    let mut names = texts(&contacts, "name");
    names.sort();
    assert_eq!(texts(&by_name, "name"), names);
}

#[tokio::test]
async fn groupsio_sort_field_and_sort_dir_order_the_listing() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    let scope = [("group_id", group.as_str())];
    let topics = groupsio.all("/gettopics", &scope).await;
    assert!(topics.len() > 5, "seeded topics");
    let ids: BTreeSet<String> = texts(&topics, "id").into_iter().collect();
    let mut created = texts(&topics, "created");
    created.sort();
    for (dir, expected) in [
        ("asc", created.clone()),
        ("desc", created.into_iter().rev().collect()),
    ] {
        let query = [scope[0], ("sort_field", "created"), ("sort_dir", dir)];
        let sorted = groupsio.all("/gettopics", &query).await;
        assert_eq!(texts(&sorted, "created"), expected, "sort_dir={dir}");
        let same: BTreeSet<String> = texts(&sorted, "id").into_iter().collect();
        assert_eq!(same, ids, "the same topics");
    }
    let bad = groupsio
        .get("/gettopics", &[scope[0], ("sort_field", "shoe_size")])
        .await;
    groupsio.assert_invalid(&bad, "sort_field=shoe_size");
}

#[tokio::test]
async fn out_of_range_page_sizes_get_the_providers_400() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    for limit in ["0", "1000", "101"] {
        let answer = groupsio
            .get("/gettopics", &[("group_id", &group), ("limit", limit)])
            .await;
        groupsio.assert_invalid(&answer, &format!("groupsio limit={limit}"));
    }
    let habitate = Provider::new(&sandbox, "habitate");
    for size in ["0", "1000", "51"] {
        let answer = habitate.get("/tags", &[("page_size", size)]).await;
        habitate.assert_invalid(&answer, &format!("habitate page_size={size}"));
    }
    assert_eq!(
        habitate.get("/tags", &[("page_size", "50")]).await.status,
        200
    );
    let sendhub = Provider::new(&sandbox, "sendhub");
    for limit in ["0", "1001"] {
        let answer = sendhub.get("/groups/", &[("limit", limit)]).await;
        sendhub.assert_invalid(&answer, &format!("sendhub limit={limit}"));
    }
    assert_eq!(
        sendhub.get("/groups/", &[("limit", "1000")]).await.status,
        200
    );
}

#[tokio::test]
async fn groupsio_unsupported_parameters_answer_400() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    let fine = groupsio
        .get("/getactivitylog", &[("group_id", &group)])
        .await;
    assert_eq!(fine.status, 200, "{}", fine.body);
    let answer = groupsio
        .get(
            "/getactivitylog",
            &[("group_id", &group), ("action", "joined")],
        )
        .await;
    groupsio.assert_invalid(&answer, "getactivitylog action");
}

#[tokio::test]
async fn groupsio_show_closed_false_hides_closed_chats() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    let every = groupsio.all("/getchats", &[("group_id", &group)]).await;
    let shown = groupsio
        .all(
            "/getchats",
            &[("group_id", &group), ("show_closed", "true")],
        )
        .await;
    assert_eq!(texts(&shown, "id"), texts(&every, "id"));
    let open = groupsio
        .all(
            "/getchats",
            &[("group_id", &group), ("show_closed", "false")],
        )
        .await;
    let expected: Vec<String> = every
        .iter()
        .filter(|c| c["is_closed"] != Value::Bool(true))
        .map(|c| text(&c["id"]))
        .collect();
    assert_eq!(texts(&open, "id"), expected);
    assert!(open.len() < every.len(), "some seeded chats are closed");
}

#[tokio::test]
async fn groupsio_topics_q_keeps_topics_holding_every_word() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    let topics = groupsio.all("/gettopics", &[("group_id", &group)]).await;
    assert!(topics.len() > 5, "seeded topics");
    let holds = |topic: &Value, word: &str| {
        ["subject", "summary", "name"].iter().any(|f| {
            text(&topic[*f])
                .to_lowercase()
                .contains(&word.to_lowercase())
        })
    };
    let target = &topics[2];
    let word = text(&target["subject"])
        .split_whitespace()
        .max_by_key(|w| w.len())
        .expect("a subject with words")
        .to_owned();
    let other = text(&target["name"])
        .split_whitespace()
        .next()
        .expect("a name")
        .to_owned();
    for q in [word.to_uppercase(), format!("{word} {other}")] {
        let found = groupsio
            .all("/gettopics", &[("group_id", &group), ("q", &q)])
            .await;
        let expected: Vec<String> = topics
            .iter()
            .filter(|t| q.split_whitespace().all(|w| holds(t, w)))
            .map(|t| text(&t["id"]))
            .collect();
        assert_eq!(texts(&found, "id"), expected, "q={q}");
        assert!(texts(&found, "id").contains(&text(&target["id"])), "q={q}");
        assert!(found.len() < topics.len(), "q={q} filters");
    }
    let none = groupsio
        .all("/gettopics", &[("group_id", &group), ("q", "zzqxnothing")])
        .await;
    assert!(none.is_empty());
}

#[tokio::test]
async fn groupsio_member_type_and_search_select_their_members() {
    let sandbox = sandbox().await;
    let groupsio = Provider::new(&sandbox, "groupsio");
    let subs = groupsio.all("/getsubs", &[]).await;
    let group = text(&subs[0]["group_id"]);
    let members = groupsio.all("/getmembers", &[("group_id", &group)]).await;
    assert!(members.len() > 5, "seeded members");
    let mods = groupsio
        .all("/getmembers", &[("group_id", &group), ("type", "mods")])
        .await;
    let expected: Vec<String> = members
        .iter()
        .filter(|m| {
            let status = text(&m["mod_status"]);
            status == "sub_modstatus_moderator" || status == "sub_modstatus_owner"
        })
        .map(|m| text(&m["id"]))
        .collect();
    assert_eq!(texts(&mods, "id"), expected, "type=mods");
    assert!(mods.len() < members.len(), "not every member moderates");
    let email = text(&members[3]["email"]);
    let found = groupsio
        .all(
            "/searchmembers",
            &[("group_id", &group), ("q", &email.to_uppercase())],
        )
        .await;
    assert!(
        texts(&found, "id").contains(&text(&members[3]["id"])),
        "q={email}"
    );
    assert!(found.iter().all(|m| {
        let held = [&m["email"], &m["full_name"], &m["user_name"]];
        held.iter()
            .any(|v| text(v).to_lowercase().contains(&email.to_lowercase()))
    }));
}
