//! The four specs, embedded at compile time, and the routes they describe.

use serde_json::{Map, Value};

/// The specs this sandbox serves: provider name and YAML source.
const SOURCES: [(&str, &str); 4] = [
    ("groupboss", include_str!("../../../specs/groupboss.yaml")),
    ("groupsio", include_str!("../../../specs/groupsio.yaml")),
    ("sendhub", include_str!("../../../specs/sendhub.yaml")),
    ("habitate", include_str!("../../../specs/habitate.yaml")),
];

/// One provider's spec, ready to serve.
#[derive(Debug)]
pub struct ProviderSpec {
    /// The provider's short name; its URLs start with `/<name>`.
    pub name: &'static str,
    /// The whole document as JSON.
    pub doc: Value,
    /// The path of the provider's server URL (`/api/v1`), served under `/<name>`.
    pub base_path: String,
    /// Every operation.
    pub routes: Vec<Route>,
}

/// One operation: how to recognise its requests, and its OpenAPI object.
#[derive(Debug)]
pub struct Route {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path template, split: literal segments and `{param}` segments.
    pub segments: Vec<Segment>,
    /// The Operation Object.
    pub op: Value,
    /// Its parameters, path-level and operation-level, `$ref`s resolved.
    pub params: Vec<Value>,
}

/// A piece of a path template.
#[derive(Debug, PartialEq, Eq)]
pub enum Segment {
    /// Must match exactly.
    Literal(String),
    /// Matches any one segment and names it.
    Param(String),
}

impl Route {
    /// The `x-groupkit-name` of the operation.
    pub fn name(&self) -> &str {
        self.op
            .get("x-groupkit-name")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The path parameters of `path` (relative to the provider's base), when it is this route's.
    /// A trailing slash is optional either way: Django servers redirect between the two.
    pub fn matches(&self, path: &str) -> Option<Vec<(String, String)>> {
        let parts: Vec<&str> = path
            .trim_matches('/')
            .split('/')
            .filter(|s| !s.is_empty())
            .collect();
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(literal) if literal == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => {
                    let value = percent_decode(part);
                    params.push((name.clone(), value));
                }
            }
        }
        Some(params)
    }
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

impl ProviderSpec {
    /// A `$ref` resolved against this document, or the value itself.
    pub fn deref<'a>(&'a self, value: &'a Value) -> &'a Value {
        let mut value = value;
        for _ in 0..16 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => match self.doc.pointer(reference.trim_start_matches('#')) {
                    Some(target) => value = target,
                    None => return value,
                },
                None => return value,
            }
        }
        value
    }

    /// The root `x-groupkit-sandbox` extension.
    pub fn sandbox(&self) -> &Value {
        self.doc.get("x-groupkit-sandbox").unwrap_or(&Value::Null)
    }
}

/// Loads and indexes every embedded spec.
pub fn load() -> Vec<ProviderSpec> {
    SOURCES
        .iter()
        .map(|(name, source)| parse(name, source))
        .collect()
}

fn parse(name: &'static str, source: &str) -> ProviderSpec {
    // The specs are validated by `cargo xtask validate-specs` in CI; a spec that does not parse
    // is a build defect, caught by the sandbox's own tests.
    let yaml: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(source).unwrap_or(serde_yaml_ng::Value::Null);
    let doc = serde_json::to_value(yaml).unwrap_or(Value::Null);
    let base_path = doc
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .map(server_path)
        .unwrap_or_default();
    let mut spec = ProviderSpec {
        name,
        doc,
        base_path,
        routes: Vec::new(),
    };
    let paths = spec
        .doc
        .get("paths")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (template, item) in &paths {
        let item = spec.deref(item).clone();
        for method in ["get", "put", "post", "delete", "patch"] {
            let Some(op) = item.get(method) else { continue };
            let params = parameters(&spec, &item, op);
            spec.routes.push(Route {
                method: method.to_uppercase(),
                segments: segments(template),
                op: op.clone(),
                params,
            });
        }
    }
    spec
}

/// `https://{community_host}/api/v1` → `/api/v1`.
fn server_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    match rest.find('/') {
        Some(i) => rest[i..].trim_end_matches('/').to_owned(),
        None => String::new(),
    }
}

fn segments(template: &str) -> Vec<Segment> {
    template
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect()
}

fn parameters(spec: &ProviderSpec, item: &Value, op: &Value) -> Vec<Value> {
    let mut params: Vec<Value> = Vec::new();
    for level in [item, op] {
        for raw in level
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let param = spec.deref(raw).clone();
            let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
            params.retain(|p| key(p) != key(&param));
            params.push(param);
        }
    }
    params
}

/// An object's properties (following `$ref` and `allOf`) and its required names.
pub fn properties(spec: &ProviderSpec, schema: &Value) -> (Map<String, Value>, Vec<String>) {
    let mut props = Map::new();
    let mut required = Vec::new();
    collect(spec, schema, &mut props, &mut required, 0);
    (props, required)
}

fn collect(
    spec: &ProviderSpec,
    schema: &Value,
    props: &mut Map<String, Value>,
    required: &mut Vec<String>,
    depth: u32,
) {
    if depth > 12 {
        return;
    }
    let schema = spec.deref(schema);
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect(spec, part, props, required, depth + 1);
    }
    if let Some(map) = schema.get("properties").and_then(Value::as_object) {
        for (k, v) in map {
            props.insert(k.clone(), v.clone());
        }
    }
    for name in schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str() {
            required.push(name.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spec_loads_with_its_routes() {
        let specs = load();
        let counts: Vec<(&str, usize)> = specs.iter().map(|s| (s.name, s.routes.len())).collect();
        assert_eq!(
            counts,
            vec![
                ("groupboss", 11),
                ("groupsio", 74),
                ("sendhub", 28),
                ("habitate", 28)
            ]
        );
        assert_eq!(specs[0].base_path, "/api/publicapi/v1");
        assert_eq!(specs[3].base_path, "/api/v1");
    }

    #[test]
    fn routes_match_paths_with_or_without_the_trailing_slash() {
        let route = Route {
            method: "GET".into(),
            segments: segments("/users/{id}/groups/"),
            op: Value::Null,
            params: Vec::new(),
        };
        assert_eq!(
            route.matches("/users/a%2Bb/groups"),
            Some(vec![("id".into(), "a+b".into())])
        );
        assert!(route.matches("/users/7/groups/").is_some());
        assert!(route.matches("/users/7").is_none());
        assert!(route.matches("/people/7/groups/").is_none());
    }
}
