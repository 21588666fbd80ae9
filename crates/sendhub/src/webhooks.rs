//! Webhook deliveries: verify that SendHub sent them, then read them, in one call.
//!
//! SendHub POSTs JSON to the WebHook URL set on the account's settings (`sms_webhook_url`)
//! for inbound messages, STOP/START blocks, group subscriptions, confirmations and
//! unsubscriptions, and a test delivery when the URL is set. It signs each one: the
//! `X-SendHub-Signature` header holds the HMAC-SHA1 of the **full webhook URL followed by the
//! body**, keyed with the account's **API key**. SendHub does not say whether the digest is
//! hex or base64, so both are accepted (compared in constant time either way).
//!
//! The URL is part of what is signed: give [`verify_and_parse`] the URL exactly as it was
//! configured (scheme, host, path and query), not the one a proxy forwarded to you.
//!
//! SendHub documents no body schema or event-type field, so a delivery is kept as its JSON
//! object ([`WebhookDelivery`]); read the fields you need from it.
//!
//! ```
//! use groupkit_sendhub::http::HeaderMap;
//! use groupkit_sendhub::webhooks::{self, Encoding, WebhookSecret};
//!
//! let api_key = WebhookSecret::new("the account's API key");
//! let url = "https://example.com/hooks/sendhub";
//! let body = br#"{"text": "STOP", "number": "5551234567"}"#;
//! // What SendHub sends (built here with `sign`, for tests and fake servers).
//! let mut headers = HeaderMap::new();
//! let signature = webhooks::sign(&api_key, url, body, Encoding::Hex);
//! headers.insert(webhooks::SIGNATURE.header(), signature.parse()?);
//!
//! let delivery = webhooks::verify_and_parse(&headers, url, body, &api_key)?;
//! assert_eq!(delivery.body["text"], "STOP");
//!
//! // Signed for another URL: refused with 401.
//! let other = "https://example.com/hooks/other";
//! let refused = webhooks::verify_and_parse(&headers, other, body, &api_key).unwrap_err();
//! assert_eq!(refused.status(), 401);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use groupkit_core::http::HeaderMap;
use groupkit_core::webhook::{self, HmacSha1};
use serde_json::{Map, Value};

pub use groupkit_core::webhook::{BodyError, Encoding, VerifyError, WebhookError, WebhookSecret};

/// How SendHub signs a delivery: HMAC-SHA1 of the URL followed by the body, keyed with the API
/// key, in `X-SendHub-Signature`, hex or base64.
pub const SIGNATURE: HmacSha1 =
    HmacSha1::new("x-sendhub-signature", &[Encoding::Hex, Encoding::Base64]);

const PROVIDER: &str = "SendHub";

/// A verified delivery: its JSON object, as sent.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// The body's fields. SendHub documents neither their names nor which one names the
    /// kind of delivery.
    pub body: Map<String, Value>,
}

/// The `X-SendHub-Signature` value for a delivery of `body` to `url` under the API key, in
/// `encoding`. For tests and fake servers that deliver signed webhooks.
pub fn sign(api_key: &WebhookSecret, url: &str, body: &[u8], encoding: Encoding) -> String {
    SIGNATURE.sign(api_key, &[url.as_bytes(), body], encoding)
}

/// Checks the signature of a delivery: `headers`, the webhook URL as configured, and the raw
/// `body` as received.
pub fn verify(
    headers: &HeaderMap,
    url: &str,
    body: &[u8],
    api_key: &WebhookSecret,
) -> Result<(), VerifyError> {
    SIGNATURE.verify(headers, api_key, &[url.as_bytes(), body])
}

/// Reads a delivery's raw body, without checking its signature (use [`verify_and_parse`] on
/// anything that came over the network): a JSON object.
pub fn parse(body: &[u8]) -> Result<WebhookDelivery, BodyError> {
    let body = webhook::into_object(PROVIDER, webhook::decode(PROVIDER, body)?)?;
    Ok(WebhookDelivery { body })
}

/// Verifies a delivery's signature, then parses its body: `headers`, the webhook URL exactly
/// as configured on the account, the raw `body` as received, and the account's API key.
pub fn verify_and_parse(
    headers: &HeaderMap,
    url: &str,
    body: &[u8],
    api_key: &WebhookSecret,
) -> Result<WebhookDelivery, WebhookError> {
    verify(headers, url, body, api_key)?;
    Ok(parse(body)?)
}
