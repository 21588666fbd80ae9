//! The admin API under `/__sandbox/` over HTTP, and the same operations as `Sandbox` methods:
//! the index, the OpenAPI documents, reset, faults, and the request journal with every
//! credential redacted.

use base64::Engine as _;
use groupkit_sandbox::{DEMO, Faults, SESSION_COOKIE, Sandbox};
use serde_json::{Value, json};

/// What came back.
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    text: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

fn client() -> reqwest::Client {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder().build().expect("an HTTP client")
}

/// Sends `method url` with these headers and body; `None` when the connection was dropped.
async fn try_send(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> Option<Answer> {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = client().request(method, url).body(body.to_owned());
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.ok()?;
    Some(Answer {
        status,
        headers,
        text,
    })
}

async fn send(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> Answer {
    try_send(method, url, headers, body)
        .await
        .unwrap_or_else(|| panic!("{method} {url}: no answer"))
}

async fn get(url: &str) -> Answer {
    send("GET", url, &[], "").await
}

const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");
const JSON: (&str, &str) = ("content-type", "application/json");

fn sendhub_query() -> String {
    format!("username={}&api_key={}", DEMO.username, DEMO.api_key)
}

fn basic(user: &str, password: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Basic {encoded}")
}

#[tokio::test]
async fn the_index_lists_each_provider_with_a_curl_all_escaped() {
    let sandbox = Sandbox::start().await.expect("starts");
    let admin = sandbox.admin_url();
    assert_eq!(admin, format!("http://{}/__sandbox/", sandbox.addr()));
    for url in [admin.clone(), admin.trim_end_matches('/').to_owned()] {
        let page = get(&url).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
        for provider in groupkit_sandbox::PROVIDERS {
            assert!(
                page.text.contains(&sandbox.base_url(provider)),
                "{provider}"
            );
            assert!(
                page.text
                    .contains(&format!("/__sandbox/openapi/{provider}"))
            );
        }
        // SendHub's curl carries `&` and every curl quotes with `'`: both escaped.
        let sendhub = sandbox.curl("sendhub").expect("a curl");
        let escaped = sendhub.replace('&', "&amp;").replace('\'', "&#39;");
        assert!(page.text.contains(&escaped), "{escaped}");
        assert!(!page.text.contains(&sendhub));
        assert!(page.text.contains(DEMO.api_key) && page.text.contains(DEMO.password));
        for link in ["/__sandbox/faults", "/__sandbox/requests"] {
            assert!(page.text.contains(&format!("href=\"{link}\"")), "{link}");
        }
    }
    // A Host header that is not an authority is not echoed into the page.
    let page = send("GET", &admin, &[("host", "<script>x</script>")], "").await;
    assert!(!page.text.contains("<script"), "{}", page.text);
    assert!(page.text.contains(&sandbox.base_url("groupboss")));
}

#[tokio::test]
async fn openapi_documents_point_at_the_sandbox() {
    let sandbox = Sandbox::start().await.expect("starts");
    for provider in groupkit_sandbox::PROVIDERS {
        let answer = get(&format!("{}openapi/{provider}", sandbox.admin_url())).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("content-type"), "application/json");
        let doc = answer.json();
        assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
        assert!(doc["paths"].as_object().is_some_and(|p| !p.is_empty()));
        assert_eq!(doc["servers"][0]["url"], sandbox.base_url(provider));
        assert_eq!(sandbox.openapi(provider), Some(doc));
    }
    let answer = get(&format!("{}openapi/nope", sandbox.admin_url())).await;
    assert_eq!(answer.status, 404);
    let error = answer.json()["error"].as_str().unwrap_or("").to_owned();
    assert!(
        error.contains("groupboss, groupsio, sendhub, habitate"),
        "{error}"
    );
    assert_eq!(sandbox.openapi("nope"), None);
}

#[tokio::test]
async fn wrong_paths_methods_and_bodies_are_json_errors() {
    let sandbox = Sandbox::start().await.expect("starts");
    let admin = sandbox.admin_url();
    let answer = get(&format!("{admin}nope")).await;
    assert_eq!(answer.status, 404);
    assert!(
        answer.json()["error"]
            .as_str()
            .unwrap_or("")
            .contains("POST /__sandbox/reset")
    );
    let answer = send("DELETE", &format!("{admin}faults"), &[], "").await;
    assert_eq!(answer.status, 405);
    assert_eq!(answer.header("allow"), "GET, PUT");
    assert!(answer.json()["error"].is_string());
    let answer = send("GET", &format!("{admin}reset"), &[], "").await;
    assert_eq!((answer.status, answer.header("allow")), (405, "POST"));
    let answer = send("POST", &format!("{admin}reset"), &[JSON], "{\"seed\": -4}").await;
    assert_eq!(answer.status, 400);
    assert!(
        answer.json()["error"]
            .as_str()
            .unwrap_or("")
            .contains("`seed`")
    );
    let answer = send("PUT", &format!("{admin}faults"), &[JSON], "not json").await;
    assert_eq!(answer.status, 400);
    assert!(
        answer.json()["error"]
            .as_str()
            .unwrap_or("")
            .contains("not JSON")
    );
}

/// SendHub's groups, as listed.
async fn sendhub_groups(sandbox: &Sandbox) -> Value {
    let url = format!(
        "{}/groups/?{}&limit=100",
        sandbox.base_url("sendhub"),
        sendhub_query()
    );
    let answer = get(&url).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    answer.json()["objects"].clone()
}

#[tokio::test]
async fn reset_brings_back_the_seeded_data_and_a_seed_changes_it() {
    let sandbox = Sandbox::start().await.expect("starts");
    let seeded = sendhub_groups(&sandbox).await;
    assert!(seeded.as_array().is_some_and(|g| !g.is_empty()));
    let create = format!(
        "{}/groups/?{}",
        sandbox.base_url("sendhub"),
        sendhub_query()
    );
    let created = send("POST", &create, &[JSON], r#"{"name": "Regulars"}"#).await;
    assert!(created.status < 300, "{}", created.text);
    assert_ne!(sendhub_groups(&sandbox).await, seeded);

    let answer = send("POST", &format!("{}reset", sandbox.admin_url()), &[], "").await;
    assert_eq!((answer.status, answer.json()), (200, json!({"seed": 0})));
    assert_eq!(sendhub_groups(&sandbox).await, seeded);

    sandbox.reset_with_seed(42);
    let reseeded = sendhub_groups(&sandbox).await;
    assert_ne!(reseeded, seeded);
    sandbox.reset();
    assert_eq!(
        sendhub_groups(&sandbox).await,
        reseeded,
        "reset keeps the seed"
    );
    let url = format!("{}reset", sandbox.admin_url());
    let answer = send("POST", &url, &[JSON], r#"{"seed": 0}"#).await;
    assert_eq!(answer.json(), json!({"seed": 0}));
    assert_eq!(sendhub_groups(&sandbox).await, seeded);
}

#[tokio::test]
async fn sizes_given_at_start_survive_a_reset_and_sessions_do_not() {
    let sandbox = Sandbox::builder()
        .size("sendhub", "groups", 3)
        .start()
        .await
        .expect("starts");
    let session = login(&sandbox, false).await;
    let user = format!("{}/getuser", sandbox.base_url("groupsio"));
    let cookie = format!("{SESSION_COOKIE}={}", session.cookie);
    assert_eq!(
        send("GET", &user, &[("cookie", &cookie)], "").await.status,
        200
    );
    sandbox.reset_with_seed(9);
    assert_eq!(
        sendhub_groups(&sandbox).await.as_array().map(Vec::len),
        Some(3)
    );
    let answer = send("GET", &user, &[("cookie", &cookie)], "").await;
    assert!(
        answer.status >= 400,
        "the session survived: {}",
        answer.status
    );
}

#[tokio::test]
async fn faults_are_read_and_replaced_and_spare_the_admin_api() {
    let sandbox = Sandbox::start().await.expect("starts");
    let url = format!("{}faults", sandbox.admin_url());
    let defaults = json!({
        "latency_ms": 0, "rate_limited": 0.0, "retry_after": 1, "server_errors": 0.0,
        "malformed": 0.0, "truncated": 0.0, "dropped": 0.0,
    });
    assert_eq!(get(&url).await.json(), defaults);

    let answer = send(
        "PUT",
        &url,
        &[JSON],
        r#"{"server_errors": 1, "retry_after": 3}"#,
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["server_errors"], 1.0);
    assert_eq!(
        sandbox.faults(),
        Faults::none()
            .server_errors(1.0)
            .retry_after(std::time::Duration::from_secs(3))
    );
    assert_eq!(get(&sandbox.curl_url("groupboss")).await.status, 503);

    let answer = send("PUT", &url, &[JSON], r#"{"dropped": 1.5}"#).await;
    assert_eq!(answer.status, 400);
    let error = answer.json()["error"].as_str().unwrap_or("").to_owned();
    assert!(
        error.contains("`dropped` must be a rate from 0 to 1"),
        "{error}"
    );
    assert_eq!(
        get(&url).await.json()["server_errors"],
        1.0,
        "a refused PUT changes nothing"
    );

    sandbox.set_faults(Faults::none().dropped(1.0));
    assert!(
        try_send("GET", &sandbox.curl_url("groupboss"), &[], "")
            .await
            .is_none()
    );
    assert_eq!(
        get(&url).await.json()["dropped"],
        1.0,
        "admin requests are not dropped"
    );
    assert_eq!(send("PUT", &url, &[JSON], "{}").await.json(), defaults);
}

/// The URL of a provider's printed curl (query credentials included), for a request whose
/// answer does not matter.
trait CurlUrl {
    fn curl_url(&self, provider: &str) -> String;
}

impl CurlUrl for Sandbox {
    fn curl_url(&self, provider: &str) -> String {
        let curl = self.curl(provider).expect("a curl");
        let url = curl.rsplit('\'').nth(1).expect("a quoted URL");
        url.to_owned()
    }
}

/// A Groups.io login session.
struct Session {
    cookie: String,
    csrf: String,
    token: String,
}

/// Logs in to Groups.io (the password in the query as well as the form, to test both are
/// redacted), asking for a Basic token when `token`.
async fn login(sandbox: &Sandbox, token: bool) -> Session {
    let url = format!(
        "{}/login?password={}",
        sandbox.base_url("groupsio"),
        DEMO.password
    );
    let body = format!(
        "email={}&password={}&token={token}",
        DEMO.email.replace('@', "%40"),
        DEMO.password
    );
    let answer = send("POST", &url, &[FORM], &body).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let cookie = answer
        .header("set-cookie")
        .split(';')
        .next()
        .and_then(|c| c.strip_prefix(&format!("{SESSION_COOKIE}=")))
        .expect("a session cookie")
        .to_owned();
    let json = answer.json();
    Session {
        cookie,
        csrf: json["user"]["csrf_token"]
            .as_str()
            .expect("a csrf")
            .to_owned(),
        token: json["token"].as_str().unwrap_or("").to_owned(),
    }
}

#[tokio::test]
async fn the_journal_keeps_every_provider_request_and_no_credential() {
    let sandbox = Sandbox::start().await.expect("starts");
    let key = DEMO.api_key;
    // Each provider's credentials in each of its forms.
    let sendhub_basic = basic(DEMO.username, key);
    let habitate_basic = basic("backend_app1", key);
    let bearer = format!("Bearer {key}");
    let calls: Vec<(String, Vec<(&str, &str)>)> = vec![
        (sandbox.curl_url("groupboss"), vec![("authorization", key)]),
        (
            sandbox.curl_url("groupsio"),
            vec![("authorization", &bearer)],
        ),
        (sandbox.curl_url("sendhub"), vec![]),
        (
            format!("{}/groups/", sandbox.base_url("sendhub")),
            vec![("authorization", &sendhub_basic)],
        ),
        (
            sandbox.curl_url("habitate"),
            vec![("authorization", &habitate_basic)],
        ),
    ];
    for (url, headers) in &calls {
        let answer = send("GET", url, headers, "").await;
        assert_eq!(answer.status, 200, "{url}: {}", answer.text);
    }
    let session = login(&sandbox, true).await;
    let groupsio = sandbox.base_url("groupsio");
    let cookie = format!("{SESSION_COOKIE}={}", session.cookie);
    let url = format!("{groupsio}/newchat?csrf={}", session.csrf);
    let body = format!("group_id=7&subject=s&desc=d&csrf={}", session.csrf);
    let headers = [
        FORM,
        ("cookie", cookie.as_str()),
        ("x-csrf-token", &session.csrf),
    ];
    let answer = send("POST", &url, &headers, &body).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert!(!session.token.is_empty());
    let token = basic(&session.token, "");
    let answer = send(
        "GET",
        &format!("{groupsio}/getuser"),
        &[("authorization", &token)],
        "",
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    // An injected 503 and a dropped connection are journaled too.
    sandbox.set_faults(Faults::none().server_errors(1.0));
    assert_eq!(get(&sandbox.curl_url("groupboss")).await.status, 503);
    sandbox.set_faults(Faults::none().dropped(1.0));
    assert!(
        try_send("GET", &sandbox.curl_url("habitate"), &[], "")
            .await
            .is_none()
    );
    sandbox.set_faults(Faults::none());

    let answer = get(&format!("{}requests", sandbox.admin_url())).await;
    assert_eq!(answer.header("content-type"), "application/json");
    let text = answer.text.clone();
    for secret in [
        key,
        DEMO.password,
        &session.cookie,
        &session.csrf,
        &session.token,
        &sendhub_basic["Basic ".len()..],
        &habitate_basic["Basic ".len()..],
        &token["Basic ".len()..],
    ] {
        assert!(!secret.is_empty());
        assert!(!text.contains(secret), "{secret} in {text}");
        let debug = format!("{:?} {sandbox:?}", sandbox.requests());
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    // No part of a secret is left either (10 characters: longer than the names `password`
    // and `api_key`, which are kept).
    for secret in [
        key,
        DEMO.password,
        &session.cookie,
        &session.csrf,
        &session.token,
    ] {
        let chars: Vec<char> = secret.chars().collect();
        for part in chars.windows(10) {
            let part: String = part.iter().collect();
            assert!(!text.contains(&part), "{part} of {secret} in {text}");
        }
    }
    let entries = answer.json();
    let entries = entries.as_array().expect("a list");
    assert_eq!(entries.len(), calls.len() + 5, "{text}");
    let providers: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["provider"].as_str())
        .collect();
    assert_eq!(
        providers,
        [
            "groupboss",
            "groupsio",
            "sendhub",
            "sendhub",
            "habitate",
            "groupsio",
            "groupsio",
            "groupsio",
            "groupboss",
            "habitate"
        ]
    );
    let redacted = |entry: &Value, list: &str, name: &str| {
        entry[list]
            .as_array()
            .into_iter()
            .flatten()
            .any(|pair| pair["name"] == name && pair["value"] == "[redacted]")
    };
    assert!(redacted(&entries[0], "headers", "authorization"));
    assert!(
        redacted(&entries[2], "query", "api_key") && redacted(&entries[2], "query", "username")
    );
    assert!(redacted(&entries[5], "query", "password"));
    assert!(redacted(&entries[6], "headers", "cookie") && redacted(&entries[6], "query", "csrf"));
    assert!(redacted(&entries[6], "headers", "x-csrf-token"));
    assert_eq!(entries[6]["method"], "POST");
    assert_eq!(entries[6]["path"], "/groupsio/api/v1/newchat");
    assert!(
        entries[0]["time"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    assert!(entries[0]["duration_ms"].as_f64().is_some_and(|d| d >= 0.0));
    assert_eq!(
        (entries[0]["status"].as_u64(), &entries[0]["note"]),
        (Some(200), &Value::Null)
    );
    assert_eq!(entries[8]["status"], 503);
    assert_eq!(entries[8]["note"], json!({"fault": "server_errors"}));
    assert_eq!(entries[9]["status"], 0);
    assert_eq!(entries[9]["note"], json!({"fault": "dropped"}));
    let records: Vec<Value> = sandbox.requests().iter().map(|r| r.to_json()).collect();
    assert_eq!(&records, entries, "the method and the endpoint agree");

    let answer = send(
        "DELETE",
        &format!("{}requests", sandbox.admin_url()),
        &[],
        "",
    )
    .await;
    assert_eq!(answer.json(), json!({"cleared": entries.len()}));
    assert_eq!(
        get(&format!("{}requests", sandbox.admin_url()))
            .await
            .json(),
        json!([])
    );
    get(&sandbox.curl_url("groupboss")).await;
    assert_eq!(sandbox.requests().len(), 1);
    sandbox.clear_requests();
    assert!(sandbox.requests().is_empty());
}

#[tokio::test]
async fn requests_no_provider_serves_are_journaled_without_a_provider() {
    let sandbox = Sandbox::start().await.expect("starts");
    let url = format!("http://{}/nowhere?api_key={}", sandbox.addr(), DEMO.api_key);
    assert_eq!(get(&url).await.status, 404);
    let records = sandbox.requests();
    assert_eq!(records.len(), 1);
    assert_eq!((records[0].provider.as_str(), records[0].status), ("", 404));
    assert_eq!(
        records[0].query,
        [("api_key".to_owned(), "[redacted]".to_owned())]
    );
}

#[tokio::test]
async fn each_fault_that_changed_an_answer_is_noted() {
    let sandbox = Sandbox::start().await.expect("starts");
    let url = sandbox.curl_url("sendhub");
    let missing = format!("{}/nope?{}", sandbox.base_url("sendhub"), sendhub_query());
    sandbox.set_faults(Faults::none().rate_limited(1.0));
    assert_eq!(get(&url).await.status, 429);
    sandbox.set_faults(Faults::none().malformed(1.0));
    assert_eq!(get(&url).await.status, 200);
    assert_eq!(get(&missing).await.status, 404, "an error is not spoiled");
    sandbox.set_faults(Faults::none().truncated(1.0));
    let _ = try_send("GET", &url, &[], "").await;
    let notes: Vec<(u16, Value)> = sandbox
        .requests()
        .into_iter()
        .map(|r| (r.status, r.note))
        .collect();
    assert_eq!(
        notes,
        [
            (429, json!({"fault": "rate_limited"})),
            (200, json!({"fault": "malformed"})),
            (404, Value::Null),
            (200, json!({"fault": "truncated"})),
        ]
    );
}
