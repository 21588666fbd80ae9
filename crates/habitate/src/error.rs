//! Habitate's error body: `{"id", "status", "time", "message"}`.
//!
//! Every error status (400, 403, 404, 405, 409, 418, 429, 500, 503) comes with this body. The
//! generated [`models::Error`](crate::models::Error) is the type; this module makes it a
//! [`ProviderError`] so that an [`ApiError`](groupkit_core::ApiError) carries it decoded:
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! # let client = groupkit_habitate::Client::builder()
//! #     .base_url(sandbox.base_url("habitate"))
//! #     .basic("docs", groupkit_sandbox::DEMO.api_key)
//! #     .build()?;
//! # let mut seen = false;
//! use groupkit_habitate::ErrorBody;
//!
//! // A board that does not exist.
//! if let Err(groupkit_habitate::Error::Api(api)) = client.get_board(999_999).send().await {
//!     assert_eq!(api.code(), Some("NOT_FOUND"));
//!     let body: &ErrorBody = api.provider_error().expect("a Habitate error body");
//!     println!("error id for support: {:?}", body.id);
//! #   seen = true;
//! }
//! # assert!(seen, "the sandbox answers an unknown board with an API error");
//! # Ok(()) }
//! ```

use std::fmt;

use groupkit_core::ProviderError;
use groupkit_core::http::{HeaderMap, StatusCode};

use crate::models;

impl fmt::Display for models::Error {
    /// `NOT_FOUND: <message> (error id <id>)`, leaving out the parts the body lacks.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = self.status.as_ref().map(|s| s.as_str());
        match (status, self.message.as_deref()) {
            (Some(status), Some(message)) => write!(f, "{status}: {message}")?,
            (Some(status), None) => f.write_str(status)?,
            (None, Some(message)) => f.write_str(message)?,
            (None, None) => f.write_str("Habitate error")?,
        }
        if let Some(id) = &self.id {
            write!(f, " (error id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for models::Error {}

impl ProviderError for models::Error {
    /// The `status` name: `BAD_REQUEST`, `FORBIDDEN`, `NOT_FOUND`, ... (an open set: names
    /// this version does not know are returned as sent).
    fn code(&self) -> Option<&str> {
        self.status.as_ref().map(|s| s.as_str())
    }
}

/// Decodes a Habitate error body; `None` when the body is not one (an HTML page from a proxy,
/// an empty body, JSON of another shape). The error is then still an API error with the raw
/// body kept.
pub fn decode(
    _status: StatusCode,
    _headers: &HeaderMap,
    body: &[u8],
) -> Option<Box<dyn ProviderError>> {
    let error: models::Error = serde_json::from_slice(body).ok()?;
    // Every field is optional, so any JSON object would decode: insist on the fields that make
    // it Habitate's error body.
    if error.status.is_none() && error.message.is_none() {
        return None;
    }
    Some(Box::new(error))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(body: &str) -> Option<String> {
        decode(StatusCode::BAD_REQUEST, &HeaderMap::new(), body.as_bytes())
            .map(|e| format!("{e} / {:?}", e.code()))
    }

    #[test]
    fn recognises_only_habitate_bodies() {
        assert_eq!(
            decoded(r#"{"id":"x1","status":"BAD_REQUEST","time":"2022-02-22T22:22:22.222222Z","message":"bad"}"#)
                .as_deref(),
            Some("BAD_REQUEST: bad (error id x1) / Some(\"BAD_REQUEST\")")
        );
        assert_eq!(
            decoded(r#"{"message":"only a message"}"#).as_deref(),
            Some("only a message / None")
        );
        assert_eq!(
            decoded(r#"{"status":"FORBIDDEN"}"#).as_deref(),
            Some("FORBIDDEN / Some(\"FORBIDDEN\")")
        );
        assert_eq!(decoded(""), None);
        assert_eq!(decoded("<html>Bad gateway</html>"), None);
        assert_eq!(decoded(r#"{"detail":"other shape"}"#), None);
        assert_eq!(decoded(r#"{"status":404}"#), None);
        assert_eq!(decoded("[]"), None);
    }
}
