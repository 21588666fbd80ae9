//! The operations of a document and the parameters that apply to each.

use serde_json::{Map, Value};

use crate::{
    Document,
    pointer::{pointer_of, pointer_parent},
    refs::{deref, follow},
};

/// The HTTP methods an OpenAPI 3.1 Path Item may hold, in the order the OpenAPI specification lists
/// them (and the order [`operations`] yields them within one path).
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The operations under `paths`, path by path and, within a path, in [`METHODS`] order. Paths
/// come in `serde_json::Map` order: sorted, as long as no crate in the build turns on serde_json's
/// `preserve_order` (then: document order). A Path Item given as a `$ref` is followed; one whose
/// reference is broken is skipped (xtask's `$ref` check reports it).
pub fn operations(doc: &Value) -> Vec<Operation<'_>> {
    operations_under(doc, "paths")
}

/// The operations under `webhooks` (OpenAPI 3.1); `path` is the webhook's name.
pub fn webhook_operations(doc: &Value) -> Vec<Operation<'_>> {
    operations_under(doc, "webhooks")
}

fn operations_under<'a>(doc: &'a Value, root: &str) -> Vec<Operation<'a>> {
    let Some(items) = doc.get(root).and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut ops = Vec::new();
    for (path, item) in items {
        let Ok((item, at)) = follow(doc, item, pointer_of(&[root, path])) else {
            continue;
        };
        let Some(item) = item.as_object() else {
            continue;
        };
        for method in METHODS {
            if let Some(op) = item.get(method).and_then(Value::as_object) {
                ops.push(Operation {
                    path,
                    method,
                    op,
                    path_item: item,
                    pointer: format!("{at}/{method}"),
                });
            }
        }
    }
    ops
}

/// An operation: a method of a Path Item, with where it sits in the document.
#[derive(Debug, Clone)]
pub struct Operation<'a> {
    /// The path template (`/groups/{group_id}`) or, for a webhook, the webhook's name.
    pub path: &'a str,
    /// The lower-case HTTP method (`get`).
    pub method: &'static str,
    /// The Operation Object.
    pub op: &'a Map<String, Value>,
    /// The Path Item holding it (path-level `parameters` live here).
    pub path_item: &'a Map<String, Value>,
    /// JSON Pointer to the Operation Object (`/paths/~1groups~1{group_id}/get`); when the Path
    /// Item is a `$ref`, to the operation where the reference leads.
    pub pointer: String,
}

impl<'a> Operation<'a> {
    /// A field or extension of the Operation Object (`x-groupkit-pagination`).
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.op.get(key)
    }

    /// `x-groupkit-name`, the Rust method name.
    pub fn name(&self) -> Option<&'a str> {
        self.get("x-groupkit-name").and_then(Value::as_str)
    }

    /// `operationId`, the document's own name.
    pub fn operation_id(&self) -> Option<&'a str> {
        self.get("operationId").and_then(Value::as_str)
    }

    /// `x-groupkit-source`: `document` unless it says otherwise.
    pub fn source(&self) -> Option<&'a str> {
        match self.get("x-groupkit-source") {
            None => Some("document"),
            Some(value) => value.as_str(),
        }
    }

    /// The parameters that apply: the Path Item's, overridden by the operation's with the same
    /// `name` and `in` (as OpenAPI says), `$ref`s followed. Parameters whose reference is broken are
    /// left out (xtask's `$ref` check reports them). `doc` is the document the operation is from.
    pub fn parameters<D: Document + ?Sized>(&self, doc: &'a D) -> Vec<Parameter<'a>> {
        let doc = doc.document();
        let mut params: Vec<Parameter<'a>> = Vec::new();
        let levels = [
            (self.path_item, pointer_parent(&self.pointer)),
            (self.op, self.pointer.clone()),
        ];
        for (object, base) in levels {
            let Some(list) = object.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (index, raw) in list.iter().enumerate() {
                let Some(param) = deref(doc, raw).ok().and_then(Value::as_object) else {
                    continue;
                };
                let name = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
                params.retain(|p| !(p.name == name && p.location == location));
                params.push(Parameter {
                    name,
                    location,
                    object: param,
                    pointer: format!("{base}/parameters/{index}"),
                });
            }
        }
        params
    }
}

/// A Parameter Object that applies to an operation.
#[derive(Debug, Clone)]
pub struct Parameter<'a> {
    /// `name`, exactly as the provider spells it.
    pub name: &'a str,
    /// `in`: `query`, `path`, `header` or `cookie`.
    pub location: &'a str,
    /// The Parameter Object (after following any `$ref`).
    pub object: &'a Map<String, Value>,
    /// JSON Pointer to where the operation (or its Path Item) lists it.
    pub pointer: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::from_yaml;

    const DOC: &str = r##"
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /groups/{group_id}:
    parameters:
      - {name: group_id, in: path, required: true, schema: {type: integer}}
      - {name: fields, in: query, schema: {type: string}}
    post:
      operationId: b
      responses: {"201": {description: ok}}
    get:
      operationId: a
      parameters:
        - $ref: "#/components/parameters/Fields"
        - $ref: "#/components/parameters/Nope"
      responses:
        200: {description: ok}
  /aliased:
    $ref: "#/components/pathItems/Shared"
  /broken:
    $ref: "#/components/pathItems/Nope"
webhooks:
  memberAdded:
    post: {operationId: hook}
components:
  parameters:
    Fields: {name: fields, in: query, description: op-level, schema: {type: string}}
  pathItems:
    Shared:
      delete: {operationId: c}
"##;

    #[test]
    fn operations_come_in_method_order_with_pointers() {
        let doc = from_yaml(DOC).expect("parses");
        let ops: Vec<_> = operations(&doc)
            .iter()
            .map(|op| (op.path, op.method, op.operation_id(), op.pointer.clone()))
            .collect();
        assert_eq!(
            ops,
            [
                (
                    "/aliased",
                    "delete",
                    Some("c"),
                    "/components/pathItems/Shared/delete".to_owned()
                ),
                (
                    "/groups/{group_id}",
                    "get",
                    Some("a"),
                    "/paths/~1groups~1{group_id}/get".to_owned()
                ),
                (
                    "/groups/{group_id}",
                    "post",
                    Some("b"),
                    "/paths/~1groups~1{group_id}/post".to_owned()
                ),
            ]
        );
        let hooks = webhook_operations(&doc);
        assert_eq!(hooks.len(), 1);
        assert_eq!(hooks[0].pointer, "/webhooks/memberAdded/post");
        assert_eq!(hooks[0].source(), Some("document"));
    }

    #[test]
    fn parameters_merge_path_level_and_follow_refs() {
        let doc = from_yaml(DOC).expect("parses");
        let ops = operations(&doc);
        let summary: Vec<_> = ops[1]
            .parameters(&doc)
            .iter()
            .map(|p| {
                let op_level = p.object.get("description").is_some();
                (p.name, p.location, op_level, p.pointer.clone())
            })
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "group_id",
                    "path",
                    false,
                    "/paths/~1groups~1{group_id}/parameters/0".to_owned()
                ),
                (
                    "fields",
                    "query",
                    true,
                    "/paths/~1groups~1{group_id}/get/parameters/0".to_owned()
                ),
            ]
        );
    }
}
