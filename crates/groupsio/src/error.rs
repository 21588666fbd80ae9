//! Groups.io's error body: `{"object":"error","type":"...","extra":"..."}`.
//!
//! Groups.io answers almost every error with HTTP 400 and this body (429 when rate limited;
//! real servers send it with other statuses too). A failed call is a
//! [`groupkit_core::Error::Api`]; its parsed body is the generated [`models::Error`], whose
//! `type` is the open [`models::ErrorType`]. (A 404 that is not JSON at all is a
//! [`groupkit_core::Error::EndpointUnavailable`]: the call was not routed to the API.)
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let sandbox = groupkit_sandbox::Sandbox::builder().seed(7).start().await?;
//! # let client = groupkit_groupsio::Client::builder()
//! #     .base_url(sandbox.base_url("groupsio"))
//! #     .api_key(groupkit_sandbox::DEMO.api_key)
//! #     .build()?;
//! # let mut seen = false;
//! use groupkit_groupsio::{Error, models};
//!
//! match client.get_group("no-such-group").send().await {
//!     Err(Error::Api(api)) => {
//!         // `code()` is the error type as sent: "group_not_found", "bad_csrf", ...
//!         println!("{:?}", api.code());
//!         if let Some(body) = api.provider_error::<models::Error>() {
//!             println!("{} {:?}", body.r#type, body.extra);
//! #           seen = body.r#type.as_str() == "group_not_found";
//!         }
//!     }
//!     other => println!("{other:?}"),
//! }
//! # assert!(seen, "the sandbox answers an unknown group with group_not_found");
//! # Ok(()) }
//! ```

use std::fmt;

use groupkit_core::http::{HeaderMap, StatusCode};
use groupkit_core::{Error, ProviderError};
use serde_json::Value;

use crate::models;

/// Groups.io's error body: the generated [`models::Error`] (`object`, `type`, `extra`), under
/// the name every groupkit provider crate uses for its error body.
pub use crate::models::Error as ErrorBody;

impl fmt::Display for models::Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.extra.as_deref().filter(|extra| !extra.is_empty()) {
            Some(extra) => write!(f, "{}: {extra}", self.r#type),
            None => write!(f, "{}", self.r#type),
        }
    }
}

impl std::error::Error for models::Error {}

impl ProviderError for models::Error {
    /// The error `type` as sent (`inadequate_permissions`, `two_factor_required`, ...).
    fn code(&self) -> Option<&str> {
        Some(self.r#type.as_str())
    }
}

/// Reads a Groups.io error body. Returns `None` for anything else (an HTML page, an empty
/// body, JSON without a string `type`, an object that says it is not an error); the call's
/// error is then still an API error that keeps the raw body.
///
/// Lenient where it costs nothing: `object` may be missing, and an `extra` that is not a
/// string is kept as its JSON text.
pub fn decode(
    _status: StatusCode,
    _headers: &HeaderMap,
    body: &[u8],
) -> Option<Box<dyn ProviderError>> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let object = value.as_object()?;
    let kind = object.get("type")?.as_str()?;
    let name = match object.get("object") {
        None | Some(Value::Null) => "error",
        Some(Value::String(name)) if name == "error" => "error",
        Some(_) => return None,
    };
    let mut error = models::Error::new(name.to_owned(), models::ErrorType::from(kind));
    error.extra = match object.get("extra") {
        None | Some(Value::Null) => None,
        Some(Value::String(extra)) => Some(extra.clone()),
        Some(other) => Some(other.to_string()),
    };
    Some(Box::new(error))
}

/// The Groups.io error body of a failed call, if the server sent one.
///
/// Shorthand for `error.as_api()?.provider_error::<models::Error>()`.
pub fn error_body(error: &Error) -> Option<&models::Error> {
    error.as_api()?.provider_error::<models::Error>()
}

/// The Groups.io error `type` of a failed call, if the server sent one: match it against
/// [`models::ErrorType`] (`ErrorType::TwoFactorRequired`, `ErrorType::BadCsrf`, ...).
pub fn error_type(error: &Error) -> Option<&models::ErrorType> {
    error_body(error).map(|body| &body.r#type)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(body: &str) -> Option<String> {
        decode(StatusCode::BAD_REQUEST, &HeaderMap::new(), body.as_bytes())
            .map(|e| format!("{} | {:?}", e, e.code()))
    }

    #[test]
    fn error_bodies_decode_and_others_do_not() {
        assert_eq!(
            decoded(r#"{"object":"error","type":"bad_request","extra":"invalid group_id"}"#)
                .as_deref(),
            Some("bad_request: invalid group_id | Some(\"bad_request\")")
        );
        assert_eq!(
            decoded(r#"{"type":"brand_new","extra":{"field":"x"}}"#).as_deref(),
            Some(r#"brand_new: {"field":"x"} | Some("brand_new")"#)
        );
        assert_eq!(
            decoded(r#"{"object":"error","type":"expired","extra":""}"#).as_deref(),
            Some("expired | Some(\"expired\")")
        );
        for other in [
            "",
            "<html><body>Bad Gateway</body></html>",
            "[]",
            r#"{"object":"error"}"#,
            r#"{"object":"error","type":7}"#,
            r#"{"object":"success","type":"x"}"#,
            r#"{"message":"nope"}"#,
        ] {
            assert_eq!(decoded(other), None, "{other}");
        }
    }
}
