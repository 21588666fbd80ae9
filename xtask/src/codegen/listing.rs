//! Listings: what a list operation's `x-groupkit-pagination` and its page-size parameter become.
//!
//! - [`style`]: the `groupkit_core::Style` constant, with the page sizes the spec allows (the
//!   page-size parameter's `minimum` and `maximum`) as a `PageSizeLimits`;
//! - [`owned_parameters`]: the parameters the paginator sets (page size, offset, token, page
//!   number), which the request builder therefore does not offer as setters: a listing has one
//!   page-size setting (`Paginator::page_size`) and one start setting
//!   (`Paginator::resume_from`);
//! - [`methods`]: the builder's listing methods (`paginator`, `pages`, `items`,
//!   `items_with_position`), for a builder that has `fn into_request(self) ->
//!   groupkit_core::RequestBuilder`.

use serde_json::Value;

/// The parameter that sets the page size, when the style has one.
pub fn size_parameter(pagination: &Value) -> Option<&str> {
    let key = match style_name(pagination) {
        "offset" | "cursor" => "limit",
        "page_number" => "page_size",
        _ => return None,
    };
    pagination.get(key).and_then(Value::as_str)
}

/// The request parameters the paginator sets, in the order the style names them.
pub fn owned_parameters(pagination: &Value) -> Vec<String> {
    let keys: &[&str] = match style_name(pagination) {
        "offset" => &["limit", "offset"],
        "cursor" => &["limit", "token"],
        "page_number" => &["page", "page_size"],
        _ => &[],
    };
    keys.iter()
        .filter_map(|key| pagination.get(*key).and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

/// A `groupkit_core::PageSizeLimits` expression from the page-size parameter's schema: its
/// `minimum` (1 when absent) and `maximum` (none when absent).
pub fn size_limits(schema: Option<&Value>) -> String {
    let bound = |key: &str| {
        schema
            .and_then(|s| s.get(key))
            .and_then(Value::as_u64)
            .map(|n| n.min(u64::from(u32::MAX)))
    };
    let min = bound("minimum").unwrap_or(1);
    let max = match bound("maximum") {
        Some(max) => format!("Some({max})"),
        None => "None".to_owned(),
    };
    format!("groupkit_core::PageSizeLimits {{ min: {min}, max: {max} }}")
}

/// The `groupkit_core::Style` expression; `None` for an unknown style. `size_schema` is the
/// page-size parameter's schema, with `$ref`s followed.
pub fn style(pagination: &Value, size_schema: Option<&Value>) -> Option<String> {
    let s = |key: &str| {
        pagination
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let opt = |key: &str| match pagination.get(key).and_then(Value::as_str) {
        Some(v) => format!("Some({v:?})"),
        None => "None".into(),
    };
    let limits = size_limits(size_schema);
    Some(match style_name(pagination) {
        "offset" => format!(
            "groupkit_core::Style::Offset(groupkit_core::pagination::Offset {{ limit: {:?}, offset: {:?}, items: {:?}, total: {}, next: {}, size_limits: {limits} }})",
            s("limit"),
            s("offset"),
            s("items"),
            opt("total"),
            opt("next")
        ),
        "cursor" => format!(
            "groupkit_core::Style::Cursor(groupkit_core::pagination::Cursor {{ limit: {:?}, token: {:?}, items: {:?}, has_more: {}, next_token: {:?}, total: {}, size_limits: {limits} }})",
            s("limit"),
            s("token"),
            s("items"),
            opt("has_more"),
            s("next_token"),
            opt("total")
        ),
        "page_number" => format!(
            "groupkit_core::Style::PageNumber(groupkit_core::pagination::PageNumber {{ page: {:?}, page_size: {:?}, items: {:?}, has_more_header: {:?}, size_limits: {limits} }})",
            s("page"),
            s("page_size"),
            s("items"),
            s("has_more_header")
        ),
        "next_link" => format!(
            "groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink {{ items: {:?}, next: {:?}, total: {} }})",
            s("items"),
            s("next"),
            opt("total")
        ),
        _ => return None,
    })
}

/// Whether the page is a bare array (items at `""`): it has no envelope, `()`.
pub fn is_bare(pagination: &Value) -> bool {
    pagination.get("items").and_then(Value::as_str) == Some("")
}

/// The builder's listing methods. `style_const` names the style constant, `item` and
/// `envelope` are Rust types (the envelope is the response model, or `()` for a bare array).
pub fn methods(style_const: &str, item: &str, envelope: &str) -> String {
    let typed = if envelope == "()" {
        String::new()
    } else {
        format!(".with_envelope::<{envelope}>()")
    };
    let page_doc = if envelope == "()" {
        "its items, total, headers and positions (a bare array: no envelope)".to_owned()
    } else {
        format!(
            "its items, the page's own fields as [`{}`]({envelope}) ([`groupkit_core::Page::envelope`], its item field left empty), the total and positions",
            envelope.trim_start_matches("crate::models::")
        )
    };
    format!(
        r#"    /// The listing as a [`groupkit_core::Paginator`]: where it starts
    /// ([`resume_from`](groupkit_core::Paginator::resume_from) a saved
    /// [`groupkit_core::Position`]), the page size
    /// ([`page_size`](groupkit_core::Paginator::page_size), checked against the API's limits
    /// before anything is sent), caps and concurrency.
    #[inline]
    pub fn paginator(self) -> groupkit_core::Paginator<{item}, {envelope}> {{
        self.into_request().paginate::<{item}>({style_const}){typed}
    }}

    /// Every page of the listing, fetched as the stream is polled: {page_doc}.
    #[inline]
    pub fn pages(self) -> groupkit_core::PageStream<{item}, {envelope}> {{
        self.paginator().pages()
    }}

    /// Every item of every page, in order.
    #[inline]
    pub fn items(self) -> groupkit_core::ItemStream<{item}> {{
        self.paginator().items()
    }}

    /// Every item of every page, in order, each with the position just after it: save it, and
    /// `.paginator().resume_from(position)` continues with the next item.
    #[inline]
    pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<{item}> {{
        self.paginator().items_with_position()
    }}

"#
    )
}

fn style_name(pagination: &Value) -> &str {
    pagination
        .get("style")
        .and_then(Value::as_str)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn cursor() -> Value {
        json!({"style": "cursor", "limit": "limit", "token": "page_token", "items": "/data",
               "has_more": "/has_more", "next_token": "/next_page_token", "total": "/total_count"})
    }

    #[test]
    fn the_style_carries_the_page_size_limits_of_the_spec() {
        let schema = json!({"type": "integer", "minimum": 1, "maximum": 100});
        assert_eq!(
            style(&cursor(), Some(&schema)).unwrap(),
            "groupkit_core::Style::Cursor(groupkit_core::pagination::Cursor { limit: \"limit\", \
             token: \"page_token\", items: \"/data\", has_more: Some(\"/has_more\"), \
             next_token: \"/next_page_token\", total: Some(\"/total_count\"), \
             size_limits: groupkit_core::PageSizeLimits { min: 1, max: Some(100) } })"
        );
        let pages = json!({"style": "page_number", "page": "page", "page_size": "page_size",
                           "items": "", "has_more_header": "has_more"});
        assert!(
            style(&pages, Some(&json!({"type": "integer", "minimum": 5})))
                .unwrap()
                .ends_with("size_limits: groupkit_core::PageSizeLimits { min: 5, max: None } })")
        );
        let offset = json!({"style": "offset", "limit": "limit", "offset": "offset",
                            "items": "/objects", "total": "/meta/total_count"});
        assert!(
            style(&offset, None)
                .unwrap()
                .contains("total: Some(\"/meta/total_count\"), next: None, size_limits: groupkit_core::PageSizeLimits { min: 1, max: None }")
        );
        let link = json!({"style": "next_link", "items": "/results", "next": "/next"});
        assert_eq!(
            style(&link, None).unwrap(),
            "groupkit_core::Style::NextLink(groupkit_core::pagination::NextLink { items: \"/results\", next: \"/next\", total: None })"
        );
        assert_eq!(style(&json!({"style": "telepathy"}), None), None);
    }

    #[test]
    fn huge_bounds_are_clamped_to_the_page_size_type() {
        let schema = json!({"minimum": 0, "maximum": 1_u64 << 40});
        assert_eq!(
            size_limits(Some(&schema)),
            format!(
                "groupkit_core::PageSizeLimits {{ min: 0, max: Some({}) }}",
                u32::MAX
            )
        );
    }

    #[test]
    fn the_paginator_owns_the_page_size_and_start_parameters() {
        assert_eq!(owned_parameters(&cursor()), ["limit", "page_token"]);
        assert_eq!(size_parameter(&cursor()), Some("limit"));
        let offset = json!({"style": "offset", "limit": "max", "offset": "skip", "items": "/o"});
        assert_eq!(owned_parameters(&offset), ["max", "skip"]);
        let pages =
            json!({"style": "page_number", "page": "p", "page_size": "per_page", "items": ""});
        assert_eq!(owned_parameters(&pages), ["p", "per_page"]);
        assert_eq!(size_parameter(&pages), Some("per_page"));
        assert!(is_bare(&pages));
        // A next link carries its own page and size.
        let link = json!({"style": "next_link", "items": "/results", "next": "/next"});
        assert!(owned_parameters(&link).is_empty());
        assert_eq!(size_parameter(&link), None);
        assert!(!is_bare(&link));
    }

    #[test]
    fn the_methods_name_the_typed_page_and_the_item() {
        let text = methods(
            "LIST_MESSAGES_PAGINATION",
            "crate::models::Message",
            "crate::models::MessageList",
        );
        assert!(text.contains(
            "pub fn paginator(self) -> groupkit_core::Paginator<crate::models::Message, crate::models::MessageList> {\n        self.into_request().paginate::<crate::models::Message>(LIST_MESSAGES_PAGINATION).with_envelope::<crate::models::MessageList>()\n    }"
        ));
        assert!(text.contains(
            "pub fn pages(self) -> groupkit_core::PageStream<crate::models::Message, crate::models::MessageList>"
        ));
        assert!(
            text.contains(
                "pub fn items(self) -> groupkit_core::ItemStream<crate::models::Message>"
            )
        );
        assert!(text.contains(
            "pub fn items_with_position(self) -> groupkit_core::PositionedItemStream<crate::models::Message>"
        ));
        assert!(text.contains("[`MessageList`]"));
        // Four methods, each documented and `#[inline]` (compiled only where called).
        assert_eq!(text.matches("    pub fn ").count(), 4);
        let lines: Vec<&str> = text.lines().collect();
        let documented = lines
            .windows(3)
            .filter(|w| {
                w[2].starts_with("    pub fn ")
                    && w[1] == "    #[inline]"
                    && w[0].starts_with("    ///")
            })
            .count();
        assert_eq!(documented, 4);
    }

    #[test]
    fn a_bare_array_has_no_envelope() {
        let text = methods("LIST_BOARDS_PAGINATION", "crate::models::Board", "()");
        assert!(text.contains("groupkit_core::Paginator<crate::models::Board, ()>"));
        assert!(text.contains(".paginate::<crate::models::Board>(LIST_BOARDS_PAGINATION)\n"));
        assert!(!text.contains("with_envelope"));
        assert!(text.contains("no envelope"));
    }
}
