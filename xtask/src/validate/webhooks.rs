//! Check 9b: the sandbox's `x-groupkit-sandbox.webhooks` (`specs/README.md`, "The sandbox's
//! extensions"): which collection changes fire which of the spec's webhooks, where API
//! subscriptions live, and the body template.

use serde_json::{Map, Value};

use super::{Problem, conventions};
use crate::spec::{self, Spec};

/// Where the extension lives.
const AT: &str = "/x-groupkit-sandbox/webhooks";
/// The changes a rule can name.
const CHANGES: &[&str] = &["created", "updated", "deleted"];
/// The item fields a subscription collection names, by role.
const ROLES: &[&str] = &["target", "event", "active", "failures"];
/// The names a body template may use.
const NAMES: &[&str] = &["$item", "$subscription", "$event", "$job"];

/// Each `events` key is a webhook of the spec, each rule names a collection, a known `change`,
/// and `when`/`unless`/`was`/`changed` fields of its items (`was`, `changed` on updates only); `subscriptions` names a collection and item fields
/// for its roles; `body` uses only known `$` names.
pub fn check_webhooks(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(config) = spec.doc.pointer(AT) else {
        return problems;
    };
    let mut report = |pointer: String, message: String| {
        problems.push(Problem::new(spec, pointer, message));
    };
    let collections = spec
        .doc
        .pointer("/x-groupkit-sandbox/collections")
        .and_then(Value::as_object);
    let fields_of = |collection: &str| -> Option<Vec<&str>> {
        let reference = collections?
            .get(collection)?
            .pointer("/schema/$ref")?
            .as_str()?;
        let schema = spec.deref(spec.lookup(reference)?).ok()?;
        let mut names = Vec::new();
        conventions::collect_properties(spec, schema, 0, &mut names);
        Some(names)
    };
    let events_at = spec::pointer_push(AT, "events");
    for (name, rule) in config
        .get("events")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let at = spec::pointer_push(&events_at, name);
        if spec.doc.get("webhooks").and_then(|w| w.get(name)).is_none() {
            report(
                at.clone(),
                format!("`{name}` is not one of the spec's webhooks"),
            );
        }
        let collection = rule.get("collection").and_then(Value::as_str).unwrap_or("");
        let Some(fields) = fields_of(collection) else {
            report(
                at,
                format!("`collection: {collection}` is not a collection"),
            );
            continue;
        };
        let change = rule.get("change").and_then(Value::as_str).unwrap_or("");
        if !CHANGES.contains(&change) {
            let message = format!("`change: {change}` is not one of {}", CHANGES.join(", "));
            report(spec::pointer_push(&at, "change"), message);
        }
        if let Some(body) = rule.get("body") {
            let at = spec::pointer_push(&at, "body");
            check_template(body, &at, Some((collection, &fields)), &mut report);
        }
        for key in ["was", "changed"] {
            if rule.get(key).is_some() && change != "updated" {
                let message = format!(
                    "`{key}` compares an item with itself before an update: it needs `change: updated`"
                );
                report(spec::pointer_push(&at, key), message);
            }
        }
        for field in rule
            .get("changed")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let field = field.as_str().unwrap_or("");
            if !fields.contains(&field) {
                let message = format!("`{field}` is not a field of {collection}");
                report(spec::pointer_push(&at, "changed"), message);
            }
        }
        for key in ["when", "unless", "was"] {
            for field in rule
                .get(key)
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if !fields.contains(&field.0.as_str()) {
                    let message = format!("`{}` is not a field of {collection}", field.0);
                    report(spec::pointer_push(&at, key), message);
                }
            }
        }
    }
    if let Some(subs) = config.get("subscriptions").and_then(Value::as_object) {
        check_subscriptions(subs, &fields_of, &mut report);
    }
    if let Some(signature) = config.get("signature") {
        check_signature(signature, &mut report);
    }
    match config.get("body") {
        Some(body) => check_template(body, &spec::pointer_push(AT, "body"), None, &mut report),
        None => report(AT.to_owned(), "needs a `body` template".to_owned()),
    }
    problems
}

fn check_subscriptions<'a>(
    subs: &Map<String, Value>,
    fields_of: &dyn Fn(&str) -> Option<Vec<&'a str>>,
    report: &mut dyn FnMut(String, String),
) {
    let at = spec::pointer_push(AT, "subscriptions");
    let collection = subs.get("collection").and_then(Value::as_str).unwrap_or("");
    let Some(fields) = fields_of(collection) else {
        report(
            at,
            format!("`collection: {collection}` is not a collection"),
        );
        return;
    };
    if subs.get("target").is_none() {
        report(
            at.clone(),
            "needs `target`: the item field holding the URL".to_owned(),
        );
    }
    // A role left out is one the provider keeps no field for (every event, always active).
    for role in ROLES {
        let Some(field) = subs.get(*role).map(|f| f.as_str().unwrap_or("")) else {
            continue;
        };
        if !fields.contains(&field) {
            let message = format!("`{field}` ({role}) is not a field of {collection}");
            report(spec::pointer_push(&at, role), message);
        }
    }
}

/// `signature: {header, key: webhook_secret | api_key, over: [url | body], encoding: base64 | hex}`.
fn check_signature(signature: &Value, report: &mut dyn FnMut(String, String)) {
    let at = spec::pointer_push(AT, "signature");
    let text = |key: &str| signature.get(key).and_then(Value::as_str).unwrap_or("");
    if text("header").is_empty() {
        report(at.clone(), "needs the `header` it is sent in".to_owned());
    }
    for (key, allowed) in [
        ("key", &["webhook_secret", "api_key"][..]),
        ("encoding", &["base64", "hex"][..]),
    ] {
        if !allowed.contains(&text(key)) {
            let message = format!("`{key}` must be one of {}", allowed.join(", "));
            report(spec::pointer_push(&at, key), message);
        }
    }
    let over = signature.get("over").and_then(Value::as_array);
    let parts_ok = over
        .is_some_and(|parts| !parts.is_empty() && parts.iter().all(|p| p == "url" || p == "body"));
    if !parts_ok {
        let message = "`over` must list what is signed, in order: url, body".to_owned();
        report(spec::pointer_push(&at, "over"), message);
    }
}

/// Every `$` string of a body template is one of [`NAMES`], or a field of one (`$item.id`):
/// of `$item` or `$subscription`, whose values are objects; in an event's own body, `$item`'s
/// first field must be one of its collection's (`item`: the collection and its fields).
fn check_template(
    template: &Value,
    at: &str,
    item: Option<(&str, &[&str])>,
    report: &mut dyn FnMut(String, String),
) {
    match template {
        Value::String(s) if s.starts_with('$') => {
            let (name, path) = match s.split_once('.') {
                Some((name, path)) => (name, Some(path)),
                None => (s.as_str(), None),
            };
            let message = if !NAMES.contains(&name) {
                Some(format!("`{s}` is not one of {}", NAMES.join(", ")))
            } else {
                match (name, path) {
                    (_, None) | ("$subscription", Some(_)) => None,
                    ("$item", Some(path)) => {
                        let first = path.split('.').next().unwrap_or("");
                        match item {
                            _ if first.is_empty() => Some(format!("`{s}` names no field")),
                            Some((collection, fields)) if !fields.contains(&first) => {
                                Some(format!("`{first}` in `{s}` is not a field of {collection}"))
                            }
                            _ => None,
                        }
                    }
                    (name, Some(_)) => Some(format!("`{name}` has no fields: `{s}`")),
                }
            };
            if let Some(message) = message {
                report(at.to_owned(), message);
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                check_template(v, &spec::pointer_push(at, &i.to_string()), item, report);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                check_template(v, &spec::pointer_push(at, k), item, report);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(yaml: &str) -> Vec<String> {
        let spec = Spec::from_yaml("t.yaml", yaml).expect("parses");
        check_webhooks(&spec)
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    const BASE: &str = "
openapi: 3.1.0
webhooks:
  Group.created: {post: {}}
components:
  schemas:
    Group: {type: object, properties: {id: {type: string}, name: {type: string}}}
x-groupkit-sandbox:
  collections:
    groups: {schema: {$ref: '#/components/schemas/Group'}, size: 1, id_field: id}
";

    #[test]
    fn a_good_table_passes() {
        let yaml = format!(
            "{BASE}  webhooks:\n    events:\n      Group.created: {{collection: groups, change: created, when: {{name: x}}, body: {{gid: $item.id, hook: $subscription.id}}}}\n    body: {{information: $item, job: $job, name: $item.name}}\n"
        );
        assert_eq!(problems(&yaml), Vec::<String>::new());
    }

    #[test]
    fn unknown_events_collections_changes_fields_and_names_are_reported() {
        let yaml = format!(
            "{BASE}  webhooks:\n    events:\n      Group.deleted: {{collection: groups, change: gone, unless: {{colour: red}}, body: {{gid: $item.colour}}}}\n      Group.created: {{collection: teams, change: created}}\n    body: {{information: $group, job: $job.id, bare: $item.}}\n"
        );
        let found = problems(&yaml).join("\n");
        for expected in [
            "`Group.deleted` is not one of the spec's webhooks",
            "`change: gone`",
            "`colour` is not a field of groups",
            "`collection: teams` is not a collection",
            "`$group` is not one of",
            "`colour` in `$item.colour` is not a field of groups",
            "`$job` has no fields",
            "`$item.` names no field",
        ] {
            assert!(found.contains(expected), "{expected} in:\n{found}");
        }
    }

    #[test]
    fn was_and_changed_name_fields_and_need_an_update() {
        let yaml = format!(
            "{BASE}  webhooks:\n    events:\n      Group.created: {{collection: groups, change: created, was: {{colour: red}}, changed: [shade]}}\n    body: {{information: $item}}\n"
        );
        let found = problems(&yaml).join("\n");
        for expected in [
            "it needs `change: updated`",
            "`colour` is not a field of groups",
        ] {
            assert!(found.contains(expected), "{expected} in:\n{found}");
        }
    }
}
