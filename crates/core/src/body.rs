//! Request bodies: JSON, form-urlencoded and multipart, encoded without the transport's help
//! so that any [`crate::Transport`] sees plain bytes.

use bytes::{BufMut, Bytes, BytesMut};
use serde::Serialize;

use crate::{Error, Result};

/// A request body before encoding.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum Body {
    /// No body.
    #[default]
    Empty,
    /// A JSON document, already serialized.
    Json(Bytes),
    /// `application/x-www-form-urlencoded` fields, in order; keys may repeat.
    Form(Vec<(String, String)>),
    /// `multipart/form-data` parts.
    Multipart(Vec<Part>),
    /// Bytes with their content type.
    Raw {
        /// The `Content-Type`.
        content_type: String,
        /// The bytes.
        data: Bytes,
    },
}

impl Body {
    /// Serializes `value` as JSON. A value that does not serialize (a map with non-string
    /// keys, a `Serialize` implementation that fails) is an [`Error::InvalidRequest`]; the
    /// request builder adds the call's context and scrubs the reason.
    pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Body> {
        serde_json::to_vec(value)
            .map(|v| Body::Json(v.into()))
            .map_err(|e| {
                Error::invalid(format!(
                    "the body cannot be serialized as JSON ({e}): give a value that serializes \
                     to JSON (map keys must be strings)"
                ))
            })
    }

    /// Why this body cannot be sent, if it cannot: a content type (the body's, or a
    /// multipart part's) that is not a valid header value would break the request or, in a
    /// part, inject headers into it.
    pub(crate) fn problem(&self) -> Option<String> {
        let sendable = |content_type: &str| http::HeaderValue::from_str(content_type).is_ok();
        match self {
            Body::Raw { content_type, .. } if !sendable(content_type) => Some(
                "the body's content type is not a valid header value: give a media type such \
                 as `application/octet-stream`, without line breaks or control characters"
                    .to_owned(),
            ),
            Body::Multipart(parts) => parts.iter().find_map(|part| {
                let content_type = part.content_type.as_deref()?;
                (!sendable(content_type)).then(|| {
                    format!(
                        "the content type of the multipart part `{}` is not a valid header \
                         value: give a media type such as `text/plain`, without line breaks or \
                         control characters",
                        part.name
                    )
                })
            }),
            _ => None,
        }
    }

    /// Adds a form field: to a form or multipart body, or turning an empty body into a form.
    /// Returns false when the body cannot hold form fields (JSON, raw).
    pub(crate) fn add_field(&mut self, name: &str, value: &str) -> bool {
        match self {
            Body::Empty => *self = Body::Form(vec![(name.to_owned(), value.to_owned())]),
            Body::Form(fields) => fields.push((name.to_owned(), value.to_owned())),
            Body::Multipart(parts) => parts.push(Part::text(name, value)),
            Body::Json(_) | Body::Raw { .. } => return false,
        }
        true
    }

    /// Encodes the body, returning its content type and bytes.
    pub fn encode(&self) -> (Option<String>, Bytes) {
        match self {
            Body::Empty => (None, Bytes::new()),
            Body::Json(data) => (Some("application/json".into()), data.clone()),
            Body::Form(fields) => {
                let encoded = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish();
                (
                    Some("application/x-www-form-urlencoded".into()),
                    Bytes::from(encoded),
                )
            }
            Body::Multipart(parts) => {
                let boundary = format!(
                    "groupkit-{:016x}{:016x}",
                    fastrand::u64(..),
                    fastrand::u64(..)
                );
                let data = encode_multipart(parts, &boundary);
                (
                    Some(format!("multipart/form-data; boundary={boundary}")),
                    data,
                )
            }
            Body::Raw { content_type, data } => (Some(content_type.clone()), data.clone()),
        }
    }
}

/// One part of a multipart body.
#[derive(Clone, Debug)]
pub struct Part {
    name: String,
    filename: Option<String>,
    content_type: Option<String>,
    data: Bytes,
}

impl Part {
    /// A plain text field.
    pub fn text(name: impl Into<String>, value: impl Into<String>) -> Part {
        Part {
            name: name.into(),
            filename: None,
            content_type: None,
            data: Bytes::from(value.into()),
        }
    }

    /// A file upload.
    pub fn file(
        name: impl Into<String>,
        filename: impl Into<String>,
        content_type: impl Into<String>,
        data: impl Into<Bytes>,
    ) -> Part {
        Part {
            name: name.into(),
            filename: Some(filename.into()),
            content_type: Some(content_type.into()),
            data: data.into(),
        }
    }
}

/// A file to upload in a multipart body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    /// The file name sent to the server.
    pub filename: String,
    /// The file's media type.
    pub content_type: String,
    /// The contents.
    pub data: Bytes,
}

impl Upload {
    /// A file with a name, a media type and its contents.
    pub fn new(
        filename: impl Into<String>,
        content_type: impl Into<String>,
        data: impl Into<Bytes>,
    ) -> Self {
        Upload {
            filename: filename.into(),
            content_type: content_type.into(),
            data: data.into(),
        }
    }

    /// The multipart part for field `name`.
    pub fn into_part(self, name: &str) -> Part {
        Part::file(name, self.filename, self.content_type, self.data)
    }
}

/// Quotes a name for a `Content-Disposition` parameter the way browsers do (WHATWG HTML).
fn quoted(value: &str) -> String {
    value
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn encode_multipart(parts: &[Part], boundary: &str) -> Bytes {
    let mut out = BytesMut::new();
    for part in parts {
        out.put_slice(format!("--{boundary}\r\n").as_bytes());
        let mut disposition = format!(
            "Content-Disposition: form-data; name=\"{}\"",
            quoted(&part.name)
        );
        if let Some(filename) = &part.filename {
            disposition.push_str(&format!("; filename=\"{}\"", quoted(filename)));
        }
        out.put_slice(disposition.as_bytes());
        out.put_slice(b"\r\n");
        if let Some(content_type) = &part.content_type {
            out.put_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
        }
        out.put_slice(b"\r\n");
        out.put_slice(&part.data);
        out.put_slice(b"\r\n");
    }
    out.put_slice(format!("--{boundary}--\r\n").as_bytes());
    out.freeze()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_are_encoded_in_order_with_repeats() {
        let body = Body::Form(vec![
            ("emails".into(), "a@x.org\nBob <b@x.org>".into()),
            ("id".into(), "1".into()),
            ("id".into(), "2".into()),
        ]);
        let (ct, data) = body.encode();
        assert_eq!(ct.as_deref(), Some("application/x-www-form-urlencoded"));
        assert_eq!(
            &data[..],
            b"emails=a%40x.org%0ABob+%3Cb%40x.org%3E&id=1&id=2"
        );
    }

    #[test]
    fn multipart_has_parts_and_closing_boundary() {
        let body = Body::Multipart(vec![
            Part::text("group_id", "7"),
            Part::file("file", "a\"b.txt", "text/plain", &b"hello"[..]),
        ]);
        let (ct, data) = body.encode();
        let ct = ct.expect("content type");
        let boundary = ct.split("boundary=").nth(1).expect("boundary");
        let text = String::from_utf8(data.to_vec()).expect("utf8");
        assert!(text.starts_with(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"group_id\"\r\n\r\n7\r\n"
        )));
        assert!(text.contains(
            "name=\"file\"; filename=\"a%22b.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
        ));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }

    #[test]
    fn fields_can_be_added_to_forms_but_not_json() {
        let mut body = Body::Empty;
        assert!(body.add_field("csrf", "123"));
        assert!(matches!(&body, Body::Form(f) if f == &[("csrf".to_owned(), "123".to_owned())]));
        let mut json = Body::json(&serde_json::json!({"a": 1})).expect("json");
        assert!(!json.add_field("csrf", "123"));
    }
}
