//! Opaque cursor (Groups.io).

use http::HeaderMap;
use serde_json::Value;

use super::{Envelope, Next, PageSizeLimits, PageStyle, Position, query_value, read_u64};
use crate::Result;
use crate::request::Request;

/// `?limit=&page_token=`; a body with `has_more` and the next token.
///
/// The token is kept as text: Groups.io's is a 64-bit integer above 2^53, which a float
/// would corrupt. A token of `0`, empty or missing, or `has_more: false`, ends the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// The page size parameter.
    pub limit: &'static str,
    /// The token parameter.
    pub token: &'static str,
    /// Pointer to the item array (`/data`).
    pub items: &'static str,
    /// Pointer to the "more pages follow" flag (`/has_more`).
    pub has_more: Option<&'static str>,
    /// Pointer to the next token (`/next_page_token`).
    pub next_token: &'static str,
    /// Pointer to the total count (`/total_count`).
    pub total: Option<&'static str>,
    /// The page sizes the API accepts (the page-size parameter's `minimum` and `maximum`).
    pub size_limits: PageSizeLimits,
}

impl PageStyle for Cursor {
    fn envelope(&self) -> Envelope {
        Envelope {
            items: self.items,
            meta: [self.has_more, self.total, Some(self.next_token)],
        }
    }

    fn start(&self, request: &Request) -> Position {
        match query_value(request, self.token) {
            Some(token) if !token.is_empty() && token != "0" => Position::Cursor(token.to_owned()),
            _ => Position::Start,
        }
    }

    fn prepare(
        &self,
        request: &mut Request,
        position: &Position,
        page_size: Option<u32>,
    ) -> Result<()> {
        if let Some(size) = page_size {
            request.set_query(self.limit, size);
        }
        match position {
            Position::Start => Ok(()),
            Position::Cursor(token) => {
                request.set_query(self.token, token);
                Ok(())
            }
            other => Err(super::wrong_position("cursor", other)),
        }
    }

    fn next(
        &self,
        _position: &Position,
        _items: usize,
        meta: &Value,
        _headers: &HeaderMap,
    ) -> Result<Next> {
        let token = match meta.pointer(self.next_token) {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        let more = match self.has_more.and_then(|p| meta.pointer(p)) {
            Some(Value::Bool(b)) => *b,
            Some(Value::Number(n)) => n.as_u64() != Some(0),
            _ => true,
        };
        let end = !more || token.is_empty() || token == "0";
        Ok(Next {
            position: (!end).then_some(Position::Cursor(token)),
            total: self.total.and_then(|p| read_u64(meta, p)),
        })
    }

    fn repeats_are_loops(&self) -> bool {
        true
    }
}
