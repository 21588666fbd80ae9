//! What an object schema says about its properties.

use serde_json::{Map, Value};

use crate::refs::deref_lenient;

/// How deep `allOf` nesting is followed; deeper is a cycle through `allOf` in any real document.
const MAX_DEPTH: u32 = 12;

/// An object schema's properties and required names, following `$ref` and `allOf` (the parts
/// first, in order, then the schema's own; a later property of the same name wins). A broken
/// `$ref` contributes nothing; required names are listed as found, duplicates included.
pub fn properties(doc: &Value, schema: &Value) -> (Map<String, Value>, Vec<String>) {
    let mut props = Map::new();
    let mut required = Vec::new();
    collect(doc, schema, &mut props, &mut required, 0);
    (props, required)
}

fn collect(
    doc: &Value,
    schema: &Value,
    props: &mut Map<String, Value>,
    required: &mut Vec<String>,
    depth: u32,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let schema = deref_lenient(doc, schema);
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect(doc, part, props, required, depth + 1);
    }
    if let Some(map) = schema.get("properties").and_then(Value::as_object) {
        for (name, property) in map {
            props.insert(name.clone(), property.clone());
        }
    }
    let names = schema.get("required").and_then(Value::as_array);
    required.extend(
        names
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned),
    );
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn all_of_and_refs_are_merged() {
        let doc = json!({"components": {"schemas": {
            "Base": {"properties": {"id": {"type": "integer"}}, "required": ["id"]},
            "User": {"allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"properties": {"name": {"type": "string"}}, "required": ["name"]}
            ], "properties": {"id": {"type": "string"}}},
            "Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]}
        }}});
        let user = json!({"$ref": "#/components/schemas/User"});
        let (props, required) = properties(&doc, &user);
        assert_eq!(props.keys().collect::<Vec<_>>(), ["id", "name"]);
        assert_eq!(props["id"]["type"], "string");
        assert_eq!(required, ["id", "name"]);
        let (props, required) = properties(&doc, &json!({"$ref": "#/components/schemas/Loop"}));
        assert!(props.is_empty() && required.is_empty());
        assert_eq!(properties(&doc, &json!({"$ref": "#/nope"})).0.len(), 0);
    }
}
