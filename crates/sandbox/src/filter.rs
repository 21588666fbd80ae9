//! How a listing's query parameters filter and order it, as each parameter's
//! `x-groupkit-sandbox` in the spec says (`specs/README.md`, "The sandbox's extensions").
//!
//! A listing reads its [`Query`] once from the request; the store then keeps the items that
//! [`Query::matches`] and orders them by [`Query::compare`]. A parameter the sandbox cannot
//! honour is refused by [`Query::parse`] with a message for the provider's own 400, never
//! silently ignored.

mod condition;
mod order;
mod value;

use std::cmp::Ordering;

use serde_json::Value;

use crate::request::Incoming;
use crate::spec::{ProviderSpec, Route, properties};

use condition::Condition;
use order::Key;
pub use value::text;

/// A listing's filters and order, read from its request.
#[derive(Debug, Default)]
pub struct Query {
    conditions: Vec<Condition>,
    /// Tests of the owner the URL names (`of: owner`: Groupboss's `group_name` on a group's
    /// emails), not of each item.
    owner_conditions: Vec<Condition>,
    keys: Vec<Key>,
}

/// The sort parameters of a request as read so far: the `by` or `signed` one (name,
/// annotation, value given) and the direction (name, value given or defaulted).
#[derive(Default)]
struct Sort<'a> {
    by: Option<(&'a str, &'a Value, Option<String>)>,
    direction: Option<(&'a str, Option<String>, Option<String>)>,
}

impl Query {
    /// The query `request` asks of the listing `route`; `Err` (a message for the provider's
    /// 400) for a value that cannot be read or a parameter the sandbox cannot honour.
    pub fn parse(spec: &ProviderSpec, route: &Route, request: &Incoming) -> Result<Query, String> {
        let mut query = Query::default();
        let mut sort = Sort::default();
        for param in &route.params {
            let Some(ext) = param.get("x-groupkit-sandbox") else {
                continue;
            };
            if param.get("in").and_then(Value::as_str) != Some("query") {
                continue;
            }
            let name = param.get("name").and_then(Value::as_str).unwrap_or("");
            let texts = given(param, ext, request, name);
            if let Some(why) = ext.get("unsupported").and_then(Value::as_str) {
                if !texts.is_empty() {
                    return Err(format!("the sandbox cannot honour `{name}`: {why}"));
                }
                continue;
            }
            let last = texts.last().cloned();
            let default = ext.get("default").map(value::text);
            if ext.get("filter").is_some() {
                // A documented default applies when the parameter is left out (Habitate lists
                // only active users unless `status` says otherwise).
                let texts = match (texts.is_empty(), default.clone()) {
                    (true, Some(default)) => vec![default],
                    _ => texts,
                };
                if !texts.is_empty()
                    && let Some(condition) = condition::build(name, ext, &texts)?
                {
                    match ext.get("of") {
                        Some(_) => query.owner_conditions.push(condition),
                        None => query.conditions.push(condition),
                    }
                }
            }
            match ext.get("order").and_then(Value::as_str) {
                Some("by" | "signed") => sort.by = Some((name, ext, last)),
                Some("direction") => sort.direction = Some((name, last, default)),
                _ => {}
            }
        }
        query.keys = sort.keys(&item_fields(spec, route))?;
        Ok(query)
    }

    /// Whether the listing is the collection in its own order, unfiltered: a page can then be
    /// cut from it without looking at any other item.
    pub fn is_identity(&self) -> bool {
        self.conditions.is_empty() && self.keys.is_empty()
    }

    /// Whether the request tests the listing's owner (see [`Query::owner_matches`]).
    pub fn tests_owner(&self) -> bool {
        !self.owner_conditions.is_empty()
    }

    /// Whether the owner the URL names passes the owner's filters: when it does not, the
    /// listing is empty.
    pub fn owner_matches(&self, owner: &Value) -> bool {
        self.owner_conditions.iter().all(|c| c.matches(owner))
    }

    /// Whether `item` passes every filter.
    pub fn matches(&self, item: &Value) -> bool {
        self.conditions.iter().all(|c| c.matches(item))
    }

    /// Whether the request asks for an order of its own ([`Query::compare`]).
    pub fn sorts(&self) -> bool {
        !self.keys.is_empty()
    }

    /// The requested order of two items (`Equal` keeps the collection's order: sorts are
    /// stable).
    pub fn compare(&self, a: &Value, b: &Value) -> Ordering {
        order::compare(&self.keys, a, b)
    }
}

impl Sort<'_> {
    /// The keys the sort parameters ask for. A direction alone sorts on the `by` parameter's
    /// `default` value: the provider's own order, reversed or not.
    fn keys(&self, available: &[String]) -> Result<Vec<Key>, String> {
        let Some((name, ext, value)) = &self.by else {
            return Ok(Vec::new());
        };
        if ext.get("order").and_then(Value::as_str) == Some("signed") {
            return match value {
                Some(text) => {
                    let field = text.strip_prefix('-').unwrap_or(text);
                    order::keys(name, ext, field, text.starts_with('-'), available)
                }
                None => Ok(Vec::new()),
            };
        }
        let (direction, asked) = match &self.direction {
            Some((dir_name, Some(text), _)) => (Some((*dir_name, text.as_str())), true),
            Some((dir_name, None, Some(default))) => (Some((*dir_name, default.as_str())), false),
            _ => (None, false),
        };
        let value = match value {
            Some(value) => value.clone(),
            None if asked => ext.get("default").map(value::text).unwrap_or_default(),
            None => return Ok(Vec::new()),
        };
        let descending = match direction {
            Some((dir_name, text)) => order::descending(dir_name, text)?,
            None => false,
        };
        order::keys(name, ext, &value, descending, available)
    }
}

/// The texts the request gives a query parameter; a list in comma form (`explode: false`,
/// `ids=1,13,18`) is split into its items.
fn given(param: &Value, ext: &Value, request: &Incoming, name: &str) -> Vec<String> {
    let texts = request
        .query
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone());
    let explode = param
        .get("explode")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    if ext.get("filter").and_then(Value::as_str) == Some("in") && !explode {
        return texts
            .flat_map(|t| t.split(',').map(str::to_owned).collect::<Vec<_>>())
            .filter(|t| !t.is_empty())
            .collect();
    }
    texts.collect()
}

/// The property names of the listed items (the collection's schema).
fn item_fields(spec: &ProviderSpec, route: &Route) -> Vec<String> {
    let collection = route
        .op
        .pointer("/x-groupkit-sandbox/collection")
        .and_then(Value::as_str)
        .unwrap_or("");
    let schema = spec
        .sandbox()
        .pointer(&format!("/collections/{collection}/schema"))
        .cloned()
        .unwrap_or(Value::Null);
    properties(spec, &schema).0.keys().cloned().collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::spec::{ProviderSpec, load};

    /// The query `pairs` ask of the listing `name` of `provider`'s spec.
    fn query(
        specs: &[ProviderSpec],
        provider: &str,
        name: &str,
        pairs: &[(&str, &str)],
    ) -> Result<Query, String> {
        let spec = specs
            .iter()
            .find(|s| s.name == provider)
            .expect("a provider");
        let route = spec
            .routes
            .iter()
            .find(|r| r.name() == name)
            .expect("a listing");
        let request = Incoming {
            query: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            ..Incoming::default()
        };
        Query::parse(spec, route, &request)
    }

    #[test]
    fn a_listing_without_parameters_is_the_identity() {
        let specs = load();
        let plain = query(&specs, "habitate", "list_tags", &[]).expect("valid");
        assert!(plain.is_identity() && !plain.sorts());
        let tags = query(
            &specs,
            "habitate",
            "list_tags",
            &[("ids", "1,13"), ("ids", "18")],
        )
        .expect("valid");
        assert!(!tags.is_identity());
        assert!(tags.matches(&json!({"tag_id": 18})) && !tags.matches(&json!({"tag_id": 2})));
    }

    #[test]
    fn documented_defaults_filter_when_the_parameter_is_left_out() {
        let specs = load();
        let users = query(&specs, "habitate", "list_users", &[]).expect("valid");
        assert!(users.matches(&json!({"user_status": 10})));
        assert!(!users.matches(&json!({"user_status": -3})));
        let banned = query(&specs, "habitate", "list_users", &[("status", "-3")]).expect("valid");
        assert!(banned.matches(&json!({"user_status": -3})));
    }

    #[test]
    fn a_direction_alone_sorts_on_the_default_and_signed_values_reverse() {
        let specs = load();
        let desc = query(&specs, "habitate", "list_tags", &[("order", "desc")]).expect("valid");
        assert!(desc.sorts());
        let (one, two) = (json!({"tag_id": 1}), json!({"tag_id": 2}));
        assert_eq!(desc.compare(&one, &two), Ordering::Greater);
        let newest = query(
            &specs,
            "sendhub",
            "list_group_contacts",
            &[("ordering", "-date_created")],
        )
        .expect("valid");
        let (old, new) = (
            json!({"date_created": "2012-01-01T00:00:00"}),
            json!({"date_created": "2013-01-01T00:00:00"}),
        );
        assert_eq!(newest.compare(&new, &old), Ordering::Less);
    }

    #[test]
    fn unreadable_values_and_unsupported_parameters_are_refused() {
        let specs = load();
        let error = query(
            &specs,
            "groupsio",
            "list_topics",
            &[("sort_field", "shoe_size")],
        )
        .expect_err("unknown");
        assert!(
            error.contains("sort_field") && error.contains("created"),
            "{error}"
        );
        // A value other listings honour, but whose field these items lack.
        assert!(
            query(
                &specs,
                "groupsio",
                "list_bounce_info",
                &[("sort_field", "name")]
            )
            .is_err()
        );
        let error = query(
            &specs,
            "groupsio",
            "list_activity_log",
            &[("action", "joined")],
        )
        .expect_err("unsupported");
        assert!(error.contains("cannot honour `action`"), "{error}");
        assert!(
            query(
                &specs,
                "groupboss",
                "list_groups",
                &[("created_on_month", "13")]
            )
            .is_err()
        );
    }
}
