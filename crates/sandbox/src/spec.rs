//! The four specs, embedded at compile time, and the routes they describe. Reading and walking
//! them is `groupkit-spec`'s; this module indexes the operations for request matching.

use serde_json::{Map, Value};

/// One provider's spec, ready to serve.
#[derive(Clone, Debug)]
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
#[derive(Clone, Debug)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
                    params.push((name.clone(), groupkit_spec::decode_segment(part)))
                }
            }
        }
        Some(params)
    }
}

impl ProviderSpec {
    /// A `$ref` resolved against this document, or the value itself (leniently: a broken chain
    /// gives the last value reached; the specs are validated, so none is broken).
    pub fn deref<'a>(&'a self, value: &'a Value) -> &'a Value {
        groupkit_spec::deref_lenient(&self.doc, value)
    }

    /// The root `x-groupkit-sandbox` extension.
    pub fn sandbox(&self) -> &Value {
        self.doc.get("x-groupkit-sandbox").unwrap_or(&Value::Null)
    }
}

/// Loads and indexes every embedded spec.
pub fn load() -> Vec<ProviderSpec> {
    groupkit_spec::EMBEDDED
        .iter()
        .map(|(name, source)| parse(name, source))
        .collect()
}

fn parse(name: &'static str, source: &str) -> ProviderSpec {
    // The specs are validated by `cargo xtask validate-specs` in CI; a spec that does not parse
    // is a build defect, caught by the sandbox's own tests.
    let doc = groupkit_spec::from_yaml(source).unwrap_or(Value::Null);
    let base_path = doc
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .map(server_path)
        .unwrap_or_default();
    let routes = groupkit_spec::operations(&doc)
        .iter()
        .map(|op| Route {
            method: op.method.to_uppercase(),
            segments: segments(op.path),
            op: Value::Object(op.op.clone()),
            params: op
                .parameters(&doc)
                .into_iter()
                .map(|param| Value::Object(param.object.clone()))
                .collect(),
        })
        .collect();
    ProviderSpec {
        name,
        doc,
        base_path,
        routes,
    }
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

/// An object's properties (following `$ref` and `allOf`) and its required names.
pub fn properties(spec: &ProviderSpec, schema: &Value) -> (Map<String, Value>, Vec<String>) {
    groupkit_spec::properties(&spec.doc, schema)
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
                ("groupsio", 88),
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
