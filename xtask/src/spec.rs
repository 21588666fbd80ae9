//! Loading the OpenAPI documents under `specs/` and walking their operations.
//!
//! `validate-specs` and `codegen` both read the documents through this module, so they agree on which
//! files exist, in which order, and what counts as an operation.

use std::{
    fmt, fs, io,
    path::{Path, PathBuf},
};

use serde_json::{Map, Value};

/// The HTTP methods an OpenAPI 3.1 Path Item may hold, in the order the OpenAPI specification lists
/// them (and the order [`Spec::operations`] yields them within one path).
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The workspace root: the parent of this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The `specs/` directory of the workspace.
pub fn specs_dir() -> PathBuf {
    workspace_root().join("specs")
}

/// The `*.yaml` files directly in `dir`, sorted by file name so every run sees the same order.
pub fn spec_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "yaml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Why a document could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io(io::Error),
    /// The file is not YAML, or holds something JSON cannot (a non-scalar key, a NaN).
    Yaml(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(err) => write!(f, "cannot read: {err}"),
            Self::Yaml(msg) => write!(f, "cannot parse: {msg}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// One provider's OpenAPI document, parsed into JSON.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The provider's short name: the file stem (`groupsio` for `groupsio.yaml`).
    pub name: String,
    /// The file name (`groupsio.yaml`); problem reports name it.
    pub file: String,
    /// The whole document.
    pub doc: Value,
}

impl Spec {
    /// Reads and parses the document at `path`.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let text = fs::read_to_string(path).map_err(LoadError::Io)?;
        let file = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self::from_yaml(&file, &text)
    }

    /// Parses `text` as the document named `file` (`groupsio.yaml`); tests use it on inline snippets.
    pub fn from_yaml(file: &str, text: &str) -> Result<Self, LoadError> {
        let mut yaml: serde_yaml_ng::Value =
            serde_yaml_ng::from_str(text).map_err(|err| LoadError::Yaml(err.to_string()))?;
        // `<<: *anchor` merge keys are a YAML 1.1 convention the parser leaves as plain keys.
        yaml.apply_merge()
            .map_err(|err| LoadError::Yaml(err.to_string()))?;
        let doc = yaml_to_json(yaml).map_err(LoadError::Yaml)?;
        let name = file.strip_suffix(".yaml").unwrap_or(file).to_owned();
        Ok(Self {
            name,
            file: file.to_owned(),
            doc,
        })
    }

    /// The operations under `paths`, path by path and, within a path, in [`METHODS`] order. Paths
    /// come in `serde_json::Map` order: sorted, as long as no crate in the build turns on serde_json's
    /// `preserve_order` (then: document order). A Path Item given as a `$ref` is followed.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        self.operations_under("paths")
    }

    /// The operations under `webhooks` (OpenAPI 3.1); `path` is the webhook's name.
    pub fn webhook_operations(&self) -> Vec<Operation<'_>> {
        self.operations_under("webhooks")
    }

    fn operations_under(&self, root: &str) -> Vec<Operation<'_>> {
        let Some(items) = self.doc.get(root).and_then(Value::as_object) else {
            return Vec::new();
        };
        let mut ops = Vec::new();
        for (path, item) in items {
            let Some(item) = self.deref(item).ok().and_then(Value::as_object) else {
                continue;
            };
            for method in METHODS {
                if let Some(op) = item.get(method).and_then(Value::as_object) {
                    ops.push(Operation {
                        path,
                        method,
                        op,
                        path_item: item,
                        pointer: pointer_of(&[root, path, method]),
                    });
                }
            }
        }
        ops
    }

    /// The value an internal reference (`#/components/schemas/User`) points to, or `None` if it does
    /// not start with `#` or points nowhere.
    pub fn lookup(&self, reference: &str) -> Option<&Value> {
        let fragment = reference.strip_prefix('#')?;
        self.doc.pointer(&percent_decode(fragment)?)
    }

    /// `value` itself, or, if it is a Reference Object (`{$ref: ...}`), what the chain of references
    /// ends at. Errors name the reference that is broken or loops.
    pub fn deref<'a>(&'a self, mut value: &'a Value) -> Result<&'a Value, String> {
        // Longer chains than this are a cycle in any document we write.
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Ok(value);
            };
            value = self
                .lookup(reference)
                .ok_or_else(|| format!("$ref `{reference}` does not resolve"))?;
        }
        Err("$ref chain loops".to_owned())
    }
}

/// An operation: a method of a Path Item, with where it sits in the document.
#[derive(Debug, Clone)]
pub struct Operation<'a> {
    /// The path template (`/groups/{group_id}`) or, for a webhook, the webhook's name.
    pub path: &'a str,
    /// The lower-case HTTP method (`get`).
    pub method: &'a str,
    /// The Operation Object.
    pub op: &'a Map<String, Value>,
    /// The Path Item holding it (path-level `parameters` live here).
    pub path_item: &'a Map<String, Value>,
    /// JSON Pointer to the Operation Object (`/paths/~1groups~1{group_id}/get`).
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
    /// left out (the `$ref` check reports them).
    pub fn parameters(&self, spec: &'a Spec) -> Vec<Parameter<'a>> {
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
                let Some(param) = spec.deref(raw).ok().and_then(Value::as_object) else {
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

/// Escapes one JSON Pointer reference token (`~` to `~0`, `/` to `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// A JSON Pointer from unescaped tokens: `["paths", "/users", "get"]` gives `/paths/~1users/get`.
pub fn pointer_of(tokens: &[&str]) -> String {
    tokens.iter().fold(String::new(), |mut pointer, token| {
        pointer.push('/');
        pointer.push_str(&escape_token(token));
        pointer
    })
}

/// `pointer` with one more (unescaped) token.
pub fn pointer_push(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape_token(token))
}

fn pointer_parent(pointer: &str) -> String {
    pointer
        .rsplit_once('/')
        .map(|(parent, _)| parent.to_owned())
        .unwrap_or_default()
}

/// Decodes `%XX` escapes of a URI fragment; `None` if one is malformed or not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Converts parsed YAML to JSON. Mapping keys that are numbers or booleans become their text, since
/// OpenAPI keys such as response codes (`200:`) are strings that YAML reads as integers.
fn yaml_to_json(yaml: serde_yaml_ng::Value) -> Result<Value, String> {
    use serde_yaml_ng::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => number_to_json(&n)?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                map.insert(key, yaml_to_json(value)?);
            }
            Value::Object(map)
        }
        Y::Tagged(tagged) => return Err(format!("unsupported YAML tag {}", tagged.tag)),
    })
}

fn number_to_json(n: &serde_yaml_ng::Number) -> Result<Value, String> {
    if let Some(i) = n.as_i64() {
        Ok(i.into())
    } else if let Some(u) = n.as_u64() {
        Ok(u.into())
    } else {
        n.as_f64()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("number {n} has no JSON form"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
      responses:
        200: {description: ok}
components:
  parameters:
    Fields: {name: fields, in: query, description: op-level, schema: {type: string}}
"##;

    #[test]
    fn operations_come_in_method_order_with_pointers() {
        let spec = Spec::from_yaml("demo.yaml", DOC).expect("parses");
        assert_eq!(spec.name, "demo");
        let ops: Vec<_> = spec
            .operations()
            .iter()
            .map(|op| (op.method, op.operation_id(), op.pointer.clone()))
            .collect();
        assert_eq!(
            ops,
            [
                (
                    "get",
                    Some("a"),
                    "/paths/~1groups~1{group_id}/get".to_owned()
                ),
                (
                    "post",
                    Some("b"),
                    "/paths/~1groups~1{group_id}/post".to_owned()
                ),
            ]
        );
        assert!(
            spec.doc
                .pointer("/paths/~1groups~1{group_id}/get/responses/200")
                .is_some()
        );
    }

    #[test]
    fn operation_parameters_merge_path_level_and_follow_refs() {
        let spec = Spec::from_yaml("demo.yaml", DOC).expect("parses");
        let ops = spec.operations();
        let params = ops[0].parameters(&spec);
        let summary: Vec<_> = params
            .iter()
            .map(|p| (p.name, p.location, p.object.get("description").is_some()))
            .collect();
        assert_eq!(
            summary,
            [("group_id", "path", false), ("fields", "query", true)]
        );
    }

    #[test]
    fn lookup_decodes_escapes() {
        let spec = Spec::from_yaml("demo.yaml", DOC).expect("parses");
        assert!(
            spec.lookup("#/paths/~1groups~1%7Bgroup_id%7D/get")
                .is_some()
        );
        assert!(spec.lookup("#/components/parameters/Nope").is_none());
        assert!(spec.lookup("other.yaml#/x").is_none());
    }

    #[test]
    fn deref_reports_cycles() {
        let spec =
            Spec::from_yaml("c.yaml", "a: {$ref: '#/b'}\nb: {$ref: '#/a'}\n").expect("parses");
        let a = spec.doc.get("a").expect("a");
        assert_eq!(spec.deref(a), Err("$ref chain loops".to_owned()));
    }
}
