//! Checking a request against its operation: required parameters, types, enum values, limits,
//! "exactly one of" groups and the body. A failure is a message for the provider's error body.

use serde_json::Value;

use crate::request::Incoming;
use crate::spec::{ProviderSpec, Route, properties};

/// `Ok` when the request is what the operation accepts.
pub fn check(spec: &ProviderSpec, route: &Route, request: &Incoming) -> Result<(), String> {
    if request.malformed_body {
        return Err("the request body cannot be read for its content type".into());
    }
    for param in &route.params {
        let name = param.get("name").and_then(Value::as_str).unwrap_or("");
        let location = param.get("in").and_then(Value::as_str).unwrap_or("");
        let values: Vec<&str> = match location {
            "path" => request
                .path_params
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .collect(),
            "query" => request
                .query
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
                .collect(),
            _ => continue,
        };
        let required =
            location == "path" || param.get("required").and_then(Value::as_bool) == Some(true);
        if required && values.is_empty() {
            return Err(format!("missing required parameter `{name}`"));
        }
        let schema = param.get("schema").cloned().unwrap_or(Value::Null);
        let explode = param
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        for value in values {
            check_text(spec, &schema, value, explode)
                .map_err(|why| format!("parameter `{name}`: {why}"))?;
        }
    }
    check_body(spec, route, request)?;
    // `x-groupkit-one-of: [{name: GroupRef, params: [group_id, group_name]}]`.
    for group in route
        .op
        .get("x-groupkit-one-of")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let names: Vec<&str> = group
            .get("params")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let given = names
            .iter()
            .filter(|n| !request.values(n).is_empty())
            .count();
        // `required: false`: at most one.
        let optional = group.get("required").and_then(Value::as_bool) == Some(false);
        if given > 1 || (given == 0 && !optional) {
            let need = if optional {
                "at most one"
            } else {
                "exactly one"
            };
            return Err(format!("{need} of {} is required", names.join(", ")));
        }
    }
    Ok(())
}

fn check_body(spec: &ProviderSpec, route: &Route, request: &Incoming) -> Result<(), String> {
    let Some(body) = route.op.get("requestBody").map(|b| spec.deref(b)) else {
        return Ok(());
    };
    let Some((media, content)) = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.iter().next())
    else {
        return Ok(());
    };
    let schema = content.get("schema").cloned().unwrap_or(Value::Null);
    // `minProperties` (SendHub's add/remove needs one of two lists): fields given, nulls aside.
    let min_fields = spec
        .deref(&schema)
        .get("minProperties")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let given = request.fields().values().filter(|v| !v.is_null()).count() as u64;
    let has_body = !request.form.is_empty() || request.json.is_some();
    if !has_body {
        let (_, required) = properties(spec, &schema);
        return match body.get("required").and_then(Value::as_bool) == Some(true)
            && (!required.is_empty() || min_fields > 0)
        {
            true => Err("the request needs a body".into()),
            false => Ok(()),
        };
    }
    if given < min_fields {
        return Err(format!("the body needs at least {min_fields} field(s)"));
    }
    let (props, required) = properties(spec, &schema);
    for name in &required {
        if request.values(name).is_empty() {
            return Err(format!("missing required field `{name}`"));
        }
    }
    if media == "application/json" {
        let Some(json) = &request.json else {
            return Err("the body must be JSON".into());
        };
        if !props.is_empty() && !json.is_object() {
            return Err("the body must be a JSON object".into());
        }
        for (name, prop) in &props {
            if let Some(value) = json.get(name) {
                check_json(spec, prop, value).map_err(|why| format!("field `{name}`: {why}"))?;
            }
        }
    } else {
        for (name, value) in &request.form {
            if let Some(prop) = props.get(name) {
                check_text(spec, prop, value, true)
                    .map_err(|why| format!("field `{name}`: {why}"))?;
            }
        }
    }
    Ok(())
}

/// The schema's non-null types and whether null is allowed.
fn types(schema: &Value) -> (Vec<&str>, bool) {
    match schema.get("type") {
        Some(Value::String(t)) => (vec![t.as_str()], false),
        Some(Value::Array(list)) => {
            let all: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
            (
                all.iter().copied().filter(|t| *t != "null").collect(),
                all.contains(&"null"),
            )
        }
        _ => (Vec::new(), false),
    }
}

/// Checks a query or form value (text) against a schema.
fn check_text(
    spec: &ProviderSpec,
    schema: &Value,
    text: &str,
    explode: bool,
) -> Result<(), String> {
    let schema = spec.deref(schema);
    let (types, _) = types(schema);
    if types.contains(&"array") {
        let items = schema.get("items").cloned().unwrap_or(Value::Null);
        let parts: Vec<&str> = if explode {
            vec![text]
        } else {
            text.split(',').collect()
        };
        return parts
            .into_iter()
            .try_for_each(|part| check_text(spec, &items, part, true));
    }
    let value = if types.contains(&"string") || types.is_empty() {
        Value::String(text.to_owned())
    } else if types.contains(&"integer") {
        match text.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => match text.parse::<u64>() {
                Ok(n) => Value::from(n),
                Err(_) => return Err(format!("`{text}` is not an integer")),
            },
        }
    } else if types.contains(&"number") {
        match text.parse::<f64>() {
            Ok(n) => Value::from(n),
            Err(_) => return Err(format!("`{text}` is not a number")),
        }
    } else if types.contains(&"boolean") {
        match text {
            "true" | "1" | "True" => Value::Bool(true),
            "false" | "0" | "False" => Value::Bool(false),
            _ => return Err(format!("`{text}` is not a boolean")),
        }
    } else {
        Value::String(text.to_owned())
    };
    check_json(spec, schema, &value)
}

/// A shallow check of a JSON value: type, enum membership and integer limits.
fn check_json(spec: &ProviderSpec, schema: &Value, value: &Value) -> Result<(), String> {
    let schema = spec.deref(schema);
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            return match branches.iter().any(|b| check_json(spec, b, value).is_ok()) {
                true => Ok(()),
                false => Err("matches none of the allowed forms".into()),
            };
        }
    }
    let (types, nullable) = types(schema);
    if value.is_null() {
        return if nullable || types.is_empty() {
            Ok(())
        } else {
            Err("must not be null".into())
        };
    }
    let fits = |t: &str| match t {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    };
    if !types.is_empty() && !types.iter().any(|t| fits(t)) {
        return Err(format!("expected {}, got {value}", types.join(" or ")));
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        let list: Vec<String> = allowed.iter().map(|v| v.to_string()).collect();
        return Err(format!("{value} is not one of {}", list.join(", ")));
    }
    // Limits come before the paginator, which would otherwise clamp a page size the provider
    // refuses (Groups.io `limit=0`, Habitate `page_size=1000`).
    if let Some(n) = value.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
            && n < min
        {
            return Err(format!("{value} is below the minimum, {min}"));
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
            && n > max
        {
            return Err(format!("{value} is above the maximum, {max}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> ProviderSpec {
        ProviderSpec {
            name: "test",
            doc: json!({}),
            base_path: String::new(),
            routes: Vec::new(),
        }
    }

    #[test]
    fn page_sizes_outside_the_limits_are_refused_with_them() {
        let limit = json!({"type": "integer", "minimum": 1, "maximum": 100});
        let below = check_text(&spec(), &limit, "0", true).expect_err("below");
        assert!(below.contains("minimum, 1"), "{below}");
        let above = check_text(&spec(), &limit, "1000", true).expect_err("above");
        assert!(
            above.contains("1000") && above.contains("maximum, 100"),
            "{above}"
        );
        assert!(check_text(&spec(), &limit, "100", true).is_ok());
        assert!(check_text(&spec(), &limit, "ten", true).is_err());
    }

    #[test]
    fn comma_lists_check_each_item() {
        let ids = json!({"type": "array", "items": {"type": "integer"}});
        assert!(check_text(&spec(), &ids, "1,13,18", false).is_ok());
        assert!(check_text(&spec(), &ids, "1,x", false).is_err());
    }
}
