//! A webhook receiver for all four providers, one route each, with axum.
//!
//! Each route hands the raw headers, URL and body to its provider's `verify_and_parse`,
//! which authenticates the delivery before reading it, and answers what the provider
//! expects: 2xx once the event is taken (Groups.io is said to expect 204, the others 200),
//! 401 when the delivery is not authentic, 400 when its body is invalid (500 while a secret
//! is not configured, so that the provider tries again later).
//!
//! ```text
//! GROUPSIO_WEBHOOK_SECRET=...                     POST /webhooks/groupsio   (x-groupsio-signature)
//! SENDHUB_API_KEY=... SENDHUB_WEBHOOK_URL=https://example.com/webhooks/sendhub
//!                                                 POST /webhooks/sendhub    (X-SendHub-Signature)
//! GROUPBOSS_WEBHOOK_TOKEN=...                     POST /webhooks/groupboss?token=...
//! HABITATE_WEBHOOK_TOKEN=...                      POST /webhooks/habitate?token=...
//! cargo run -p groupkit --example webhook_receiver      # listens on 127.0.0.1:3000 (BIND=...)
//! ```
//!
//! SendHub signs the URL it posts to, so the receiver must know its public URL exactly as it
//! is configured on the SendHub account (`SENDHUB_WEBHOOK_URL`). Groupboss and Habitate sign
//! nothing: subscribe them with the URL that `target_url` builds, which carries the token.
//!
//! Nothing here logs a secret, a URL (a target URL carries its token) or a body.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::routing::post;
use groupkit::webhook::{WebhookError, WebhookSecret};
use groupkit::{groupboss, groupsio, habitate, sendhub};

/// What the receiver checks deliveries with, read once at start.
struct Secrets {
    groupsio: WebhookSecret,
    sendhub_api_key: WebhookSecret,
    sendhub_url: String,
    groupboss: WebhookSecret,
    habitate: WebhookSecret,
}

impl Secrets {
    /// Reads the environment. A missing secret is empty, which refuses every delivery (with
    /// 500, so that the provider tries again once it is set).
    fn from_env() -> Secrets {
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        Secrets {
            groupsio: WebhookSecret::new(var("GROUPSIO_WEBHOOK_SECRET")),
            sendhub_api_key: WebhookSecret::new(var("SENDHUB_API_KEY")),
            sendhub_url: var("SENDHUB_WEBHOOK_URL"),
            groupboss: WebhookSecret::new(var("GROUPBOSS_WEBHOOK_TOKEN")),
            habitate: WebhookSecret::new(var("HABITATE_WEBHOOK_TOKEN")),
        }
    }
}

type Shared = State<Arc<Secrets>>;

/// The answer to a refused delivery. The error names a header, a query parameter or a JSON
/// path, never a secret.
fn refuse(provider: &str, error: &WebhookError) -> StatusCode {
    eprintln!("{provider}: {error}");
    error.status()
}

async fn groupsio(State(secrets): Shared, headers: HeaderMap, body: Bytes) -> StatusCode {
    match groupsio::webhooks::verify_and_parse(&headers, &body, &secrets.groupsio) {
        Ok(event) => {
            // Store the event and process it later; answer quickly, and with 2xx also when
            // the event cannot be processed, so that Groups.io does not send it again.
            println!("groupsio: {} (event {:?})", event.action(), event.id());
            StatusCode::NO_CONTENT
        }
        Err(error) => refuse("groupsio", &error),
    }
}

async fn sendhub(State(secrets): Shared, headers: HeaderMap, body: Bytes) -> StatusCode {
    let url = &secrets.sendhub_url;
    match sendhub::webhooks::verify_and_parse(&headers, url, &body, &secrets.sendhub_api_key) {
        Ok(delivery) => {
            println!("sendhub: a delivery with {} fields", delivery.body.len());
            StatusCode::OK
        }
        Err(error) => refuse("sendhub", &error),
    }
}

async fn groupboss(State(secrets): Shared, uri: Uri, body: Bytes) -> StatusCode {
    match groupboss::webhooks::verify_and_parse(&uri.to_string(), &body, &secrets.groupboss) {
        Ok(delivery) => {
            // The payload is unauthenticated beyond the token: fetch the group through the
            // API before acting on it.
            println!("groupboss: {}", delivery.webhook.event.as_str());
            StatusCode::OK
        }
        Err(error) => refuse("groupboss", &error),
    }
}

async fn habitate(State(secrets): Shared, uri: Uri, body: Bytes) -> StatusCode {
    match habitate::webhooks::verify_and_parse(&uri.to_string(), &body, &secrets.habitate) {
        Ok(event) => {
            println!(
                "habitate: {} (job {:?})",
                event.event_name(),
                event.job_id()
            );
            StatusCode::OK
        }
        Err(error) => refuse("habitate", &error),
    }
}

/// The four routes.
fn router(secrets: Secrets) -> Router {
    Router::new()
        .route("/webhooks/groupsio", post(groupsio))
        .route("/webhooks/sendhub", post(sendhub))
        .route("/webhooks/groupboss", post(groupboss))
        .route("/webhooks/habitate", post(habitate))
        .with_state(Arc::new(secrets))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router(Secrets::from_env())).await
}
