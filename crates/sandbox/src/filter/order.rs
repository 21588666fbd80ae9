//! The order a listing asks for: `x-groupkit-sandbox: {order: by | direction | signed}`.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::value::order;

/// One sort key: a field and its direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The item's property.
    pub field: String,
    /// Largest first.
    pub descending: bool,
}

/// Whether a direction text asks for descending order (`asc` or `desc`, any case).
pub fn descending(name: &str, text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "asc" => Ok(false),
        "desc" => Ok(true),
        _ => Err(format!("`{name}`: `{text}` is not asc or desc")),
    }
}

/// The keys that `value` of a `by` or `signed` parameter (annotation `ext`) names: its
/// `fields` entry, a property or a list of them (later ones break ties). `available` is the
/// item's properties: a value whose fields the listed items lack is refused too.
pub fn keys(
    name: &str,
    ext: &Value,
    value: &str,
    descending: bool,
    available: &[String],
) -> Result<Vec<Key>, String> {
    let empty = Map::new();
    let fields = ext
        .get("fields")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let usable = |entry: &Value| -> Option<Vec<String>> {
        let names = groupkit_spec::names(entry);
        (!names.is_empty() && names.iter().all(|n| available.contains(n))).then_some(names)
    };
    match fields.get(value).and_then(usable) {
        Some(names) => Ok(names
            .into_iter()
            .map(|field| Key { field, descending })
            .collect()),
        None => {
            let known: Vec<&str> = fields
                .iter()
                .filter(|(_, entry)| usable(entry).is_some())
                .map(|(k, _)| k.as_str())
                .collect();
            Err(format!(
                "`{name}`: cannot sort on `{value}` here; use one of {}",
                known.join(", ")
            ))
        }
    }
}

/// The order of two items under `keys`; an item missing a field comes after one that has it,
/// whichever the direction.
pub fn compare(keys: &[Key], a: &Value, b: &Value) -> Ordering {
    for key in keys {
        let get = |item: &Value| item.get(&key.field).filter(|v| !v.is_null()).cloned();
        let found = match (get(a), get(b)) {
            (None, None) => Ordering::Equal,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(x), Some(y)) if key.descending => order(&y, &x),
            (Some(x), Some(y)) => order(&x, &y),
        };
        if found != Ordering::Equal {
            return found;
        }
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn available() -> Vec<String> {
        ["id", "created", "is_sticky", "most_recent_message"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn values_name_their_fields_and_unusable_ones_are_refused() {
        let ext = json!({"order": "by", "fields": {
            "created": "created",
            "recentpostdate/sticky": ["is_sticky", "most_recent_message"],
            "name": "name"
        }});
        let keys = keys(
            "sort_field",
            &ext,
            "recentpostdate/sticky",
            true,
            &available(),
        )
        .expect("known");
        assert_eq!(keys.len(), 2);
        assert!(keys.iter().all(|k| k.descending));
        let error = super::keys("sort_field", &ext, "name", false, &available())
            .expect_err("no name field");
        assert!(
            error.contains("created") && !error.contains("name,"),
            "{error}"
        );
        assert!(super::keys("sort_field", &ext, "size", false, &available()).is_err());
    }

    #[test]
    fn directions_read_asc_and_desc_only() {
        assert_eq!(descending("sort_dir", "DESC"), Ok(true));
        assert_eq!(descending("sort_dir", "asc"), Ok(false));
        assert!(descending("sort_dir", "up").is_err());
    }

    #[test]
    fn missing_fields_sort_last_and_ties_fall_through() {
        let by = |descending| {
            vec![
                Key {
                    field: "n".into(),
                    descending,
                },
                Key {
                    field: "id".into(),
                    descending: false,
                },
            ]
        };
        let (a, b, c) = (
            json!({"n": 2, "id": 1}),
            json!({"n": 10, "id": 2}),
            json!({"id": 3}),
        );
        assert_eq!(compare(&by(false), &a, &b), Ordering::Less);
        assert_eq!(compare(&by(true), &a, &b), Ordering::Greater);
        assert_eq!(compare(&by(true), &c, &a), Ordering::Greater);
        assert_eq!(compare(&by(false), &c, &a), Ordering::Greater);
        let d = json!({"n": 2, "id": 0});
        assert_eq!(compare(&by(true), &a, &d), Ordering::Greater);
    }
}
