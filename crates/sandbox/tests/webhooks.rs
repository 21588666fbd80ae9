//! Webhooks through the admin API, over plain HTTP: a target registered with
//! `POST /__sandbox/webhooks` hears an item made with `POST /__sandbox/collections/...`; each
//! attempt is in the journal; bad registrations are refused. (The bodies are read with the
//! SDK's own parsers in the workspace's end-to-end tests, `tests/webhooks.rs`.)

use std::time::Duration;

use groupkit_sandbox::Sandbox;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

fn client() -> reqwest::Client {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::new()
}

async fn call(method: reqwest::Method, url: String, body: Value) -> (u16, Value) {
    let response = client()
        .request(method, url)
        .header("content-type", "application/json")
        .body(if body.is_null() {
            String::new()
        } else {
            body.to_string()
        })
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// A target that answers `status` to everything and sends on each request's raw text.
async fn target(status: u16) -> (String, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
    let (sender, receiver) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut raw = Vec::new();
            let mut buffer = [0u8; 4096];
            // Headers, then as many body bytes as content-length says.
            while let Ok(n) = stream.read(&mut buffer).await {
                raw.extend_from_slice(&buffer[..n]);
                let text = String::from_utf8_lossy(&raw).to_string();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if body.len() >= length {
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            let _ = sender.send(String::from_utf8_lossy(&raw).to_string());
            let answer =
                format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            let _ = stream.write_all(answer.as_bytes()).await;
        }
    });
    (url, receiver)
}

async fn next(receiver: &mut mpsc::UnboundedReceiver<String>) -> String {
    tokio::time::timeout(Duration::from_secs(5), receiver.recv())
        .await
        .expect("a delivery within 5 s")
        .expect("the target runs")
}

#[tokio::test]
async fn a_registered_target_hears_an_item_made_through_the_admin_api() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let admin = sandbox.admin_url();
    let (url, mut deliveries) = target(200).await;
    let (status, registered) = call(
        reqwest::Method::POST,
        format!("{admin}/webhooks"),
        json!({"provider": "habitate", "url": url, "events": ["member.joined"]}),
    )
    .await;
    assert_eq!(status, 201, "{registered}");
    let (status, listed) = call(
        reqwest::Method::GET,
        format!("{admin}/webhooks"),
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(listed, json!([registered]));

    let (status, user) = call(
        reqwest::Method::POST,
        format!("{admin}/collections/habitate/users"),
        json!({"first_name": "Grace", "user_status": 10}),
    )
    .await;
    assert_eq!(status, 201, "{user}");
    let raw = next(&mut deliveries).await;
    assert!(raw.starts_with("POST /hook HTTP/1.1"), "{raw}");
    assert!(
        raw.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{raw}"
    );
    let body: Value =
        serde_json::from_str(raw.split_once("\r\n\r\n").expect("a body").1).expect("JSON");
    assert_eq!(body["event"], "member.joined");
    assert_eq!(body["entities"]["user"][0]["msid"], user["msid"]);
    assert_eq!(body["entities"]["user"][0]["first_name"], "Grace");

    // A wait-listed user fires member.joined_waitlist, which this target did not ask for.
    let (status, _) = call(
        reqwest::Method::POST,
        format!("{admin}/collections/habitate/users"),
        json!({"user_status": 4}),
    )
    .await;
    assert_eq!(status, 201);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        deliveries.try_recv().is_err(),
        "only the events registered for"
    );

    let journal = sandbox.requests();
    let webhook: Vec<_> = journal.iter().filter(|e| e.kind == "webhook").collect();
    assert_eq!(webhook.len(), 1, "{journal:?}");
    assert_eq!(
        (webhook[0].status, webhook[0].path.as_str()),
        (200, url.as_str())
    );

    let id = registered["id"].as_str().expect("an id");
    let (status, _) = call(
        reqwest::Method::DELETE,
        format!("{admin}/webhooks/{id}"),
        Value::Null,
    )
    .await;
    assert_eq!(status, 204);
    assert!(sandbox.webhooks().is_empty());
}

#[tokio::test]
async fn failed_attempts_are_retried_and_each_is_journaled() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let (url, mut deliveries) = target(500).await;
    sandbox.register_webhook("habitate", &url, &[]);
    let mut fields = serde_json::Map::new();
    fields.insert("user_status".into(), json!(10));
    sandbox
        .create_item("habitate", "users", fields)
        .expect("a user");
    for _ in 0..4 {
        next(&mut deliveries).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(deliveries.try_recv().is_err(), "4 attempts, no more");
    let attempts: Vec<(u16, Value)> = sandbox
        .requests()
        .into_iter()
        .filter(|e| e.kind == "webhook")
        .map(|e| (e.status, e.note["attempt"].clone()))
        .collect();
    assert_eq!(
        attempts,
        vec![
            (500, json!(1)),
            (500, json!(2)),
            (500, json!(3)),
            (500, json!(4))
        ]
    );
    assert_eq!(sandbox.webhooks()[0].failures, 4);
}

#[tokio::test]
async fn bad_registrations_and_items_are_refused_with_what_to_do() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let admin = sandbox.admin_url();
    for (body, says) in [
        (
            json!({"provider": "myspace", "url": "http://127.0.0.1:1/"}),
            "the sandbox serves",
        ),
        (
            json!({"provider": "habitate", "url": "https://example.com/"}),
            "http://",
        ),
        (json!({"provider": "habitate"}), "`url`"),
        (
            json!({"provider": "habitate", "url": "http://127.0.0.1:1/", "colour": 1}),
            "unknown field",
        ),
    ] {
        let (status, answer) = call(reqwest::Method::POST, format!("{admin}/webhooks"), body).await;
        assert_eq!(status, 400);
        assert!(
            answer["error"].as_str().unwrap_or("").contains(says),
            "{answer}"
        );
    }
    let (status, answer) = call(
        reqwest::Method::POST,
        format!("{admin}/collections/habitate/members"),
        json!({}),
    )
    .await;
    assert_eq!(status, 404);
    assert!(
        answer["error"].as_str().unwrap_or("").contains("users"),
        "{answer}"
    );
    let (status, _) = call(
        reqwest::Method::PATCH,
        format!("{admin}/collections/groupboss/groups/no-such-group"),
        json!({"name": "x"}),
    )
    .await;
    assert_eq!(status, 404);
}
