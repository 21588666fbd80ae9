//! The standalone binary, as a user runs it: a process, its options, what it prints, and plain
//! HTTP against it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use base64::Engine;

const BIN: &str = env!("CARGO_BIN_EXE_groupkit-sandbox");

/// The running binary; killed when dropped.
struct Running {
    child: Child,
    /// Everything it printed up to "press Ctrl-C to stop".
    banner: Vec<String>,
}

impl Running {
    fn start(args: &[&str]) -> Running {
        let mut child = Command::new(BIN)
            .args(["--port", "0"])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut banner = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("a line");
            let done = line.starts_with("press Ctrl-C");
            banner.push(line);
            if done {
                break;
            }
        }
        Running { child, banner }
    }

    fn address(&self) -> String {
        self.banner[0]
            .strip_prefix("groupkit sandbox on http://")
            .expect("the first line names the address")
            .to_owned()
    }

    fn curls(&self) -> Vec<&str> {
        self.banner
            .iter()
            .filter_map(|l| l.trim().strip_prefix("curl "))
            .collect()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer over plain HTTP: the status (0 when the connection closed without one), the
/// head's text and the body.
struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Sends one request over plain HTTP/1.1 (a fresh connection, closed after).
fn send(
    address: &str,
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: &str,
) -> Answer {
    let mut stream = TcpStream::connect(address).expect("connects");
    let mut request = format!(
        "{method} {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).expect("writes");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    Answer {
        status: head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0),
        head: head.to_ascii_lowercase(),
        body: body.to_owned(),
    }
}

/// Sends a GET with these headers over plain HTTP/1.1; returns the status.
fn get(address: &str, target: &str, headers: &[(String, String)]) -> u16 {
    send(address, "GET", target, headers, "").status
}

/// Runs a printed `curl [-H 'N: V'] [-u 'U:P'] 'URL'` line by hand; returns the status.
fn run_curl(address: &str, curl: &str) -> u16 {
    let parts: Vec<&str> = curl.split('\'').collect();
    let mut headers = Vec::new();
    let mut url = "";
    for pair in parts.chunks(2) {
        let (flag, value) = (pair[0].trim(), pair.get(1).copied().unwrap_or(""));
        match flag {
            "-H" => {
                let (name, v) = value.split_once(": ").expect("a header");
                headers.push((name.to_owned(), v.to_owned()));
            }
            "-u" => {
                let encoded = base64::engine::general_purpose::STANDARD.encode(value);
                headers.push(("Authorization".to_owned(), format!("Basic {encoded}")));
            }
            "" if !value.is_empty() => url = value,
            _ => {}
        }
    }
    let target = url
        .strip_prefix(&format!("http://{address}"))
        .expect("the curl targets this sandbox");
    get(address, target, &headers)
}

#[test]
fn it_prints_each_base_url_the_credentials_and_a_curl_that_works_per_provider() {
    let sandbox = Running::start(&[]);
    let address = sandbox.address();
    assert!(
        address.starts_with("127.0.0.1:"),
        "loopback by default: {address}"
    );
    let text = sandbox.banner.join("\n");
    for provider in ["groupboss", "groupsio", "sendhub", "habitate"] {
        assert!(
            text.contains(&format!("http://{address}/{provider}/")),
            "{text}"
        );
    }
    assert!(text.contains("sandbox-api-key") && text.contains("sandbox-password"));
    assert!(
        text.contains(&format!("http://{address}/__sandbox/")),
        "the admin URL: {text}"
    );
    let curls = sandbox.curls();
    assert_eq!(curls.len(), 4, "{text}");
    for curl in curls {
        assert_eq!(run_curl(&address, curl), 200, "{curl}");
    }
}

#[test]
fn fault_flags_reach_the_server() {
    let sandbox = Running::start(&["--server-errors", "1"]);
    let address = sandbox.address();
    let curl = sandbox.curls()[0].to_owned();
    assert_eq!(run_curl(&address, &curl), 503, "{curl}");

    let sandbox = Running::start(&["--rate-limited", "1", "--retry-after", "7"]);
    let address = sandbox.address();
    let curl = sandbox.curls()[0].to_owned();
    assert_eq!(run_curl(&address, &curl), 429, "{curl}");
}

#[test]
fn help_documents_every_option() {
    let output = Command::new(BIN).arg("--help").output().expect("runs");
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--port",
        "--host",
        "--seed",
        "--size",
        "--latency-ms",
        "--rate-limited",
        "--retry-after",
        "--server-errors",
        "--malformed",
        "--truncated",
        "--dropped",
    ] {
        assert!(help.contains(flag), "{flag} in {help}");
    }
}

/// Runs the binary with `args`, which must be refused; returns what it printed on stderr.
fn refused(args: &[&str]) -> String {
    let output = Command::new(BIN).args(args).output().expect("runs");
    assert!(!output.status.success(), "{args:?} was accepted");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_size_for_what_does_not_exist_names_what_does() {
    let error = refused(&["--port", "0", "--size", "nope.items=3"]);
    assert!(
        error.contains("groupboss, groupsio, sendhub, habitate"),
        "{error}"
    );
    let error = refused(&["--port", "0", "--size", "groupboss.nope=3"]);
    assert!(
        error.contains("groupboss has no collection `nope`: it has "),
        "{error}"
    );
    let error = refused(&["--size", "groupboss-emails"]);
    assert!(error.contains("PROVIDER.COLLECTION=N"), "{error}");
}

/// The SendHub groups' names, listed with the query credentials the banner's curl uses.
fn sendhub_group_names(address: &str, query: &str) -> Vec<String> {
    let answer = send(
        address,
        "GET",
        &format!("/sendhub/v1/groups/?{query}&limit=1000"),
        &[],
        "",
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()["objects"]
        .as_array()
        .expect("a list of groups")
        .iter()
        .filter_map(|g| g["name"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn the_admin_api_answers_over_plain_http() {
    let sandbox = Running::start(&[]);
    let address = sandbox.address();
    let json = [("Content-Type".to_owned(), "application/json".to_owned())];

    // The index: every base URL, the curls escaped, nothing taken from the request unescaped.
    let index = send(
        &address,
        "GET",
        "/__sandbox/",
        &[("X-Evil".into(), "<script>".into())],
        "",
    );
    assert_eq!(index.status, 200);
    assert!(
        index.head.contains("content-type: text/html"),
        "{}",
        index.head
    );
    for line in sandbox
        .banner
        .iter()
        .filter(|l| l.contains("://") && !l.contains("curl"))
    {
        let url = line.split_whitespace().last().unwrap_or("");
        assert!(index.body.contains(url), "{url} in the index");
    }
    assert!(
        index.body.contains("username=demo&amp;api_key="),
        "the & is escaped"
    );
    assert!(!index.body.contains("<script") && !index.body.contains("'http"));

    // An OpenAPI document an OpenAPI tool can load against this sandbox.
    let openapi = send(&address, "GET", "/__sandbox/openapi/groupsio", &[], "");
    assert!(openapi.head.contains("content-type: application/json"));
    let doc = openapi.json();
    assert!(doc["paths"].as_object().is_some_and(|p| p.len() > 10));
    assert_eq!(
        doc["servers"][0]["url"],
        format!("http://{address}/groupsio/api/v1")
    );
    assert_eq!(
        send(&address, "GET", "/__sandbox/openapi/nope", &[], "").status,
        404
    );

    // Faults: a provider request answered 503, journaled with its credentials redacted.
    let curls: Vec<String> = sandbox.curls().iter().map(|c| (*c).to_owned()).collect();
    let sendhub = curls
        .iter()
        .find(|c| c.contains("/sendhub/"))
        .expect("SendHub's curl");
    assert_eq!(run_curl(&address, sendhub), 200);
    let put = send(
        &address,
        "PUT",
        "/__sandbox/faults",
        &json,
        r#"{"server_errors": 1}"#,
    );
    assert_eq!(
        (put.status, &put.json()["server_errors"]),
        (200, &serde_json::json!(1.0))
    );
    assert_eq!(run_curl(&address, &curls[0]), 503, "{}", curls[0]);
    let journal = send(&address, "GET", "/__sandbox/requests", &[], "");
    assert!(journal.head.contains("content-type: application/json"));
    let entries = journal.json();
    let entries = entries.as_array().expect("a list");
    assert_eq!(entries.len(), 2, "{}", journal.body);
    assert_eq!(
        entries[0]["query"][1],
        serde_json::json!({"name": "api_key", "value": "[redacted]"})
    );
    assert_eq!(entries[1]["status"], 503);
    assert!(
        !journal.body.contains("sandbox-api-key"),
        "{}",
        journal.body
    );
    let bad = send(
        &address,
        "PUT",
        "/__sandbox/faults",
        &json,
        r#"{"dropped": 7}"#,
    );
    assert_eq!(bad.status, 400);
    assert!(
        bad.json()["error"]
            .as_str()
            .is_some_and(|e| e.contains("from 0 to 1"))
    );
    assert_eq!(
        send(&address, "PUT", "/__sandbox/faults", &json, "{}").status,
        200
    );

    // Clearing the journal.
    let cleared = send(&address, "DELETE", "/__sandbox/requests", &[], "");
    assert_eq!(cleared.json(), serde_json::json!({"cleared": 2}));
    assert_eq!(
        send(&address, "GET", "/__sandbox/requests", &[], "").json(),
        serde_json::json!([])
    );

    // Reset: a created group is gone, the seeded ones are back.
    let query = sendhub
        .split('?')
        .nth(1)
        .unwrap_or("")
        .trim_end_matches('\'');
    let seeded = sendhub_group_names(&address, query);
    let name = "made before the reset";
    let created = send(
        &address,
        "POST",
        &format!("/sendhub/v1/groups/?{query}"),
        &json,
        &format!(r#"{{"name": "{name}"}}"#),
    );
    assert!(created.status < 300, "{}", created.body);
    assert!(
        sendhub_group_names(&address, query)
            .iter()
            .any(|n| n == name)
    );
    let reset = send(&address, "POST", "/__sandbox/reset", &[], "");
    assert_eq!(reset.json(), serde_json::json!({"seed": 0}));
    assert_eq!(sendhub_group_names(&address, query), seeded);
    assert_eq!(
        send(&address, "GET", "/__sandbox/nope", &[], "").status,
        404
    );
}
