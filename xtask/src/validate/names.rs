//! Check 4: operation names. `x-groupkit-name` becomes a Rust method name, so it must be one.

use std::collections::HashMap;

use super::Problem;
use crate::spec::{self, Spec};

/// Rust keywords (strict and reserved, 2024 edition) that cannot be a method name without `r#`.
const RUST_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Check 4: every operation under `paths` and `webhooks` has an `x-groupkit-name` that is
/// snake_case, not a Rust keyword and unique among the document's operations (webhooks, which name
/// incoming events rather than client methods, are a namespace of their own); every `operationId` is
/// unique in the document, webhooks included (as OpenAPI requires).
pub fn check_names(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids: HashMap<&str, String> = HashMap::new();
    for (kind, ops) in [
        ("operation", spec.operations()),
        ("webhook", spec.webhook_operations()),
    ] {
        let mut names: HashMap<&str, String> = HashMap::new();
        for op in ops {
            let at = spec::pointer_push(&op.pointer, "x-groupkit-name");
            match op.get("x-groupkit-name").map(|v| (v, v.as_str())) {
                None => problems.push(Problem::new(
                    spec,
                    at,
                    format!("{kind} has no x-groupkit-name"),
                )),
                Some((_, Some(name))) => {
                    if !is_snake_case(name) {
                        problems.push(Problem::new(
                            spec,
                            &at,
                            format!("`{name}` is not snake_case"),
                        ));
                    } else if RUST_KEYWORDS.contains(&name) {
                        problems.push(Problem::new(
                            spec,
                            &at,
                            format!("`{name}` is a Rust keyword"),
                        ));
                    }
                    if let Some(first) = names.insert(name, op.pointer.clone()) {
                        let message = format!("x-groupkit-name `{name}` is also used by {first}");
                        problems.push(Problem::new(spec, at, message));
                    }
                }
                Some((value, None)) => {
                    let message = format!("x-groupkit-name must be a string, found {value}");
                    problems.push(Problem::new(spec, at, message));
                }
            }
            if let Some(id) = op.operation_id()
                && let Some(first) = ids.insert(id, op.pointer.clone())
            {
                let at = spec::pointer_push(&op.pointer, "operationId");
                let message = format!("operationId `{id}` is also used by {first}");
                problems.push(Problem::new(spec, at, message));
            }
        }
    }
    problems
}

/// `list_users`, `get_v2_items`: lower-case ASCII words joined by single underscores, starting
/// with a letter.
pub(super) fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.split('_').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::is_snake_case;

    #[test]
    fn snake_case() {
        for good in ["list_users", "get", "get_v2_items", "a1"] {
            assert!(is_snake_case(good), "{good}");
        }
        for bad in [
            "",
            "List",
            "listUsers",
            "list__users",
            "_list",
            "list_",
            "1list",
            "list-users",
        ] {
            assert!(!is_snake_case(bad), "{bad}");
        }
    }
}
