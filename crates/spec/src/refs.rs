//! Local `$ref` resolution.

use std::fmt;

use serde_json::Value;

use crate::pointer::percent_decode;

/// The most `$ref` links one resolution follows: longer chains than this are a cycle in any
/// document we write, and the bound turns a cycle into an error instead of a hang.
pub const MAX_REF_CHAIN: usize = 32;

/// Why a `$ref` chain does not end at a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// A `$ref` that is not a local reference (`#/...`) or points nowhere; it holds the reference.
    Dangling(String),
    /// The chain is longer than [`MAX_REF_CHAIN`]: it loops.
    Loop,
}

impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Dangling(reference) => write!(f, "$ref `{reference}` does not resolve"),
            Self::Loop => f.write_str("$ref chain loops"),
        }
    }
}

impl std::error::Error for RefError {}

/// The value a local reference (`#/components/schemas/User`) points to in `doc`, or `None` if it
/// does not start with `#`, is malformed, or points nowhere. The fragment is percent-decoded
/// before it is read as a JSON Pointer, so `#/paths/~1users~1%7Bid%7D` finds `/users/{id}`.
pub fn lookup<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    let fragment = reference.strip_prefix('#')?;
    doc.pointer(&percent_decode(fragment)?)
}

/// `value` itself, or, if it is a Reference Object (`{$ref: ...}`), what the chain of references
/// ends at. The error names the reference that is broken, or says the chain loops.
pub fn deref<'a>(doc: &'a Value, value: &'a Value) -> Result<&'a Value, RefError> {
    follow(doc, value, String::new()).map(|(value, _)| value)
}

/// Like [`deref()`], but never fails: a broken or looping chain gives the last value reached. For
/// readers of validated documents (the sandbox), where a broken reference cannot occur and
/// refusing to serve would help no one.
pub fn deref_lenient<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    let mut value = value;
    for _ in 0..MAX_REF_CHAIN {
        match reference(value).and_then(|r| lookup(doc, r)) {
            Some(target) => value = target,
            None => break,
        }
    }
    value
}

/// [`deref()`], also tracking where the result is: `pointer` is where `value` sits, and the pointer
/// returned is where the chain ends (the decoded fragment of the last `$ref` followed).
pub fn follow<'a>(
    doc: &'a Value,
    value: &'a Value,
    pointer: String,
) -> Result<(&'a Value, String), RefError> {
    let (mut value, mut pointer) = (value, pointer);
    for _ in 0..MAX_REF_CHAIN {
        let Some(reference) = reference(value) else {
            return Ok((value, pointer));
        };
        let dangling = || RefError::Dangling(reference.to_owned());
        let fragment = reference.strip_prefix('#').ok_or_else(dangling)?;
        pointer = percent_decode(fragment).ok_or_else(dangling)?;
        value = doc.pointer(&pointer).ok_or_else(dangling)?;
    }
    match reference(value) {
        Some(_) => Err(RefError::Loop),
        None => Ok((value, pointer)),
    }
}

/// The `$ref` of a Reference Object.
fn reference(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn doc() -> Value {
        json!({
            "paths": {"/groups/{id}": {"get": {"operationId": "a"}}},
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"$ref": "#/paths/~1groups~1%7Bid%7D/get"},
                "a~b": {"type": "string"},
                "Loop1": {"$ref": "#/components/schemas/Loop2"},
                "Loop2": {"$ref": "#/components/schemas/Loop1"},
                "Broken": {"$ref": "#/components/schemas/Nope"}
            }}
        })
    }

    #[test]
    fn lookup_unescapes_and_decodes() {
        let doc = doc();
        let get = lookup(&doc, "#/paths/~1groups~1%7Bid%7D/get").expect("found");
        assert_eq!(get["operationId"], "a");
        assert!(lookup(&doc, "#/paths/~1groups~1{id}/get").is_some());
        assert!(lookup(&doc, "#/components/schemas/a~0b").is_some());
        assert!(lookup(&doc, "#/components/schemas/a%7E0b").is_some());
        assert!(lookup(&doc, "#/components/schemas/Nope").is_none());
        assert!(lookup(&doc, "#/components/schemas/%zz").is_none());
        assert!(lookup(&doc, "other.yaml#/x").is_none());
        assert_eq!(lookup(&doc, "#"), Some(&doc));
    }

    #[test]
    fn chains_are_followed_with_their_pointer() {
        let doc = doc();
        let start = json!({"$ref": "#/components/schemas/A"});
        let (value, at) = follow(&doc, &start, "/x".into()).expect("resolves");
        assert_eq!(value["operationId"], "a");
        assert_eq!(at, "/paths/~1groups~1{id}/get");
        let plain = json!({"type": "integer"});
        assert_eq!(deref(&doc, &plain), Ok(&plain));
        assert_eq!(deref_lenient(&doc, &start)["operationId"], "a");
    }

    #[test]
    fn cycles_are_bounded() {
        let doc = doc();
        let start = &doc["components"]["schemas"]["Loop1"];
        assert_eq!(deref(&doc, start), Err(RefError::Loop));
        assert_eq!(
            deref(&doc, start).map_err(|e| e.to_string()),
            Err("$ref chain loops".into())
        );
        assert!(deref_lenient(&doc, start).get("$ref").is_some());
    }

    #[test]
    fn dangling_refs_name_themselves_strictly_and_stay_put_leniently() {
        let doc = doc();
        let broken = &doc["components"]["schemas"]["Broken"];
        let err = deref(&doc, broken).expect_err("dangles");
        assert_eq!(
            err.to_string(),
            "$ref `#/components/schemas/Nope` does not resolve"
        );
        assert_eq!(deref_lenient(&doc, broken), broken);
        let external = json!({"$ref": "other.yaml#/x"});
        assert!(matches!(deref(&doc, &external), Err(RefError::Dangling(_))));
    }
}
