//! How a listing's query parameters filter and order it, as each parameter's
//! `x-groupkit-sandbox` in the spec says (`specs/README.md`, "The sandbox's extensions").
//!
//! A listing reads its [`Query`] once from the request; the store then keeps the items that
//! [`Query::matches`] and orders them by [`Query::compare`]. A parameter the sandbox cannot
//! honour is refused by [`Query::parse`] with a message for the provider's own 400, never
//! silently ignored.

use std::cmp::Ordering;

use serde_json::Value;

use crate::request::Incoming;
use crate::spec::{ProviderSpec, Route};

/// A listing's filters and order, read from its request.
#[derive(Debug, Default)]
pub struct Query {}

impl Query {
    /// The query `request` asks of the listing `route`; `Err` (a message for the provider's
    /// 400) for a value that cannot be read or a parameter the sandbox cannot honour.
    pub fn parse(
        _spec: &ProviderSpec,
        _route: &Route,
        _request: &Incoming,
    ) -> Result<Query, String> {
        Ok(Query::default())
    }

    /// Whether the listing is the collection in its own order, unfiltered: a page can then be
    /// cut from it without looking at any other item.
    pub fn is_identity(&self) -> bool {
        true
    }

    /// Whether `item` passes every filter.
    pub fn matches(&self, _item: &Value) -> bool {
        true
    }

    /// Whether the request asks for an order of its own ([`Query::compare`]).
    pub fn sorts(&self) -> bool {
        false
    }

    /// The requested order of two items (`Equal` keeps the collection's order: sorts are
    /// stable).
    pub fn compare(&self, _a: &Value, _b: &Value) -> Ordering {
        Ordering::Equal
    }
}
