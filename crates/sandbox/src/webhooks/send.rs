//! One POST to a webhook target, over plain HTTP/1.1 (targets are local receivers: the
//! sandbox never reaches the internet, and has no TLS).

use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// The headers every delivery carries (besides `host` and `content-length`).
pub const HEADERS: [(&str, &str); 2] = [
    ("content-type", "application/json"),
    ("user-agent", "groupkit-sandbox-webhooks"),
];

/// How long a target has to answer.
const TIMEOUT: Duration = Duration::from_secs(5);

/// POSTs `body` to `url`: the status, or why there is none.
pub async fn post(url: &str, body: &str, extra: &[(String, String)]) -> Result<u16, String> {
    match tokio::time::timeout(TIMEOUT, attempt(url, body, extra)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(format!("no answer within {} s", TIMEOUT.as_secs())),
    }
}

async fn attempt(url: &str, body: &str, extra: &[(String, String)]) -> Result<u16, String> {
    let url = url::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
    if url.scheme() != "http" {
        return Err("the sandbox delivers to http:// targets only".into());
    }
    let host = url.host_str().ok_or("the URL has no host")?;
    let port = url.port_or_known_default().unwrap_or(80);
    let stream = TcpStream::connect((host, port))
        .await
        .map_err(|e| format!("cannot connect: {e}"))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake failed: {e}"))?;
    tokio::spawn(connection);
    let path = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let authority = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    };
    let mut request = hyper::Request::post(path).header("host", authority);
    for (name, value) in HEADERS {
        request = request.header(name, value);
    }
    for (name, value) in extra {
        request = request.header(name.as_str(), value.as_str());
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_owned())))
        .map_err(|e| format!("cannot build the request: {e}"))?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| format!("no answer: {e}"))?;
    Ok(response.status().as_u16())
}
