//! Offset and limit (SendHub, django-tastypie).

use http::HeaderMap;
use serde_json::Value;

use super::{Envelope, Next, PageSizeLimits, PageStyle, Plan, Position, query_value, read_u64};
use crate::Result;
use crate::request::Request;

/// `?limit=&offset=`; a body with the items, an optional total and an optional `next` hint.
///
/// The next offset is this offset plus the number of items received, never the server's
/// `next` link: servers clamp `limit`, and tastypie's link echoes every query parameter,
/// credentials included. With a total, the remaining pages are fetched concurrently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offset {
    /// The page size parameter.
    pub limit: &'static str,
    /// The offset parameter.
    pub offset: &'static str,
    /// Pointer to the item array (`/objects`).
    pub items: &'static str,
    /// Pointer to the total count, when the API may send one (`/meta/total_count`).
    pub total: Option<&'static str>,
    /// Pointer to the next link; only its nullness is used, as an end marker.
    pub next: Option<&'static str>,
    /// The page sizes the API accepts (the page-size parameter's `minimum` and `maximum`).
    pub size_limits: PageSizeLimits,
}

impl PageStyle for Offset {
    fn envelope(&self) -> Envelope {
        Envelope {
            items: self.items,
            meta: [self.total, self.next, None],
        }
    }

    fn start(&self, request: &Request) -> Position {
        match query_value(request, self.offset).and_then(|v| v.parse().ok()) {
            Some(offset) => Position::Offset(offset),
            None => Position::Start,
        }
    }

    fn prepare(
        &self,
        request: &mut Request,
        position: &Position,
        page_size: Option<u32>,
    ) -> Result<()> {
        let offset = match position {
            Position::Start => 0,
            Position::Offset(n) => *n,
            other => return Err(super::wrong_position("offset", other)),
        };
        if let Some(size) = page_size {
            request.set_query(self.limit, size);
        }
        request.set_query(self.offset, offset);
        Ok(())
    }

    fn next(
        &self,
        position: &Position,
        items: usize,
        meta: &Value,
        _headers: &HeaderMap,
    ) -> Result<Next> {
        let offset = match position {
            Position::Offset(n) => *n,
            _ => 0,
        };
        let total = self.total.and_then(|p| read_u64(meta, p));
        let reached = offset + items as u64;
        let end = items == 0
            || match total {
                Some(total) => reached >= total,
                // Without a total, a `next` that is present and null marks the last page.
                None => self
                    .next
                    .and_then(|p| meta.pointer(p))
                    .is_some_and(Value::is_null),
            };
        Ok(Next {
            position: (!end).then_some(Position::Offset(reached)),
            total,
        })
    }

    fn counts_items(&self) -> bool {
        true
    }

    /// The next offset counts the items received: nothing can be read ahead of them.
    fn announced(&self, _: &Position, _: &Value, _: &HeaderMap) -> Option<Position> {
        None
    }

    fn plan_after_first(
        &self,
        first: &Position,
        items: usize,
        total: Option<u64>,
        max_items: Option<u64>,
    ) -> Option<Plan> {
        let start = match first {
            Position::Offset(n) => *n,
            _ => 0,
        };
        let (total, step) = (total?, items as u64);
        if step == 0 {
            return None;
        }
        // The total announces the pages; a cap on items says where the caller stops.
        let end = max_items.map_or(total, |max| total.min(start.saturating_add(max)));
        Some(Box::new(
            (1..)
                .map(move |k| start + k * step)
                .take_while(move |offset| *offset < end)
                .map(Position::Offset),
        ))
    }
}
