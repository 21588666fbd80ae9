//! The HTTP server: routes each request to its provider and operation, applies faults, checks
//! auth and the request, and answers.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming as Body;
use hyper::{Request, Response};
use tokio::net::TcpListener;

use crate::faults::{Fault, Faults};
use crate::reply::{Failure, Reply, failure};
use crate::request::Incoming;
use crate::rng::Rng;
use crate::state::Provider;
use crate::{actions, auth, validate};

/// What every connection shares.
#[derive(Debug)]
pub struct Shared {
    /// The providers.
    pub providers: Vec<Provider>,
    /// The faults in force.
    pub faults: Mutex<Faults>,
    /// The seed.
    pub seed: u64,
    /// Requests served, for drawing faults.
    pub requests: AtomicU64,
    /// What was received and sent.
    #[allow(dead_code, reason = "recorded by the admin API, being written")]
    pub journal: crate::journal::Journal,
}

/// A request the sandbox answers by closing the connection.
#[derive(Debug)]
pub struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for Dropped {}

/// Accepts connections until the task is aborted.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |request| answer(shared.clone(), request));
            // A connection error (a client gone, a dropped fault) ends that connection only.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}

async fn answer(
    shared: Arc<Shared>,
    request: Request<Body>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    let faults = shared.faults.lock().map(|f| f.clone()).unwrap_or_default();
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let number = shared.requests.fetch_add(1, Ordering::Relaxed);
    let fault = faults.draw(
        &mut Rng::new(shared.seed)
            .derive("faults")
            .derive(&number.to_string()),
    );
    if fault == Fault::Dropped {
        return Err(Dropped);
    }
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let reply = route(&shared, &parts, &body, fault);
    let reply = match fault {
        Fault::Malformed if reply.status < 300 => Reply {
            body: Bytes::from_static(b"{\"sandbox\": \"malformed\", \"data\": [1, 2,"),
            ..reply
        },
        Fault::RateLimited => {
            reply.with_header("retry-after", faults.retry_after.as_secs().to_string())
        }
        _ => reply,
    };
    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(name, value);
    }
    if fault == Fault::Truncated && reply.status < 300 {
        // Declare more than is sent: the client sees the connection end mid-body.
        let declared = reply.body.len() + 64;
        let cut = reply.body.slice(..reply.body.len() / 2);
        response = response.header("content-length", declared);
        return response.body(Full::new(cut)).map_err(|_| Dropped);
    }
    response.body(Full::new(reply.body)).map_err(|_| Dropped)
}

fn route(shared: &Shared, parts: &http::request::Parts, body: &Bytes, fault: Fault) -> Reply {
    let path = parts.uri.path();
    let Some((provider, rest)) = find_provider(shared, path) else {
        return Reply::json(
            404,
            &serde_json::json!({"error": format!("no provider serves {path}")}),
        );
    };
    let spec = &provider.spec;
    let method = parts.method.as_str();
    let Some((route, params)) = spec
        .routes
        .iter()
        .filter(|r| r.method == method)
        .find_map(|r| r.matches(rest).map(|p| (r, p)))
    else {
        return failure(
            spec,
            Failure::NotFound,
            &format!("no operation {method} {rest}"),
        );
    };
    match fault {
        Fault::RateLimited => return failure(spec, Failure::RateLimited, "rate limit exceeded"),
        Fault::ServerError => {
            let mut reply = failure(
                spec,
                Failure::ServerError,
                "the sandbox injected a server error",
            );
            reply.status = 503;
            return reply;
        }
        _ => {}
    }
    let mut incoming = Incoming::new(rest, parts.uri.query(), parts.headers.clone(), body);
    incoming.prefix = format!("/{}{}", spec.name, spec.base_path);
    incoming.path_params = params;
    let sessions = provider
        .data
        .lock()
        .map(|d| d.sessions.clone())
        .unwrap_or_default();
    if let Err(kind) = auth::check(spec, route, &incoming, &sessions) {
        let message = match kind {
            Failure::BadCsrf => "the csrf token is missing or wrong",
            _ => "authentication failed",
        };
        return failure(spec, kind, message);
    }
    if let Err(message) = validate::check(spec, route, &incoming) {
        return failure(spec, Failure::Invalid, &message);
    }
    actions::handle(provider, route, &incoming, shared.seed)
}

/// The provider whose prefix (`/<name><base path>`) starts `path`, and the rest of the path.
fn find_provider<'a>(shared: &'a Shared, path: &'a str) -> Option<(&'a Provider, &'a str)> {
    shared.providers.iter().find_map(|p| {
        let prefix = format!("/{}{}", p.spec.name, p.spec.base_path);
        let rest = path.strip_prefix(&prefix)?;
        (rest.is_empty() || rest.starts_with('/')).then_some((p, rest))
    })
}
