//! What can go wrong with a delivery: it is not authentic ([`VerifyError`]), or its body is
//! not a valid delivery ([`BodyError`]); [`WebhookError`] is either.
//!
//! No message carries a secret, a received signature or token, or a URL (a target URL may
//! hold the token): only the names of the header or query parameter involved.

use super::BodyError;

/// A delivery that could not be authenticated. Answer it with 401 (see
/// [`WebhookError::status`]) and do not read its body.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The signature header is absent (or empty).
    #[error("the `{header}` header is missing")]
    MissingSignature {
        /// The header's name.
        header: &'static str,
    },
    /// The signature header is not a signature in an accepted encoding.
    #[error("the `{header}` header is not a signature: {reason}")]
    BadEncoding {
        /// The header's name.
        header: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The signature does not match the body (and URL) signed with the secret.
    #[error("the `{header}` signature does not match the delivery")]
    SignatureMismatch {
        /// The header's name.
        header: &'static str,
    },
    /// The request URL has no token query parameter (or more than one).
    #[error("the request URL has no single `{param}` query parameter")]
    MissingToken {
        /// The query parameter's name.
        param: &'static str,
    },
    /// The request URL's token is not the secret.
    #[error("the request URL's `{param}` does not match the secret")]
    TokenMismatch {
        /// The query parameter's name.
        param: &'static str,
    },
    /// The receiver was given an empty secret, with which anyone could sign: it refuses every
    /// delivery until configured.
    #[error("the webhook secret is empty: every delivery is refused")]
    EmptySecret,
}

/// Why a delivery was refused: not authentic, or not a valid body.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The delivery is not authentic (or the receiver has no secret).
    #[error("webhook delivery refused: {0}")]
    Unauthenticated(#[from] VerifyError),
    /// The delivery is authentic but its body is not a valid delivery.
    #[error(transparent)]
    InvalidBody(#[from] BodyError),
}

impl WebhookError {
    /// The status to answer the delivery with: 401 when it is not authentic, 400 when its
    /// body is invalid, 500 when the receiver itself has no secret (so that the provider
    /// tries again once it is configured).
    pub fn status(&self) -> http::StatusCode {
        match self {
            WebhookError::Unauthenticated(VerifyError::EmptySecret) => {
                http::StatusCode::INTERNAL_SERVER_ERROR
            }
            WebhookError::Unauthenticated(_) => http::StatusCode::UNAUTHORIZED,
            WebhookError::InvalidBody(_) => http::StatusCode::BAD_REQUEST,
        }
    }

    /// The JSON path of a body problem (`member_info.email`), `None` when the delivery was
    /// refused before its body was read.
    pub fn path(&self) -> Option<&str> {
        match self {
            WebhookError::InvalidBody(error) => Some(error.path()),
            WebhookError::Unauthenticated(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_paths() {
        let refused = WebhookError::from(VerifyError::SignatureMismatch { header: "x-sig" });
        assert_eq!(refused.status(), http::StatusCode::UNAUTHORIZED);
        assert_eq!(refused.path(), None);
        assert_eq!(
            refused.to_string(),
            "webhook delivery refused: the `x-sig` signature does not match the delivery"
        );
        let invalid = WebhookError::from(BodyError::new("test", "a.b", "missing field"));
        assert_eq!(invalid.status(), http::StatusCode::BAD_REQUEST);
        assert_eq!(invalid.path(), Some("a.b"));
        let empty = WebhookError::from(VerifyError::EmptySecret);
        assert_eq!(empty.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }
}
