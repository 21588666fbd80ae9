//! Check 10: every query parameter of a listing has a role (`specs/README.md`, "Query
//! parameters of listings"): the paginator's, the parent or selector's, or the one its
//! parameter-level `x-groupkit-sandbox` gives it (a filter, an order, a scope, or a documented
//! reason the sandbox cannot honour it), naming fields the listed items have.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{Problem, conventions};
use crate::spec::{self, Operation, Parameter, Spec};

/// The filter kinds and the keys each may use besides `filter` and `default`.
const FILTERS: &[(&str, &[&str])] = &[
    ("equals", &["field"]),
    ("in", &["field"]),
    ("contains", &["field"]),
    ("search", &["fields"]),
    ("after", &["field", "inclusive"]),
    ("before", &["field", "inclusive"]),
    ("month", &["field"]),
    ("year", &["field"]),
    ("date", &["field"]),
    ("flag", &["field"]),
    ("include", &["field"]),
    ("select", &["cases"]),
];

/// The order kinds and the keys each may use besides `order`.
const ORDERS: &[(&str, &[&str])] = &[
    ("by", &["fields", "default"]),
    ("direction", &["default"]),
    ("signed", &["fields"]),
];

/// Roles given by a reason alone (a non-empty string).
const NOTES: &[&str] = &["unsupported", "scope", "no_effect", "pagination"];

/// Check 10: each query parameter of an operation whose `x-groupkit-sandbox.action` is `list`
/// is a pagination parameter (named by `x-groupkit-pagination`), the `parent` parameter, one
/// of an `x-groupkit-one-of` choice, or carries an `x-groupkit-sandbox` with exactly one role:
/// `filter` (a known kind over existing item fields), `order`, or a reason (`unsupported`,
/// `scope`, `no_effect`, `pagination`).
pub fn check_filters(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let every_field = every_field(spec);
    for op in spec.operations() {
        let Some(sandbox) = op.get("x-groupkit-sandbox") else {
            continue;
        };
        if sandbox.get("action").and_then(Value::as_str) != Some("list") {
            continue;
        }
        let collection = sandbox
            .get("collection")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let fields = item_fields(spec, collection);
        let owner_fields = spec
            .doc
            .pointer(&format!(
                "/x-groupkit-sandbox/collections/{collection}/owner/collection"
            ))
            .and_then(Value::as_str)
            .map(|owner| item_fields(spec, owner))
            .unwrap_or_default();
        let params = op.parameters(spec);
        let owned = owned_elsewhere(&op);
        let has_by = params.iter().any(|p| order_kind(p) == Some("by"));
        for param in params.iter().filter(|p| p.location == "query") {
            let at = spec::pointer_push(&param.pointer, "x-groupkit-sandbox");
            let mut report = |message: String| {
                problems.push(Problem::new(spec, at.clone(), message));
            };
            let Some(ext) = param.object.get("x-groupkit-sandbox") else {
                if !owned.contains(param.name) {
                    report(format!(
                        "query parameter `{}` of listing `{}` has no role: annotate it \
                         (filter, order, scope or unsupported)",
                        param.name,
                        op.name().unwrap_or_default()
                    ));
                }
                continue;
            };
            let Some(ext) = ext.as_object() else {
                report("x-groupkit-sandbox must be a mapping".to_owned());
                continue;
            };
            // `of: owner`: the filter tests the owner the URL names, not each listed item.
            let of_owner = ext.get("of").is_some();
            let check = Check {
                param,
                ext,
                fields: if of_owner { &owner_fields } else { &fields },
                every_field: &every_field,
                has_by,
            };
            for message in check.problems() {
                report(message);
            }
        }
    }
    problems
}

/// The parameters other parts of the spec give a role: pagination, parent, one-of choices.
fn owned_elsewhere<'a>(op: &Operation<'a>) -> BTreeSet<&'a str> {
    let mut owned = BTreeSet::new();
    if let Some(block) = op.get("x-groupkit-pagination").and_then(Value::as_object) {
        for key in ["limit", "offset", "token", "page", "page_size"] {
            owned.extend(block.get(key).and_then(Value::as_str));
        }
    }
    owned.extend(
        op.get("x-groupkit-sandbox")
            .and_then(|s| s.pointer("/parent/param"))
            .and_then(Value::as_str),
    );
    for choice in op
        .get("x-groupkit-one-of")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let params = choice.get("params").and_then(Value::as_array);
        owned.extend(params.into_iter().flatten().filter_map(Value::as_str));
    }
    owned
}

fn order_kind<'a>(param: &Parameter<'a>) -> Option<&'a str> {
    param
        .object
        .get("x-groupkit-sandbox")
        .and_then(|e| e.get("order"))
        .and_then(Value::as_str)
}

/// One annotated parameter under check.
struct Check<'c, 'a> {
    param: &'c Parameter<'a>,
    ext: &'c Map<String, Value>,
    /// The properties the filter can name: the listed items' (or, with `of: owner`, their
    /// owner's).
    fields: &'c [String],
    /// Every property of every collection of the spec (a shared sort parameter names fields
    /// some of its listings have).
    every_field: &'c BTreeSet<String>,
    /// Whether the listing has an `order: by` parameter (a direction needs one).
    has_by: bool,
}

impl Check<'_, '_> {
    fn problems(&self) -> Vec<String> {
        let roles: Vec<&str> = ["filter", "order"]
            .iter()
            .chain(NOTES)
            .copied()
            .filter(|r| self.ext.contains_key(*r))
            .collect();
        let [role] = roles.as_slice() else {
            return vec![format!(
                "needs exactly one of filter, order, {} (found {})",
                NOTES.join(", "),
                roles.len()
            )];
        };
        match *role {
            "filter" => self.filter(),
            "order" => self.order(),
            note => match self.ext.get(note).and_then(Value::as_str) {
                Some(why) if !why.trim().is_empty() && self.ext.len() == 1 => Vec::new(),
                _ => vec![format!("`{note}` must be the only key, a non-empty reason")],
            },
        }
    }

    fn filter(&self) -> Vec<String> {
        let kind = self.ext.get("filter").and_then(Value::as_str).unwrap_or("");
        let Some((_, keys)) = FILTERS.iter().find(|(k, _)| *k == kind) else {
            let known: Vec<&str> = FILTERS.iter().map(|(k, _)| *k).collect();
            return vec![format!("filter must be one of {}", known.join(", "))];
        };
        let mut problems = self.unknown_keys(&[&["filter", "default", "of"][..], keys].concat());
        match self.ext.get("of") {
            Some(of) if of != "owner" => {
                problems.push(format!("`of` must be `owner`, not {of}"));
            }
            Some(_) if self.fields.is_empty() => {
                problems.push("`of: owner` needs a collection that declares an owner".to_owned());
            }
            _ => {}
        }
        for key in keys.iter().filter(|k| **k != "inclusive") {
            if !self.ext.contains_key(*key) {
                problems.push(format!("filter `{kind}` needs `{key}`"));
            }
        }
        if let Some(field) = self.ext.get("field") {
            problems.extend(self.names_fields(field, "field"));
        }
        if let Some(fields) = self.ext.get("fields") {
            match fields.as_array().filter(|f| !f.is_empty()) {
                Some(list) => list
                    .iter()
                    .for_each(|f| problems.extend(self.names_fields(f, "fields"))),
                None => problems.push("`fields` must be a non-empty list".to_owned()),
            }
        }
        if let Some(inclusive) = self.ext.get("inclusive")
            && !inclusive.is_boolean()
        {
            problems.push("`inclusive` must be true or false".to_owned());
        }
        if kind == "select" {
            problems.extend(self.cases());
        }
        let types = schema_types(self.param);
        let wants = match kind {
            "in" => Some("array"),
            "flag" | "include" => Some("boolean"),
            _ => None,
        };
        if let Some(wanted) = wants
            && !types.iter().any(|t| t == wanted)
        {
            problems.push(format!(
                "filter `{kind}` needs a parameter of type {wanted}"
            ));
        }
        problems
    }

    fn cases(&self) -> Vec<String> {
        let Some(cases) = self.ext.get("cases").and_then(Value::as_object) else {
            return vec!["`cases` must be a mapping of values to {field: values}".to_owned()];
        };
        let mut problems = Vec::new();
        for (value, case) in cases {
            match case.as_object().filter(|c| !c.is_empty()) {
                Some(case) => {
                    for field in case.keys() {
                        problems.extend(self.names_fields(&Value::String(field.clone()), "cases"));
                    }
                }
                None => problems.push(format!("case `{value}` must be a non-empty mapping")),
            }
        }
        if let Some(default) = self.ext.get("default").and_then(Value::as_str)
            && !cases.contains_key(default)
        {
            problems.push(format!("`default` `{default}` is not a case"));
        }
        problems
    }

    fn order(&self) -> Vec<String> {
        let kind = self.ext.get("order").and_then(Value::as_str).unwrap_or("");
        let Some((_, keys)) = ORDERS.iter().find(|(k, _)| *k == kind) else {
            let known: Vec<&str> = ORDERS.iter().map(|(k, _)| *k).collect();
            return vec![format!("order must be one of {}", known.join(", "))];
        };
        let mut problems = self.unknown_keys(&[&["order"][..], keys].concat());
        if kind == "direction" {
            if let Some(default) = self.ext.get("default")
                && !matches!(default.as_str(), Some("asc" | "desc"))
            {
                problems.push("a direction's `default` must be asc or desc".to_owned());
            }
            if !self.has_by {
                problems.push("a direction needs an `order: by` parameter beside it".to_owned());
            }
            return problems;
        }
        let Some(fields) = self.ext.get("fields").and_then(Value::as_object) else {
            problems.push(format!(
                "order `{kind}` needs `fields`: values to item fields"
            ));
            return problems;
        };
        for (value, entry) in fields {
            let names = groupkit_spec::names(entry);
            if names.is_empty() {
                problems.push(format!("`{value}` must name a field or a list of fields"));
            }
            for name in names.iter().filter(|n| !self.every_field.contains(*n)) {
                problems.push(format!(
                    "`{value}` names `{name}`, not a field of any collection"
                ));
            }
        }
        if kind == "by" {
            let default = self.ext.get("default").and_then(Value::as_str);
            let usable = default
                .and_then(|d| fields.get(d))
                .map(groupkit_spec::names)
                .is_some_and(|n| !n.is_empty() && n.iter().all(|f| self.fields.contains(f)));
            if !usable {
                problems.push(
                    "`default` must be a value of `fields` whose fields the listed items have"
                        .to_owned(),
                );
            }
        }
        // Every documented value is honoured.
        for value in enum_values(self.param) {
            let bare = value
                .strip_prefix('-')
                .filter(|_| kind == "signed")
                .unwrap_or(&value);
            if !fields.contains_key(bare) {
                problems.push(format!("the documented value `{value}` is not in `fields`"));
            }
        }
        problems
    }

    fn unknown_keys(&self, allowed: &[&str]) -> Vec<String> {
        self.ext
            .keys()
            .filter(|k| !allowed.contains(&k.as_str()))
            .map(|k| format!("unknown key `{k}` (allowed: {})", allowed.join(", ")))
            .collect()
    }

    /// A field reference (a property, or a list joined into one text) of the listed items.
    fn names_fields(&self, value: &Value, key: &str) -> Vec<String> {
        let names: Vec<&str> = match value {
            Value::String(one) => vec![one.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if names.is_empty() {
            return vec![format!("`{key}` must name a field or a list of fields")];
        }
        names
            .into_iter()
            .filter(|n| !self.fields.iter().any(|f| f == n))
            .map(|n| format!("`{key}` names `{n}`, not a field of the listed items"))
            .collect()
    }
}

fn schema_types(param: &Parameter<'_>) -> Vec<String> {
    match param.object.get("schema").and_then(|s| s.get("type")) {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn enum_values(param: &Parameter<'_>) -> Vec<String> {
    param
        .object
        .get("schema")
        .and_then(|s| s.get("enum"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The properties of a collection's item schema.
fn item_fields(spec: &Spec, collection: &str) -> Vec<String> {
    let pointer = format!("/x-groupkit-sandbox/collections/{collection}/schema");
    let Some(schema) = spec.doc.pointer(&pointer) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    conventions::collect_properties(spec, schema, 0, &mut names);
    names.into_iter().map(str::to_owned).collect()
}

fn every_field(spec: &Spec) -> BTreeSet<String> {
    spec.doc
        .pointer("/x-groupkit-sandbox/collections")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(name, _)| item_fields(spec, name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::check_filters;
    use crate::spec::Spec;

    /// A listing of `tags` with one query parameter `p` (its YAML given) besides the paginator's.
    fn listing(param: &str) -> Vec<String> {
        let text = format!(
            "openapi: 3.1.0
info: {{title: t, version: '1'}}
x-groupkit-sandbox:
  collections:
    tags: {{schema: {{$ref: '#/components/schemas/Tag'}}, size: 3, id_field: tag_id}}
paths:
  /tags:
    get:
      x-groupkit-sandbox: {{collection: tags, action: list}}
      x-groupkit-pagination: {{style: page_number, page: page, page_size: page_size, items: '', has_more_header: has_more}}
      parameters:
        - {{name: page, in: query, schema: {{type: integer}}}}
        - {{name: page_size, in: query, schema: {{type: integer}}}}
        - {param}
components:
  schemas:
    Tag:
      type: object
      properties: {{tag_id: {{type: integer}}, name: {{type: string}}}}
"
        );
        let spec = Spec::from_yaml("t.yaml", &text).expect("a document");
        check_filters(&spec)
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    #[test]
    fn annotated_parameters_over_existing_fields_pass() {
        for good in [
            "{name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}, x-groupkit-sandbox: {filter: in, field: tag_id}}",
            "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: search, fields: [name, [name, tag_id]]}}",
            "{name: s, in: query, schema: {type: string, enum: [id, -id]}, x-groupkit-sandbox: {order: signed, fields: {id: tag_id}}}",
            "{name: x, in: query, schema: {type: string}, x-groupkit-sandbox: {unsupported: the items do not say}}",
        ] {
            assert_eq!(listing(good), Vec::<String>::new(), "{good}");
        }
    }

    #[test]
    fn parameters_without_a_role_or_with_a_bad_one_are_reported() {
        for (bad, says) in [
            (
                "{name: q, in: query, schema: {type: string}}",
                "has no role",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: fuzzy, field: name}}",
                "filter must be one of",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: equals, field: title}}",
                "not a field of the listed items",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: in, field: tag_id}}",
                "type array",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: equals}}",
                "needs `field`",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: equals, of: owner, field: name}}",
                "needs a collection that declares an owner",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {filter: equals, of: parent, field: name}}",
                "`of` must be `owner`",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {unsupported: ''}}",
                "non-empty reason",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {order: direction}}",
                "`order: by` parameter",
            ),
            (
                "{name: q, in: query, schema: {type: string, enum: [id, name]}, x-groupkit-sandbox: {order: by, default: id, fields: {id: tag_id}}}",
                "`name` is not in `fields`",
            ),
            (
                "{name: q, in: query, schema: {type: string}, x-groupkit-sandbox: {order: by, default: age, fields: {id: tag_id}}}",
                "`default` must be",
            ),
        ] {
            let found = listing(bad);
            assert!(found.iter().any(|m| m.contains(says)), "{bad}: {found:?}");
        }
    }
}
