//! Next link (Groupboss, Django REST Framework).

use http::HeaderMap;
use serde_json::Value;
use url::Url;

use super::{Envelope, Next, PageStyle, Position, read_u64};
use crate::error::{ErrorContext, PaginationError};
use crate::redact::redact_link;
use crate::request::Request;
use crate::{Error, Result};

/// A body with the items and an absolute or relative `next` URL (null at the end).
///
/// A link is followed only when it has the base URL's scheme, host and port; otherwise the
/// listing ends with [`PaginationError::ForeignLink`] and nothing is sent there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextLink {
    /// Pointer to the item array (`/results`).
    pub items: &'static str,
    /// Pointer to the next link (`/next`).
    pub next: &'static str,
    /// Pointer to the total count (`/count`).
    pub total: Option<&'static str>,
}

impl PageStyle for NextLink {
    fn envelope(&self) -> Envelope {
        Envelope {
            items: self.items,
            meta: [self.total, Some(self.next), None],
        }
    }

    fn prepare(
        &self,
        request: &mut Request,
        position: &Position,
        _page_size: Option<u32>,
    ) -> Result<()> {
        match position {
            Position::Start => Ok(()),
            Position::Link(link) => {
                // Every link here was made absolute: a server's by `resolve`, the caller's by
                // `check_start`.
                let url = Url::parse(link).map_err(|e| {
                    Error::internal(format!(
                        "a next link resolved before it was followed does not parse: {e}"
                    ))
                })?;
                // The link carries the whole query; the first page's must not be added again.
                request.query.clear();
                request.url = Some(url);
                Ok(())
            }
            other => Err(super::wrong_position("next link", other)),
        }
    }

    fn next(
        &self,
        _position: &Position,
        _items: usize,
        meta: &Value,
        _headers: &HeaderMap,
    ) -> Result<Next> {
        let position = match meta.pointer(self.next) {
            Some(Value::String(link)) if !link.is_empty() => Some(Position::Link(link.clone())),
            _ => None,
        };
        Ok(Next {
            position,
            total: self.total.and_then(|p| read_u64(meta, p)),
        })
    }

    fn resolve(&self, next: Position, base: &Url, context: &ErrorContext) -> Result<Position> {
        let Position::Link(link) = next else {
            return Ok(next);
        };
        let url = base.join(&link).map_err(|e| {
            Error::Pagination(PaginationError::Invalid {
                context: context.clone(),
                reason: format!("the next link {} is not a URL: {e}", redact_link(&link)),
            })
        })?;
        if !same_origin(&url, base) {
            return Err(Error::Pagination(PaginationError::ForeignLink {
                context: context.clone(),
                link: redact_link(url.as_str()),
            }));
        }
        Ok(Position::Link(url.into()))
    }

    fn repeats_are_loops(&self) -> bool {
        true
    }
}

/// Same scheme, host and port: where the client's credentials may go.
pub(super) fn same_origin(url: &Url, base: &Url) -> bool {
    url.scheme() == base.scheme()
        && url.host_str() == base.host_str()
        && url.port_or_known_default() == base.port_or_known_default()
}
