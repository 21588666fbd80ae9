//! HMAC-SHA1 signatures in a request header (Groups.io, SendHub).

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig, general_purpose};
use hmac::{Hmac, Mac};
use http::HeaderMap;
use sha1::Sha1;

use super::{VerifyError, WebhookSecret};

/// The length of an HMAC-SHA1 tag in bytes.
const TAG_LEN: usize = 20;

/// Standard base64 read with or without its padding (signers differ; the bytes are the same).
const BASE64_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// How a signature's bytes are written in its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Encoding {
    /// Standard base64 with padding (28 characters for HMAC-SHA1); read with or without it.
    Base64,
    /// Hexadecimal (40 characters for HMAC-SHA1); read in either case.
    Hex,
}

impl Encoding {
    /// Writes `tag` in this encoding.
    fn encode(self, tag: &[u8]) -> String {
        match self {
            Encoding::Base64 => general_purpose::STANDARD.encode(tag),
            Encoding::Hex => hex::encode(tag),
        }
    }

    /// Reads a tag written in this encoding; `None` unless it is exactly an HMAC-SHA1 tag.
    fn decode(self, text: &str) -> Option<Vec<u8>> {
        let bytes = match self {
            Encoding::Base64 => BASE64_LENIENT.decode(text).ok()?,
            Encoding::Hex => hex::decode(text).ok()?,
        };
        // Lengths keep the encodings apart: 40 hex digits read as base64 are 30 bytes, and
        // 28 base64 characters are never 20 bytes of hex.
        (bytes.len() == TAG_LEN).then_some(bytes)
    }
}

/// An HMAC-SHA1 signature scheme: which header carries the tag, and in which encodings.
///
/// The message is given in parts (SendHub signs the URL followed by the body), which are
/// MACed in order as if joined, without copying the body. [`verify`](HmacSha1::verify)
/// compares with the `hmac` crate's constant-time `verify_slice`.
#[derive(Clone, Copy, Debug)]
pub struct HmacSha1 {
    header: &'static str,
    encodings: &'static [Encoding],
}

impl HmacSha1 {
    /// A scheme whose tag is in `header` (a lowercase name), written in one of `encodings`;
    /// [`sign`](HmacSha1::sign) writes the first one by default.
    pub const fn new(header: &'static str, encodings: &'static [Encoding]) -> Self {
        HmacSha1 { header, encodings }
    }

    /// The header that carries the signature.
    pub fn header(&self) -> &'static str {
        self.header
    }

    /// The encodings [`verify`](HmacSha1::verify) accepts.
    pub fn encodings(&self) -> &'static [Encoding] {
        self.encodings
    }

    /// The signature of `message` (its parts joined) under `secret`, as the header value in
    /// `encoding`. For tests and fake servers that sign deliveries.
    pub fn sign(&self, secret: &WebhookSecret, message: &[&[u8]], encoding: Encoding) -> String {
        encoding.encode(&mac(secret, message).finalize().into_bytes())
    }

    /// Checks the signature in `headers` against `message` (its parts joined) under `secret`.
    ///
    /// Fails when the header is missing or empty, appears more than once, or is not a tag in
    /// one of the scheme's encodings (an optional `sha1=` prefix is allowed), and when the tag
    /// does not match. An empty secret fails every delivery.
    pub fn verify(
        &self,
        headers: &HeaderMap,
        secret: &WebhookSecret,
        message: &[&[u8]],
    ) -> Result<(), VerifyError> {
        if secret.is_empty() {
            return Err(VerifyError::EmptySecret);
        }
        let header = self.header;
        let mut values = headers.get_all(header).iter();
        let (Some(value), None) = (values.next(), values.next()) else {
            return Err(if headers.contains_key(header) {
                VerifyError::BadEncoding {
                    header,
                    reason: "it appears more than once",
                }
            } else {
                VerifyError::MissingSignature { header }
            });
        };
        let text = value
            .to_str()
            .map_err(|_| VerifyError::BadEncoding {
                header,
                reason: "it is not ASCII text",
            })?
            .trim();
        if text.is_empty() {
            return Err(VerifyError::MissingSignature { header });
        }
        let text = strip_prefix_ignore_case(text, "sha1=");
        let tag = self
            .encodings
            .iter()
            .find_map(|encoding| encoding.decode(text))
            .ok_or(VerifyError::BadEncoding {
                header,
                reason: self.encoding_names(),
            })?;
        mac(secret, message)
            .verify_slice(&tag)
            .map_err(|_| VerifyError::SignatureMismatch { header })
    }

    /// What a tag must be, for [`VerifyError::BadEncoding`].
    fn encoding_names(&self) -> &'static str {
        let hex = self.encodings.contains(&Encoding::Hex);
        let base64 = self.encodings.contains(&Encoding::Base64);
        match (hex, base64) {
            (true, true) => "expected a 20-byte HMAC-SHA1 in hex or base64",
            (true, false) => "expected a 20-byte HMAC-SHA1 in hex",
            _ => "expected a 20-byte HMAC-SHA1 in base64",
        }
    }
}

/// The MAC of the joined `parts` under `secret`.
fn mac(secret: &WebhookSecret, parts: &[&[u8]]) -> Hmac<Sha1> {
    // HMAC takes keys of any length (longer ones are hashed), so this cannot fail.
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret.expose())
        .expect("HMAC accepts keys of any length");
    for part in parts {
        mac.update(part);
    }
    mac
}

/// `text` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> &'a str {
    match text.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) => &text[prefix.len()..],
        _ => text,
    }
}

/// A constant-time check that `received` is `secret`, also used for URL tokens: both are
/// MACed under the secret and the tags compared with `verify_slice`, so neither the contents
/// nor the length of the secret show in the timing.
pub(super) fn same_secret(secret: &WebhookSecret, received: &[u8]) -> bool {
    let expected = mac(secret, &[secret.expose()]).finalize().into_bytes();
    mac(secret, &[received]).verify_slice(&expected).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    const SCHEME: HmacSha1 = HmacSha1::new("x-test-signature", &[Encoding::Base64, Encoding::Hex]);
    const BASE64_ONLY: HmacSha1 = HmacSha1::new("x-test-signature", &[Encoding::Base64]);

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-test-signature",
            HeaderValue::from_str(value).expect("ascii"),
        );
        headers
    }

    // RFC 2202, test case 2: HMAC-SHA1 with key "Jefe".
    const RFC2202_HEX: &str = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";

    #[test]
    fn known_answer_rfc2202() {
        let secret = WebhookSecret::new("Jefe");
        let message: &[&[u8]] = &[b"what do ya want ", b"for nothing?"];
        assert_eq!(SCHEME.sign(&secret, message, Encoding::Hex), RFC2202_HEX);
        assert_eq!(
            SCHEME.sign(&secret, message, Encoding::Base64),
            "7/zfauXrL6LSdBbV8YTfnCWafHk="
        );
        assert!(
            SCHEME
                .verify(&headers(RFC2202_HEX), &secret, message)
                .is_ok()
        );
        assert!(
            SCHEME
                .verify(&headers(&RFC2202_HEX.to_uppercase()), &secret, message)
                .is_ok()
        );
        assert!(
            SCHEME
                .verify(&headers("7/zfauXrL6LSdBbV8YTfnCWafHk"), &secret, message)
                .is_ok()
        );
        assert!(
            SCHEME
                .verify(
                    &headers("sha1=7/zfauXrL6LSdBbV8YTfnCWafHk="),
                    &secret,
                    message
                )
                .is_ok()
        );
        assert_eq!(
            BASE64_ONLY.verify(&headers(RFC2202_HEX), &secret, message),
            Err(VerifyError::BadEncoding {
                header: "x-test-signature",
                reason: "expected a 20-byte HMAC-SHA1 in base64"
            })
        );
    }

    #[test]
    fn failures_are_told_apart() {
        let secret = WebhookSecret::new("Jefe");
        let message: &[&[u8]] = &[b"what do ya want for nothing?"];
        let header = "x-test-signature";
        assert_eq!(
            SCHEME.verify(&HeaderMap::new(), &secret, message),
            Err(VerifyError::MissingSignature { header })
        );
        assert_eq!(
            SCHEME.verify(&headers("  "), &secret, message),
            Err(VerifyError::MissingSignature { header })
        );
        assert!(matches!(
            SCHEME.verify(&headers("not a signature"), &secret, message),
            Err(VerifyError::BadEncoding { .. })
        ));
        // Right encoding, wrong length.
        assert!(matches!(
            SCHEME.verify(&headers("effcdf6a"), &secret, message),
            Err(VerifyError::BadEncoding { .. })
        ));
        let mut twice = headers(RFC2202_HEX);
        twice.append(header, HeaderValue::from_static(RFC2202_HEX));
        assert!(matches!(
            SCHEME.verify(&twice, &secret, message),
            Err(VerifyError::BadEncoding { .. })
        ));
        assert_eq!(
            SCHEME.verify(&headers(RFC2202_HEX), &WebhookSecret::new("jefe"), message),
            Err(VerifyError::SignatureMismatch { header })
        );
        assert_eq!(
            SCHEME.verify(
                &headers(RFC2202_HEX),
                &secret,
                &[b"what do ya want for nothing!"]
            ),
            Err(VerifyError::SignatureMismatch { header })
        );
        assert_eq!(
            SCHEME.verify(&headers(RFC2202_HEX), &WebhookSecret::new(""), message),
            Err(VerifyError::EmptySecret)
        );
    }

    #[test]
    fn same_secret_compares_whole_values() {
        let secret = WebhookSecret::new("t0ken");
        assert!(same_secret(&secret, b"t0ken"));
        assert!(!same_secret(&secret, b"t0ke"));
        assert!(!same_secret(&secret, b"t0ken0"));
        assert!(!same_secret(&secret, b""));
    }
}
