//! Reading groupkit's own `x-groupkit-*` values where a spec may write one name or several.

use serde_json::Value;

/// The names a value gives: one string (`name`) or a list of them (`[first_name,
/// last_name]`); anything else names nothing.
pub fn names(value: &Value) -> Vec<String> {
    match value {
        Value::String(one) => vec![one.clone()],
        Value::Array(list) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_name_or_a_list() {
        assert_eq!(names(&json!("name")), ["name"]);
        assert_eq!(names(&json!(["a", 1, "b"])), ["a", "b"]);
        assert!(names(&json!({"a": 1})).is_empty());
    }
}
