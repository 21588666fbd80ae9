//! The HTTP server: routes each request to the admin API or to its provider and operation,
//! applies faults, checks auth and the request, answers, and journals what it answered.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming as Body;
use hyper::{Request, Response};
use serde_json::json;
use tokio::net::TcpListener;

use crate::faults::{Fault, Faults};
use crate::journal::Entry;
use crate::reply::{Failure, Reply, failure};
use crate::request::Incoming;
use crate::rng::Rng;
use crate::shared::{Shared, World};
use crate::spec::Route;
use crate::state::Provider;
use crate::{actions, admin, auth, validate};

/// The largest admin request body read: admin bodies are a few fields of JSON.
const ADMIN_BODY_LIMIT: usize = 64 * 1024;

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
    let (parts, body) = request.into_parts();
    if admin::serves(parts.uri.path()) {
        // Admin requests bypass faults (or `dropped: 1` could never be undone) and the journal
        // (which would fill with its own reads).
        let body = Limited::new(body, ADMIN_BODY_LIMIT)
            .collect()
            .await
            .map(|b| b.to_bytes())
            .ok();
        return respond(admin::answer(&shared, &parts, body).await);
    }
    let started = Instant::now();
    let world = shared.world();
    let name = find_provider(&world, parts.uri.path()).map_or("", |(p, _)| p.spec.name);
    let entry = Entry::received(&shared.redactor, &parts, name);
    let faults = shared.faults();
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    let number = shared.requests.fetch_add(1, Ordering::Relaxed);
    let fault = faults.draw(
        &mut Rng::new(world.seed)
            .derive("faults")
            .derive(&number.to_string()),
    );
    if fault == Fault::Dropped {
        record(&shared, entry, 0, fault, started);
        return Err(Dropped);
    }
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let (reply, applied) = match resolve(&world, &parts) {
        Err(reply) => (reply, Fault::None),
        Ok(target) => match injected(&target, fault, &faults) {
            Some(reply) => (reply, fault),
            None => spoil(
                serve_operation(&shared, &world, &target, &parts, &body),
                fault,
            ),
        },
    };
    record(&shared, entry, reply.status, applied, started);
    if applied == Fault::Truncated {
        // Declare more than is sent: the client sees the connection end mid-body.
        let declared = reply.body.len() + 64;
        let cut = reply.body.slice(..reply.body.len() / 2);
        let reply =
            Reply { body: cut, ..reply }.with_header("content-length", declared.to_string());
        return respond(reply);
    }
    respond(reply)
}

/// The error answer of an injected 429 or 503, in the provider's format; `None` for a fault
/// that spoils an answer instead (or none).
fn injected(target: &Target<'_>, fault: Fault, faults: &Faults) -> Option<Reply> {
    let spec = &target.provider.spec;
    match fault {
        Fault::RateLimited => {
            let reply = failure(spec, Failure::RateLimited, "rate limit exceeded");
            Some(reply.with_header("retry-after", faults.retry_after.as_secs().to_string()))
        }
        Fault::ServerError => {
            let message = "the sandbox injected a server error";
            let mut reply = failure(spec, Failure::ServerError, message);
            reply.status = 503;
            Some(reply)
        }
        _ => None,
    }
}

/// A success spoiled by a malformed or truncated body fault (the truncation happens on the
/// way out), with the fault that applied; errors are left alone.
fn spoil(reply: Reply, fault: Fault) -> (Reply, Fault) {
    match fault {
        Fault::Malformed if reply.status < 300 => (
            Reply {
                body: Bytes::from_static(b"{\"sandbox\": \"malformed\", \"data\": [1, 2,"),
                ..reply
            },
            fault,
        ),
        Fault::Truncated if reply.status < 300 => (reply, fault),
        _ => (reply, Fault::None),
    }
}

/// Journals a provider request with its answer; `fault` is the one that changed the answer.
fn record(shared: &Shared, mut entry: Entry, status: u16, fault: Fault, started: Instant) {
    entry.status = status;
    entry.duration_ms = (started.elapsed().as_secs_f64() * 1e6).round() / 1e3;
    if fault != Fault::None {
        entry.note = json!({ "fault": fault.name() });
    }
    shared.journal.record(entry);
}

/// The response for `reply`.
fn respond(reply: Reply) -> Result<Response<Full<Bytes>>, Dropped> {
    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(name, value);
    }
    response.body(Full::new(reply.body)).map_err(|_| Dropped)
}

/// The operation a request names.
struct Target<'a> {
    provider: &'a Provider,
    route: &'a Route,
    /// The path after the provider's prefix.
    rest: &'a str,
    params: Vec<(String, String)>,
}

/// The provider and operation of a request, or the 404 saying there is none.
fn resolve<'a>(world: &'a World, parts: &'a http::request::Parts) -> Result<Target<'a>, Reply> {
    let path = parts.uri.path();
    let Some((provider, rest)) = find_provider(world, path) else {
        return Err(Reply::json(
            404,
            &json!({"error": format!("no provider serves {path}")}),
        ));
    };
    let spec = &provider.spec;
    let method = parts.method.as_str();
    spec.routes
        .iter()
        .filter(|r| r.method == method)
        .find_map(|r| r.matches(rest).map(|params| (r, params)))
        .map(|(route, params)| Target {
            provider,
            route,
            rest,
            params,
        })
        .ok_or_else(|| {
            failure(
                spec,
                Failure::NotFound,
                &format!("no operation {method} {rest}"),
            )
        })
}

/// Checks auth and the request, runs the operation, and hands its item events on.
fn serve_operation(
    shared: &Arc<Shared>,
    world: &World,
    target: &Target<'_>,
    parts: &http::request::Parts,
    body: &Bytes,
) -> Reply {
    let (provider, route) = (target.provider, target.route);
    let spec = &provider.spec;
    let mut incoming = Incoming::new(target.rest, parts.uri.query(), parts.headers.clone(), body);
    incoming.prefix = format!("/{}{}", spec.name, spec.base_path);
    incoming.path_params = target.params.clone();
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
    let reply = actions::handle(provider, route, &incoming, world.seed);
    dispatch(shared, provider);
    reply
}

/// Hands the item events `provider`'s data collected (`created`, `updated`, `deleted`, in
/// order) to webhook delivery, which posts them to the subscribed targets.
pub fn dispatch(shared: &Arc<Shared>, provider: &Provider) {
    let events = provider
        .data
        .lock()
        .map(|mut d| std::mem::take(&mut d.events))
        .unwrap_or_default();
    if !events.is_empty() {
        shared.webhooks.deliver(shared, provider, events);
    }
}

/// The provider whose prefix (`/<name><base path>`) starts `path`, and the rest of the path.
fn find_provider<'a>(world: &'a World, path: &'a str) -> Option<(&'a Provider, &'a str)> {
    world.providers.iter().find_map(|p| {
        let prefix = format!("/{}{}", p.spec.name, p.spec.base_path);
        let rest = path.strip_prefix(&prefix)?;
        (rest.is_empty() || rest.starts_with('/')).then_some((p, rest))
    })
}
