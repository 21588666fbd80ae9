//! Page number with a `has_more` response header (Habitate).

use http::HeaderMap;
use serde_json::Value;

use super::{Envelope, Next, PageSizeLimits, PageStyle, Plan, Position, query_value};
use crate::Result;
use crate::request::Request;

/// `?page=&page_size=` from page 1; a bare array; a response header says whether more follow.
///
/// Only the header ends the listing: a short page is not the end. Without the header, an
/// empty page is. Page `n + 1` is requested only once page `n` said more follow (one page ahead
/// of the caller, whatever the concurrency). Page numbers could be guessed in advance, but a
/// guess past the end is a request nobody asked for; callers who accept that trade for speed
/// opt in with [`Paginator::speculate`](super::Paginator::speculate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageNumber {
    /// The page parameter (1-based).
    pub page: &'static str,
    /// The page size parameter.
    pub page_size: &'static str,
    /// Pointer to the item array (`""` for a bare array).
    pub items: &'static str,
    /// The response header that says whether more pages follow (`1`/`0`, `true`/`false`).
    pub has_more_header: &'static str,
    /// The page sizes the API accepts (the page-size parameter's `minimum` and `maximum`).
    pub size_limits: PageSizeLimits,
}

impl PageNumber {
    /// What the `has_more` header says, when it is there.
    fn has_more(&self, headers: &HeaderMap) -> Option<bool> {
        let value = headers.get(self.has_more_header)?.to_str().ok()?;
        Some(matches!(value.trim(), "1" | "true" | "True" | "TRUE"))
    }

    fn page_of(position: &Position) -> Result<u64> {
        match position {
            Position::Start => Ok(1),
            Position::Page(n) => Ok(*n),
            other => Err(super::wrong_position("page number", other)),
        }
    }
}

impl PageStyle for PageNumber {
    fn envelope(&self) -> Envelope {
        Envelope {
            items: self.items,
            meta: [None; 3],
        }
    }

    fn start(&self, request: &Request) -> Position {
        match query_value(request, self.page).and_then(|v| v.parse().ok()) {
            Some(page) if page >= 1 => Position::Page(page),
            _ => Position::Start,
        }
    }

    fn prepare(
        &self,
        request: &mut Request,
        position: &Position,
        page_size: Option<u32>,
    ) -> Result<()> {
        request.set_query(self.page, Self::page_of(position)?);
        if let Some(size) = page_size {
            request.set_query(self.page_size, size);
        }
        Ok(())
    }

    fn next(
        &self,
        position: &Position,
        items: usize,
        _meta: &Value,
        headers: &HeaderMap,
    ) -> Result<Next> {
        let page = Self::page_of(position)?;
        let more = self.has_more(headers).unwrap_or(items > 0);
        Ok(Next {
            position: more.then_some(Position::Page(page + 1)),
            total: None,
        })
    }

    fn announced(
        &self,
        position: &Position,
        _meta: &Value,
        headers: &HeaderMap,
    ) -> Option<Position> {
        let page = Self::page_of(position).ok()?;
        self.has_more(headers)?.then_some(Position::Page(page + 1))
    }

    fn pages_depend_on_size(&self) -> bool {
        true
    }

    fn guess_after_first(&self, first: &Position) -> Option<Plan> {
        let first = Self::page_of(first).ok()?;
        Some(Box::new((first + 1..).map(Position::Page)))
    }
}
