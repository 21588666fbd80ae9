//! Check 2: every `$ref` in the document resolves within the document.

use serde_json::Value;

use super::Problem;
use crate::spec::{self, Spec};

/// Check 2: every `$ref` (and every `discriminator.mapping` value written as a reference) is an
/// internal reference (`#/...`) that points at something.
///
/// The whole document is walked, example data included: a `$ref` key in an example would be odd
/// enough to deserve a look anyway.
pub fn check_refs(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(spec, &spec.doc, String::new(), &mut problems);
    problems
}

fn walk(spec: &Spec, value: &Value, pointer: String, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref") {
                check_one(
                    spec,
                    reference,
                    spec::pointer_push(&pointer, "$ref"),
                    problems,
                );
            }
            if let Some(mapping) = map
                .get("discriminator")
                .and_then(|d| d.get("mapping"))
                .and_then(Value::as_object)
            {
                let base = spec::pointer_push(&pointer, "discriminator") + "/mapping";
                // A mapping value is a schema name or a reference; only references can dangle here.
                for (key, target) in mapping {
                    if target.as_str().is_some_and(|t| t.contains('#')) {
                        check_one(spec, target, spec::pointer_push(&base, key), problems);
                    }
                }
            }
            for (key, child) in map {
                walk(spec, child, spec::pointer_push(&pointer, key), problems);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                walk(spec, child, format!("{pointer}/{index}"), problems);
            }
        }
        _ => {}
    }
}

fn check_one(spec: &Spec, reference: &Value, pointer: String, problems: &mut Vec<Problem>) {
    let message = match reference.as_str() {
        None => "$ref must be a string".to_owned(),
        Some(r) if !r.starts_with('#') => {
            format!("$ref `{r}` leaves the document; references must be internal (`#/...`)")
        }
        Some(r) if spec.lookup(r).is_none() => format!("$ref `{r}` does not resolve"),
        Some(_) => return,
    };
    problems.push(Problem::new(spec, pointer, message));
}
