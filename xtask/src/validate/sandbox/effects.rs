//! The sandbox's data-driven effects (`specs/README.md`, "The sandbox's extensions"): on an
//! operation, `where` (the item named by its fields, `$me` the caller), `set` (fields forced after
//! the request's), `requires` (a precondition on the item), `unique` (a create refused on a taken
//! value) and `reply` (a body template); at the root, `me` (the caller's collection); on a
//! collection, `mine` (the field that makes each owner's last seeded item the caller's).

use serde_json::{Map, Value};

use super::{item_schema, properties};
use crate::spec::{self, Spec};
use crate::validate::Problem;

/// The value that stands for the calling user's id (the first item of the root `me` collection).
pub const ME: &str = "$me";

/// The names a `reply` template may use: the item the action produced, and a request field's
/// lines (`$lines:emails`) or how many there are (`$count:emails`).
const ITEM: &str = "$item";
const FUNCTIONS: &[&str] = &["$lines:", "$count:"];

/// Checks the root `me` (a collection) and each collection's `mine` (a property of its items,
/// on a collection with an owner, and only when the root names `me`).
pub fn check_root(spec: &Spec, root: &Map<String, Value>, problems: &mut Vec<Problem>) {
    let collections = root.get("collections").and_then(Value::as_object);
    let me = root.get("me");
    if let Some(me) = me {
        let at = spec::pointer_push(super::ROOT, "me");
        match me.as_str() {
            Some(name) if collections.is_none_or(|c| c.contains_key(name)) => {}
            _ => problems.push(Problem::new(spec, at, "`me` must name a collection")),
        }
    }
    for (name, definition) in collections.into_iter().flatten() {
        let Some(definition) = definition.as_object() else {
            continue;
        };
        let Some(mine) = definition.get("mine") else {
            continue;
        };
        let at = format!("{}/collections/{name}/mine", super::ROOT);
        let props = item_schema(spec, definition)
            .map(|schema| properties(spec, schema))
            .unwrap_or_default();
        let message = match mine.as_str() {
            _ if me.is_none() => Some("`mine` needs the root's `me`"),
            _ if definition.get("owner").is_none() => Some("`mine` needs an `owner`"),
            Some(field) if props.contains(&field) => None,
            _ => Some("`mine` must name a property of the item schema"),
        };
        if let Some(message) = message {
            problems.push(Problem::new(spec, at, message));
        }
    }
}

/// What an operation's effects are checked against.
pub struct Context<'a> {
    /// The operation's `x-groupkit-sandbox`.
    pub block: &'a Map<String, Value>,
    /// Where it is.
    pub at: &'a str,
    /// Its action (`""` without one).
    pub action: &'a str,
    /// The properties of the collection's items (empty without a collection).
    pub props: Vec<&'a str>,
    /// Whether `name` is a parameter or top-level request body field.
    pub is_input: &'a dyn Fn(&str) -> bool,
    /// Whether the root names `me`.
    pub has_me: bool,
}

/// Checks `where`, `set`, `requires`, `unique` and `reply` on one operation.
pub fn check_operation(spec: &Spec, cx: &Context<'_>, problems: &mut Vec<Problem>) {
    let mut report = |key: &str, message: String| {
        problems.push(Problem::new(spec, spec::pointer_push(cx.at, key), message));
    };
    let is_field = |field: &str| cx.props.contains(&field);
    if let Some(rule) = cx.block.get("where") {
        if !["get", "update", "delete", "list"].contains(&cx.action) {
            report(
                "where",
                format!(
                    "`where` names an item or filters a listing: not for `{}`",
                    cx.action
                ),
            );
        }
        match rule.as_object() {
            // `{}`: the first item (a singleton: SendHub's settings).
            Some(fields) => {
                for (field, value) in fields {
                    if !is_field(field) {
                        report("where", format!("`{field}` is not a field of the items"));
                    }
                    if value == ME && !cx.has_me {
                        report("where", "`$me` needs the root's `me`".to_owned());
                    }
                }
            }
            _ => report("where", "must be a mapping {field: value}".to_owned()),
        }
    }
    if let Some(set) = cx.block.get("set") {
        if !["create", "update"].contains(&cx.action) {
            report(
                "set",
                format!("`set` changes an item: not for `{}`", cx.action),
            );
        }
        for (field, _) in set.as_object().into_iter().flatten() {
            if !is_field(field) {
                report("set", format!("`{field}` is not a field of the items"));
            }
        }
        if !set.is_object() {
            report("set", "must be a mapping {field: value}".to_owned());
        }
    }
    if let Some(requires) = cx.block.get("requires") {
        check_requires(requires, cx, &mut report);
    }
    if let Some(unique) = cx.block.get("unique") {
        if cx.action != "create" {
            report(
                "unique",
                format!("`unique` refuses a create, not `{}`", cx.action),
            );
        }
        let field = unique.get("field").and_then(Value::as_str);
        if !field.is_some_and(|f| is_field(f) && (cx.is_input)(f)) {
            let message = "`field` must be a field of the items that the request sends".to_owned();
            report("unique", message);
        }
        if unique.get("error").and_then(Value::as_str).is_none() {
            report("unique", "needs `error`: the provider's message".to_owned());
        }
    }
    if let Some(reply) = cx.block.get("reply") {
        let mut unknown = Vec::new();
        template_names(reply, cx, &mut unknown);
        for name in unknown {
            report("reply", format!("`{name}` is not a name a reply may use"));
        }
    }
}

fn check_requires(requires: &Value, cx: &Context<'_>, report: &mut dyn FnMut(&str, String)) {
    if !["get", "update", "delete"].contains(&cx.action) {
        let message = format!("`requires` tests the named item: not for `{}`", cx.action);
        report("requires", message);
    }
    let Some(rule) = requires.as_object() else {
        report(
            "requires",
            "must be a mapping {field: [values], error}".to_owned(),
        );
        return;
    };
    if rule.get("error").and_then(Value::as_str).is_none() {
        report(
            "requires",
            "needs `error`: the provider's message".to_owned(),
        );
    }
    let fields: Vec<_> = rule.iter().filter(|(k, _)| *k != "error").collect();
    if fields.is_empty() {
        report("requires", "names no field".to_owned());
    }
    for (field, values) in fields {
        if !cx.props.contains(&field.as_str()) {
            report("requires", format!("`{field}` is not a field of the items"));
        }
        if values.as_array().is_none_or(Vec::is_empty) {
            report(
                "requires",
                format!("`{field}` must list the values it allows"),
            );
        }
    }
}

/// Collects the `$` names of `template` that are not known: `$item` (with an action that
/// produces one), `$lines:<field>` and `$count:<field>` of a request field.
fn template_names(template: &Value, cx: &Context<'_>, out: &mut Vec<String>) {
    match template {
        Value::String(text) if text.starts_with('$') => {
            let known = if text == ITEM {
                ["get", "create", "update", "delete"].contains(&cx.action)
            } else {
                FUNCTIONS
                    .iter()
                    .find_map(|f| text.strip_prefix(f))
                    .is_some_and(|field| (cx.is_input)(field))
            };
            if !known {
                out.push(text.clone());
            }
        }
        Value::Array(items) => items.iter().for_each(|v| template_names(v, cx, out)),
        Value::Object(map) => map.values().for_each(|v| template_names(v, cx, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::spec::Spec;
    use crate::validate::check_sandbox;

    fn problems(root_extra: serde_json::Value, op: serde_json::Value) -> Vec<String> {
        let mut root = json!({
            "collections": {
                "users": {"schema": {"$ref": "#/components/schemas/User"}, "size": 2, "id_field": "id"},
            },
            "errors": {
                "body": {"type": "{code}", "extra": "{message}"},
                "unauthorized": {"status": 401, "code": "unauthorized"},
                "invalid": {"status": 400, "code": "invalid"},
                "not_found": {"status": 404, "code": "not_found"},
                "rate_limited": {"status": 429, "code": "rate"},
                "server_error": {"status": 500, "code": "server"},
            },
        });
        for (key, value) in root_extra.as_object().into_iter().flatten() {
            root[key] = value.clone();
        }
        let doc = json!({
            "openapi": "3.1.0",
            "x-groupkit-sandbox": root,
            "paths": {"/u": {"post": {
                "operationId": "u",
                "x-groupkit-sandbox": op,
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                    "type": "object",
                    "properties": {"email": {"type": "string"}, "name": {"type": "string"}},
                }}}},
                "responses": {"200": {"description": "ok"}},
            }}},
            "components": {"schemas": {"User": {"type": "object", "properties": {
                "id": {"type": "integer"}, "email": {"type": "string"}, "status": {"type": "string"},
            }}}},
        });
        let spec = Spec::from_yaml("inline.yaml", &doc.to_string()).expect("parses");
        check_sandbox(&spec)
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn the_effects_of_a_well_formed_operation_pass() {
        let found = problems(
            json!({"me": "users"}),
            json!({"collection": "users", "action": "update", "where": {"id": "$me"},
                "set": {"status": "x"}, "requires": {"status": ["y"], "error": "not y"}}),
        );
        assert!(found.is_empty(), "{found:?}");
        let found = problems(
            json!({}),
            json!({"collection": "users", "action": "create",
                "unique": {"field": "email", "error": "email exists"},
                "reply": {"user": "$item", "n": "$count:email"}}),
        );
        assert!(found.is_empty(), "{found:?}");
        let found = problems(json!({}), json!({"reply": {"lines": "$lines:name"}}));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unknown_fields_names_and_misplaced_effects_are_reported() {
        let found = problems(
            json!({}),
            json!({"collection": "users", "action": "update", "where": {"nope": "$me"},
                "set": {"other": 1}, "requires": {"status": []}}),
        );
        let all = found.join("\n");
        for expected in [
            "`nope` is not a field",
            "`$me` needs the root's `me`",
            "`other` is not a field",
            "needs `error`",
            "`status` must list the values",
        ] {
            assert!(all.contains(expected), "{expected}: {all}");
        }
        let found = problems(
            json!({"me": "nowhere"}),
            json!({"collection": "users", "action": "get", "where": {"id": 1},
                "unique": {"field": "status"}, "reply": {"x": "$lines:missing", "y": "$item"}}),
        );
        let all = found.join("\n");
        for expected in [
            "`me` must name a collection",
            "`unique` refuses a create",
            "`field` must be a field of the items that the request sends",
            "`$lines:missing` is not a name",
        ] {
            assert!(all.contains(expected), "{expected}: {all}");
        }
    }
}
