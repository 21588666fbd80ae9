//! Responses: buffered ones decode into types, streamed ones copy into writers.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::client::Client;
use crate::error::{DecodeError, ErrorContext};
use crate::transport::ByteStream;
use crate::{Error, Result};

/// The longest decoder message an error quotes, in characters (after scrubbing).
const MAX_MESSAGE_CHARS: usize = 300;

/// A successful response with its body in memory.
pub struct Response {
    client: Client,
    context: ErrorContext,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// The body is not printed: it may echo a credential in any form. Headers that carry one
/// print as `Sensitive`.
impl std::fmt::Debug for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("context", &self.context)
            .field("status", &self.status)
            .field("headers", &self.client.redactor().headers(&self.headers))
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl Response {
    pub(crate) fn new(
        client: Client,
        context: ErrorContext,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        Response {
            client,
            context,
            status,
            headers,
            body,
        }
    }

    /// The status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Takes the headers, dropping the rest.
    pub(crate) fn into_headers(self) -> HeaderMap {
        self.headers
    }

    /// The raw body.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// Decodes the body as JSON into `T`. A failure names the JSON path where it happened.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        match serde_json::from_slice(&self.body) {
            Ok(value) => Ok(value),
            // Decode again with path tracking only on failure: tracking costs on the hot path.
            Err(_) => {
                let mut de = serde_json::Deserializer::from_slice(&self.body);
                match serde_path_to_error::deserialize::<_, T>(&mut de) {
                    Ok(value) => Ok(value),
                    Err(e) => {
                        let path = e.path().to_string();
                        Err(self.decode_error(path, e.inner()))
                    }
                }
            }
        }
    }

    /// A bug met while reading this response.
    pub(crate) fn internal_error(&self, reason: String) -> Error {
        Error::Internal {
            context: Some(self.context.clone()),
            reason,
        }
    }

    /// A decode error for this response, with a scrubbed snippet around the failure.
    pub(crate) fn decode_error(&self, path: String, error: &serde_json::Error) -> Error {
        let redactor = self.client.redactor();
        let offset = byte_offset(&self.body, error.line(), error.column());
        let message = if self.body.is_empty() {
            "the body is empty".to_owned()
        } else {
            error.to_string()
        };
        Error::Decode(Box::new(DecodeError {
            context: self.context.clone(),
            status: self.status,
            path,
            // Scrubbed before it is cut, so a cut secret never shows in part.
            message: redactor.cut(&message, MAX_MESSAGE_CHARS),
            snippet: redactor.snippet(&self.body, offset.saturating_sub(40), 80),
            body: self.body.clone(),
        }))
    }
}

/// A successful response whose body is still arriving.
pub struct StreamingResponse {
    client: Client,
    context: ErrorContext,
    status: StatusCode,
    headers: HeaderMap,
    body: ByteStream,
}

impl std::fmt::Debug for StreamingResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamingResponse")
            .field("context", &self.context)
            .field("status", &self.status)
            .field("headers", &self.client.redactor().headers(&self.headers))
            .finish_non_exhaustive()
    }
}

impl StreamingResponse {
    pub(crate) fn new(
        client: Client,
        context: ErrorContext,
        status: StatusCode,
        headers: HeaderMap,
        body: ByteStream,
    ) -> Self {
        StreamingResponse {
            client,
            context,
            status,
            headers,
            body,
        }
    }

    /// The status code.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> ByteStream {
        self.body
    }

    /// Copies the body into `writer` chunk by chunk (memory stays flat whatever the size) and
    /// returns the number of bytes written.
    pub async fn copy_to<W: AsyncWrite + Unpin>(mut self, writer: &mut W) -> Result<u64> {
        let mut written = 0u64;
        while let Some(chunk) = self.body.next().await {
            let chunk = chunk.map_err(|e| {
                self.client
                    .transport_error(self.context.clone(), e, 1, Duration::ZERO)
            })?;
            writer
                .write_all(&chunk)
                .await
                .map_err(|cause| Error::Write {
                    context: self.context.clone(),
                    cause,
                })?;
            written += chunk.len() as u64;
        }
        writer.flush().await.map_err(|cause| Error::Write {
            context: self.context.clone(),
            cause,
        })?;
        Ok(written)
    }
}

/// Where serde_json's 1-based line and column point in `body`.
fn byte_offset(body: &[u8], line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (index, text) in body.split(|b| *b == b'\n').enumerate() {
        if index + 1 == line {
            return (offset + column.saturating_sub(1)).min(body.len());
        }
        offset += text.len() + 1;
    }
    body.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_lines() {
        let body = b"{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(byte_offset(body, 3, 8), 19);
        assert_eq!(&body[19..20], b"x");
    }
}
