//! Check 8: the rest of `specs/README.md` that the generator relies on: the smaller operation
//! extensions, and the schema conventions (no `nullable`, open enums, integer enum names).

use serde_json::{Map, Value};

use super::{Problem, names::is_snake_case, one_of};
use crate::spec::{self, Operation, Spec};

/// Schema keywords whose value is one subschema.
const ONE: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
];
/// Schema keywords whose value is a list of subschemas.
const LIST: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Schema keywords whose value maps names to subschemas.
const MAP: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];

/// Check 8: on operations, `x-groupkit-one-of` is a list of `{name, params}` choices (see
/// `validate/one_of.rs`: a PascalCase name, at least two of the operation's parameters or
/// top-level request body fields, and one meaning per name), and `x-groupkit-csrf` /
/// `x-groupkit-idempotent` are booleans. In every schema, `nullable` is absent (3.1 spells it
/// `type: [.., "null"]`), an `enum` carries `x-groupkit-open-enum: true`, an integer `enum` has
/// `x-groupkit-enum-names`, one distinct SCREAMING_SNAKE name per value, and `x-groupkit-id` (the
/// entity an id identifies) is a snake_case name on an integer, string or `[string, integer]`
/// schema (null allowed besides); it sits on schemas only, and on an array's `items`, not the array.
pub fn check_conventions(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let ops: Vec<Operation<'_>> = spec
        .operations()
        .into_iter()
        .chain(spec.webhook_operations())
        .collect();
    for op in &ops {
        check_operation(spec, op, &mut problems);
    }
    one_of::check_one_of(spec, &ops, &mut problems);
    walk_document(spec, &spec.doc, String::new(), &mut problems);
    problems
}

fn check_operation(spec: &Spec, op: &Operation<'_>, problems: &mut Vec<Problem>) {
    for flag in ["x-groupkit-csrf", "x-groupkit-idempotent"] {
        if op.get(flag).is_some_and(|v| !v.is_boolean()) {
            let at = spec::pointer_push(&op.pointer, flag);
            problems.push(Problem::new(
                spec,
                at,
                format!("{flag} must be true or false"),
            ));
        }
    }
}

/// Top-level property names of every request body schema of the operation (`allOf` followed).
pub(super) fn body_fields<'a>(spec: &'a Spec, op: &Operation<'a>) -> Vec<&'a str> {
    let mut fields = Vec::new();
    let body = op.get("requestBody").and_then(|b| spec.deref(b).ok());
    let content = body
        .and_then(|b| b.get("content"))
        .and_then(Value::as_object);
    for media in content.into_iter().flat_map(|c| c.values()) {
        if let Some(schema) = media.get("schema") {
            collect_properties(spec, schema, 0, &mut fields);
        }
    }
    fields
}

pub(super) fn collect_properties<'a>(
    spec: &'a Spec,
    schema: &'a Value,
    depth: usize,
    out: &mut Vec<&'a str>,
) {
    let mut found = Vec::new();
    collect_property_schemas(spec, schema, depth, &mut found);
    out.extend(found.into_iter().map(|(name, _)| name));
}

/// Top-level properties of `schema`, name and schema, `$ref` and `allOf` followed.
pub(super) fn collect_property_schemas<'a>(
    spec: &'a Spec,
    schema: &'a Value,
    depth: usize,
    out: &mut Vec<(&'a str, &'a Value)>,
) {
    let Ok(schema) = spec.deref(schema) else {
        return;
    };
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out.extend(props.iter().map(|(name, prop)| (name.as_str(), prop)));
    }
    // A few levels of `allOf` is all a document needs; more is a cycle.
    if depth < 8 {
        for branch in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            collect_property_schemas(spec, branch, depth + 1, out);
        }
    }
}

/// Finds the schemas of the document (under `components/schemas` and every `schema` field of a
/// parameter, header or media type), skipping example data and extensions where no schema lives.
fn walk_document(spec: &Spec, value: &Value, pointer: String, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let at = spec::pointer_push(&pointer, key);
                if key == "schema" || pointer == "/components/schemas" {
                    walk_schema(spec, child, at, problems);
                } else if key == ID {
                    let message = format!(
                        "{ID} goes on a schema (a parameter's `schema`, a property, an array's \
                         `items`), not here"
                    );
                    problems.push(Problem::new(spec, at, message));
                } else if !(key.starts_with("x-") || key == "example" || key == "examples") {
                    walk_document(spec, child, at, problems);
                }
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                walk_document(spec, child, format!("{pointer}/{index}"), problems);
            }
        }
        _ => {}
    }
}

fn walk_schema(spec: &Spec, schema: &Value, pointer: String, problems: &mut Vec<Problem>) {
    let Some(map) = schema.as_object() else {
        return;
    };
    check_schema(spec, map, &pointer, problems);
    for (key, child) in map {
        let at = spec::pointer_push(&pointer, key);
        if ONE.contains(&key.as_str()) {
            walk_schema(spec, child, at, problems);
        } else if LIST.contains(&key.as_str()) {
            for (index, item) in child.as_array().into_iter().flatten().enumerate() {
                walk_schema(spec, item, format!("{at}/{index}"), problems);
            }
        } else if MAP.contains(&key.as_str()) {
            for (name, item) in child.as_object().into_iter().flatten() {
                walk_schema(spec, item, spec::pointer_push(&at, name), problems);
            }
        }
    }
}

fn check_schema(spec: &Spec, schema: &Map<String, Value>, at: &str, problems: &mut Vec<Problem>) {
    check_id(spec, schema, at, problems);
    if schema.contains_key("nullable") {
        let message = "`nullable` is OpenAPI 3.0; write `type: [<type>, \"null\"]`";
        problems.push(Problem::new(
            spec,
            spec::pointer_push(at, "nullable"),
            message,
        ));
    }
    check_aliases(spec, schema, at, problems);
    let Some(values) = schema.get("enum").and_then(Value::as_array) else {
        return;
    };
    if schema.get("x-groupkit-open-enum") != Some(&Value::Bool(true)) {
        let message = "an enum needs `x-groupkit-open-enum: true`";
        problems.push(Problem::new(spec, at, message));
    }
    // `null` in an enum is nullability, not a variant.
    let values: Vec<_> = values.iter().filter(|v| !v.is_null()).collect();
    if values.is_empty() || !values.iter().all(|v| v.is_i64() || v.is_u64()) {
        return;
    }
    let names: Vec<_> = schema
        .get("x-groupkit-enum-names")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let distinct = names
        .iter()
        .enumerate()
        .all(|(i, n)| !names[..i].contains(n));
    if names.len() != values.len() || !distinct || !names.iter().all(|n| is_screaming_snake(n)) {
        let message = format!(
            "an integer enum needs `x-groupkit-enum-names`: {} distinct SCREAMING_SNAKE names",
            values.len()
        );
        problems.push(Problem::new(spec, at, message));
    }
}

/// The extension listing other spellings a string enum accepts on input.
const ALIASES: &str = "x-groupkit-enum-aliases";

/// `x-groupkit-enum-aliases: {alias: value}`: on a string enum only, each alias a string that
/// is not itself a value of the enum, mapped to one that is (the wire form it decodes to).
fn check_aliases(spec: &Spec, schema: &Map<String, Value>, at: &str, problems: &mut Vec<Problem>) {
    let Some(aliases) = schema.get(ALIASES) else {
        return;
    };
    let alias_at = spec::pointer_push(at, ALIASES);
    let values: Vec<&str> = schema
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if values.is_empty() {
        let message = format!("`{ALIASES}` belongs on a string enum (`enum:` of strings)");
        problems.push(Problem::new(spec, &alias_at, message));
        return;
    }
    let Some(aliases) = aliases.as_object().filter(|a| !a.is_empty()) else {
        let message = format!("`{ALIASES}` must map each alias to a value of the enum");
        problems.push(Problem::new(spec, &alias_at, message));
        return;
    };
    for (alias, value) in aliases {
        let at = spec::pointer_push(&alias_at, alias);
        if values.contains(&alias.as_str()) {
            let message = format!("alias `{alias}` is a value of the enum, not another spelling");
            problems.push(Problem::new(spec, &at, message));
        }
        match value.as_str() {
            Some(value) if values.contains(&value) => {}
            _ => {
                let message = format!(
                    "alias `{alias}` must name a value of the enum ({}), found {value}",
                    values.join(", ")
                );
                problems.push(Problem::new(spec, &at, message));
            }
        }
    }
}

/// The extension naming the entity an id identifies.
const ID: &str = "x-groupkit-id";

/// `x-groupkit-id: <entity>`: a snake_case entity name on a schema the generator can make a typed id
/// of (core's `Id` holds an integer or a string), so integer, string or `[string, integer]`, with or
/// without null.
fn check_id(spec: &Spec, schema: &Map<String, Value>, at: &str, problems: &mut Vec<Problem>) {
    let Some(entity) = schema.get(ID) else {
        return;
    };
    let id_at = spec::pointer_push(at, ID);
    match entity.as_str() {
        Some(name) if is_snake_case(name) => {}
        Some(name) => {
            let message =
                format!("`{name}` is not a snake_case entity name (`group`, `wiki_page`)");
            problems.push(Problem::new(spec, &id_at, message));
        }
        None => {
            let message = format!("{ID} must be an entity name (`group`), found {entity}");
            problems.push(Problem::new(spec, &id_at, message));
        }
    }
    let mut types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    types.retain(|t| *t != "null");
    types.sort_unstable();
    let message = match types.as_slice() {
        ["integer"] | ["string"] | ["integer", "string"] => return,
        ["array"] => format!("{ID} goes on the array's `items`, not on the array"),
        [] => format!(
            "{ID} needs a schema with its own `type` (integer, string or [string, integer]), \
             not a `$ref` or an untyped schema"
        ),
        other => format!(
            "{ID} marks an id, so the schema must be integer, string or [string, integer] \
             (null allowed), not {}",
            other.join(", ")
        ),
    };
    problems.push(Problem::new(spec, id_at, message));
}

fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.split('_').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}
