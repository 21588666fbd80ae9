//! A webhook body from the spec's template (`body: {information: $item, webhook:
//! $subscription}`, `extra_id: $item.id` for one field of a value), cut down to the webhook's
//! documented body schema.

use serde_json::{Map, Value};

use crate::spec::{ProviderSpec, properties};

/// What a template's `$` names stand for.
pub struct Vars<'a> {
    /// `$item`: the item the event is about.
    pub item: &'a Value,
    /// `$subscription`: the target's subscription (or the sandbox registration, in its form).
    pub subscription: &'a Value,
    /// `$event`: the event name.
    pub event: &'a str,
    /// `$job`: a number unique to the delivery (Habitate's `job_id`; the same on every retry).
    pub job: u64,
}

/// The body of event `name`: the template filled in, then only the fields its schema (the
/// spec's `webhooks.<name>.post.requestBody`) documents, so it reads like the provider's.
pub fn body(spec: &ProviderSpec, config: &Value, name: &str, vars: &Vars<'_>) -> Value {
    // An event's own `body` (Groups.io: a subgroup's delivery is not a member's), else the
    // provider's.
    let template = config
        .get("events")
        .and_then(|events| events.get(name))
        .and_then(|rule| rule.get("body"))
        .or_else(|| config.get("body"))
        .unwrap_or(&Value::Null);
    let filled = fill(template, vars);
    let schema = spec
        .doc
        .get("webhooks")
        .and_then(|w| w.get(name))
        .and_then(|w| w.get("post"))
        .and_then(|op| op.get("requestBody"))
        .map(|body| spec.deref(body))
        .and_then(|body| body.pointer("/content/application~1json/schema"));
    match schema {
        Some(schema) => project(spec, schema, filled, 0),
        None => filled,
    }
}

/// `template` with each `$` name replaced by its value, and each `$name.field.field` by that
/// field of it (`$item.id`: the item's id; `null` when it has none).
fn fill(template: &Value, vars: &Vars<'_>) -> Value {
    match template {
        Value::String(s) => {
            let (name, path) = s.split_once('.').unwrap_or((s, ""));
            let value = match name {
                "$item" => vars.item.clone(),
                "$subscription" => vars.subscription.clone(),
                "$event" => Value::from(vars.event),
                "$job" => Value::from(vars.job),
                _ => return template.clone(),
            };
            path.split('.')
                .filter(|key| !key.is_empty())
                .fold(value, |value, key| {
                    value.get(key).cloned().unwrap_or(Value::Null)
                })
        }
        Value::Array(list) => Value::Array(list.iter().map(|v| fill(v, vars)).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), fill(v, vars)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `value` with only the properties `schema` documents, at every level (a schema without
/// properties keeps the value as it is).
fn project(spec: &ProviderSpec, schema: &Value, value: Value, depth: u32) -> Value {
    if depth > 16 {
        return value;
    }
    let schema = spec.deref(schema);
    match value {
        Value::Object(map) => {
            let (props, _) = properties(spec, schema);
            if props.is_empty() {
                return Value::Object(map);
            }
            let kept: Map<String, Value> = map
                .into_iter()
                .filter_map(|(k, v)| {
                    let prop = props.get(&k)?;
                    Some((k, project(spec, prop, v, depth + 1)))
                })
                .collect();
            Value::Object(kept)
        }
        Value::Array(list) => match schema.get("items") {
            Some(items) => Value::Array(
                list.into_iter()
                    .map(|v| project(spec, items, v, depth + 1))
                    .collect(),
            ),
            None => Value::Array(list),
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn names_and_their_fields_are_filled_in() {
        let item = json!({"id": 31001, "group": {"name": "beta+api"}});
        let subscription = json!({"id": "s-1"});
        let vars = Vars {
            item: &item,
            subscription: &subscription,
            event: "deleted_subgroup",
            job: 7,
        };
        let template = json!({
            "id": "$job", "action": "$event", "extra_id": "$item.id",
            "name": "$item.group.name", "none": "$item.parent_group_id",
            "hook": "$subscription.id", "all": ["$item"], "kept": "$other.id", "text": "a.b"
        });
        assert_eq!(
            fill(&template, &vars),
            json!({
                "id": 7, "action": "deleted_subgroup", "extra_id": 31001,
                "name": "beta+api", "none": null,
                "hook": "s-1", "all": [item], "kept": "$other.id", "text": "a.b"
            })
        );
    }
}
