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

/// Sends a GET with these headers over plain HTTP/1.1; returns the status.
fn get(address: &str, target: &str, headers: &[(String, String)]) -> u16 {
    let mut stream = TcpStream::connect(address).expect("connects");
    let mut request = format!("GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).expect("writes");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
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
