//! The headers a provider adds to a delivery (`headers:`) and its signature (`signature:`),
//! from the spec's `x-groupkit-sandbox.webhooks`: HMAC-SHA1 over the parts it names (`url`,
//! `body`), keyed with the demo credential it names, in the encoding it names.
//!
//! The SDK verifies with `groupkit_core::webhook::HmacSha1`; the sandbox signs with the same
//! RustCrypto crates directly rather than through core, which would put core's HTTP client in
//! the standalone server and make core's own doc tests (which run against the sandbox) a
//! dependency cycle. The e2e tests check the two agree.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha1::Sha1;

use crate::auth::DEMO;

/// The extra headers of a delivery of `event` to `url` with `body`: the spec's `headers`
/// (`$event` filled in), then its signature header, if it signs.
pub fn headers(config: &Value, event: &str, url: &str, body: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = config
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, value)| {
            let value = value.as_str()?;
            let value = if value == "$event" { event } else { value };
            Some((name.clone(), value.to_owned()))
        })
        .collect();
    if let Some(signature) = config.get("signature") {
        let text = |key: &str| signature.get(key).and_then(Value::as_str).unwrap_or("");
        let key = match text("key") {
            "api_key" => DEMO.api_key,
            _ => DEMO.webhook_secret,
        };
        let parts: Vec<&[u8]> = signature
            .get("over")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|part| match part.as_str()? {
                "url" => Some(url.as_bytes()),
                "body" => Some(body.as_bytes()),
                _ => None,
            })
            .collect();
        headers.push((
            text("header").to_owned(),
            hmac_sha1(key, &parts, text("encoding")),
        ));
    }
    headers
}

/// The HMAC-SHA1 of `parts` in order, keyed with `key`, as `hex` or (otherwise) base64.
fn hmac_sha1(key: &str, parts: &[&[u8]], encoding: &str) -> String {
    // HMAC accepts a key of any length: `new_from_slice` cannot fail for it.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key.as_bytes()) else {
        return String::new();
    };
    for part in parts {
        mac.update(part);
    }
    let digest = mac.finalize().into_bytes();
    match encoding {
        "hex" => hex::encode(digest),
        _ => base64::engine::general_purpose::STANDARD.encode(digest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_answer_rfc_2202() {
        // RFC 2202 test case 2: key "Jefe", data "what do ya want for nothing?".
        let parts: [&[u8]; 2] = [b"what do ya want ", b"for nothing?"];
        assert_eq!(
            hmac_sha1("Jefe", &parts, "hex"),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
    }

    #[test]
    fn the_spec_names_the_headers_and_the_signature() {
        let config = json!({
            "headers": {"x-groupsio-action": "$event"},
            "signature": {"header": "x-groupsio-signature", "over": ["body"], "encoding": "base64"}
        });
        let headers = headers(&config, "added_member", "http://h/", "{}");
        assert_eq!(
            headers[0],
            ("x-groupsio-action".into(), "added_member".into())
        );
        assert_eq!(headers[1].0, "x-groupsio-signature");
        assert_eq!(headers[1].1.len(), 28, "base64 of 20 bytes");
    }
}
