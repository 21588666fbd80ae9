//! Part of check 8: `x-groupkit-one-of`, the named "exactly one of" choices of an operation.
//!
//! ```yaml
//! x-groupkit-one-of:
//!   - {name: GroupRef, params: [group_id, group_name]}
//! ```
//!
//! The generator makes one Rust enum per `name` (`GroupRef`), with one variant per parameter named
//! after what is left of the parameter's name once the words all of the group's parameters share at
//! the front are taken off (`group_id`, `group_name` → `Id`, `Name`; `alias_group_id`,
//! `alias_group_name` → `Id`, `Name`; `code`, `access_token` → `Code`, `AccessToken`). Since one
//! enum serves every operation that uses the name, the name must always mean the same variants
//! carrying the same types.

use std::collections::BTreeMap;

use serde_json::Value;

use super::Problem;
use super::conventions::{body_fields, collect_property_schemas};
use crate::spec::{self, Operation, Spec};

/// Where a name was first seen and what it meant there: variant suffix → type signature.
struct Meaning {
    pointer: String,
    variants: Vec<(String, String)>,
}

/// Checks every operation's `x-groupkit-one-of` (the form, the names, the parameters) and that a
/// name means the same variants, with the same types, wherever it is used in the document.
pub(super) fn check_one_of(spec: &Spec, ops: &[Operation<'_>], problems: &mut Vec<Problem>) {
    let mut meanings: BTreeMap<String, Meaning> = BTreeMap::new();
    for op in ops {
        let Some(groups) = op.get("x-groupkit-one-of") else {
            continue;
        };
        let at = spec::pointer_push(&op.pointer, "x-groupkit-one-of");
        let Some(groups) = groups.as_array().filter(|g| !g.is_empty()) else {
            let message = "must be a non-empty list of `{name, params}` choices";
            problems.push(Problem::new(spec, at, message));
            continue;
        };
        for (index, group) in groups.iter().enumerate() {
            let group_at = format!("{at}/{index}");
            if let Some((name, variants)) = check_group(spec, op, group, &group_at, problems) {
                remember(spec, &mut meanings, name, variants, group_at, problems);
            }
        }
    }
}

/// One `{name, params}` choice; its name and variants (suffix, type) when it is well formed.
fn check_group(
    spec: &Spec,
    op: &Operation<'_>,
    group: &Value,
    at: &str,
    problems: &mut Vec<Problem>,
) -> Option<(String, Vec<(String, String)>)> {
    let Some(group) = group.as_object() else {
        let message = if group.is_array() {
            "a choice is `{name: <PascalCase type>, params: [<param>, ...]}`, not a bare list of names"
        } else {
            "a choice is `{name: <PascalCase type>, params: [<param>, ...]}`"
        };
        problems.push(Problem::new(spec, at, message));
        return None;
    };
    let mut ok = true;
    for key in group.keys() {
        if key == "required" && !group[key].is_boolean() {
            let message = "`required` is a boolean: `false` makes the choice \"at most one\"";
            problems.push(Problem::new(spec, spec::pointer_push(at, key), message));
            ok = false;
        } else if key != "name" && key != "params" && key != "required" {
            let message =
                format!("unknown key `{key}` (a choice has `name`, `params` and `required`)");
            problems.push(Problem::new(spec, spec::pointer_push(at, key), message));
            ok = false;
        }
    }
    let name = group.get("name").and_then(Value::as_str);
    match name {
        None => {
            let message =
                "a choice needs a `name`: the PascalCase Rust type it becomes (`GroupRef`)";
            problems.push(Problem::new(spec, at, message));
            ok = false;
        }
        Some(name) if !is_pascal_case(name) => {
            let message = format!("`{name}` is not a PascalCase type name");
            problems.push(Problem::new(spec, spec::pointer_push(at, "name"), message));
            ok = false;
        }
        Some(_) => {}
    }
    let params_at = spec::pointer_push(at, "params");
    let params: Vec<&str> = group
        .get("params")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let listed = group
        .get("params")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if params.len() < 2 || params.len() != listed {
        let message = "`params` must list at least two parameter names";
        problems.push(Problem::new(spec, params_at, message));
        return None;
    }
    let inputs = op.parameters(spec);
    let fields = body_fields(spec, op);
    let mut types = Vec::new();
    for (i, param) in params.iter().enumerate() {
        let param_at = format!("{params_at}/{i}");
        if params[..i].contains(param) {
            let message = format!("`{param}` is listed twice");
            problems.push(Problem::new(spec, param_at, message));
            ok = false;
            continue;
        }
        let schema = match inputs.iter().find(|p| p.name == *param) {
            Some(input) => input.object.get("schema"),
            None if fields.contains(param) => body_field_schema(spec, op, param),
            None => {
                let message = format!("`{param}` is neither a parameter nor a request body field");
                problems.push(Problem::new(spec, param_at, message));
                ok = false;
                continue;
            }
        };
        types.push(signature(schema));
    }
    if !ok {
        return None;
    }
    let suffixes = suffixes(&params);
    if let Some(empty) = suffixes.iter().position(String::is_empty) {
        let message = format!(
            "`{}` is all prefix: once the words the parameters share at the front are taken off, \
             nothing is left to name its variant",
            params[empty]
        );
        problems.push(Problem::new(spec, params_at, message));
        return None;
    }
    let variants = suffixes.into_iter().zip(types).collect();
    Some((name.unwrap_or_default().to_owned(), variants))
}

/// Records what `name` means, or reports how it differs from its first use.
fn remember(
    spec: &Spec,
    meanings: &mut BTreeMap<String, Meaning>,
    name: String,
    variants: Vec<(String, String)>,
    at: String,
    problems: &mut Vec<Problem>,
) {
    let Some(first) = meanings.get(&name) else {
        meanings.insert(
            name,
            Meaning {
                pointer: at,
                variants,
            },
        );
        return;
    };
    let mut ours: Vec<_> = variants.iter().map(|(s, _)| s.as_str()).collect();
    let mut theirs: Vec<_> = first.variants.iter().map(|(s, _)| s.as_str()).collect();
    ours.sort_unstable();
    theirs.sort_unstable();
    if ours != theirs {
        let message = format!(
            "`{name}` has the variants {} here but {} at {}: one name, one set of variants \
             (the parameter names minus their common prefix)",
            ours.join(", "),
            theirs.join(", "),
            first.pointer
        );
        problems.push(Problem::new(
            spec,
            spec::pointer_push(&at, "params"),
            message,
        ));
        return;
    }
    for (suffix, ty) in &variants {
        let Some((_, first_ty)) = first.variants.iter().find(|(s, _)| s == suffix) else {
            continue;
        };
        if ty != first_ty {
            let message = format!(
                "`{name}`'s `{suffix}` variant is {ty} here but {first_ty} at {}: one name, one \
                 type per variant",
                first.pointer
            );
            problems.push(Problem::new(
                spec,
                spec::pointer_push(&at, "params"),
                message,
            ));
        }
    }
}

/// What is left of each name once the `_`-separated words all of them start with are taken off.
pub(super) fn suffixes(params: &[&str]) -> Vec<String> {
    let words: Vec<Vec<&str>> = params.iter().map(|p| p.split('_').collect()).collect();
    let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
    let common = (0..shortest)
        .take_while(|&i| words.iter().all(|w| w[i] == words[0][i]))
        .count();
    words.iter().map(|w| w[common..].join("_")).collect()
}

/// The schema of a top-level request body field named `name`.
fn body_field_schema<'a>(spec: &'a Spec, op: &Operation<'a>, name: &str) -> Option<&'a Value> {
    let body = op.get("requestBody").and_then(|b| spec.deref(b).ok())?;
    let content = body.get("content").and_then(Value::as_object)?;
    content.values().find_map(|media| {
        let mut found: Vec<(&str, &Value)> = Vec::new();
        collect_property_schemas(spec, media.get("schema")?, 0, &mut found);
        found.into_iter().find(|(n, _)| *n == name).map(|(_, s)| s)
    })
}

/// A short description of a schema's type, for comparing variants: `integer/int64 id=group`,
/// `string/password`, or the `$ref` it names.
fn signature(schema: Option<&Value>) -> String {
    let Some(schema) = schema.and_then(Value::as_object) else {
        return "untyped".to_owned();
    };
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return format!("`{reference}`");
    }
    let mut types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => vec!["untyped"],
    };
    types.retain(|t| *t != "null");
    types.sort_unstable();
    let mut text = types.join("|");
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        text = format!("{text}/{format}");
    }
    if let Some(id) = schema.get("x-groupkit-id").and_then(Value::as_str) {
        text = format!("{text} id={id}");
    }
    format!("`{text}`")
}

/// `GroupRef`, `OauthCredential`: an ASCII upper-case letter, then letters and digits.
pub(super) fn is_pascal_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::{is_pascal_case, suffixes};

    #[test]
    fn suffixes_drop_the_shared_words() {
        assert_eq!(suffixes(&["group_id", "group_name"]), ["id", "name"]);
        assert_eq!(
            suffixes(&["alias_group_id", "alias_group_name"]),
            ["id", "name"]
        );
        assert_eq!(
            suffixes(&["code", "access_token"]),
            ["code", "access_token"]
        );
        assert_eq!(suffixes(&["group", "group_id"]), ["", "id"]);
        // Words, not characters: `grouping` does not share `group`.
        assert_eq!(
            suffixes(&["group_id", "grouping_id"]),
            ["group_id", "grouping_id"]
        );
    }

    #[test]
    fn pascal_case() {
        for good in ["GroupRef", "OauthCredential", "V2Ref"] {
            assert!(is_pascal_case(good), "{good}");
        }
        for bad in ["", "groupRef", "Group_Ref", "Group-Ref", "2Ref"] {
            assert!(!is_pascal_case(bad), "{bad}");
        }
    }
}
