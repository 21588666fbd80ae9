//! Webhook deliveries: `X-SendHub-Signature` over the URL followed by the body, checked
//! against known answers computed independently with Python's `hmac`, in hex and in base64;
//! tampering, another URL, a wrong key and a missing header refused; no key in any message.
#![allow(clippy::unwrap_used)]

use groupkit_core::http::{HeaderMap, HeaderValue};
use groupkit_sendhub::webhooks::{self, Encoding, VerifyError, WebhookError, WebhookSecret};

const API_KEY: &str = "sh-api-key-0c9e";
const URL: &str = "https://example.com/hooks/sendhub?x=1";
const BODY: &[u8] = br#"{"text":"STOP","number":"5551234567"}"#;
// python3 -c "import hmac,hashlib,base64;d=hmac.new(b'sh-api-key-0c9e',
//   b'https://example.com/hooks/sendhub?x=1'+BODY,hashlib.sha1).digest();
//   print(d.hex(),base64.b64encode(d).decode())"
const HEX: &str = "22a92b16dc05204129fae187b92fc3457db7b1d5";
const BASE64: &str = "IqkrFtwFIEEp+uGHuS/DRX23sdU=";

fn key() -> WebhookSecret {
    WebhookSecret::new(API_KEY)
}

fn signed(signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        "X-SendHub-Signature",
        HeaderValue::from_str(signature).unwrap(),
    );
    headers
}

#[test]
fn known_answers_in_hex_and_base64() {
    assert_eq!(webhooks::sign(&key(), URL, BODY, Encoding::Hex), HEX);
    assert_eq!(webhooks::sign(&key(), URL, BODY, Encoding::Base64), BASE64);
    for signature in [
        HEX,
        &HEX.to_uppercase(),
        BASE64,
        BASE64.trim_end_matches('='),
    ] {
        let delivery = webhooks::verify_and_parse(&signed(signature), URL, BODY, &key())
            .unwrap_or_else(|e| panic!("{signature}: {e}"));
        assert_eq!(delivery.body["text"], "STOP");
        assert_eq!(delivery.body["number"], "5551234567");
    }
}

#[test]
fn the_url_is_signed_too() {
    let header = "x-sendhub-signature";
    let mismatch = Err(VerifyError::SignatureMismatch { header });
    for url in [
        "https://example.com/hooks/sendhub",
        "http://example.com/hooks/sendhub?x=1",
        "https://example.com/hooks/sendhub?x=2",
        "",
    ] {
        assert_eq!(
            webhooks::verify(&signed(HEX), url, BODY, &key()),
            mismatch,
            "{url}"
        );
    }
    // Moving bytes between the URL and the body changes nothing for a naive concatenation:
    // the signature covers the joined bytes, as SendHub describes.
    let joined = [URL.as_bytes(), BODY].concat();
    let (url, body) = joined.split_at(URL.len() - 1);
    assert!(
        webhooks::verify(
            &signed(HEX),
            std::str::from_utf8(url).unwrap(),
            body,
            &key()
        )
        .is_ok()
    );
}

#[test]
fn forged_deliveries_are_refused() {
    let header = "x-sendhub-signature";
    let mut tampered = BODY.to_vec();
    tampered[10] = b'X';
    let cases: Vec<(HeaderMap, &[u8], WebhookSecret, VerifyError)> = vec![
        (
            signed(HEX),
            &tampered,
            key(),
            VerifyError::SignatureMismatch { header },
        ),
        (
            signed(BASE64),
            &tampered,
            key(),
            VerifyError::SignatureMismatch { header },
        ),
        (
            signed(HEX),
            BODY,
            WebhookSecret::new("sh-api-key-0c9f"),
            VerifyError::SignatureMismatch { header },
        ),
        (
            HeaderMap::new(),
            BODY,
            key(),
            VerifyError::MissingSignature { header },
        ),
        (
            signed("22a92b16dc05"),
            BODY,
            key(),
            VerifyError::BadEncoding {
                header,
                reason: "expected a 20-byte HMAC-SHA1 in hex or base64",
            },
        ),
        (
            signed(HEX),
            BODY,
            WebhookSecret::new(""),
            VerifyError::EmptySecret,
        ),
    ];
    for (headers, body, key, expected) in cases {
        assert_eq!(
            webhooks::verify_and_parse(&headers, URL, body, &key),
            Err(WebhookError::Unauthenticated(expected))
        );
    }
}

#[test]
fn bodies_must_be_json_objects() {
    for (body, message) in [
        (&b""[..], "the body is empty"),
        (b"[1]", "expected a JSON object, found an array"),
        (b"{\"text\": ", "EOF"),
        (b"text=STOP", "line 1 column"),
    ] {
        let headers = signed(&webhooks::sign(&key(), URL, body, Encoding::Base64));
        let error = webhooks::verify_and_parse(&headers, URL, body, &key()).unwrap_err();
        assert_eq!(error.status(), 400);
        assert_eq!(error.path(), Some("."));
        assert!(error.to_string().contains(message), "{error}");
    }
}

#[test]
fn the_api_key_is_never_printed() {
    let key = key();
    let mut messages = vec![format!("{key:?}"), key.to_string()];
    for headers in [signed(HEX), HeaderMap::new(), signed("zz")] {
        let error =
            webhooks::verify_and_parse(&headers, URL, BODY, &WebhookSecret::new("x")).unwrap_err();
        messages.push(format!("{error:?} {error}"));
        let error = webhooks::verify_and_parse(&headers, "", b"[]", &key).unwrap_err();
        messages.push(format!("{error:?} {error}"));
    }
    let error = webhooks::verify_and_parse(
        &signed(&webhooks::sign(&key, URL, b"[]", Encoding::Hex)),
        URL,
        b"[]",
        &key,
    )
    .unwrap_err();
    messages.push(format!("{error:?} {error}"));
    for message in messages {
        for part in [API_KEY, "sh-api", "0c9e", "example.com"] {
            assert!(!message.contains(part), "{message}");
        }
    }
}
